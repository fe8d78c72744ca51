"""A table whose title names no measure is read by the measure its headers name: in the label
column's header ('Job starts: payment group'), or in every column a total adds up ('Job starts
Q1' to 'Job starts Q4', then 'Total': the total counts what its parts count).

Round 3's layout hunt (s38): both were refused as naming no measure. Where the headers leave a
figure's measure open, or name more than one, the table is still refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.errors import AnalysisError
from wpxl.model import Measure
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file

COUNTS = [[401, 433, 419, 388], [611, 655, 647, 702], [203, 221, 214, 199]]
GROUPS = ["JSA 18 to 24", "JSA 25 and over", "ESA flow"]


def _book(path: Path, corner: str, heads: list[str], sheet: str = "Monthly") -> Path:
    """'Monthly MI, Derby' (no measure) over a table of quarters with a Total column and row,
    every total a SUM formula with its cached value, on a sheet whose name names none."""
    width = len(heads)
    last = get_column_letter(1 + width)
    rows: list[list] = [["Monthly MI, Derby"], [], [corner, *heads, "Total"]]
    cached = {}
    for i, group in enumerate(GROUPS):
        r = 4 + i
        line = COUNTS[i][:width]
        rows.append([group, *line, f"=SUM(B{r}:{last}{r})"])
        cached[("Monthly", f"{get_column_letter(2 + width)}{r}")] = sum(line)
    foot = ["Total"]
    for j in range(width + 1):
        col = get_column_letter(2 + j)
        foot.append(f"=SUM({col}4:{col}{3 + len(GROUPS)})")
        cached[("Monthly", f"{col}{4 + len(GROUPS)}")] = sum(
            sum(line[:width]) if j == width else line[j] for line in COUNTS
        )
    rows.append(foot)
    cached = {(sheet, ref): value for (_, ref), value in cached.items()}
    return write_book(path, {sheet: rows}, cached=cached)


def _measure(path: Path) -> Measure:
    (analysis,) = analyse_workbook(read_workbook(path), Policy())
    (table,) = analysis.tables
    return table.measure


def test_the_label_columns_header_names_the_tables_measure(tmp_path, job):
    source = _book(tmp_path / "corner.xlsx", "Job starts: payment group", ["Q1", "Q2", "Q3", "Q4"])
    assert _measure(source) is Measure.JOB_STARTS
    assert sanitise_file(source, job).ok


def test_a_measure_named_in_every_column_a_total_adds_up_is_the_totals_measure(tmp_path, job):
    heads = ["Job starts Q1", "Job starts Q2", "Job starts Q3", "Job starts Q4"]
    source = _book(tmp_path / "heads.xlsx", "Payment group", heads)
    assert _measure(source) is Measure.JOB_STARTS
    result = sanitise_file(source, job)
    assert result.ok
    assert result.totals_rebuilt == 3 + 5


def test_a_sheet_named_for_outcomes_is_not_overruled_by_the_label_columns_header(tmp_path):
    """Outcomes by referral cohort: 'Referral month' names the table's rows, not its measure."""
    source = _book(tmp_path / "cohort.xlsx", "Referral month", ["JSA", "ESA"], "Job outcomes")
    assert _measure(source) is Measure.JOB_OUTCOMES


def test_a_label_columns_header_naming_a_cohort_is_no_measure(tmp_path):
    """'Referral month' over figures of a cohort: they may count anything, so still refused."""
    source = _book(tmp_path / "cohort.xlsx", "Referral month", ["JSA", "ESA"])
    with pytest.raises(AnalysisError, match="cannot tell whether these counts"):
        analyse_workbook(read_workbook(source), Policy())


@pytest.mark.parametrize(
    ("heads", "said"),
    [
        (["Job starts Q1", "Job starts Q2", "Q3"], "cannot tell whether these counts"),  # Q3
        # the total adds two measures: refused as that, not for a measure to name (session 40)
        (["Referrals Q1", "Job starts Q2"], "a total adding up referrals and job starts together"),
        (["Job outcomes Q1", "Job outcomes Q2"], "cannot tell whether these counts"),  # counts
    ],
)
def test_headers_that_leave_a_figure_open_are_still_refused(tmp_path, heads, said):
    source = _book(tmp_path / "open.xlsx", "Payment group", heads)
    with pytest.raises(AnalysisError, match=said):
        analyse_workbook(read_workbook(source), Policy())
