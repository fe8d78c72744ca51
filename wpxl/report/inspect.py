"""``wpxl inspect``: what analyse made of a workbook, in words and as a picture, before sharing.

Per sheet: each table with its range, title, header rows, label columns and measure, the tree
of its totals (which row or column adds up which, and the rows no total covers), and each
total with the cells it sums; then what will be removed and why. Only cell references and the
workbook's own words are shown, never a figure, so the description is as safe to pass around
as the sanitised copy.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from wpxl.analyse import analyse_workbook
from wpxl.analyse.values import is_year
from wpxl.model import CellRange, Coord, Role, SheetAnalysis, SheetCoord, Table
from wpxl.model.sheetref import a1
from wpxl.plan.formulas import sum_formula
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.read.quoted_figures import could_quote_a_figure
from wpxl.report.total_tree import describe_trees

MAX_WORDS = 40
MAX_TOTAL_LINES = 60  # total cells listed one by one; more are told by the tree alone


@dataclass(slots=True)
class Inspection:
    source: Path
    analyses: list[SheetAnalysis]
    hidden_sheets: list[str]


def inspect_workbook(path: Path, policy: Policy) -> Inspection:
    """Read and analyse ``path``; raises the same errors ``wpxl sanitise`` would."""
    book = read_workbook(path)
    analyses = analyse_workbook(book, policy)
    hidden = [s.name for s in book.sheets if not s.visible]
    return Inspection(path, analyses, hidden)


def describe(inspection: Inspection) -> list[str]:
    """The reading as lines of text, sheet by sheet."""
    lines = [f"{inspection.source.name}: {_many(len(inspection.analyses), 'sheet')} carried"]
    for name in inspection.hidden_sheets:
        lines.append(f"sheet '{name}': hidden, not carried")
    for analysis in inspection.analyses:
        lines.extend(describe_sheet(analysis))
    return lines


def describe_sheet(analysis: SheetAnalysis) -> list[str]:
    sheet = analysis.sheet.name
    counted = Counter(r.value for r in analysis.roles.values() if r is not Role.EMPTY)
    roles = ", ".join(f"{n} {role}" for role, n in sorted(counted.items()))
    tables = _many(len(analysis.tables), "table")
    lines = [f"sheet '{sheet}': {tables}; cells: {roles or 'none'}"]
    for table in analysis.tables:
        lines.extend("  " + line for line in _describe_table(analysis, table))
    dropped = sorted(c for c, r in analysis.roles.items() if r is Role.DROPPED)
    by_reason: dict[str, list[Coord]] = {}
    for coord in dropped:
        by_reason.setdefault(analysis.reasons.get(coord, "not understood"), []).append(coord)
    for reason, coords in by_reason.items():
        lines.append(f"  removed {_cells(coords)}: {reason}")
    return lines


def _describe_table(analysis: SheetAnalysis, table: Table) -> list[str]:
    cells = analysis.sheet.cells
    title = _clip(table.title) or "(no title)"
    if could_quote_a_figure(table.title, label=False):
        title = "(a title that quotes a figure: not shown)"
    lines = [f"table {table.index} {_span(table.area)}: {title}"]
    outcome = " (volumes never shared: shown as percentages)" if table.measure.is_outcome else ""
    lines.append(f"  measure: {table.measure.value}{outcome}")
    if table.header_rows:
        rows = ", ".join(str(r + 1) for r in table.header_rows)
        words = [_words(cells, (r, c)) for c in table.body_cols for r in table.header_rows]
        heads = " | ".join(w for w in words if w)
        lines.append(f"  header rows {rows}: {_clip(heads)}")
    if table.label_cols:
        cols = ", ".join(a1(0, c)[:-1] for c in table.label_cols)
        lines.append(f"  label columns: {cols}")
    for kind, measures, name in (
        ("column", table.col_measures, lambda c: a1(0, c)[:-1]),
        ("row", table.row_measures, lambda r: str(r + 1)),
    ):
        if measures:
            shown = ", ".join(f"{name(k)} {m.value}" for k, m in sorted(measures.items()))
            lines.append(f"  {kind} measures: {shown}")
    figures = Counter(
        analysis.roles[c].value
        for c in analysis.roles
        if c in table.area and analysis.roles[c] in (Role.COUNT, Role.TOTAL, Role.DERIVED)
    )
    lines.append(
        f"  {figures['count']} counts, {figures['total']} totals, {figures['derived']} rates"
    )
    lines.extend("  " + line for line in describe_trees(analysis, table))
    if len(table.totals) > MAX_TOTAL_LINES:  # a large table's tree says it: not cell by cell
        lines.append(f"  {len(table.totals)} total cells, each over its parts in the tree above")
    else:
        for coord in sorted(table.totals):
            parts = table.totals[coord]
            rest = " + a group not shown" if coord in table.unshown else ""
            lines.append(f"  total {a1(*coord)} = {_sum(parts, analysis.sheet.name)}{rest}")
    if table.unshown:
        lines.append(
            f"  {len(table.unshown)} totals count a group the table does not show: each is "
            "rebuilt as its parts plus that group rounded to the base"
        )
    for coord, (num, den) in sorted(table.ratios.items()):
        lines.append(f"  rate {a1(*coord)} = {a1(*num)} / {a1(*den)}")
    return lines


def _sum(parts: tuple[SheetCoord, ...], home: str) -> str:
    if not parts:
        return "nothing wpxl shares (removed)"
    formula = sum_formula(list(parts), home)
    return formula.removeprefix("SUM(").removesuffix(")") if formula.count("SUM(") == 1 else formula


def _words(cells: dict, coord: Coord) -> str:
    cell = cells.get(coord)
    if cell is None or cell.value is None or cell.formula is not None:
        return ""
    if isinstance(cell.value, str):  # a header stating a count is not repeated, as not output
        return "" if could_quote_a_figure(cell.value) else " ".join(cell.value.split())
    if hasattr(cell.value, "strftime"):
        return cell.value.strftime("%b %Y")
    return str(cell.value) if isinstance(cell.value, int) and is_year(cell.value) else ""


def _many(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_WORDS * 3 else text[: MAX_WORDS * 3 - 1] + "…"


def _span(area: CellRange) -> str:
    return f"{a1(area.top, area.left)}:{a1(area.bottom, area.right)}"


def _cells(coords: list[Coord]) -> str:
    if len(coords) <= 3:
        return ", ".join(a1(*c) for c in coords)
    rows = [r for r, _ in coords]
    cols = [c for _, c in coords]
    box = CellRange(min(rows), min(cols), max(rows), max(cols))
    return f"{len(coords)} cells in {_span(box)}"


__all__ = ["Inspection", "describe", "inspect_workbook"]
