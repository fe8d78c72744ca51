"""Turn a sheet's blocks into tables: title lines, header rows, label columns and the body."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from wpxl.analyse.band_bounds import names_band_bounds
from wpxl.analyse.bare_places import place_codes_as_text
from wpxl.analyse.blocks import find_blocks, occupied
from wpxl.analyse.class_codes import class_codes
from wpxl.analyse.column_numbering import numbers_group_columns
from wpxl.analyse.counted_shares import figures_as_text, holds_counted_shares, is_counted_share
from wpxl.analyse.cut_off import (
    figures_before_notes,
    numbered_labels_cut_off,
    with_header_above,
    with_label_block,
)
from wpxl.analyse.elapsed_heads import heads_elapsed_columns
from wpxl.analyse.index_column import written_index
from wpxl.analyse.label_numbers import names_a_measure, numbers_name_rows
from wpxl.analyse.label_sequences import (
    is_label_sequence,
    names_a_kind,
    numbers_columns_from_one,
    numbers_lines_as_text,
)
from wpxl.analyse.line_total_heads import heads_line_totals
from wpxl.analyse.lone_codes import heads_one_month
from wpxl.analyse.note_marks import note_marks
from wpxl.analyse.numbered_columns import codes_as_text, periods_numbered
from wpxl.analyse.numbered_heads import numbers_head_columns
from wpxl.analyse.page_breaks import PageBreak, join_pages
from wpxl.analyse.period_heads import heads_period_columns
from wpxl.analyse.shared_titles import above_notes, share_titles, table_below, title_over_title
from wpxl.analyse.side_tables import cut_at_label_columns
from wpxl.analyse.split_tables import is_count_like, merge_split_tables
from wpxl.analyse.stacked_heads import header_over_blocks
from wpxl.analyse.stacked_titles import cut_at_titles
from wpxl.analyse.summed_heads import heads_summed_columns
from wpxl.analyse.typed_codes import typed_codes
from wpxl.analyse.values import (
    is_date,
    is_marked_figure,
    is_numbering,
    is_period_text,
    is_suppression_marker,
    is_text,
    is_year,
    marked_years,
)
from wpxl.analyse.words import is_cumulative_words, is_total_label
from wpxl.analyse.year_lines import counts_like_the_next
from wpxl.analyse.year_parts import years_column
from wpxl.analyse.year_sized_lines import names_a_counted_line
from wpxl.model import Cell, CellRange, CellValue, Coord

_WORDS = re.compile(r"[A-Za-z]{3,}")  # a word, not a marker ('z', '[c]', 'n/a')


@dataclass(slots=True)
class Layout:
    """Where one table's parts are, before any cell is given its role."""

    area: CellRange
    title_rows: list[int] = field(default_factory=list)
    header_rows: list[int] = field(default_factory=list)
    body_rows: list[int] = field(default_factory=list)
    note_rows: list[int] = field(default_factory=list)
    label_cols: list[int] = field(default_factory=list)
    body_cols: list[int] = field(default_factory=list)
    title_cells: list[Coord] = field(default_factory=list)  # title lines outside the block
    # the title of the table this one is stacked under (same columns), when it has none itself
    context_cells: list[Coord] = field(default_factory=list)
    # the header rows of the tables above it in the same columns (weeks named once, at the top)
    context_header_rows: list[int] = field(default_factory=list)
    # the title of the table beside it on its left, on its rows (a blank column between): read
    # for its measure when nothing of its own names one
    side_cells: list[Coord] = field(default_factory=list)
    page_breaks: list[PageBreak] = field(default_factory=list)  # a list printed over pages


def _is_label_value(cell: Cell | None, first_column: bool) -> bool:
    """Words, periods and dates label rows; a number that looks like a year does only in the
    first column, since a column of counts between 1990 and 2100 would otherwise be carried
    unrounded as labels."""
    if cell is None or cell.is_empty:
        return True
    value = cell.value
    if cell.formula is not None:
        return not is_count_like(cell) and is_date(value, cell.style.number_format)
    return (
        is_text(value)
        or (first_column and is_year(value))
        or is_period_text(value)
        or is_date(value, cell.style.number_format)
    )


