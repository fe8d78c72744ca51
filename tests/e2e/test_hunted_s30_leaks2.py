"""What the second hunt of session 30 through hostile but plausible packs found in copies that
passed their proof.

A table of job starts by status ('Job starts by status' over 'Achieved', 'In progress',
'Total', the areas across or down) went out with 'Achieved' as shares and 'In progress'
rounded, verified: the starts shown elsewhere (or their total) less the rounded other statuses
give the achieved back by difference. The whole breakdown of the starts holding an 'Achieved'
line goes as outcomes now: every other status beside it naming no measure of its own and no
total ('In progress', 'Left', 'Other'), in the plan (analyse/line_measures._the_rest) and the
proof (verify/achieved.Statuses, asked by verify/outcomes), as rows or as columns.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s27_leaks import OUTCOME_VOLUME
from tests.leaks import cell_numbers
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan

ACHIEVED = [97, 88]
IN_PROGRESS = [315, 289]
LEFT = [41, 33]


def _statuses_down(tmp_path):
    """Job starts by status down the table, Leeds and Bradford across."""
    rows: list[list] = [["Job starts by status, 2013/14"], [], ["Status", "Leeds", "Bradford"]]
    rows += [["Achieved", *ACHIEVED], ["In progress", *IN_PROGRESS], ["Left", *LEFT]]
    rows += [["Total", 453, 410]]
    return write_book(tmp_path / "status.xlsx", {"Performance": rows})


def _statuses_across(tmp_path):
    """The same with the statuses across, the areas down."""
    rows: list[list] = [["Job starts by status, 2013/14"], []]
    rows += [["Local authority", "Achieved", "In progress", "Left", "Total"]]
    rows += [["Leeds", 97, 315, 41, 453], ["Bradford", 88, 289, 33, 410]]
    return write_book(tmp_path / "status.xlsx", {"Performance": rows})


ROUNDED_REST = {320, 280, 300, 40}  # 'In progress' and 'Left' rounded, as they went out


@pytest.mark.parametrize("shape", [_statuses_down, _statuses_across])
def test_every_status_of_the_starts_beside_achieved_is_shown_as_percentages(tmp_path, shape):
    copy, _ = sanitised_beside(shape(tmp_path))
    assert not (ROUNDED_REST | {100, 80}) & cell_numbers(copy)
    book = openpyxl.load_workbook(copy)
    shares = book["Job outcomes %"]
    labels = {c.value for row in shares.iter_rows() for c in row if isinstance(c.value, str)}
    assert {"Achieved", "In progress", "Left"} <= labels


def _rest_carried(down: bool):
    """'In progress' and 'Left' carried rounded, as a plan reading them as starts would."""

    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Performance").cells
        for line, counts in enumerate([IN_PROGRESS, LEFT], start=4):
            for other, count in enumerate(counts, start=1):
                at = (line + BANNER, other) if down else (other + 2 + BANNER, line - 2)
                cells[at] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    return carried


@pytest.mark.parametrize(
    ("shape", "down", "parts"),
    [
        (_statuses_down, True, {"'Performance' B7", "'Performance' C7", "'Performance' B8",
                                "'Performance' C8"}),
        (_statuses_across, False, {"'Performance' C6", "'Performance' C7", "'Performance' D6",
                                   "'Performance' D7"}),
    ],
)  # fmt: skip
def test_the_proof_alone_refuses_the_other_statuses_carried(tmp_path, shape, down, parts):
    source = shape(tmp_path)
    assert proved(tmp_path, source) == []
    found = proved(tmp_path, source, _rest_carried(down))
    assert parts <= {f.part for f in found if f.kind == OUTCOME_VOLUME}
