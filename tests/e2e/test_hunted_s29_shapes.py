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

Areas numbered by a code ('Area code | Area'), six a region, under each region's typed total
line and a typed 'England' adding the regions up: with 140 lines, the column of codes was read
as counts, and the names beside it as words, not the table's labels. A line blank in the
numbering column is read as a group's line by whether its figures are the sums of the numbered
lines next to it; the reading stopped after 60 lines, and 'England' adds up 120. It reads on
now as far as its sums go, in the plan (analyse/group_lines) and the proof (verify/typed_groups),
stopping where a sum passes a figure (no line below 0 to bring it back) or past the table's end.
Each line's reading of the lines beside it is kept for the column's (700 lines under 100 typed
subtotals took 18 s).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

import wpxl
import wpxl.analyse
from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.analyse import analyse_workbook
from wpxl.cli import app
from wpxl.read import read_workbook

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


def _typed_regions(path: Path, regions: int) -> Path:
    """Job starts by area, a code each, six areas a region under the region's typed total and
    a typed 'England' adding up the regions, a typed Total column."""
    rows: list[list] = [
        ["Job starts by area, 2013-14"],
        [],
        ["Area code", "Area", *MONTHS, "Total"],
    ]
    england = [0] * (len(MONTHS) + 1)
    for region in range(regions):
        sums = [0] * (len(MONTHS) + 1)
        for area in range(6):
            figures = [(7 * region + 3 * area + m) % 40 for m in range(len(MONTHS))]
            figures.append(sum(figures))
            rows.append(
                [
                    1000 + 10 * region + area,
                    f"Area {chr(65 + area)} of region {chr(65 + region)}",
                    *figures,
                ]
            )
            sums = [s + f for s, f in zip(sums, figures, strict=True)]
        rows.append([None, f"Region {chr(65 + region)} total", *sums])
        england = [e + s for e, s in zip(england, sums, strict=True)]
    rows.append([None, "England", *england])
    return write_book(path, {"Starts": rows})


@pytest.mark.parametrize("regions", [3, 20])
def test_areas_by_code_under_typed_regions_and_england_keep_their_labels(tmp_path, regions):
    source = _typed_regions(tmp_path / "areas.xlsx", regions)
    table = analyse_workbook(read_workbook(source), wpxl.load_policy())[0].tables[0]
    assert table.label_cols == [0, 1]
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Starts"]
    codes = [row[0] for row in sheet.iter_rows(max_col=1, values_only=True)]
    assert [c for c in codes if isinstance(c, int)] == [
        1000 + 10 * r + a for r in range(regions) for a in range(6)
    ]  # kept as they stand: the lines' names
