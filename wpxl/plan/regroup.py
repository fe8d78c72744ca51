"""Put a proposal into the output: the table rebuilt with fewer rows or columns (``--aggregate``).

The regrouped table is written back into the sheet as a workbook would hold it (true counts
summed per group, totals as SUM formulas with their cached values) and the whole workbook is
analysed again, so the regrouped table goes through the same rounding, totals, verification and
warnings as any other. A table whose cells other tables sum is left alone and the refusal said,
because moving its cells would break those sums.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from wpxl.model import (
    Cell,
    Coord,
    Proposal,
    Role,
    Sheet,
    SheetAnalysis,
    Table,
    Warning,
    Workbook,
)
from wpxl.model.regrouping import RegroupedSheet, Regrouping
from wpxl.model.sheetref import a1
from wpxl.plan.figures import Figures
from wpxl.plan.proposals import RowWords, shape
from wpxl.plan.quality import assess_sheet
from wpxl.plan.table_names import name_tables
from wpxl.policy import Policy

TrueValue = Callable[[Coord], float]


@dataclass(frozen=True, slots=True)
class Regrouped:
    sheet: Sheet
    note: Warning
    claim: Regrouping  # what was done, for the proof to redo from the input's cells


@dataclass(frozen=True, slots=True)
class RegroupedBook:
    """The workbook with its tables regrouped, the notes saying so, the proposals used, and
    each regrouped sheet with its claims (the proof compares the copy with it, and it with the
    input sheet: wpxl.verify.regrouped)."""

    book: Workbook
    notes: list[Warning]
    used: set[str]
    sheets: dict[str, RegroupedSheet]


def regroup_book(
    book: Workbook, analyses: list[SheetAnalysis], wanted: tuple[str, ...], policy: Policy
) -> RegroupedBook:
    """The workbook (or group of sheets) with each table of little value regrouped by the first
    wanted proposal.

    The sheets as they were stay in the model, very hidden, so that every figure they held is
    still forbidden in the output (a note quoting a monthly figure must still be removed).
    """
    name_tables(analyses)  # its notes name the tables it regroups
    figures = Figures(analyses, policy.rounding_base)
    outside = _summed_from_outside(analyses)
    sheets = {s.name: s for s in book.sheets}
    notes: list[Warning] = []
    used: set[str] = set()
    claims: dict[str, list[Regrouping]] = {}
    for analysis in analyses:
        name = analysis.sheet.name
        quality = assess_sheet(analysis, figures, policy, RowWords(analysis))
        proposals = {q.index: q.proposals for q in quality}
        current = sheets[name]
        for table in analysis.tables:
            chosen = next(
                (p for w in wanted for p in proposals.get(table.index, ()) if p.name == w), None
            )
            if chosen is None:
                continue
            used.add(chosen.name)
            done = regroup(
                analysis,
                current,
                table,
                chosen,
                lambda c, sheet=name: figures.true((sheet, *c)),
                outside[name],
            )
            if isinstance(done, Warning):
                notes.append(done)
                continue
            current = done.sheet
            notes.append(done.note)
            claims.setdefault(name, []).append(done.claim)
        sheets[name] = current
    before = [
        replace(s, name=f"{s.name} (before regrouping)", state="veryHidden")
        for s in book.sheets
        if sheets[s.name] is not s
    ]
    regrouped = replace(book, sheets=[sheets[s.name] for s in book.sheets] + before)
    done_sheets = {n: RegroupedSheet(sheets[n], tuple(c)) for n, c in claims.items()}
    return RegroupedBook(regrouped, notes, used, done_sheets)


def not_aggregated(wanted: tuple[str, ...], used: set[str]) -> list[Warning]:
    """A note for the analyst for each proposal asked for that no table in the workbook needed."""
    return [
        Warning(
            "not-aggregated",
            "workbook",
            f"'{w}' was asked for but no table here needed it",
            cover="",
        )
        for w in wanted
        if w not in used
    ]


def _summed_from_outside(analyses: list[SheetAnalysis]) -> dict[str, set[Coord]]:
    """Per sheet, the cells some other table's totals add up."""
    found: dict[str, set[Coord]] = {a.sheet.name: set() for a in analyses}
    for analysis in analyses:
        for table in analysis.tables:
            for parts in table.totals.values():
                for sheet, row, col in parts:
                    if sheet != analysis.sheet.name or (row, col) not in table.area:
                        found.setdefault(sheet, set()).add((row, col))
    return found


def regroup(
    analysis: SheetAnalysis,
    base: Sheet,
    table: Table,
    proposal: Proposal,
    true: TrueValue,
    outside_refs: set[Coord],
) -> Regrouped | Warning:
    """``base`` with ``table`` regrouped as ``proposal`` says, or why it could not be."""
    found = shape(analysis, table)
    if found is None or not found.free(proposal.axis):
        return _refusal(table, proposal, "its layout cannot be regrouped")
    if any(c in table.area for c in outside_refs):
        return _refusal(table, proposal, "other tables sum its cells")
    area = table.area
    if any(area.top <= r <= area.bottom for r in base.hidden_rows) or any(
        area.left <= c <= area.right for c in base.hidden_cols
    ):
        return _refusal(table, proposal, "it has hidden rows or columns")
    builder = _Builder(analysis, table, proposal, true)
    return Regrouped(
        builder.sheet(base),
        Warning(
            "aggregated",
            table.name,
            f"shown with less detail at the provider's request: {proposal.advice}",
            (table.name,),
            (("cells", proposal.cells), ("below_base", proposal.small)),
        ),
        builder.claim(),
    )


