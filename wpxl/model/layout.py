"""Where wpxl puts things in every output, as a fact both the planner and the proof rely on.

The planner lays a sheet out by these rules; the proof (wpxl.verify) maps each output cell back
to the input cell it came from by the same rules, without asking the planner: a carried cell
moves down ``BANNER_ROWS`` rows, and the input's hidden rows and columns are closed up.
"""

from __future__ import annotations

COVER_NAME = "About this workbook"  # the first sheet of every output
COVER_CLASH_NAME = "Source"  # an input sheet that has the cover's name is shown under this one
BANNER_ROWS = 2  # the banner line and a blank line under it, above every carried cell


def output_sheet_name(shown: str) -> str:
    """The output name of a carried input sheet (its name as wpxl.read shows it). Excel tells
    sheet names apart whatever their case, so 'about this workbook' takes the cover's too."""
    return shown if shown.casefold() != COVER_NAME.casefold() else COVER_CLASH_NAME


def reopened_line(line: int, hidden: list[int]) -> int:
    """The input line that is the ``line``-th (from 0) of those not hidden (``hidden``
    sorted): each hidden line at or before it pushes it one further."""
    for gone in hidden:
        if gone <= line:
            line += 1
        else:
            break
    return line
