"""Lines breaking an outcome line down, naming no measure of their own, count outcomes too.

A table of measures down, each broken down by the lines indented under it ('Job outcomes' over
'- ESA Flow', '- ESA ex-IB', '- All other', or '  of which ESA' lines), on a sheet or under a
title naming job starts, had its 'Job outcomes' line removed and its breakdown carried as
rounded job starts: their sum gave the outcomes' volume back. A line whose figures are parts of
an outcome line's totals, or an 'of which' line under one (no part of any total: its words say
it counts part of the line above), takes that line's measure when its own words name none; so
does a column after an outcome column ('Sustainment outcomes | of which IB/IS').
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.analyse.words import is_subset_words
from wpxl.model import Measure, Table


def measure_outcome_parts(
    table: Table, label_text: Callable[[int], str], header_text: Callable[[int], str]
) -> None:
    """Give the lines an outcome line breaks down its measure (``label_text``: a body row's
    label words, ``header_text``: a body column's header words); run once the table's totals
    are found."""
    _subsets_after(table.body_rows, table.row_measures, label_text)
    _subsets_after(table.body_cols, table.col_measures, header_text)
    for own, by_row in ((table.row_measures, True), (table.col_measures, False)):
        changed = True
        while changed:  # a breakdown of a breakdown ('ESA' over 'ESA Flow') takes it too
            changed = False
            for coord, parts in table.totals.items():
                line, through = coord if by_row else coord[::-1]
                measure = own.get(line)
                if measure is None or not measure.is_outcome:
                    continue
                for sheet, row, col in parts:
                    part = row if by_row else col
                    across = col if by_row else row
                    if sheet != table.sheet or part == line or across != through:
                        continue
                    if part not in own:
                        own[part] = measure
                        changed = True


def _subsets_after(
    lines: list[int], measures: dict[int, Measure], words: Callable[[int], str]
) -> None:
    """'Of which' lines naming no measure take an outcome measure from the line they are part
    of: the nearest line before them (above, or to the left) that is no 'of which' line."""
    heading: Measure | None = None
    for line in sorted(lines):
        own = measures.get(line)
        if not is_subset_words(words(line)):
            heading = own
        elif own is None and heading is not None and heading.is_outcome:
            measures[line] = heading
