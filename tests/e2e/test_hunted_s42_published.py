"""Real published layouts built with Work Programme measures (session 42, the published hunt).

Two tables side by side a blank column apart under one title naming both measures, as
published tables set them out ('Referrals and job outcomes by payment group, quarter 1
2013-14', 'Referrals' typed over the first table's first month, 'Job outcomes' over the
second's, neither merged nor centred across): refused, 'an outcome or sustainment volume' at
the referrals' May and June and their total, 'put the outcome words in that table's title or
headers', though the copy was right (the referrals rounded and summed, the job outcomes on a
percentage sheet). The proof reads a measure typed over a group's first column as heading the
blank cells to its right up to the next words on its line; the blank column between the
tables has no words under it, so the group never reached the next label, and 'Referrals' headed
April alone, the title's job outcomes the rest. With no blank column between them the second
table's labels ('Payment group', 'JSA 18-24' ...) stood in the group, a column of no figures,
and the copy was refused the same way. A gap, a column with no figure beside the group's
(blank, or the next table's labels), ends the group now (verify/group_heads ``_gap``); the
analysis, reading each table alone, already read it so. Merged or centred across, the same
tables were written.

Three header rows typed once each, as a pack built by hand lays out years over half years
under each measure ('Referrals' over '2012/13' over H1 | H2 | Total, then '2013/14' over the
next three; 'Job outcomes' the same further right, no cell merged): refused, 'a share of another
measure than outcomes (its header names it) ... report this to the wpxl maintainers'. A
measure typed once headed its group only where the row under it had words over every column;
the years' row has words over each year's first column only, so 'Referrals' headed its first
column alone, the title's job outcomes the rest, and the percentage sheet showed each
referral column but the first as shares of job outcomes, under heads that no longer lined up
(WRONG; the proof refused it). A measure typed once heads its group now where the header rows
under it, two or three deep, have words over every column on the innermost and tell every
column apart down them (each row's words read on over the blank cells to their right: '2012/13
H1' is not '2013/14 H1'), in the analysis (analyse/group_heads ``_told_apart``) and in the
proof (verify/group_heads ``_spanned``); a second block of the same years with no measure over
it is still no part of the group, and the proof alone refuses its outcomes rounded.

Footnote marks set above the line, as MoJ's, ONS's and DWP's tables raise them in rich text
('May-13' with a raised '(1)', 'IB/IS Volunteers' with a raised '(3,4)'), over notes keyed by
them ('(1) Figures include recallees.', '(3) Includes ...', '(4) Provisional.'), in a book
counting 1, 3 and 4 somewhere: each note went from the copy, 'it quotes an unrounded figure'
(a note lost that said nothing; run on the real MoJ prison population book, a dozen notes such
as '(1) Figures include recallees.' went so). Set flat ('May-13(1)') the same marks kept their
notes. A raised mark quotes no figure, so the plan never read it for the notes it keys; it
reads a text raising one now (plan/footnotes ``raises_a_mark``), and both sides read a raised
list of them ('⁽³,⁴⁾', plan/footnotes and verify/footnotes), as they read '(3,4)'. A note
keyed by a number no text marks still goes, and the proof alone refuses it kept.

A cohort table of cumulative job outcomes as the programme's statistics set it out, the months
of referral typed as dates down the first column, 'x' where a cohort is too young for the
months since referral ('Month of referral | Referrals | 3 | 6 | 9 | 12'): the percentage sheet
and the cover said 'a row, a row, a row are left out of their base', never which. The label,
a date, was quoted as '2012-07-01 00:00:00', which could not be said, so each was called 'a
row' (SAID NOTHING). A date names its line by its month and year now ('Jul 2012', or its day
where it is not a month's first: plan/percent_parts ``_said``).

Job outcomes by district and office as pandas writes a frame with two levels of index and two
of columns ('Referrals' and 'Job outcomes' merged over 'Male | Female | Total', then a line of
its own holding the index names 'District | Office' over nothing, each district merged down
its offices): the percentage sheet's intro read 'by row', naming nothing (WORDING). A header
line under the heads of the figures was never read as heads, since the first row's name can
stand alone there under 'Ward code | Ward'; where no line above heads the label columns, it
heads them (plan/percentages ``_breakdown``): 'by district and office'.

Referrals and job outcomes by payment group under their months typed as dates, as Excel keeps
a header of months ('Referrals' merged over Apr-13, May-13, Jun-13, 'Job outcomes' merged over
the same three months straight after): refused, 'a count shown in a date format ... Give the
cells named a number format instead of a date format', at the job outcomes' months. The job
outcomes went to a percentage sheet, so their months stood over nothing in the copy, and a date
under words naming a measure over no figure is a count pasted over a date format. A date
nearest another of its row in the same month or a month (a quarter, half a year, a year) from
it, both on the same day of the month, heads a column (verify/dated_measures
``_among_periods``): 'Job outcomes' over Jun-13 alone, beside the referrals' Jun-13, too; a
count pasted there falls on no such day and is still refused. Typed once over each group's first
month, unmerged, the same header was refused as the referrals' May and June being job
outcomes: the proof read a group label over words only, and months as dates are none. Dates
on the lines under a group label head its columns as words do now (verify/group_heads, asked
by verify/sheet_words).
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.builders import script_book
from tests.e2e.runs import copy_formulas, copy_lines, sanitised_beside
from tests.misread import BANNER, carried_text, proved
from wpxl.model import OutputCell, Plan

_GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Ex-IB"]
_REFERRALS = [[101, 87, 93], [233, 251, 247], [17, 23, 19], [41, 38, 44]]
_OUTCOMES = [[31, 27, 35], [77, 81, 69], [6, 7, 9], [12, 14, 11]]
_MONTHS = ["Apr", "May", "Jun", "Total"]


def _side_by_side(path: Path, shape: str = "apart") -> Path:
    """Referrals and job outcomes by payment group, each its own table, a blank column
    between them (none where ``shape`` is 'abutting'), each measure typed over its table's
    first month (merged over its months where ``shape`` is 'merged')."""
    gap = [] if shape == "abutting" else [None]
    rows = [
        ["Referrals and job outcomes by payment group, quarter 1 2013-14"],
        [],
        [None, "Referrals", None, None, None, *gap, None, "Job outcomes"],
        ["Payment group", *_MONTHS, *gap, "Payment group", *_MONTHS],
    ]
    for group, referred, achieved in zip(_GROUPS, _REFERRALS, _OUTCOMES, strict=True):
        rows.append([group, *referred, sum(referred), *gap, group, *achieved, sum(achieved)])
    referred = [sum(c) for c in zip(*_REFERRALS, strict=True)]
    achieved = [sum(c) for c in zip(*_OUTCOMES, strict=True)]
    rows.append(["Total", *referred, sum(referred), *gap, "Total", *achieved, sum(achieved)])
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Side"
    for row in rows:
        sheet.append(row)
    if shape == "merged":
        sheet.merge_cells("B3:E3")
        sheet.merge_cells("H3:K3")
    book.save(path)
    return path


@pytest.mark.parametrize("shape", ["apart", "abutting", "merged"])
def test_side_by_side_tables_keep_their_measures_typed_once(tmp_path, shape):
    output, said = sanitised_beside(_side_by_side(tmp_path / "side.xlsx", shape))
    lines = copy_lines(output, "Side", 5)
    assert lines[6] == ("JSA 18-24", 100, 80, 100, 280)
    assert lines[7] == ("JSA 25+", 240, 260, 240, 740)
    assert copy_formulas(output, "Side")["E7"] == "=SUM(B7:D7)"
    shares = copy_lines(output, "Job outcomes %", 5)
    assert shares[7][:2] == ("JSA 18-24", pytest.approx(31 / 126, abs=0.005))
    assert "removed: table 2 on 'Side': outcome volumes are never shared" in said


@pytest.mark.parametrize(("shape", "first"), [("apart", 7), ("abutting", 6)])
def test_the_proof_alone_refuses_the_second_tables_outcomes_rounded(tmp_path, shape, first):
    def carried(plan: Plan) -> None:  # the job outcomes kept as counts, as referrals are
        cells = next(s for s in plan.sheets if s.name == "Side").cells
        for row, achieved in enumerate(_OUTCOMES, start=4 + BANNER):
            for col, count in enumerate(achieved, start=first):
                cells[(row, col)] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    source = _side_by_side(tmp_path / "side.xlsx", shape)
    assert proved(tmp_path, source) == []
    found = {f.part for f in proved(tmp_path, source, carried)}
    letters = "ABCDEFGHIJ"
    assert {f"'Side' {letters[first]}7", f"'Side' {letters[first + 2]}10"} <= found


_YEARS = ["2012/13", "2013/14"]
_HALVES = [[57, 63], [41, 38], [66, 72], [13, 9]]  # each year's halves, by area
_AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees"]


def _years_over_halves(path: Path, named: tuple[str | None, str | None]) -> Path:
    """Referrals (then job outcomes, a fifth of them) by local authority under three header
    rows typed once each: the measure over its first column (or nothing, where ``named`` holds
    None), each year over its halves and their total."""
    measures, years, halves = ["Local authority"], [None], [None]
    for measure in named:
        for at, year in enumerate(_YEARS):
            measures += [measure if at == 0 else None, None, None]
            years += [year, None, None]
            halves += ["H1", "H2", "Total"]
    rows = [["Referrals and job outcomes by local authority and half year"], []]
    rows += [measures, years, halves]
    for area, (first, second) in zip(_AREAS, _HALVES, strict=True):
        line: list = [area]
        for scale in (1, 5):
            for a, b in ((first, second), (second + 100, first + 50)):
                line += [a * 5 // scale, b * 5 // scale, (a * 5 // scale) + (b * 5 // scale)]
        rows.append(line)
    rows.append(["Total", *(sum(r[c] for r in rows[5:]) for c in range(1, 13))])
    return script_book(path, {"Areas": rows})


def test_measures_typed_once_over_years_over_halves_head_their_blocks(tmp_path):
    source = _years_over_halves(tmp_path / "areas.xlsx", ("Referrals", "Job outcomes"))
    output, said = sanitised_beside(source)
    lines = copy_lines(output, "Areas", 8)
    assert lines[7] == ("Leeds", 280, 320, 600, 820, 540, 1360, None)
    assert copy_formulas(output, "Areas")["G8"] == "=SUM(E8:F8)"
    assert "removed: 'Areas' H6:M6, H7:M7, H8:M8, H9:M9, H10:M10: outcome volumes" in said
    shares = copy_lines(output, "Job outcomes %", 7)
    assert shares[8][0] == "Leeds" and sum(s[1] for s in shares[8:12]) == pytest.approx(1, abs=0.02)


def test_the_proof_alone_refuses_outcomes_under_a_measure_typed_once_over_years(tmp_path):
    def carried(plan: Plan) -> None:  # Leeds' job outcomes in 2012/13 kept as counts
        cells = next(s for s in plan.sheets if s.name == "Areas").cells
        for col in (7, 8):
            cells[(5 + BANNER, col)] = OutputCell(60.0, kind="rounded")

    source = _years_over_halves(tmp_path / "areas.xlsx", ("Referrals", "Job outcomes"))
    assert proved(tmp_path, source) == []
    found = {f.part for f in proved(tmp_path, source, carried)}
    assert {"'Areas' H8", "'Areas' I8"} <= found


def test_the_proof_alone_reads_a_second_block_of_the_same_years_as_the_titles(tmp_path):
    def carried(plan: Plan) -> None:  # the unnamed block's Leeds kept as counts
        cells = next(s for s in plan.sheets if s.name == "Areas").cells
        cells[(5 + BANNER, 7)] = OutputCell(60.0, kind="rounded")

    source = _years_over_halves(tmp_path / "areas.xlsx", ("Referrals", None))
    assert "'Areas' H8" in {f.part for f in proved(tmp_path, source, carried)}


_RAISED_NOTES = [
    "(1) Figures include recallees.",
    "(3) Includes IB/IS Volunteers referred before April 2013.",
    "(4) Provisional.",
]


def _raised_marks(path: Path, unkeyed: str | None = None) -> Path:
    """Referrals by payment group and month as a published table marks its notes: raised in
    rich text ('May-13' then '(1)' as a superscript), the notes keyed by them under the table,
    and ``unkeyed``, a note no text marks, last. The book counts 1, 2, 3 and 4 somewhere."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Table 1")
    raised = book.add_format({"font_script": 1})
    sheet.write(0, 0, "Table 1.1: Referrals by payment group")
    sheet.write_row(2, 0, ["Payment group", "Apr-13"])
    sheet.write_rich_string(2, 2, "May-13", raised, "(1)")
    sheet.write(2, 3, "Jun-13")
    lines = [["JSA 18-24", 101, 87, 93], ["JSA 25+", 233, 251, 4], ["ESA Flow", 1, 23, 3]]
    for at, line in enumerate(lines, start=3):
        sheet.write_row(at, 0, line)
    sheet.write_rich_string(6, 0, "IB/IS Volunteers", raised, "(3,4)")
    sheet.write_row(6, 1, [17, 2, 44])
    sheet.write_row(7, 0, ["Total", 352, 363, 144])
    for at, note in enumerate([*_RAISED_NOTES, *([unkeyed] if unkeyed else [])], start=9):
        sheet.write(at, 0, note)
    book.close()
    return path


