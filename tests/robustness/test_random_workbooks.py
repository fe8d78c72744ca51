"""Random MI workbooks: every one is refused cleanly or gives an output that passes the check.

hypothesis builds real .xlsx files with random tables (referrals, attachments, job starts,
outcomes, or volumes and outcomes side by side), SUM totals carrying Excel-style cached values,
hidden rows, columns and sheets, and comments. Whatever it builds, sanitise must not raise
anything but a WpxlError, and a written output must pass ``wpxl check --against`` its input with
every total equal to the sum of the rounded cells it covers.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from wpxl.analyse.formulas import sum_refs
from wpxl.errors import WpxlError
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file
from wpxl.verify.check import check_output

GROUPS = ["JSA 18-24", "JSA 25+", "JSA Early Access", "ESA Flow", "ESA Volunteers", "IB/IS Vol"]
MONTHS = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013"]
MEASURES = ["Referrals", "Attachments", "Job starts", "Job outcomes", "Sustainments"]


@dataclass(frozen=True)
class TableSpec:
    title: str
    headers: list[str]
    values: list[list[int]]
    total_row: bool
    total_col: bool
    hidden_row: int | None


@st.composite
def tables(draw: st.DrawFn) -> TableSpec:
    rows = draw(st.integers(1, 5))
    if draw(st.booleans()):  # one measure by month
        measure = draw(st.sampled_from(MEASURES))
        headers = MONTHS[: draw(st.integers(1, 4))]
        title = f"{measure} by payment group"
    else:  # volumes and outcomes side by side
        headers = draw(st.lists(st.sampled_from(MEASURES), min_size=2, max_size=4, unique=True))
        title = "Work Programme figures by payment group"
    values = draw(
        st.lists(
            st.lists(st.integers(0, 600), min_size=len(headers), max_size=len(headers)),
            min_size=rows,
            max_size=rows,
        )
    )
    hidden = draw(st.none() | st.integers(0, rows - 1))
    return TableSpec(title, headers, values, draw(st.booleans()), draw(st.booleans()), hidden)


@st.composite
def workbooks(draw: st.DrawFn) -> dict:
    return {
        "tables": draw(st.lists(tables(), min_size=1, max_size=3)),
        "hidden_sheet": draw(st.none() | st.lists(st.integers(0, 999), min_size=1, max_size=4)),
        "hidden_col": draw(st.booleans()),
        "comment": draw(st.booleans()),
    }


def _write(path: Path, spec: dict) -> None:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("MI")
    top = 0
    for table in spec["tables"]:
        top = _write_table(ws, top, table) + 2
    if spec["hidden_col"]:
        ws.set_column(1, 1, None, None, {"hidden": True})
    if spec["comment"]:
        ws.write_comment(0, 0, "Checked by Pat Analyst against the 4-weekly extract")
    if spec["hidden_sheet"] is not None:
        hidden = book.add_worksheet("Workings")
        hidden.write_column(0, 0, spec["hidden_sheet"])
        hidden.hide()
    book.close()


def _write_table(ws, top: int, table: TableSpec) -> int:
    """Write one table from row ``top``; return its last row. Cached totals are the true sums."""
    ws.write(top, 0, table.title)
    head = top + 2
    ws.write_row(head, 0, ["Payment group", *table.headers])
    width = len(table.headers)
    if table.total_col:
        ws.write(head, width + 1, "Total")
    for i, line in enumerate(table.values):
        row = head + 1 + i
        ws.write_row(row, 0, [GROUPS[i], *line])
        if table.total_col:
            ref = f"B{row + 1}:{xl_col_to_name(width)}{row + 1}"
            ws.write_formula(row, width + 1, f"=SUM({ref})", None, sum(line))
        if table.hidden_row == i:
            ws.set_row(row, None, None, {"hidden": True})
    last = head + len(table.values)
    if table.total_row:
        last += 1
        ws.write(last, 0, "Total")
        sums = [sum(col) for col in zip(*table.values, strict=True)]
        if table.total_col:
            sums.append(sum(sums))
        for c, value in enumerate(sums, start=1):
            letter = xl_col_to_name(c)
            ws.write_formula(last, c, f"=SUM({letter}{head + 2}:{letter}{last})", None, value)
    return last


def _totals_are_sums_of_their_cells(output: Path) -> None:
    formulas = openpyxl.load_workbook(output)
    values = openpyxl.load_workbook(output, data_only=True)
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if not (isinstance(cell.value, str) and cell.value.startswith("=SUM")):
                    continue
                refs = sum_refs(cell.value[1:])
                assert refs is not None, cell.value
                parts = [
                    values[ref.sheet or ws.title][xl_rowcol_to_cell(r, c)].value or 0
                    for ref in refs
                    for r, c in ref.coords()
                ]
                total = values[ws.title][cell.coordinate].value
                assert total == sum(parts), (ws.title, cell.coordinate)
                assert total % 20 == 0


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(spec=workbooks())
def test_random_workbook_is_refused_cleanly_or_passes_the_check(spec):
    policy = Policy()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "random.xlsx"
        _write(source, spec)
        job = Job(policy, Audience(produced=dt.date(2026, 11, 25)), out_dir=Path(folder) / "out")
        try:
            result = sanitise_file(source, job)
        except WpxlError:
            return  # a clean refusal: one sentence for the user, no output
        output = Path(result.output)
        assert check_output(output, policy, against=source) == []
        _totals_are_sums_of_their_cells(output)
