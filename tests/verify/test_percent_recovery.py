"""The proof finds outcome percentages that give their volumes back, from input and output alone.

Each copy here is a real .xlsx: either a percentage sheet written by hand the way wpxl wrote
them before invariant 8 (whole percentages, whatever the base), or wpxl's own output. The
proof reads the true counts from the input by its own rule and searches as a reader would.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import openpyxl
import xlsxwriter
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.builders import write_book
from wpxl.errors import AnalysisError
from wpxl.plan import Audience
from wpxl.plan.rounding import round_share
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file
from wpxl.verify.percent_recovery import GIVES_BACK, find_recoverable

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
MONTHS = ["Apr 2013", "May 2013", "Jun 2013"]
# by month: bases 25 and 27 give their counts back as whole percentages; 612 does not
OUTCOMES = {"Apr 2013": [6, 9, 4, 6], "May 2013": [8, 7, 10, 2], "Jun 2013": [151, 188, 130, 143]}


def _input(path: Path, by_row: bool = False) -> Path:
    """Job outcomes by payment group (rows) and month (columns), or turned (``by_row``)."""
    body = [[OUTCOMES[m][i] for m in MONTHS] for i in range(len(GROUPS))]
    if by_row:
        rows: list[list[object]] = [["Job outcomes by month and payment group"], []]
        rows.append(["Month", *GROUPS, "Total"])
        for j, month in enumerate(MONTHS):
            line = [body[i][j] for i in range(len(GROUPS))]
            rows.append([month, *line, sum(line)])
    else:
        rows = [["Job outcomes by payment group and month"], [], ["Payment group", *MONTHS]]
        rows += [[g, *line] for g, line in zip(GROUPS, body, strict=True)]
        rows.append(["Total", *(sum(OUTCOMES[m]) for m in MONTHS)])
    return write_book(path, {"Outcomes": rows})


def _whole_percent_copy(path: Path, by_row: bool = False) -> Path:
    """A copy showing every month's breakdown as whole percentages, totals at 100 %."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Job outcomes %")
    percent = book.add_format({"num_format": "0%"})
    ws.write(2, 0, "Job outcomes %")
    ws.write(3, 0, "Percentage of all job outcomes, by payment group, within each column.")
    heads = GROUPS if by_row else MONTHS
    ws.write_row(5, 0, ["Month" if by_row else "Payment group", *heads, "Total"])
    for j, month in enumerate(MONTHS):
        base = sum(OUTCOMES[month])
        for i, count in enumerate(OUTCOMES[month]):
            at = (6 + j, 1 + i) if by_row else (6 + i, 1 + j)
            ws.write_number(*at, round_share(count / base, 0), percent)
        ws.write_number(*((6 + j, 5) if by_row else (6 + len(GROUPS), 1 + j)), 1, percent)
    labels = MONTHS if by_row else [*GROUPS, "Total"]
    for r, label in enumerate(labels):
        ws.write(6 + r, 0, label)
    book.close()
    return path


def test_whole_percentages_of_small_bases_are_found_column_by_column(tmp_path):
    source = _input(tmp_path / "in.xlsx")
    copy = _whole_percent_copy(tmp_path / "copy.xlsx")
    found = find_recoverable(copy, source, Policy())
    assert [(f.part, f.kind) for f in found] == [
        ("'Job outcomes %' B7:B10", GIVES_BACK),
        ("'Job outcomes %' C7:C10", GIVES_BACK),
    ]


def test_a_breakdown_along_a_row_is_found_against_a_table_laid_out_by_row(tmp_path):
    source = _input(tmp_path / "in.xlsx", by_row=True)
    copy = _whole_percent_copy(tmp_path / "copy.xlsx", by_row=True)
    found = find_recoverable(copy, source, Policy())
    assert [f.part for f in found] == ["'Job outcomes %' B7:E7", "'Job outcomes %' B8:E8"]


def test_a_finding_names_sheet_and_cells_but_never_a_count(tmp_path):
    source = _input(tmp_path / "in.xlsx")
    found = find_recoverable(_whole_percent_copy(tmp_path / "copy.xlsx"), source, Policy())
    assert found
    assert all(re.fullmatch(r"'Job outcomes %' [A-Z]+\d+:[A-Z]+\d+", f.part) for f in found)
    assert all(f.kind == GIVES_BACK for f in found)  # one fixed sentence: nothing of the input


def test_wpxl_copy_of_the_same_input_gives_nothing_back(tmp_path, job):
    source = _input(tmp_path / "in.xlsx")
    output = Path(sanitise_file(source, job).output)
    assert find_recoverable(output, source, job.policy) == []


def test_wpxl_copy_of_breakdowns_along_rows_gives_nothing_back(tmp_path, job):
    by_row = replace(job, policy=Policy(percent_axis="row"))
    source = _input(tmp_path / "in.xlsx", by_row=True)
    output = Path(sanitise_file(source, by_row).output)
    book = openpyxl.load_workbook(output, data_only=True)
    shown = [c.value for row in book["Job outcomes %"].iter_rows() for c in row]
    assert "[c]" in shown or 0.05 in shown  # the months on small bases were made coarser
    assert find_recoverable(output, source, by_row.policy) == []


