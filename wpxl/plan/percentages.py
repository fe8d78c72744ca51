"""Replace outcome and sustainment volumes with percentage breakdowns (guidance R2, R3).

Shares are worked out from the unrounded counts; no count, base or total of outcomes is planned
anywhere, and a breakdown whose base is below the policy's threshold is not shown at all.
"""

from __future__ import annotations

from collections.abc import MutableSequence
from dataclasses import dataclass, field
from functools import partial

from wpxl.errors import AnalysisError
from wpxl.model import (
    Coord,
    OutputCell,
    OutputSheet,
    Removal,
    Role,
    SheetAnalysis,
    Style,
    Table,
    Warning,
)
from wpxl.model.layout import output_sheet_name
from wpxl.model.recovery import display_step
from wpxl.model.sheetref import a1
from wpxl.plan.carried_words import numbered_label
from wpxl.plan.coarsen import WITHHELD_MARK, settle_jointly
from wpxl.plan.coded_labels import coded_labels
from wpxl.plan.continued_labels import with_continued_labels
from wpxl.plan.figures import NUMERIC_ROLES, Figures, numeric_cells
from wpxl.plan.footnotes import SheetFootnotes
from wpxl.plan.head_words import heads_in_words, period_alone, titled_breakdown
from wpxl.plan.marked_years import marked_year_labels
from wpxl.plan.open_bands import run_band_labels
from wpxl.plan.outcome_bands import outcome_band_labels
from wpxl.plan.outcome_indexes import index_cells, index_removal
from wpxl.plan.percent_heads import group_header, over_shares
from wpxl.plan.percent_lines import settle_table
from wpxl.plan.percent_measures import measure_parts, sheets_said
from wpxl.plan.percent_merges import carry_header_merges
from wpxl.plan.percent_names import table_named, unique_name
from wpxl.plan.percent_parts import left_out_note
from wpxl.plan.percent_sections import names_above, with_sections
from wpxl.plan.percent_table import INTRO_STYLE, PercentTable, share_styles
from wpxl.plan.percent_words import quotes_a_volume, sayable, states_a_volume, why_it_goes
from wpxl.plan.placement import BANNER_ROWS
from wpxl.plan.rest_lines import rest_cells, rest_removal
from wpxl.plan.table_names import figure_free
from wpxl.plan.title_lines import amounts_removed, intro_lines
from wpxl.plan.title_period import period_in
from wpxl.plan.twin_parts import without_twin_parts
from wpxl.plan.unshared_outcomes import (
    crosses_tables,
    mixes_measures,
    named_otherwise,
    outcome_places,
    unshared_outcomes,
    volumes_of,
)
from wpxl.policy import Policy
from wpxl.policy.wording import render
from wpxl.read.quoted_figures import (
    could_quote_a_figure,
)

SMALL_BASE_TEXT = "base too small to show"
TITLE_STYLE = Style(bold=True, font_size=12.0)


@dataclass(slots=True)
class PercentPlan:
    sheets: list[tuple[str, OutputSheet]] = field(default_factory=list)  # (source sheet, sheet)
    removals: list[Removal] = field(default_factory=list)
    # id(table) -> where a table wholly of outcomes went: "sheet 'Job outcomes %'"
    moved: dict[int, str] = field(default_factory=dict)
    hidden_numbers: set[float] = field(default_factory=set)  # outcome figures: never to appear
    warnings: list[Warning] = field(default_factory=list)  # breakdowns coarsened or withheld
    tables: list[PercentTable] = field(default_factory=list)  # for settle_book


