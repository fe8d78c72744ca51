"""Found building whole packs in session 24, smaller things a reader sees: headers typed on two
lines in their cells ('Local' Alt+Enter 'authority'), as analysts wrap them, went into the
percentage sheet's intro sentence with the line break inside it ('by region local
authority' broken over two lines). And job outcomes by months since referral, the months
numbered 1 to 24 down the first column, were refused: on the percentage sheet the proof took
months 10 and on (equal to outcome figures of the table) for outcome figures quoted in words,
reading 'Months since referral' as a period's header (months 1 to 12) before a time since an
event's; a month, year or quarter followed by 'since', 'after', 'from' or 'on' names a time
since an event now (verify/label_figures)."""

from __future__ import annotations

import openpyxl
import pytest
import xlsxwriter

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.model import OutputCell, Plan

AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
REGIONS = {
    "Yorkshire and the Humber": [("Leeds", 412, 41), ("Bradford", 377, 37), ("Wakefield", 251, 29)],
    "North East": [("Newcastle", 298, 33), ("Sunderland", 163, 17)],
}


def test_headers_wrapped_in_their_cells_read_as_one_line_in_the_intro(tmp_path):
    path = tmp_path / "wrapped.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Starts by area")
    sheet.write(0, 0, "Job starts by region and local authority, 2014-15")
    sheet.write_row(2, 0, ["Region", "Local\nauthority", "Job\nstarts", "Job\noutcomes"])
    row = 3
    for region, areas in REGIONS.items():  # each region merged down over its areas
        sheet.merge_range(row, 0, row + len(areas) - 1, 0, region)
        for area, starts, outcomes in areas:
            sheet.write_row(row, 1, [area, starts, outcomes])
            row += 1
    book.close()
    copy, _ = sanitised_beside(path)
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    intro = next(c.value for c in shares["A"] if str(c.value).startswith("Percentage of"))
    assert "by region and local authority," in intro and "\n" not in intro
    starts = openpyxl.load_workbook(copy)["Starts by area"]
    assert [starts.cell(r, 3).value for r in range(6, 11)] == [420, 380, 260, 300, 160]


@pytest.mark.parametrize("header", ["Months since referral", "Months from referral"])
def test_outcomes_by_months_since_referral_keep_the_months_as_labels(tmp_path, header):
    groups = ["JSA 18-24", "JSA 25+", "ESA Flow"]
    rows: list[list] = [["Job outcomes by months since referral, to March 2015"], []]
    rows.append([header, *groups])
    rows += [[m, 10 + m, 30 + (7 * m) % 23, 12 + (5 * m) % 31] for m in range(1, 25)]
    rows.append(["Total", *(sum(r[c] for r in rows[3:]) for c in (1, 2, 3))])
    copy, _ = sanitised_beside(write_book(tmp_path / "months.xlsx", {"Outcomes": rows}))
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    keys = [c.value for c in shares["A"] if c.value is not None and str(c.value).isdigit()]
    assert keys == [str(m) for m in range(1, 25)]


PROVIDERS = {
    (1, "East Midlands"): [("A4e", 30810, 30182, 7650), ("Ingeus", 47388, 46551, 4311)],
    (2, "East of England"): [("Seetec", 51399, 50977, 8823), ("Ingeus", 51090, 50371, 3650)],
    (3, "North East"): [("Avanta", 58366, 57719, 2900), ("Ingeus", 29501, 29060, 4105)],
}


def _by_cpa() -> list[list]:
    """Published nesting: each area's number and name on its first provider's line only, its
    subtotal line under its providers, the areas' total last."""
    rows: list[list] = [["Referrals, attachments and job outcomes by CPA and prime provider"], []]
    rows.append(["CPA", "Contract package area", "Prime provider", "Referrals", "Attachments",
                 "Job outcomes"])  # fmt: skip
    subtotals = []
    for (number, name), providers in PROVIDERS.items():
        first = len(rows) + 1
        for at, (provider, *figures) in enumerate(providers):
            rows.append(
                [number if at == 0 else None, name if at == 0 else None, provider, *figures]
            )
        last = len(rows)
        rows.append([None, f"{name} total", None, *(f"=SUM({c}{first}:{c}{last})" for c in "DEF")])
        subtotals.append(len(rows))
    rows.append([None, "All CPAs", None, *(f"=SUM({','.join(f'{c}{s}' for s in subtotals)})"
                                           for c in "DEF")])  # fmt: skip
    return rows


