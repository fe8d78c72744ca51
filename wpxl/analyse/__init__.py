"""Analyse stage: find each sheet's tables and give every carried cell a role.

Hidden sheets, rows and columns are left out here, so nothing downstream can carry them.
The jobs, in the order they run: ``blocks`` cuts a sheet at blank rows and columns; ``layout``
joins blocks into tables (title lines, header rows, label columns, body, notes); ``cells``
reads each body cell (count, code, date, money, rate, formula) from its value and words
(``values``, ``words``, ``formulas``); ``totals`` finds total lines and what they add up;
``ratios`` finds the two figures a typed rate came from; ``roles`` runs these for one table.
Where two readings are possible, an AnalysisError names the cell and what to do.
"""

from __future__ import annotations

from bisect import bisect_left

from wpxl.analyse import outcome_parts
from wpxl.analyse.alike_lines import total_alike_lines
from wpxl.analyse.block_grand_totals import total_of_block_totals
from wpxl.analyse.borrowed_totals import borrowed_totals
from wpxl.analyse.cells import TYPED_RATE, WORDS_FROM_CELLS, words_from_cells
from wpxl.analyse.contents_lines import numbered_lines
from wpxl.analyse.cross_totals import total_across_measures
from wpxl.analyse.dated_counts import DATED_COUNT, drop_dated_counts, measured_date
from wpxl.analyse.dated_extracts import listing_dated_records
from wpxl.analyse.differences import find_differences
from wpxl.analyse.dropped_totals import drop_totals_over_removed
from wpxl.analyse.figure_parts import keep_figure_parts, share_parts
from wpxl.analyse.format_words import format_outcomes
from wpxl.analyse.group_columns import total_group_columns
from wpxl.analyse.headed_blocks import total_headed_blocks
from wpxl.analyse.headline_totals import total_headlines
from wpxl.analyse.hidden_links import drop_hidden_outcomes
from wpxl.analyse.hidden_totals import drop_totals_over_hidden_lines
from wpxl.analyse.initialled_names import initialled_names, initialled_sheet
from wpxl.analyse.keyed_lines import Keys, key_lines, keyed_measures, named_across
from wpxl.analyse.labelled_texts import labelled_count
from wpxl.analyse.layout import Layout
from wpxl.analyse.line_averages import drop_line_averages
from wpxl.analyse.line_measures import check_side_measures
from wpxl.analyse.lines_above import total_lines_above
from wpxl.analyse.lookups import read_lookups
from wpxl.analyse.marked_counts import marked_counts
from wpxl.analyse.mixed_lines import drop_mixed_lines
from wpxl.analyse.name_column import named_under_name
from wpxl.analyse.named_heads import total_named_heads
from wpxl.analyse.noted_rates import drop_noted_rates
from wpxl.analyse.notes_below import noted_outcome
from wpxl.analyse.other_sheet_parts import drop_totals_over_unshown_parts
from wpxl.analyse.padded_counts import drop_padded_counts
from wpxl.analyse.page_breaks import PageBreak, read_page_breaks
from wpxl.analyse.pasted_dates import pasted_counts
from wpxl.analyse.people import STAFF_NAME, listing_people, staff_names
from wpxl.analyse.ratings import drop_ratings
from wpxl.analyse.record_lines import listing_records
from wpxl.analyse.relative_changes import find_relative_changes
from wpxl.analyse.roles import TableReader
from wpxl.analyse.sheet_texts import TextRows, body_texts, text_cells, texts_by_row
from wpxl.analyse.sibling_totals import total_siblings
from wpxl.analyse.side_running import running_side_columns
from wpxl.analyse.side_totals import total_side_columns
from wpxl.analyse.stacked_running import running_blocks
from wpxl.analyse.stacked_totals import total_blocks
from wpxl.analyse.stated_outcomes import drop_stated_outcomes
from wpxl.analyse.stray_figures import find_tables
from wpxl.analyse.template_heads import TEMPLATE_HEAD, template_heads
from wpxl.analyse.text_memo import let_go_of_large
from wpxl.analyse.titled_staff import staff_named_by_title
from wpxl.analyse.twin_totals import total_twins
from wpxl.analyse.typed_totals import (
    drop_totals_over_suppressed,
    mismatch_problem,
    rebuild_source_totals,
    typed_total_changes,
)
from wpxl.analyse.unsaved_formulas import unsaved_formulas_hint
from wpxl.analyse.unshown_parts import drop_totals_over_unshown
from wpxl.analyse.values import as_number, is_percent_text, is_text
from wpxl.analyse.worded_counts import drop_worded_counts
from wpxl.analyse.words import is_money_unit_words
from wpxl.errors import AnalysisError
from wpxl.model import (
    Cell,
    CellRange,
    Coord,
    Role,
    Sheet,
    SheetAnalysis,
    Table,
    Workbook,
)
from wpxl.model.layout import reopened_line
from wpxl.policy import Policy


