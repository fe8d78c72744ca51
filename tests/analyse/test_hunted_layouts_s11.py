"""Layouts of real packs a hunt found read wrongly while the copy passed its proof, or refused
for the wrong reason: a list printed over two pages under a header of two lines, or with a
title line on page 2, or with no 'Carried forward' and 'Brought forward' at all but a foot Total
over both pages; a 'Total' column after a blank spacer column, with blank rows or without; a
summary sheet linking each area sheet's totals, with typed row totals; months numbered 4, 5, 6
in a column with a region between it and the year ('Year | Region | Month'); JSA and ESA
groups and a Total column set apart by blank columns under a header of two lines; blocks
stacked under a title of two lines naming referrals, then outcomes, or under a hidden line."""

from __future__ import annotations

import pytest
import xlsxwriter

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.errors import AnalysisError
from wpxl.model import Measure, Role
from wpxl.policy import Policy
from wpxl.read import read_workbook

YEARS = ["Office", "2013/14", None, None, "2014/15", None, None]
MONTHS = [None, "Apr", "May", "Jun", "Apr", "May", "Jun"]
ONE_LINE = ["Office", "Apr 13", "May 13", "Jun 13", "Apr 14", "May 14", "Jun 14"]
PAGE1 = [["Derby", 37, 12, 55, 41, 9, 28], ["Buxton", 14, 63, 22, 30, 47, 11],
         ["Matlock", 51, 26, 8, 19, 33, 44]]  # fmt: skip
PAGE2 = [["Belper", 27, 45, 31, 12, 58, 16], ["Ilkeston", 9, 38, 46, 25, 14, 53],
         ["Ripley", 42, 17, 29, 36, 21, 7]]  # fmt: skip


def _sums(lines: list[list[object]]) -> list[int]:
    return [sum(int(line[c]) for line in lines) for c in range(1, 7)]  # type: ignore[call-overload]


def _analysed(tmp_path, rows, sheet="Referrals"):
    book = read_workbook(write_book(tmp_path / "book.xlsx", {sheet: rows}))
    (analysis,) = analyse_workbook(book, Policy())
    return analysis


def _printed(header, title=None, forward=True):
    """Title, header, page 1, (c/f), a blank row, (a title line), the header again, (b/f),
    page 2, and a Total of all six offices."""
    rows = [["Referrals by office"], [], *header, *PAGE1]
    if forward:
        rows.append(["Carried forward", *_sums(PAGE1)])
    rows += [[], *([[title]] if title else []), *header]
    if forward:
        rows.append(["Brought forward", *_sums(PAGE1)])
    return [*rows, *PAGE2, ["Total", *_sums(PAGE1 + PAGE2)]]


def test_brought_forward_under_a_two_line_header_is_carried_forward(tmp_path):
    analysis = _analysed(tmp_path, _printed([YEARS, MONTHS]))
    (table,) = analysis.tables  # rows: header 2-3, page 1 4-6, c/f 7, header 9-10, b/f 11
    for row in (9, 10):
        assert row not in table.body_rows
        assert all(analysis.roles[(row, c)] is Role.HEADER for c in (1, 4))
    for col in range(1, 7):
        assert table.totals[(11, col)] == (("Referrals", 7, col),)
        assert [r for _, r, _ in table.totals[(15, col)]] == [11, 12, 13, 14]


def test_a_title_line_over_page_twos_header_is_part_of_the_break(tmp_path):
    rows = _printed([ONE_LINE], title="Referrals by office (continued)")
    analysis = _analysed(tmp_path, rows)
    (table,) = analysis.tables  # c/f 6, title 8, header 9, b/f 10, Total 14
    assert analysis.roles[(8, 0)] is Role.TITLE and analysis.roles[(9, 3)] is Role.HEADER
    assert {8, 9}.isdisjoint(table.body_rows)
    assert table.totals[(10, 2)] == (("Referrals", 6, 2),)
    assert [r for _, r, _ in table.totals[(14, 2)]] == [10, 11, 12, 13]


