"""What a hunt through hostile but plausible packs found (session 37).

Packs were built as an analyst who wants the figures to reach the council, or who is careless,
would make them: outcome volumes carried as something else (a target and what was achieved,
outcomes per adviser, a rank by outcomes, outcomes per 1,000 starts, '1 job outcome for every
3 starts', payments at the £1,200 tariff, a cumulative share of outcomes, a share of outcomes to
many decimals), figures where the eye does not read (a text box, a chart's title, a hyperlink's
address, a data validation's message, a header or footer, a comment's author, a defined name,
the document's properties, the sheet's tab, the file's name, the --period typed for the e-mail
note), figures split or disguised ('1' and '37' in two cells, 'Leeds 1' beside '37 job
outcomes', a count typed as text, a time '1:37', spelt out). Each copy was read cell by cell.

A note under a table of job starts by area opening with an area's name ('Leeds: new office
opened in May, job outcomes expected to follow', 'Leeds - job outcomes up on last year',
'Leeds: 1 in every 3 starts has reached a job outcome') lost that area's job starts: the note
was read as a key to the line 'Leeds' ('Achieved = job outcomes in the month' keys a line so),
its words name outcomes, so the line was one of outcomes, and each of its figures was removed
as an outcome volume, the cover saying 'job outcomes volumes, B4'. The proof consults a key only
for a figure whose own lines name no measure; so does the plan now: a key names no line
crossed only by lines naming their own measure ('Job starts' over the areas), whose figures
count what those lines say (analyse/keyed_lines.named_across). A bare 'Achieved' keyed as
outcomes beside the starts is still read so.

A figure written so that no reading of digits finds it went out, verified: in Roman numerals
('Leeds (CXXXVII)' as a label beside the areas' outcomes, 'Note: Leeds job outcomes CXXXVII,
Bradford LXI.', 'Job outcomes in Leeds: CXL.') or in raised digits ('Leeds ¹³⁷', typed so or
as Excel writes 'Leeds 137' with the figure set as superscript, the way a footnote's call is
set). '¹³⁷' is no digit to a regular expression, and the readings of footnote calls take one
or two raised digits for a mark. Both readings now read a run of three or more raised or
lowered digits as the figure, and a Roman numeral in capitals (three letters or more, of two
kinds at least: 'XXX' is a placeholder) as the number it writes, judged against the workbook's
figures that must not appear ('MIX' and 'CIV' are words too, and stay unless one is) and as an
amount where its words name outcomes (wpxl.read.numerals; the plan in plan/carried_words, the
proof in verify/texts, verify/amounts and verify/proof's queue of words to judge).

Beside the job starts, the outcome payments at the £1,200 tariff under a finance word neither
reading knew ('Reward', 'Rewards', 'Drawdown', 'Drawn down', 'Budget'), in a General
format, went out as they were, verified: read as the table's job starts, 164,400 is a multiple
of 20, so 'rounding' left it, and 164,400 / 1,200 is Leeds' 137 job outcomes. Those words name
money now, with 'Proceeds', 'Monies' and 'Profit', in the plan (analyse/words._MONEY) and the
proof (verify/money_words): the column goes as money ('Price' is left: a surname as often,
'Jo Price' heading a line of an adviser's job starts). (Under a currency format, '£#,##0', the
same column went already.)

A sheet named with an outcome figure in raised digits or Roman numerals ('JOs ¹³⁷', 'JOs
CXXXVII') kept its name through the plan, and the proof refused the copy: the names are read
now as the figures they show (wpxl.read.sheetnames) and replaced by 'Sheet 1', as 'JOs 137' is.

The cover said 'comments, workbook: not carried into the output' of a sheet's comments, naming
no sheet and no cell: an analyst who typed a figure into one note of several could not tell
which went. Each sheet's commented cells are named now ('comments, 'Performance' B4, B6'), the
workbook's line kept for comments of no sheet carried (plan/unseen_places), and the terminal's
line says what was found there ('removed: 'Performance' B4, B6: comments, not carried ...', as
for cells hidden by their look, which said only 'not carried into the output').

A ratio of outcomes to starts written with a colon ('Ratio of job outcomes to starts in Leeds:
1:12', 'Leeds job outcome to start ratio 1:03', 'Outcome ratio (JOs:starts) Leeds 10:33') went
out under the table, verified: both readings of amounts took any two numbers so joined for a
time of day, which states no amount; with Leeds' rounded starts beside it, 1:12 gives its
outcomes back. Such a pair is an amount now where nothing says it is a time (a word before it:
'at', 'by', 'from', 'until'; 'am', 'pm' or 'hrs' after it; seconds; a range of times), in the
plan (plan/colon_ratios, asked by plan/quoting) and the proof (verify/amounts): 'extracted at
09:30' and 'by 5:30 pm' stay.

A note counting sustainment payments by an ordinal ('The 61st sustainment payment in Bradford
was claimed in May', 'Bradford claimed its 61st sustainment payment') went out, verified: both
readings took any ordinal for the stage a payment is ('the 2nd sustainment payment') or a day,
which states no amount; the 61st says at least 61 were paid. An ordinal past 31 (no stage, no
day of a month) is an amount now (plan/quoting, verify/amounts).
"""