def analyse_workbook(book: Workbook, policy: Policy) -> list[SheetAnalysis]:
    """Every visible sheet read; a sheet wpxl will not guess about does not stop the others
    being read, so one AnalysisError lists every problem of the workbook, each on its line."""
    analyses: list[SheetAnalysis] = []
    problems: list[str] = []
    for sheet in book.sheets:
        if not sheet.visible:
            continue
        try:
            analyses.append(analyse_sheet(sheet, policy))
        except AnalysisError as exc:
            problems.extend(f"{book.path.name}: {problem}" for problem in exc.problems)
    if problems and (hint := unsaved_formulas_hint(book.sheets)) is not None:
        problems.append(f"{book.path.name}: {hint}")
    if problems:
        raise AnalysisError.listing(book.path.name, problems)
    drop_hidden_outcomes(analyses, book.sheets, policy, analyse_sheet)
    read_lookups(analyses, {sheet.name: sheet.cells for sheet in book.sheets})
    inputs = {sheet.name: sheet for sheet in book.sheets}
    drop_totals_over_hidden_lines(analyses, inputs, policy.measure_words)
    drop_totals_over_unshown_parts(analyses)
    drop_totals_over_removed(analyses, frozenset(s.name for s in book.sheets if not s.visible))
    keep_figure_parts(analyses)
    let_go_of_large()  # a large sheet's labels: not asked about again
    return analyses


def carried_sheet(sheet: Sheet) -> Sheet:
    """The sheet without its hidden rows and columns: what may appear in the output at all."""
    if not sheet.hidden_rows and not sheet.hidden_cols:
        return sheet
    cells = {
        (row, col): cell
        for (row, col), cell in sheet.cells.items()
        if row not in sheet.hidden_rows and col not in sheet.hidden_cols
    }
    return Sheet(
        name=sheet.name,
        state=sheet.state,
        cells=cells,
        merged=list(sheet.merged),
        col_widths=sheet.col_widths,
        row_heights=sheet.row_heights,
        hidden_rows=sheet.hidden_rows,
        hidden_cols=sheet.hidden_cols,
        freeze=sheet.freeze,
        names=sheet.names,
        centred=list(sheet.centred),
        comments=sheet.comments,
        hidden_links=sheet.hidden_links,
        date1904=sheet.date1904,
        unseen_formulas=sheet.unseen_formulas,
        unseen_kinds=sheet.unseen_kinds,
        outside_places=sheet.outside_places,
    )


def _find_layouts_closed_up(sheet: Sheet) -> tuple[list[Layout], list[Coord]]:
    """Tables found as if hidden rows and columns were deleted, in the sheet's own coordinates.

    A hidden row between a header and the body, or a hidden column inside a table, would
    otherwise look like the empty line that separates two tables and cut the table in two.
    """
    if not sheet.hidden_rows and not sheet.hidden_cols:
        return find_tables(sheet.cells)
    rows, cols = _LineMap(sheet.hidden_rows), _LineMap(sheet.hidden_cols)
    closed = {(rows.close(r), cols.close(c)): cell for (r, c), cell in sheet.cells.items()}
    layouts, free = find_tables(closed)
    for layout in layouts:
        area = layout.area
        layout.area = CellRange(
            rows.open(area.top), cols.open(area.left), rows.open(area.bottom), cols.open(area.right)
        )
        for name in ("title_rows", "header_rows", "body_rows", "note_rows", "context_header_rows"):
            setattr(layout, name, [rows.open(r) for r in getattr(layout, name)])
        for name in ("label_cols", "body_cols"):
            setattr(layout, name, [cols.open(c) for c in getattr(layout, name)])
        for name in ("title_cells", "context_cells", "side_cells"):  # own and shared titles
            setattr(layout, name, [(rows.open(r), cols.open(c)) for r, c in getattr(layout, name)])
        layout.page_breaks = [
            PageBreak(
                tuple(rows.open(r) for r in b.header_rows),
                tuple(rows.open(r) for r in b.title_rows),
                None if b.carried_row is None else rows.open(b.carried_row),
                None if b.brought_row is None else rows.open(b.brought_row),
            )
            for b in layout.page_breaks
        ]
    return layouts, [(rows.open(r), cols.open(c)) for r, c in free]


class _LineMap:
    """Row (or column) numbers with the hidden ones taken out, and back."""

    def __init__(self, hidden: set[int]) -> None:
        self._hidden = sorted(hidden)

    def close(self, line: int) -> int:
        return line - bisect_left(self._hidden, line)

    def open(self, line: int) -> int:
        return reopened_line(line, self._hidden)


