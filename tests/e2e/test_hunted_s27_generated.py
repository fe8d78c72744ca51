"""What layouts generated at random with their ground truth found (session 27).

A generator lays out real-shaped tables (areas under regions under countries, totals above or
below their parts, typed or summed, one to six period columns, titles, notes, tables stacked
or side by side) and knows every cell's part: a label, a count, or a total over which counts.
Each copy is read back against that truth: every label as written, every count rounded to 20,
every total the sum of the rounded counts it covers and a live formula.

Areas set in under their region in one column ('East', 24, over '  Craven North', 12,
'  Halifax South', 0, '  Calderdale', 12), one period column: Craven North was read as the
total of the two lines after it (12 is 0 + 12), which left East, 24, adding up nothing, and the
proof refused the copy asking the analyst to report it to wpxl's maintainers. Where labels are
set in to show levels, a line is the total only of lines set in further than it
(analyse/trees): lines level with each other are siblings, whatever they add up to.
"""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

REGIONS = {
    "West": {"Leeds": 40, "York": 9},
    "London": {"Hull": 0, "Selby": 692, "Ripon": 324, "Whitby": 555},
    "Yorkshire": {"Halifax": 115, "Sheffield": 158},
    "East": {"Craven North": 12, "Halifax South": 0, "Calderdale": 12},
}


def _indented(path):
    """Attachments by area, each region's typed line over its areas set in by two spaces."""
    rows: list[list] = [["Attachments by area"], [], ["Area", "Month 1"]]
    for region, areas in REGIONS.items():
        rows.append([region, sum(areas.values())])
        rows += [[f"  {area}", value] for area, value in areas.items()]
    rows.append(["Total", sum(sum(areas.values()) for areas in REGIONS.values())])
    return write_book(path, {"Attachments": rows})


def test_a_line_level_with_the_lines_after_it_is_not_their_total(tmp_path):
    output, _ = sanitised_beside(_indented(tmp_path / "indented.xlsx"))
    sheet = openpyxl.load_workbook(output)["Attachments"]
    shown = openpyxl.load_workbook(output, data_only=True)["Attachments"]
    rows = {row[0].value: row[0].row for row in sheet.iter_rows(max_col=1) if row[0].value}
    east, craven = rows["East"], rows["  Craven North"]
    assert sheet.cell(east, 2).value == f"=SUM(B{east + 1}:B{east + 3})"
    assert sheet.cell(craven, 2).value == 20  # 12 rounded, a count of its own
    assert shown.cell(east, 2).value == 20 + 0 + 20
    total = rows["Total"]
    regions = [rows[name] for name in REGIONS]
    assert shown.cell(total, 2).value == sum(shown.cell(r, 2).value for r in regions)
