"""The invariants a copy must hold against its input, whatever wpxl decided (issue 14).

``INVARIANTS`` is the registry the proof runs, by name. Each invariant looks at the package
once (``package``), at each output sheet beside the input sheet it came from (``sheet``), and
at what needs the whole input (``finish``). A test may remove one from the registry
(``monkeypatch.delitem(INVARIANTS, "honest_totals")``) to show that a hostile workbook gets
through without it: every invariant must be the one that catches something.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wpxl.verify.amounts import named_amounts, stated_amounts, unshown_amounts
from wpxl.verify.banners import banners
from wpxl.verify.books import SheetPair
from wpxl.verify.chance_totals import chance_totals
from wpxl.verify.coded_labels import coded_labels
from wpxl.verify.copy_hidden import hidden_lines
from wpxl.verify.copy_labels import LabelFigures, label_figures
from wpxl.verify.dated_counts import DatedCounts
from wpxl.verify.dated_measures import measured_date
from wpxl.verify.differences import differences_worked_out
from wpxl.verify.formulas import change_cells, ratio_cells, share_of_sum_cells, whole_percent_cells
from wpxl.verify.hidden_text import hidden_text_nowhere
from wpxl.verify.kept_figures import kept_figures
from wpxl.verify.kept_labels import labels_kept
from wpxl.verify.labelled_figures import labelled_counts
from wpxl.verify.leaks import Finding
from wpxl.verify.line_labels import line_texts_shown, no_line_texts
from wpxl.verify.linked_totals import linked_figures, linked_totals_shown
from wpxl.verify.money_texts import money_texts
from wpxl.verify.named_files import personal_details_anywhere, sheet_personal_details
from wpxl.verify.named_staff import named_staff
from wpxl.verify.numbered_lines import numbered_label
from wpxl.verify.open_bands import closed_bands
from wpxl.verify.outcome_bases import no_outcome_bases
from wpxl.verify.outcome_texts import outcome_texts
from wpxl.verify.percent_dates import NOT_A_PERCENTAGE, dated_labels, dates_shown
from wpxl.verify.percent_lines import gives_no_volumes, percent_lines
from wpxl.verify.proof import Proof
from wpxl.verify.rates import divides_shown_counts
from wpxl.verify.ratings import ratings_of_rounded
from wpxl.verify.record_lines import record_lines
from wpxl.verify.regrouped import regrouping_holds, unclaimed
from wpxl.verify.share_columns import rounded_averages, rounded_shares
from wpxl.verify.share_steps import finer_than_step
from wpxl.verify.sibling_totals import sibling_totals
from wpxl.verify.small_base_shares import no_small_base_shares
from wpxl.verify.spelt import spelt_counts
from wpxl.verify.stated_outcomes import could_state, states_an_outcome
from wpxl.verify.summed_places import summed_places
from wpxl.verify.suppressed_parts import (
    no_total_over_markers,
    totals_over_other_sheets_markers,
)
from wpxl.verify.text_roles import lined_rows, queue_text
from wpxl.verify.texts import check_package, judge_words, numbered_names
from wpxl.verify.totals import honest_totals, no_total_over_dropped, totals_over_other_sheets
from wpxl.verify.totals_of_totals import totals_of_totals_worked_out
from wpxl.verify.typed_summaries import summaries_add_up, summary_figures
from wpxl.verify.values import (
    EARLIEST_DATE_SERIAL,
    WPXL_POINTER,
    is_date_format,
    is_fixed_format,
    is_multiple,
    is_percent_format,
    is_year,
    number,
)
from wpxl.verify.year_labels import input_year_label, years_are_labels

Sheetwise = Callable[[SheetPair, Proof], list[Finding]]
Bookwise = Callable[[Proof], list[Finding]]


def _none(*_: object) -> list[Finding]:
    return []


@dataclass(frozen=True, slots=True)
class Invariant:
    """One rule a copy must hold; each part runs at its moment of the proof."""

    doc: str
    package: Bookwise = _none
    sheet: Sheetwise = _none
    finish: Bookwise = _none


def _figures_allowed(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Every number in a cell is a rounded count, a percentage where one belongs, or a date;
    years are left to ``years_are_labels``. Text is queued for ``judge_words``."""
    found: list[Finding] = []
    base, fmt, users = proof.base, proof.output.format_of, proof.style_users
    kinds: dict[int, tuple[bool, bool]] = {}  # style -> (percentage, date)
    index = pair.indexed(base)
    for style, coord in index.first_user.items():
        if style not in users:
            users[style] = pair.where(coord)
    cells = pair.cells
    # on a volume sheet a plain rounded count (the commonest cell) is let through unasked; on a
    # cover or percentage sheet (small sheets) every figure is judged
    small = pair.kind != "volume"
    figures = [c for c, v in cells.items() if v[0].__class__ is float] if small else index.odd
    proof.shown_figures.update(cells[coord][0] for coord in figures)  # type: ignore[misc]
    named = label_figures(pair)  # reads the input's layout only when a figure asks

    def kind_of(style: int) -> tuple[bool, bool]:
        kind = kinds.get(style)
        if kind is None:
            code = fmt(style)
            kind = kinds[style] = (is_percent_format(code), is_date_format(code))
        return kind

    dated = DatedCounts(cells, lambda style: kind_of(style)[1], named)
    for coord in figures:
        value, formula, style = cells[coord]
        kind = kind_of(style)
        problem = _figure_problem(pair, coord, value, formula, kind, base, named, dated)  # type: ignore[arg-type]
        if problem is None and pair.kind == "percent":  # a share to more places than the policy's
            problem = finer_than_step(value, proof.policy.percent_decimals)  # type: ignore[arg-type]
        if problem:
            found.append(Finding(pair.where(coord), problem))
    lined, bands = lined_rows(index), {**closed_bands(index.texts), **coded_labels(index.texts)}
    for coord, text in index.texts:
        if text.strip().isdigit() and named.digits_as_written(coord):
            continue  # '201304' over its month's column, as an export writes month codes
        queue_text(pair, proof, coord, text, lined, bands.get(coord))
        if text.strip().isdigit() and (shown := number(text)) is not None:
            proof.shown_figures.add(shown)  # a year typed as text over its columns shows it
    numbered = pair.name in numbered_names(tuple(proof.output.where))
    proof.queue(f"the name of sheet '{pair.name}'", pair.name, "label" if numbered else "name")
    found += rounded_shares(pair)  # 'Per cent' over whole shares rounded as counts
    found += rounded_averages(pair)  # 'Avg' over averages rounded or summed as counts
    return [*found, *spelt_counts(pair, proof, named.names), *labelled_counts(pair, proof)]