def plan_percentages(
    analyses: list[SheetAnalysis], figures: Figures, policy: Policy, taken: set[str]
) -> PercentPlan:
    result = PercentPlan()
    for analysis in analyses:
        for table in analysis.tables:
            result.removals.extend(unshared_outcomes(table, analysis, figures))
        found = ((t, _outcome_cells(t, analysis, figures)) for t in analysis.tables)  # once
        outcome_tables = [(table, cells) for table, cells in found if cells]
        for table, outcome_cells in outcome_tables:
            rest = rest_cells(table, analysis, outcome_cells)
            if rest:  # 'No job outcome' beside 'Job outcome paid': the starts' conversion
                result.hidden_numbers.update(figures.true((analysis.sheet.name, *c)) for c in rest)
                result.removals.append(rest_removal(table, analysis.sheet.name, rest))
            if indexed := index_cells(table, analysis, outcome_cells):  # '(Apr 2013 = 100)'
                result.removals.append(index_removal(analysis.sheet.name, indexed))
            shown = [c for c in outcome_cells if c not in rest and c not in indexed]
            cells = without_twin_parts(shown, table, analysis)
            if not cells:  # the rest alone: beside another table's outcome shares, as bad
                continue
            axis = table.outcome_axis(cells[0], policy.percent_axis)
            parts, both = measure_parts(cells, table, analysis, axis, policy.measure_words)
            if both:  # 'Total outcomes and sustainments' by area: in neither's breakdown
                result.removals.append(_both_removed(result, analysis, both, figures))
            src = analysis.sheet.name  # a table wholly of outcomes goes whole: asked once
            wholly = all(figures.is_outcome((src, *c)) for c in numeric_cells(analysis, table))
            names: list[str] = []
            removed: list[Removal] = []
            for part in parts:
                if len({c[axis == "row"] for c in part}) == 1:  # each breakdown of one: 100%
                    _lone_line(result, table, analysis, part, figures)
                    continue
                several = len(outcome_tables) > 1 or len(parts) > 1  # each sheet names its table
                name, removal = _shown(
                    table, analysis, part, figures, policy, result, several, rest, taken, wholly
                )
                names.append(name)
                removed.append(removal)
                taken.add(name)
            if names and wholly:
                result.moved[id(table)] = sheets_said(names)
                # its title went with it: a line stating an amount is listed
                result.removals.extend(amounts_removed(table, analysis, figure_free))
            result.removals.extend(removed)
    return result


def _shown(
    table: Table,
    analysis: SheetAnalysis,
    cells: list[Coord],
    figures: Figures,
    policy: Policy,
    result: PercentPlan,
    several: bool,
    rest: frozenset[Coord],
    taken: set[str],
    wholly: bool,
) -> tuple[str, Removal]:
    """The percentage sheet of ``cells`` (one measure's or all of the table's outcome figures):
    its name, and its volumes' line on the cover (the table's name, if ``wholly`` of outcomes)."""
    measure_name = " and ".join(sorted({table.measure_of(c).value for c in cells}, reverse=True))
    name = unique_name(f"{measure_name.capitalize()} %", taken)
    sheet = _percent_sheet(name, table, analysis, cells, figures, policy, result, several, rest)
    result.sheets.append((analysis.sheet.name, sheet))
    where = table.name if wholly else outcome_places(analysis.sheet.name, cells)
    why = f"outcome volumes are never shared; shown as percentages on sheet '{name}'"
    return name, Removal(volumes_of(measure_name), where, why)  # where: its sheet


def _both_removed(
    result: PercentPlan, analysis: SheetAnalysis, cells: list[Coord], figures: Figures
) -> Removal:
    """The figures of lines adding job outcomes and sustainments up, kept from every place."""
    src = analysis.sheet.name
    result.hidden_numbers.update(figures.true((src, *c)) for c in cells)
    why = "outcome volumes are never shared; a line adding two measures up is in no breakdown"
    return Removal("job outcome and sustainment volumes", outcome_places(src, cells), why)