def _label_cols(layout: Layout, layouts: list[Layout]) -> list[int]:
    """Where a table's row labels are: its own columns, or those of the nearest table to its
    left whose rows it shares and which has them (tables side by side with one label column:
    the third's are the first's, not the second's none)."""
    if layout.label_cols:
        return layout.label_cols
    rows = set(layout.body_rows)
    left = [
        other
        for other in layouts
        if other.area.right < layout.area.left and other.label_cols and rows <= set(other.body_rows)
    ]
    return max(left, key=lambda o: o.area.right).label_cols if left else []


def _judge_typed_totals(
    table: Table, sheet: Sheet, roles: dict[Coord, Role], reasons: dict[Coord, str], policy: Policy,
    texts: TextRows,
) -> list[str]:  # fmt: skip
    """Totals over suppressed cells removed; typed totals that do not add up refused, or
    rebuilt when the policy says the source's totals need not add up."""
    rebuild = policy.source_totals == "rebuild"
    drop_totals_over_suppressed(
        table, sheet.cells, roles, reasons, body_texts(texts, table), rebuild
    )
    drop_totals_over_unshown(table, sheet.cells, roles, reasons)
    if sheet.hidden_rows or sheet.hidden_cols:
        return []  # hidden lines are parts no reader sees: a typed total need not match the rest
    changes = typed_total_changes(table, sheet.cells, roles)
    if rebuild:
        rebuild_source_totals(table, sheet.cells, roles, reasons, changes)
        return []
    problem = mismatch_problem(sheet.name, changes)
    return [] if problem is None else [problem]


def _money_unit_above(layout: Layout, free: list[Coord], cells: dict[Coord, Cell]) -> bool:
    """Whether a line of text above the table, outside every table, states a money unit: a
    sheet's heading lines ("Figures in £ million", then "Source: ...") are read as notes when
    one of them is a note, but their unit still holds for the figures below."""
    return any(
        row < layout.area.top and is_text(cells[(row, col)].value)
        and is_money_unit_words(str(cells[(row, col)].value))
        for row, col in free
    )  # fmt: skip


def _read_keys(reader: TableReader, keys: Keys, policy: Policy, worded: bool) -> None:
    """Lines a key on the sheet or a comment on their header or label names as a measure
    ("Achieved = job outcomes"), or the number format of a figure of theirs (``worded``: the
    sheet has a format showing words) names as outcomes, count it, before the lines' own
    words are read (which, where they name a measure, win)."""
    comments = reader.sheet.comments
    if not keys and not comments and not worded:  # most tables
        return
    layout, table, words = reader.layout, reader.table, policy.measure_words
    heads = {col: reader.header_text(col) for col in layout.body_cols}
    labels = {row: reader.label_text(row) for row in layout.body_rows}
    if worded:  # figures whose number format names them ('0" JOs"'): wpxl.analyse.format_words
        cells = reader.cells
        by_col = {col: [cells.get((r, col)) for r in layout.body_rows] for col in heads}
        by_row = {row: [cells.get((row, c)) for c in layout.body_cols] for row in labels}
        table.col_measures.update(format_outcomes(heads, by_col, words))
        table.row_measures.update(format_outcomes(labels, by_row, words))
    on_heads = {col: [t for r in layout.header_rows if (t := comments.get((r, col)))]
                for col in heads}  # fmt: skip
    on_labels = {row: [t for c in reader.label_cols if (t := comments.get((row, c)))]
                 for row in labels}  # fmt: skip
    if not named_across(labels, words):
        table.col_measures.update(keyed_measures(heads, keys, words, on_heads))
    if not named_across(heads, words):
        table.row_measures.update(keyed_measures(labels, keys, words, on_labels))