from __future__ import annotations

import openpyxl
import pytest
import xlsxwriter

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import package_text
from tests.misread import BANNER, misread_findings

LABEL_REMOVED = "(label removed: see the cover)"

AREAS = ["Leeds", "Bradford", "Wakefield", "Calderdale"]
STARTS = [412, 233, 187, 96]
ROUNDED = [420, 240, 180, 100]


def _starts_by_area(note: str) -> list[list]:
    rows: list[list] = [["Job starts by area, 2013/14"], [], ["Area", "Job starts"]]
    return [*rows, *([a, s] for a, s in zip(AREAS, STARTS, strict=True)), [], [note]]


@pytest.mark.parametrize(
    "note",
    [
        "Leeds: new office opened in May, job outcomes expected to follow.",
        "Leeds - job outcomes up on last year.",
        "Leeds: most starts went on to a job outcome.",
    ],
)
def test_a_note_opening_with_an_areas_name_keeps_its_starts(tmp_path, note):
    source = write_book(tmp_path / "pack.xlsx", {"Performance": _starts_by_area(note)})
    copy, printed = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 10)] == ROUNDED
    assert "outcome volumes" not in printed


OUTCOMES = [137, 61, 45, 22]


def _starts_and_outcomes(leeds: object = "Leeds", note: str | None = None) -> list[list]:
    rows: list[list] = [["Job starts and job outcomes by area, 2013/14"], []]
    rows.append(["Area", "Job starts", "Job outcomes"])
    for area, starts, outcomes in zip(AREAS, STARTS, OUTCOMES, strict=True):
        rows.append([leeds if area == "Leeds" else area, starts, outcomes])
    return rows + ([[], [note]] if note else [])


