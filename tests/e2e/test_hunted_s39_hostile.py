"""What a hunt through hostile but plausible packs found (session 39).

Packs were built as an analyst who wants the figures to reach the council, or a careless one,
would make them: long ('tidy') tables as pandas or Power Query export them ('Area | Month |
Measure | Value', with and without a total line, the measure as a column and as blocks of
rows), outcomes said in words and ratios in notes ('Base: 137 job outcomes', 'outcomes up by 12
on last month', 'a hundred and thirty-seven', 'a dozen sustainments', 'c.140', '0.137k',
'137/269', 'Outcomes doubled from 37 to 74', 'n = 137'), outcomes as a share of a published
national total with that total in a note (to 5 decimals, or per 1,000), outcomes in thousands
('Job outcomes (thousands)' over 0.04), abbreviations ('SP1'..'SP3', 'OP', 'Outcome pmts',
'Sust pmts', 'JO1', 'Job Outcome Payments (JOP)'), Welsh headers, custom number formats that
print a figure ('0" (JO 37)"', '0;;;"137"', '"Job outcomes: 37"'), conditional formats with a
rule value or an icon set's thresholds of an outcome figure, and a data validation list
('137,52,11'). wpxl held all of those: no figure reached the copy. The cover named the
conditional formats it left out as 'workbook', where it names each data validation's cells:
each sheet's ranges are named now (wpxl/read/sheetxml, plan/unseen_places).

A Welsh council's pack with the sustainment payments beside the job starts headed as DWP's
Welsh has them ('Taliadau cynaliadwyedd', or 'Cynaliadwyedd', 'Swyddi cynaliadwy' for
sustained jobs) or the outcome payments ('Taliadau canlyniad') went out rounded as job starts,
verified: only 'Taliadau cynnal' was read of sustainments. They are read now, in the plan
(analyse/words._WELSH) and the proof (verify/measure_words); 'Canlyniadau' alone (any results)
is still left to the table's measure.

What it did not: a long extract holding both job outcomes and sustainments down its one 'Value'
column ('Leeds | Job outcomes | 37', 'Leeds | Sustainments | 12', line after line) was refused,
however the analyst laid it out. Its outcome lines were shown as shares along each line, each
100% of itself, and the percentage sheet lost the lines' names (a line of one figure read as
a row of measures by month); the proof refused the copy as lines no column tells apart. Read
down the column instead, the shares were of the outcomes and the sustainments together (Leeds'
37 job outcomes 23% of both), which no one means. A row of one figure now runs down its column
(model.Table.outcome_axis), and where one column holds two outcome measures each is its own
breakdown of its own base, on a sheet of its own: 'Job outcomes %' and 'Sustainments %'
(plan/percent_measures, plan/percent_lines._leaves), each listed on the cover with its cells.
A table of the two alone goes to both sheets, and the volume sheet says so. The lone 'Job
outcomes | 37' and 'Sustainments | 12' under a table of starts, 100% and 'base too small to
show' before, each go as one figure with no breakdown to show. 'Outcome payments' in pounds
among the extract's lines (removed as money) were shown as empty lines among the sustainments'
shares, named left out of their base as 'not a number wpxl can read': a line of another measure
or of money is no part of a breakdown (plan/percent_lines._unread_parts) nor a section's name
(plan/percent_sections). A line adding the two up ('Leeds | Total outcomes and sustainments |
49') was shown among the sustainments' shares, 120% of them, and the proof refused the copy:
it is in neither breakdown now, removed and listed as such.

The programme's own names for its payment points lost their names, or the copy was refused:
'Sustainment payment 1', 'Sustainment payment 2' across a table of sustainments by office (or
'Sustainment 1'), down a table of them by payment, or as an extract's measures, were read as
stating an amount ('payment 1': one payment), removed from the volume sheet's headers and the
percentage sheet's, which showed three columns of shares under no names; in the extract the
lines 'Leeds' and 'Leeds' no longer said which was which, and the proof refused the copy. A
header or label that is only such a name, numbered 1 to 20, names the payment now, in the plan
(plan/quoting.PAYMENT_POINT) and the proof (verify/amounts) alike: 'Week 1' is read so already.
In a sentence ('Wakefield: sustainment payment 9 this month') the number may be how many were
paid, and it still goes; so do 'Sustainment payments 3' and 'Sustainment payment 37'.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, carried_rounded, proved
from wpxl.model import OutputCell, Plan
from wpxl.verify.amounts import STATED

AREAS = {"Leeds": (512, 131, 37, 12), "Bradford": (433, 97, 52, 19), "Wakefield": (201, 41, 11, 3)}
MEASURES = ["Referrals", "Job starts", "Job outcomes", "Sustainments"]


def _extract(path: Path, month: bool, total: bool) -> Path:
    """'Area | (Month |) Measure | Value', a line for each area and measure, as pandas writes
    a melted frame; with a line adding up the job outcomes where ``total``."""
    when = ["Apr 2013"] if month else []
    rows: list[list] = [["Area", *(["Month"] if month else []), "Measure", "Value"]]
    for area, counts in AREAS.items():
        rows += [[area, *when, m, n] for m, n in zip(MEASURES, counts, strict=True)]
    cached = {}
    if total:
        column = "D" if month else "C"
        sum_of = f"={column}4+{column}8+{column}12"
        rows.append(["Total", *([""] if month else []), "Job outcomes", sum_of])
        cached[("Data", f"{column}14")] = 100
    return write_book(path, {"Data": rows}, cached=cached)


def _shares(sheet) -> dict[str, float]:
    """Each area's share on a percentage sheet of the extract, by its name."""
    shown = {}
    for row in sheet.iter_rows(min_row=7):
        named = [c.value for c in row if isinstance(c.value, str)]
        figures = [c.value for c in row if isinstance(c.value, (int, float))]
        if named and figures:
            shown[named[0]] = figures[0]
    return shown