def find_layouts(cells: dict[Coord, Cell]) -> tuple[list[Layout], list[Coord]]:
    """Tables found on a sheet, and the cells of text blocks that belong to none (free text)."""
    pieces = cut_at_label_columns(cut_at_titles(find_blocks(occupied(cells)), cells), cells)
    data = [b for b, inside in pieces.items() if _has_counts(b, inside, cells)]
    found, blocks = set(data), list(pieces)
    data += [
        b
        for b, inside in pieces.items()
        if b not in found and figures_before_notes(b, inside, cells, blocks)
    ]
    data = [b for b in data if not numbered_labels_cut_off(b, pieces[b], cells, data)]
    figures = set(data)
    text = [b for b in pieces if b not in figures]
    by_right: dict[int, list[CellRange]] = defaultdict(list)
    for block in text:  # pieces come top to bottom, so each list is ordered by top
        by_right[block.right].append(block)
    figures = {b: _last_figure_row(pieces[b], cells) for b in data}
    data = merge_split_tables([with_label_block(b, by_right, figures[b]) for b in data], cells)
    data, breaks = join_pages([with_header_above(b, text, pieces, cells) for b in data], cells)
    layouts = [_layout(block, cells, breaks.get(block, [])) for block in data]
    free: list[Coord] = []
    owners: dict[CellRange, Layout] = {}
    loose = [b for b in text if not any(b.meets(x.area) for x in layouts)]
    for block in sorted(loose, key=lambda b: -b.bottom):  # nearest the table first
        inside = pieces[block]
        owner = table_below(block, layouts, block == next(iter(pieces)))
        owner = owner or title_over_title(block, inside, cells, layouts, owners)
        titles = above_notes(inside, cells) if owner is not None else []
        if owner is not None and titles:
            owner.title_cells.extend(titles)
            owners[block] = owner
        free.extend(c for c in inside if c not in titles)
    share_titles(layouts)
    return layouts, sorted(free)


def _last_figure_row(inside: list[Coord], cells: dict[Coord, Cell]) -> int:
    """The last row of a block holding a figure (a block of data holds one: ``_has_counts``),
    looked for from the bottom: ``inside`` comes top to bottom (``find_blocks``)."""
    return next((r for r, c in reversed(inside) if is_count_like(cells[(r, c)])), 0)


def _has_counts(block: CellRange, inside: list[Coord], cells: dict[Coord, Cell]) -> bool:
    """Whether a block holds figures (beyond its first column, which may be labels)."""
    if block.left == block.right:
        return any(is_count_like(cells[c]) for c in inside)
    left = block.left
    return any(
        is_count_like(cell := cells[c]) or _is_year_count(cell) for c in inside if c[1] > left
    ) or holds_counted_shares([cells[c] for c in inside if c[1] > left])


def _is_year_count(cell: Cell | None) -> bool:
    """A year-sized whole number: a count when its table has no other kind of number."""
    return (
        cell is not None
        and cell.formula is None
        and is_year(cell.value)
        and not isinstance(cell.value, str)
        and not is_date(cell.value, cell.style.number_format)
    )


