"""A column numbering a part of the year beside a year column ('Year | Month | JSA | ESA |
Total', months 4 .. 12, 1 .. 3) names the rows: its numbers are labels, not counts.

Round 4's hunt (#8): the Month and Quarter columns were read as counts and rounded (months 4
to 9 became 0, 10 to 12 became 20) while the Year beside them was kept. A column the table's
structure does not show to be such a label (out of the part's range, counted by a total, no
year to go with it and not one apart, a year and part twice) is still read as counts (fail
closed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook

FISCAL = [(2013 if m >= 4 else 2014, m) for m in [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]]
QUARTERS = [(y, q) for y in (2012, 2013) for q in (1, 2, 3, 4)]
WEEKS = [(2013, w) for w in (1, 14, 27, 40, 53)]


def _extract(head: str, keys: list, title: str = "Referrals by period", total: object = None):
    """'Year | head | JSA | ESA | Total' rows for ``keys`` (a year and a part each, or just a
    part under a table with no year column), a 'Total' row holding ``total`` in the part's
    column."""
    width = len(keys[0]) if isinstance(keys[0], tuple) else 1
    heads = ["Year", head] if width == 2 else [head]
    rows: list[list] = [[title], [], [*heads, "JSA", "ESA", "Total"]]
    first, second = ("C", "D") if width == 2 else ("B", "C")
    counts = [(100 + 37 * i, 5 + 11 * i) for i in range(len(keys))]
    for i, (key, (jsa, esa)) in enumerate(zip(keys, counts, strict=True)):
        row = 4 + i
        rows.append([*(key if width == 2 else [key]), jsa, esa, f"={first}{row}+{second}{row}"])
    sums = [sum(c[0] for c in counts), sum(c[1] for c in counts)]
    rows.append([*(["Total", total] if width == 2 else ["Total"]), *sums, sum(sums)])
    return rows


def _part_roles(tmp_path: Path, rows: list[list], col: int) -> list[Role]:
    source = write_book(tmp_path / "extract.xlsx", {"Referrals": rows})
    (analysis,) = analyse_workbook(read_workbook(source), Policy())
    return [analysis.roles[(r, col)] for r in range(3, len(rows) - 1)]


@pytest.mark.parametrize(
    ("head", "keys"),
    [
        ("Month", FISCAL),
        ("Month", [(2013, m) for m in range(1, 13)]),
        ("Month number", FISCAL),
        ("Quarter", QUARTERS),
        ("Qtr", QUARTERS),
        ("Week", WEEKS),
        ("Period", [(2013, p) for p in range(1, 14)]),
    ],
)
def test_a_part_of_the_year_beside_a_year_column_is_a_label(tmp_path, head, keys):
    assert set(_part_roles(tmp_path, _extract(head, keys), 1)) == {Role.LABEL}


def test_months_numbered_one_apart_with_no_year_are_labels(tmp_path):
    """Session 18: April's 4 to March's 3, one apart, under 'Month' need no year to name the
    rows (wpxl.analyse.period_numbers); rounded, they read 0, 0, 0 ... 20."""
    months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
    rows = _extract("Month", months, title="Referrals by month")
    assert set(_part_roles(tmp_path, rows, 0)) == {Role.LABEL}


def test_months_under_a_title_naming_the_year_are_labels(tmp_path):
    months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
    rows = _extract("Month", months, title="Referrals by month, 2013/14")
    assert set(_part_roles(tmp_path, rows, 0)) == {Role.LABEL}


@pytest.mark.parametrize(
    ("head", "keys", "title", "total"),
    [
        ("Month", [(2013, m) for m in (4, 8, 13, 2)], "Referrals", None),  # 13: no month
        ("Quarter", [(2013, q) for q in (1, 2, 3, 5)], "Referrals", None),  # no quarter 5
        ("Month", FISCAL, "Referrals", 78),  # the total row counts it
        ("Month", [(2013, 4), (2013, 5), (2013, 4)], "Referrals", None),  # April 2013 twice
        ("Referrals", FISCAL, "Referrals", None),  # a measure heads it
        ("Month", [4, 6, 5, 9, 12, 1], "Referrals by month", None),  # no year, nor one apart
        ("Month", [4, 5, 6, 4, 5, 6], "Referrals by month, 2013", None),  # a month twice
    ],
)
def test_a_part_column_the_structure_does_not_show_to_be_labels_is_counted(
    tmp_path, head, keys, title, total
):
    col = 1 if isinstance(keys[0], tuple) else 0
    roles = _part_roles(tmp_path, _extract(head, keys, title, total), col)
    assert Role.LABEL not in roles
