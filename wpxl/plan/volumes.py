"""Plan a volume sheet: counts rounded, totals rebuilt as sums of rounded parts, words kept.

Cells of a role wpxl does not produce (dropped figures, outcome volumes) are simply not planned,
which is how the writer's allowlist keeps them out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import groupby
from operator import itemgetter

from wpxl.analyse.codes import CODE
from wpxl.analyse.counted_shares import COUNTED_SHARE
from wpxl.analyse.template_heads import TEMPLATE_HEAD
from wpxl.analyse.values import is_percent_format
from wpxl.model import (
    CellRange,
    Coord,
    OutputCell,
    OutputSheet,
    Removal,
    Role,
    SheetAnalysis,
    SheetCoord,
    Style,
    Table,
)
from wpxl.model.sheetref import a1, runs
from wpxl.plan.averages import unrounded_summary
from wpxl.plan.differences import difference, relative_change
from wpxl.plan.figures import NUMERIC_ROLES, Figures, numeric_cells
from wpxl.plan.formulas import Run, line_range, one_run, ratio_formula, sum_formula
from wpxl.plan.moved_away import left_behind
from wpxl.plan.named_rates import NAMED_RATE, converts_between, named_as_outcome_rate
from wpxl.plan.placement import Placement
from wpxl.plan.share_sums import share_of_sum
from wpxl.plan.split_totals import totals_the_split_starts
from wpxl.plan.unlabelled import stand_ins

# Members named once: naming an enum member costs a class look-up (about 0.15 µs) each
# time, and the loops below name them for every cell.
_COUNT, _DROPPED, _EMPTY, _TOTAL = Role.COUNT, Role.DROPPED, Role.EMPTY, Role.TOTAL
KEPT_ROLES = (Role.TITLE, Role.NOTE, Role.TEXT, Role.NONCOUNT)
LABEL_ROLES = (Role.HEADER, Role.LABEL)


@dataclass(slots=True)
class VolumePlan:
    sheet: OutputSheet
    removals: list[Removal] = field(default_factory=list)
    cells_rounded: int = 0
    totals_rebuilt: int = 0
    has_figures: bool = False


def plan_volume_sheet(
    analysis: SheetAnalysis,
    placements: dict[str, Placement],
    figures: Figures,
    moved: dict[int, str],
) -> VolumePlan:
    """``moved`` maps id() of each table wholly replaced by a percentage sheet to that sheet."""
    name = analysis.sheet.name
    place = placements[name]
    result = VolumePlan(OutputSheet(name=place.output_name))
    out = result.sheet.cells
    gone = [t for t in analysis.tables if id(t) in moved]
    removed = _moved_places(gone)
    dropped: dict[tuple[str, int], list[Coord]] = defaultdict(list)
    unnamed: dict[Coord, Style] = {}  # the places of row labels dropped (a person's name)
    labelled = {col for table in analysis.tables for col in table.label_cols}
    result.removals.extend(left_behind(gone, analysis, moved))

    outcomes = figures.has_outcomes(name)
    cells, roles = analysis.sheet.cells, analysis.roles
    rounded, half, base = figures.rounded_count, figures.base // 2, figures.base
    counts = 0
    # equal rounded counts in one format are one cell: a sheet has few, and a cell each is
    # most of a plan's memory
    shared: dict[tuple[int, int], OutputCell] = {}
    # the cells come row by row: each row placed once, and a cell on a sheet hiding no column
    # keeps its column (a call to place a cell cost a million-cell workbook a tenth of a second)
    plain, at_row, out_row = not place.hides_cols, -1, 0
    for coord in sorted(cells):  # not sorted(cells.items()): a pair a cell was 16 MB a 250k
        cell, role = cells[coord], roles.get(coord, _EMPTY)  # sheet, the plan's largest part
        if role is _DROPPED:
            dropped[(analysis.reasons.get(coord, "not understood"), coord[1])].append(coord)
            if coord[1] in labelled and isinstance(cell.value, str):
                unnamed[place(coord)] = cell.style
            continue
        if removed and removed(coord):
            continue
        if coord[0] != at_row:  # a row's cells share its row number (memory, not a call)
            at_row, out_row = coord[0], place.row(coord[0])
        target = (out_row, coord[1]) if plain else (out_row, place.col(coord[1]))
        # most cells are counts, so they are asked about first
        if role is _COUNT and not (outcomes and figures.is_outcome((name, *coord))):
            value = cell.value  # a whole count (most cells) rounded in line, as rounded_count
            whole = type(value) is int and value >= 0
            key = ((value + half) // base * base if whole else rounded(value), id(cell.style))
            same = shared.get(key)
            if same is None:
                same = shared[key] = OutputCell(key[0], None, _count_style(cell.style), "count")
            out[target] = same
            counts += 1
        elif role in KEPT_ROLES:
            kind = "code" if analysis.reasons.get(coord) == CODE else "kept"
            out[target] = OutputCell(cell.value, style=cell.style, kind=kind)
        elif role in LABEL_ROLES:
            out[target] = OutputCell(cell.value, style=cell.style, kind="label")
        elif role is _EMPTY:
            out[target] = OutputCell(None, style=cell.style, kind="text")
        elif role in NUMERIC_ROLES and outcomes and figures.is_outcome((name, *coord)):
            continue  # shown on the percentage sheet instead
        elif role is _TOTAL:
            planned = _total(analysis, coord, figures, placements)
            if isinstance(planned, str):
                dropped[(planned, coord[1])].append(coord)
                continue
            out[target] = planned
            if planned.kind == "total":
                result.totals_rebuilt += 1
            else:  # 'Total job starts' over their split, gone: the count it is, rounded
                counts += 1
            result.has_figures = True
        elif role is Role.DERIVED:
            planned = _ratio(analysis, coord, figures, place)
            if isinstance(planned, str):
                dropped[(planned, coord[1])].append(coord)
            else:
                style = _shown_percent(analysis, coord, cell.style)
                out[target] = OutputCell(planned[0], planned[1], style, kind="derived")
    out.update(stand_ins(out, unnamed))
    result.cells_rounded += counts
    result.has_figures = result.has_figures or counts > 0
    _finish(result, analysis, place, moved, dropped)
    return result


def _finish(
    result: VolumePlan,
    analysis: SheetAnalysis,
    place: Placement,
    moved: dict[int, str],
    dropped: dict[tuple[str, int], list[Coord]],
) -> None:
    """Where each moved table went, what was removed and why, and the sheet's layout."""
    removed_areas = [t for t in analysis.tables if id(t) in moved]
    for table in removed_areas:
        anchor = place((table.area.top, table.area.left))
        result.sheet.cells[anchor] = OutputCell(
            f"Table {table.index} on '{table.sheet}': shown as percentages on "
            f"{moved[id(table)]}.",  # by number: an outcome table's title may hold a year
            kind="wpxl",
        )
    for why, places in _along_rows(dropped):
        result.removals.append(Removal("figures", f"'{analysis.sheet.name}' {places}", why))
    _carry_layout(analysis, place, result.sheet, removed_areas)