def test_notes_keyed_by_raised_marks_stay(tmp_path):
    output, said = sanitised_beside(_raised_marks(tmp_path / "raised.xlsx"))
    lines = copy_lines(output, "Table 1", 4)
    assert lines[4][2] == "May-13\u207d\u00b9\u207e"
    assert lines[8][0] == "IB/IS Volunteers\u207d\u00b3,\u2074\u207e"
    assert [line[0] for line in lines[11:14]] == _RAISED_NOTES
    assert "removed" not in said


def test_the_proof_alone_refuses_a_note_no_raised_mark_keys(tmp_path):
    # the unkeyed note kept, as the raised ones are
    carried = carried_text("(2) Revised.", (12 + BANNER, 0), "Table 1")

    source = _raised_marks(tmp_path / "raised.xlsx", unkeyed="(2) Revised.")
    assert proved(tmp_path, source) == []
    assert {f.part for f in proved(tmp_path, source, carried)} == {"'Table 1' A15"}


def test_cohorts_left_out_of_a_base_are_named_by_their_months(tmp_path):
    months = [datetime.datetime(2012, m, 1) for m in range(1, 6)]
    rows: list[list] = [
        ["Cumulative job outcomes by month of referral and months since referral"],
        [],
        ["Month of referral", "Referrals", 3, 6, 9],
    ]
    for at, month in enumerate(months):
        reached = [31 + at, 57 + 2 * at, 80 + at][: 3 - at // 2]
        rows.append([month, 2400 + 37 * at, *reached, *["x"] * (at // 2)])
    output, said = sanitised_beside(script_book(tmp_path / "cohorts.xlsx", {"Cohorts": rows}))
    assert "'Mar 2012', 'Apr 2012', 'May 2012' are left out of their base" in said
    assert "'May 2012' is left out of their base" in said
    assert "a row" not in said
    note = openpyxl.load_workbook(output)["Job outcomes %"]["A5"].value
    assert "'Mar 2012', 'Apr 2012', 'May 2012' are left out, as the source's figure" in note


def test_a_pandas_frames_index_names_name_its_outcome_shares(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for at, measure in enumerate(["Referrals", "Job outcomes"]):
        sheet.cell(1, 3 + 3 * at, measure)
        sheet.merge_cells(start_row=1, start_column=3 + 3 * at, end_row=1, end_column=5 + 3 * at)
        for k, sex in enumerate(["Male", "Female", "Total"]):
            sheet.cell(2, 3 + 3 * at + k, sex)
    sheet.append(["District", "Office"])
    offices = [("West Yorkshire", "Leeds City"), (None, "Bradford"), ("Humber", "Hull")]
    for (district, office), (men, women) in zip(offices, _HALVES, strict=False):
        few = (men // 3, women // 3)
        sheet.append([district, office, men * 5, women * 5, (men + women) * 5, *few, sum(few)])
    sheet.merge_cells("A4:A5")
    book.save(tmp_path / "frame.xlsx")
    output, _ = sanitised_beside(tmp_path / "frame.xlsx")
    intro = openpyxl.load_workbook(output)["Job outcomes %"]["A4"].value
    assert "on sheet 'Sheet1', by district and office, within each column" in intro


def _months_as_dates(path: Path, merged: bool, achieved_in: int = 3) -> Path:
    """Referrals, then job outcomes, by payment group and month, each measure over its months
    typed as dates under 'mmm-yy' (merged over them, or typed over the first alone), no column
    between the two groups: three months of referrals, the last ``achieved_in`` of outcomes."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Months")
    month = book.add_format({"num_format": "mmm-yy"})
    sheet.write(0, 0, "Referrals and job outcomes by payment group and month")
    for first, measure, months in ((1, "Referrals", 3), (4, "Job outcomes", achieved_in)):
        if merged and months > 1:
            sheet.merge_range(2, first, 2, first + months - 1, measure)
        else:
            sheet.write(2, first, measure)
        for k in range(months):
            sheet.write_datetime(3, first + k, datetime.datetime(2013, 7 - months + k, 1), month)
    sheet.write(3, 0, "Payment group")
    lines = zip(_GROUPS, _REFERRALS, _OUTCOMES, strict=True)
    for row, (group, referred, achieved) in enumerate(lines, start=4):
        sheet.write_row(row, 0, [group, *referred, *achieved[3 - achieved_in :]])
    book.close()
    return path


@pytest.mark.parametrize("merged", [True, False])
def test_months_as_dates_over_job_outcomes_beside_referrals_head_them(tmp_path, merged):
    output, said = sanitised_beside(_months_as_dates(tmp_path / "months.xlsx", merged))
    lines = copy_lines(output, "Months", 7)
    assert lines[5][4:] == (datetime.datetime(2013, 4, 1), datetime.datetime(2013, 5, 1),
                            datetime.datetime(2013, 6, 1))  # fmt: skip
    assert lines[6] == ("JSA 18-24", 100, 80, 100, None, None, None)
    assert "removed: 'Months' E5:E8, F5:F8, G5:G8: outcome volumes are never shared" in said


def test_one_month_of_job_outcomes_beside_the_referrals_months_heads_its_column(tmp_path):
    output, said = sanitised_beside(_months_as_dates(tmp_path / "months.xlsx", True, 1))
    assert copy_lines(output, "Months", 5)[5][3:] == (datetime.datetime(2013, 6, 1),) * 2
    assert "removed: 'Months' E5:E8: outcome volumes are never shared" in said


def test_the_proof_alone_refuses_a_count_as_a_date_among_the_outcomes_months(tmp_path):
    def carried(plan: Plan) -> None:  # 41,234 job outcomes shown as 21/11/2012 over them
        cells = next(s for s in plan.sheets if s.name == "Months").cells
        cells[(3 + BANNER, 5)] = replace(cells[(3 + BANNER, 5)], value=41234.0)

    source = _months_as_dates(tmp_path / "months.xlsx", merged=True)
    assert proved(tmp_path, source) == []
    assert "'Months' F6" in {f.part for f in proved(tmp_path, source, carried)}


def test_the_proof_alone_refuses_outcomes_under_a_group_typed_once_over_dates(tmp_path):
    def carried(plan: Plan) -> None:  # JSA 18-24's job outcomes kept as counts
        cells = next(s for s in plan.sheets if s.name == "Months").cells
        for col in (4, 5):
            cells[(4 + BANNER, col)] = OutputCell(40.0, kind="rounded")

    source = _months_as_dates(tmp_path / "months.xlsx", merged=False)
    assert proved(tmp_path, source) == []
    assert {"'Months' E7", "'Months' F7"} <= {f.part for f in proved(tmp_path, source, carried)}