def test_a_foot_total_over_both_pages_joins_them_without_carried_forward(tmp_path):
    for header, title in (([YEARS, MONTHS], None), ([ONE_LINE], "Referrals (continued)")):
        analysis = _analysed(tmp_path, _printed(header, title, forward=False))
        (table,) = analysis.tables
        foot = max(table.body_rows)
        offices = [r for r in table.body_rows if analysis.roles.get((r, 1)) is Role.COUNT]
        assert len(offices) == 6
        for col in range(1, 7):
            assert analysis.roles[(foot, col)] is Role.TOTAL
            assert [r for _, r, _ in table.totals[(foot, col)]] == offices


@pytest.mark.parametrize("forward", [False, True], ids=["foot total only", "c/f and b/f"])
def test_a_header_of_years_typed_as_numbers_repeated_on_page_two_is_a_header(tmp_path, forward):
    years = ["Office", 2013, 2014, 2015, 2016, 2017, 2018]
    analysis = _analysed(tmp_path, _printed([years], forward=forward))
    (table,) = analysis.tables
    again = 8 if forward else 7  # page 2's header
    assert all(analysis.roles[(again, c)] is Role.HEADER for c in range(7))
    foot = max(table.body_rows)
    offices = [r for r in table.body_rows if analysis.roles.get((r, 1)) is Role.COUNT]
    parts = [r for _, r, _ in table.totals[(foot, 1)]]
    assert parts == ([again + 1, *offices[3:]] if forward else offices)


def test_stacked_blocks_whose_foot_total_adds_its_own_block_stay_apart(tmp_path):
    rows = [["Referrals by office"], [], ONE_LINE, *PAGE1, [], ONE_LINE, *PAGE2]
    rows.append(["Total", *_sums(PAGE2)])  # the lower block's own total
    analysis = _analysed(tmp_path, rows)
    _, lower = analysis.tables
    assert all(analysis.roles[(r, 1)] is Role.COUNT for r in (3, 4, 5))
    assert [r for _, r, _ in lower.totals[(11, 1)]] == [8, 9, 10]


OFFICES = [["Derby", 31, 12, 44], ["Buxton", 18, 27, 36], ["Matlock", 22, 45, 17],
           ["Belper", 9, 38, 26]]  # fmt: skip


def _spaced(blank_rows: bool, added: bool = True) -> list[list[object]]:
    """Offices by month, a blank column, then 'Total' (the months' sum unless not ``added``),
    a blank row after the second office when ``blank_rows``, and a Total row under a blank."""
    rows: list[list[object]] = [["Referrals by office"], [], ["Office", "Apr", "May", "Jun"]]
    rows[2] += [None, "Total"]
    for i, (office, *months) in enumerate(OFFICES):
        if blank_rows and i == 2:
            rows.append([])
        rows.append([office, *months, None, sum(months) + (0 if added else 5)])
    foot = [sum(line[c] for line in OFFICES) for c in (1, 2, 3)]  # type: ignore[misc]
    return [*rows, *([[]] if blank_rows else []), ["Total", *foot, None, sum(foot)]]


@pytest.mark.parametrize("blank_rows", [False, True], ids=["no blank rows", "blank rows"])
def test_a_total_column_after_a_spacer_column_adds_up_its_rows(tmp_path, blank_rows):
    analysis = _analysed(tmp_path, _spaced(blank_rows), "Sheet1")  # a name naming nothing
    offices = [3, 4, 6, 7] if blank_rows else [3, 4, 5, 6]
    beside = next(t for t in analysis.tables if t.area.left == 5)
    assert beside.measure is Measure.REFERRALS
    for row in offices:
        assert analysis.roles[(row, 5)] is Role.TOTAL
        assert analysis.tables[0].totals.get((row, 5), beside.totals.get((row, 5))) == tuple(
            ("Sheet1", row, c) for c in (1, 2, 3)
        )


def test_a_total_column_after_a_spacer_that_does_not_add_up_is_still_refused(tmp_path):
    with pytest.raises(AnalysisError, match="headed as a total but is not the sum of the columns"):
        _analysed(tmp_path, _spaced(False, added=False), "Sheet1")