@pytest.mark.parametrize("month", [False, True], ids=["area", "area and month"])
@pytest.mark.parametrize("total", [False, True], ids=["no total", "total"])
def test_an_extracts_outcomes_and_sustainments_are_each_shares_of_their_own(tmp_path, month, total):
    output, said = sanitised_beside(_extract(tmp_path / "extract.xlsx", month, total))
    book = openpyxl.load_workbook(output)
    outcomes, sustainments = _shares(book["Job outcomes %"]), _shares(book["Sustainments %"])
    assert outcomes == {
        "Leeds": 0.37, "Bradford": 0.52, "Wakefield": 0.11, **({"Total": 1} if total else {})
    }  # fmt: skip
    assert sustainments == {"Leeds": 0.35, "Bradford": 0.55, "Wakefield": 0.1}
    assert [ws.title for ws in book][1:] == ["Data", "Job outcomes %", "Sustainments %"]
    value = "D" if month else "C"
    lines = "removed: 'Data' {}: outcome volumes are never shared; shown as percentages on sheet"
    cells = ", ".join(f"{value}{r}" for r in (4, 8, 12, *([14] if total else [])))
    assert f"{lines.format(cells)} 'Job outcomes %'" in said
    assert f"{lines.format(f'{value}5, {value}9, {value}13')} 'Sustainments %'" in said


def test_a_table_of_outcomes_and_sustainments_alone_goes_to_both_sheets(tmp_path):
    rows: list[list] = [["Outcomes by area, April 2013"], [], ["Area", "Measure", "Value"]]
    for area, counts in AREAS.items():
        rows += [[area, "Job outcomes", counts[2]], [area, "Sustainments", counts[3]]]
    starts = [["Job starts by area"], [], ["Area", "Job starts"], ["Leeds", 131], ["York", 97]]
    source = write_book(tmp_path / "outcomes.xlsx", {"Outcomes": rows, "Starts": starts})
    output, said = sanitised_beside(source)
    book = openpyxl.load_workbook(output)
    assert _shares(book["Sustainments %"]) == {"Leeds": 0.35, "Bradford": 0.55, "Wakefield": 0.1}
    assert "'Outcomes'" not in str(book.sheetnames)
    assert "shown as percentages on sheet 'Sustainments %'" in said


def test_the_volume_sheet_names_both_sheets_a_table_of_the_two_went_to(tmp_path):
    rows: list[list] = [["Job starts by area"], [], ["Area", "Job starts"]]
    rows += [[area, counts[1]] for area, counts in AREAS.items()]
    rows += [[], [], ["Outcomes by area, April 2013"], [], ["Area", "Measure", "Value"]]
    for area, counts in AREAS.items():
        rows += [[area, "Job outcomes", counts[2]], [area, "Sustainments", counts[3]]]
    output, _ = sanitised_beside(write_book(tmp_path / "areas.xlsx", {"Data": rows}))
    sheet = openpyxl.load_workbook(output)["Data"]
    said = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    went = "shown as percentages on sheets 'Job outcomes %' and 'Sustainments %'."
    assert f"Table 2 on 'Data': {went}" in said


def test_one_outcome_and_one_sustainment_beside_the_starts_go_as_lone_figures(tmp_path):
    rows = [["Leeds, April 2013"], [], ["Measure", "Value"], ["Referrals", 512]]
    rows += [["Job starts", 131], ["Job outcomes", 37], ["Sustainments", 12]]
    output, said = sanitised_beside(write_book(tmp_path / "leeds.xlsx", {"Data": rows}))
    book = openpyxl.load_workbook(output)
    assert [ws.title for ws in book][1:] == ["Data"]
    assert [book["Data"].cell(r, 2).value for r in range(6, 10)] == [520, 140, None, None]
    lone = "outcome volumes are never shared; one figure alone has no percentage breakdown"
    assert f"removed: 'Data' B6: {lone}" in said
    assert f"removed: 'Data' B7: {lone}" in said