def _lone_line(
    result: PercentPlan, table: Table, analysis: SheetAnalysis, cells: list[Coord], figures: Figures
) -> None:
    """The outcome figures of ``table``'s one line (or one figure) removed, and kept from every
    other place: each breakdown across it holds one figure, 100% of itself."""
    src = analysis.sheet.name
    result.hidden_numbers.update(figures.true((src, *c)) for c in cells)
    alone = "one figure alone has" if len(cells) == 1 else "a line alone (each share 100%) has"
    why = f"outcome volumes are never shared; {alone} no percentage breakdown to show"
    measure = table.measure_of(cells[0]).value
    what = f"{measure} volume" if len(cells) == 1 else volumes_of(measure)
    result.removals.append(Removal(what, outcome_places(src, cells), why))


def _outcome_cells(table: Table, analysis: SheetAnalysis, figures: Figures) -> list[Coord]:
    """The table's outcome figures its shares are of, but for one whose column another measure
    names ('Job starts' across 'Leeds (outcomes provisional)'): an outcome by its line's words,
    a start by its column's, it is removed and in no share (with the outcomes beside it, its
    line's shares were of starts and outcomes together, a conversion rate)."""
    name = analysis.sheet.name
    if not table.may_hold_outcomes:  # most tables: no cell can be an outcome
        return []
    return sorted(
        (r, c)
        for r in table.body_rows
        for c in table.body_cols
        if analysis.roles.get((r, c)) in NUMERIC_ROLES
        and figures.is_outcome((name, r, c))
        and not named_otherwise(table, c)
        and not mixes_measures(table, name, (r, c))
        and not crosses_tables(table, name, (r, c))
    )


def _percent_sheet(
    name: str,
    table: Table,
    analysis: SheetAnalysis,
    cells: list[Coord],
    figures: Figures,
    policy: Policy,
    result: PercentPlan,
    several: bool = False,
    rest: frozenset[Coord] = frozenset(),
) -> OutputSheet:
    src = analysis.sheet.name
    sheet = OutputSheet(name=name)
    table = with_continued_labels(table, analysis)  # a part beyond a spacer: its lines' names
    rows = with_sections(table, analysis, sorted({r for r, _ in cells}))
    cols = sorted({c for _, c in cells})
    out_cols = {c: i for i, c in enumerate([*table.label_cols, *cols])}
    first = BANNER_ROWS + 3
    out_rows = {r: first + i for i, r in enumerate([*table.header_rows, *rows])}
    axis = table.outcome_axis(cells[0], policy.percent_axis)
    measure = " and ".join(sorted({table.measure_of(c).value for c in cells}, reverse=True))
    sheet.cells[(BANNER_ROWS, 0)] = OutputCell(name, style=TITLE_STYLE, kind="wpxl")
    title = figure_free(table.title)  # a title stating an amount lends the intro no period
    further, when = intro_lines(table, analysis, figure_free, title)  # 'Provisional' under it
    intro = render(
        "percentages_intro.txt.j2",
        axis=axis,
        measure=measure,
        breakdown=_breakdown(table, analysis),
        period=figure_free(period_in(when)) if when else None,
        source=_named(output_sheet_name(src)),  # a % sheet each group's sheet: which is which
        table=table_named(table, analysis, title) if several else further,
    )
    sheet.cells[(BANNER_ROWS + 1, 0)] = OutputCell(intro, style=INTRO_STYLE, kind="wpxl")
    below_zero = next((c for c in cells if figures.true((src, *c)) < 0), None)
    if below_zero is not None:
        raise AnalysisError(
            f"sheet '{src}', cell {a1(*below_zero)}: a {measure} count below zero cannot be shown "
            "as a share of its total. Correct the figure in Excel and try again"
        )
    place = {c: (out_rows[c[0]], out_cols[c[1]]) for c in cells}
    settled = settle_table(cells, table, analysis, figures, policy, axis, rest)
    result.hidden_numbers.update(settled.figures)
    for coord in settled.too_small:
        sheet.cells[place[coord]] = OutputCell(
            SMALL_BASE_TEXT, style=Style(italic=True), kind="wpxl"
        )
    shown = PercentTable(
        name, table.name, measure, place, share_styles(cells, analysis, policy), settled.lines
    )
    unit = display_step(policy.percent_decimals)
    for key, decided in settled.lines.decided.items():
        shown.write_line(sheet, key)
        if decided.step != unit:
            result.warnings.append(shown.warning(key))
    result.tables.append(shown)
    _copy_labels(sheet, table, analysis, out_rows, out_cols, policy, result)
    carry_header_merges(sheet, table, analysis, out_rows, out_cols)  # '2012/13' over its own
    coarsened = any(w.where.startswith(f"'{name}' ") for w in result.warnings)
    judged = partial(
        sayable,
        volumes=result.hidden_numbers,
        base=policy.rounding_base,
        measure_words=policy.measure_words,
    )
    shown.left_out = left_out_note(shown, settled.left_out, analysis, axis, result, judged)
    if coarsened or shown.left_out:
        shown.write_note(sheet, coarsened)
    widths = analysis.sheet.col_widths
    sheet.col_widths = {out: widths.get(col, 12.0) for col, out in out_cols.items()}
    sheet.col_widths[0] = max(sheet.col_widths.get(0, 0.0), 28.0)
    return sheet


