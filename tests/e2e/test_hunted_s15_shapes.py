"""Shapes of published statistics tables that a hunt found shared wrongly while the copy passed
its proof, or refused: payment groups numbered as DWP numbers them (1 JSA 18-24 ... 9 JSA
Prison Leavers), a table showing only some of them (1, 2, 6, 9) under 'Payment group' or 'PG',
had its numbers rounded as counts (all four read 0); across the columns under a 'Payment group'
corner the copy was refused. A long extract, one row per area and month ('Area | Year | Month |
Referrals', months 4, 5, 6), had its months rounded as counts (0, 0, 0): its year column, not
being the first, was read as figures, so the months had no year beside them. And months written
as codes in one ('Area | Month | Referrals', 202404 once for each area) were rounded to 202400,
as period codes were labels only when all different."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

MONTHS = ["Apr 2014", "May 2014", "Jun 2014"]
FIGURES = [[137, 212, 195], [411, 389, 402], [33, 47, 29], [12, 9, 17]]
CODES = [1, 2, 6, 9]
NAMES = ["JSA 18-24", "JSA 25+", "ESA Flow", "JSA Prison Leavers"]
CODED_MONTHS = [202404, 202405, 202406]


def _copied(tmp_path: Path, rows: list[list]) -> list[list]:
    """The copy's 'Referrals' sheet as rows of cached values, the banner's two rows left out."""
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    return [list(row) for row in sheet.iter_rows(min_row=3, values_only=True)]


def _by_payment_group(header: str, names: bool) -> list[list]:
    """Referrals by payment group number (and, with ``names``, its name beside it) and month,
    a Total column and a typed Total row."""
    heads = [header, "Payment group"] if names else [header]
    rows: list[list] = [["Referrals by payment group"], [], [*heads, *MONTHS, "Total"]]
    for code, name, line in zip(CODES, NAMES, FIGURES, strict=True):
        rows.append([code, name] if names else [code])
        rows[-1] += [*line, sum(line)]
    sums = [sum(line[k] for line in FIGURES) for k in range(3)]
    rows.append(["Total", *([None] if names else []), *sums, sum(sums)])
    return rows


@pytest.mark.parametrize(
    ("header", "names"),
    [("Payment group", False), ("PG", True), ("Payment group number", False), ("PG no.", True)],
)
def test_payment_group_numbers_down_the_rows_are_kept(tmp_path, header, names):
    rows = _copied(tmp_path, _by_payment_group(header, names))
    body = rows[3:7]
    assert [r[0] for r in body] == CODES
    first = 2 if names else 1
    for r in body:
        assert all(v % 20 == 0 for v in r[first : first + 3])
        assert r[first + 3] == sum(r[first : first + 3])  # the row total over the rounded cells


def test_payment_group_numbers_across_the_columns_are_kept(tmp_path):
    rows: list[list] = [["Referrals by payment group"], [], ["Payment group", *CODES, "Total"]]
    for month, line in zip(MONTHS, zip(*FIGURES, strict=True), strict=True):
        rows.append([month, *line, sum(line)])
    rows.append(["Total", *(sum(r[k] for r in rows[3:6]) for k in range(1, 6))])
    copy = _copied(tmp_path, rows)
    assert copy[2][:6] == ["Payment group", *CODES, "Total"]
    assert all(v % 20 == 0 for r in copy[3:6] for v in r[1:5])


def test_payment_group_numbers_summed_by_the_total_row_are_counts(tmp_path):
    """Fail closed: a total row holding the column's sum says an analyst's 'PG' heads counts."""
    table = _by_payment_group("PG", names=True)
    table[-1][:2] = [sum(CODES), "Total"]
    rows = _copied(tmp_path, table)
    assert all(r[0] % 20 == 0 for r in rows[3:7])


def _long(heads: list[str], keys: list[tuple]) -> list[list]:
    figures = iter([137, 212, 195, 411, 389, 402, 33, 47, 29])
    rows: list[list] = [["Referrals by area and month"], [], [*heads, "Referrals"]]
    return rows + [[*key, next(figures)] for key in keys]


@pytest.mark.parametrize("heads", [["Area", "Year", "Month"], ["Area", "Financial year", "Month"]])
def test_months_of_a_long_extract_with_its_year_after_the_area_are_kept(tmp_path, heads):
    keys = [(area, 2014, month) for area in ("Derby", "Buxton", "Matlock") for month in (4, 5, 6)]
    rows = _copied(tmp_path, _long(heads, keys))
    assert [r[:3] for r in rows[3:12]] == [list(key) for key in keys]
    assert all(r[3] % 20 == 0 for r in rows[3:12])


def test_a_column_of_counts_under_year_words_stays_counts(tmp_path):
    """Fail closed: a column headed 'Year' holding anything but years is no label column."""
    keys = [(area, n, month) for area, n in (("Derby", 31), ("Buxton", 47)) for month in (4, 5)]
    rows = _copied(tmp_path, _long(["Area", "Year", "Month"], keys))
    assert all(r[1] % 20 == 0 and r[2] % 20 == 0 for r in rows[3:7])


def test_month_codes_of_a_long_extract_repeated_for_each_area_are_kept(tmp_path):
    keys = [(area, month) for area in ("Derby", "Buxton", "Matlock") for month in CODED_MONTHS]
    rows = _copied(tmp_path, _long(["Area", "Month"], keys))
    assert [r[:2] for r in rows[3:12]] == [list(key) for key in keys]
    assert all(r[2] % 20 == 0 for r in rows[3:12])


def test_month_codes_repeated_with_nothing_telling_the_rows_apart_are_counts(tmp_path):
    """Fail closed: the same codes twice in one area's rows name nothing."""
    keys = [("Derby", month) for month in CODED_MONTHS * 2]
    rows = _copied(tmp_path, _long(["Area", "Month"], keys))
    assert all(r[1] % 20 == 0 for r in rows[3:9])
