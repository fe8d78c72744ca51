"""A Total column read with the month columns it adds up (round-4 leak 1).

Job outcomes by payment group in April (38, 26, 33, 24) and May (7, 21, 27, 22), with a Total
column (45, 47, 60, 46): 31/21/27/20 %, 9/27/35/29 % and 23/24/30/23 %. Each column fits a
smaller base alone, so none gives its base back; but a reader who knows the Total column adds
up the months, group by group, finds that 198, the true volume, is the smallest total base
that the months' bases can add up to with every group's total the sum of its month counts,
and only the true counts fit there. The arithmetic is checked against a reader trying every
count, and the plan makes the month with the smallest base coarser.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import replace
from pathlib import Path

import openpyxl
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.builders import write_book
from wpxl.model.layout import BANNER_ROWS
from wpxl.model.recovery import as_multiples, count_range, reader_steps, readings
from wpxl.model.summed_recovery import sums_give_back
from wpxl.plan.rounding import round_share
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
APRIL = [38, 26, 33, 24]
MAY = [7, 21, 27, 22]
STEPS = reader_steps(0)


def _shares(counts: list[int]) -> list[float]:
    return [round_share(c / sum(counts), 0) for c in counts]


def _counts(shares: list[float], base: int) -> set[tuple[int, ...]]:
    return _counts_of(tuple(shares), base)


@functools.cache
def _counts_of(shares: tuple[float, ...], base: int) -> set[tuple[int, ...]]:
    """Every whole count vector adding up to ``base`` whose shares show as ``shares`` on some
    step a reader could assume."""
    found = set()
    for step in STEPS:
        shown = as_multiples(shares, step)
        if shown is None:
            continue
        ranges = [count_range(k, step, base) for k in shown]
        for counts in itertools.product(*(range(lo, hi + 1) for lo, hi in ranges)):
            if sum(counts) == base:
                found.add(counts)
    return found


def _smallest_total(months: list[list[float]], total: list[float], upto: int) -> int | None:
    """A reader's brute force: the smallest total base whose months' bases (none under 20) and
    counts add up to it and to counts the Total column's shares fit."""
    for base in range(20 * len(months), upto + 1):
        if any(_made_of(months, base, t) for t in _counts(total, base)):
            return base
    return None


def _made_of(months: list[list[float]], base: int, made: tuple[int, ...]) -> bool:
    """Counts of the months on bases adding up to ``base`` add up to ``made``, group by group."""
    if len(months) == 1:
        return base >= 20 and made in _counts(months[0], base)
    return any(
        _made_of(months[1:], base - n, tuple(map(int.__sub__, made, counts)))
        for n in range(20, base - 20 * (len(months) - 1) + 1)
        for counts in _counts(months[0], n)
        if all(map(int.__le__, counts, made))
    )


def test_the_months_and_their_total_give_the_total_back_though_none_does_alone():
    total = [a + m for a, m in zip(APRIL, MAY, strict=True)]
    base = sum(total)
    lines = [_shares(APRIL), _shares(MAY), _shares(total)]
    alone = [min(r.base for r in readings(s, STEPS, 20)) for s in lines]
    assert all(b < c for b, c in zip(alone, [sum(APRIL), sum(MAY), base], strict=True))
    assert _smallest_total(lines[:2], lines[2], base) == base
    assert sums_give_back([(s, []) for s in lines[:2]], (lines[2], []), base, STEPS, 20)


def test_may_to_the_nearest_5_percent_gives_the_total_back_no_more():
    total = [a + m for a, m in zip(APRIL, MAY, strict=True)]
    may = [0.1, 0.25, 0.35, 0.3]
    lines = [_shares(APRIL), may, _shares(total)]
    assert _smallest_total(lines[:2], lines[2], sum(total)) != sum(total)
    assert not sums_give_back([(s, []) for s in lines[:2]], (lines[2], []), 198, STEPS, 20)


def test_the_shown_foot_of_each_column_is_used_as_a_subtotal_of_every_group():
    total = [a + m for a, m in zip(APRIL, MAY, strict=True)]
    foot = [((0, 1, 2, 3), 1.0)]
    parts = [(_shares(APRIL), foot), (_shares(MAY), foot)]
    assert sums_give_back(parts, (_shares(total), foot), sum(total), STEPS, 20)


def test_a_total_over_one_line_or_of_other_groups_is_no_sum():
    total = [a + m for a, m in zip(APRIL, MAY, strict=True)]
    assert not sums_give_back([(_shares(APRIL), [])], (_shares(total), []), 198, STEPS, 20)
    parts = [(_shares(APRIL), []), (_shares(MAY[:3]), [])]
    assert not sums_give_back(parts, (_shares(total), []), 198, STEPS, 20)


