"""Found building real published layouts in session 25: GSS accessible spreadsheets (Excel
tables with calculated columns and totals rows, written by Excel or by a script, filtered, summed
from another sheet), long-form tables of numbers and percentages, hierarchies set out by indent
with areas of one office, revisions tables and monthly blocks under a repeated header line.

The first: an Excel table (ListObject) with a calculated column, 'Referrals | Attachments |
Referrals not attached' where the last is ``=[@Referrals]-[@Attachments]``, stored by Excel as
``Table1[[#This Row],[Referrals]]-Table1[[#This Row],[Attachments]]``, over a totals row of
``SUBTOTAL(109,[Referrals])``. The difference was read as a formula over no cells and dropped,
and the referrals with it, as a total over a figure the copy leaves out (WRONG: every referral
gone, though nothing leaked). The reader writes a table's structured references out as the
cells they name (wpxl/read/tables), so every stage and the proof read the table's formulas as
any others. Each later test names its own finding."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table
from typer.testing import CliRunner

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.cli import app
from wpxl.model import Plan
from wpxl.verify import totals_of_totals

AREAS = ["Bolton", "Bury", "Manchester", "Oldham", "Rochdale"]
REFERRALS = [1412, 977, 2251, 1098, 863]
ATTACHMENTS = [1203, 811, 1930, 941, 722]
OUTCOMES = [88, 61, 140, 77, 49]
THIS_ROW = "Table1[[#This Row],[{}]]"


def table_book(path: Path, second: str, seconds: list[int], head: str, formula: str) -> Path:
    """'Table_1': a title, a line, then an Excel table of referrals, ``second`` and a calculated
    column ``head`` (its formula as Excel stores it, its cached values the differences) over a
    totals row, as xlsxwriter writes one."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Table_1")
    sheet.write(0, 0, f"Table 1: Referrals and {second.lower()} by local authority, 2022-23")
    sheet.write(1, 0, "This worksheet contains one table.")
    data = [[a, r, s, r - s] for a, r, s in zip(AREAS, REFERRALS, seconds, strict=True)]
    columns = [
        {"header": "Local authority", "total_string": "Total"},
        {"header": "Referrals", "total_function": "sum", "total_value": sum(REFERRALS)},
        {"header": second, "total_function": "sum", "total_value": sum(seconds)},
        {"header": head, "total_function": "sum", "total_value": sum(d[3] for d in data)},
    ]
    last = 4 + len(data)
    options = {"data": data, "columns": columns, "total_row": True, "name": "Table1"}
    sheet.add_table(3, 0, last, 3, options)
    for i, line in enumerate(data):
        sheet.write_formula(4 + i, 3, formula, None, line[3])
    book.close()
    return path


def column(sheet, col: int) -> list[object]:
    return [sheet.cell(row, col).value for row in range(7, 13)]


@pytest.mark.parametrize(
    "formula",
    [
        f"={THIS_ROW.format('Referrals')}-{THIS_ROW.format('Attachments')}",
        "=[@Referrals]-[@Attachments]",
    ],
)
def test_referrals_beside_a_calculated_difference_stay_rounded(tmp_path, formula):
    source = table_book(
        tmp_path / "t.xlsx", "Attachments", ATTACHMENTS, "Referrals not attached", formula
    )
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Table_1"]
    assert column(sheet, 2) == [1420, 980, 2260, 1100, 860, "=SUM(B7:B11)"]
    assert column(sheet, 3) == [1200, 820, 1940, 940, 720, "=SUM(C7:C11)"]
    assert column(sheet, 4)[:5] == [f"=B{r}-C{r}" for r in range(7, 12)]