FAR_FROM_SOURCE = (
    "a total the source perturbed that, rebuilt from its rounded parts, would be further from "
    "the source's total than rounding moves one (or a total over such a total)"
)


def _total(
    analysis: SheetAnalysis, coord: Coord, figures: Figures, placements: dict[str, Placement]
) -> OutputCell | str:
    """A total as a SUM over its parts' places in the copy, or why it is removed."""
    name = analysis.sheet.name
    key = (name, *coord)
    parts = figures.parts(key)
    if _adds_up_outcomes(figures, key):
        cell = analysis.sheet.cells[coord]  # 'Total job starts', its cached value
        if isinstance(cell.value, int | float) and totals_the_split_starts(figures.table(key), key):
            return OutputCell(figures.rounded_count(cell.value), None, cell.style, "count")
        return "a total that adds up outcome figures"
    if not parts:
        return "a total over no figures wpxl shares"
    if figures.far_from_source(key):
        return FAR_FROM_SOURCE
    formula = _sum_of(parts, placements, placements[name].output_name, figures.run_of(key))
    if rest := figures.unshown(key):
        formula += f"+{rest}"  # the group the table does not show, rounded like any count
    style = _count_style(analysis.sheet.cells[coord].style)
    return OutputCell(figures.rounded(key), formula, style, kind="total")


