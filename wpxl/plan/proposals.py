"""Less detail that would make a table of small cells worth sharing (guidance R7), tried out.

wpxl proposes: months to quarters, payment groups to JSA / ESA / other, councils to the whole
contract package area, or dropping one breakdown. Each proposal is worked out on the table's
true counts, so the analyst sees how many small figures it would leave before choosing it with
``--aggregate``. Only plain count tables (counts, empty cells and totals after their parts) get
proposals, because only those can be rebuilt faithfully with fewer rows or columns.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from wpxl.analyse.values import as_number
from wpxl.model import CellValue, Coord, Proposal, Role, SheetAnalysis, Table
from wpxl.plan.head_words import is_pivot_placeholder
from wpxl.policy import Policy
from wpxl.read.quoted_figures import could_quote_a_figure

PROPOSALS = ("quarters", "jsa-esa-other", "whole-cpa", "drop-rows", "drop-columns")
Groups = tuple[tuple[str, tuple[int, ...]], ...]
TrueValue = Callable[[Coord], float]

_MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = re.compile(r"^\s*([a-z]{3})[a-z]*\.?(?:[\s-]+'?(\d{2}|\d{4}))?\s*$", re.IGNORECASE)
_COUNCIL = re.compile(
    r"local\s+authorit|council|\bla\b|borough|(?:postcode\s+)?district", re.IGNORECASE
)
_BY_COUNCIL = re.compile(r"\bby\s+(local\s+authorit|council|la\b)", re.IGNORECASE)
_PAYMENT_GROUP = re.compile(r"payment\s+group", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Shape:
    """A plain count table's leaf rows and columns, and which of them can be regrouped.

    An axis can be regrouped when its totals all come after its leaves (a trailing grand
    total); subtotals on the other axis are fine, they are rebuilt over the new lines.
    """

    rows: list[int]
    cols: list[int]
    rows_free: bool
    cols_free: bool

    def lines(self, axis: str) -> list[int]:
        return self.rows if axis == "rows" else self.cols

    def free(self, axis: str) -> bool:
        return self.rows_free if axis == "rows" else self.cols_free


def shape(analysis: SheetAnalysis, table: Table) -> Shape | None:
    """The shape of a plain count table (counts, empty cells and totals), or None."""
    roles = analysis.roles
    rows = [r for r in table.body_rows if r not in table.total_rows]
    cols = [c for c in table.body_cols if c not in table.total_cols]
    if not rows or not cols:
        return None
    if table.may_hold_outcomes and any(
        table.measure_of((r, c)).is_outcome for r in table.body_rows for c in table.body_cols
    ):
        return None
    for r in table.body_rows:
        for c in table.body_cols:
            role = roles.get((r, c), Role.EMPTY)
            leaf = r not in table.total_rows and c not in table.total_cols
            if role is not Role.EMPTY and role is not (Role.COUNT if leaf else Role.TOTAL):
                return None
    if not any(roles.get((r, c)) is Role.COUNT for r in rows for c in cols):
        return None
    return Shape(
        rows,
        cols,
        not table.total_rows or min(table.total_rows) > max(rows),
        not table.total_cols or min(table.total_cols) > max(cols),
    )


def row_words(analysis: SheetAnalysis, table: Table, row: int) -> str:
    return _joined(analysis, [(row, c) for c in table.label_cols])


def col_words(analysis: SheetAnalysis, table: Table, col: int) -> str:
    return _joined(analysis, [(r, col) for r in table.header_rows])


class RowWords:
    """The words of a sheet's table rows, joined once for both the quality report and the
    differencing profiles: joining asks of each label whether it could quote a figure, which
    on a large workbook cost most of a second each time. Kept for one sheet only."""

    def __init__(self, analysis: SheetAnalysis) -> None:
        self._analysis = analysis
        self._known: dict[tuple[int, int], str] = {}  # (id of the table, row) -> its words

    def __call__(self, table: Table, row: int) -> str:
        key = (id(table), row)
        words = self._known.get(key)
        if words is None:
            words = self._known[key] = row_words(self._analysis, table, row)
        return words


Candidate = tuple[str, str, str, Groups]  # name, advice, axis, groups


def propose(
    analysis: SheetAnalysis, table: Table, true: TrueValue, policy: Policy
) -> list[Proposal]:
    """Every proposal that applies to the table, best first (fewest small figures left)."""
    found = shape(analysis, table)
    if found is None:
        return []
    row_axis = _joined(analysis, [(r, c) for r in table.header_rows for c in table.label_cols])
    candidates = _regroupings(analysis, table, found, row_axis, policy)
    candidates += _drops(found, row_axis, candidates)
    rows, cols = found.rows, found.cols
    proposals: dict[str, Proposal] = {}
    for name, advice, axis, groups in candidates:
        across = cols if axis == "rows" else rows
        sums = [
            sum(true(_cell(axis, line, other)) for line in lines)
            for _, lines in groups
            for other in across
        ]
        small = sum(1 for s in sums if abs(s) < policy.rounding_base)
        proposals.setdefault(name, Proposal(name, advice, axis, groups, len(sums), small))
    return sorted(proposals.values(), key=lambda p: (p.small / p.cells, -p.cells, p.name))


def _regroupings(
    analysis: SheetAnalysis, table: Table, found: Shape, row_axis: str, policy: Policy
) -> list[Candidate]:
    """Quarters for months, the whole area for councils, JSA / ESA / other for payment groups."""
    candidates: list[Candidate] = []
    for axis, lines in (("rows", found.rows), ("columns", found.cols)):
        if not found.free(axis):
            continue
        words = row_words if axis == "rows" else col_words
        names = [words(analysis, table, line) for line in lines]
        values = [analysis.sheet.cells.get(_at(axis, line, table)) for line in lines]
        quarters = _quarters(lines, names, [v.value if v else None for v in values])
        if quarters is not None:
            candidates.append(("quarters", "show quarters instead of months", axis, quarters))
        council_axis = (
            _COUNCIL.search(row_axis) if axis == "rows" else _BY_COUNCIL.search(table.title)
        )
        if len(lines) > 1 and council_axis:
            area = policy.contract_package_area or "Whole contract package area"
            advice = f"show the whole contract package area instead of each {_each(council_axis)}"
            candidates.append(("whole-cpa", advice, axis, ((area, tuple(lines)),)))
        groups = _payment_groups(lines, names, axis == "rows" and _PAYMENT_GROUP.search(row_axis))
        if groups is not None:
            advice = "group the payment groups as JSA / ESA / other"
            candidates.append(("jsa-esa-other", advice, axis, groups))
    return candidates


def _each(named: re.Match[str]) -> str:
    """What each line of a breakdown by area is, in the words naming them: a postcode district
    is no council, and the advice says what the rows are."""
    words = " ".join(named.group(0).casefold().split())
    return words if words in ("postcode district", "district", "borough") else "council"


def _drops(found: Shape, row_axis: str, candidates: list[Candidate]) -> list[Candidate]:
    """Dropping one breakdown altogether, where the table has two and no council regrouping
    already covers that axis."""
    rows, cols = found.rows, found.cols
    if len(rows) < 2 or len(cols) < 2:
        return []
    by_rows = row_axis.lower() or "row"
    quarters = any(c[0] == "quarters" and c[2] == "columns" for c in candidates)
    by_cols = "month" if quarters else "column"
    drops: list[Candidate] = []
    if found.rows_free and not any(c[0] == "whole-cpa" and c[2] == "rows" for c in candidates):
        advice = f"drop the breakdown by {by_rows} (one figure per column)"
        label = f"{row_axis or 'Rows'} combined"
        drops.append(("drop-rows", advice, "rows", ((label, tuple(rows)),)))
    if found.cols_free and not any(c[0] == "whole-cpa" and c[2] == "columns" for c in candidates):
        advice = f"drop the breakdown by {by_cols} (one figure per row)"
        label = f"{by_cols.capitalize()}s combined"
        drops.append(("drop-columns", advice, "columns", ((label, tuple(cols)),)))
    return drops


def _cell(axis: str, line: int, other: int) -> Coord:
    return (line, other) if axis == "rows" else (other, line)


def _at(axis: str, line: int, table: Table) -> Coord:
    """Where a row's label or a column's header sits (its last header row)."""
    if axis == "rows":
        return (line, table.label_cols[-1] if table.label_cols else table.area.left)
    return (table.header_rows[-1] if table.header_rows else table.area.top, line)


def _joined(analysis: SheetAnalysis, coords: list[Coord]) -> str:
    """The words of those cells, for wpxl's messages and reports: a label that could quote a
    figure ("JSA 18-24 (n=307)") is left out, as the output leaves it out."""
    words = []
    for coord in coords:
        cell = analysis.sheet.cells.get(coord)
        if cell is None or cell.value in (None, ""):
            continue
        value = cell.value
        text = _label_words(value) if type(value) is str else _typed_words(value)
        if text is not None and not is_pivot_placeholder(text):  # 'Row Labels' names nothing
            words.append(text)
    return " ".join(words)


@lru_cache(maxsize=4096)
def _label_words(value: str) -> str | None:
    """A label's words as ``_joined`` shows them (None: a number, or words that could quote a
    figure), remembered: a pack names the same councils and months on sheet after sheet, and
    judging a label runs dozens of patterns."""
    return _typed_words(value)


def _typed_words(value: CellValue) -> str | None:
    if as_number(value) is not None:
        return None
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()  # a date typed in a cell: '2010-06-30', never with its midnight
    text = value.isoformat() if isinstance(value, dt.date) else " ".join(str(value).split())
    return None if could_quote_a_figure(text) else text


def _month(name: str, value: object) -> tuple[int | None, int] | None:
    if isinstance(value, dt.date):
        return value.year, value.month
    match = _MONTH.match(name)
    if match is None or match.group(1).lower() not in _MONTH_NAMES:
        return None
    year = match.group(2)
    full = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
    return full, _MONTH_NAMES.index(match.group(1).lower()) + 1


def _quarters(lines: list[int], names: list[str], values: list[object]) -> Groups | None:
    """Months grouped into financial-year quarters (Apr-Jun, Jul-Sep, Oct-Dec, Jan-Mar)."""
    months = [_month(n, v) for n, v in zip(names, values, strict=True)]
    if len(lines) < 2 or any(m is None for m in months):
        return None
    groups: dict[str, list[int]] = {}
    for line, month in zip(lines, months, strict=True):
        assert month is not None
        year, number = month
        first = (number - 1) // 3 * 3 + 1
        span = f"{_MONTH_NAMES[first - 1].title()}-{_MONTH_NAMES[first + 1].title()}"
        groups.setdefault(span if year is None else f"{span} {year}", []).append(line)
    if len(groups) == len(lines):
        return None
    return tuple((label, tuple(group)) for label, group in groups.items())


def _payment_groups(lines: list[int], names: list[str], named: object) -> Groups | None:
    kinds = ["JSA" if n.upper().startswith("JSA") else "ESA" if n.upper().startswith("ESA")
             else "Other" for n in names]  # fmt: skip
    if not (named or ("JSA" in kinds and "ESA" in kinds)):
        return None
    groups: dict[str, list[int]] = {}
    for kind in ("JSA", "ESA", "Other"):
        chosen = [line for line, k in zip(lines, kinds, strict=True) if k == kind]
        if chosen:
            groups[f"{kind} payment groups" if kind != "Other" else "Other payment groups"] = chosen
    if len(groups) == len(lines):
        return None
    return tuple((label, tuple(group)) for label, group in groups.items())
