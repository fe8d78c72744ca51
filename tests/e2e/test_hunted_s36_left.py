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
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import script_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.verify.share_columns import ROUNDED_AVERAGE
from wpxl.verify.summed_lines import NOT_THE_SUM

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
    assert "'Referrals' F4:F6: a rate wpxl cannot work out from shared figures" in printed
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
