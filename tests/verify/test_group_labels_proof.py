"""The proof's own reading of group labels typed in the first cell of their columns only
('Job starts' over Apr .. Total, 'Job outcomes' over the next Apr .. Total): the starts under
their label pass as rounded counts, and outcomes under theirs, carried as counts by a
misreading plan, are caught; where the group's end is not plain (the labels below repeat with
no second group label), the columns after the first keep their title's outcomes.

Each copy is written by the real writer from a real plan of a real input, the plan changed
the way a reading (right or wrong) would place the columns as rounded counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import GROUPS, OUTCOMES, STARTS, grouped_pack
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.write import write_plan

VOLUME = "an outcome or sustainment volume"
BANNER = 2
BOTH = "Job starts and job outcomes by payment group, Q1 2013/14"


def _volumes(source: Path, counted: range) -> set[str]:
    """The cells the proof finds outcome volumes in a copy whose plan carries the columns
    ``counted`` (1-8: B-I) of the body as rounded counts."""
    policy = Policy()
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    sheet = next(s for s in plan.sheets if s.name == "Performance")
    style = sheet.cells[(4 + BANNER, 1)].style
    for i in range(len(GROUPS)):
        for col in counted:
            data, j = (STARTS, col - 1) if col < 5 else (OUTCOMES, col - 5)
            value = sum(data[i]) if j == 3 else data[i][j]
            sheet.cells[(4 + i + BANNER, col)] = OutputCell(
                (value + 10) // 20 * 20, style=style, kind="count"
            )
    output = source.with_name("copy.xlsx")
    write_plan(plan, output, policy.title, PRODUCED)
    return {f.part for f in verify_output(output, plan, 20) if f.kind == VOLUME}


@pytest.mark.parametrize("title", [BOTH, "Derby, Q1 2013/14"])
def test_starts_under_their_first_cell_label_pass_as_counts(tmp_path, title):
    groups = {1: "Job starts", 5: "Job outcomes"}
    source = grouped_pack(tmp_path / "pack.xlsx", groups, title)
    assert _volumes(source, range(1, 5)) == set()


@pytest.mark.parametrize("title", [BOTH, "Derby, Q1 2013/14"])
def test_outcomes_under_their_first_cell_label_carried_as_counts_are_caught(tmp_path, title):
    groups = {1: "Job starts", 5: "Job outcomes"}
    source = grouped_pack(tmp_path / "pack.xlsx", groups, title)
    found = _volumes(source, range(1, 9))
    assert {f"'Performance' {c}7" for c in "FGHI"} <= found
    assert not {f"'Performance' {c}7" for c in "BCDE"} & found


def test_columns_past_a_group_whose_end_is_not_plain_keep_the_titles_outcomes(tmp_path):
    source = grouped_pack(tmp_path / "pack.xlsx", {1: "Job starts"}, BOTH)
    found = _volumes(source, range(1, 9))
    assert {f"'Performance' {c}7" for c in "CDEFGHI"} <= found