def _refusal(table: Table, proposal: Proposal, why: str) -> Warning:
    return Warning(
        "not-aggregated",
        table.name,
        f"less detail ({proposal.advice}) was asked for but not applied because {why}; the "
        "table is shown in full",
        (table.name,),
        cover="",
    )


class _Builder:
    """Works on (line, other) pairs: line along the regrouped axis, other across it."""

    def __init__(
        self, analysis: SheetAnalysis, table: Table, proposal: Proposal, true: TrueValue
    ) -> None:
        self.analysis, self.table, self.proposal, self.true = analysis, table, proposal, true
        self.rows = proposal.axis == "rows"
        found = shape(analysis, table)
        assert found is not None
        leaves = found.lines(proposal.axis)
        self.totals = sorted(table.total_rows if self.rows else table.total_cols)
        self.across = table.body_cols if self.rows else table.body_rows
        self.start = min(leaves)
        kept = self.totals if len(proposal.groups) > 1 else []
        self.new_totals = {t: self.start + len(proposal.groups) + i for i, t in enumerate(kept)}
        self.cells: dict[Coord, Cell] = {}
        self.sums: dict[Coord, list[Coord]] = {}

    def claim(self) -> Regrouping:
        """Each new line and the input lines it adds up (a kept total: the total it stands
        for), said in the input's own lines."""
        table, groups = self.table, self.proposal.groups
        lines = [(self.start + i, tuple(group)) for i, (_, group) in enumerate(groups)]
        lines += [(new, (old,)) for old, new in self.new_totals.items()]
        return Regrouping(
            self.proposal.axis,
            tuple(lines),
            tuple(table.label_cols if self.rows else table.header_rows),
            tuple(self.across),
            tuple(table.body_rows if self.rows else table.body_cols),
        )

    def at(self, line: int, other: int) -> Coord:
        return (line, other) if self.rows else (other, line)

    def old(self, coord: Coord) -> Cell | None:
        return self.analysis.sheet.cells.get(coord)

    def sheet(self, base: Sheet) -> Sheet:
        table, groups = self.table, self.proposal.groups
        old_lines = table.body_rows if self.rows else table.body_cols
        names = table.label_cols if self.rows else table.header_rows
        for i, (label, lines) in enumerate(groups):
            new = self.start + i
            for j, name_line in enumerate(names):
                text = label if j == len(names) - 1 else None
                self._put(self.at(new, name_line), text, None, self.at(lines[0], name_line))
            for other in self.across:
                self._group_cell(new, lines, other)
        for old_line, new in self.new_totals.items():
            for name_line in names:
                source = self.old(self.at(old_line, name_line))
                self._put(self.at(new, name_line), source.value if source else None, None,
                          self.at(old_line, name_line))  # fmt: skip
            for other in self.across:
                parts = [self.at(self.start + i, other) for i in range(len(groups))]
                self._put(self.at(new, other), None, parts, self.at(old_line, other))
        cleared = {self.at(line, other) for line in old_lines for other in [*names, *self.across]}
        cells = {c: cell for c, cell in base.cells.items() if c not in cleared}
        cells.update(self._with_values())
        merged = [m for m in base.merged if not m.meets(table.area)]
        centred = [m for m in base.centred if not m.meets(table.area)]
        return replace(base, cells=cells, merged=merged, centred=centred)

    def _group_cell(self, new: int, lines: tuple[int, ...], other: int) -> None:
        if other not in (self.table.total_cols if self.rows else self.table.total_rows):
            olds = [self.at(line, other) for line in lines]
            if all(self.analysis.roles.get(c, Role.EMPTY) is Role.EMPTY for c in olds):
                return
            total = sum(self.true(c) for c in olds)
            self._put(self.at(new, other), int(total) if total == int(total) else total, None,
                      olds[0], count=True)  # fmt: skip
            return
        first = self.at(lines[0], other)
        parts = self.table.totals.get(first)
        if parts is None:
            return
        sheet = self.analysis.sheet.name
        crossing = sorted({p[2] if self.rows else p[1] for p in parts if p[0] == sheet})
        self._put(self.at(new, other), None, [self.at(new, x) for x in crossing], first)

    def _put(
        self,
        coord: Coord,
        value: object,
        parts: list[Coord] | None,
        like: Coord,
        count: bool = False,
    ) -> None:
        source = self.old(like)
        style = source.style if source is not None else Cell(None).style
        if count and style.number_format == "General":
            # a sum of counts is a count, written as one (a year is never written 2,089)
            style = replace(style, number_format="#,##0")
        self.cells[coord] = Cell(value, None, style)  # type: ignore[arg-type]
        if parts is not None:
            self.sums[coord] = parts

    def _with_values(self) -> dict[Coord, Cell]:
        """Every new total carries the sum of its parts, as Excel would have cached it."""
        done: dict[Coord, float] = {}
        result = dict(self.cells)
        for coord, parts in self.sums.items():
            refs = ",".join(a1(*p) for p in parts)
            total = self._value(coord, done)
            result[coord] = replace(
                result[coord],
                value=int(total) if total == int(total) else total,
                formula=f"SUM({refs})",
            )
        return result

    def _value(self, coord: Coord, done: dict[Coord, float]) -> float:
        """The sum a new total caches, a total among its parts added up first. A method, not a
        closure calling itself: that is a reference cycle, which the rarely asked collector
        (wpxl.model.collector) frees late."""
        if coord not in done:
            if coord in self.sums:
                done[coord] = sum(self._value(p, done) for p in self.sums[coord])
            else:
                cell = self.cells.get(coord)
                number = cell.value if cell is not None else 0
                done[coord] = number if isinstance(number, int | float) else 0
        return done[coord]