def _figure_problem(
    pair: SheetPair,
    coord: tuple[int, int],
    value: float,
    formula: str | None,
    kind: tuple[bool, bool],
    base: int,
    named: LabelFigures,
    dated: DatedCounts,
) -> str | None:
    percent, date = kind
    if pair.kind == "cover":
        return "a figure on the cover sheet"
    if pair.kind == "percent":
        if date and not percent:
            return None  # a line's date, or a count shown as one: ``dated_labels`` judges it
        if formula is not None or not (percent and 0 <= value <= 1):
            return NOT_A_PERCENTAGE
        return None
    if formula is not None and (
        ratio_cells(formula)
        or share_of_sum_cells(formula)
        or whole_percent_cells(formula)
        or change_cells(formula)
    ):
        return None  # a rate or a share of a sum: verify.rates holds it to its cells
    if percent and formula is None and value != 0:
        return PLAIN_PERCENT  # a rate a copy writes as the formula working it out (B4/C4)
    if percent:
        return None if 0 <= value <= 1 else "a percentage outside 0-100%"
    if date:
        small = value < EARLIEST_DATE_SERIAL and not is_multiple(value, base)
        if small or dated(coord) or measured_date(pair, coord, dated.plain_figure, dated.dated):
            return "a count shown in a date format"
        return None
    if is_multiple(value, base) or is_year(value) or named(coord) or numbered_label(pair, coord):
        return None
    return f"a figure that is not a multiple of {base}"


# A figure typed in a percentage's format on a volume sheet is a rate of the input's own
# counts or a count so formatted: a start rate of 26.4% beside referrals rounded to 420 gives
# the 111 starts back, and a 1 in a column of counts formatted as percentages (1, 37, 1, 212
# under 'Referrals') shows 100% but is a count of 1. Carried as written, both stood. The plan
# writes a rate on a volume sheet as the formula working it out from the copy's rounded
# figures (B4/C4), and removes one it cannot; a plain 0% says no count.
PLAIN_PERCENT = "a rate not worked out from the copy's figures (typed in a percentage's format)"