class _BlockRows:
    """How each row of a block reads: figures, a numbering under the headers, years counting."""

    def __init__(self, block: CellRange, cells: dict[Coord, Cell]) -> None:
        self.block, self.cells = block, cells
        self.cols = range(block.left, block.right + 1)
        self.body_cols = range(block.left + 1, block.right + 1)
        rows = range(block.top, block.bottom + 1)
        self.counts = any(is_count_like(cells.get((r, c))) for r in rows for c in self.cols)
        self.counts = self.counts or holds_counted_shares(
            [cells[at] for at in cells if at[0] in rows and at[1] in self.cols]
        )

    def present(self, row: int) -> list[Cell]:
        return [c for col in self.cols if (c := self.cells.get((row, col))) and not c.is_empty]

    def year_counts(self, row: int) -> bool:
        """A year-sized number among the figures; a lone column ('Grand total' set apart by a
        blank column) is all figures, its grand total of 2,013 as much as the rest."""
        cols = self.body_cols or self.cols
        return any(_is_year_count(self.cells.get((row, col))) for col in cols)

    def is_data(self, row: int) -> bool:
        if not self.counts:
            return self.year_counts(row)
        first = self.cells.get((row, self.block.left))
        if self._is_numbering(row, first) or self._numbers_columns_as_text(row, first):
            return False  # week or column numbers under the headers: headers themselves
        return (
            any(is_count_like(self.cells.get((row, col))) for col in self.cols)
            or self._all_suppressed(row)
            or (first is not None and is_total_label(str(first.value or ""))
                and self.year_counts(row) and not self._names_block_over_years(row))
            or not self._years_in_sequence(row)
            or names_a_counted_line(self.cells, row, self.block)
            or counts_like_the_next(self.cells, row, self.cols)
        )  # fmt: skip

    def heads_columns(self, row: int) -> bool:
        """CPA numbers 3, 7, 12 beside 'Total' over the columns: asked of the first figures."""
        first = self.cells.get((row, self.block.left))
        return (
            numbers_head_columns(
                first, self._values(row), heads_line_totals(self.cells, row, self.body_cols)
            )
            or heads_one_month(first, self._values(row))
            or (
                not names_a_measure(first) and heads_summed_columns(self.cells, row, self.body_cols)
            )
            or heads_elapsed_columns(self.cells, row, self.body_cols)
            or heads_period_columns(self.cells, row, self.body_cols)
        )

    def _numbers_columns_as_text(self, row: int, first: Cell | None) -> bool:
        """'Area | "1" | "2" | "3"' or '18', '19', '20' under a blank corner, the block's first
        line: digits as text counting up by one head the columns as a first column's name its
        lines (``numbers_lines_as_text``), and so do typed numbers counting from 1 ('Payment
        group | 1 | 2 | ... | 13', sustainment payments: ``numbers_columns_from_one``); a
        corner naming a measure heads counts, and one naming no kind of line ('Leeds') is the
        first line's name (``names_a_kind``)."""
        if not names_a_kind(None if first is None else first.value):
            return False  # 'Leeds': the first line's name, its digits its counts
        if names_a_measure(first) or any(
            len(self.present(above)) > 1 for above in range(self.block.top, row)
        ):
            return False
        values = [v for v in self._values(row) if v != "="]
        if len(values) != len(list(self._values(row))):
            return False
        return numbers_lines_as_text(values) or numbers_columns_from_one(values)

    def _names_block_over_years(self, row: int) -> bool:
        """'All areas | 2012 | 2013' as the block's first line under its title: the corner
        names the block, the years head its columns. A total line ('Total | 2,012 | 2,013')
        stands under a header, or on top of the lines it adds up (a sum of the figures under
        it, down from the next line): then its numbers are counts."""
        if any(len(self.present(above)) > 1 for above in range(self.block.top, row)):
            return False
        years = [(col, int(cell.value)) for col in self.body_cols  # type: ignore[arg-type]
                 if _is_year_count(cell := self.cells.get((row, col)))]  # fmt: skip
        if len(years) < 2 or not self._years_in_sequence(row):
            return False
        for col, year in years:
            added = 0.0
            for below in range(row + 1, self.block.bottom + 1):
                cell = self.cells.get((below, col))
                value = None if cell is None or cell.formula is not None else cell.value
                added += value if isinstance(value, int | float) else 0
                if added == year:
                    return False
        return True

    def _all_suppressed(self, row: int) -> bool:
        """A row of figures the source suppressed ('..', '[c]') or wrote with a mark ('13e',
        '(11)'): data, however it starts, never a note carried as it is."""
        cells = self.cells
        body = [
            c.value for col in self.body_cols if (c := cells.get((row, col))) and not c.is_empty
        ]
        first = not any(len(self.present(above)) > 1 for above in range(self.block.top, row))
        if first and marked_years(body):
            return False  # '2012r | 2013p' first: years marked revised or provisional, a header
        return bool(body) and all(
            is_suppression_marker(v) or is_marked_figure(v) or is_counted_share(v) for v in body
        )

    def _is_numbering(self, row: int, first: Cell | None) -> bool:
        """Numbers counting 1, 2, 3 ... under a label that says so ("Week", "Month"), or under
        any label when the row also heads a column "Total" or a running one ("YTD", "Year to
        date", "Cumulative"): the corner cell of a header row often names the label column
        ("Payment group | 1 | 2 | 3 | Total", "Area | 1 | 2 | 3 | 4 | YTD"), and no row of
        counts has such words among its figures.

        The row's values are read as far as each check needs: a row of counts shows it is no
        numbering at its first figure, and most rows are counts."""
        label = "" if first is None or first.value is None else str(first.value)
        if is_numbering(self._values(row), label):
            return True
        if numbers_group_columns(self.cells, row, self.cols):
            return True  # each group's columns numbered 1 .. k under the header words
        return is_numbering(self._values(row), "") and any(
            is_text(v) and (is_total_label(str(v)) or is_cumulative_words(str(v)))
            for v in self._values(row)
        )

    def _values(self, row: int) -> Iterator[CellValue]:
        """The row's values across the body, a formula's as "=" (text, never a number); a blank
        cell is left out (the blank over a name column beside the labels is no formula)."""
        cells = self.cells
        return (c.value if c.formula is None else "=" for col in self.body_cols
                if (c := cells.get((row, col))) is not None and not c.is_empty)  # fmt: skip

    def _years_in_sequence(self, row: int) -> bool:
        """A header of years counts up or down a year at a time (2011, 2012, 2013); year-sized
        numbers in any other order are counts, which must never be carried as headers. The
        first column is asked too: a narrow table's 'Total' line of 2,083 in both its columns
        (its label in the table to its left) is no header."""
        years = [
            int(cell.value)  # type: ignore[arg-type]
            for col in self.cols
            if _is_year_count(cell := self.cells.get((row, col)))
        ]
        steps = {b - a for a, b in itertools.pairwise(years)}
        return len(years) < 2 or steps in ({1}, {-1})


