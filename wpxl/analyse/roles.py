"""Give every cell of a table its role, find its totals and what they sum, and its measure."""

from __future__ import annotations

from wpxl.analyse.formulas import ratio_refs, references_any, sum_refs
from wpxl.analyse.layout import Layout
from wpxl.analyse.values import as_number, is_date, is_error, is_money_format, is_percent_format
from wpxl.analyse.words import (
    is_cumulative_words,
    is_grand_total_label,
    is_money_words,
    is_rate_words,
    is_total_label,
    measure_in,
)
from wpxl.errors import AnalysisError
from wpxl.model import Cell, Coord, Measure, Role, Sheet, Table
from wpxl.policy import Policy
from wpxl.sheetref import a1


def _text(cell: Cell | None) -> str:
    if cell is None or cell.value is None:
        return ""
    return str(cell.value).strip()


class TableReader:
    """Reads one table; collects roles into the sheet-wide maps it is given."""

    def __init__(
        self,
        sheet: Sheet,
        layout: Layout,
        index: int,
        policy: Policy,
        roles: dict[Coord, Role],
        reasons: dict[Coord, str],
    ) -> None:
        self.sheet = sheet
        self.cells = sheet.cells
        self.layout = layout
        self.policy = policy
        self.roles = roles
        self.reasons = reasons
        title_texts = [_text(self.cells.get(c)) for c in layout.title_cells]
        title_texts += [
            _text(self.cells.get((r, c)))
            for r in layout.title_rows
            for c in range(layout.area.left, layout.area.right + 1)
        ]
        title = " ".join(t for t in title_texts if t)
        self.table = Table(
            sheet=sheet.name,
            index=index,
            area=layout.area,
            title=title,
            measure=measure_in(f"{title} {sheet.name}", policy.measure_words) or Measure.UNKNOWN,
            title_cells=list(layout.title_cells),
            header_rows=list(layout.header_rows),
            label_cols=list(layout.label_cols),
            body_rows=list(layout.body_rows),
            body_cols=list(layout.body_cols),
        )

    def header_text(self, col: int) -> str:
        parts = []
        for row in self.layout.header_rows:
            cell = self.cells.get((row, col))
            if cell is None or cell.is_empty:
                cell = self._merged_origin(row, col)
            parts.append(_text(cell))
        return " ".join(p for p in parts if p)

    def _merged_origin(self, row: int, col: int) -> Cell | None:
        for rng in self.sheet.merged:
            if (row, col) in rng:
                return self.cells.get((rng.top, rng.left))
        return None

    def label_text(self, row: int) -> str:
        return " ".join(
            t for col in self.layout.label_cols if (t := _text(self.cells.get((row, col))))
        )

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
        col_words = {col: self.header_text(col) for col in layout.body_cols}
        row_words = {row: self.label_text(row) for row in layout.body_rows}
        for col, words in col_words.items():
            if (m := measure_in(words, self.policy.measure_words)) is not None:
                table.col_measures[col] = m
            if is_total_label(words):
                table.total_cols.add(col)
        for row, words in row_words.items():
            if (m := measure_in(words, self.policy.measure_words)) is not None:
                table.row_measures[row] = m
            if is_total_label(words):
                table.total_rows.add(row)
        for row in layout.body_rows:
            for col in layout.body_cols:
                self._classify((row, col), col_words[col], row_words[row])
        self._find_arithmetic_totals()
        self._label_totals()
        self._check_measures()
        return table

    def _mark_row(self, row: int, role: Role) -> None:
        for col in range(self.layout.area.left, self.layout.area.right + 1):
            if (row, col) in self.cells:
                self.roles[(row, col)] = role

    def _drop(self, coord: Coord, why: str) -> None:
        self.roles[coord] = Role.DROPPED
        self.reasons[coord] = why

    def _classify(self, coord: Coord, col_words: str, row_words: str) -> None:
        cell = self.cells.get(coord)
        if cell is None or cell.is_empty:
            if cell is not None:
                self.roles[coord] = Role.EMPTY
            return
        fmt = cell.style.number_format
        words = f"{col_words} {row_words}"
        # money and rate words never span the gap, so each half is checked (and cached) alone
        money = is_money_words(col_words) or is_money_words(row_words)
        rate = is_rate_words(col_words) or is_rate_words(row_words)
        outcome = self.table.measure_of(coord).is_outcome
        if is_error(cell.value):
            self.roles[coord] = Role.NONCOUNT
            return
        if outcome and is_cumulative_words(words):
            self._drop(coord, "a cumulative outcome figure (outcome volumes are never shared)")
            return
        if cell.formula is not None:
            self._classify_formula(coord, cell, money, rate, outcome)
            return
        number = as_number(cell.value)
        if number is None:
            self.roles[coord] = Role.TEXT
        elif is_date(cell.value, fmt):
            self.roles[coord] = Role.NONCOUNT
        elif is_money_format(fmt) or money:
            self._drop(coord, "an amount of money (payments can reveal volumes)")
        elif is_percent_format(fmt) or rate:
            self._drop(coord, "a typed rate or percentage (it can reveal the unrounded counts)")
        elif isinstance(number, float):
            self._drop(coord, "a decimal number that is not a count")
        else:
            self.roles[coord] = Role.COUNT

    def _classify_formula(
        self, coord: Coord, cell: Cell, money: bool, rate: bool, outcome: bool
    ) -> None:
        fmt = cell.style.number_format
        refs = sum_refs(cell.formula or "")
        ratio = ratio_refs(cell.formula or "")
        if is_money_format(fmt) or money:
            self._drop(coord, "an amount of money (payments can reveal volumes)")
        elif refs is not None and not (is_percent_format(fmt) or rate):
            self.roles[coord] = Role.TOTAL
            parts = []
            for ref in refs:
                for row, col in ref.coords():
                    parts.append((ref.sheet or self.sheet.name, row, col))
            self.table.totals[coord] = tuple(parts)
        elif ratio is not None and outcome:
            self._drop(coord, "a rate that uses outcome figures (it reveals outcome volumes)")
        elif ratio is not None:
            num, den = ratio
            self.roles[coord] = Role.DERIVED
            self.table.ratios[coord] = ((num.top, num.left), (den.top, den.left))
        else:
            refs_text = ", ".join(a1(r.top, r.left) for r in references_any(cell.formula or ""))
            self._drop(coord, f"a formula wpxl does not rebuild (over {refs_text or 'no cells'})")

    def _count_cells(self, coords: list[Coord]) -> list[Coord]:
        return [c for c in coords if self.roles.get(c) in (Role.COUNT, Role.TOTAL)]

    def _label_totals(self) -> None:
        """Rows and columns named as totals sum their group; formulas already give their parts."""
        table = self.table
        rows = [r for r in table.body_rows if self._row_has_numbers(r)]
        cols = [c for c in table.body_cols if self._col_has_numbers(c)]
        for row in sorted(table.total_rows):
            group = self._group(row, rows, table.total_rows, self.label_text(row))
            for col in cols:
                self._make_total((row, col), [(r, col) for r in group])
        for col in sorted(table.total_cols):
            group = self._group(col, cols, table.total_cols, self.header_text(col))
            for row in rows:
                if (row, col) not in table.totals:
                    self._make_total((row, col), [(row, c) for c in group])

    def _make_total(self, coord: Coord, parts: list[Coord]) -> None:
        if self.roles.get(coord) not in (Role.COUNT, Role.TOTAL) or coord in self.table.totals:
            return
        self.roles[coord] = Role.TOTAL
        name = self.sheet.name
        self.table.totals[coord] = tuple((name, r, c) for r, c in self._count_cells(parts))

    def _group(self, line: int, lines: list[int], totals: set[int], label: str) -> list[int]:
        """The rows (or columns) a total sums: its group, or the subtotals for a grand total."""
        before = [x for x in lines if x < line]
        after = [x for x in lines if x > line]
        leaves_before = [x for x in before if x not in totals]
        if not leaves_before:  # total above (or left of) its body
            group = []
            for x in after:
                if x in totals:
                    break
                group.append(x)
            return group
        subtotals = [x for x in before if x in totals]
        if subtotals and is_grand_total_label(label):
            covered_end = subtotals[-1]
            return subtotals + [x for x in leaves_before if x > covered_end]
        group = []
        for x in reversed(before):
            if x in totals:
                break
            group.append(x)
        return sorted(group)

    def _row_has_numbers(self, row: int) -> bool:
        return any(
            self.roles.get((row, c)) in (Role.COUNT, Role.TOTAL) for c in self.table.body_cols
        )

    def _col_has_numbers(self, col: int) -> bool:
        return any(
            self.roles.get((r, col)) in (Role.COUNT, Role.TOTAL) for r in self.table.body_rows
        )

    def _find_arithmetic_totals(self) -> None:
        """An unlabelled last row (or column) equal to the sum of the others is a total."""
        table = self.table
        if table.total_rows or table.total_cols:
            return
        rows = [r for r in table.body_rows if self._row_has_numbers(r)]
        cols = [c for c in table.body_cols if self._col_has_numbers(c)]
        if len(rows) >= 3 and self._sums_to(rows[-1], rows[:-1], cols, by_row=True):
            table.total_rows.add(rows[-1])
        if len(cols) >= 3 and self._sums_to(cols[-1], cols[:-1], rows, by_row=False):
            table.total_cols.add(cols[-1])

    def _sums_to(self, line: int, parts: list[int], across: list[int], by_row: bool) -> bool:
        checked = 0
        for other in across:

            def value(a: int, b: int = other) -> float | None:
                coord = (a, b) if by_row else (b, a)
                cell = self.cells.get(coord)
                if self.roles.get(coord) != Role.COUNT or cell is None:
                    return None
                return as_number(cell.value)

            total = value(line)
            values = [value(p) for p in parts]
            if total is None or any(v is None for v in values):
                continue
            if total != sum(values) or total == 0:  # type: ignore[arg-type]
                return False
            checked += 1
        return checked >= 1

    def _check_measures(self) -> None:
        for coord, role in self.roles.items():
            if role not in (Role.COUNT, Role.TOTAL) or coord not in self.table.area:
                continue
            if self.table.measure_of(coord) is Measure.UNKNOWN:
                raise AnalysisError(
                    f"sheet '{self.sheet.name}', {self.table.name} (cell {a1(*coord)}): wpxl "
                    "cannot tell whether these counts are referrals, attachments, job starts, "
                    "job outcomes or sustainments. Name the measure in the table's title, its "
                    "headers or the sheet name (for example 'Referrals by payment group')"
                )