def _breakdown(table: Table, analysis: SheetAnalysis) -> str:
    """What the rows are, in the label columns' header words (wpxl.plan.head_words), for the
    intro sentence; "row" when they quote a figure ("Payment group (all 1816 job outcomes)"):
    the intro is wpxl's own sentence, never a carrier of an outcome volume. A header line
    below the last one that heads the figure columns heads rows, not columns (the first
    constituency's name, alone under 'Ward code | Ward | ...'): it does not say what the rows
    are, unless no line above heads them (pandas writes its index names, 'District | Office',
    on a line of their own under the column heads). Under no head, the title's breakdown names
    them ('Job outcomes by payment group')."""
    cells = analysis.sheet.cells

    def said(row: int, cols: list[int]) -> list[str]:
        return [str(cell.value) for c in cols if (cell := cells.get((row, c))) and cell.value]

    figures = [*table.body_cols, *sorted(table.total_cols)]
    heading = [r for r in table.header_rows if said(r, figures)]
    last = max(heading, default=max(table.header_rows, default=-1))
    rows = [r for r in table.header_rows if r <= last]
    titles = {r for r in rows if not said(r, figures) and period_alone(said(r, table.label_cols))}
    words = heads_in_words([said(r, table.label_cols) for r in rows if r not in titles])
    under = [said(r, table.label_cols) for r in table.header_rows if r > last]
    if not words and under:  # pandas' index names, on a line of their own under the heads
        words = heads_in_words(under[:1])
    return figure_free(words) or figure_free(titled_breakdown(table.title)) or "row"


def _named(sheet: str) -> str | None:
    """The source sheet's name for the intro, judged as a label is, unless it states an amount
    ("Job outcomes (2)" reads as a volume in a sentence); digits alone number the tabs ('1', '2':
    reading kept them, the cover names them; unnamed, two tabs' sheets said the same words)."""
    named = not (states_a_volume(sheet) or could_quote_a_figure(sheet, label=True))
    return sheet if named or sheet.strip().isdecimal() else None


