"""The proof's own reading of months numbered with a region between them and the year
('Year | Region | Month | JSA | ESA'): kept as written they pass; a month the rows repeat for
one year and region, kept as written the way a misreading plan would, is caught unrounded.
And of blocks stacked under a title of two lines, 'Derbyshire CPA: referrals' over 'Job
outcomes by age group': the 'Males' block under the 'Persons' one counts outcomes too, and
carried as rounded counts (as wpxl once read it: referrals, by the first line) it is caught.

Each copy is written by the real writer from a real plan of a real input; the plan (or the
reading it is made from) is changed the way the misreading would change it."""

from __future__ import annotations

from pathlib import Path

from tests.builders import write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import Measure, OutputCell
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.write import write_plan

NOT_ROUNDED = "a figure that is not a multiple of 20"
VOLUME = "an outcome or sustainment volume"
BANNER = 2


def _unrounded(
    tmp_path: Path, keys: list[tuple[int | None, str, int]], month_second: bool = False
) -> set[str]:
    """The cells the proof finds unrounded in a copy whose plan keeps the months as written
    ('Year | Region | Month', or with ``month_second`` 'Year | Month | Region')."""
    rows: list[list[object]] = [["Job starts by year, region and month"], []]
    rows.append(["Year", "Month", "Region"] if month_second else ["Year", "Region", "Month"])
    rows[-1] += ["JSA", "ESA"]
    for i, (year, region, month) in enumerate(keys):
        line = [year, month, region] if month_second else [year, region, month]
        rows.append([*line, 17 + 9 * i, 41 + 5 * i])
    place = 1 if month_second else 2
    book = read_workbook(write_book(tmp_path / "extract.xlsx", {"Starts": rows}))
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    sheet = next(s for s in plan.sheets if s.name == "Starts")
    for row, (_, _, month) in enumerate(keys, start=3):
        at = (row + BANNER, place)
        sheet.cells[at] = OutputCell(month, style=sheet.cells[at].style, kind="kept")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return {f.part for f in verify_output(output, plan, 20) if f.kind == NOT_ROUNDED}


def test_months_with_a_region_between_them_and_the_year_pass_unrounded(tmp_path):
    keys = [(y, r, m) for y in (2013, 2014) for r in ("North", "South") for m in (4, 5, 6)]
    assert _unrounded(tmp_path, keys) == set()


def test_months_under_a_year_shown_once_as_a_pivot_table_shows_it_pass_unrounded(tmp_path):
    keys = [(y if m == 4 else None, "North", m) for y in (2013, 2014) for m in (4, 5, 6)]
    assert _unrounded(tmp_path, keys) == set()


def test_a_month_twice_under_a_year_shown_once_is_caught_unrounded(tmp_path):
    keys = [(2013, "North", 4), (None, "North", 5), (None, "North", 4), (2014, "North", 4)]
    assert "'Starts' C8" in _unrounded(tmp_path, keys)


def test_months_between_the_year_and_the_region_pass_unrounded(tmp_path):
    keys = [(y, r, m) for y in (2013, 2014) for r in ("North", "South") for m in (4, 5, 6)]
    assert _unrounded(tmp_path, keys, month_second=True) == set()


def test_a_month_twice_for_one_year_and_region_after_it_is_caught_unrounded(tmp_path):
    keys = [(2013, "North", 4), (2013, "South", 5), (2013, "North", 4), (2013, "South", 7)]
    assert "'Starts' B8" in _unrounded(tmp_path, keys, month_second=True)


def test_a_month_twice_for_one_year_and_region_is_caught_unrounded(tmp_path):
    keys = [(2013, "North", 4), (2013, "South", 5), (2013, "North", 4), (2013, "South", 7)]
    assert "'Starts' C8" in _unrounded(tmp_path, keys)


def test_a_block_stacked_under_a_title_naming_outcomes_carried_as_counts_is_caught(tmp_path):
    rows: list[list[object]] = [["Derbyshire CPA: referrals"], ["Job outcomes by age group"]]
    rows += [[], ["Persons"], ["Age", "JSA", "ESA"], ["18 to 24", 31, 12], ["25 to 49", 44, 27]]
    rows += [[], ["Males"], ["Age", "JSA", "ESA"], ["18 to 24", 17, 5], ["25 to 49", 23, 14]]
    book = read_workbook(write_book(tmp_path / "ages.xlsx", {"Sheet1": rows}))
    policy = Policy()
    analyses = analyse_workbook(book, policy)
    persons, males = analyses[0].tables
    assert persons.measure is males.measure is Measure.JOB_OUTCOMES
    males.measure = Measure.REFERRALS  # the misreading: the first title line's measure
    plan = make_plan(book, analyses, policy, Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    found = {f.part for f in verify_output(output, plan, 20) if f.kind == VOLUME}
    assert {"'Sheet1' B13", "'Sheet1' C14"} <= found