def _no_outcome_volumes(pair: SheetPair, proof: Proof) -> list[Finding]:
    """No figure whose row or column (or, naming no measure, its table or sheet) names an
    outcome or sustainment, in the policy's words or the built-in abbreviations."""
    context = pair.context
    listed = [*record_lines(pair, proof.measures, proof.output.format_of), *money_texts(pair)]
    if pair.kind != "volume" or context is None or not context.may_hold_outcomes:
        return [*listed, *outcome_texts(pair, proof)]  # an outcome rate's words are no outcome's
    found = [*listed, *outcome_texts(pair, proof)]
    outcomes, fmt = context.outcomes, proof.output.format_of
    for coord, (value, formula, style) in pair.cells.items():
        if isinstance(value, str):  # "59r", "(12)", "about 140": an outcome volume written so
            at = pair.input_coord(coord)
            asked = at is not None and could_state(value) and context.named.get(at) != value.strip()
            asked = asked and not WPXL_POINTER.match(value)  # wpxl's pointer: 'Table 2 on ...'
            if asked and context.is_outcome(at) and states_an_outcome(pair, at, value):  # type: ignore[arg-type]
                found.append(Finding(pair.where(coord), "an outcome or sustainment volume"))
            continue
        if not isinstance(value, float) or is_date_format(fmt(style)):
            continue
        if pair.input_coord(coord) in outcomes and not input_year_label(pair, coord, value):
            if divides_shown_counts(pair, formula, outcomes):  # 'Conversion rate': starts/refs
                continue
            found.append(Finding(pair.where(coord), "an outcome or sustainment volume"))
    return list(dict.fromkeys(found))  # a text outcome_texts found is not found again


def _hidden_stays_hidden(pair: SheetPair, proof: Proof) -> list[Finding]:
    """No cell of the copy stands where the input hid its content."""
    if pair.kind == "percent" and pair.name in proof.source.hidden_names:
        return [Finding(f"sheet '{pair.name}'", "a sheet the input hides")]
    if not pair.hidden:
        return []
    return [
        Finding(pair.where(coord), "content the input hides")
        for coord, (value, _, _) in pair.cells.items()
        if value not in (None, "") and pair.input_coord(coord) in pair.hidden
    ]


