"""Outcome percentages never let a reader work the volumes back (issue 14, invariant 8).

A reader who knows the cover's rules (shares rounded half up, no base under the small-base
threshold shown) takes the smallest base that fits a column's shares; on bases of 20 to 30,
whole percentages make that the true base and pin every count. Such columns are shown to the
nearest 5 % or 10 %, or withheld, and the cover says which; large bases are left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.builders import write_book
from tests.leaks import cell_numbers, package_numbers
from wpxl.model.recovery import (
    COARSE_STEPS,
    as_multiples,
    count_range,
    display_step,
    gives_back,
    reader_steps,
    readings,
    smallest_reading,
)
from wpxl.plan.coarsen import Breakdown, Crossing, LineShares, settle_crossings, share_on_step
from wpxl.plan.rounding import round_share
from wpxl.policy import Policy
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers", "JSA Prison Leavers"]
COUNCILS = ["Ashby Vale", "Holmcroft", "Redfern", "Eastholm"]
# by council: base 27 (fits only 10 % steps), 23 (5 %), 20 (withheld), 534 (left as it is)
OUTCOMES = {
    "Ashby Vale": [9, 2, 8, 6, 2],
    "Holmcroft": [2, 7, 4, 2, 8],
    "Redfern": [4, 4, 4, 4, 4],
    "Eastholm": [120, 95, 130, 88, 101],
}
FIRST_ROW = 7  # the % sheet's first payment group row, 1-based (banner, title, intro, header)


def _outcome_book(path: Path) -> Path:
    rows: list[list[object]] = [
        ["Job outcomes by payment group and local authority, April to September 2013"],
        [],
        ["Payment group", *COUNCILS, "Total"],
    ]
    for i, group in enumerate(GROUPS):
        counts = [OUTCOMES[c][i] for c in COUNCILS]
        rows.append([group, *counts, sum(counts)])
    totals = [sum(OUTCOMES[c]) for c in COUNCILS]
    rows.append(["Total", *totals, sum(totals)])
    return write_book(path, {"Job outcomes": rows})


def _column(ws: openpyxl.worksheet.worksheet.Worksheet, council: str) -> list[object]:
    col = COUNCILS.index(council) + 2
    return [ws.cell(FIRST_ROW + i, col).value for i in range(len(GROUPS))]


@pytest.fixture
def sanitised(tmp_path, job):
    result = sanitise_file(_outcome_book(tmp_path / "outcomes.xlsx"), job)
    book = openpyxl.load_workbook(result.output, data_only=True)
    return result, book


def test_small_bases_whole_percentages_would_give_back_are_shown_coarser(sanitised):
    _, book = sanitised
    ws = book["Job outcomes %"]
    assert _column(ws, "Ashby Vale") == [0.3, 0.1, 0.3, 0.2, 0.1]
    assert _column(ws, "Holmcroft") == [0.1, 0.3, 0.15, 0.1, 0.35]


def test_a_small_base_no_step_hides_is_withheld_and_marked(sanitised):
    _, book = sanitised
    ws = book["Job outcomes %"]
    assert _column(ws, "Redfern") == ["[c]"] * len(GROUPS)
    assert ws.cell(FIRST_ROW + len(GROUPS), COUNCILS.index("Redfern") + 2).value == "[c]"
    assert "withheld ([c])" in ws["A5"].value


def test_a_large_base_keeps_its_whole_percentages(sanitised):
    _, book = sanitised
    ws = book["Job outcomes %"]
    counts = OUTCOMES["Eastholm"]
    assert _column(ws, "Eastholm") == [round_share(c / sum(counts), 0) for c in counts]


def test_the_search_on_the_output_no_longer_finds_any_true_base(sanitised):
    _, book = sanitised
    ws = book["Job outcomes %"]
    for council, counts in OUTCOMES.items():
        shares = _column(ws, council)
        if not all(isinstance(s, float | int) for s in shares):
            continue
        found = readings(shares, reader_steps(0), 20)
        assert found, council
        assert all(r.base != sum(counts) for r in found), council
        assert all(not r.allows(counts) for r in found), council


def test_the_cover_names_each_coarsened_or_withheld_column_and_what_was_done(sanitised):
    result, book = sanitised
    cover = [c.value for row in book["About this workbook"].iter_rows() for c in row if c.value]
    said = [line for line in cover if "could work the numbers back" in line]
    assert said == [
        "- 'Job outcomes %' B7:B12: these percentages of job outcomes are of so few that a "
        "reader could work the numbers back from them; shown to the nearest 10 %",
        "- 'Job outcomes %' C7:C12: these percentages of job outcomes are of so few that a "
        "reader could work the numbers back from them; shown to the nearest 5 %",
        "- 'Job outcomes %' D7:D12: these percentages of job outcomes are of so few that a "
        "reader could work the numbers back from them; withheld (shown as [c])",
    ]
    codes = [w.code for w in result.warnings if w.code.startswith("percentages-")]
    assert codes == ["percentages-coarsened", "percentages-coarsened", "percentages-withheld"]


def test_no_message_about_a_coarsened_column_holds_a_count(sanitised, tmp_path):
    result, _ = sanitised
    for warning in result.warnings:
        if warning.code.startswith("percentages-"):
            text = warning.message.replace(warning.where, "")
            assert set(re.findall(r"\d+", text)) <= {"5", "10"}
    counts = {float(c) for v in OUTCOMES.values() for c in v}
    bases = {float(sum(v)) for v in OUTCOMES.values()}
    assert not {c for c in counts | bases if c % 20} & cell_numbers(Path(result.output))
    assert not {b for b in bases if b % 20} & package_numbers(Path(result.output))


@given(
    counts=st.lists(st.integers(0, 400), min_size=1, max_size=9).filter(lambda c: sum(c) >= 20),
    decimals=st.integers(0, 2),
    coarse=st.sampled_from([None, *COARSE_STEPS]),
)
def test_the_true_counts_are_among_the_solutions_at_the_true_base(counts, decimals, coarse):
    base = sum(counts)
    step = coarse or display_step(decimals)
    if coarse is None:  # as the plan shows them
        shares = [round_share(c / base, decimals) for c in counts]
    else:
        shares = [share_on_step(c, base, coarse) for c in counts]
    shown = as_multiples(shares, step)
    assert shown is not None
    for k, count in zip(shown, counts, strict=True):
        low, high = count_range(k, step, base)
        assert low <= count <= high
    reading = smallest_reading(shown, step, 20)
    assert reading is not None and 20 <= reading.base <= base
    if reading.base == base:
        assert reading.allows(counts)


def test_with_one_decimal_a_base_of_hundreds_gives_back_and_is_coarsened(tmp_path, job):
    counts = {"Ashby Vale": [97, 61, 83, 59], "Holmcroft": [412, 388, 301, 250]}
    rows: list[list[object]] = [["Job outcomes by payment group"], [], ["Payment group", *counts]]
    rows += [[g, *(counts[c][i] for c in counts)] for i, g in enumerate(GROUPS[:4])]
    rows.append(["Total", *(sum(v) for v in counts.values())])
    source = write_book(tmp_path / "decimals.xlsx", {"Job outcomes": rows})
    one_decimal = replace(job, policy=Policy(percent_decimals=1))
    output = sanitise_file(source, one_decimal).output
    ws = openpyxl.load_workbook(output, data_only=True)["Job outcomes %"]
    shown = {c: [ws.cell(FIRST_ROW + i, 2 + j).value for i in range(4)] for j, c in
             enumerate(counts)}  # fmt: skip
    assert shown["Ashby Vale"] == [0.3, 0.2, 0.3, 0.2]  # 0.1 % steps on 300 pin every count
    big = counts["Holmcroft"]
    assert shown["Holmcroft"] == [round_share(c / sum(big), 1) for c in big]
    assert ws.cell(FIRST_ROW, 3).number_format == "0.0%"


def test_subtotals_are_read_as_a_reader_would_so_the_coarser_step_is_taken(tmp_path, job):
    jsa, esa = [2, 5, 2], [2, 8, 9]  # base 28; subtotals 9 and 19
    rows: list[list[object]] = [["Job outcomes by payment group"], [], ["Payment group", "Ashby"]]
    rows += [
        ["JSA 18-24", 2],
        ["JSA 25+", 5],
        ["JSA Prison Leavers", 2],
        ["JSA total", "=SUM(B4:B6)"],
    ]
    rows += [
        ["ESA Flow", 2],
        ["ESA Volunteers", 8],
        ["ESA Ex-IB", 9],
        ["ESA total", "=SUM(B8:B10)"],
    ]
    rows.append(["Total", "=B7+B11"])
    cached = {("Job outcomes", "B7"): 9, ("Job outcomes", "B11"): 19, ("Job outcomes", "B12"): 28}
    source = write_book(tmp_path / "subtotals.xlsx", {"Job outcomes": rows}, cached=cached)
    output = sanitise_file(source, job).output
    ws = openpyxl.load_workbook(output, data_only=True)["Job outcomes %"]
    shown = [ws.cell(FIRST_ROW + i, 2).value for i in range(9)]
    assert shown == [0.1, 0.2, 0.1, 0.3, 0.1, 0.3, 0.3, 0.7, 1]
    counts, subtotals = [*jsa, *esa], [(0, 1, 2), (3, 4, 5)]
    five = [share_on_step(c, 28, COARSE_STEPS[0]) for c in [*counts, 9, 19]]
    steps = reader_steps(0)
    assert not gives_back(counts, five[:6], steps, 20)  # the parts alone hide the base at 5 %
    with_subtotals = list(zip(subtotals, five[6:], strict=True))
    assert gives_back(counts, five[:6], steps, 20, subtotals=with_subtotals)  # with them: not
    leaves = [s for i, s in enumerate(shown) if i not in (3, 7, 8)]
    shown_subtotals = list(zip(subtotals, [shown[3], shown[7]], strict=True))
    assert not gives_back(counts, leaves, steps, 20, subtotals=shown_subtotals)


# Every month on a base of 22, each coarsened to 5 % on its own; the row 'ESA Volunteers'
# (8, 7 and 7 of 22) then shows 35, 30 and 30 %, which a reader searching the row as a
# breakdown of its own reads as 8, 7 and 7 of 22: the row gives its total back. June is a
# large base with no ESA Volunteers, so the row gives back just the same with it there.
CROSSING_GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
CROSSING = {
    "Apr 2013": [0, 2, 12, 8],
    "May 2013": [0, 3, 12, 7],
    "Jun 2013": [0, 3, 12, 7],
    "Jul 2013": [412, 301, 287, 0],
}


def _crossing_book(path: Path, months: list[str], by_row: bool = False) -> Path:
    """Job outcomes by payment group and month; turned (months as rows, and no total row)
    if ``by_row``."""
    title = "Job outcomes by payment group"
    if by_row:
        rows: list[list[object]] = [[title], [], ["Month", *CROSSING_GROUPS]]
        rows += [[m, *CROSSING[m]] for m in months]  # no total row: a shown 33 % total
        # of all three months would tell a reader the column is no breakdown of its own
    else:
        rows = [[title], [], ["Payment group", *months]]
        rows += [[g, *(CROSSING[m][i] for m in months)] for i, g in enumerate(CROSSING_GROUPS)]
        rows.append(["Total", *(sum(CROSSING[m]) for m in months)])
    return write_book(path, {"Outcomes": rows})


def _percent_lines(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[list[float]]:
    """Every row and every column of percentages on the sheet, as a reader would take them."""
    cells = {
        (c.row, c.column): float(c.value)
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, int | float) and "%" in c.number_format
    }
    lines = []
    for axis in (0, 1):
        for at in sorted({k[axis] for k in cells}):
            lines.append([v for k, v in sorted(cells.items()) if k[axis] == at])
    return lines


def test_a_row_across_small_column_breakdowns_no_longer_gives_its_total_back(tmp_path, job):
    months = ["Apr 2013", "May 2013", "Jun 2013"]
    volunteers = [CROSSING[m][3] for m in months]
    source = _crossing_book(tmp_path / "in.xlsx", months)
    plain = sanitise_file(source, job)  # the proof passes: the copy is written
    ws = openpyxl.load_workbook(plain.output, data_only=True)["Job outcomes %"]
    shown = [ws.cell(FIRST_ROW + 3, 2 + j).value for j in range(3)]
    assert shown == [0.4, 0.3, 0.3]  # April a step coarser: 35 % became 40 %
    assert not gives_back(volunteers, shown, reader_steps(0), 20)
    for j, month in enumerate(months):  # and no column gives its base back either
        column = [ws.cell(FIRST_ROW + i, 2 + j).value for i in range(4)]
        assert not gives_back(CROSSING[month], column, reader_steps(0), 20), month


def test_the_cover_names_the_breakdown_made_coarser_for_the_row_across_it(tmp_path, job):
    source = _crossing_book(tmp_path / "in.xlsx", ["Apr 2013", "May 2013", "Jun 2013"])
    result = sanitise_file(source, job)
    said = [(w.where, w.message.rsplit("; ", 1)[1]) for w in result.warnings
            if w.code.startswith("percentages-")]  # fmt: skip
    assert said == [
        ("'Job outcomes %' B7:B11", "shown to the nearest 10 %"),
        ("'Job outcomes %' C7:C11", "shown to the nearest 5 %"),
        ("'Job outcomes %' D7:D11", "shown to the nearest 5 %"),
    ]


def test_the_large_base_crossing_a_row_that_gave_back_keeps_its_whole_percentages(tmp_path, job):
    source = _crossing_book(tmp_path / "in.xlsx", list(CROSSING))
    result = sanitise_file(source, job)
    ws = openpyxl.load_workbook(result.output, data_only=True)["Job outcomes %"]
    july = CROSSING["Jul 2013"]
    shown = [ws.cell(FIRST_ROW + i, 5).value for i in range(4)]
    assert shown == [round_share(c / sum(july), 0) for c in july]
    assert [ws.cell(FIRST_ROW + 3, 2 + j).value for j in range(4)] == [0.4, 0.3, 0.3, 0]
    assert not any("E7" in w.where for w in result.warnings)


def test_a_column_across_breakdowns_by_row_no_longer_gives_its_total_back(tmp_path, job):
    by_row = replace(job, policy=Policy(percent_axis="row"))
    months = ["Apr 2013", "May 2013", "Jun 2013"]
    source = _crossing_book(tmp_path / "in.xlsx", months, by_row=True)
    result = sanitise_file(source, by_row)
    ws = openpyxl.load_workbook(result.output, data_only=True)["Job outcomes %"]
    volunteers = [ws.cell(FIRST_ROW + j, 5).value for j in range(3)]
    assert volunteers == [0.4, 0.3, 0.3]
    assert not gives_back([CROSSING[m][3] for m in months], volunteers, reader_steps(0), 20)


def test_no_row_or_column_of_the_copy_is_read_back_to_its_true_total(tmp_path, job):
    source = _crossing_book(tmp_path / "in.xlsx", list(CROSSING))
    ws = openpyxl.load_workbook(sanitise_file(source, job).output)["Job outcomes %"]
    totals = {sum(CROSSING[m]) for m in CROSSING}
    totals |= {sum(CROSSING[m][i] for m in CROSSING if m != "Jul 2013") for i in range(4)}
    for line in _percent_lines(ws):
        assert all(r.base not in totals for r in readings(line, reader_steps(0), 20)), line


def test_settling_the_crossing_lines_is_the_same_every_run(tmp_path, job):
    outputs = []
    for run in ("one", "two"):
        (tmp_path / run).mkdir()
        source = _crossing_book(tmp_path / run / "in.xlsx", list(CROSSING))
        book = sanitise_file(source, replace(job, out_dir=tmp_path / run / "out")).output
        outputs.append(Path(book).read_bytes())
    assert outputs[0] == outputs[1]


@given(
    parts=st.lists(st.integers(0, 20), min_size=0, max_size=5),
    off=st.integers(-6, 6),
    step=st.sampled_from([display_step(0), *COARSE_STEPS]),
)
@example(parts=[], off=0, step=COARSE_STEPS[1])  # one share of 100 %: fits 20
def test_shares_that_cannot_add_up_to_100_percent_are_skipped_without_losing_a_base(
    parts, off, step
):
    """The search gives up at once on shares too far from 100 % (rows of column breakdowns
    mostly are); it finds the same smallest base as trying every base in turn. The last share
    makes the shares add up to within a few steps of 100 %, where the cut-off lies."""
    shown = [*parts, max(int(1 / step) - sum(parts) + off, 0)]

    def fits(base: int) -> bool:
        ranges = [count_range(k, step, base) for k in shown]
        low, high = sum(r[0] for r in ranges), sum(r[1] for r in ranges)
        return all(r[0] <= r[1] for r in ranges) and low <= base <= high

    every_base = next((n for n in range(20, 401) if fits(n)), None)
    reading = smallest_reading(shown, step, 20, max_base=400)
    assert (reading.base if reading else None) == every_base


def test_a_breakdown_already_at_10_percent_under_a_row_that_gives_back_is_withheld():
    # columns on bases 22, 27 and 23, on their own shown to 10 %, 5 % and 5 %; the middle row
    # (5, 7, 11) then shows 20, 25 and 50 %, which reads as 5, 7 and 11 of 23
    columns = [[12, 5, 5], [8, 7, 12], [9, 11, 3]]
    policy = Policy()
    lines = {
        j: Breakdown(tuple((i, j) for i in range(3)), tuple(c), 3, ())
        for j, c in enumerate(columns)
    }
    alone = {j: line.settle(policy) for j, line in lines.items()}
    assert [alone[j].step for j in lines] == [COARSE_STEPS[1], COARSE_STEPS[0], COARSE_STEPS[0]]
    assert gives_back([5, 7, 11], [alone[j].shares[1] for j in lines], reader_steps(0), 20)
    crossings = [Crossing(tuple((i, j) for j in range(3)), tuple(c[i] for c in columns), ())
                 for i in range(3)]  # fmt: skip
    settled = settle_crossings(lines, alone, crossings, policy)
    assert settled[0] == LineShares(None, ())  # the smallest base goes first: withheld
    assert settled[1] == alone[1] and settled[2] == alone[2]  # left as they were


@given(
    shares=st.lists(
        st.one_of(st.floats(-2, 2, allow_nan=False), st.integers(-200, 200)), max_size=6
    ),
    step=st.sampled_from([display_step(0), display_step(1), *COARSE_STEPS]),
)
@example(shares=[0.29, -0.0, 0.0, 0.1 + 0.2, 1], step=display_step(0))
def test_shares_are_read_as_steps_the_same_the_second_time(shares, step):
    """Each share's steps are remembered (a sheet's shares repeat): asked twice, or with the
    same number as an int and a float, the answer is the decimal the share prints as."""
    exact = [Fraction(repr(float(s))) / step for s in shares]
    expected = None if any(e.denominator != 1 for e in exact) else [int(e) for e in exact]
    assert as_multiples(shares, step) == expected
    assert as_multiples([float(s) for s in shares], step) == expected
