"""Session 36 (left): session 35's "read wrong, safe" leftovers, each a real pack's layout.

A 'Cumulative' column after a 'Q2 minus Q1' column, in a performance summary with a job
outcomes line under the referrals, attachments and job starts: each cumulative figure was
rounded on its own (1,200 beside Q1 and Q2 shown as 600 and 620), where the same table without
the outcome line, or with the change headed 'Change', rebuilt it as =SUM(B6:C6). The change
column is a count while totals are read (its words name no rate), so no tree of totals could
leave it out of the columns the cumulative one adds up, and the reading of running lines over
periods asked the cumulative outcome cell, which wpxl removes, for a figure and found none. It
reads the number the source shows there now (analyse/running_lines). The proof passed the
column rounded alone even beside a 'Change' column: its reading of a line adding up its
fellows counted the change among them. A line of changes, named so and in every place one
fellow less another, is set aside there now (verify/summed_lines), and the copy rounded alone
is refused.

A column headed 'Per month' after three months and their Total, each office's average month
typed as a whole number: the words named no rate, so the averages were rounded as counts (160
beside months shown as 140, 160 and 160), where 'Average per month' over the same figures was
removed. An average of rounded counts is no count and no total the guidance has rebuilt (R5
speaks of totals): wpxl removes a typed average, as it removes a typed rate it cannot work out
as one shown figure over another, and the reader can work it out from the rounded months. A
header saying only how often ('Per month', 'Avg per month', 'Per week') is a rate's words now
(analyse/words ``_PER_PERIOD``), so both headings are removed alike with the same reason; a
measure named with it ('Referrals per month' over each month's count) is still a count. The
proof passed the column rounded: its words for an average alone take 'Per month' too
(verify/share_columns ``_AVERAGE``).

An index typed beside the counts it is of ('Index (Apr 2013 = 100)': each month's referrals
over April's, times 100, whole or to one place) was removed since session 35 as a rate wpxl
cannot work out: its words name no two measures to divide. It is each line's figure over the
base line's of one column, and is read so where, on every line, exactly one column gives it
over the line whose index is 100 (analyse/index_numbers), down a column or along a row: the
plan rebuilds it as =B7/B6*100 over the rounded cells, with its cached value, and the proof
holds the formula to the copy's cells (verify/rates), refusing the unrounded quotient. An
index of outcomes beside job starts is still removed, now as a rate that uses outcome figures.
Session 35's test of the index (tests/e2e/test_hunted_s35_derived.py) asserted the removal; it
asserts now only that the index is not rounded as counts.

A table whose label column is headed 'Referrals' (the header typed one column left of its
figures), a column of figures with no header, then a 'Job outcomes' column: under a title
listing both measures the unheaded figures went to the percentage sheet as outcome shares and
no referral was shown; under a title naming neither the analysis read them as referrals and
the proof, reading them by the header line above ('Job outcomes' the strongest word there),
refused the right copy. The label column's header naming a measure alone owns the unheaded
figure columns before the first headed one now (analyse/breakdown_titles ``corner_owned``),
and the proof reads them so on its own (verify/corner_heads): the referrals are rounded, the
outcomes shown as shares, and the outcomes carried as counts are still refused.

Labels naming a place by a number of three or four digits ('Site 101', 'Office 245',
'Jobcentre 312', 'Site 1377') were removed as quoting an unrounded figure: wherever a count
of the workbook equalled the number, and always from four digits (a label's number of 100 or
more is judged a figure). A place word before a number of up to four digits names the place
now, in the plan (plan/quoting ``_PLACE_WORDS``) and in the proof (verify/values ``_PLACE``);
a number written with a separator ('Site 1,377'), or followed by a measure's word ('Leeds
office 245 referrals'), is still a count, and a figure dressed as a label ('Referrals 245',
'Outcomes: 312') still goes. The proof alone refuses the place's count carried.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import script_book
from tests.e2e.runs import sanitised_beside
from tests.misread import carried_rounded, misread_findings, proved
from wpxl.model import OutputCell
from wpxl.verify.rates import NOT_ITS_VALUE
from wpxl.verify.share_columns import ROUNDED_AVERAGE
from wpxl.verify.summed_lines import NOT_THE_SUM
from wpxl.verify.texts import FORBIDDEN

SUMMARY = [("Referrals", 593, 616), ("Attachments", 431, 502), ("Job starts", 88, 97),
           ("Job outcomes", 31, 45)]  # fmt: skip


def _summary(change: str) -> list[list]:
    """Q1, Q2, ``change`` (Q2 less Q1) and 'Cumulative' (Q1 plus Q2) typed by measure, the
    job outcomes last."""
    rows: list[list] = [["Derby performance summary, 2013-14"], []]
    rows.append(["Measure", "Q1", "Q2", change, "Cumulative"])
    return rows + [[name, q1, q2, q2 - q1, q1 + q2] for name, q1, q2 in SUMMARY]


@pytest.mark.parametrize("change", ["Q2 minus Q1", "Q2 \u2212 Q1", "Change"])
def test_a_cumulative_column_after_a_change_beside_outcomes_adds_up_the_quarters(tmp_path, change):
    rows = _summary(change)
    copy, _ = sanitised_beside(script_book(tmp_path / "summary.xlsx", {"Summary": rows}))
    formulas = openpyxl.load_workbook(copy)["Summary"]
    values = openpyxl.load_workbook(copy, data_only=True)["Summary"]
    assert [formulas[f"E{row}"].value for row in (6, 7, 8)] == [
        f"=SUM(B{r}:C{r})" for r in (6, 7, 8)
    ]
    assert values["E6"].value == 1220  # 600 and 620 shown, not 1,209 rounded (1,200)
    assert formulas["E9"].value is None  # the cumulative outcomes: still removed
    # the proof on its own: the cumulative figures rounded by themselves are refused
    findings = misread_findings(tmp_path, rows, {(3, 4): 1200.0}, "rounded")
    assert "'Referrals' E6" in {f.part for f in findings if f.kind == NOT_THE_SUM}


def _per_month(head: str) -> list[list]:
    """Referrals by office over three months, their typed Total and under ``head`` each
    office's average month, typed as a whole number."""
    rows: list[list] = [["Referrals by office, Q1 2013-14"], []]
    rows.append(["Office", "Apr 2013", "May 2013", "Jun 2013", "Total", head])
    for office, *months in [("Leeds", 137, 151, 163), ("Bradford", 411, 389, 402),
                            ("Wakefield", 33, 47, 52)]:  # fmt: skip
        rows.append([office, *months, sum(months), int(sum(months) / 3 + 0.5)])
    return rows