def _formats_fixed(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Every number format is one wpxl writes itself: none is copied from the input."""
    first = pair.indexed(proof.base).first_shown
    return [
        Finding(pair.where(coord), "a number format copied from the input")
        for style, coord in sorted(first.items(), key=lambda item: item[1])
        if not is_fixed_format(proof.output.format_of(style))
    ]


GUIDANCE_BASE = 20  # DWP's rule, held whatever the policy file says: a finer base shows more


def _honest_totals(pair: SheetPair, proof: Proof) -> list[Finding]:
    found = honest_totals(pair, proof)  # then the input's own sums where these left them be
    found += summed_places(pair, {f.part for f in found})
    pair.lines = None  # asked by these two alone: not held beside the later checks' own
    return found + [f for f in sibling_totals(pair) if f.part not in {g.part for g in found}]


def _guidance_base(proof: Proof) -> list[Finding]:
    """The copy's counts are rounded to the policy's base: one that is not 20 or a multiple of
    it (a stray wpxl.toml of 10, or 1) publishes figures the guidance forbids, however honest
    each total is against it."""
    base = proof.base
    if base > 0 and base % GUIDANCE_BASE == 0:
        return []
    return [Finding("the workbook", f"counts rounded to the nearest {base}, not {GUIDANCE_BASE}")]


INVARIANTS: dict[str, Invariant] = {
    "package": Invariant(
        "Only the parts of a plain workbook, visible sheets, no defined names, no sheet the "
        "input does not have, no personal details anywhere (those in a sheet: the next).",
        package=check_package,
        sheet=named_staff,
        finish=personal_details_anywhere,
    ),
    "personal_details": Invariant("No personal detail in a sheet.", sheet=sheet_personal_details),
    "honest_totals": Invariant(
        "1. Totals honest against the input: each SUM gives its value and differs from the "
        "input's figure at its place by at most base/2 for each rounded cell it adds up; each "
        "count is the input's figure rounded, to 20 or a multiple of it; where the input adds up "
        "its own cells by formula, the copy shows the sum of what it shows at them.",
        package=_guidance_base,
        sheet=_honest_totals,
        finish=totals_over_other_sheets,
    ),
    "numbers_allowlisted": Invariant(
        "2. No number leaves unexamined: every figure and every number in words is a rounded "
        "count, a percentage where one belongs, a year, date, period, age band or reference, "
        "or wpxl's own.",
        sheet=_figures_allowed,
        finish=judge_words,
    ),
    "labels_kept": Invariant(
        "2. A number naming a row or column is kept as written, never rounded as a count.",
        sheet=labels_kept,
    ),
    "dated_labels": Invariant(
        "2. A date on a percentage sheet is a line's: plain, whole, no earlier than 1950, on a "
        "line where no share stands, and shown by the input in a date's format.",
        sheet=dated_labels,
        finish=dates_shown,
    ),
    "no_small_base_shares": Invariant(
        "2. No text states a percentage about a line of its sheet whose counts are all under "
        "the small base: beside them shown rounded, it could give them back.",
        sheet=no_small_base_shares,
    ),
    "no_outcome_volumes": Invariant(
        "3. No outcome or sustainment volume, under any of the words providers use.",
        sheet=_no_outcome_volumes,
    ),
    "labels_state_no_line_figure": Invariant(
        "3. No text the input wrote on a line beside a figure it states ('Leeds - 41' on the "
        "line of 41 job outcomes, 'Calderdale - 43 starts' beside 43) is in the copy.",
        sheet=line_texts_shown,
        finish=no_line_texts,
    ),
    "no_outcome_bases": Invariant(
        "3. No text states a count as a base or total ('n = 380') on a sheet whose words name "
        "outcomes: rounded or not, it is an outcome volume.",
        sheet=no_outcome_bases,
    ),
    "no_outcome_amounts": Invariant(
        "3. No text outside the percentage sheets (a sheet's name too) names outcomes or "
        "sustainments and states an amount: a number, a percentage or a number word.",
        package=named_amounts,
        sheet=stated_amounts,
        finish=unshown_amounts,
    ),
    "hidden_stays_hidden": Invariant(
        "4. Nothing the input hides (hidden sheets, rows, columns; white text; ';;;' formats; "
        "zero widths and heights; dropped parts) is in the copy.",
        sheet=_hidden_stays_hidden,
        finish=hidden_text_nowhere,
    ),
    "formats_fixed": Invariant(
        "5. Number formats come from wpxl's fixed list; no input format string is copied.",
        sheet=_formats_fixed,
    ),
    "years_are_labels": Invariant(
        "6. Years are labels, never body values: under 'Year 1' headers they are counts.",
        sheet=years_are_labels,
    ),
    "no_total_over_dropped": Invariant(
        "7. No total adds up a figure the copy does not show (a total never becomes 0 because "
        "its parts were removed).",
        sheet=no_total_over_dropped,
    ),
    "percentages_keep_volumes": Invariant(
        "8. Percentages do not give volumes back: no outcome percentage line lets a reader who "
        "knows the cover's rules find the true counts.",
        sheet=percent_lines,
        finish=gives_no_volumes,
    ),
    "differences_worked_out": Invariant(
        "9. A line that is one line of counts less another is the formula over the shown "
        "cells, or not there: never a difference rounded on its own.",
        sheet=differences_worked_out,
    ),
    "totals_of_totals_worked_out": Invariant(
        "10. A line adding up the blocks' own Totals or the other lines of its label column, a "
        "block adding up other blocks line by line, or a line running on along another, is "
        "never a total rounded on its own.",
        sheet=totals_of_totals_worked_out,
    ),
    "no_total_over_suppressed": Invariant(
        "11. No total stands where the input's adds up a cell another sheet suppressed ('[c]', "
        "'..'): over the other cells it would not be the total.",
        sheet=totals_over_other_sheets_markers,
        finish=no_total_over_markers,
    ),
    "summaries_add_up": Invariant(
        "12. A sheet whose figures are the sums of the same row and column on other sheets (a "
        "summary pasted as values) shows the sum of what the copy shows on them.",
        sheet=summary_figures,
        finish=summaries_add_up,
    ),
    "chance_totals": Invariant(
        "13. Where the source rounds every cell, a line the copy adds up is the sum of its "
        "parts in the input (or named or set out as a total), and no total leaves out a line "
        "past the end of its parts that the input's total counts.",
        sheet=chance_totals,
    ),
    "linked_totals": Invariant(
        "14. A figure typed as another sheet's total (its line named by that sheet) shows what "
        "the copy shows for that total.",
        sheet=linked_figures,
        finish=linked_totals_shown,
    ),
    "figures_kept": Invariant(
        "15. A figure the copy does not round (a year, date, code) is the input's own.",
        sheet=kept_figures,
    ),
    "ratings": Invariant("17. No RAG rating of lines the copy rounds.", sheet=ratings_of_rounded),
    "copy_hides_nothing": Invariant(
        "16. The copy hides nothing of its own: a row or column, a cell under a merge, white text.",
        sheet=hidden_lines,
    ),
    "banners": Invariant("Every sheet opens with its published/internal banner.", sheet=banners),
    "regrouping_conserves": Invariant(
        "A sheet regrouped by --aggregate, which its copy is compared with, is the input's "
        "sheet regrouped: each new figure the sum of the input's it names, every input figure "
        "added up once, nothing else changed, no figure in a new label.",
        package=unclaimed,
        sheet=regrouping_holds,
    ),
}
