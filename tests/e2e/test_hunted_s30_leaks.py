"""What a hunt through hostile but plausible packs found in copies that passed their proof, or
refused where nothing leaked (session 30).

A long extract coding each line's measure ('Local authority | Measure | Value' over 'Leeds | JS |
412', 'Leeds | JO | 97'), as a database's tidy output does, was refused by the proof or lost its
starts: 'JS' named no measure on either side, so the plan removed the starts' lines as counts of
nothing (or, once it read them, rounded them) and the proof read 'Value' over a line naming no
measure as money, an outcome figure. 'JS' is the job starts' abbreviation now, whole and in
capitals ('JSA' is a benefit), read where no measure word is found: in the policy's list
(policy.STARTS_ABBREVIATIONS, read by analyse/abbreviations and analyse/words) and the proof's
own pattern (verify/measure_words). The starts go out rounded, the 'JO' lines as shares, and the
proof alone still refuses a 'JO' line carried as a count.
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

AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
STARTS = [412, 377, 251, 298, 163]
OUTCOMES = [97, 88, 61, 73, 39]


def _extract(tmp_path, value_header: str):
    """Each area's job starts and job outcomes on lines coded 'JS' and 'JO'."""
    rows: list[list] = [["Local authority", "Measure", value_header]]
    for area, starts, outcomes in zip(AREAS, STARTS, OUTCOMES, strict=True):
        rows += [[area, "JS", starts], [area, "JO", outcomes]]
    return write_book(tmp_path / "extract.xlsx", {"Extract": rows})


@pytest.mark.parametrize("value_header", ["Value", "Count", "Volume"])
def test_an_extracts_lines_coded_js_and_jo_go_rounded_and_as_shares(tmp_path, value_header):
    copy, _ = sanitised_beside(_extract(tmp_path, value_header))
    book = openpyxl.load_workbook(copy)
    sheet = book["Extract"]
    shown = [sheet.cell(r, 3).value for r in range(4, 14)]
    assert shown[0::2] == [420, 380, 260, 300, 160]  # the starts, rounded
    assert shown[1::2] == [None] * 5  # the outcomes, only as shares
    assert not set(OUTCOMES) & cell_numbers(copy)
    assert "Job outcomes %" in book.sheetnames


def _outcomes_carried(plan: Plan) -> None:
    """The 'JO' lines carried rounded as counts, as a plan that read them as starts would."""
    cells = next(s for s in plan.sheets if s.name == "Extract").cells
    for line, count in enumerate(OUTCOMES):
        cells[(2 + 2 * line + BANNER, 2)] = OutputCell(
            float((count + 10) // 20 * 20), kind="rounded"
        )


@pytest.mark.parametrize("value_header", ["Value", "Count"])
def test_the_proof_passes_an_extracts_starts_and_refuses_its_outcomes_carried(
    tmp_path, value_header
):
    source = _extract(tmp_path, value_header)
    assert proved(tmp_path, source) == []
    refused = [
        f.part for f in proved(tmp_path, source, _outcomes_carried) if f.kind == OUTCOME_VOLUME
    ]
    assert refused == [f"'Extract' C{4 + 2 * line + 1}" for line in range(5)]