AREAS = {"Derby": [[33, 78, 72], [19, 50, 80]], "Buxton": [[14, 52, 31], [47, 9, 26]]}


def test_a_typed_total_over_links_to_other_sheets_adds_up_their_figures(tmp_path):
    """'=Derby!B6' on a summary sheet, and a typed Total beside the links: the typed total is
    the sum of the figures the links show, not of their parts on the summary sheet (none)."""
    sheets: dict[str, list[list[object]]] = {}
    summary: list[list[object]] = [["Referrals by area"], [], ["Area", "Apr", "May", "Jun"]]
    summary[2].append("Total")
    for name, lines in AREAS.items():
        foot = [a + b for a, b in zip(*lines, strict=True)]
        rows = [[f"Referrals, {name}"], [], ["Payment group", "Apr", "May", "Jun"]]
        sheets[name] = [*rows, ["JSA", *lines[0]], ["ESA", *lines[1]], ["Total", *foot]]
        summary.append([name, *(f"={name}!{col}6" for col in "BCD"), sum(foot)])
    cached = {
        ("Summary", f"{col}{r}"): AREAS[name][0][i] + AREAS[name][1][i]
        for r, name in ((4, "Derby"), (5, "Buxton"))
        for i, col in enumerate("BCD")
    }  # the figures Excel shows for the links
    path = write_book(tmp_path / "book.xlsx", {"Summary": summary, **sheets}, cached=cached)
    analysis, *_ = analyse_workbook(read_workbook(path), Policy())
    (table,) = analysis.tables
    assert table.totals[(3, 1)] == (("Derby", 5, 1),)
    for row in (3, 4):
        assert analysis.roles[(row, 4)] is Role.TOTAL
        assert table.totals[(row, 4)] == tuple(("Summary", row, c) for c in (1, 2, 3))


def _by_region(keys: list[tuple[int | None, str, int]]) -> list[list[object]]:
    """'Year | Region | Month | JSA | ESA' for ``keys`` (a year, region and month each), and a
    Total row leaving the month blank."""
    rows: list[list[object]] = [["Job starts by year, region and month"], []]
    rows.append(["Year", "Region", "Month", "JSA", "ESA"])
    rows += [[*key, 17 + 9 * i, 41 + 5 * i] for i, key in enumerate(keys)]
    sums = [sum(int(r[c]) for r in rows[3:]) for c in (3, 4)]  # type: ignore[call-overload]
    return [*rows, ["Total", None, None, *sums]]


def test_months_numbered_with_a_region_between_them_and_the_year_are_labels(tmp_path):
    keys = [(y, r, m) for y in (2013, 2014) for r in ("North", "South") for m in (4, 5, 6)]
    analysis = _analysed(tmp_path, _by_region(keys))
    assert {analysis.roles[(r, 2)] for r in range(3, 15)} == {Role.LABEL}
    assert all(analysis.roles[(r, 3)] is Role.COUNT for r in range(3, 15))


def test_months_under_a_year_shown_once_as_a_pivot_table_shows_it_are_labels(tmp_path):
    keys = [(y if m == 4 else None, r, m) for y in (2013, 2014) for r in ("North",)
            for m in (4, 5, 6)]  # fmt: skip
    analysis = _analysed(tmp_path, _by_region(keys))
    assert {analysis.roles[(r, 2)] for r in range(3, 9)} == {Role.LABEL}


def test_a_month_twice_under_a_year_shown_once_is_still_counted(tmp_path):
    keys = [(2013, "North", 4), (None, "North", 5), (None, "North", 4)]
    analysis = _analysed(tmp_path, _by_region(keys))
    assert Role.LABEL not in {analysis.roles[(r, 2)] for r in range(3, 6)}


