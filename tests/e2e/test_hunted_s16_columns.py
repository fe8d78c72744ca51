"""What a hunt through nested totals across the columns, and two-level column headers laid out
as published statistics lay them out, found (session 16).

Months with a 'Quarter' column after each three and a 'Year to date' column at the end (or
'2023' over Q1-Q4 and a 'Year' column): a total under such a header that came out between 1990
and 2100 (a year to date of 2,013) was read as a year naming its line, since the header names a
period, and carried unrounded, the true total, beside the rounded months; the proof passed, as
its total neighbours are formulas and a lone year-shaped number was taken for a line of years.
A number under period words is a year only where every figure of its line is one now, and the
proof holds a year-shaped number beside a total formula to be a count.

Each year over its quarters and its own total column, named by its year: 'Total 2023' was
taken for a count stated after 'total' ("total 312") and removed, and so was '2023 total'
under a year typed as text ('2023'), the header's own number being one of the workbook's
figures. Both keep their names now; a note saying the true total after 'total' still goes.

'2023' over 'Year | Q1 | Q2 | Q3 | Q4' (merged or not), each year's total typed: the year over
the 'Year' column named it a period, and a period adds up others only when its words say so,
so the year was rounded on its own beside its rounded quarters, and the proof passed. So was
a year named by its number alone in one header row beside its quarters ('Q1 2023 .. Q4 2023 |
2023', or '2023/24'). Both are read as totals now (a group's head names the group, not its
first column; quarters naming the year are the words that make it a total), and the proof
reads the columns under one head, or beside a year's number, as a group whose first or last
column adding up the others must show the sum of what the copy shows for them.

With a typed 'Total' after such years (each before its quarters), the trees, reading the
years as periods, explained nothing, so the 'Total' was left a count and rounded on its own
once the years were their quarters' totals, and the proof passed. It adds up the years now,
and the proof holds a column named a total beside the groups to the sum of their totals.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from xlsxwriter.utility import xl_col_to_name

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

MONTHS = ["Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024"]
# each quarter and the year to date of the first two lines lands on a year-shaped number
BY_MONTH = {
    "JSA 18-24": [671, 672, 670, 700, 650, 660],  # quarter 2,013, year to date 4,023
    "JSA 25+": [611, 612, 613, 611, 602, 592],  # quarters 1,836 and 1,805, year to date 3,641
    "ESA Flow": [48, 51, 39, 44, 52, 61],
}


def r20(n: int) -> int:
    return (n + 10) // 20 * 20


def _quarters(typed: bool) -> tuple[list[list], dict]:
    """Referrals by payment group and month, a 'Quarter' after each three months and a 'Year to
    date' at the end: typed, or as formulas (SUM over the months, the quarters added up)."""
    header = ["Payment group", *MONTHS[:3], "Quarter", *MONTHS[3:], "Quarter", "Year to date"]
    rows: list[list] = [["Referrals by payment group, April to September 2024"], [], header]
    cached = {}
    for r, (group, line) in enumerate(BY_MONTH.items(), start=4):
        q1, q2 = sum(line[:3]), sum(line[3:])
        if typed:
            rows.append([group, *line[:3], q1, *line[3:], q2, q1 + q2])
            continue
        rows.append([group, *line[:3], f"=SUM(B{r}:D{r})", *line[3:], f"=SUM(F{r}:H{r})",
                     f"=E{r}+I{r}"])  # fmt: skip
        cached |= {("Referrals", f"E{r}"): q1, ("Referrals", f"I{r}"): q2}
        cached[("Referrals", f"J{r}")] = q1 + q2
    return rows, cached


def _shown(output: Path, sheet: str = "Referrals") -> list[list]:
    values = openpyxl.load_workbook(output, data_only=True)[sheet]
    return [list(row) for row in values.iter_rows(min_row=3, values_only=True)]


@pytest.mark.parametrize("typed", [True, False])
def test_a_year_to_date_shaped_like_a_year_is_the_sum_of_the_rounded_quarters(tmp_path, typed):
    rows, cached = _quarters(typed)
    source = write_book(tmp_path / "quarters.xlsx", {"Referrals": rows}, cached=cached)
    output, _ = sanitised_beside(source)
    shown = {line[0]: line[1:] for line in _shown(output)[3:6]}
    for group, line in BY_MONTH.items():
        months = [r20(v) for v in line]
        q1, q2 = sum(months[:3]), sum(months[3:])
        assert shown[group] == [*months[:3], q1, *months[3:], q2, q1 + q2]
    assert shown["JSA 18-24"][3] == 2040  # not 2,013, the true quarter (nor 2,020)
    assert shown["JSA 18-24"][8] == 2040 + 2020  # not 4,023
    formulas = openpyxl.load_workbook(output)["Referrals"]
    assert str(formulas["J6"].value).startswith("=")