def _copy_labels(
    sheet: OutputSheet,
    table: Table,
    analysis: SheetAnalysis,
    out_rows: dict[int, int],
    out_cols: dict[int, int],
    policy: Policy,
    result: PercentPlan,
) -> None:
    """The table's headers over the shown columns and the labels of the shown rows; one that
    quotes a figure (its outcome volumes are known by now) or states an outcome volume in its
    words is removed and listed instead, but for the bands of how many outcomes each person
    had ('2 job outcomes': ``outcome_bands``), which quote only a volume, bands open at an
    end among their fellows ('<25 | 25-49 | >=50': ``open_bands``) and years marked revised
    or provisional down a column of years ('2013r': ``marked_years``)."""
    base = policy.rounding_base
    above = names_above(table, analysis, [r for r in out_rows if r not in table.header_rows])
    texts = _label_texts(table, analysis)  # '2 job outcomes', '<25 | 25-49 | >=50': bands
    bands = outcome_band_labels(texts, policy.measure_words) | run_band_labels(texts)
    bands |= set(coded_labels(texts))  # '1101 Leeds City': offices named by their codes
    unmarked = SheetFootnotes(analysis.sheet.cells)  # 'JSA 18-24 (4)' over a note '(4) ...'
    years = marked_year_labels(table, analysis)  # '2013r', '2014p' down a column of years
    for row, out_row in out_rows.items():
        header = row in table.header_rows
        for col, out_col in out_cols.items():
            if not header and col not in table.label_cols:
                continue
            at = above.get((row, col), (row, col))  # a group's name from a line not shown
            cell, role = analysis.sheet.cells.get(at), analysis.roles.get(at)
            if header and (cell is None or cell.is_empty):
                cell, role = group_header(analysis, table, row, col, out_cols)
            words = role is Role.TEXT and not header  # a line's name among the body's columns
            coded = (  # 'Office code' over '33': the line's code, left off before
                role is Role.NONCOUNT and col in table.label_cols and cell is not None
                and isinstance(cell.value, str)
            )  # fmt: skip
            if (
                cell is None
                or cell.is_empty
                or not (words or coded or role in (Role.HEADER, Role.LABEL))
            ):
                continue
            numbered = numbered_label(cell.value)
            if numbered is None:  # words, judged for a figure they quote ('Number' over shares: %)
                value, kind = cell.value, "label"
                if header and col not in table.label_cols and isinstance(value, str):
                    value = over_shares(value)  # 'No.', 'Job outcomes (number)': '%'
                banded = value in bands and not quotes_a_volume(value, result.hidden_numbers)
                named = banded or at in years  # a band, or a marked year: no amount
                why = None if named else why_it_goes(unmarked(value), result.hidden_numbers, base)
            else:  # a number naming its row: shown as its digits, or left off
                (value, why), kind = numbered, "key"
            if why is not None:
                result.removals.append(
                    Removal("text", f"'{sheet.name}' {a1(out_row, out_col)}", why)
                )
                continue
            sheet.cells[(out_row, out_col)] = OutputCell(value, style=cell.style, kind=kind)


def _label_texts(table: Table, analysis: SheetAnalysis) -> list[tuple[Coord, str]]:
    """The words of the table's header rows and label columns, where they stand."""
    area, cells = table.area, analysis.sheet.cells
    return [
        ((row, col), cell.value)
        for row in range(area.top, area.bottom + 1)
        for col in range(area.left, area.right + 1)
        if (row in table.header_rows or col in table.label_cols)
        and (cell := cells.get((row, col))) is not None
        and isinstance(cell.value, str)
    ]


def settle_book(
    tables: list[PercentTable], sheets: MutableSequence[OutputSheet], policy: Policy
) -> tuple[list[Warning], set[str]]:
    """Once every sheet is planned: the breakdowns a reader gets a base back from by searching
    the book's breakdowns on one true base together are made coarser or withheld
    (``settle_jointly``) and written again on their sheets (loaded and stored again, which only
    a book with such lines costs). Their warnings come back (each replacing any the line had),
    and the words written."""
    changed = settle_jointly([t.lines for t in tables], policy)
    if not changed:
        return [], set()
    by_sheet: dict[str, list[tuple[PercentTable, int]]] = {}
    for t, key in sorted(changed):
        by_sheet.setdefault(tables[t].sheet, []).append((tables[t], key))
    warnings, words = [], {WITHHELD_MARK}
    for index, sheet in enumerate(sheets):
        for table, key in by_sheet.get(sheet.name, ()):
            table.write_line(sheet, key)
            warnings.append(table.warning(key))
        if sheet.name in by_sheet:
            words.add(by_sheet[sheet.name][0][0].write_note(sheet))
            sheets[index] = sheet
    return warnings, words
