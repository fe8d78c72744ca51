"""A group label typed in the first cell of its columns only ('Job starts' over Apr .. Total,
'Job outcomes' over the next Apr .. Total, neither merged nor centred) heads its whole group,
as a merged one does.

Round 4's hunt (#4): only the first column under each label took its measure; the others took
the title's ('Job starts and job outcomes ...': outcomes), and job starts were published as
outcome shares. Where the group's end is not plain (the labels below repeat with no second
group label), the columns keep the title's measure: an outcome, never a job start guessed."""

from __future__ import annotations

import pytest

from tests.builders import grouped_pack
from wpxl.analyse import analyse_workbook
from wpxl.model import Measure, Table
from wpxl.policy import Policy
from wpxl.read import read_workbook

BOTH = "Job starts and job outcomes by payment group, Q1 2013/14"
STARTS, OUTCOMES = range(1, 5), range(5, 9)


def _table(path) -> Table:
    (analysis,) = analyse_workbook(read_workbook(path), Policy())
    (table,) = analysis.tables
    return table


@pytest.mark.parametrize("title", [BOTH, "Derby office, Q1 2013/14"])
@pytest.mark.parametrize("merged", [False, True])
def test_a_group_label_in_its_first_cell_heads_every_column_of_its_group(tmp_path, title, merged):
    groups = {1: "Job starts", 5: "Job outcomes"}
    table = _table(grouped_pack(tmp_path / "pack.xlsx", groups, title, merged))
    assert {c: table.measure_of((5, c)) for c in [*STARTS, *OUTCOMES]} == {
        **dict.fromkeys(STARTS, Measure.JOB_STARTS),
        **dict.fromkeys(OUTCOMES, Measure.JOB_OUTCOMES),
    }


def test_a_group_label_whose_end_is_not_plain_heads_its_first_column_only(tmp_path):
    """'Job starts' over B, nothing over F: the Apr .. Total under it repeat, so where the
    starts end is not known, and the columns after B keep the title's outcomes."""
    table = _table(grouped_pack(tmp_path / "pack.xlsx", {1: "Job starts"}, BOTH))
    assert table.measure_of((5, 1)) is Measure.JOB_STARTS
    assert all(table.measure_of((5, c)).is_outcome for c in range(2, 9))