def test_an_extracts_payments_are_no_lines_of_its_sustainments_shares(tmp_path):
    """'Outcome payments' in pounds among an extract's lines go as money, and are neither
    lines of the sustainments' percentage sheet nor parts said to be left out of its base."""
    rows: list[list] = [["Area", "Measure", "Count"]]
    for area, (referred, started, _, sustained) in AREAS.items():
        paid = 1200 * started // 4
        rows += [[area, "Referrals", referred], [area, "Job starts", started]]
        rows += [[area, "Outcome payments", paid], [area, "Sustainments", sustained]]
    output, said = sanitised_beside(write_book(tmp_path / "extract.xlsx", {"Data": rows}))
    sheet = openpyxl.load_workbook(output)["Sustainments %"]
    words = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Outcome payments" not in words
    assert _shares(sheet) == {"Leeds": 0.35, "Bradford": 0.55, "Wakefield": 0.1}
    assert "left out" not in said
    assert "removed: 'Data' C4, C8, C12: an amount of money" in said


def test_an_extracts_line_adding_outcomes_and_sustainments_up_is_in_neither_share(tmp_path):
    """'Leeds | Total outcomes and sustainments | 49' among an extract's lines: shown among
    the sustainments' shares, 49 was 120% of them, and the proof refused the copy."""
    rows: list[list] = [["Area", "Measure", "Value"]]
    for area, (_, started, achieved, sustained) in AREAS.items():
        rows += [[area, "Job starts", started], [area, "Job outcomes", achieved]]
        rows += [[area, "Sustainments", sustained]]
        rows += [[area, "Total outcomes and sustainments", achieved + sustained]]
    output, said = sanitised_beside(write_book(tmp_path / "extract.xlsx", {"Data": rows}))
    book = openpyxl.load_workbook(output)
    assert _shares(book["Sustainments %"]) == {"Leeds": 0.35, "Bradford": 0.55, "Wakefield": 0.1}
    assert _shares(book["Job outcomes %"]) == {"Leeds": 0.37, "Bradford": 0.52, "Wakefield": 0.11}
    both = "a line adding two measures up is in no breakdown"
    assert f"removed: 'Data' C5, C9, C13: outcome volumes are never shared; {both}" in said


PAYMENTS = ["Sustainment payment 1", "Sustainment payment 2", "Sustainment payment 3"]
OFFICES_STARTED = [("Leeds", 131), ("Bradford", 97), ("Wakefield", 41)]
OFFICES = [["Leeds", 131, 37, 29, 22], ["Bradford", 97, 52, 44, 31], ["Wakefield", 41, 11, 9, 7]]


def _across(path: Path, heads: list[str], note: str | None = None) -> Path:
    """Job starts and the sustainment payments by payment point, by office."""
    rows = [["Performance by office, April 2013"], [], ["Office", "Job starts", *heads]]
    rows += [list(line) for line in OFFICES]
    if note is not None:
        rows += [[], [note]]
    return write_book(path, {"Perf": rows})


def _down(path: Path) -> Path:
    """Sustainment payments by payment point down the table, offices across."""
    rows = [["Sustainment payments by payment, April 2013"], [], ["Payment", "Leeds", "Bradford"]]
    rows += [[f"Sustainment payment {n}", 30 - 2 * n, 40 - 3 * n] for n in range(1, 7)]
    return write_book(path, {"Perf": rows})


def _extract_of_payments(path: Path) -> Path:
    """An extract's lines, the sustainment payments by payment point as its measures."""
    rows: list[list] = [["Area", "Measure", "Count"]]
    for office, starts, *paid in OFFICES:
        rows.append([office, "Job starts", starts])
        rows += [[office, name, n] for name, n in zip(PAYMENTS, paid, strict=True)]
    return write_book(path, {"Data": rows})


def test_sustainment_payments_named_by_number_keep_their_names(tmp_path):
    output, said = sanitised_beside(_across(tmp_path / "across.xlsx", PAYMENTS))
    book = openpyxl.load_workbook(output)
    heads = ["Office", "Job starts", *PAYMENTS]
    assert [book["Perf"].cell(5, c).value for c in range(1, 6)] == heads
    assert [book["Sustainments %"].cell(6, c).value for c in range(1, 5)] == ["Office", *PAYMENTS]
    assert "it states an amount" not in said
    output, said = sanitised_beside(_down(tmp_path / "down.xlsx"))
    shown = openpyxl.load_workbook(output)["Sustainments %"]
    assert [shown.cell(r, 1).value for r in range(7, 13)] == [
        f"Sustainment payment {n}" for n in range(1, 7)
    ]
    output, _ = sanitised_beside(_extract_of_payments(tmp_path / "extract.xlsx"))
    shown = openpyxl.load_workbook(output)["Sustainments %"]
    assert [shown.cell(r, 2).value for r in range(7, 10)] == PAYMENTS