QUARTERS = ["Q1", "Q2", "Q3", "Q4"]
BY_QUARTER = {
    "JSA 18-24": [[137, 212, 195, 188], [141, 176, 203, 199]],
    "JSA 25+": [[411, 389, 402, 377], [398, 420, 385, 366]],
    "ESA Flow": [[33, 47, 29, 41], [38, 44, 51, 27]],
}


def _years_over_quarters(years: list, total: str) -> tuple[list[list], dict]:
    """Referrals by payment group: each year (a row above) over its four quarters and its own
    total column (``total`` names it, '{y}' standing for the year), then a 'Grand total';
    every total a SUM, its value cached."""
    years_row: list = [None]
    heads: list = ["Payment group"]
    for year in years:
        years_row += [year, None, None, None, None]
        heads += [*QUARTERS, total.format(y=year)]
    rows: list[list] = [["Referrals by payment group and quarter"], [], years_row]
    rows.append([*heads, "Grand total"])
    cached = {}
    for r, (group, by_year) in enumerate(BY_QUARTER.items(), start=5):
        line: list = [group]
        ends = []
        for quarters in by_year:
            first, last = xl_col_to_name(len(line)), xl_col_to_name(len(line) + 3)
            ends.append(f"{xl_col_to_name(len(line) + 4)}{r}")
            cached[("Referrals", ends[-1])] = sum(quarters)
            line += [*quarters, f"=SUM({first}{r}:{last}{r})"]
        cached[("Referrals", f"{xl_col_to_name(len(line))}{r}")] = sum(map(sum, by_year))
        rows.append([*line, f"=SUM({','.join(ends)})"])
    return rows, cached


@pytest.mark.parametrize(
    ("years", "total"),
    [([2022, 2023], "Total {y}"), (["2022", "2023"], "{y} total"), ([2022, 2023], "{y} Total")],
)
def test_a_year_total_named_by_its_year_keeps_its_name(tmp_path, years, total):
    """'Total 2023' was taken for a count stated after 'total' ("total 312"), and '2023 total'
    (under a year typed as text) for a figure of the workbook (the year header's number): each
    year's total column lost its name."""
    rows, cached = _years_over_quarters(years, total)
    output, _ = sanitised_beside(
        write_book(tmp_path / "years.xlsx", {"Referrals": rows}, cached=cached)
    )
    shown = _shown(output)
    assert shown[3][1:] == [
        *QUARTERS,
        total.format(y=years[0]),
        *QUARTERS,
        total.format(y=years[1]),
        "Grand total",
    ]
    assert shown[2][1:11:5] == years
    for line in shown[4:7]:
        by_year = BY_QUARTER[line[0]]
        first, second = ([r20(v) for v in q] for q in by_year)
        assert line[1:] == [*first, sum(first), *second, sum(second), sum(first) + sum(second)]


def _noted_total(note: str) -> list[list]:
    """Two months of referrals, the grand total 2,017 (year-shaped), and a note under them."""
    return [["Referrals by payment group"], [], ["Payment group", "Apr 2024", "May 2024", "Total"],
            ["JSA 18-24", 611, 402, 1013], ["JSA 25+", 577, 427, 1004],
            ["Total", 1188, 829, 2017], [], [note]]  # fmt: skip


def test_a_note_quoting_the_true_total_after_total_still_goes(tmp_path):
    """'Total 2023' names a year's column now, but a note saying the true total after 'total'
    quotes it all the same, and goes."""
    rows = _noted_total("Referrals total 2017 before rounding")
    output, _ = sanitised_beside(write_book(tmp_path / "note.xlsx", {"Referrals": rows}))
    texts = [v for line in _shown(output) for v in line if isinstance(v, str)]
    assert not any("2017" in t for t in texts)


def _year_first(path: Path, merged: bool) -> Path:
    """Each year (merged over its columns, or typed over the first) heading its 'Year' total,
    typed, then its four quarters."""
    years_row: list = [None]
    heads: list = ["Payment group"]
    for year in (2022, 2023):
        years_row += [year, None, None, None, None]
        heads += ["Year", *QUARTERS]
    rows: list[list] = [["Referrals by payment group and quarter"], [], years_row, heads]
    for group, by_year in BY_QUARTER.items():
        rows.append([group, *(v for q in by_year for v in (sum(q), *q))])
    write_book(path, {"Referrals": rows})
    if merged:  # no formulas to lose their cached values
        book = openpyxl.load_workbook(path)
        book["Referrals"].merge_cells("B3:F3")
        book["Referrals"].merge_cells("G3:K3")
        book.save(path)
    return path


