"""A total wrapped in IFERROR, ROUND, N, AGGREGATE, a leading sign or brackets without changing
its value is rebuilt as a SUM of the rounded cells, not removed; a wrapper that could change the
value is not read as one.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file

GROUPS = {"JSA 18-24": [137, 52], "JSA 25+": [211, 9], "ESA Flow": [64, 118]}


def _book(tmp_path, wrap: str):
    """Referrals by office, each row total and the Total row written as ``wrap`` round a SUM."""
    rows: list[list[object]] = [["Referrals by payment group, April 2024"], []]
    rows.append(["Payment group", "Derby", "Buxton", "Total"])
    rows += [[g, *v, wrap.format(f"B{r}:C{r}")] for r, (g, v) in enumerate(GROUPS.items(), 4)]
    rows.append(["Total", *(wrap.format(f"{c}4:{c}6") for c in "BCD")])
    cached = {("Referrals", f"D{r}"): sum(v) for r, v in enumerate(GROUPS.values(), 4)}
    columns = [sum(v[i] for v in GROUPS.values()) for i in range(2)]
    cached |= {
        ("Referrals", f"{c}7"): n for c, n in zip("BCD", [*columns, sum(columns)], strict=True)
    }
    return write_book(tmp_path / "wrapped.xlsx", {"Referrals": rows}, cached=cached)


@pytest.mark.parametrize(
    "wrap",
    [
        "=IFERROR(SUM({}),0)",
        '=IFERROR(SUM({}),"")',
        "=ROUND(SUM({}),0)",
        "=N(SUM({}))",
        "=AGGREGATE(9,4,{})",
        "=IFERROR(ROUND(SUM({}), 0), 0)",
        "=+SUM({})",  # a sign typed first, as in Lotus days: Excel keeps it
        "=(SUM({}))",
    ],
)
def test_a_value_keeping_wrapper_round_a_sum_is_a_total_rebuilt_as_a_sum(tmp_path, job, wrap):
    output = sanitise_file(_book(tmp_path, wrap), job).output
    sheet = openpyxl.load_workbook(output)["Referrals"]
    cached = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    body = {(r, c): cached.cell(r, c).value for r in (6, 7, 8) for c in (2, 3)}
    assert all(v % 20 == 0 for v in body.values())
    assert sheet["D9"].value == "=SUM(D6:D8)"
    assert sheet["B9"].value == "=SUM(B6:B8)"
    assert cached["B9"].value == sum(body[(r, 2)] for r in (6, 7, 8))
    assert cached["D6"].value == body[(6, 2)] + body[(6, 3)]


@pytest.mark.parametrize(
    "wrap",
    [
        "=ROUND(SUM({}),-1)",  # rounded to tens: not the sum of its parts
        "=IFERROR(SUM({}),1)",  # an error shown as a figure
        "=AGGREGATE(9,5,{})",  # hidden rows left out, nested subtotals counted: no SUM says so
        "=N(SUM({}))+N(B4)",  # the wrapper's bracket closes before the formula ends
    ],
)
def test_a_wrapper_that_may_change_the_value_is_no_total(tmp_path, wrap):
    analysis = analyse_workbook(read_workbook(_book(tmp_path, wrap)), Policy())[0]
    assert analysis.roles[(6, 1)] is not Role.TOTAL
    assert (6, 1) not in analysis.tables[0].totals


def _nested(tmp_path, grand: str):
    rows: list[list[object]] = [["Referrals by payment group, April 2024"], []]
    rows += [["Payment group", "Derby"], ["JSA 18-24", 137], ["JSA 25+", 211]]
    rows += [["JSA", "=SUBTOTAL(9,B4:B5)"], ["ESA Flow", 64], ["ESA", "=SUBTOTAL(9,B7)"]]
    rows += [["Total", grand]]
    cached = {("Referrals", "B6"): 348, ("Referrals", "B8"): 64, ("Referrals", "B9"): 412}
    source = write_book(tmp_path / f"{grand[1:4]}.xlsx", {"Referrals": rows}, cached=cached)
    return analyse_workbook(read_workbook(source), Policy())[0]


def test_aggregate_over_nested_subtotals_leaves_them_out_as_subtotal_does(tmp_path):
    """AGGREGATE(9,3,...) skips the SUBTOTALs inside its range, as Excel does: the same total
    as SUBTOTAL(9,...), not one adding each group twice."""
    aggregate = _nested(tmp_path, "=AGGREGATE(9,3,B4:B8)")
    subtotal = _nested(tmp_path, "=SUBTOTAL(9,B4:B8)")
    assert aggregate.roles[(8, 1)] is Role.TOTAL
    assert aggregate.tables[0].totals[(8, 1)] == subtotal.tables[0].totals[(8, 1)]


@pytest.mark.parametrize("chain", ["=+B{r}+C{r}", "=(B{r}+C{r})", "=SUM(B{r}+C{r})"])
def test_a_row_total_written_as_an_addition_in_a_wrapper_is_a_total(tmp_path, chain):
    rows: list[list[object]] = [["Referrals by payment group, April 2024"], []]
    rows.append(["Payment group", "Derby", "Buxton", "Total"])
    rows += [[g, *v, chain.format(r=r)] for r, (g, v) in enumerate(GROUPS.items(), 4)]
    cached = {("Referrals", f"D{r}"): sum(v) for r, v in enumerate(GROUPS.values(), 4)}
    source = write_book(tmp_path / "chains.xlsx", {"Referrals": rows}, cached=cached)
    analysis = analyse_workbook(read_workbook(source), Policy())[0]
    assert analysis.tables[0].totals[(3, 3)] == (("Referrals", 3, 1), ("Referrals", 3, 2))


def test_brackets_that_close_before_the_end_hold_no_whole(tmp_path):
    """'=(B4)+(C4)' is not one bracketed formula: its first bracket closes before the end, so
    no bracket is taken off (taking them would leave 'B4)+(C4'), and the formula is read as it
    stands."""
    rows: list[list[object]] = [["Referrals by payment group, April 2024"], []]
    rows.append(["Payment group", "Derby", "Buxton", "Total"])
    rows += [[g, *v, f"=(B{r})+(C{r})"] for r, (g, v) in enumerate(GROUPS.items(), 4)]
    source = write_book(tmp_path / "brackets.xlsx", {"Referrals": rows})
    analysis = analyse_workbook(read_workbook(source), Policy())[0]
    assert (3, 3) not in analysis.tables[0].totals