@pytest.mark.parametrize(
    "note",
    ["Wakefield: sustainment payment 9 this month", "Sustainment payments 9", "Sustainment 44"],
)
def test_a_payment_number_that_may_count_them_still_goes(tmp_path, note):
    output, said = sanitised_beside(_across(tmp_path / "across.xlsx", PAYMENTS, note))
    assert note not in str([c.value for row in openpyxl.load_workbook(output)["Perf"] for c in row])
    assert "removed: 'Perf' A8: it states an amount about outcomes" in said


def _noted(note: str):
    """A change writing ``note`` under the table of the volume sheet, as a plan that read its
    number as a payment's would carry it."""

    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Perf").cells
        cells[(7 + BANNER, 0)] = OutputCell(note, kind="label")

    return carried


@pytest.mark.parametrize(
    "note",
    ["Wakefield: sustainment payment 9 this month", "Sustainment payments 9", "Sustainment 44"],
)
def test_the_proof_alone_refuses_a_payment_number_that_may_count_them(tmp_path, note):
    source = _across(tmp_path / "across.xlsx", PAYMENTS)
    assert proved(tmp_path, source) == []
    refused = proved(tmp_path, source, _noted(note))
    assert [(f.part, f.kind) for f in refused if f.kind == STATED] == [("'Perf' A10", STATED)]


def test_the_cells_whose_conditional_formats_were_left_out_are_named(tmp_path):
    """A rule's value or an icon set's thresholds can hold an outcome figure (137, 52): they
    are not carried, and the cover names where they were, as it does data validation's."""
    path = tmp_path / "rules.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Starts")
    sheet.write_row(0, 0, ["Job starts by office"])
    sheet.write_row(2, 0, ["Office", "Job starts"])
    for row, (office, starts) in enumerate(OFFICES_STARTED, start=3):
        sheet.write_row(row, 0, [office, starts])
    red = book.add_format({"bg_color": "#FFC7CE"})
    sheet.conditional_format(
        "B4:B6", {"type": "cell", "criteria": ">=", "value": 137, "format": red}
    )
    icons = [{"criteria": ">=", "type": "number", "value": n} for n in (52, 11)]
    sheet.conditional_format(
        "D4:D9", {"type": "icon_set", "icon_style": "3_arrows", "icons": icons}
    )
    book.close()
    output, said = sanitised_beside(path)
    assert "removed: 'Starts' B4:B6, D4:D9: conditional formats, not carried" in said
    cover = [
        c.value for row in openpyxl.load_workbook(output).worksheets[0].iter_rows() for c in row
    ]
    assert "- conditional formats, 'Starts' B4:B6, D4:D9: not carried into the output" in cover


WELSH = ["Taliadau cynaliadwyedd", "Cynaliadwyedd", "Swyddi cynaliadwy", "Taliadau canlyniad"]
PAID = [37, 52, 11, 23]
WELSH_OFFICES = [("Caerdydd", 131), ("Abertawe", 97), ("Casnewydd", 41), ("Wrecsam", 88)]


def _welsh(path: Path, head: str) -> Path:
    """A Welsh council's pack: the job starts by office and beside them ``head``."""
    rows: list[list] = [["Job starts by office, April 2013"], [], ["Office", "Job starts", head]]
    lines = zip(WELSH_OFFICES, PAID, strict=True)
    rows += [[office, starts, paid] for (office, starts), paid in lines]
    return write_book(path, {"Performance": rows})


@pytest.mark.parametrize("head", WELSH)
def test_welsh_sustainments_and_outcome_payments_beside_the_starts_go_as_shares(tmp_path, head):
    output, said = sanitised_beside(_welsh(tmp_path / "welsh.xlsx", head))
    sheet = openpyxl.load_workbook(output)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 10)] == [None] * 4
    assert "removed: 'Performance' C4:C7: outcome volumes are never shared" in said


@pytest.mark.parametrize("head", WELSH)
def test_the_proof_alone_refuses_welsh_sustainments_carried_as_starts(tmp_path, head):
    source = _welsh(tmp_path / "welsh.xlsx", head)
    refused = [f.part for f in proved(tmp_path, source, carried_rounded(PAID))]
    assert refused[:4] == [f"'Performance' C{r}" for r in range(6, 10)]