@pytest.mark.parametrize("merged", [False, True])
def test_a_year_total_left_of_its_quarters_is_their_rounded_sum(tmp_path, merged):
    """The '2023' over the 'Year' column named it a period, and a period adds up others only
    when its words say so: the typed year was rounded on its own (ESA Flow's 150 in 2022 shown
    as 160, beside quarters shown as 40, 40, 20 and 40). It is read by its own name now, a total
    as it is after the quarters."""
    output, _ = sanitised_beside(_year_first(tmp_path / "years.xlsx", merged))
    for line in _shown(output)[4:7]:
        first, second = ([r20(v) for v in q] for q in BY_QUARTER[line[0]])
        assert line[1:] == [sum(first), *first, sum(second), *second]
    formulas = openpyxl.load_workbook(output)["Referrals"]
    assert str(formulas["B7"].value).startswith("=")


def _year_beside_quarters(path: Path, first: bool, year: str = "{y}", grand: bool = False) -> Path:
    """One header row: each year's quarters ('Q1 2022' ...) and the year's typed total, named
    by the year alone (``year``), after them or (``first``) before them; with ``grand``, a
    typed 'Total' of both years last."""
    heads: list = ["Payment group"]
    for y in (2022, 2023):
        quarters = [f"{q} {y}" for q in QUARTERS]
        named = year.format(y=y, next=(y + 1) % 100)
        heads += [named, *quarters] if first else [*quarters, named]
    rows: list[list] = [["Referrals by payment group and quarter"], [], heads + ["Total"] * grand]
    for group, by_year in BY_QUARTER.items():
        line = [group]
        for q in by_year:
            line += [sum(q), *q] if first else [*q, sum(q)]
        rows.append(line + [sum(map(sum, by_year))] * grand)
    return write_book(path, {"Referrals": rows})


@pytest.mark.parametrize(("first", "year"), [(False, "{y}"), (True, "{y}"), (False, "{y}/{next}")])
def test_a_year_named_alone_beside_its_quarters_is_their_rounded_sum(tmp_path, first, year):
    """'Q1 2022 .. Q4 2022 | 2022': a year is a period, and periods add up others only when
    their words say so, so the typed year was rounded on its own (ESA Flow's 150 in 2022 shown
    as 160, beside quarters shown as 40, 40, 20 and 40). The quarters naming the year are such
    words now."""
    output, _ = sanitised_beside(_year_beside_quarters(tmp_path / "years.xlsx", first, year))
    for line in _shown(output)[3:6]:
        one, two = ([r20(v) for v in q] for q in BY_QUARTER[line[0]])
        if first:
            assert line[1:] == [sum(one), *one, sum(two), *two]
        else:
            assert line[1:] == [*one, sum(one), *two, sum(two)]


def test_a_quarter_shaped_like_a_year_down_the_rows_is_the_sum_of_its_months(tmp_path):
    """Months down the rows and a 'Quarter' line under them, typed, a figure of it 2,013: the
    line's period words made that figure a year, so the copy was refused (the proof found the
    line rounded on its own). It is the sum of the rounded months now."""
    rows = [["Referrals by month and payment group"], [], ["Month", *BY_MONTH]]
    for i, month in enumerate(MONTHS[:3]):
        rows.append([month, *(line[i] for line in BY_MONTH.values())])
    rows.append(["Quarter", *(sum(line[:3]) for line in BY_MONTH.values())])
    output, _ = sanitised_beside(write_book(tmp_path / "months.xlsx", {"Referrals": rows}))
    shown = _shown(output)
    months = [line[1:4] for line in shown[3:6]]
    assert shown[6][1:4] == [sum(col) for col in zip(*months, strict=True)]
    assert shown[6][1] == 2040  # not 2,013


@pytest.mark.parametrize("first", [True, False])
def test_a_total_of_the_years_beside_their_quarters_is_the_sum_of_the_rounded_years(
    tmp_path, first
):
    """A typed 'Total' after the years, each year before its quarters: the trees, reading the
    years as periods, explained nothing, so once the years were totals of their quarters the
    'Total' was left a count, rounded on its own (ESA Flow's 310 shown as 320, where the years
    show 140 and 160), and the proof passed. It adds up the years now."""
    source = _year_beside_quarters(tmp_path / "years.xlsx", first=first, grand=True)
    output, _ = sanitised_beside(source)
    for line in _shown(output)[3:6]:
        one, two = ([r20(v) for v in q] for q in BY_QUARTER[line[0]])
        years = [sum(one), *one, sum(two), *two] if first else [*one, sum(one), *two, sum(two)]
        assert line[1:] == [*years, sum(one) + sum(two)]