def _superscript_pack(path):
    """'Leeds 137' typed with its figure set as superscript (Format Cells, Superscript), as a
    footnote's call is set."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Performance")
    for r, row in enumerate(_starts_and_outcomes()):
        sheet.write_row(r, 0, row)
    sheet.write_rich_string(3, 0, "Leeds ", book.add_format({"font_script": 1}), "137")
    book.close()
    return path


@pytest.mark.parametrize(
    ("leeds", "note", "at"),
    [
        ("Leeds (CXXXVII)", None, "A6"),
        ("Leeds \u00b9\u00b3\u2077", None, "A6"),
        ("Leeds", "Note: Leeds job outcomes CXXXVII, Bradford LXI.", "A11"),
        ("Leeds", "Job outcomes in Leeds: CXL.", "A11"),
    ],
)
def test_a_figure_in_roman_numerals_or_raised_digits_goes(tmp_path, leeds, note, at):
    rows = _starts_and_outcomes(leeds, note)
    source = write_book(tmp_path / "pack.xlsx", {"Performance": rows})
    copy, _ = sanitised_beside(source)
    assert openpyxl.load_workbook(copy)["Performance"][at].value in (None, LABEL_REMOVED)
    assert "137" not in package_text(copy) and "CXXXVII" not in package_text(copy)


def test_a_figure_set_as_superscript_in_a_label_goes(tmp_path):
    copy, _ = sanitised_beside(_superscript_pack(tmp_path / "pack.xlsx"))
    assert openpyxl.load_workbook(copy)["Performance"]["A6"].value == LABEL_REMOVED


@pytest.mark.parametrize(
    ("at", "text"),
    [
        ((3, 0), "Leeds (CXXXVII)"),
        ((3, 0), "Leeds \u00b9\u00b3\u2077"),
        ((8, 0), "Note: Leeds job outcomes CXXXVII."),
        ((8, 0), "Job outcomes in Leeds: CXL."),
    ],
)
def test_the_proof_alone_refuses_a_figure_in_roman_numerals_or_raised_digits(tmp_path, at, text):
    findings = misread_findings(tmp_path, _starts_and_outcomes(), {at: text}, "kept")
    assert any(f"A{at[0] + 1 + BANNER}" in f.part for f in findings), findings


def test_roman_numerals_naming_parts_and_capital_words_stay(tmp_path):
    note = "See Annex III and Part IV; figures MIX JSA and ESA."
    rows = _starts_and_outcomes(note=note)
    copy, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Performance": rows}))
    assert openpyxl.load_workbook(copy)["Performance"]["A11"].value == note


@pytest.mark.parametrize("header", ["Reward", "Rewards", "Drawdown", "Drawn down", "Budget"])
def test_payments_at_the_tariff_under_a_finance_word_go(tmp_path, header):
    rows: list[list] = [["Job starts by area, 2013/14"], [], ["Area", "Job starts", header]]
    for area, starts, outcomes in zip(AREAS, STARTS, OUTCOMES, strict=True):
        rows.append([area, starts, outcomes * 1200])  # the £1,200 tariff: 164,400 is 137 JOs
    copy, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Performance": rows}))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 10)] == ROUNDED
    assert [sheet.cell(r, 3).value for r in range(6, 10)] == [None] * 4


@pytest.mark.parametrize("header", ["Reward", "Drawdown", "Budget"])
def test_the_proof_alone_refuses_payments_under_a_finance_word_carried(tmp_path, header):
    rows: list[list] = [["Job starts by area, 2013/14"], [], ["Area", "Job starts", header]]
    for area, starts, outcomes in zip(AREAS, STARTS, OUTCOMES, strict=True):
        rows.append([area, starts, outcomes * 1200])
    written = {(3 + i, 2): float(n * 1200) for i, n in enumerate(OUTCOMES)}
    findings = misread_findings(tmp_path, rows, written, "kept")
    assert any("C6" in f.part for f in findings), findings


@pytest.mark.parametrize("name", ["JOs \u00b9\u00b3\u2077", "JOs CXXXVII"])
def test_a_sheet_named_with_a_figure_in_raised_digits_or_roman_numerals_is_renamed(tmp_path, name):
    source = write_book(tmp_path / "pack.xlsx", {name: _starts_and_outcomes()})
    copy, printed = sanitised_beside(source)
    assert openpyxl.load_workbook(copy).sheetnames[1] == "Sheet 1"
    assert name not in printed and name not in package_text(copy)


def test_the_cells_whose_comments_were_left_out_are_named_on_the_cover(tmp_path):
    source = tmp_path / "pack.xlsx"
    book = xlsxwriter.Workbook(str(source))
    sheet = book.add_worksheet("Performance")
    for r, row in enumerate(_starts_by_area("Figures from the provider's MI system.")):
        sheet.write_row(r, 0, row)
    sheet.write_comment("B4", "Includes two late starts")
    sheet.write_comment("B6", "Checked")
    book.close()
    copy, printed = sanitised_beside(source)
    cover = [row[0] for row in openpyxl.load_workbook(copy).worksheets[0].values if row[0]]
    assert "- comments, 'Performance' B4, B6: not carried into the output" in cover
    assert not any(line.startswith("- comments, workbook") for line in cover)
    assert "removed: 'Performance' B4, B6: comments, not carried into the output" in printed


RATIOS = [
    "Ratio of job outcomes to starts in Leeds: 1:12",
    "Leeds job outcome to start ratio 1:03",
    "Outcome ratio (JOs:starts) Leeds 10:33",
]


@pytest.mark.parametrize(
    "note",
    ["Job outcomes claimed by 5:30 pm each Friday.", "Job outcome data extracted at 09:30."],
)
def test_a_time_of_day_in_a_note_about_outcomes_stays(tmp_path, note):
    source = write_book(tmp_path / "pack.xlsx", {"Performance": _starts_by_area(note)})
    copy, _ = sanitised_beside(source)
    assert openpyxl.load_workbook(copy)["Performance"]["A11"].value == note


ORDINALS = [
    "The 61st sustainment payment in Bradford was claimed in May.",
    "Bradford claimed its 61st sustainment payment in May.",
]


@pytest.mark.parametrize("note", RATIOS + ORDINALS)
def test_a_ratio_written_as_a_time_or_an_ordinal_counting_payments_goes(tmp_path, note):
    source = write_book(tmp_path / "pack.xlsx", {"Performance": _starts_by_area(note)})
    copy, printed = sanitised_beside(source)
    assert openpyxl.load_workbook(copy)["Performance"]["A11"].value is None
    assert "'Performance' A9: it states an amount about outcomes" in printed


@pytest.mark.parametrize("note", RATIOS + ORDINALS)
def test_the_proof_alone_refuses_a_ratio_as_a_time_or_an_ordinal_counting_payments(tmp_path, note):
    findings = misread_findings(
        tmp_path, _starts_by_area("Figures to March."), {(8, 0): note}, "kept"
    )
    assert any("A11" in f.part for f in findings), findings


@pytest.mark.parametrize(
    "note",
    ["The 2nd sustainment payment is paid at 8 weeks.", "Job outcomes are paid on the 21st."],
)
def test_an_ordinal_naming_a_stage_or_a_day_stays(tmp_path, note):
    source = write_book(tmp_path / "pack.xlsx", {"Performance": _starts_by_area(note)})
    copy, _ = sanitised_beside(source)
    assert openpyxl.load_workbook(copy)["Performance"]["A11"].value == note
