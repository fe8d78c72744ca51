"""Two tables side by side, each titled on the same row ("Referrals ..." over A:C, "Job
outcomes ..." over F:H): each is read under its own title, by the plan and by the proof. The
proof had read the whole title row over both, so the referrals counted as outcomes there and
the copy was refused with advice to add words the table already had."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from wpxl.sanitise import sanitise_file

REFERRALS = "Referrals by payment group, April 2013"
OUTCOMES = "Job outcomes by payment group, April 2013"
LINES = [
    ("JSA 18-24", 121, 133, 37, 41),
    ("JSA 25+", 307, 288, 61, 55),
    ("ESA flow", 77, 65, 23, 19),
]


def side_by_side(left: str, right: str, corner: str | None = "Payment group") -> list[list]:
    """``left``'s table in A:C and ``right``'s in F:H, titled on row 1; the left-hand table's
    figures are the referrals when ``left`` is REFERRALS, else the outcomes."""
    rows: list[list] = [[left, None, None, None, None, right], []]
    rows.append([corner, "Apr", "May", None, None, "Payment group", "Apr", "May"])
    for group, *figures in LINES:
        referrals, outcomes = figures[:2], figures[2:]
        first, second = (referrals, outcomes) if left == REFERRALS else (outcomes, referrals)
        rows.append([group, *first, None, None, group, *second])
    return rows


def _sheets(output: Path) -> dict[str, list[list]]:
    book = openpyxl.load_workbook(output)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book}


@pytest.mark.parametrize(
    ("left", "right", "corner"),
    [(REFERRALS, OUTCOMES, "Payment group"), (OUTCOMES, REFERRALS, None)],
)
def test_side_by_side_tables_titled_on_one_row_are_each_read_under_their_own(
    tmp_path, job, left, right, corner
):
    source = write_book(tmp_path / "pack.xlsx", {"Pack": side_by_side(left, right, corner)})
    sheets = _sheets(Path(sanitise_file(source, job).output))
    shown = [v for row in sheets["Pack"] for v in row if isinstance(v, int)]
    assert sorted(shown) == sorted([60, 80, 120, 140, 280, 300])  # the referrals, rounded
    percent = sheets["Job outcomes %"]
    assert ["JSA 18-24", 0.31, 0.36] in [row[:3] for row in percent]  # 37 of 121, 41 of 115
