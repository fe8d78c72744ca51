"""Give every cell of a table its role, find its totals and what they sum, and its measure."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from wpxl.analyse.body import FIGURES
from wpxl.analyse.book_sums import rebuild_formula_totals, summed_lines
from wpxl.analyse.cells import (
    DECIMAL,
    NO_WORDS,
    PRECISION,
    Reading,
    TypedCounts,
    Words,
    read_cell,
    row_label_words_of,
    title_words,
)
from wpxl.analyse.codes import code_labels
from wpxl.analyse.column_numbering import naming_rows
from wpxl.analyse.counted_twice import as_tree
from wpxl.analyse.decimal_lines import decimal_columns
from wpxl.analyse.differences import worked_out_from
from wpxl.analyse.formulas import Structured, defined_range
from wpxl.analyse.group_heads import group_heads
from wpxl.analyse.label_numbers import summed_codes
from wpxl.analyse.layout import Layout
from wpxl.analyse.line_measures import check_measures, read_line_measures, title_and_measure
from wpxl.analyse.listed_levels import levels_listed_apart
from wpxl.analyse.looks import by_column, label_looks
from wpxl.analyse.measure_runs import measure_runs
from wpxl.analyse.named_subsets import named_subset_totals, of_which_totals
from wpxl.analyse.period_lines import years_only_where_all_are
from wpxl.analyse.period_runs import period_run_totals, year_run_totals
from wpxl.analyse.periods import axis_periods
from wpxl.analyse.ratios import find_typed_ratios
from wpxl.analyse.row_groups import RowLabels, confirmed_across, read_row_labels
from wpxl.analyse.running_totals import mark_running, running_columns, running_rows
from wpxl.analyse.shown import ShownOnce
from wpxl.analyse.side_totals import total_headed
from wpxl.analyse.structured import TableColumns, table_columns
from wpxl.analyse.tax_names import tax_rows
from wpxl.analyse.title_rates import column_words
from wpxl.analyse.totals import Axis, Values, sums_along
from wpxl.analyse.tree_order import children_first
from wpxl.analyse.trees import TOTAL_OVER_REMOVED, totals_along
from wpxl.analyse.typed_totals import beyond_table
from wpxl.analyse.uncounted import not_counted
from wpxl.analyse.value_columns import unpriced_values
from wpxl.analyse.values import as_number, is_error, is_text, rounding_step
from wpxl.analyse.words import column_name, is_subset_words, subset_lines
from wpxl.errors import AnalysisError
from wpxl.model import Cell, Coord, Role, Sheet, Table
from wpxl.policy import Policy

# named once: each naming of an enum member is a class look-up, and _classify runs a cell
_COUNT, _NONCOUNT, _EMPTY = Role.COUNT, Role.NONCOUNT, Role.EMPTY
UNSHARED = (Role.DROPPED, Role.NONCOUNT)  # numbers a total may add up but wpxl cannot rebuild
CODE_OR_COUNT = "a number under both code and measure words (it may be an unrounded count)"


def _text(cell: Cell | None) -> str:
    return "" if cell is None or cell.value is None else str(cell.value).strip()


class TableReader:
    """Reads one table; collects roles into the sheet-wide maps it is given. ``label_cols`` are
    the columns its row labels are read from: its own, or those of the table to its left when
    it shares that table's rows and has no labels of its own."""

    def __init__(
        self,
        sheet: Sheet,
        layout: Layout,
        index: int,
        policy: Policy,
        roles: dict[Coord, Role],
        reasons: dict[Coord, str],
        label_cols: list[int] | None = None,
        money_above: bool = False,
    ) -> None:
        self.sheet = sheet
        self.cells = sheet.cells
        self.layout = layout
        self.policy = policy
        self.roles = roles
        self.reasons = reasons
        self.label_cols = label_cols if label_cols is not None else layout.label_cols
        self.money_above = money_above  # a money unit stated in the sheet's lines above
        self.problems: list[str] = []  # what wpxl will not guess about, one sentence each
        self._columns: TableColumns | None = None  # named columns, once a formula names one
        self._outcomes = True  # whether any cell may be an outcome: known once measures are
        self._running: set[int] = set()  # columns running on down the table: no sums of columns
        self._running_rows: set[int] = set()  # rows running on across it: no sums of rows
        self._groups = group_heads(sheet, layout, policy.measure_words)  # read as merged
        own = any((r, c) in self.cells for r in layout.header_rows for c in layout.body_cols)
        heads = layout.header_rows if own else [*layout.header_rows, *layout.context_header_rows]
        self._column_heads = naming_rows(sheet.cells, heads, layout.area)
        title, measure = title_and_measure(layout, self.cells, sheet.name, policy.measure_words)
        self.table = Table(
            sheet=sheet.name,
            index=index,
            area=layout.area,
            title=title,
            measure=measure,
            title_cells=list(layout.title_cells),
            header_rows=list(layout.header_rows),
            label_cols=list(layout.label_cols),
            body_rows=list(layout.body_rows),
            body_cols=list(layout.body_cols),
        )

    def header_texts(self, col: int) -> list[str]:
        """A column's header lines: its own, or, for a block stacked with none naming its
        columns (Age under Payment group), those of the tables above in the same columns."""
        parts = []
        for row in self._column_heads:
            cell = self.cells.get((row, col))
            if cell is None or cell.is_empty:
                cell = self.sheet.merged_origin(row, col) or self._groups.get((row, col))
            parts.append(_text(cell))
        return [p for p in parts if p]

    def header_text(self, col: int) -> str:
        return " ".join(self.header_texts(col))

    def label_texts(self, row: int) -> list[str]:
        return [t for col in self.label_cols if (t := _text(self.cells.get((row, col))))]

    def label_text(self, row: int) -> str:
        return " ".join(self.label_texts(row))

    def row_labels(self) -> RowLabels:
        rows = self.layout.body_rows
        texts = {row: [_text(self.cells.get((row, col))) for col in self.label_cols]
                 for row in rows}  # fmt: skip
        return read_row_labels(rows, texts)

    def read(self) -> Table:
        layout, table = self.layout, self.table
        for coord in layout.title_cells:
            self.roles[coord] = Role.TITLE
        for row in layout.title_rows:
            self._mark_row(row, Role.TITLE)
        for row in layout.header_rows:
            self._mark_row(row, Role.HEADER)
        for row in layout.note_rows:
            self._mark_row(row, Role.NOTE)
        for row in layout.body_rows:
            for col in layout.label_cols:
                if (row, col) in self.cells:
                    self.roles[(row, col)] = Role.LABEL
        code_labels(self.cells, layout.header_rows, self.label_cols, layout.body_rows,
                    self.roles, self.reasons)  # fmt: skip
        col_heads = {col: self.header_texts(col) for col in layout.body_cols}
        col_words = {col: " ".join(heads) for col, heads in col_heads.items()}
        row_labels = {row: self.label_texts(row) for row in layout.body_rows}  # read once
        row_words = {row: " ".join(texts) for row, texts in row_labels.items()}
        read_line_measures(table, self.cells, self.label_cols, col_heads, row_words,
                           self.policy.measure_words)  # fmt: skip
        lines = [*col_heads.values(), *row_labels.values()]  # a line naming rates: title_words
        unit = title_words(table, self.money_above, lines, self.cells)
        self._outcomes = table.may_hold_outcomes  # most tables: no cell is one
        col_flags = column_words(table, col_heads, unit, self.cells)
        col_flags = years_only_where_all_are(col_flags, self.cells, layout.body_rows, rows=False)
        row_flags = {row: row_label_words_of(texts) for row, texts in row_labels.items()}
        row_flags = years_only_where_all_are(row_flags, self.cells, layout.body_cols, rows=True)
        corner = [t for col in self.label_cols for t in self.header_texts(col)]
        row_flags = tax_rows(row_flags, row_labels, self.cells, set(col_words), corner)
        plain = [(col, col_flags[col]) for col in layout.body_cols]
        unpriced = plain if unit.money else unpriced_values(plain, col_heads)  # 'Value' of lines
        for row in layout.body_rows:
            heads, row_flag = unpriced if row in table.row_measures else plain, row_flags[row]
            if row_flag == NO_WORDS:  # most labels say nothing: the column's words decide
                self._classify_row(row, heads)
            else:
                self._classify_row(row, [(col, words | row_flag) for col, words in heads])
        rebuild_formula_totals(table, self.cells, self.roles, self.reasons)
        not_counted(col_words, layout, self.cells, self.roles, self.reasons)
        labels = self.row_labels() if len(self.label_cols) > 1 else None
        own = labels.own if labels is not None else row_words
        col_names = {col: column_name(self.header_texts(col), w) for col, w in col_words.items()}
        running = running_columns(table, self.cells, self.roles, col_words)
        across = running_rows(table, self.cells, self.roles, row_words)
        self._running, self._running_rows = set(running), set(across)
        self._collect(self._find_totals, own, col_names, labels)
        for lines in (running, across):  # keyed by column, and by row: marked apart
            mark_running(table, self.roles, lines)
        decimal_columns(layout.body_rows, layout.body_cols, self.roles, self.reasons)
        find_typed_ratios(
            table,
            self.cells,
            self.roles,
            row_words,
            col_words,
            self.policy.measure_words,
            self._figure,
        )
        side = total_headed(table, self.sheet)  # may be total columns set apart: judged later
        self._collect(check_measures, table, self.roles, self.sheet.name, side)
        return table

    def _collect(self, step: Callable[..., None], *args: object) -> None:
        """Run one step; a problem it finds is kept, so the rest of the workbook is still read
        and the refusal lists every problem at once."""
        try:
            step(*args)
        except AnalysisError as exc:
            self.problems.extend(exc.problems)

    def _mark_row(self, row: int, role: Role) -> None:
        for col in range(self.layout.area.left, self.layout.area.right + 1):
            cell = self.cells.get((row, col))
            if cell is None:
                continue
            words = is_text(cell.value) or cell.is_empty or role is not Role.NOTE
            self.roles[(row, col)] = role if words else Role.NONCOUNT

    def _classify_row(self, row: int, heads: list[tuple[int, Words]]) -> None:
        """A row's body cells, each with its column's (and row's) words: a typed count, most
        cells, is known without a reading of its own; any other cell is read in full."""
        get, roles, table, outcomes = self.cells.get, self.roles, self.table, self._outcomes
        typed = TypedCounts()
        for col, words in heads:
            cell = get(coord := (row, col))
            if cell is None or type(cell.value) is not int or cell.formula is not None:
                self._classify(coord, words)
                continue
            outcome = outcomes and table.measure_of(coord).is_outcome
            if typed(cell.style, words, outcome):
                roles[coord] = _COUNT
            else:
                self._classify(coord, words)

    def _classify(self, coord: Coord, words: Words) -> None:
        cell = self.cells.get(coord)
        if cell is None or cell.is_empty:
            if cell is not None:
                self.roles[coord] = _EMPTY
            return
        outcome = self._outcomes and self.table.measure_of(coord).is_outcome
        named = None if cell.formula is None else self._named(coord, cell)
        reading = read_cell(cell, words, outcome, self.sheet.name, self.cells, named)
        if reading.role is _NONCOUNT:
            reading = self._guard(coord, cell, reading)
        self.roles[coord] = reading.role
        if reading.role is _COUNT:
            return  # most cells: a count, with nothing else to note
        if reading.reason is not None:
            self.reasons[coord] = reading.reason
        if reading.parts is not None:
            self.table.totals[coord] = reading.parts  # the runs it names: no cell apiece
        if reading.ratio is not None:
            self.table.ratios[coord] = reading.ratio
            if reading.whole_percent:
                self.table.whole_percents.add(coord)

    def _named(self, coord: Coord, cell: Cell) -> Structured | None:
        """Places a formula's structured references (``Table1[[#This Row],[A]]``) or names."""
        if cell.formula is None or "[" not in cell.formula:
            return partial(defined_range, self.sheet.names) if self.sheet.names else None
        if self._columns is None:
            area = self.layout.area
            self._columns = table_columns(
                self.cells, self.layout.header_rows, self.layout.body_rows,
                range(area.left, area.right + 1),
            )  # fmt: skip
        return partial(self._columns.resolve, row=coord[0])

    def _guard(self, coord: Coord, cell: Cell, reading: Reading) -> Reading:
        """A number under code words whose row or column also names a measure may be a count."""
        named = self.table.row_measures.get(coord[0]) or self.table.col_measures.get(coord[1])
        numeric = as_number(cell.value) is not None and not is_error(cell.value)
        if numeric and named is not None:
            return Reading(Role.DROPPED, CODE_OR_COUNT)
        return reading

    def _typed(self, coord: Coord) -> float | None:
        if self.roles.get(coord) is not Role.COUNT:
            return None
        return as_number(self.cells[coord].value)

    def _figure(self, coord: Coord, busy: frozenset[Coord] = frozenset()) -> float | None:
        """A count's number; a formula total's is worked out from its parts, since a file
        saved by a program other than Excel may cache 0 (or nothing) for every formula (not
        where they are beyond its table: '=C4+G4+J4' across blank columns is what it shows)."""
        if self.roles.get(coord) not in FIGURES:
            return None
        cell = self.cells[coord]
        parts = self.table.totals.get(coord)
        if cell.formula is None or parts is None or beyond_table(self.table, parts):
            return as_number(cell.value)
        if coord in busy:
            return None
        found = [self._figure((r, c), busy | {coord}) for _, r, c in parts]
        return sum(v for v in found if v is not None)

    def _find_totals(
        self, row_words: dict[int, str], col_words: dict[int, str], labels: RowLabels | None
    ) -> None:
        table, shown = self.table, ShownOnce(self)
        values = Values(self._typed, self._figure, shown)
        rows = [r for r in table.body_rows if r not in self._running_rows
                and any(shown((r, c)) is not None for c in table.body_cols)
                and not is_subset_words(row_words.get(r, ""))]  # fmt: skip
        cols = [c for c in table.body_cols if c not in self._running
                and any(shown((r, c)) is not None for r in rows)
                and not is_subset_words(col_words.get(c, ""))]  # fmt: skip
        # "of which" lines are parts of the line before: no tree adds them (a typed total does)
        subsets = {
            True: subset_lines(table.body_cols, cols, col_words),
            False: subset_lines(table.body_rows, rows, row_words),
        }
        # typed totals are checked against their parts here, unless the source perturbs them
        # (policy) or suppresses parts: typed_totals judges those once the totals are known
        numbers, marked = shown.body_numbers
        sheet, rebuild = self.sheet, self.policy.source_totals == "rebuild"
        check_typed = not (sheet.hidden_rows or sheet.hidden_cols or rebuild or marked)
        step = rounding_step(numbers)
        runs = measure_runs(cols, table.col_measures, self.header_texts)  # a kind adds its own
        for by_row, lines in ((True, rows), *((False, run) for run in runs)):
            axis = Axis(by_row, lines, cols if by_row else rows, row_words if by_row else col_words)
            axis.periods = axis_periods(axis, self.cells, self.label_cols, self._column_heads)
            axis.half_step = max(0.5, step / 2)
            axis.summed = summed_lines(table, self.cells, by_row)
            looks = label_looks(self.cells, self.label_cols, rows) if by_row else {}
            axis.heads_of_one, axis.indents = by_column(self.cells, self.label_cols, list(looks))
            found = totals_along(axis, values, self.sheet.name, check_typed, looks)
            if by_row and labels is not None:
                found.update(confirmed_across(axis, values, found, labels))
            found.update(period_run_totals(axis, values, found))
            found.update(year_run_totals(axis, values, found))
            found.update(named_subset_totals(axis, values, found))
            found.update(of_which_totals(axis, values, found, subsets[not by_row]))
            found.update(levels_listed_apart(axis, values, found))
            (table.total_rows if by_row else table.total_cols).update(axis.totals)
            for line in children_first(found):
                for other in axis.across:
                    coord = axis.coord(line, other)
                    role = self.roles.get(coord)  # a typed total (formulas are known), or a code
                    if role is Role.COUNT or summed_codes(role, axis.labels.get(line, "")):
                        near = [axis.coord(p, other) for p in found[line]]
                        if role is Role.COUNT or self._adds_up(coord, near):  # its codes: counts
                            self._mark_total(coord, near)
                for other in subsets[by_row]:
                    coord, near = (
                        axis.coord(line, other),
                        [axis.coord(p, other) for p in found[line]],
                    )
                    if self.roles.get(coord) is Role.COUNT and self._adds_up(coord, near):
                        self._mark_total(coord, near)
        self._collect(as_tree, table.totals, self.sheet.name, self.cells)
        for by_row, lines, across in ((True, rows, cols), (False, cols, rows)):
            found = [x for x in lines if sums_along(x, across, by_row, self.roles, table)]
            (table.total_rows if by_row else table.total_cols).update(found)

    def _mark_total(self, coord: Coord, near: list[Coord]) -> None:
        """A typed count on a total line (the caller picks them out) becomes a total over its
        figures; where every part is a marker ('-'), or one is worked out from it (=B4-C4), it
        stays a count; over a figure wpxl removes (an apportioned decimal), it is removed too."""
        if worked_out_from(self.cells, near, coord):
            return
        roles, cells, over_removed = self.roles, [], False  # one pass: up to thousands of parts
        for c in near:
            role = roles.get(c)
            if role is Role.NONCOUNT and (number := self.shown(c)) is not None:  # a part: a count
                role = roles[c] = Role.COUNT if float(number).is_integer() else Role.DROPPED
                if role is Role.DROPPED:
                    self.reasons[c] = DECIMAL
            if role in UNSHARED:
                over_removed = over_removed or self.shown(c) is not None
            elif role in FIGURES and self._figure(c) is not None:
                cells.append(c)
        if over_removed:
            roles[coord], self.reasons[coord] = Role.DROPPED, TOTAL_OVER_REMOVED
        elif cells:
            roles[coord] = Role.TOTAL
            self.table.totals[coord] = tuple((self.sheet.name, *c) for c in cells)

    def _adds_up(self, coord: Coord, parts: list[Coord]) -> bool:
        """Whether a typed figure is exactly the sum of the figures ``parts`` show."""
        found = [v for c in parts if (v := self.shown(c)) is not None]
        return bool(found) and self.shown(coord) == sum(found)

    def shown(self, coord: Coord) -> float | None:
        """Any number the source shows in the body, a figure wpxl removes or keeps as it is
        included (a decimal, a row its words call codes): the source's totals add those up.
        An estimate's precision is no part of any total."""
        if self.roles.get(coord) in UNSHARED and self.reasons.get(coord) != PRECISION:
            cell = self.cells.get(coord)
            return None if cell is None or is_error(cell.value) else as_number(cell.value)
        return self._figure(coord)
