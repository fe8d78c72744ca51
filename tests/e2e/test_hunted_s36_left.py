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
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import script_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
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