def _layout(block: CellRange, cells: dict[Coord, Cell], breaks: list[PageBreak]) -> Layout:
    layout = Layout(area=block, page_breaks=breaks)
    heads = {r for b in breaks for r in (*b.title_rows, *b.header_rows)}  # page 2's header
    lines = _BlockRows(block, cells)
    rows = range(block.top, block.bottom + 1)
    data = (r for r in rows if lines.is_data(r) and not lines.heads_columns(r))
    first_data = next(data, block.bottom + 1)
    _title_and_header_rows(layout, lines, first_data)
    # below the first figures, a year-sized number is a figure too (a total of 2,013 typed
    # without a separator), never a header
    later = (r for r in reversed(rows) if r >= first_data)  # the last such row, from the end
    last_data = next((r for r in later if lines.is_data(r) or lines.year_counts(r)), first_data)
    for row in range(first_data, block.bottom + 1):
        if row > last_data:
            layout.note_rows.append(row)
        elif row not in heads:
            layout.body_rows.append(row)
    _label_and_body_cols(layout, cells)
    return layout


def _title_and_header_rows(layout: Layout, lines: _BlockRows, first_data: int) -> None:
    block, cells = lines.block, lines.cells
    for row in range(block.top, first_data):
        present = lines.present(row)
        at_left = (row, block.left) in cells and not cells[(row, block.left)].is_empty
        one_line = len(present) == 1 and at_left and is_text(present[0].value)
        if (
            one_line
            and block.right > block.left
            and not layout.header_rows
            and first_data - row > 1
        ):
            layout.title_rows.append(row)
            continue
        layout.header_rows.append(row)


def _among_words(values: list[CellValue]) -> bool:
    """A column after the first whose numbers stand among words ('All', 0, 1, 2, '3 or more':
    ONS's number of previous children beside the cause of death) names its lines, as a first
    column does; a column of counts holds at most a marker ('z', '[c]') among its figures."""
    return any(isinstance(v, str) and _WORDS.search(v) for v in values)


def _numbered_as_text(
    layout: Layout, cells: dict[Coord, Cell], col: int, values: list[CellValue]
) -> bool:
    """A first column of digits as text running 1, 2, 3 (``numbers_lines_as_text``) under a
    header naming no measure ('Area', or none): its lines' numbers. Under 'Referrals' they
    are counts written as text, and rounded."""
    heads = [cells.get((row, col)) for row in layout.header_rows]
    return not any(names_a_measure(h) for h in heads) and numbers_lines_as_text(values)


def _label_and_body_cols(layout: Layout, cells: dict[Coord, Cell]) -> None:
    block = layout.area
    for col in range(block.left, block.right + 1):
        still_labels = len(layout.label_cols) == col - block.left
        if not still_labels or col == block.right:  # past the labels: the rest is the body
            layout.body_cols.append(col)
            continue
        column = [cells.get((row, col)) for row in layout.body_rows]
        first = col == block.left
        values = [c.value for c in column if c is not None]
        numbered = (first or _among_words(values)) and is_label_sequence(values)
        numbered = numbered or (first and periods_numbered(layout.header_rows, cells, col, values))
        numbered = numbered or (first and _numbered_as_text(layout, cells, col, values))
        numbered = numbered or (
            first and written_index(cells, layout.header_rows, layout.body_rows, col)
        )
        heads = [cells.get((row, col)) for row in layout.header_rows]
        numbered = numbered or place_codes_as_text(heads, values, first)
        cols = range(block.left, block.right + 1)  # 'York' over its own groups: the first
        stacked = header_over_blocks(cells, layout.body_rows[0], col, cols) if column else None
        numbered = numbered or codes_as_text(layout.header_rows, cells, col, values, stacked)
        numbered = numbered or class_codes(layout.header_rows, cells, col, layout.body_rows)
        numbered = numbered or typed_codes(layout.header_rows, cells, col, layout.body_rows)
        numbered = numbered or numbers_name_rows(cells, layout, col)
        numbered = numbered or names_band_bounds(cells, layout, col)  # 'Age from | Age to'
        numbered = numbered or years_column(cells, layout, col) or note_marks(cells, layout, col)
        figures = not first and figures_as_text(column)  # '120 (12%)': counts, not names
        if numbered or (not figures and all(_is_label_value(c, first) for c in column)):
            layout.label_cols.append(col)
        else:
            layout.body_cols.append(col)