def analyse_sheet(sheet: Sheet, policy: Policy) -> SheetAnalysis:
    carried = pasted_counts(carried_sheet(sheet), policy.measure_words)
    carried, marks = marked_counts(carried, policy.measure_words)
    layouts, free = _find_layouts_closed_up(carried)
    texts = text_cells(carried.cells)  # for the readings that ask only of words
    text_rows = texts_by_row(texts)  # and those asking of a table's body
    roles: dict[tuple[int, int], Role] = {}
    reasons: dict[tuple[int, int], str] = {}
    templated = template_heads(carried, texts)  # a template's heads of people's details
    tables, problems = (
        [],
        [
            *listing_people(carried, [t for t in texts if t[0] not in templated]),
            *initialled_sheet(carried),
            *listing_records(carried, texts, policy.measure_words),
            *listing_dated_records(carried, texts, policy.measure_words),
        ],
    )
    keys = Keys(key_lines(carried.cells, policy.measure_words))  # most sheets: none
    worded = any(c.style.input_format is not None for c in carried.cells.values())
    for index, layout in enumerate(layouts, start=1):
        reader = TableReader(
            carried, layout, index, policy, roles, reasons, _label_cols(layout, layouts),
            money_above=_money_unit_above(layout, free, carried.cells),
        )  # fmt: skip
        if noted := noted_outcome(layout, free, carried.cells, policy.measure_words):
            reader.table.measure = noted  # named only by the note under it
        _read_keys(reader, keys, policy, worded)
        table = reader.read()
        outcome_parts.measure_outcome_parts(table, reader.label_text, reader.header_text)
        words = (reader.label_text, reader.header_text)
        find_differences(table, carried.cells, roles, reasons, words, reader.shown)
        find_relative_changes(table, carried.cells, roles, words, reader.shown)
        read_page_breaks(table, layout.page_breaks, carried.cells, roles)
        drop_padded_counts(table, carried.cells, roles, reasons)
        drop_worded_counts(table, carried.cells, roles, reasons)
        drop_stated_outcomes(table, carried.cells, roles, reasons)
        drop_dated_counts(table, carried.cells, roles, reasons)
        drop_noted_rates(table, carried.cells, roles, reasons)  # '+12%' on a note line
        drop_mixed_lines(table, roles, reasons, reader.label_texts, reader.header_texts,
                         policy.measure_words)  # fmt: skip
        drop_ratings(table, carried.cells, roles, reasons, reader.header_text, policy.rounding_base)
        drop_line_averages(
            table, carried.cells, roles, reasons, reader.label_text, reader.header_text
        )
        tables.append(table)
        problems.extend(
            reader.problems
            or _judge_typed_totals(table, carried, roles, reasons, policy, text_rows)
        )
    if problems:
        raise AnalysisError.listing(f"sheet '{sheet.name}'", problems)
    total_blocks(tables, carried.cells, roles)
    problems += total_headed_blocks(tables, carried.cells, roles, policy.source_totals == "rebuild")
    total_alike_lines(tables, carried.cells, roles)
    total_of_block_totals(tables, carried.cells, roles)
    total_side_columns(tables, carried, roles)
    running_side_columns(tables, carried, roles)
    running_blocks(tables, carried, roles)
    for table in tables:
        total_named_heads(table, carried.cells, roles)
        total_twins(table, carried.cells, roles)
        total_group_columns(table, carried.cells, roles)
        total_siblings(table, carried.cells, roles)
        total_across_measures(table, carried.cells, roles, reasons)
    total_headlines(tables, carried.cells, roles)
    total_lines_above(tables, carried.cells, roles)
    problems += borrowed_totals(tables, sheet.name, carried.cells, roles)
    for table in tables:
        try:
            check_side_measures(table, tables, roles)
        except AnalysisError as exc:
            problems.extend(exc.problems)
    if problems:
        raise AnalysisError.listing(f"sheet '{sheet.name}'", problems)
    numbered = numbered_lines(free, carried.cells)
    counted = (policy.measure_words, policy.rounding_base)
    for coord in free:
        cell = carried.cells[coord]
        if words_from_cells(cell):
            roles[coord], reasons[coord] = Role.DROPPED, WORDS_FROM_CELLS
        elif cell.formula is None and is_percent_text(cell.value):  # '36%' as in a table:
            roles[coord], reasons[coord] = Role.DROPPED, TYPED_RATE  # outcome shares give back
        elif is_text(cell.value) and (why := labelled_count(carried.cells, coord, *counted)):
            roles[coord], reasons[coord] = Role.DROPPED, why  # 'Leeds JOs | 12 (provisional)'
        elif is_text(cell.value):
            roles[coord] = Role.NOTE
        elif measured_date(carried.cells, coord, policy.measure_words):
            roles[coord], reasons[coord] = Role.DROPPED, DATED_COUNT
        elif coord in numbered:
            roles[coord] = Role.NONCOUNT
        elif as_number(cell.value) is not None or cell.formula is not None:
            roles[coord] = Role.DROPPED
            reasons[coord] = "a number outside any table wpxl could read"
        else:
            roles[coord] = Role.NONCOUNT
    for coord in [
        *staff_names(carried, texts),
        *staff_named_by_title(carried, texts),
        *named_under_name(carried, texts),
        *initialled_names(carried, texts),
    ]:
        roles[coord], reasons[coord] = Role.DROPPED, STAFF_NAME
    for coord in templated:
        roles[coord], reasons[coord] = Role.DROPPED, TEMPLATE_HEAD
    if carried.cells.keys() - roles.keys():  # most sheets: every cell has a role by now
        for coord, cell in carried.cells.items():  # in the sheet's order, as the roles go on
            if coord not in roles:
                roles[coord] = Role.EMPTY if cell.is_empty else Role.TEXT
    share_parts(tables)
    return SheetAnalysis(carried, roles, tables, reasons, marks)
