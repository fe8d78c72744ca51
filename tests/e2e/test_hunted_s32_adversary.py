"""What a white-box attack on the proof found: copies that were wrong and passed it, built as
an analyst would send them (session 32, the adversary hunt).

A header or row label's numbers under 100 were let be by both readings ('JSA 18-24', 'CPA 12',
'Top 50' name groups: ``plan/quoting.judged_alone`` and ``verify/texts`` judge a label's numbers
against the figures only from 100). So a count brought into a label after the line's name went
out unrounded beside the line's rounded figures, and the copy passed its proof: 'Job starts (of
which 47 early entrants)' over the starts, 'Leeds (includes 38 transfers in)', 'Leeds: 38
referrals withdrawn', 'Wakefield (excl. 61 duplicate referrals)', 'Leeds - 38 transfers in'.
The proof read a note's opening ('of which', 'includes') only in a label's counts under 25, the
plan not at all: 'Job starts (of which 13 early entrants)' was carried by the plan and refused
by the proof. A count of a measure or of people that a note's opening, a bracket, a colon or a
dash brings in after a label's words is a count of its line now, whatever its size (the plan:
``plan/label_counts``, asked by ``quoting.judged_alone``; the proof: ``verify/texts``
``_BROUGHT_IN``): not a multiple of 20, the text goes and the cover says so; a copy carrying it
is refused by the proof alone. A count opening the label ('2 referrals', '3 or more job
starts') or after a word ('Customers with 2 referrals', 'CPA 12 referrals', 'Contract 2 job
starts') is a band of how many each person had, or names its line, and stays.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, proved
from wpxl.model import OutputCell
from wpxl.verify.texts import COUNTED

AREAS = ["Leeds", "Bradford", "Wakefield"]
REFERRALS, STARTS = [412, 317, 205], [120, 87, 64]


def _table(tmp_path, starts_head: str = "Job starts", first: str = "Leeds"):
    """Referrals and job starts by area, with a Total line of SUMs."""
    rows: list[list] = [
        ["Referrals and job starts by area"],
        ["Area", "Referrals", starts_head],
        *([a, r, s] for a, r, s in zip([first, *AREAS[1:]], REFERRALS, STARTS, strict=True)),
        ["Total", "=SUM(B3:B5)", "=SUM(C3:C5)"],
    ]
    cached = {("Referrals", "B6"): sum(REFERRALS), ("Referrals", "C6"): sum(STARTS)}
    return write_book(tmp_path / "labels.xlsx", {"Referrals": rows}, cached=cached)


def _shown(copy, name: str = "Referrals") -> list[str]:
    sheet = openpyxl.load_workbook(copy)[name]
    return [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]


def _removed(copy, where: str) -> bool:
    """Whether the cover lists the text at ``where`` removed as quoting an unrounded figure."""
    line = f"- text, 'Referrals' {where}: it quotes an unrounded figure"
    return line in _shown(copy, "About this workbook")


HEADS = [
    "Job starts (of which 47 early entrants)",
    "Job starts (of which 13 early entrants)",
    "Job starts (incl. 47 transfers in)",
    "Job starts o/w 47 early entrants",
]
LABELS = [
    "Leeds (includes 38 transfers in)",
    "Leeds (38 transfers in)",
    "Leeds: 38 referrals withdrawn",
    "Leeds - 38 transfers in",
    "Leeds (excl. 61 duplicate referrals)",
]


@pytest.mark.parametrize("head", HEADS)
def test_a_count_brought_into_a_header_goes(tmp_path, head):
    """Carried unrounded beside the rounded starts and proved (47); refused (13)."""
    copy, _ = sanitised_beside(_table(tmp_path, starts_head=head))
    assert head not in _shown(copy)
    sheet = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    assert [sheet.cell(r, 3).value for r in range(5, 9)] == [120, 80, 60, 260]
    assert _removed(copy, "C2")


@pytest.mark.parametrize("label", LABELS)
def test_a_count_brought_into_a_row_label_goes(tmp_path, label):
    copy, _ = sanitised_beside(_table(tmp_path, first=label))
    assert label not in _shown(copy)
    sheet = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    assert [sheet.cell(5, c).value for c in (2, 3)] == [420, 120]
    assert _removed(copy, "A3")


@pytest.mark.parametrize(
    "label", ["Customers with 2 referrals", "3 or more job starts", "CPA 12 referrals"]
)
def test_a_band_or_a_name_in_a_row_label_stays(tmp_path, label):
    copy, _ = sanitised_beside(_table(tmp_path, first=label))
    sheet = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    assert [sheet.cell(5, c).value for c in (1, 2, 3)] == [label, 420, 120]


def _written_back(text: str, at: tuple[int, int]):
    def change(plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[(at[0] + BANNER, at[1])] = OutputCell(text, kind="label")

    return change


@pytest.mark.parametrize(
    ("text", "at", "part"),
    [
        ("Job starts (of which 47 early entrants)", (1, 2), "'Referrals' C4"),
        ("Leeds (includes 38 transfers in)", (2, 0), "'Referrals' A5"),
        ("Leeds: 38 referrals withdrawn", (2, 0), "'Referrals' A5"),
    ],
)
def test_the_proof_alone_refuses_a_count_brought_into_a_label(tmp_path, text, at, part):
    source = _table(tmp_path)
    found = proved(tmp_path, source, _written_back(text, at))
    assert [(f.part, f.kind) for f in found] == [(part, COUNTED)]


def test_the_proof_passes_a_band_written_in_a_label(tmp_path):
    source = _table(tmp_path)
    assert proved(tmp_path, source, _written_back("Customers with 2 referrals", (2, 0))) == []