def test_months_between_the_year_and_the_region_are_labels(tmp_path):
    rows: list[list[object]] = [["Job starts by year, month and region"], []]
    rows.append(["Year", "Month", "Region", "JSA", "ESA"])
    keys = [(y, m, r) for y in (2013, 2014) for r in ("North", "South") for m in (4, 5, 6)]
    rows += [[*key, 17 + 9 * i, 41 + 5 * i] for i, key in enumerate(keys)]
    analysis = _analysed(tmp_path, rows)
    assert {analysis.roles[(r, 1)] for r in range(3, 15)} == {Role.LABEL}


def test_a_month_twice_for_one_year_and_region_is_still_counted(tmp_path):
    keys = [(2013, "North", 4), (2013, "South", 4), (2013, "North", 4)]
    analysis = _analysed(tmp_path, _by_region(keys))
    assert Role.LABEL not in {analysis.roles[(r, 2)] for r in range(3, 6)}


def _groups_apart() -> list[list[object]]:
    """'JSA' and 'ESA' over their groups on a second header line, each group block and the
    'Total' column set apart by a blank column; one title over the first block."""
    head = ["Office", "JSA", None, None, None, "ESA", None, None, None, "Total"]
    groups = [None, "18 to 24", "25 and over", "All JSA", None, "Flow", "Ex-IB", "All ESA"]
    rows: list[list[object]] = [["Referrals by office and payment group"], [], head, groups]
    figures = [[31, 12, 44, 9], [18, 27, 36, 5], [22, 45, 17, 26], [9, 38, 26, 14]]
    for office, (a, b, c, d) in zip(("Derby", "Buxton", "Matlock", "Belper"), figures, strict=True):
        rows.append([office, a, b, a + b, None, c, d, c + d, None, a + b + c + d])
    foot = [sum(int(r[c]) for r in rows[4:]) for c in (1, 2, 3, 5, 6, 7, 9)]  # type: ignore[call-overload]
    return [*rows, ["Total", *foot[:3], None, *foot[3:6], None, foot[6]]]


@pytest.mark.parametrize("sheet", ["Sheet1", "Referrals"])
def test_a_total_column_apart_under_two_header_lines_adds_up_the_groups(tmp_path, sheet):
    """Named by the sheet, the Total column was rounded on its own; named by nothing, it and
    the ESA block were refused as counting no measure wpxl could tell."""
    analysis = _analysed(tmp_path, _groups_apart(), sheet)
    _, esa, total = analysis.tables
    assert esa.measure is Measure.REFERRALS
    for row in range(4, 8):
        assert analysis.roles[(row, 9)] is Role.TOTAL
        assert total.totals[(row, 9)] == ((sheet, row, 3), (sheet, row, 7))
    assert total.totals[(8, 9)] == tuple((sheet, row, 9) for row in range(4, 8))


def _stacked(path, first_line: str, hide_first: bool = False):
    """'Persons' and 'Males' blocks of ages by group, stacked under two title lines."""
    rows: list[list[object]] = [[first_line], ["Job outcomes by age group, April 2014"], []]
    for block in ("Persons", "Males"):
        rows += [[block], ["Age", "JSA", "ESA"], ["18 to 24", 31, 12], ["25 to 49", 44, 27], []]
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Sheet1")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    if hide_first:
        sheet.set_row(0, None, None, {"hidden": True})
    book.close()
    (analysis,) = analyse_workbook(read_workbook(path), Policy())
    return analysis


def test_a_block_stacked_under_a_title_naming_referrals_then_outcomes_counts_outcomes(tmp_path):
    analysis = _stacked(tmp_path / "ages.xlsx", "Derbyshire CPA: referrals")
    assert [t.measure for t in analysis.tables] == [Measure.JOB_OUTCOMES] * 2


def test_a_block_stacked_under_a_title_below_a_hidden_line_shares_that_title(tmp_path):
    """The hidden line moves the sheet's lines up while the tables are found: the title shared
    with the Males block was then looked for a line too high, and the block refused."""
    analysis = _stacked(tmp_path / "ages.xlsx", "Checked by JB", hide_first=True)
    assert [t.measure for t in analysis.tables] == [Measure.JOB_OUTCOMES] * 2
