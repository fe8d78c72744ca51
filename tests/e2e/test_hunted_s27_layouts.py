"""Found building real published layouts in session 27: tables keyed by office or council
numbers, outcome tables by number of outcomes, reports titled over several measures.

The first: DWP's office numbers in a column headed 'Office' alone (1021, 2044 beside each
office's name), councils' numbers under 'LA' or 'LAD' (383, 384), were rounded as counts (1020,
2040; 380 and 380, two lines the copy could no longer tell apart), verified: only 'Office no.'
or 'LA code' named codes. 'Office' heads counts too (people seen at an office, beside
'Outreach'), so the header alone proves nothing: a leading column of such numbers is read as
codes (analyse/bare_places, and by its own reading the proof: verify/place_codes) only over a
total row that leaves it blank, the numbers all different, of one width of three digits or
more, each beside a name. Each later test names its own finding."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.model import Plan

OFFICES = ["Leeds North", "Leeds South", "Bradford", "Wakefield"]
REFERRALS = [412, 377, 298, 506]
STARTS = [121, 88, 97, 143]


def office_table(path: Path, head: str, codes: list[int], names_first: bool = False) -> Path:
    """'Starts': offices by ``head`` (their ``codes``) beside their names, referrals and job
    starts, over a total row of SUMs that leaves the codes blank."""
    rows: list[list] = [["Job starts by office, April 2024"], []]
    keys = ["Local office", head] if names_first else [head, "Local office"]
    rows.append([*keys, "Referrals", "Job starts"])
    for code, name, refs, starts in zip(codes, OFFICES, REFERRALS, STARTS, strict=True):
        rows.append([*([name, code] if names_first else [code, name]), refs, starts])
    rows.append(["Total", None, "=SUM(C4:C7)", "=SUM(D4:D7)"])
    cached = {("Starts", "C8"): sum(REFERRALS), ("Starts", "D8"): sum(STARTS)}
    return write_book(path, {"Starts": rows}, cached=cached)


def _lines(copy: Path, cols: tuple[int, ...]) -> list[list[object]]:
    sheet = openpyxl.load_workbook(copy)["Starts"]
    return [[sheet.cell(row, col).value for col in cols] for row in range(6, 11)]


@pytest.mark.parametrize(
    ("head", "codes"),
    [
        ("Office", [1021, 2044, 3107, 4012]),
        ("LAD", [383, 384, 380, 386]),
        ("LA", [383, 384, 380, 386]),
        ("Jobcentre Plus office", [5101, 5102, 5230, 5311]),
    ],
)
@pytest.mark.parametrize("names_first", [False, True], ids=["codes first", "names first"])
def test_office_numbers_under_a_bare_office_header_stay_as_written(
    tmp_path, head, codes, names_first
):
    copy, _ = sanitised_beside(office_table(tmp_path / "o.xlsx", head, codes, names_first))
    code_col = 2 if names_first else 1
    lines = _lines(copy, (code_col, 3, 4))
    assert lines == [
        [codes[0], 420, 120],
        [codes[1], 380, 80],
        [codes[2], 300, 100],
        [codes[3], 500, 140],
        ["Total" if code_col == 1 else None, "=SUM(C6:C9)", "=SUM(D6:D9)"],
    ]
    assert proved(tmp_path, office_table(tmp_path / "p.xlsx", head, codes, names_first)) == []


def _where_seen(path: Path, total_row: bool) -> Path:
    """'Local authority | Office | Outreach': job starts by where the person was seen."""
    rows: list[list] = [["Job starts by where seen, April 2024"], []]
    rows.append(["Local authority", "Office", "Outreach"])
    rows += [[n, o, s] for n, o, s in zip(OFFICES, REFERRALS, STARTS, strict=True)]
    cached = {}
    if total_row:
        rows.append(["Total", "=SUM(B4:B7)", "=SUM(C4:C7)"])
        cached = {("Starts", "B8"): sum(REFERRALS), ("Starts", "C8"): sum(STARTS)}
    return write_book(path, {"Starts": rows}, cached=cached)


@pytest.mark.parametrize("total_row", [True, False], ids=["total row", "no total row"])
def test_counts_seen_at_an_office_beside_outreach_stay_rounded(tmp_path, total_row):
    copy, _ = sanitised_beside(_where_seen(tmp_path / "w.xlsx", total_row))
    assert [line[0] for line in _lines(copy, (2,))][:4] == [420, 380, 300, 500]


@pytest.mark.parametrize(
    ("codes", "rounded"),
    [
        ([412, 37, 298, 506], [420, 40, 300, 500]),
        ([1021, 2044, 3107, 3107], [1020, 2040, 3100, 3100]),
    ],
    ids=["widths differ", "one repeated"],
)
def test_numbers_under_office_not_shaped_as_codes_stay_rounded(tmp_path, codes, rounded):
    """A column of a few people's counts varies in width; codes name one line each."""
    copy, _ = sanitised_beside(office_table(tmp_path / "o.xlsx", "Office", codes))
    assert [line[0] for line in _lines(copy, (1,))][:4] == rounded


def test_the_proof_alone_refuses_counts_at_an_office_kept_as_codes(tmp_path):
    """The total row adds up the 'Office' column: its numbers are counts, and a plan keeping
    them as written is refused by the proof's own reading."""
    source = _where_seen(tmp_path / "w.xlsx", total_row=True)

    def kept_as_codes(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Starts")
        for at, count in enumerate(REFERRALS):
            sheet.cells[(5 + at, 1)] = replace(sheet.cells[(5 + at, 1)], value=count)

    found = proved(tmp_path, source, kept_as_codes)
    assert {"'Starts' B6", "'Starts' B7", "'Starts' B8", "'Starts' B9"} <= {f.part for f in found}


def test_the_proof_alone_refuses_office_numbers_of_differing_widths_kept(tmp_path):
    codes = [412, 37, 298, 506]
    source = office_table(tmp_path / "o.xlsx", "Office", codes)

    def kept_as_codes(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Starts")
        for at, code in enumerate(codes):
            sheet.cells[(5 + at, 0)] = replace(sheet.cells[(5 + at, 0)], value=code)

    found = proved(tmp_path, source, kept_as_codes)
    assert {"'Starts' A6", "'Starts' A7", "'Starts' A8", "'Starts' A9"} <= {f.part for f in found}
