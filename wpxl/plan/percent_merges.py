"""A percentage sheet's header merged over its columns as the table's was.

Published tables head each year's quarters with the year merged over them ('2012/13' over 'Q1'
to 'Q4' and its 'Total', '2013/14' over the next five), and set a grand 'Total' at the far
right under no year. The percentage sheet copied each header's words into its first column
shown, without the merge: the grand total's 'Total' then stood beside 2013/14's 'Total' with
nothing to say which was which, and the proof refused the copy of every such table of job
outcomes ('outcome percentages on rows (or columns) whose labels repeat an earlier one's').
A header merged (or centred across a selection, which reads the same) over two or more columns
along one row spans on the percentage sheet, merged, the columns of it shown there, next to
each other, where its words were copied.
"""

from __future__ import annotations

from wpxl.model import CellRange, OutputSheet, SheetAnalysis, Table


def carry_header_merges(
    sheet: OutputSheet,
    table: Table,
    analysis: SheetAnalysis,
    out_rows: dict[int, int],
    out_cols: dict[int, int],
) -> None:
    """Merge ``sheet``'s header cells as the table's header merges span the columns shown
    (``out_rows``, ``out_cols``: where each input row and column stands on the sheet)."""
    for rng in (*analysis.sheet.merged, *analysis.sheet.centred):  # centred across: the same
        if rng.top != rng.bottom or rng.top not in table.header_rows:
            continue
        shown = sorted(out_cols[c] for c in out_cols if rng.left <= c <= rng.right)
        if len(shown) < 2 or shown[-1] - shown[0] != len(shown) - 1:
            continue
        row = out_rows[rng.top]
        if (row, shown[0]) not in sheet.cells:  # its words were not copied (or went)
            continue
        merged = CellRange(row, shown[0], row, shown[-1])
        if not any(merged.meets(m) for m in sheet.merged):
            sheet.merged.append(merged)
