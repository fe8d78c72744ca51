"""Session 38 (left): session 37's "read wrong, said wrong" leftovers, each a real pack's layout.

Hyperlinks, data validation and page headers and footers were listed on the cover as
'hyperlinks, workbook: not carried into the output', naming no sheet or cell, as comments were
until session 37: an analyst who had linked a note to the guidance or put a drop-down beside
the figures could not tell which went. wpxl.read notes where each was found
(``Sheet.outside_places``: a link's cell, a validation's range, the sheet whose page header or
footer it is) and the cover and the terminal name them (plan/unseen_places), "hyperlinks,
'Referrals' A5, A9", a column of them as one run ('A4:A303'); the workbook's line stays for
those of sheets not carried (a hidden one).

A 'Conversion rate' worked out by formula as job starts over referrals ('Referrals | Job starts
| Conversion rate', '=C4/B4') was removed as 'a rate that uses outcome figures': 'conversion'
is the programme's word for outcomes over starts, and a line so named beside job starts was
read as their outcomes. Its formulas say what it divides, both shared rounded: a line whose
every figure divides two lines naming a shared measure is no outcome line now
(analyse/shared_rates), and the plan rebuilds it over the rounded cells ('=C6/B6', shown to
three places). The proof read the place as an outcome's too, and refused the copy: it lets a
figure there stand only as a rate of two of the copy's figures neither at an outcome's place,
which its rates check holds to their quotient (verify/rates ``divides_shown_counts``), so a
typed rate or one over the unrounded counts is still refused on its own reading. A conversion
rate over job outcomes ('=C4/B4' with C 'Job outcomes', or 'Achieved' beside job starts) is
removed as before; a typed one, saying nothing of what it divides, is still read as outcomes.

GSS's accessible tables open each sheet with 'This worksheet contains one table.' under the
title. On a sheet of job outcomes, gone wholly to its percentage sheet, the cover listed it as
'it states an amount about outcomes': its 'one' was read as an amount, of a line the cover
judged as the table's title. It describes the source sheet's layout, untrue of the percentage
sheet, and the cover says so now (plan/title_lines ``LAYOUT``); the intro never names it. Its
'one' also made the cover call the table 'table 1', the line read as part of the title: the
table is named by the rest of its title now (plan/table_names with ``without_layout``).

Stat-Xplore's annotations ('Annotations', then 1 and 2, each beside a note's text) lost their
numbers as 'a number outside any table': a contents list's numbers were kept only from three
lines. Under a notes heading ('Annotations', 'Notes:', 'Footnotes') 1, 2 ... each beside words
number its notes however few (analyse/contents_lines), and the proof reads them so with its
own code (verify/numbered_lines ``_numbers_a_note``): a lone 1 was refused as 'a figure that
is not a multiple of 20'. A 7 there, numbering nothing, is still refused.

'a single office referred them' was removed as a small count in words: 'referred', a measure's
word, came two words after 'a single'. A measure's word that is a verb ('referred', 'attached')
counts only straight after such words now ('a few referred'), in the plan (plan/few_counted)
and the proof (verify/texts), each its own; 'a single referral' is still removed.

Figures written with their mark in the cell ('398 [r]', '1,204 (p)') are still removed (text:
a rounded figure would lose the mark, and a SUM passes text by), but a typed total over them
was removed as 'a total over a cell the source suppressed (such as '..' or '[c]')': nothing
was suppressed. It says the total is over a figure written with a mark now
(analyse/typed_totals ``MARKED_TOTAL``), and the figures' own reason says what to do: type
the figure as a number and say what its mark means in a note.

Outcome payments under 'Bonus', 'Grant', 'Award', 'Settlement', 'Balance' or 'Price' beside
the job starts (137 x £1,200 typed in General, a multiple of 20) went out as job starts,
verified (164,400 / 1,200 = 137 job outcomes). Each is a surname or a plain word as often
('Jo Price' heads a line of an adviser's starts: session 37's try at 'Price' read that line
as money and broke tests/analyse/test_outcome_words.py), so each names money as a whole
header or label only ('Bonus', 'Total grant'), in the plan (analyse/words) and the proof
(verify/money_words), each its own. 'Sales' is left: a sector of job starts as often.

A place's name typed straight before a figure ('Leeds137', Leeds' 137 job outcomes, on the
sheet of referrals) was kept as a label, verified, where 'Leeds 137' was removed as quoting an
unrounded figure: no reading of numbers found one glued to letters. A capital and small
letters glued to two digits or more are read apart now ('Leeds 137'; codes are capitals:
'CPA12'), in wpxl.read (read/quoted_figures ``unglued``), which the plan's reading of labels
and the proof's each use: a shared reader, as the architecture lets the proof import.
'Office245' stays a place named by its number, as 'Office 245' has since session 37.
"""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl.worksheet.datavalidation import DataValidation

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan
from wpxl.verify.rates import NOT_ITS_VALUE