@pytest.mark.parametrize("head", ["Per month", "Average per month", "Avg per month"])
def test_an_average_per_month_is_removed_as_an_average_is_not_rounded_as_a_count(tmp_path, head):
    rows = _per_month(head)
    copy, printed = sanitised_beside(script_book(tmp_path / "months.xlsx", {"Referrals": rows}))
    values = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    assert [values[f"F{row}"].value for row in (6, 7, 8)] == [None] * 3  # not 160, 400, 40
    assert "'Referrals' F4:F6: an average of unrounded figures" in printed
    # the proof on its own: the averages rounded as counts are refused
    findings = misread_findings(tmp_path, rows, {(3, 5): 160.0}, "rounded")
    assert "'Referrals' F6" in {f.part for f in findings if f.kind == ROUNDED_AVERAGE}


def test_a_measure_named_per_month_is_still_a_count(tmp_path):
    rows: list[list] = [["Referrals by month, 2013-14"], [], ["Month", "Referrals per month"]]
    rows += [["Apr 2013", 137], ["May 2013", 151], ["Jun 2013", 163]]
    copy, printed = sanitised_beside(script_book(tmp_path / "months.xlsx", {"Referrals": rows}))
    values = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    assert [values[f"B{row}"].value for row in (6, 7, 8)] == [140, 160, 160]
    assert "removed" not in printed


MONTHS = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013", "Aug 2013", "Sep 2013"]
REFERRED = [593, 657, 643, 613, 588, 701]  # shown 600, 660, 640, 620, 580, 700
INDEX_HEAD = "Index (Apr 2013 = 100)"


def _index(figures: list[int], decimals: int) -> list[int | float]:
    """Each figure over the first, times 100, typed to ``decimals`` places (halves up)."""
    scale = 10**decimals
    return [int(n * 100 * scale / figures[0] + 0.5) / scale for n in figures]


@pytest.mark.parametrize("decimals", [0, 1])
def test_a_typed_index_of_referrals_is_rebuilt_over_the_rounded_months(tmp_path, decimals):
    rows: list[list] = [["Referrals by month, 2013-14"], [], ["Month", "Referrals", INDEX_HEAD]]
    rows += [
        [m, n, i] for m, n, i in zip(MONTHS, REFERRED, _index(REFERRED, decimals), strict=True)
    ]
    rows.append(["Total", sum(REFERRED)])
    copy, printed = sanitised_beside(script_book(tmp_path / "index.xlsx", {"Referrals": rows}))
    formulas = openpyxl.load_workbook(copy)["Referrals"]
    values = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    assert [formulas[f"C{row}"].value for row in range(6, 12)] == [
        f"=B{row}/B6*100" for row in range(6, 12)
    ]
    assert values["C7"].value == pytest.approx(110)  # 660 over 600 shown, not 657 over 593
    assert "removed" not in printed
    # the proof on its own: the index of the unrounded months under that formula is refused
    unrounded = OutputCell(657 * 100 / 593, "B7/B6*100", kind="derived")
    findings = misread_findings(tmp_path, rows, {(4, 2): unrounded}, "derived")
    assert "'Referrals' C7" in {f.part for f in findings if f.kind == NOT_ITS_VALUE}