def _sum_of(
    parts: Sequence[SheetCoord], placements: dict[str, Placement], home: str, run: Run | None
) -> str:
    """SUM over the parts' places in the copy. Most totals add up one run of a row or a
    column on a sheet that hides nothing, which lands as one run too: its range is read off
    its ends, without placing thousands of parts. ``run``: the parts' run if known (a total
    over one run of counts, as it was summed)."""
    run = run or one_run(parts)
    if run is None or not placements[run[0]].plain:
        placed = [p for s, on in groupby(parts, key=itemgetter(0)) for p in placements[s].parts(on)]
        return sum_formula(placed, home)
    sheet, top, left, bottom, right = run
    place = placements[sheet]
    ends = (*place((top, left)), *place((bottom, right)))
    return f"SUM({line_range(place.output_name, *ends, home)})"


def _adds_up_outcomes(
    figures: Figures, key: SheetCoord, seen: frozenset[SheetCoord] = frozenset()
) -> bool:
    """A volume total over outcome cells, or over a subtotal that adds them up (which is not
    written), would let the outcome volume be worked back, or show 0 over parts not there."""
    if not figures.any_outcomes:
        return False  # most workbooks: no outcome figure any total could reach
    if figures.adds_up_outcomes(key):
        return True
    return any(
        figures.role(part) is Role.TOTAL and _adds_up_outcomes(figures, part, seen | {key})
        for part in figures.parts(key)
        if part not in seen
    )


def _moved_places(tables: list[Table]) -> Callable[[Coord], bool] | None:
    """Whether a cell lies in one of the ``tables`` moved to percentage sheets, or is one of
    their titles (None: none moved). A cell's row is asked for the tables on it, not every
    table (280 outcome blocks stacked asked each cell about each block)."""
    if not tables:
        return None
    titles = {coord for table in tables for coord in table.title_cells}
    rows: dict[int, list[Table]] = {}
    for table in tables:
        for row in range(table.area.top, table.area.bottom + 1):
            rows.setdefault(row, []).append(table)

    def moved(coord: Coord) -> bool:
        return coord in titles or any(coord in t.area for t in rows.get(coord[0], ()))

    return moved


UNWORKED_RATE = "a rate wpxl cannot work out from shared figures"
# beside the counts it is of or per (job starts, advisers), it gives the outcomes' volume back
OUTCOME_RATE = (
    "a rate of job outcomes or sustainments (with the counts beside it, it reveals their volume)"
)
# a table of outcome shares typed in, no count beside them ('% of job outcomes' by payment
# group): no figure to rebuild them from, nor to tell that their precision gives no volume back
OUTCOME_SHARE = (
    "a rate or share of job outcomes or sustainments typed in, with no counts to work it out "
    "from (its precision can give their volume back): give wpxl the counts, and it shows their "
    "shares on a percentage sheet"
)


def _ratio(
    analysis: SheetAnalysis, coord: Coord, figures: Figures, place: Placement
) -> tuple[float, str] | str:
    """The recomputed rate (or difference) and its formula, or why it cannot be shared."""
    table = next(
        (t for t in analysis.tables if coord in t.ratios or coord in t.differences), None
    ) or next(
        (t for t in analysis.tables if coord in t.share_sums or coord in t.relative_changes),
        None,
    )
    if table is None:  # a rate of outcomes ('JO rate', 'Avg JOs per adviser') says so
        own = next((t for t in analysis.tables if coord in t.area), None)
        if own is None or not own.measure_of(coord).is_outcome:
            summary = unrounded_summary(analysis, own, coord) if own is not None else None
            return summary or UNWORKED_RATE  # 'Average', 'Highest' say what they are
        counts = numeric_cells(analysis, own)
        if converts_between(own, counts) and named_as_outcome_rate(analysis, own, coord):
            return NAMED_RATE  # 'Conversion rate' beside referrals and starts alone
        return OUTCOME_RATE if counts else OUTCOME_SHARE
    name = analysis.sheet.name
    if coord in table.differences:
        return difference(name, coord, table.differences[coord], figures, place)
    if coord in table.share_sums:
        return share_of_sum(name, table.share_sums[coord], figures, place)
    if coord in table.relative_changes:
        lines, whole = table.relative_changes[coord], coord in table.whole_percents
        return relative_change(name, coord, lines, whole, figures, place)
    num, den = table.ratios[coord]
    keys = [(name, *num), (name, *den)]
    if any(figures.is_outcome(k) for k in keys):
        return "a rate that uses outcome figures (it reveals outcome volumes)"
    if any(figures.role(k) not in NUMERIC_ROLES for k in keys):
        return "a rate over cells that are not shared counts"
    denominator = figures.rounded(keys[1])
    if denominator == 0:
        return "a rate over a figure that rounds to 0"
    formula = ratio_formula(place(num), place(den))
    if coord in table.whole_percents:  # 25 under '% of starts': 100 times the share, so shown
        return 100 * figures.rounded(keys[0]) / denominator, f"{formula}*100"
    return figures.rounded(keys[0]) / denominator, formula


