"""Hunted in session 24 (second fuzz helper, fuzz26.py): published MI layouts (key figures per
authority, referral cohorts, pasted pivots, totals first, years over quarters, Stat-Xplore
exports) the copy misread or the proof refused, each on a real .xlsx through the command line."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.verify.summed_blocks import BLOCK_ROUNDED_ALONE


def _shown(copy, sheet: str) -> dict[int, list]:
    """The figures on each line of ``sheet`` in the copy, by the line's number in the copy."""
    rows = openpyxl.load_workbook(copy)[sheet].iter_rows(values_only=True)
    return {n: [v for v in line[1:] if v is not None] for n, line in enumerate(rows, start=1)}


# fuzz26 'kpi', seeds 70104 and 70105: key figures, one block per local authority stacked with
# the authority's name above it; the last block has no header line of its own.
KEY_FIGURES = [
    ["Headline figures"],
    [],
    ["Local authority: Gateshead"],
    ["Indicator", "This month", "Last month", "Year to date"],
    ["Referrals", 2778, 2974, 1811],
    ["Job outcomes", 199, 321, 702],
    [],
    ["Bradford"],
    ["Measure", "Value"],
    ["Referrals", 103],
    ["Job starts", 385],
    ["Job outcomes", 2],
    [],
    ["Local authority: Chesterfield"],
    ["Referrals", 253],
    ["Attachments", 102],
    ["Job starts", 204],
    ["Job outcomes", 78],
]


def test_key_figures_of_a_block_with_no_header_under_value_blocks_are_counts(tmp_path):
    """A block of key figures with no header line of its own, under blocks headed 'Value' and a
    block headed 'This month | Last month | Year to date', had every figure removed as "an
    amount of money" (WRONG): its column was headed by every header above it, 'Value' among
    them, the nearest ('This month') last, and only a column whose last header is 'Value' was
    let off its money. A column whose only money word is 'Value' alone counts the measure its
    line names: the referrals, attachments and starts are rounded, the outcomes removed."""
    copy, _ = sanitised_beside(write_book(tmp_path / "kpi.xlsx", {"Summary": KEY_FIGURES}))
    shown = _shown(copy, "Summary")
    assert [shown[r] for r in range(17, 21)] == [[260], [100], [200], []]
    assert [shown[r] for r in range(12, 15)] == [[100], [380], []]


# fuzz26 'cohort', seed 70109: two cohort tables stacked, the second's months since referral
# headed '3m', '6m', '12m'.
COHORTS = [
    ["Cumulative job outcomes by month of referral"],
    [],
    ["Referral month", "Referrals", "After 6 months", "After 12 months", "% at 6 months"],
    ["Apr-14", 361, 40, 57, 0.111],
    ["May-14", 267, 26, None, 0.097],
    ["Total", 628],
    [],
    [],
    ["Referral cohorts: job outcomes achieved"],
    [],
    ["Referral month", "Referrals", "3m", "6m", "12m"],
    ["Apr-14", 356, 28, 35, 38],
    ["May-14", 108, 7, 19, 24],
    ["Jun-14", 253, 28, 49, "n/a"],
]


def test_months_since_referral_headed_3m_6m_under_a_cohort_table_are_headers(tmp_path):
    """The second of two cohort tables, its months since referral headed '3m', '6m', '12m',
    was refused: under the first table's outcome columns the proof read the header line as an
    outcome line and '3m' as a figure marked 'm' (as '59r' is a figure marked revised), so a
    copy carrying its own headers failed (REFUSAL). Numbers marked by a unit of time, rising
    along an input line holding no figure, over figures, head the columns: the copy is made,
    its headers as written, the referrals rounded, the outcomes gone to the percentage sheet."""
    copy, _ = sanitised_beside(write_book(tmp_path / "cohorts.xlsx", {"Referrals": COHORTS}))
    shown = _shown(copy, "Referrals")
    assert shown[13] == ["Referrals", "3m", "6m", "12m"]
    assert [shown[r] for r in range(14, 17)] == [[360], [100], [260, "n/a"]]


def test_the_proof_still_refuses_outcome_volumes_typed_with_a_unit_of_time(tmp_path):
    """The let-off is for a header line: outcome volumes written '28m', '35m', '38m' on a
    cohort's line beside its referrals (a figure) are still outcome volumes to the proof."""
    written = {(11, 2): "28m", (11, 3): "35m", (11, 4): "38m"}
    found = misread_findings(tmp_path, COHORTS, written, "kept")
    volumes = {f.part for f in found if f.kind == "an outcome or sustainment volume"}
    assert volumes >= {"'Referrals' C14", "'Referrals' D14", "'Referrals' E14"}


