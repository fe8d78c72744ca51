"""The hunt's outcome table with a Total column over two months (round-4 leak 1), end to end.

Job outcomes by payment group in April and May and their Total, with SUM formulas as Excel
saves them. Before, the copy showed every column to the whole percent and a reader who adds
the months up, group by group, found that 198, the true volume, is the smallest total base
fitting them all, with the true counts 45/47/60/46 the only ones there. Sanitised now, the
run succeeds and the same reader no longer gets the true total.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import openpyxl
import xlsxwriter
from typer.testing import CliRunner

from wpxl.cli import app
from wpxl.model.recovery import as_multiples, count_range, reader_steps

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
MONTHS = ["Apr 2013", "May 2013"]
ROWS = [[38, 7], [26, 21], [33, 27], [24, 22]]


def _pack(path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Outcomes")
    ws.write(0, 0, "Job outcomes by payment group")
    ws.write_row(2, 0, ["Payment group", *MONTHS, "Total"])
    for i, (group, row) in enumerate(zip(GROUPS, ROWS, strict=True)):
        ws.write(3 + i, 0, group)
        ws.write_row(3 + i, 1, row)
        ws.write_formula(3 + i, 3, f"=SUM(B{4 + i}:C{4 + i})", None, sum(row))
    ws.write(7, 0, "Total")
    for j, col in enumerate("BCD"):
        value = sum(sum(r) if j == 2 else r[j] for r in ROWS)
        ws.write_formula(7, 1 + j, f"=SUM({col}4:{col}7)", None, value)
    book.close()
    return path


def _counts(shares: list[float], base: int) -> set[tuple[int, ...]]:
    """Whole counts adding up to ``base`` whose shares show as ``shares``, on any step."""
    found = set()
    for step in reader_steps(0):
        shown = as_multiples(shares, step)
        if shown is not None:
            ranges = [range(lo, hi + 1) for lo, hi in (count_range(k, step, base) for k in shown)]
            found |= {c for c in itertools.product(*ranges) if sum(c) == base}
    return found


def _smallest_joint(april: list[float], may: list[float], total: list[float], upto: int) -> int:
    """The hunt's reader: the smallest total base N for which whole counts fit both months (each
    on a base of 20 or more) and add up, group by group, to counts fitting the Total column."""
    for base in range(40, upto + 1):
        totals = _counts(total, base)
        for n in range(20, base - 19) if totals else ():
            mays = _counts(may, base - n)
            for counts in _counts(april, n):
                if any(tuple(map(int.__sub__, made, counts)) in mays for made in totals):
                    return base
    return upto + 1


def test_the_months_and_their_total_no_longer_give_the_volume_back(tmp_path):
    source = _pack(tmp_path / "outcomes_q1.xlsx")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "'Job outcomes %' C7:C11" in result.output  # the coarsened month is warned of
    ws = openpyxl.load_workbook(out / "outcomes_q1-sanitised.xlsx")["Job outcomes %"]
    header = next(r for r in ws.iter_rows() if r[0].value == "Payment group")
    body = [r for r in ws.iter_rows(min_row=header[0].row + 1) if r[0].value in GROUPS]
    april, may, total = ([row[j].value for row in body] for j in (1, 2, 3))
    volume = sum(map(sum, ROWS))
    assert _smallest_joint(april, may, total, volume) != volume
