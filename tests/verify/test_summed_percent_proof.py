"""The proof reads a Total column of percentages with the columns it adds up (round-4 leak 1).

Job outcomes by payment group in April (38, 26, 33, 24) and May (7, 21, 27, 22), with a Total
column: 31/21/27/20 %, 9/27/35/29 % and 23/24/30/23 %. No column gives its base back alone,
but 198, the true volume, is the smallest total base a reader who adds the months up, group by
group, can fit. The copies here are written by hand in the shape wpxl writes percentage
sheets, or are wpxl's own copy with its percentage cells written over; the proof knows nothing
of how they were made.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter

from tests.builders import write_book
from wpxl.model.layout import BANNER_ROWS
from wpxl.plan.rounding import round_share
from wpxl.policy import Policy
from wpxl.sanitise import sanitise_file
from wpxl.verify.check import check_output
from wpxl.verify.percent_recovery import GIVES_BACK_SUMMED, find_recoverable

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
APRIL = [38, 26, 33, 24]
MAY = [7, 21, 27, 22]
TOTAL = [a + m for a, m in zip(APRIL, MAY, strict=True)]


def _shares(counts: list[int]) -> list[float]:
    return [round_share(c / sum(counts), 0) for c in counts]


def _input(path: Path) -> Path:
    rows: list[list] = [["Job outcomes by payment group"], []]
    rows.append(["Payment group", "Apr 2013", "May 2013", "Total"])
    rows += [[g, a, m, t] for g, a, m, t in zip(GROUPS, APRIL, MAY, TOTAL, strict=True)]
    rows.append(["Total", sum(APRIL), sum(MAY), sum(TOTAL)])
    return write_book(path, {"Outcomes": rows})


def _copy(path: Path, columns: dict[str, list[float]]) -> Path:
    """A percentage sheet as wpxl lays it out: title, intro, header, a share per group in each
    column, 100 % at the foot."""
    book = xlsxwriter.Workbook(str(path))
    percent = book.add_format({"num_format": "0%"})
    ws = book.add_worksheet("Job outcomes %")
    ws.write(0, 0, "INTERNAL MANAGEMENT INFORMATION")
    ws.write(BANNER_ROWS, 0, "Job outcomes %")
    ws.write(BANNER_ROWS + 1, 0, "Percentage of all job outcomes, within each column.")
    top = BANNER_ROWS + 3
    ws.write_row(top, 0, ["Payment group", *columns])
    for i, group in enumerate([*GROUPS, "Total"]):
        ws.write(top + 1 + i, 0, group)
        for j, shares in enumerate(columns.values()):
            ws.write_number(top + 1 + i, 1 + j, [*shares, 1][i], percent)
    book.close()
    return path


def test_the_months_and_their_total_at_whole_percent_are_refused(tmp_path):
    source = _input(tmp_path / "in.xlsx")
    shown = {"Apr 2013": _shares(APRIL), "May 2013": _shares(MAY), "Total": _shares(TOTAL)}
    found = find_recoverable(_copy(tmp_path / "copy.xlsx", shown), source, Policy())
    assert [f.part for f in found] == ["'Job outcomes %' D7:D10"]
    assert found[0].kind.startswith(GIVES_BACK_SUMMED)
    assert found[0].kind.endswith("('Job outcomes %' B7:B10, 'Job outcomes %' C7:C10)")


def test_may_to_the_nearest_5_percent_passes(tmp_path):
    source = _input(tmp_path / "in.xlsx")
    may = [0.1, 0.25, 0.35, 0.3]
    shown = {"Apr 2013": _shares(APRIL), "May 2013": may, "Total": _shares(TOTAL)}
    assert find_recoverable(_copy(tmp_path / "copy.xlsx", shown), source, Policy()) == []


def _overwrite_may(output: Path, shares: list[float]) -> Path:
    book = openpyxl.load_workbook(output)
    ws = book["Job outcomes %"]
    for i, share in enumerate(shares):
        ws.cell(BANNER_ROWS + 5 + i, 3).value = share
    book.save(output)
    return output


def test_the_full_proof_refuses_wpxl_copy_with_may_at_whole_percent_written_back(tmp_path, job):
    source = _input(tmp_path / "in.xlsx")
    output = Path(sanitise_file(source, job).output)
    shown = [c.value for c in openpyxl.load_workbook(output)["Job outcomes %"]["C"][6:10]]
    as_shown = _overwrite_may(output, shown)  # the copy saved again as it was
    kinds = [f.kind for f in check_output(as_shown, Policy(), against=source)]
    assert not [k for k in kinds if k.startswith(GIVES_BACK_SUMMED)]
    finer = _overwrite_may(output, _shares(MAY))
    found = check_output(finer, Policy(), against=source)
    assert [f.part for f in found if f.kind.startswith(GIVES_BACK_SUMMED)] == [
        "'Job outcomes %' D7:D10"
    ]
