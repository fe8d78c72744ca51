"""What a short hunt (session 11) found: a table's total typed as text with its unit ("1921
people", "1,921 referrals") was carried as it was, quoting the true total of the rounded
counts above it (1240 + 680 shown). A number shaped like a year is let off in a text unless the
workbook must not show it, and no cell held 1921: the true sum of a column under a total typed
as text is now one of the figures no text may quote."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside


def _rows(total: str) -> list[list]:
    return [
        ["Referrals by payment group"],
        [],
        ["Payment group", "Referrals"],
        ["JSA", 1234],
        ["ESA", 687],
        ["Total", total],
    ]


def _shown(tmp_path, total: str) -> list:
    source = write_book(tmp_path / "units.xlsx", {"Referrals": _rows(total)})
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    return [cell.value for row in sheet.iter_rows() for cell in row if cell.value is not None]


@pytest.mark.parametrize("total", ["1921 people", "1,921 referrals", "Total: 1921 referrals"])
def test_a_total_typed_as_text_does_not_quote_the_true_total(tmp_path, total):
    shown = _shown(tmp_path, total)
    assert 1240 in shown and 680 in shown
    assert not any(isinstance(v, str) and "921" in v for v in shown), shown


def test_a_total_typed_as_text_of_a_rounded_figure_is_kept(tmp_path):
    """'1920 people' quotes no figure the copy must not show: it stays."""
    assert "1920 people" in _shown(tmp_path, "1920 people")


def test_a_month_merged_over_referrals_and_outcomes_heads_its_outcome_column(tmp_path):
    """'April 2013' merged over 'Referrals' | 'Job outcomes': the percentage sheet shows only
    the outcome columns, and each kept its month (both were headed 'Job outcomes' alone)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    rows = [
        ["Referrals and outcomes by month"],
        [],
        ["Payment group", "April 2013", None, "May 2013", None],
        [None, "Referrals", "Job outcomes", "Referrals", "Job outcomes"],
        ["JSA", 1234, 123, 1251, 131],
        ["ESA", 687, 41, 703, 44],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("B3:C3")
    sheet.merge_cells("D3:E3")
    source = tmp_path / "months.xlsx"
    book.save(source)
    output, _ = sanitised_beside(source)
    percent = openpyxl.load_workbook(output)["Job outcomes %"]
    shown = [[c.value for c in row] for row in percent.iter_rows()]
    months = next(row for row in shown if "Payment group" in row)
    assert months[1:3] == ["April 2013", "May 2013"], shown
    assert next(row for row in shown if "JSA" in row)[1:3] == [0.75, 0.75]


def test_a_note_quoting_the_true_total_of_a_column_goes(tmp_path):
    """'1921 people referred in the year' under the table: 1234 + 687, which no cell holds."""
    rows = [*_rows("")[:5], [], ["Note: 1921 people referred in the year"]]
    source = write_book(tmp_path / "note.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    shown = [cell.value for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert 1240 in shown and 680 in shown
    assert not any(isinstance(v, str) and "1921" in v for v in shown), shown
