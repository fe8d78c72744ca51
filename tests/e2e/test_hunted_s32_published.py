"""Official statistics tables as DWP publishes them, built as an analyst would (session 32, the
published hunt).

An outcome table whose lines and heads carry footnote marks in brackets, as published tables
mark them ('Table 2: Job Outcome payments by payment group and month': 'JSA 18-24 (4)', 'ESA
Flow (6)', 'Total (7)', 'Jan 2013 (1)', each mark keying a note under the table, '(4) Includes
JSA Early Access.'): its percentage sheet kept the shares and left the lines with no label,
each removed as 'it states an amount about outcomes', so no one could tell which share was
which payment group's (the 'Total' line showed 100% beside nothing). Only '[note 5]' marks
survived. The plan read '(4)' as an outcome volume, as 'ESA Flow (3)' with no note is one.
Such a label is judged now without the marks its sheet keys a note by (plan/footnotes
``SheetFootnotes``, asked by plan/percentages), so it is copied as written; a mark no note of
its sheet opens with stays an amount and the label goes, as before. The proof read the same
labels as amounts and refused the copy: a percentage sheet's text that states an amount only
through numbers in a footnote's shape is set aside (verify/percent_words ``marked_amounts``)
and judged once the whole input is read, an amount unless each number both marks a visible
text of the input and keys one of its notes (verify/footnotes, the reading the proof already
gave labels on volume sheets). A copy carrying 'ESA Flow (3)' with no note keyed by it is
refused by the proof alone.

A table of referrals by month, areas across, with a nil written '-' (Devon in March) and its
totals by SUM, Excel's values cached: the row total over the dash and the grand totals were
removed as 'a total over a cell the source suppressed', while the same table with its totals
typed was rebuilt in full. A formula's range lists the dash among its parts, and any hidden part
listed dropped the total. A dash ('-', an en or em dash) in a formula total's range whose cached
value is the sum of the figures is a nil the SUM adds as 0 (analyse/typed_totals): the total is
rebuilt, as the copy's SUM adds the dash the same way. '..', '[c]' and '[x]' still take their
totals with them.

A 'Cumulative since June 2011' column typed beside the months of 2013, each cell the one before
plus its month: each was rounded on its own (45,673 to 45,680, 47,014 to 47,020), so the
difference of two was no rounded month and not what the copy showed beside it, while the same
column by formula ('=C3+B4') was rebuilt. A cumulative column carrying a balance in from before
the first month, the one before plus the month exactly in every cell (a Total line showing the
last, or blank, allowed), is read as a running column now (analyse/running_totals
``_from_balance``): the balance stays a rounded count and each next cell is rebuilt as
=SUM(the one before, its month). A cell that does not carry on (the next area's first month,
in a table of areas and months with 'Referrals' over 'In month' and 'Cumulative since June
2011') is a balance of its own, rounded on its own as before.

Checked and found right (pinned where cheap): figures already rounded to 10 or 100 at source
go to 20 (1230 to 1240, 45,670 to 45,680, 10 to 20); '0' under '#,##0;-#,##0;"-"' is rounded
and kept; '..', '[x]', '[c]', '[low]', '-' and 'n/a' in cells are carried as marks, and a
total over one is removed, not rebuilt over the rest; 'Total [note 3]' and 'Total (3)' lines
are rebuilt as SUMs; typed rates per 1,000 and one-decimal percentages of outcomes beside
referrals are removed, and so is a 'Cumulative since June 2011' column of an outcome table; a
Notes sheet quoting '1,234,567 referrals' or '12,340 job outcomes' loses those sentences; a
contents sheet's hyperlinks are dropped and listed.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.model import OutputCell, Plan
from wpxl.verify.percent_words import STATED

_TITLE = "Table 2: Job Outcome payments by payment group and month"
_NOTES = ["(1) Provisional.", "(4) Includes JSA Early Access.", "(6) ESA Flow only.", "(7) Sum."]


def _outcome_rows(labels: list[str], notes: list[str]) -> list[list]:
    """Job outcomes by payment group and month, marked as published, notes under it."""
    rows: list[list] = [[_TITLE], ["Payment group", "Jan 2013 (1)", "Feb 2013", "Total"]]
    counts = [(120, 140), (300, 310), (40, 50), (30, 20)]
    for n, (label, (jan, feb)) in enumerate(zip(labels, counts, strict=True), 3):
        rows.append([label, jan, feb, f"=SUM(B{n}:C{n})"])
    rows.append(["Total (7)", "=SUM(B3:B6)", "=SUM(C3:C6)", "=SUM(D3:D6)"])
    return rows + [[]] + [[note] for note in notes]


_LABELS = ["JSA 18-24 (4)", "JSA 25+ [note 5]", "ESA Flow (6)", "JSA Prison Leavers [x]"]


def _percent_lines(output) -> list[tuple]:
    shown = openpyxl.load_workbook(output, data_only=True)["Job outcomes %"]
    return [r[:2] for r in shown.iter_rows(min_row=6, values_only=True)]


def test_footnote_marks_keyed_by_notes_stay_on_the_percentage_labels(tmp_path):
    source = write_book(tmp_path / "marked.xlsx", {"Table": _outcome_rows(_LABELS, _NOTES)})
    output, printed = sanitised_beside(source)
    lines = _percent_lines(output)
    assert [label for label, _ in lines] == ["Payment group", *_LABELS, "Total (7)"]
    assert lines[0][1] == "Jan 2013 (1)"
    assert "states an amount" not in printed


@pytest.mark.parametrize("notes", [[], ["(4) Includes JSA Early Access."]])
def test_a_mark_no_note_keys_is_still_an_amount(tmp_path, notes):
    source = write_book(tmp_path / "unkeyed.xlsx", {"Table": _outcome_rows(_LABELS, notes)})
    output, _ = sanitised_beside(source)
    labels = [label for label, _ in _percent_lines(output)]
    assert "ESA Flow (6)" not in labels and "Total (7)" not in labels
    assert ("JSA 18-24 (4)" in labels) == bool(notes)


def _labelled(text: str):
    """A change writing ``text`` as the label of the percentage sheet's first payment group."""

    def change(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Job outcomes %").cells
        (at,) = [at for at, c in cells.items() if c.value == "JSA 18-24"]
        cells[at] = OutputCell(text, kind="label", style=cells[at].style)

    return change


@pytest.mark.parametrize(("label", "refused"), [("JSA 18-24 (3)", True), ("JSA 18-24 (4)", False)])
def test_the_proof_alone_refuses_a_mark_no_note_keys(tmp_path, label, refused):
    labels = ["JSA 18-24", "JSA 25+", "ESA Flow (4)", "ESA Ex-IB"]  # (4) marks a line and a note
    rows = _outcome_rows(labels, _NOTES)
    source = write_book(tmp_path / "plain.xlsx", {"Table": rows})
    found = proved(tmp_path, source, _labelled(label))
    assert (STATED in {f.kind for f in found}) == refused


def _published_rows() -> list[list]:
    """Table 1 as published: footnoted heads, figures rounded to 10 at source, marks."""
    rows: list[list] = [
        ["Table 1: Referrals and attachments by month and contract package area"],
        ["Contract package area", "Month", "Referrals (1)", "Attachments (2)"],
        ["East Midlands", "Jan 2013", 1230, 1100],
        ["East Midlands", "Feb 2013", 1340, ".."],
        ["West Yorkshire", "Jan 2013", 0, "[c]"],
        ["Devon", "Jan 2013", 10, "-"],
        ["Total [note 3]", None, "=SUM(C3:C6)", None],
    ]
    return [*rows, [], ["(1) Rounded to the nearest 10."], ["(2) '..' not available."]]


def test_a_published_table_of_referrals_goes_to_twenty(tmp_path):
    source = write_book(tmp_path / "tableone.xlsx", {"Table": _published_rows()})
    output, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Table"]
    lines = [r[:4] for r in shown.iter_rows(min_row=4, max_row=9, values_only=True)]
    assert lines[1:] == [
        ("East Midlands", "Jan 2013", 1240, 1100),
        ("East Midlands", "Feb 2013", 1340, ".."),
        ("West Yorkshire", "Jan 2013", 0, "[c]"),
        ("Devon", "Jan 2013", 20, "-"),
        ("Total [note 3]", None, 2600, None),
    ]
    assert openpyxl.load_workbook(output)["Table"]["C9"].value == "=SUM(C5:C8)"


def _areas_across(mark: str) -> tuple[list[list], dict[tuple[str, str], int]]:
    """Table 3 as published: months down, areas across, totals by SUM, Excel's values cached;
    Devon's March written as ``mark``."""
    rows: list[list] = [
        ["Table 3: Referrals by month, areas across"],
        ["Month", "East Midlands", "West Yorkshire", "Devon", "Total"],
        ["Jan 2013", 1200, 900, 100, "=SUM(B3:D3)"],
        ["Feb 2013", 1300, 800, 0, "=SUM(B4:D4)"],
        ["Mar 2013", 1400, 700, mark, "=SUM(B5:D5)"],
        ["Total", "=SUM(B3:B5)", "=SUM(C3:C5)", "=SUM(D3:D5)", "=SUM(E3:E5)"],
    ]
    values = {"E3": 2200, "E4": 2100, "E5": 2100, "B6": 3900, "C6": 2400, "D6": 100, "E6": 6400}
    return rows, {("Table", at): value for at, value in values.items()}


@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_a_formula_total_over_a_nil_dash_is_rebuilt(tmp_path, dash):
    rows, cached = _areas_across(dash)
    source = write_book(tmp_path / "nil.xlsx", {"Table": rows}, cached=cached)
    output, printed = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Table"]
    lines = [r[:5] for r in shown.iter_rows(min_row=7, max_row=8, values_only=True)]
    assert lines == [("Mar 2013", 1400, 700, dash, 2100), ("Total", 3900, 2400, 100, 6400)]
    formulas = openpyxl.load_workbook(output)["Table"]
    assert formulas["D8"].value == "=SUM(D5:D6)" and formulas["E8"].value == "=SUM(E5:E7)"
    assert "suppressed" not in printed


@pytest.mark.parametrize("mark", ["..", "[c]", "[x]"])
def test_a_formula_total_over_a_suppressed_cell_is_still_removed(tmp_path, mark):
    rows, cached = _areas_across(mark)
    source = write_book(tmp_path / "held.xlsx", {"Table": rows}, cached=cached)
    output, printed = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Table"]
    lines = [r[:5] for r in shown.iter_rows(min_row=7, max_row=8, values_only=True)]
    assert lines == [("Mar 2013", 1400, 700, mark, None), ("Total", 3900, 2400, None, None)]
    assert "suppressed" in printed


def _carried_in(total: object, apr: int = 49378) -> list[list]:
    """Referrals by month with a cumulative column typed from before the first month."""
    return [
        ["Table 1: Referrals by month, East Midlands"],
        ["Month", "Referrals", "Cumulative since June 2011"],
        ["Jan 2013", 1237, 45673],
        ["Feb 2013", 1341, 47014],
        ["Mar 2013", 1109, 48123],
        ["Apr 2013", 1255, apr],
        ["Total", "=SUM(B3:B6)", total],
    ]


@pytest.mark.parametrize("total", [None, 49378])
def test_a_cumulative_column_carried_in_is_rebuilt_over_the_months(tmp_path, total):
    rows = _carried_in(total)
    source = write_book(tmp_path / "carried.xlsx", {"Table": rows}, cached={("Table", "B7"): 4942})
    output, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Table"]
    column = [r[2] for r in shown.iter_rows(min_row=5, max_row=9, values_only=True)]
    assert column == [45680, 47020, 48120, 49380, None if total is None else 49380]
    formulas = openpyxl.load_workbook(output)["Table"]
    assert [formulas[f"C{n}"].value for n in (5, 6, 7, 8)] == [
        45680,
        "=SUM(C5,B6)",
        "=SUM(C6,B7)",
        "=SUM(C7,B8)",
    ]
    assert formulas["C9"].value == (None if total is None else "=SUM(C8)")


def test_a_cumulative_cell_that_does_not_carry_on_is_a_balance_of_its_own(tmp_path):
    rows = _carried_in(None, apr=49391)  # April's is not March's plus April's referrals
    source = write_book(tmp_path / "uneven.xlsx", {"Table": rows}, cached={("Table", "B7"): 4942})
    output, _ = sanitised_beside(source)
    formulas = openpyxl.load_workbook(output)["Table"]
    assert [formulas[f"C{n}"].value for n in (5, 6, 7, 8)] == [
        45680,
        "=SUM(C5,B6)",
        "=SUM(C6,B7)",
        49400,
    ]


def test_cumulative_columns_under_their_measures_carry_on_area_by_area(tmp_path):
    rows: list[list] = [
        ["Table 1: Referrals and attachments by month and contract package area"],
        ["Contract package area", "Month", "Referrals", None, "Attachments", None],
        [None, None, "In month", "Cumulative since June 2011", "In month", "Cumulative to date"],
        ["East Midlands", "Jan 2013", 1237, 45673, 1101, 40012],
        ["East Midlands", "Feb 2013", 1341, 47014, 1203, 41215],
        ["West Yorkshire", "Jan 2013", 883, 33337, 790, 30001],
        ["West Yorkshire", "Feb 2013", 911, 34248, 805, 30806],
    ]
    source = write_book(tmp_path / "areas.xlsx", {"Table": rows})
    output, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Table"]
    assert [r[2:6] for r in shown.iter_rows(min_row=6, max_row=9, values_only=True)] == [
        (1240, 45680, 1100, 40020),
        (1340, 47020, 1200, 41220),
        (880, 33340, 800, 30000),
        (920, 34260, 800, 30800),
    ]
    formulas = openpyxl.load_workbook(output)["Table"]
    assert [formulas[f"D{n}"].value for n in (6, 7, 8, 9)] == [
        45680,
        "=SUM(D6,C7)",
        33340,
        "=SUM(D8,C9)",
    ]
    assert formulas["F9"].value == "=SUM(F8,E9)"