def test_referrals_beside_referrals_without_an_outcome_stay_and_the_outcomes_go(tmp_path):
    """The difference of referrals and outcomes gives the outcomes back: it goes with them, the
    referrals stay."""
    formula = f"={THIS_ROW.format('Referrals')}-{THIS_ROW.format('Job outcomes')}"
    source = table_book(
        tmp_path / "t.xlsx", "Job outcomes", OUTCOMES, "Referrals without a job outcome", formula
    )
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy)
    sheet = book["Table_1"]
    assert column(sheet, 2) == [1420, 980, 2260, 1100, 860, "=SUM(B7:B11)"]
    assert column(sheet, 3) == [None] * 6
    assert column(sheet, 4) == [None] * 6
    shares = book["Job outcomes %"]
    assert [shares.cell(r, 2).value for r in range(7, 12)] == [0.21, 0.15, 0.34, 0.19, 0.12]


NUMBER_AND_PERCENTAGE = [[412, 377], [298, 251], [506, 440]]


def number_and_percentage(title: str) -> list[list]:
    """A table in long form, as published: each authority's number on one line and its share
    on the next, the line's kind in a column of its own ('Measure')."""
    rows: list[list] = [[title], [], ["Local authority", "Measure", "2021-22", "2022-23"]]
    totals = [sum(line[i] for line in NUMBER_AND_PERCENTAGE) for i in range(2)]
    for area, line in zip(["Bolton", "Bury", "Wigan"], NUMBER_AND_PERCENTAGE, strict=True):
        rows.append([area, "Number", *line])
        rows.append(
            [area, "Percentage", *[round(n / t, 3) for n, t in zip(line, totals, strict=True)]]
        )
    return rows