GROUPS = [("JSA 18-24", 413, 41), ("JSA 25+", 287, 28), ("ESA Flow", 199, 19)]


def _cover_lines(copy) -> list[str]:
    cover = openpyxl.load_workbook(copy)["About this workbook"]
    return [c.value for c in cover["A"] if isinstance(c.value, str)]


def test_hyperlinks_validation_and_headers_are_named_by_sheet_and_cell(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    rows: list[list] = [["Referrals by payment group"], [], ["Payment group", "Referrals"]]
    rows += [[group, referrals] for group, referrals, _ in GROUPS]
    rows += [["Total", "=SUM(B4:B6)"], [], ["See the guidance"]]
    for row in rows:
        sheet.append(row)
    sheet["A9"].hyperlink = "https://www.gov.uk/work-programme"
    sheet["A5"].hyperlink = "#'Referrals'!B5"
    check = DataValidation(type="list", formula1='"Yes,No"', prompt="Checked?")
    sheet.add_data_validation(check)
    check.add("C4:C6")
    sheet.oddFooter.left.text = "Page &P"
    source = tmp_path / "links.xlsx"
    book.save(source)
    copy, printed = sanitised_beside(source)
    lines = _cover_lines(copy)
    assert "- hyperlinks, 'Referrals' A5, A9: not carried into the output" in lines
    assert "- data validation, 'Referrals' C4:C6: not carried into the output" in lines
    assert "- headers and footers, 'Referrals': not carried into the output" in lines
    assert not any(", workbook:" in line and "document" not in line for line in lines)
    assert "removed: 'Referrals' A5, A9: hyperlinks, not carried into the output" in printed


def test_a_column_of_hyperlinks_is_named_as_one_run(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    for row in [["Referrals by office"], [], ["Office", "Referrals"]]:
        sheet.append(row)
    for n in range(300):
        sheet.append([f"Leeds office {n + 1}", 40])
        sheet.cell(4 + n, 1).hyperlink = f"https://intranet.example/offices/{n + 1}"
    source = tmp_path / "offices.xlsx"
    book.save(source)
    copy, _ = sanitised_beside(source)
    assert "- hyperlinks, 'Referrals' A4:A303: not carried into the output" in _cover_lines(copy)


STARTS = [("JSA 18-24", 413, 98), ("JSA 25+", 287, 61), ("ESA Flow", 199, 23)]


def _conversions(tmp_path, second: str = "Job starts"):
    """'Referrals | <second> | Conversion rate' by payment group, the rate '=C4/B4' with its
    value saved, under a title naming both measures (one naming none leaves the line unread)."""
    rows: list[list] = [[f"Referrals and {second.lower()} by payment group"], []]
    rows.append(["Payment group", "Referrals", second, "Conversion rate"])
    rows += [[g, r, s, f"=C{4 + i}/B{4 + i}"] for i, (g, r, s) in enumerate(STARTS)]
    cached = {("Summary", f"D{4 + i}"): s / r for i, (_, r, s) in enumerate(STARTS)}
    return write_book(tmp_path / "conversions.xlsx", {"Summary": rows}, cached=cached)


def test_a_conversion_rate_of_starts_over_referrals_is_rebuilt_over_the_rounded_cells(tmp_path):
    copy, printed = sanitised_beside(_conversions(tmp_path))
    formulas = openpyxl.load_workbook(copy)["Summary"]
    shown = openpyxl.load_workbook(copy, data_only=True)["Summary"]
    assert [formulas.cell(row, 4).value for row in (6, 7, 8)] == ["=C6/B6", "=C7/B7", "=C8/B8"]
    assert [shown.cell(row, 4).value for row in (6, 7, 8)] == [100 / 420, 60 / 280, 20 / 200]
    assert "removed" not in printed


def test_a_conversion_rate_over_job_outcomes_is_still_removed(tmp_path):
    _, printed = sanitised_beside(_conversions(tmp_path, "Job outcomes"))
    assert "removed: 'Summary' D4:D6: a rate that uses outcome figures" in printed


def test_the_proof_alone_refuses_a_conversion_rate_not_worked_from_the_copy(tmp_path):
    source = _conversions(tmp_path)
    assert proved(tmp_path, source) == []

    def typed(plan: Plan) -> None:  # the input's rate carried as a plain figure
        cells = next(s for s in plan.sheets if s.name == "Summary").cells
        cells[(3 + BANNER, 3)] = OutputCell(98 / 413, kind="kept")

    def unrounded(plan: Plan) -> None:  # the formula, its value over the unrounded counts
        cells = next(s for s in plan.sheets if s.name == "Summary").cells
        cells[(3 + BANNER, 3)] = OutputCell(98 / 413, "C6/B6", kind="derived")

    assert "'Summary' D6" in {f.part for f in proved(tmp_path, source, typed)}
    assert NOT_ITS_VALUE in {f.kind for f in proved(tmp_path, source, unrounded)}


def test_a_gss_layout_line_over_outcomes_is_removed_for_what_it_is(tmp_path):
    rows: list[list] = [["Job outcomes by payment group"], ["This worksheet contains one table."]]
    rows += [["Payment group", "Job outcomes"], *([g, o] for g, _, o in GROUPS)]
    copy, printed = sanitised_beside(write_book(tmp_path / "gss.xlsx", {"Outcomes": rows}))
    why = "it describes the source sheet's layout, which the percentage sheet does not keep"
    assert f"- text, 'Outcomes' A2: {why}" in _cover_lines(copy)
    assert "states an amount" not in printed
    assert (
        "removed: table 'Job outcomes by payment group' on 'Outcomes'" in printed
    )  # not 'table 1'
    intro = openpyxl.load_workbook(copy)["Job outcomes %"]["A4"].value
    assert "table." not in intro


@pytest.mark.parametrize("notes", [["Figures are provisional."], ["Provisional.", "No ESA."]])
def test_annotation_numbers_are_kept_however_few(tmp_path, notes):
    rows: list[list] = [["Referrals by payment group"], [], ["Payment group", "Referrals"]]
    rows += [[group, referrals] for group, referrals, _ in GROUPS]
    rows += [[], ["Annotations:"], *([n, note] for n, note in enumerate(notes, start=1))]
    copy, printed = sanitised_beside(write_book(tmp_path / "annotated.xlsx", {"Referrals": rows}))
    shown = openpyxl.load_workbook(copy)["Referrals"]
    assert [shown.cell(11 + n, 1).value for n in range(len(notes))] == [1, 2][: len(notes)]
    assert "removed" not in printed


def test_the_proof_alone_refuses_a_number_under_annotations_numbering_nothing(tmp_path):
    rows: list[list] = [["Referrals by payment group"], [], ["Payment group", "Referrals"]]
    rows += [[group, referrals] for group, referrals, _ in GROUPS]
    rows += [[], ["Annotations:"], [1, "Figures are provisional."]]
    source = write_book(tmp_path / "annotated.xlsx", {"Referrals": rows})
    assert proved(tmp_path, source) == []

    def seven(plan: Plan) -> None:  # the note's number carried as 7
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[(8 + BANNER, 0)] = OutputCell(7.0, kind="kept")

    assert "'Referrals' A11" in {f.part for f in proved(tmp_path, source, seven)}


def test_a_single_office_referring_them_is_no_small_count(tmp_path):
    rows: list[list] = [["Referrals by payment group"], [], ["Payment group", "Referrals"]]
    rows += [[group, referrals] for group, referrals, _ in GROUPS]
    rows += [[], ["A single office referred them."], ["Selby had a single referral in May."]]
    copy, printed = sanitised_beside(write_book(tmp_path / "office.xlsx", {"Referrals": rows}))
    texts = [c.value for c in openpyxl.load_workbook(copy)["Referrals"]["A"]]
    assert "A single office referred them." in texts
    assert "Selby had a single referral in May." not in texts
    assert "removed: 'Referrals' A9: it states a small count in words" in printed


def test_a_typed_total_over_marked_figures_says_so(tmp_path):
    rows: list[list] = [["Referrals by payment group"], [], ["Payment group", "Referrals"]]
    # '398 [r]' alone is the count 398 since session 41 (analyse/marked_counts); 'c.398' is not
    rows += [["JSA 18-24", "c.398"], ["JSA 25+", "1,204 (p)"], ["ESA Flow", 199]]
    rows.append(["Total", 1801])
    _, printed = sanitised_beside(write_book(tmp_path / "marked.xlsx", {"Referrals": rows}))
    assert "removed: 'Referrals' B7: a total over a figure written with a mark" in printed
    assert "suppressed" not in printed
    assert "type the figure as a number and say what its mark means in a note" in printed


def _paid(tmp_path, head: str):
    rows: list[list] = [["Job starts by payment group"], [], ["Payment group", "Job starts", head]]
    rows += [[g, s, o * 1200] for g, s, o in GROUPS]
    return write_book(tmp_path / "paid.xlsx", {"Starts": rows})


@pytest.mark.parametrize("head", ["Bonus", "Grant", "Award", "Settlement", "Balance", "Price"])
def test_payments_under_a_finance_word_alone_are_removed_as_money(tmp_path, head):
    copy, printed = sanitised_beside(_paid(tmp_path, head))
    assert "removed: 'Starts' C4:C6: an amount of money" in printed
    shown = openpyxl.load_workbook(copy, data_only=True)["Starts"]
    assert all(shown.cell(row, 3).value is None for row in (6, 7, 8))


def test_the_proof_alone_refuses_payments_under_bonus_carried_as_counts(tmp_path):
    source = _paid(tmp_path, "Bonus")

    def carried(plan: Plan) -> None:  # the payments carried as if job starts
        cells = next(s for s in plan.sheets if s.name == "Starts").cells
        for row, (_, _, outcomes) in enumerate(GROUPS, start=3 + BANNER):
            cells[(row, 2)] = OutputCell(float(outcomes * 1200), kind="rounded")

    assert "'Starts' C6" in {f.part for f in proved(tmp_path, source, carried)}


def _glued(tmp_path):
    """Referrals by area, one area's label glued to its job outcomes ('Leeds137')."""
    referrals: list[list] = [["Referrals by area"], [], ["Area", "Referrals"]]
    referrals += [["Leeds137", 413], ["Bradford", 287]]
    outcomes: list[list] = [["Job outcomes by area"], [], ["Area", "Job outcomes"]]
    outcomes += [["Leeds", 137], ["Bradford", 41]]
    book = {"Referrals": referrals, "Outcomes": outcomes}
    return write_book(tmp_path / "glued.xlsx", book)


def test_a_place_glued_to_an_outcome_volume_is_removed_as_its_spaced_twin_is(tmp_path):
    copy, printed = sanitised_beside(_glued(tmp_path))
    assert "removed: 'Referrals' A4: it quotes an unrounded figure" in printed
    texts = [c.value for c in openpyxl.load_workbook(copy)["Referrals"]["A"]]
    assert "Leeds137" not in texts and "Bradford" in texts


def test_the_proof_alone_refuses_a_place_glued_to_an_outcome_volume(tmp_path):
    source = _glued(tmp_path)

    def glued(plan: Plan) -> None:  # the label carried as typed
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[(3 + BANNER, 0)] = OutputCell("Leeds137", kind="label")

    assert "'Referrals' A6" in {f.part for f in proved(tmp_path, source, glued)}