@settings(max_examples=150, deadline=None)
@given(
    groups=st.integers(2, 3),
    months=st.integers(2, 3),
    counts=st.lists(st.integers(0, 30), min_size=9, max_size=9),
)
def test_the_search_agrees_with_a_reader_trying_every_count(groups, months, counts):
    """Tables of two or three groups and months, each month on a base of 20 or more."""
    by_month = [counts[m * groups : (m + 1) * groups] for m in range(months)]
    assume(all(sum(month) >= 20 for month in by_month) and sum(map(sum, by_month)) <= 130)
    total = [sum(month[g] for month in by_month) for g in range(groups)]
    base = sum(total)
    lines = [_shares(month) for month in by_month]
    expected = _smallest_total(lines, _shares(total), base) == base
    parts = [(s, []) for s in lines]
    assert sums_give_back(parts, (_shares(total), []), base, STEPS, 20) == expected


def _book(path: Path, april: list[int], may: list[int]) -> Path:
    """The outcome table as a provider keeps it: Total column and row as SUM formulas."""
    rows: list[list] = [["Job outcomes by payment group"], []]
    rows.append(["Payment group", "Apr 2013", "May 2013", "Total"])
    for i, (group, a, m) in enumerate(zip(GROUPS, april, may, strict=True)):
        rows.append([group, a, m, f"=SUM(B{4 + i}:C{4 + i})"])
    rows.append(["Total", "=SUM(B4:B7)", "=SUM(C4:C7)", "=SUM(D4:D7)"])
    cached = {
        ("Outcomes", f"D{4 + i}"): a + m for i, (a, m) in enumerate(zip(april, may, strict=True))
    }
    cached |= {("Outcomes", "B8"): sum(april), ("Outcomes", "C8"): sum(may)}
    cached[("Outcomes", "D8")] = sum(april) + sum(may)
    return write_book(path, {"Outcomes": rows}, cached=cached)


def _columns(output: Path) -> list[list[object]]:
    ws = openpyxl.load_workbook(output)["Job outcomes %"]
    first = BANNER_ROWS + 5
    return [[ws.cell(first + i, col).value for i in range(len(GROUPS))] for col in (2, 3, 4)]


def test_the_month_with_the_smallest_base_is_made_coarser_and_warned(tmp_path, job):
    result = sanitise_file(_book(tmp_path / "outcomes.xlsx", APRIL, MAY), job)
    april, may, total = _columns(Path(result.output))
    assert april == _shares(APRIL)  # April and the Total as they were
    assert total == _shares([a + m for a, m in zip(APRIL, MAY, strict=True)])
    assert may != _shares(MAY)
    assert all(isinstance(s, float) and round(s * 100) % 5 == 0 for s in may)
    warned = [(w.code, w.where) for w in result.warnings if w.code.startswith("percentages-")]
    assert warned == [("percentages-coarsened", "'Job outcomes %' C7:C11")]
    assert _smallest_total([april, may], total, 198) != 198  # type: ignore[list-item]


def test_months_on_larger_bases_are_shown_as_they_are(tmp_path, job):
    april, may = [c * 3 for c in APRIL], [c * 3 for c in MAY]
    result = sanitise_file(_book(tmp_path / "outcomes.xlsx", april, may), job)
    assert not [w for w in result.warnings if w.code.startswith("percentages-")]
    assert _columns(Path(result.output))[:2] == [_shares(april), _shares(may)]


def test_a_total_row_over_the_months_rows_is_searched_the_same_way(tmp_path, job):
    """The table turned: a row per month and a Total row, shares within each row (the
    policy's percent_axis), the groups across."""
    rows: list[list] = [["Job outcomes by month"], [], ["Month", *GROUPS, "Total"]]
    rows.append(["Apr 2013", *APRIL, "=SUM(B4:E4)"])
    rows.append(["May 2013", *MAY, "=SUM(B5:E5)"])
    rows.append(["Total", *(f"=SUM({c}4:{c}5)" for c in "BCDEF")])
    cached = {("Outcomes", "F4"): sum(APRIL), ("Outcomes", "F5"): sum(MAY)}
    cached |= {("Outcomes", f"{c}6"): a + m for c, a, m in zip("BCDE", APRIL, MAY, strict=True)}
    cached[("Outcomes", "F6")] = sum(APRIL) + sum(MAY)
    book = write_book(tmp_path / "by_month.xlsx", {"Outcomes": rows}, cached=cached)
    result = sanitise_file(book, replace(job, policy=replace(job.policy, percent_axis="row")))
    warned = [(w.code, w.where) for w in result.warnings if w.code.startswith("percentages-")]
    assert warned == [("percentages-coarsened", "'Job outcomes %' B8:F8")]  # May's row
    ws = openpyxl.load_workbook(result.output)["Job outcomes %"]
    april, may, total = ([ws.cell(r, 2 + g).value for g in range(4)] for r in (7, 8, 9))
    assert april == _shares(APRIL)
    assert _smallest_total([april, may], total, 198) != 198
