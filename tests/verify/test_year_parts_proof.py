"""The proof's own reading of a column numbering a part of the year: months beside a column of
years, quarters under a title naming the year, pass unrounded; a column the input's structure
does not show to be one (a total row counting it, a number outside the part's range, no year
to go with it, a year and a part twice) is caught kept unrounded, as a misreading plan would
keep it.

Each copy is written by the real writer from a real plan of a real input; where a misreading
is tested, the plan is changed the way the misreading would change it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell, Plan
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.write import write_plan

NOT_ROUNDED = "a figure that is not a multiple of 20"
BANNER = 2
FISCAL = [(2013 if m >= 4 else 2014, m) for m in [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]]
QUARTERS = [(y, q) for y in (2012, 2013) for q in (1, 2, 3, 4)]


def _extract(head: str, keys: list, title: str, total: int | None = None) -> list[list]:
    """'Year | head | JSA | ESA' (or, for bare parts, 'head | JSA | ESA') with a typed 'Total'
    row holding ``total`` in the part's column."""
    years = isinstance(keys[0], tuple)
    rows: list[list] = [[title], [], [*(["Year", head] if years else [head]), "JSA", "ESA"]]
    counts = [[100 + 37 * i, 5 + 11 * i] for i in range(len(keys))]
    for key, line in zip(keys, counts, strict=True):
        rows.append([*(key if years else [key]), *line])
    sums = [sum(line[k] for line in counts) for k in range(2)]
    rows.append([*(["Total", total] if years else ["Total"]), *sums])
    return rows


def _proved(tmp_path: Path, rows: list[list], col: int) -> set[str]:
    """The cells the proof finds unrounded in a copy of ``rows`` whose plan keeps the column
    ``col`` of the body (rows 4 to the total row) as written."""
    source = write_book(tmp_path / "extract.xlsx", {"Referrals": rows})
    book = read_workbook(source)
    policy = Policy()
    plan: Plan = make_plan(
        book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED)
    )
    sheet = next(s for s in plan.sheets if s.name == "Referrals")
    for row in range(3, len(rows) - 1):
        at = (row + BANNER, col)
        sheet.cells[at] = OutputCell(rows[row][col], style=sheet.cells[at].style, kind="kept")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return {f.part for f in verify_output(output, plan, 20) if f.kind == NOT_ROUNDED}


@pytest.mark.parametrize(
    ("head", "keys", "title", "col"),
    [
        ("Month", FISCAL, "Referrals by period", 1),
        ("Quarter", QUARTERS, "Referrals by period", 1),
        ("Week", [5, 9, 14, 22], "Referrals by week, 2013/14", 0),
    ],
)
def test_parts_of_the_year_pass_unrounded(tmp_path, head, keys, title, col):
    assert _proved(tmp_path, _extract(head, keys, title), col) == set()


@pytest.mark.parametrize(
    ("head", "keys", "title", "total"),
    [
        ("Quarter", QUARTERS, "Referrals by period", 20),  # the total row holds a figure there
        ("Quarter", [(2013, q) for q in (1, 3, 5, 2)], "Referrals", None),  # no quarter 5
        ("Quarter", [(2013, 1), (2013, 3), (2013, 1)], "Referrals", None),  # Q1 2013 twice
        ("Referrals", QUARTERS, "Referrals by period", None),  # a measure heads it
    ],
)
def test_a_part_column_the_input_does_not_show_to_be_labels_is_caught_unrounded(
    tmp_path, head, keys, title, total
):
    found = _proved(tmp_path, _extract(head, keys, title, total), 1)
    assert "'Referrals' B6" in found


def test_quarters_with_no_year_to_go_with_them_are_caught_unrounded(tmp_path):
    found = _proved(tmp_path, _extract("Quarter", [1, 2, 3, 4, 1, 2, 3, 4], "Referrals"), 0)
    assert "'Referrals' A6" in found
