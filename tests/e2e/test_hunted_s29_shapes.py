"""What timing new shapes at two sizes found besides their costs (session 29,
benchmarks/shapes.py).

A long extract, a line for each area, month and measure ('Wakefield | May 2013 | Referrals |
7'), was refused by its proof once five lines in a row counted less than 10: rounded to 0 in
the copy, they were lines of words holding no figure but a 0, each naming a month, under a
measure's name, and the proof read them as records listed one by one (a log of claims, each
line an event, their count the volume). The copy of 4,000 such lines with random counts was
refused "report this to the maintainers". A record's flag is a 1 (or a 0): a line whose input
counts 2 or more is a count the copy rounded, not a record, and the proof reads it as a line
holding a figure (verify/record_lines). A stretch of 0s and 1s is still read as records: the
run refuses such an extract with a sentence saying why (analyse/record_lines), and the proof
refuses it where the plan would not.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

import wpxl.analyse
from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.cli import app

MONTHS = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013"]
AREAS = ["Leeds", "Bradford", "Wakefield", "Calderdale"]
MEASURES = ["Referrals", "Attachments", "Job starts"]


def _extract(path: Path, small: list[int]) -> Path:
    """Area | Month | Measure | Volume, a line each; Wakefield's May and June count ``small``
    (six lines in a row), the other lines 40 or more."""
    rows: list[list] = [["Area", "Month", "Measure", "Volume"]]
    for a, area in enumerate(AREAS):
        for m, month in enumerate(MONTHS):
            for k, measure in enumerate(MEASURES):
                volume = 40 + 7 * a + 5 * m + 3 * k
                if area == "Wakefield" and month in ("May 2013", "Jun 2013"):
                    volume = small[((m - 1) * 3 + k) % len(small)]
                rows.append([area, month, measure, volume])
    return write_book(path, {"Extract": rows})


def test_a_long_extract_with_six_small_counts_in_a_row_is_sanitised(tmp_path):
    source = _extract(tmp_path / "extract.xlsx", [7, 2, 4, 8, 3, 5])
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Extract"]
    lines = [[c.value for c in row] for row in sheet.iter_rows(min_row=5, max_col=4)]
    wakefield = [line for line in lines if line[0] == "Wakefield"]
    assert [line[3] for line in wakefield[3:9]] == [0] * 6  # 2 to 8 rounded to the nearest 20
    assert [line[3] for line in wakefield[:3]] == [60, 60, 60]  # 54, 57, 60
    assert len(wakefield) == 12


@pytest.mark.parametrize("flags", [[1, 1, 0, 1, 1, 0], [1] * 6])
def test_lines_flagged_one_by_one_among_counts_are_refused(tmp_path, flags):
    source = _extract(tmp_path / "extract.xlsx", flags)
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "sheet 'Extract': this sheet lists records one by one" in run.stderr


def test_the_proof_alone_refuses_lines_flagged_one_by_one(tmp_path, monkeypatch):
    source = _extract(tmp_path / "extract.xlsx", [1] * 6)
    monkeypatch.setattr(wpxl.analyse, "listing_records", lambda *_: [])
    assert "'Extract' A31" in {f.part for f in proved(tmp_path, source)}