# A whole percentage rebuilt over rounded counts (25 typed under '% of starts' in General,
# =B6/B9*100 in the copy) shown as its input showed such a figure: General shows every digit
# (25.609756097560975), which reads as a precise figure no one typed. A share or change as a
# fraction (0.0944 typed under '% change') is shown to the same tenth of a per cent.
WHOLE_PERCENT_FORMAT = "0.0"
FRACTION_FORMAT = "0.000"


def _count_style(style: Style) -> Style:
    """A count's style without a percentage's format ('0%' over job starts by a slip, 398
    shown as 39800 %, analyse/cells ``_slip``): rounded, it would show 40000 %."""
    if is_percent_format(style.number_format):
        return replace(style, number_format="General")
    return style


def _shown_percent(analysis: SheetAnalysis, coord: Coord, style: Style) -> Style:
    """The style of a rebuilt rate: a whole percentage under General gets one decimal, a
    fraction three (a difference of counts keeps General: it is whole); any other keeps the
    input's format, which shows its decimals."""
    if style.number_format != "General":
        return style
    if any(coord in table.whole_percents for table in analysis.tables):
        return replace(style, number_format=WHOLE_PERCENT_FORMAT)
    if any(
        coord in t.ratios or coord in t.relative_changes or coord in t.share_sums
        for t in analysis.tables
    ):
        return replace(style, number_format=FRACTION_FORMAT)
    return style


def _along_rows(dropped: dict[tuple[str, int], list[Coord]]) -> list[tuple[str, str]]:
    """Each reason's cells, a column's as runs of rows ('E4:E5, E7'; never a range over cells
    that were kept); but a line of counts written with their shares ('120 (12%)'), each alone
    in its column, as runs of columns ('B5:E5'): it was named cell by cell, a line each; so is
    a template's line of headers."""
    found = sorted(dropped.items(), key=lambda item: item[1][0])
    lone: dict[tuple[str, int], list[int]] = {}  # (why, row) -> columns of cells alone
    for (why, col), coords in found:
        if len(coords) == 1 and why in (COUNTED_SHARE, TEMPLATE_HEAD):
            lone.setdefault((why, coords[0][0]), []).append(col)
    said: list[tuple[str, str]] = []
    for (why, col), coords in found:
        cols = lone.get((why, coords[0][0]), []) if len(coords) == 1 else []
        if len(cols) > 1 and col == cols[0]:
            row = coords[0][0]
            spans = [
                a1(row, r[0]) + (f":{a1(row, r[-1])}" if len(r) > 1 else "") for r in runs(cols)
            ]
            said.append((why, ", ".join(spans)))
        elif len(cols) <= 1:
            said.append((why, _where(coords)))
    return said


def _where(coords: list[Coord]) -> str:
    """The cells of one column, as runs of rows: "E4:E5, E7"."""
    col = coords[0][1]
    spans = [
        a1(run[0], col) if len(run) == 1 else f"{a1(run[0], col)}:{a1(run[-1], col)}"
        for run in runs(sorted(row for row, _ in coords))
    ]
    return ", ".join(spans)


def _carry_layout(
    analysis: SheetAnalysis, place: Placement, out: OutputSheet, removed: list[Table]
) -> None:
    sheet = analysis.sheet
    for rng in sheet.merged:
        if rng.top in sheet.hidden_rows or rng.left in sheet.hidden_cols:
            continue
        if any(rng.meets(t.area) for t in removed):
            continue
        top, left = place((rng.top, rng.left))
        bottom, right = place((rng.bottom, rng.right))
        merged = CellRange(top, left, bottom, right)
        if (bottom, right) != (top, left) and not any(merged.meets(m) for m in out.merged):
            out.merged.append(merged)  # overlapping merges make a file Excel calls damaged
    for col, width in sheet.col_widths.items():
        if col not in sheet.hidden_cols:
            out.col_widths[place.col(col)] = width
    for row, height in sheet.row_heights.items():
        if row not in sheet.hidden_rows:
            out.row_heights[place.row(row)] = height
    if sheet.freeze is not None:
        out.freeze = place(sheet.freeze)