def _cohort(title: str, head: str) -> list[list]:
    """fuzz26 'cohort', seeds 70107, 70112, 70113, 70115: a referral cohort's referrals headed
    ``head`` beside its job outcomes by months since referral."""
    return [
        [title],
        [],
        ["Month of referral", head, "Month 3", "Month 6", "Month 12"],
        ["Jun-14", 209, 16, 21, 45],
        ["Jul-14", 53, 5, 10],
        ["Aug-14", 287, 8],
    ]


COHORT_TITLES = [
    "Job outcomes by referral cohort and months since referral",
    "Cumulative job outcomes by month of referral",
]


@pytest.mark.parametrize("head", ["Number referred", "No. referred", "People referred"])
@pytest.mark.parametrize("title", COHORT_TITLES)
def test_a_cohorts_number_referred_beside_its_outcomes_is_referrals(tmp_path, title, head):
    """A cohort's referrals headed 'Number referred' went to the percentage sheet as shares of
    outcomes with the months since referral beside them (WRONG): under a title breaking
    outcomes down, only a header naming another measure by its plural name ('Referrals',
    'Number of referrals') counted that measure. Its participle with a word for a number or
    for people ('Number referred', 'People referred') names it so too, in the
    analysis and the proof: the referrals are rounded, the outcomes go to the percentage
    sheet."""
    rows = _cohort(title, head)
    copy, _ = sanitised_beside(write_book(tmp_path / "cohort.xlsx", {"Referrals": rows}))
    shown = _shown(copy, "Referrals")
    assert [shown[r] for r in range(6, 9)] == [[200], [60], [280]]


# fuzz26 'pivot', seeds 70114, 70115: an Excel pivot pasted as values, compact form: each
# region's line (its subtotal) above its authorities, a '(blank)' region over its one '(blank)'
# authority (the same figures), 'Grand Total' last.
PIVOT = [
    ["Provider", "CPA 12"],
    [],
    ["Row Labels", "Sum of Referrals", "Sum of Job outcomes"],
    ["Yorkshire", 7272, 9126],
    ["Bradford", 1765, 2421],
    ["Sheffield", 1695, 1792],
    ["Wakefield", 3812, 4913],
    ["East Midlands", 4351, 3212],
    ["Chesterfield", 1603, 1952],
    ["Nottingham", 2748, 1260],
    ["(blank)", 317, 2621],
    ["(blank)", 317, 2621],
    ["Grand Total", 11940, 14959],
]


def test_a_pivots_blank_region_over_its_one_blank_authority_is_a_group(tmp_path):
    """Refused (REFUSAL, left by session 24): the region's line and its one authority's, both
    '(blank)', were a line in the Grand Total and a line outside it, and the shares sheet's two
    '(blank)' lines could not be told apart. The line left out beside its twin is the twin's
    one part (analyse/far_end), and a group of one named as its part is shown once on the
    shares sheet (plan/twin_parts): the referrals rounded, the Grand Total the sum of the
    regions' rounded lines, the shares of the whole 14,959."""
    copy, _ = sanitised_beside(write_book(tmp_path / "pivot.xlsx", {"Referrals": PIVOT}))
    values = openpyxl.load_workbook(copy, data_only=True)
    lines = [r[:2] for r in values["Referrals"].iter_rows(values_only=True) if r[0]]
    assert lines[-3:] == [("(blank)", 320), ("(blank)", 320), ("Grand Total", 7280 + 4340 + 320)]
    shares = [r[:2] for r in values["Job outcomes %"].iter_rows(values_only=True) if r[0]]
    assert shares[-2:] == [("(blank)", round(2621 / 14959, 2)), ("Grand Total", 1)]


# fuzz26 'kpi', seed 70208: key figures per authority, then an 'All local authorities' block of
# formulas over the blocks above, one of its lines typed over (pasted as a value).
def _all_block(typed_line: int) -> tuple[list[list], dict[tuple[str, str], int]]:
    figures = {"Sheffield": (109, 54, 204), "Derby": (319, 272, 343), "Leeds": (216, 146, 66)}
    measures = ("Referrals", "Attachments", "Job starts")
    rows: list[list] = [["Key figures by local authority, September 2014"], []]
    for name, values in figures.items():
        rows += [[name], ["Measure", "Value"], *map(list, zip(measures, values, strict=True)), []]
    rows += [["All local authorities"], ["Measure", "Value"]]
    cached = {}
    for i, measure in enumerate(measures):
        total = sum(v[i] for v in figures.values())
        if i == typed_line:
            rows.append([measure, total])
            continue
        rows.append([measure, "=" + "+".join(f"B{5 + i + 6 * k}" for k in range(3))])
        cached[("Summary", f"B{len(rows)}")] = total
    return rows, cached