def test_codes_on_each_blocks_first_line_name_it_as_its_name_does(tmp_path):
    """The CPAs' numbers, on each area's first line only, were read as a column of figures:
    the table had no label columns, 'A4e' went as "an outcome figure written as text", and
    the percentage sheet lost every name. They are the blocks' codes now, on both sides
    (analyse/coded_blocks, verify/coded_blocks)."""
    copy, _ = sanitised_beside(write_book(tmp_path / "cpa.xlsx", {"By CPA": _by_cpa()}))
    book = openpyxl.load_workbook(copy)
    lines = [[c.value for c in row[:4]] for row in book["By CPA"].iter_rows(min_row=6, max_row=8)]
    assert lines == [[1, "East Midlands", "A4e", 30820], [None, None, "Ingeus", 47380],
                     [None, "East Midlands total", None, "=SUM(D6:D7)"]]  # fmt: skip
    shares = book["Job outcomes %"]
    names = [[c.value for c in row[:3]] for row in shares.iter_rows(min_row=7, max_row=8)]
    assert names == [["1", "East Midlands", "A4e"], [None, None, "Ingeus"]]


def test_the_proof_alone_refuses_numbers_with_gaps_beside_no_names_kept(tmp_path):
    """Numbers on some lines of a column under 'CPA', with no name beside them, are figures:
    kept as written they are refused."""
    rows = _by_cpa()
    for row in rows[3:]:
        if isinstance(row[0], int):
            row[0], row[1] = row[0] + 6, None  # 7, 8, 9: no name beside

    def kept(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "By CPA")
        for at, number in ((5, 7), (8, 8), (11, 9)):
            sheet.cells[(at, 0)] = OutputCell(number, kind="kept")

    found = proved(tmp_path, write_book(tmp_path / "cpa.xlsx", {"By CPA": rows}), kept)
    assert {f.part for f in found} >= {"'By CPA' A6", "'By CPA' A9", "'By CPA' A12"}


def _repeated_keys() -> list[list]:
    """The same nesting as an export writes it: each area's number and name on every line."""
    rows, above = _by_cpa(), [None, None]
    for row in rows[3:]:
        if isinstance(row[0], int):
            above = row[:2]
        elif row[2] is not None:  # a provider's line after the area's first
            row[:2] = above
    return rows


def test_codes_repeated_with_their_names_on_each_line_name_the_lines(tmp_path):
    """With the keys repeated on each line, numbers 1, 1, 2, 2 were refused by the proof (no
    run of labels repeats its numbers so); a number always beside the same name, and each
    name beside the same number, is the name's code (analyse|verify/coded_blocks)."""
    source = write_book(tmp_path / "keys.xlsx", {"By CPA": _repeated_keys()})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["By CPA"]
    lines = [[c.value for c in row[:4]] for row in sheet.iter_rows(min_row=6, max_row=7)]
    assert lines == [[1, "East Midlands", "A4e", 30820], [1, "East Midlands", "Ingeus", 47380]]


def test_the_proof_alone_refuses_a_number_beside_two_names_kept(tmp_path):
    """7 beside both the East Midlands and the East of England names no area: kept as written
    on their four lines, refused."""
    rows = _repeated_keys()
    for at in (3, 4, 6, 7):
        rows[at][0] = 7

    def kept(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "By CPA")
        for at in (5, 6, 8, 9):
            sheet.cells[(at, 0)] = OutputCell(7, kind="kept")

    found = proved(tmp_path, write_book(tmp_path / "keys.xlsx", {"By CPA": rows}), kept)
    assert {f.part for f in found} >= {"'By CPA' A6", "'By CPA' A7", "'By CPA' A9", "'By CPA' A10"}


def test_starts_beside_outcomes_and_a_formula_of_their_difference_stay_rounded(tmp_path):
    """'Job starts | Job outcomes | Remaining starts' with the last a formula (=B4-C4): the
    starts, equal to the other two added, were read as their total, and removed as a total
    over the outcomes the copy leaves out: the sheet lost every figure. A part worked out
    from the figure itself makes it no total (analyse/differences.worked_out_from); the
    difference of starts and outcomes still goes, as it gives the outcomes back."""
    rows: list[list] = [["Job starts by local authority, 2013-14"], []]
    rows.append(["Local authority", "Job starts", "Job outcomes", "Remaining starts"])
    starts, outcomes = [412, 377, 251, 298, 163], [41, 37, 29, 33, 17]
    for at, (area, s, o) in enumerate(zip(AREAS, starts, outcomes, strict=True), start=4):
        rows.append([area, s, o, f"=B{at}-C{at}"])
    lines = zip(range(4, 9), starts, outcomes, strict=True)
    cached = {("Performance", f"D{at}"): s - o for at, s, o in lines}
    source = write_book(tmp_path / "left.xlsx", {"Performance": rows}, cached=cached)
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    shown = [[sheet.cell(r, c).value for c in (2, 3, 4)] for r in range(6, 11)]
    assert shown == [[420, None, None], [380, None, None], [260, None, None],
                     [300, None, None], [160, None, None]]  # fmt: skip