def test_a_copy_without_percentages_has_nothing_to_search(tmp_path):
    source = _input(tmp_path / "in.xlsx")
    plain = write_book(tmp_path / "plain.xlsx", {"Referrals": [["Referrals"], ["JSA 25+", 40]]})
    assert find_recoverable(plain, source, Policy()) == []


def test_coarser_steps_that_still_give_the_base_back_are_found(tmp_path):
    rows: list[list[object]] = [["Job outcomes by payment group"], [], ["Payment group", "Total"]]
    rows += [[g, 5] for g in GROUPS]  # base 20: a quarter each is 25 % on a 1 % or 5 % step
    source = write_book(tmp_path / "in.xlsx", {"Outcomes": rows})
    book = xlsxwriter.Workbook(str(tmp_path / "copy.xlsx"))
    ws = book.add_worksheet("Job outcomes %")
    ws.write_row(5, 0, ["Payment group", "Total"])
    percent = book.add_format({"num_format": "0%"})
    for i, group in enumerate(GROUPS):
        ws.write(6 + i, 0, group)
        ws.write_number(6 + i, 1, 0.25, percent)
    book.close()
    found = find_recoverable(tmp_path / "copy.xlsx", source, Policy())
    assert [f.part for f in found] == ["'Job outcomes %' B7:B10"]


@settings(max_examples=15, deadline=None)
@given(
    columns=st.lists(
        st.lists(st.integers(0, 12), min_size=len(GROUPS), max_size=len(GROUPS)).filter(
            lambda c: sum(c) >= 20
        ),
        min_size=1,
        max_size=3,
    )
)
# every month on base 22: the row 'ESA Volunteers' (8, 7, 7) read as a breakdown gave 22 back
@example(columns=[[0, 2, 12, 8], [0, 3, 12, 7], [0, 3, 12, 7]])
def test_no_copy_wpxl_writes_of_small_bases_gives_anything_back(tmp_path_factory, columns):
    folder = tmp_path_factory.mktemp("book")
    months = MONTHS[: len(columns)]
    rows: list[list[object]] = [["Job outcomes by payment group"], [], ["Payment group", *months]]
    rows += [[g, *(c[i] for c in columns)] for i, g in enumerate(GROUPS)]
    rows.append(["Total", *(sum(c) for c in columns)])
    source = write_book(folder / "in.xlsx", {"Outcomes": rows})
    job = Job(policy=Policy(), audience=Audience(produced=dt.date(2026, 11, 25)), out_dir=folder)
    try:
        output = Path(sanitise_file(source, job).output)
    except AnalysisError:  # random columns may add up to each other: refused, nothing written
        assert not list(folder.glob("*-sanitised.xlsx"))
        return
    assert find_recoverable(output, source, job.policy) == []


def _subtotal_input(path: Path) -> Path:
    rows: list[list[object]] = [["Job outcomes by payment group"], [], ["Payment group", "Ashby"]]
    rows += [["JSA 18-24", 2], ["JSA 25+", 5], ["JSA Prison Leavers", 2], ["JSA total", 9]]
    rows += [["ESA Flow", 2], ["ESA Volunteers", 8], ["ESA Ex-IB", 9], ["ESA total", 19]]
    rows.append(["Total", 28])
    return write_book(path, {"Outcomes": rows})


def test_subtotals_shown_on_a_5_percent_step_still_give_the_base_back(tmp_path):
    source = _subtotal_input(tmp_path / "in.xlsx")
    # base 28 to the nearest 5 %: the parts alone fit a smaller base; with the subtotals, not
    shares = [0.05, 0.2, 0.05, 0.3, 0.05, 0.3, 0.3, 0.7, 1]
    labels = ["JSA 18-24", "JSA 25+", "JSA Prison Leavers", "JSA total", "ESA Flow"]
    labels += ["ESA Volunteers", "ESA Ex-IB", "ESA total", "Total"]
    book = xlsxwriter.Workbook(str(tmp_path / "copy.xlsx"))
    ws = book.add_worksheet("Job outcomes %")
    percent = book.add_format({"num_format": "0%"})
    ws.write_row(5, 0, ["Payment group", "Ashby"])
    for i, (label, share) in enumerate(zip(labels, shares, strict=True)):
        ws.write(6 + i, 0, label)
        ws.write_number(6 + i, 1, share, percent)
    book.close()
    found = find_recoverable(tmp_path / "copy.xlsx", source, Policy())
    assert [f.part for f in found] == ["'Job outcomes %' B7:B13"]


def test_wpxl_copy_of_a_table_with_subtotals_gives_nothing_back(tmp_path, job):
    source = _subtotal_input(tmp_path / "in.xlsx")
    output = Path(sanitise_file(source, job).output)
    assert find_recoverable(output, source, job.policy) == []
