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

A table's title typed over the middle of the table to centre it ('47 referrals awaiting
validation' in B1 or C1, 'Job starts to date 87', 'Referrals (47 withdrawn)') stood in a
column of figures, so both readings took it for that column's header: its count under 100
went out unrounded, and the copy passed its proof. In column A the same title was removed
(judged as a title: any number from 25, and any count of a measure). A text alone in its line
(no figure, no other words beside it) is a title or a note wherever it stands now, in the plan
(``plan/lone_texts``, asked by ``plan._remember_words``) and the proof (``verify/text_roles``);
such a title goes, and a copy carrying it is refused by the proof alone. A title naming no
count ('Referrals by area, 2013/14', 'Top 50 offices') stays where it was typed.
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


def _titled(tmp_path, title: str, col: int):
    """The table under its title typed in column ``col`` (0: A) of the first row."""
    rows: list[list] = [
        [None] * col + [title],
        ["Area", "Referrals", "Job starts"],
        *([a, r, s] for a, r, s in zip(AREAS, REFERRALS, STARTS, strict=True)),
        ["Total", "=SUM(B3:B5)", "=SUM(C3:C5)"],
    ]
    cached = {("Referrals", "B6"): sum(REFERRALS), ("Referrals", "C6"): sum(STARTS)}
    return write_book(tmp_path / "titled.xlsx", {"Referrals": rows}, cached=cached)


COUNTED_TITLES = [
    "47 referrals awaiting validation",
    "Job starts to date 87",
    "Referrals (47 withdrawn)",
]


@pytest.mark.parametrize("col", [1, 2])
@pytest.mark.parametrize("title", COUNTED_TITLES)
def test_a_title_over_a_column_stating_a_count_goes(tmp_path, title, col):
    """Carried as the column's header, its count unrounded, and proved."""
    copy, _ = sanitised_beside(_titled(tmp_path, title, col))
    assert title not in _shown(copy)
    sheet = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    assert [sheet.cell(r, 2).value for r in range(5, 9)] == [420, 320, 200, 940]
    assert _removed(copy, f"{'ABC'[col]}1")


@pytest.mark.parametrize("col", [0, 1, 2])
@pytest.mark.parametrize("title", ["Referrals by area, 2013/14", "Top 50 offices"])
def test_a_title_over_a_column_naming_no_count_stays(tmp_path, title, col):
    copy, _ = sanitised_beside(_titled(tmp_path, title, col))
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    assert sheet.cell(3, col + 1).value == title


@pytest.mark.parametrize("title", COUNTED_TITLES)
def test_the_proof_alone_refuses_a_title_over_a_column_stating_a_count(tmp_path, title):
    source = _titled(tmp_path, "Referrals and job starts", 2)
    found = proved(tmp_path, source, _written_back(title, (0, 2)))
    assert [f.part for f in found] == ["'Referrals' C3"]


def test_the_proof_alone_refuses_a_note_under_a_column_stating_a_count(tmp_path):
    """Under the Total line in column B: a note, not the column's label."""
    source = _table(tmp_path)
    found = proved(tmp_path, source, _written_back("47 referrals withdrawn in March", (7, 1)))
    assert [f.part for f in found] == ["'Referrals' B10"]