@pytest.mark.parametrize("typed_line", [0, 1, 2])
def test_a_typed_line_of_a_block_of_formulas_over_the_blocks_above_is_their_sum(
    tmp_path, typed_line
):
    """An 'All local authorities' block of formulas over the authorities' blocks, one line
    typed over with its value (Attachments | 472), was refused (REFUSAL): the formulas were
    totals, so the typed line was the block's only count adding up the blocks' lines, too few
    places (two are asked) to believe it a total; rounded on its own, the proof refused it. A
    formula of the block over the same places of the other blocks is such a place too: the
    typed line is rebuilt as the sum of the rounded lines it adds up."""
    rows, cached = _all_block(typed_line)
    source = write_book(tmp_path / "kpi.xlsx", {"Summary": rows}, cached=cached)
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Summary"]
    shown = [sheet.cell(r, 2).value for r in range(25, 28)]
    assert shown[typed_line] == "=SUM({})".format(
        ",".join(f"B{7 + typed_line + 6 * k}" for k in range(3))
    )


# fuzz26 'kpi', seed 70210: a small authority's key figures, one column, its referrals by
# chance the sum of its attachments, starts and outcomes (16 = 8 + 6 + 2).
SMALL_KEY_FIGURES = [
    ["Headline figures"],
    [],
    ["Local authority: Wakefield"],
    ["Measure", "Value"],
    ["Referrals to date", 16],
    ["Attachments to date", 8],
    ["Job starts to date", 6],
    ["Job outcomes to date", 2],
    ["Sustainment outcomes", 8],
]


def test_a_line_naming_one_measure_is_no_total_of_lines_naming_others(tmp_path):
    """A small authority's referrals (16) were read as the total of its attachments, starts
    and outcomes (8 + 6 + 2), its attachments (8) as that of its starts and outcomes, and both
    removed as totals over the outcomes the copy removes (WRONG). Lines each naming another of
    referrals, attachments and starts are no totals of one another: each is rounded."""
    source = write_book(tmp_path / "kpi.xlsx", {"Job starts": SMALL_KEY_FIGURES})
    copy, _ = sanitised_beside(source)
    shown = _shown(copy, "Job starts")
    assert [shown[r] for r in range(7, 12)] == [[20], [0], [0], [], []]


# fuzz26 'kpi', seed 70210: two small authorities' key figures, each with its outcome rate,
# then 'All local authorities' typed but for its attachments (a formula), its rate left blank.
ALL_TYPED_AND_FORMULAS = [
    ["Headline figures"],
    [],
    ["Local authority: Wakefield"],
    ["Referrals to date", 16],
    ["Attachments to date", 8],
    ["Job starts to date", 6],
    ["Job outcomes to date", 2],
    ["Sustainment outcomes", 8],
    ["Referral to JO rate (%)", 0.125],
    [],
    ["Leeds"],
    ["Referrals to date", 29],
    ["Attachments to date", 14],
    ["Job starts to date", 5],
    ["Job outcomes to date", 2],
    ["Sustainment outcomes", 2],
    ["Referral to JO rate (%)", 0.069],
    [],
    ["All local authorities"],
    ["Indicator", "Value"],
    ["Referrals to date", 45],
    ["Attachments to date", "=B5+B13"],
    ["Job starts to date", 11],
    ["Job outcomes to date", "=B7+B15"],
    ["Sustainment outcomes", 10],
    ["Referral to JO rate (%)"],
]


def test_typed_lines_of_an_all_block_with_a_formula_line_are_sums_of_the_blocks(tmp_path):
    """'All local authorities' typed but for its attachments (a formula over the blocks above):
    its job starts (11, 6 + 5) were rounded on their own to 20, where the rounded lines they add
    up show 0 + 0 (WRONG: guidance R5). The block's lines are read by their labels against the
    blocks', and a line holding a formula total was left out of its labels, so the block did
    not name every line of the others. A line holding a formula over other blocks is one of its
    lines: the typed lines are rebuilt as the sums of the rounded lines they add up."""
    cached = {("Summary", "B22"): 22, ("Summary", "B24"): 4}
    source = write_book(tmp_path / "kpi.xlsx", {"Summary": ALL_TYPED_AND_FORMULAS}, cached=cached)
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Summary"]
    assert [sheet.cell(r, 2).value for r in (23, 25)] == ["=SUM(B6,B14)", "=SUM(B8,B16)"]


def test_the_proof_alone_refuses_a_line_of_an_all_block_rounded_on_its_own(tmp_path):
    """The copy rounding the 'All local authorities' job starts on their own (11 to 20, where
    the lines they add up show 0 + 0) passed the proof (PROOF HOLE): it reads a block adding up
    others only where its labels hold every label of theirs, and the authorities' outcome rate
    lines, blank in the 'All' block, were labels it did not hold. A line holding no count (its
    figures rates, or none) is no line a block must hold: the proof refuses the copy."""
    cached = {("Referrals", "B22"): 22, ("Referrals", "B24"): 4}
    found = misread_findings(tmp_path, ALL_TYPED_AND_FORMULAS, {(22, 1): 20}, "rounded", cached)
    assert ("'Referrals' B25", BLOCK_ROUNDED_ALONE) in {(f.part, f.kind) for f in found}
