"""Invariant 10 beside scratch figures (verify/summed_lines.py): MoJ's A1.9ii has figures in the
column after its last year that no words name (3 on the last group's line, 213 on a line of its
own). Summed with the lines, they kept the 'All' line above the groups from adding them up, so
a copy rounding 'All' on its own went through the proof. A column no words name, which the
line leaves blank, is set aside now: the proof refuses such a copy on its own, whatever the
plan did with the scratch figures."""

from __future__ import annotations

from pathlib import Path

from tests.builders import write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.verify.summed_lines import NOT_THE_SUM
from wpxl.write import write_plan

GROUPS = {"Asian": [413, 517, 535], "Black": [357, 401, 389], "White": [234, 234, 216]}
ALL = [sum(c) for c in zip(*GROUPS.values(), strict=True)]  # 1004: alone 1000, not 1020 (B6)


def _rows(scratch: bool) -> list[list]:
    rows: list[list] = [["Referrals by ethnicity"], [], ["", "2019", "2020", "2021"]]
    rows += [["All", *ALL], [], *([name, *line] for name, line in GROUPS.items())]
    if scratch:
        rows[-1] = [*rows[-1], 3]
        rows.append([None] * 4 + [213])
    return rows


def _findings(tmp_path: Path, scratch: bool) -> set[str]:
    """The proof's findings on a copy whose 'All' line shows its rounded original total."""
    book = read_workbook(write_book(tmp_path / "ethnicity.xlsx", {"Ethnicity": _rows(scratch)}))
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    sheet = next(s for s in plan.sheets if s.name == "Ethnicity")
    row = next(r for (r, c), cell in sheet.cells.items() if c == 0 and cell.value == "All")
    for col, total in enumerate(ALL, start=1):
        sheet.cells[(row, col)] = OutputCell(round(total / 20) * 20, kind="count")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    return {f.part for f in verify_output(output, plan, 20) if f.kind == NOT_THE_SUM}


def test_a_total_line_rounded_alone_beside_scratch_figures_is_refused(tmp_path):
    assert "'Ethnicity' B6" in _findings(tmp_path, scratch=True)


def test_and_without_them(tmp_path):
    assert "'Ethnicity' B6" in _findings(tmp_path, scratch=False)
