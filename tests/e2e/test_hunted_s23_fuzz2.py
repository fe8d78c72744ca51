"""Hunted in session 23 (second fuzz helper): layouts of real MI packs the copy misread or the
proof refused, each on a real .xlsx through the command line."""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import cell_numbers

# fuzz23 'spacers', seed 44013: sustainments by area and month, a blank spacer column between
# May and Jun, on a sheet named for another measure
SPACED = [
    ["Sustainment outcomes by area and month, 2014-15"],
    [],
    ["Area", "May-14", None, "Jun-14", "Total"],
    ["Bradford", 1672, None, 1274, 2946],
    ["Wakefield", 2398, None, 2809, 5207],
    ["Total", 4070, None, 4083, 8153],
]


def _shares_by_line(copy) -> dict[str, dict[str, float]]:
    """Each percentage sheet's shares by the words a reader finds on their row (its first
    column) and over their column (the header line above the first share)."""
    found: dict[str, dict[str, float]] = {}
    for sheet in openpyxl.load_workbook(copy, data_only=True):
        if not sheet.title.endswith("%"):
            continue
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        first = next(i for i, r in enumerate(rows) if any(isinstance(v, float) for v in r))
        head = rows[first - 1]
        for line in rows[first:]:
            for at, value in enumerate(line):
                if isinstance(value, (int, float)) and head[at] is not None:
                    found.setdefault(str(line[0]), {})[str(head[at])] = round(value, 2)
    return found


def test_the_part_of_an_outcome_table_beyond_a_spacer_column_names_its_lines(tmp_path):
    """The part right of the spacer ('Jun-14 | Total') holds no label column of its own: its
    percentage sheet ('Sustainments 2 %') showed its shares on lines with no area's name, and
    a reader could not tell Bradford's from Wakefield's. The part it continues names them."""
    copy, _ = sanitised_beside(write_book(tmp_path / "spacer.xlsx", {"Attachments": SPACED}))
    assert _shares_by_line(copy) == {
        "Bradford": {"May-14": 0.41, "Jun-14": 0.31, "Total": 0.36},
        "Wakefield": {"May-14": 0.59, "Jun-14": 0.69, "Total": 0.64},
        "Total": {"May-14": 1, "Jun-14": 1, "Total": 1},
    }
    volumes = {float(v) for line in SPACED[3:] for v in line[1:] if isinstance(v, int)}
    assert not volumes & cell_numbers(copy)