@pytest.mark.parametrize(
    "title",
    [
        "Table 14: Job starts by local authority, number and percentage",
        "Table 14: Job starts by local authority (numbers and percentages)",
    ],
)
def test_numbers_under_a_title_naming_numbers_and_percentages_stay_rounded(tmp_path, title):
    """Found building published long-form tables: a title naming the percentages made every
    figure a rate, the numbers on their own lines too, and every job start was dropped (WRONG).
    A title naming numbers and rates both, over lines saying which are the rates, is no unit
    of every figure (analyse/cells.title_words)."""
    source = write_book(tmp_path / "n.xlsx", {"Table_14": number_and_percentage(title)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Table_14"]
    body = [[sheet.cell(r, c).value for c in (2, 3, 4)] for r in range(6, 12)]
    assert body == [
        ["Number", 420, 380],
        ["Percentage", None, None],
        ["Number", 300, 260],
        ["Percentage", None, None],
        ["Number", 500, 440],
        ["Percentage", None, None],
    ]


def test_a_title_of_percentages_alone_still_makes_its_figures_rates(tmp_path):
    """'Job starts as a percentage of referrals' over years names no numbers: its figures are
    rates still, and whole ones are not rounded as counts."""
    rows = [
        ["Table 15: Job starts as a percentage of referrals, by local authority"],
        [],
        ["Local authority", "2021-22", "2022-23", "Change (%)"],
        ["Bolton", 23, 27, 4],
        ["Bury", 31, 29, -2],
    ]
    copy, _ = sanitised_beside(write_book(tmp_path / "r.xlsx", {"Table_15": rows}))
    sheet = openpyxl.load_workbook(copy)["Table_15"]
    assert [sheet.cell(r, c).value for r in (6, 7) for c in (2, 3)] == [None] * 4


# Referrals and job starts by area, a hierarchy in one label column shown by indent, each total
# above its parts; Preston has one Jobcentre office, so its line repeats the office's figures.
OFFICES = [
    ("North West", 0, 1850, 580),
    ("Greater Manchester CPA", 1, 1180, 250),
    ("Bolton", 2, 630, 130),
    ("Bolton JCP", 3, 310, 60),
    ("Farnworth JCP", 3, 320, 70),
    ("Wigan", 2, 550, 120),
    ("Wigan JCP", 3, 270, 50),
    ("Leigh JCP", 3, 280, 70),
    ("Lancashire CPA", 1, 670, 330),
    ("Preston", 2, 490, 150),
    ("Preston JCP", 3, 490, 150),
    ("Blackburn", 2, 180, 180),
    ("Blackburn JCP", 3, 90, 90),
    ("Darwen JCP", 3, 90, 90),
]


def offices_book(path: Path, spaces: bool) -> Path:
    """The hierarchy set out by the cells' indent format, or by leading spaces."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Table_5"
    sheet.append(["Table 5: Referrals and job starts by area and Jobcentre office, 2022-23"])
    sheet.append([])
    sheet.append(["Area", "Referrals", "Job starts"])
    for name, level, referrals, starts in OFFICES:
        sheet.append([" " * 2 * level + name if spaces else name, referrals, starts])
        if not spaces:
            sheet.cell(sheet.max_row, 1).alignment = Alignment(indent=level)
    book.save(path)
    return path


@pytest.mark.parametrize("spaces", [False, True], ids=["indent format", "leading spaces"])
def test_a_total_over_an_area_of_one_office_is_the_sum_of_the_shown_lines(tmp_path, spaces):
    """Found building indented hierarchies (LEAK, and a PROOF HOLE): no total of one line was
    read, so 'Lancashire CPA' added up more than its lines ('Preston' and its one office both)
    and was rounded on its own, 680 where the lines under it show 500 + 200, and the proof
    passed it. A line set out over one line more indented under it is that line's total
    (analyse/looks.heads_of_one, read by analyse/trees); the proof reads the indents itself
    (verify/indented_totals)."""
    copy, _ = sanitised_beside(offices_book(tmp_path / "o.xlsx", spaces))
    sheet = openpyxl.load_workbook(copy)["Table_5"]
    assert [sheet.cell(r, 2).value for r in range(14, 20)] == [
        "=SUM(B15,B17)",
        "=SUM(B16)",
        500,
        "=SUM(B18:B19)",
        100,
        100,
    ]
    assert sheet["B6"].value == "=SUM(B7,B14)"


def test_the_proof_alone_refuses_a_total_over_an_area_of_one_office_rounded_alone(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(totals_of_totals, "named_heads", lambda *args: [])  # it reads them too
    source = offices_book(tmp_path / "o.xlsx", spaces=False)

    def rounded_alone(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Table_5")
        for col, value in ((1, 680), (2, 340)):  # the CPA's own figures rounded: 670, 330
            sheet.cells[(13, col)] = replace(sheet.cells[(15, col)], value=value, formula=None)

    found = proved(tmp_path, source, rounded_alone)
    assert {f.part for f in found if "indented" in f.kind} == {"'Table_5' B14", "'Table_5' C14"}
    assert proved(tmp_path, source) == []


def summary_book(path: Path, hidden: bool) -> Path:
    """'Summary' adding up the columns of an Excel table ('Flows') on sheet 'Table_1', by
    structured references: ``=SUM(Flows[Referrals])``."""
    book = xlsxwriter.Workbook(str(path))
    summary, data = book.add_worksheet("Summary"), book.add_worksheet("Table_1")
    data.write(0, 0, "Table 1: Referrals and attachments by local authority, 2022-23")
    lines = [[a, r, s] for a, r, s in zip(AREAS, REFERRALS, ATTACHMENTS, strict=True)]
    heads = [{"header": h} for h in ("Local authority", "Referrals", "Attachments")]
    data.add_table(2, 0, 2 + len(lines), 2, {"data": lines, "name": "Flows", "columns": heads})
    if hidden:
        data.hide()
    summary.write_row(0, 0, ["Summary: Greater Manchester, 2022-23"])
    summary.write_row(2, 0, ["Measure", "Total"])
    for row, (measure, figures) in enumerate(
        (("Referrals", REFERRALS), ("Attachments", ATTACHMENTS))
    ):
        summary.write(3 + row, 0, measure)
        summary.write_formula(3 + row, 1, f"=SUM(Flows[{measure}])", None, sum(figures))
    book.close()
    return path


def test_a_summary_adding_up_another_sheets_table_is_rebuilt_over_it(tmp_path):
    """Found building packs of Excel tables (WRONG): the summary's totals, named by another
    sheet's table, were read as formulas over no cells and removed. The reader writes them out
    over that sheet's cells (wpxl/read/tables), and reads the two sheets together."""
    copy, _ = sanitised_beside(summary_book(tmp_path / "s.xlsx", hidden=False))
    book = openpyxl.load_workbook(copy)
    assert [book["Summary"].cell(r, 2).value for r in (6, 7)] == [
        "=SUM(Table_1!B6:B10)",
        "=SUM(Table_1!C6:C10)",
    ]
    assert [book["Table_1"].cell(r, 2).value for r in range(6, 11)] == [1420, 980, 2260, 1100, 860]


def test_a_summary_adding_up_a_hidden_sheets_table_is_still_removed(tmp_path):
    copy, _ = sanitised_beside(summary_book(tmp_path / "s.xlsx", hidden=True))
    book = openpyxl.load_workbook(copy)
    assert "Table_1" not in book.sheetnames
    assert [book["Summary"].cell(r, 2).value for r in (6, 7)] == [None, None]


def test_a_table_saved_by_a_script_without_its_differences_values_is_refused_plainly(tmp_path):
    """Found building GSS tables with openpyxl, which stores no formula's value (REFUSAL with
    the wrong advice): the totals row's SUBTOTAL over the calculated column, written as the
    difference of the totals, was refused as 'a difference that is not the input's at its
    place', with the advice to report the file to the maintainers. The input holds no value
    there to compare with: the proof says so (verify/totals._difference), and the advice is to
    save the workbook in Excel."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Table_1"
    sheet.append(["Table 1: Referrals and attachments by local authority, 2022-23"])
    sheet.append(["This worksheet contains one table."])
    sheet.append(["Local authority", "Referrals", "Attachments", "Referrals not attached"])
    difference = f"={THIS_ROW.format('Referrals')}-{THIS_ROW.format('Attachments')}"
    for line in zip(AREAS, REFERRALS, ATTACHMENTS, strict=True):
        sheet.append([*line, difference])
    heads = ["Referrals", "Attachments", "Referrals not attached"]
    sheet.append(["Total", *[f"=SUBTOTAL(109,Table1[{h}])" for h in heads]])
    sheet.add_table(Table(displayName="Table1", ref="A3:D9", totalsRowCount=1))
    book.save(tmp_path / "t.xlsx")
    args = ["sanitise", str(tmp_path / "t.xlsx"), "--out-dir", str(tmp_path)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr == (
        "wpxl: t.xlsx: the sanitised copy failed its leak check ('Table_1' D9: a total where "
        "the input stores no value for its formula), so it was deleted. The workbook was saved "
        "without its formulas' results (as a script such as openpyxl saves one), and wpxl "
        "cannot work out the total named: open the workbook in Excel, save it, and try again.\n"
    )


def filtered_book(path: Path, function: str) -> Path:
    """An Excel table filtered to three authorities (Bury and Oldham's rows hidden), its totals
    row ``SUBTOTAL(<function>,...)`` holding the shown rows' sum, as Excel stores it."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Table_1")
    sheet.write(0, 0, "Table 1: Referrals and attachments by local authority, 2022-23")
    data = [[a, r, s] for a, r, s in zip(AREAS, REFERRALS, ATTACHMENTS, strict=True)]
    shown = [line for i, line in enumerate(data) if i not in (1, 3)]
    columns = [{"header": "Local authority", "total_string": "Total"}]
    columns += [
        {"header": head, "total_function": "sum", "total_value": sum(line[i] for line in shown)}
        for i, head in ((1, "Referrals"), (2, "Attachments"))
    ]
    options = {"data": data, "name": "Flows", "columns": columns, "total_row": True}
    sheet.add_table(2, 0, 3 + len(data), 2, options)
    for i in (1, 3):
        sheet.set_row(3 + i, None, None, {"hidden": True})
    if function != "109":
        for col, letter in ((1, "B"), (2, "C")):
            total = sum(line[col] for line in shown)
            sheet.write_formula(8, col, f"=SUBTOTAL({function},{letter}4:{letter}8)", None, total)
    book.close()
    return path


def test_a_filtered_tables_totals_row_is_the_sum_of_its_shown_rows(tmp_path):
    """Found building filtered Excel tables (WRONG): the totals row, SUBTOTAL(109) over the
    column, was removed as a total over hidden rows, though it leaves them out itself: its
    value is the shown rows' sum. It adds up the shown rows, rebuilt over them
    (analyse/hidden_totals)."""
    copy, _ = sanitised_beside(filtered_book(tmp_path / "f.xlsx", "109"))
    sheet = openpyxl.load_workbook(copy)["Table_1"]
    lines = [[sheet.cell(r, c).value for c in (1, 2, 3)] for r in range(6, 10)]
    assert lines == [
        ["Bolton", 1420, 1200],
        ["Manchester", 2260, 1940],
        ["Rochdale", 860, 720],
        ["Total", "=SUM(B6:B8)", "=SUM(C6:C8)"],
    ]


def test_a_subtotal_counting_hidden_rows_over_them_is_still_removed(tmp_path):
    """SUBTOTAL(9) counts rows hidden by hand: over hidden rows it is no total of the rest."""
    copy, _ = sanitised_beside(filtered_book(tmp_path / "f.xlsx", "9"))
    sheet = openpyxl.load_workbook(copy)["Table_1"]
    assert [sheet.cell(9, c).value for c in (2, 3)] == [None, None]


PUBLISHED, REVISED = [1249, 1187, 1203, 1311], [1251, 1179, 1236, 1318]


def revisions(head: str) -> list[list]:
    """Referrals by month as first published and as revised, and the revision typed beside."""
    rows: list[list] = [
        ["Table 30: Referrals by month, previously published and revised figures"],
        [],
        ["Month", "Previously published", "Revised", head],
    ]
    months = ["Apr 2023", "May 2023", "Jun 2023", "Jul 2023"]
    for month, first, then in zip(months, PUBLISHED, REVISED, strict=True):
        rows.append([month, first, then, then - first])
    return rows


@pytest.mark.parametrize("head", ["Revision", "Revised minus published"])
def test_a_typed_revision_is_worked_out_from_the_rounded_figures(tmp_path, head):
    """Found building revisions tables (LEAK, PROOF HOLE): 'Revision' (the revised figure less
    the one first published) was rounded on its own, 0 beside 1,240 and 1,260 (the revision
    was 2), which tells the reader both figures lie within 10 of 1,250; the proof passed it.
    'Revision', 'minus' and 'growth' are words of a difference, in the analysis
    (analyse/differences) and the proof (verify/differences) alike."""
    copy, _ = sanitised_beside(write_book(tmp_path / "r.xlsx", {"T30": revisions(head)}))
    sheet = openpyxl.load_workbook(copy)["T30"]
    assert [sheet.cell(6, c).value for c in (2, 3, 4)] == [1240, 1260, "=C6-B6"]
    assert [sheet.cell(r, 4).value for r in range(7, 10)] == ["=C7-B7", "=C8-B8", "=C9-B9"]


def test_the_proof_alone_refuses_a_revision_rounded_on_its_own(tmp_path):
    source = write_book(tmp_path / "r.xlsx", {"T30": revisions("Revision")})

    def rounded_alone(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "T30")
        sheet.cells[(5, 3)] = replace(sheet.cells[(5, 1)], value=0, formula=None)

    found = proved(tmp_path, source, rounded_alone)
    assert "'T30' D6" in {f.part for f in found if "difference" in f.kind}


GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Ex-IB"]
MONTHLY = {
    "April 2023": [[412, 301], [377, 290], [298, 201], [511, 402]],
    "May 2023": [[389, 344], [611, 402], [702, 388], [655, 120]],
    "June 2023": [[501, 577], [598, 480], [910, 355], [870, 316]],
}


@pytest.mark.parametrize("first", [True, False], ids=["total first", "total last"])
def test_a_quarters_block_under_a_repeated_header_is_the_sum_of_the_months(tmp_path, first):
    """Found building stacked monthly blocks (REFUSAL): each month's block under the header
    line repeated ('April 2023 | Referrals | Attachments'), no blank line between, and the
    quarter's block last adding them up line by line. Read as one block, the quarter's lines
    were rounded on their own and the proof refused the copy. A header line repeated in the
    body parts the blocks as a line with no figure does (analyse/header_repeats)."""
    blocks = {**MONTHLY, "Quarter 1 2023-24": [
        [sum(m[i][k] for m in MONTHLY.values()) for k in (0, 1)] for i in range(4)
    ]}  # fmt: skip
    rows: list[list] = [["Table 33: Referrals and attachments by payment group and month"]]
    for name, lines in blocks.items():
        rows.append([name, "Referrals", "Attachments"])
        total = ["All payment groups", *[sum(line[k] for line in lines) for k in (0, 1)]]
        body = [[group, *line] for group, line in zip(GROUPS, lines, strict=True)]
        rows += [total, *body] if first else [*body, total]
    copy, _ = sanitised_beside(write_book(tmp_path / "q.xlsx", {"T33": rows}))
    sheet = openpyxl.load_workbook(copy)["T33"]
    quarter = 3 + 3 * 6 + 2 + (1 if first else 0)  # the quarter's first payment group's row
    starts = [5 + 6 * b + (1 if first else 0) for b in range(3)]
    assert sheet.cell(quarter, 2).value == f"=SUM({','.join(f'B{r}' for r in starts)})"


def test_a_chain_of_areas_of_one_line_each_is_no_circle(tmp_path):
    """Found fuzzing indented hierarchies after the fix above (REFUSAL): 'All areas' over one
    region over one authority over one office, all the same figures. The office's line, a count
    equal to the total line near it, was read as that total's twin, and then as the twin of the
    grand total adding it up through the lines between: a circle, refused. A line is no twin of
    a total that adds it up through other totals (analyse/twin_totals._parts)."""
    rows: list[list] = [["Referrals by area and office, 2022-23"], [], ["Area", "Referrals"]]
    for level, name in enumerate(["All areas", "North West", "Wigan", "Wigan JCP"]):
        rows.append(["  " * level + name, 252, 389])
    rows[2].append("Job starts")
    copy, _ = sanitised_beside(write_book(tmp_path / "c.xlsx", {"Areas": rows}))
    sheet = openpyxl.load_workbook(copy)["Areas"]
    assert [sheet.cell(r, 2).value for r in range(6, 10)] == [
        "=SUM(B7)",
        "=SUM(B8)",
        "=SUM(B9)",
        260,
    ]


def test_a_repeated_header_line_is_no_outcome_left_out_of_the_shares(tmp_path):
    """Found building long-form monthly outcome tables (COSMETIC): 'Month | Payment group | Job
    outcomes | Sustainments' repeated over each month's lines was named on the cover and the
    percentage sheet as a line whose figure wpxl cannot read, left out of the shares' base. A
    repeated header line is no part of a breakdown (plan/percent_lines._unread_parts)."""
    rows: list[list] = [["Table 19: Job outcomes by payment group and month"]]
    for month, figures in (
        ("Apr 2023", [(41, 88), (67, 120)]),
        ("May 2023", [(38, 97), (71, 131)]),
    ):
        rows.append(["Month", "Payment group", "Job outcomes", "Sustainments"])
        rows += [[month, group, *f] for group, f in zip(GROUPS, figures, strict=False)]
    copy, printed = sanitised_beside(write_book(tmp_path / "m.xlsx", {"Table_19": rows}))
    cover = openpyxl.load_workbook(copy).worksheets[0]  # wpxl's cover, first
    texts = [c.value for line in cover.iter_rows() for c in line if isinstance(c.value, str)]
    assert "Warnings (0)" in texts
    assert "0 warnings" in printed