def test_a_typed_index_along_a_row_is_rebuilt_over_the_rounded_months(tmp_path):
    rows: list[list] = [["Referrals by month, 2013-14"], [], ["", *MONTHS]]
    rows += [["Referrals", *REFERRED], [INDEX_HEAD, *_index(REFERRED, 0)]]
    copy, _ = sanitised_beside(script_book(tmp_path / "index.xlsx", {"Referrals": rows}))
    formulas = openpyxl.load_workbook(copy)["Referrals"]
    assert [formulas.cell(7, col).value for col in range(2, 8)] == [
        f"={c}6/B6*100" for c in "BCDEFG"
    ]


def test_an_index_of_outcomes_beside_job_starts_is_still_removed(tmp_path):
    starts, outcomes = [137, 151, 163, 149, 155, 160], [31, 45, 52, 38, 41, 47]
    rows: list[list] = [["Performance by month, 2013-14"], []]
    rows.append(["Month", "Job starts", "Job outcomes", "Outcomes index (Apr 2013 = 100)"])
    rows += [list(line) for line in zip(MONTHS, starts, outcomes, _index(outcomes, 0), strict=True)]
    copy, printed = sanitised_beside(script_book(tmp_path / "index.xlsx", {"Performance": rows}))
    shown = openpyxl.load_workbook(copy, data_only=True)["Performance"]
    assert [shown.cell(row, 4).value for row in range(6, 12)] == [None] * 6
    assert "'Performance' D4:D9: a rate that uses outcome figures" in printed


OFFICES = [("Leeds", 413, 41), ("Bradford", 287, 28), ("Wakefield", 199, 19)]


@pytest.mark.parametrize(
    "title", ["Referrals and job outcomes by office", "Performance by office, 2014-15"]
)
def test_figures_under_no_header_right_of_a_referrals_corner_are_referrals(tmp_path, title):
    rows: list[list] = [[title], [], ["Referrals", None, "Job outcomes"]]
    rows += [list(line) for line in OFFICES]
    copy, _ = sanitised_beside(script_book(tmp_path / "offices.xlsx", {"Performance": rows}))
    shown = openpyxl.load_workbook(copy, data_only=True)["Performance"]
    assert [shown.cell(row, 2).value for row in (6, 7, 8)] == [420, 280, 200]
    assert [shown.cell(row, 3).value for row in (6, 7, 8)] == [None] * 3
    shares = openpyxl.load_workbook(copy, data_only=True)["Job outcomes %"]
    assert [c.value for c in shares[6] if c.value is not None] == ["Referrals", "Job outcomes"]
    # the proof on its own: the outcomes beside them carried as counts are still refused
    book = script_book(tmp_path / "carried.xlsx", {"Performance": rows})
    findings = proved(tmp_path, book, carried_rounded([n for *_, n in OFFICES]))
    assert "'Performance' C6" in {f.part for f in findings}


SITES = [("Site 101", 245), ("Office 245", 312), ("Jobcentre 312", 101), ("Site 1377", 96)]


def test_places_named_by_numbers_of_three_or_four_digits_are_kept(tmp_path):
    rows: list[list] = [["Referrals by site, 2014-15"], [], ["Site", "Referrals"]]
    rows += [list(line) for line in SITES]  # each site's number another's count
    copy, printed = sanitised_beside(script_book(tmp_path / "sites.xlsx", {"Referrals": rows}))
    shown = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    assert [shown.cell(row, 1).value for row in range(6, 10)] == [s for s, _ in SITES]
    assert "removed" not in printed


def test_a_figure_dressed_as_a_place_or_a_label_still_goes(tmp_path):
    rows: list[list] = [["Referrals by office, 2014-15"], [], ["Office", "Referrals"]]
    rows += [["Leeds", 245], ["York", 312], ["Hull", 101], []]
    rows += [["Referrals 245"], ["Outcomes: 312"], ["Leeds office 245 referrals"]]
    copy, printed = sanitised_beside(script_book(tmp_path / "offices.xlsx", {"Referrals": rows}))
    shown = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    assert [shown.cell(row, 1).value for row in (10, 11, 12)] == [None] * 3
    assert all(f"'Referrals' A{row}" in printed for row in (8, 9, 10))
    # the proof on its own: the place's count carried is refused
    carried = OutputCell("Leeds office 245 referrals", kind="kept")
    findings = misread_findings(tmp_path, rows, {(9, 0): carried}, "kept")
    assert "'Referrals' A12" in {f.part for f in findings if f.kind == FORBIDDEN}
