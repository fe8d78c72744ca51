"""The numbers behind every count and total: true (unrounded) and as shared (rounded).

Totals are worked out from their parts, never from the typed total, so a rebuilt total is the
sum of the rounded cells it covers at every level (subtotals, grand totals, across sheets).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from itertools import groupby, product, repeat
from operator import add, floordiv, itemgetter

from wpxl.analyse.values import as_number
from wpxl.errors import AnalysisError
from wpxl.model import CellValue, Role, SheetAnalysis, SheetCoord, Table
from wpxl.model.sheetref import a1
from wpxl.plan.formulas import Run
from wpxl.plan.grid import Grid
from wpxl.plan.rounding import round_to_base
from wpxl.plan.run_totals import RunTotal, run_totals

# Members named once: naming an enum member costs a class look-up (about 0.15 µs) each
# time, and a total's parts are asked about one by one.
_COUNT, _TOTAL = Role.COUNT, Role.TOTAL
NUMERIC_ROLES = (_COUNT, _TOTAL)
_SHEET = itemgetter(0)
_WHOLE = {int}
_Spans = dict[int, list[Table]]  # a row (or column) -> the tables crossing it, in order


def numeric_cells(analysis: SheetAnalysis, table: Table) -> list[tuple[int, int]]:
    """The counts and totals of a table, read from its area where that is the smaller (a sheet
    of 320 tables side by side was read whole for each)."""
    roles, area = analysis.roles, table.area
    if (area.bottom - area.top + 1) * (area.right - area.left + 1) > len(roles):
        return [c for c, r in roles.items() if c in area and r in NUMERIC_ROLES]
    coords = product(range(area.top, area.bottom + 1), range(area.left, area.right + 1))
    return [c for c in coords if roles.get(c) in NUMERIC_ROLES]


class Figures:
    def __init__(self, analyses: list[SheetAnalysis], base: int) -> None:
        self.base = base
        self.sheets = {a.sheet.name: a for a in analyses}
        self._sums: dict[SheetCoord, tuple[int | float, int | float]] = {}  # (true, rounded)
        self._busy: set[SheetCoord] = set()
        self._parts: dict[SheetCoord, Sequence[SheetCoord]] = {}  # one entry per total
        self._outcome_tables: dict[int, bool] = {}
        self._outcome_sheets: dict[str, bool] = {}
        self._far: dict[SheetCoord, bool] = {}
        self._leaves: dict[SheetCoord, int] = {}
        self._grids: dict[str, Grid] = {}
        self._spans: dict[str, tuple[_Spans, _Spans]] = {}  # tables by row, by column
        self._runs: dict[str, dict[tuple[int, int], RunTotal]] = {}  # by sheet (run_totals)

    def grid(self, sheet: str) -> Grid:
        """A sheet's roles and counts by row, laid out the first time a total needs them."""
        grid = self._grids.get(sheet)
        if grid is None:
            grid = self._grids[sheet] = Grid(self.sheets[sheet])
        return grid

    def role(self, key: SheetCoord) -> Role | None:
        analysis = self.sheets.get(key[0])
        return None if analysis is None else analysis.roles.get((key[1], key[2]))

    def table(self, key: SheetCoord) -> Table | None:
        analysis = self.sheets.get(key[0])
        if analysis is None:
            return None
        by_row, by_col = self._tables_at(key[0], analysis)
        coord = (key[1], key[2])
        row, col = by_row.get(coord[0], ()), by_col.get(coord[1], ())
        for table in row if len(row) <= len(col) else col:  # the first (in order) holding it
            if coord in table.area:
                return table
        return None

    def _tables_at(self, sheet: str, analysis: SheetAnalysis) -> tuple[_Spans, _Spans]:
        """The sheet's tables, in order, by each row and each column their areas cross: a
        cell's table is sought among the fewer (a row of 320 blocks side by side asked each
        of them for each of its cells; a stack of them, each column)."""
        known = self._spans.get(sheet)
        if known is None:
            by_row: _Spans = {}
            by_col: _Spans = {}
            for table in analysis.tables:
                area = table.area
                for row in range(area.top, area.bottom + 1):
                    by_row.setdefault(row, []).append(table)
                for col in range(area.left, area.right + 1):
                    by_col.setdefault(col, []).append(table)
            known = self._spans[sheet] = (by_row, by_col)
        return known

    def is_outcome(self, key: SheetCoord) -> bool:
        if not self.has_outcomes(key[0]):
            return False
        table = self.table(key)
        if table is None or not self._has_outcomes(table):
            return False
        if not table.row_measures and not table.col_measures:
            return True  # its own measure names outcomes, so each of its cells does
        return table.measure_of((key[1], key[2])).is_outcome

    def has_outcomes(self, sheet: str) -> bool:
        """Whether any table on the sheet can hold outcome figures: most sheets hold none."""
        known = self._outcome_sheets.get(sheet)
        if known is None:
            analysis = self.sheets.get(sheet)
            tables = analysis.tables if analysis is not None else []
            known = self._outcome_sheets[sheet] = any(self._has_outcomes(t) for t in tables)
        return known

    def _has_outcomes(self, table: Table) -> bool:
        """Whether any cell of ``table`` can be an outcome: most tables have none at all."""
        known = self._outcome_tables.get(id(table))
        if known is None:
            known = self._outcome_tables[id(table)] = table.may_hold_outcomes
        return known

    def parts(self, key: SheetCoord) -> Sequence[SheetCoord]:
        """The carried count/total cells a total sums, of the same kind (outcome or volume)."""
        known = self._parts.get(key)
        if known is not None:
            return known
        if key[0] in self.sheets and self._summed_runs(key[0]):
            known = self._parts.get(key)  # a total over one run of counts: its parts now known
            if known is not None:
                return known
        table = self.table(key)
        if table is None:
            return []
        outcome = self.is_outcome(key)
        found: list[SheetCoord] = []
        self._parts[key] = found
        # the sheet's maps looked up once a run of parts on it (a total may have thousands)
        for sheet, run in groupby(table.totals.get((key[1], key[2]), ()), key=_SHEET):
            if sheet not in self.sheets:
                continue  # a sheet of another group: nothing of it is carried here
            run = list(run)
            carried = self.grid(sheet).carried(run)
            if carried is None:  # a part outside the grid: the sheet's roles tell
                roles = self.sheets[sheet].roles
                carried = [p for p in run if roles.get((p[1], p[2])) in NUMERIC_ROLES]
            if self.has_outcomes(sheet):
                found += [p for p in carried if self.is_outcome(p) == outcome]
            elif not outcome:  # a sheet without outcome tables holds volumes only
                found += carried
        return found

    def _summed_runs(self, sheet: str) -> bool:
        """The sheet's totals over one run of whole counts each summed the first time one of
        its totals is asked about, a line of them at a time (wpxl.plan.run_totals): their
        parts and sums known from then on. Whether the sheet has any such total."""
        runs = self._runs.get(sheet)
        if runs is None:
            runs = self._runs[sheet] = {}
            if not self.has_outcomes(sheet):  # outcome tables' totals take some parts only
                runs.update(run_totals(sheet, self.grid(sheet), self._own_totals(sheet), self.base))
            for coord, run in runs.items():
                key = (sheet, *coord)
                self._parts[key] = run.parts  # the analysis's own runs: no cell apiece copied
                self._sums[key] = (
                    run.true + self.unshown(key, False),
                    run.rounded + self.unshown(key, True),
                )
        return bool(runs)

    def _own_totals(self, sheet: str) -> list[tuple[tuple[int, int], tuple[SheetCoord, ...]]]:
        """Each total of the sheet with its parts, as ``parts`` finds them: in the first
        table (in order) whose area holds it."""
        return [
            (coord, parts)
            for table in self.sheets[sheet].tables
            for coord, parts in table.totals.items()
            if self.table((sheet, *coord)) is table
        ]

    def _run_total(self, key: SheetCoord) -> RunTotal | None:
        """A total over one run of whole counts, as it was summed; None for any other total."""
        if key[0] not in self.sheets or not self._summed_runs(key[0]):
            return None
        return self._runs[key[0]].get((key[1], key[2]))

    def run_of(self, key: SheetCoord) -> Run | None:
        """The run of a total over one run of whole counts (``formulas.one_run``), found as it
        was summed; None for any other total."""
        run = self._run_total(key)
        return None if run is None else run.run

    def run_leaves(self, key: SheetCoord) -> tuple[int, int] | None:
        """How many counts a total over one run of whole counts adds up, and how many of them
        the copy shows above 0; None for any other total."""
        run = self._run_total(key)
        return None if run is None else (run.counts, run.shown)

    @cached_property
    def any_outcomes(self) -> bool:
        """Whether any table can hold outcome figures: most workbooks' totals reach none."""
        return any(self.has_outcomes(sheet) for sheet in self.sheets)

    @cached_property
    def any_perturbed(self) -> bool:
        """Whether any typed total was rebuilt from perturbed parts: most workbooks have none."""
        return any(t.source_changes for a in self.sheets.values() for t in a.tables)

    @cached_property
    def any_unshown(self) -> bool:
        """Whether any total counts a group its table does not show: most workbooks have none."""
        return any(t.unshown for a in self.sheets.values() for t in a.tables)

    def adds_up_outcomes(self, key: SheetCoord) -> bool:
        """A volume total over outcome cells would let the outcome volume be worked back."""
        if not self.any_outcomes:
            return False  # the usual case: no outcome figures anywhere a total could reach
        table = self.table(key)
        if table is None or self.is_outcome(key):
            return False
        raw = table.totals.get((key[1], key[2]), ())
        return any(self.role(p) in NUMERIC_ROLES and self.is_outcome(p) for p in raw)

    def rounded(self, key: SheetCoord) -> int:
        return int(self._figure(key, rounded=True))

    def true(self, key: SheetCoord) -> float:
        return self._figure(key, rounded=False)

    def true_count(self, value: CellValue) -> int | float:
        """The number in a count's cell."""
        return value if type(value) is int else (as_number(value) or 0)

    def rounded_count(self, value: CellValue) -> int:
        if type(value) is int and value >= 0:  # a whole count: round_to_base's sum, in line
            return (value + self.base // 2) // self.base * self.base
        return round_to_base(self.true_count(value), self.base)

    def _figure(self, key: SheetCoord, rounded: bool) -> int | float:
        """A count is read from its cell each time (cheaper than remembering one per cell); a
        total is worked out from its parts once, true and rounded together."""
        analysis = self.sheets.get(key[0])
        if analysis is None:
            return 0
        coord = (key[1], key[2])
        role = analysis.roles.get(coord)
        if role is _COUNT:
            value = analysis.sheet.cells[coord].value
            return self.rounded_count(value) if rounded else self.true_count(value)
        if role is not _TOTAL:
            return 0
        sums = self._sums.get(key)
        if sums is None and self._summed_runs(key[0]):
            sums = self._sums.get(key)  # a total over one run of counts, summed with its line
        if sums is None:
            sums = self._sums[key] = self._total(key)
        return sums[1] if rounded else sums[0]

    def _total(self, key: SheetCoord) -> tuple[int | float, int | float]:
        """(true, rounded) sums of a total's parts."""
        if key in self._busy:
            raise AnalysisError(
                f"sheet '{key[0]}', cell {a1(key[1], key[2])}: this total is part of its own "
                "sum (a circular reference). Fix the formula in Excel and try again"
            )
        self._busy.add(key)
        true: int | float = 0
        rounded: int | float = 0
        try:
            # the sheet's maps looked up once a run of parts on it (a total may have thousands)
            for sheet, run in groupby(self.parts(key), key=_SHEET):
                run = list(run)
                values = self.grid(sheet).values(run)  # a carried part is on a sheet of the group
                if (
                    type(true) is int
                    and type(rounded) is int
                    and set(map(type, values)) == _WHOLE
                    and min(values) >= 0
                ):  # most runs: whole counts, summed exactly in any order, as rounded_count
                    half, base = self.base // 2, self.base
                    true += sum(values)
                    # each (v + half) // base, worked out by map without a Python step a part
                    halves = map(add, values, repeat(half))
                    rounded += sum(map(floordiv, halves, repeat(base))) * base
                    continue
                for part in run:  # one at a time, in order: a float sum depends on it
                    true += self._figure(part, rounded=False)
                    rounded += self._figure(part, rounded=True)
        finally:
            self._busy.discard(key)
        return true + self.unshown(key, False), rounded + self.unshown(key, True)

    def unshown(self, key: SheetCoord, rounded: bool = True) -> int | float:
        """What a total counts beyond its parts (a group its table does not show), rounded
        like any count when shared; 0 for almost every total."""
        if not self.any_unshown:
            return 0
        table = self.table(key)
        rest = 0 if table is None else table.unshown.get((key[1], key[2]), 0)
        return round_to_base(rest, self.base) if rounded and rest else rest

    def far_from_source(self, key: SheetCoord) -> bool:
        """Whether a total the source perturbed (rebuilt from its parts by the policy), or a
        total over one, would show further from the source's typed total than rounding moves
        one (half the base a plain cell): no reader could take it for that total."""
        if not self.any_perturbed:
            return False
        known = self._far.get(key)
        if known is None:
            self._far[key] = False  # a total that adds up itself is judged once
            known = self._far[key] = self._off_its_source(key) or any(
                self.role(part) is Role.TOTAL and self.far_from_source(part)
                for part in self.parts(key)
            )
        return known

    def _off_its_source(self, key: SheetCoord) -> bool:
        table = self.table(key)
        if table is None or (key[1], key[2]) not in table.source_changes:
            return False
        typed = as_number(self.sheets[key[0]].sheet.cells[(key[1], key[2])].value)
        if typed is None:
            return False
        return abs(self.rounded(key) - typed) > self.base / 2 * self.leaves(key)

    def leaves(self, key: SheetCoord) -> int:
        """How many counts a total adds up, through the totals it adds up."""
        known = self._leaves.get(key)
        if known is None:
            self._leaves[key] = 1  # a total that adds up itself counts once
            known = self._leaves[key] = sum(
                self.leaves(part) if self.role(part) is Role.TOTAL else 1
                for part in self.parts(key)
            )
        return known
