"""The section rows an outcome table's percentage sheet shows between its lines.

Areas stacked under one header are parted by rows holding only the area's name ("Buxton",
then its payment groups and Total, "Matlock" ...). The percentage sheet shows the rows holding
outcome shares, so without those rows it showed four runs of 'JSA 18-24 .. Total' no reader
could tell apart: each section row within the shown lines is shown too, its name copied as
any label is; so is a line naming the lines under it whose own figures are not shown there
('Referrals not in work' over its JSA and ESA outcomes). An 'of which' line shown under two
or more lines ('Durham', then 'of which: job outcomes'; 'Wakefield', then the same) is shown
under the line it is part of, its name alone: the same words twice named no line apart.
"""

from __future__ import annotations

from collections import Counter

from wpxl.analyse.cells import MONEY
from wpxl.analyse.words import is_subset_words
from wpxl.model import Coord, Role, SheetAnalysis, Table


def with_sections(table: Table, analysis: SheetAnalysis, rows: list[int]) -> list[int]:
    """``rows`` (the rows holding outcome shares, in order) and each row of the table's body
    before the last of them that names a section (the first section's name comes before any
    share)."""
    if not rows or not table.label_cols:
        return rows
    shown = set(rows)
    sections = [
        r
        for r in table.body_rows
        if r < rows[-1] and r not in shown and _names_a_section(table, analysis, r, shown)
    ]
    return sorted({*rows, *sections, *_parts_of_which(table, analysis, rows)})


def _parts_of_which(table: Table, analysis: SheetAnalysis, rows: list[int]) -> list[int]:
    """The line above each shown 'of which' line whose words another shown line repeats."""
    names = {row: line_label(table, analysis, row) for row in rows}
    times = Counter(names.values())
    repeated = [row for row in rows if is_subset_words(names[row]) and times[names[row]] > 1]
    if not repeated:
        return []  # most tables
    lines = [r for r in table.body_rows if not is_subset_words(line_label(table, analysis, r))]
    parents = []
    for row in repeated:
        above = [r for r in lines if r < row]
        if above and above[-1] not in rows:
            parents.append(above[-1])
    return parents


def line_label(table: Table, analysis: SheetAnalysis, row: int) -> str:
    """The words naming a line on a shares sheet, as a reader compares them with another's."""
    for col in table.label_cols:
        cell = analysis.sheet.cells.get((row, col))
        if cell is not None and isinstance(cell.value, str) and cell.value.strip():
            return " ".join(cell.value.split()).lower()
    return ""


def _names_a_section(table: Table, analysis: SheetAnalysis, row: int, shown: set[int]) -> bool:
    """A label and no count across: a section's name alone, or a line whose figures are no
    outcome shares but totals of shown lines alone ('Referrals not in work', a total the copy
    removes, over its JSA and ESA outcomes), which names them all the same. A total over
    lines not shown ('Remand' over two others) names none of the lines shown, nor does a line
    of money removed ('Leeds | Outcome payments' among an extract's sustainments)."""
    if not any(analysis.roles.get((row, c)) is Role.LABEL for c in table.label_cols):
        return False
    for col in table.body_cols:
        if analysis.roles.get((row, col)) is Role.COUNT:
            return False
        if analysis.reasons.get((row, col)) == MONEY:
            return False
        parts = table.totals.get((row, col), ())
        if any(sheet != table.sheet or r not in shown for sheet, r, _ in parts):
            return False
    return True


def names_above(table: Table, analysis: SheetAnalysis, rows: list[int]) -> dict[Coord, Coord]:
    """Where a percentage sheet shows the name of the group its lines are in, though the input
    names it on a line not shown: 'Kirklees' beside its first measure ('Referrals', rounded on
    the volume sheet), above 'Job outcomes' and 'Sustainments', which the percentage sheet
    shows. Each blank place of an outer label column on a shown line (``rows``) where the name
    above it there was not shown yet, to the place of that name in the input."""
    cells, shown, found = analysis.sheet.cells, set(rows), {}
    for col in table.label_cols[:-1]:  # the innermost names the line itself
        above, written = None, set()
        for row in table.body_rows:
            cell = cells.get((row, col))
            if cell is not None and isinstance(cell.value, str) and cell.value.strip():
                above = (row, col)
                if row in shown:
                    written.add(above)
            elif row in shown and above is not None and above not in written:
                found[(row, col)] = above
                written.add(above)
    return found
