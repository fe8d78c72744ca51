"""Warn where tables can be compared to undo rounding (guidance R6), naming both tables.

Two tables that count the same people (the same measure and the same true total) broken down
differently are rounded separately, so their rounded totals may differ and subtracting one
breakdown from the other can single out a small group. A table whose figures are all found in
a bigger table (the same labels, headers and true figures) is a slice of it: what rounding
hides in the slice can be worked out from the rest. Only counts are compared; outcome tables
are shown as percentages and never as volumes.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from wpxl.model import Measure, Role, SheetAnalysis, Table, Warning
from wpxl.plan.aggregate import col_words, row_words
from wpxl.plan.figures import Figures


@dataclass(frozen=True, slots=True)
class _Profile:
    table: str
    measure: Measure
    total: float
    cells: dict[tuple[str, str], float]  # (row label, column header) -> true count


def overlap_warnings(analyses: list[SheetAnalysis], figures: Figures) -> list[Warning]:
    profiles = [p for a in analyses for t in a.tables for p in _profiles(a, t, figures)]
    warnings = []
    for a, b in combinations(profiles, 2):
        if a.measure != b.measure or a.table == b.table:
            continue
        small, large = (a, b) if len(a.cells) <= len(b.cells) else (b, a)
        if _is_slice(small, large):
            warnings.append(
                Warning(
                    "overlap-subset",
                    small.table,
                    f"every {small.measure.value} figure of {small.table} is also in "
                    f"{large.table}; comparing the two can reveal what rounding hides — "
                    "consider sharing only one of them",
                    (small.table, large.table),
                    (("cells", len(small.cells)), ("cells_in_other", len(large.cells))),
                )
            )
        elif a.total and a.total == b.total and a.cells.keys() != b.cells.keys():
            warnings.append(
                Warning(
                    "overlap-population",
                    a.table,
                    f"{a.table} and {b.table} appear to count the same {a.measure.value} broken "
                    "down differently; each is rounded on its own, so their totals can differ "
                    "and subtracting one breakdown from the other can single out small groups "
                    "— consider sharing only one of them, or the same breakdown in both",
                    (a.table, b.table),
                )
            )
    return warnings


def _profiles(analysis: SheetAnalysis, table: Table, figures: Figures) -> list[_Profile]:
    """One profile per volume measure in the table: its leaf counts by label and header."""
    name = analysis.sheet.name
    by_measure: dict[Measure, dict[tuple[str, str], float]] = {}
    for coord, role in sorted(analysis.roles.items()):
        if role is not Role.COUNT or coord not in table.area:
            continue
        if coord[0] in table.total_rows or coord[1] in table.total_cols:
            continue
        measure = table.measure_of(coord)
        if measure.is_outcome:
            continue
        key = (row_words(analysis, table, coord[0]), col_words(analysis, table, coord[1]))
        by_measure.setdefault(measure, {})[key] = figures.true((name, *coord))
    return [
        _Profile(table.name, measure, sum(cells.values()), cells)
        for measure, cells in by_measure.items()
    ]


def _is_slice(small: _Profile, large: _Profile) -> bool:
    return (
        len(small.cells) < len(large.cells)
        and small.cells.keys() <= large.cells.keys()
        and all(large.cells[k] == v for k, v in small.cells.items())
        and any(v for v in small.cells.values())
    )
