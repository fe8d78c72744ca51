"""Session 37 (left): session 36's "read wrong, said wrong" leftovers, each a real pack's layout.

A provider's name holding a digit in a table's title ('A4e job outcomes by payment group,
2013-14', 'G4S job outcomes by payment group') made the cover call the table 'table 1': a title
holding any number but a year, an age band or its own 'Table 2' was judged to hide a count,
and the digit of 'A4e' was read as one. A digit between letters is no number a count is written
with, and the proof's reading of numbers finds none there: the cover names the table by its
title now (plan/table_names ``_NAMING``), as it named 'Ingeus Deloitte job outcomes by payment
group'.

The cover listed what it removed as 'job outcomes volumes' and 'sustainments volumes': the
measure's name glued before 'volumes'. It says 'job outcome volumes', 'sustainment volumes'
and 'job outcome and sustainment volumes' now (plan/unshared_outcomes ``volumes_of``).

A place named by its number ('Site 101', 'Office 245') has been a name on a sheet of volumes
since session 36, but on an outcome table's percentage sheet its label was removed as 'it
quotes an unrounded figure' (the percentage sheet's own reading of its labels had no place
words: a label's number of 100 or more that rounding would change was a figure), and, once
the plan kept it, as 'it states an amount about outcomes'; the proof refused it so too (its
percentage sheet's words read 'Site 101' as an amount). Both readings take a place's number as
its name now (plan/percentages with read/place_numbers; verify/percent_words
``_PLACE_NUMBER``, its own), and 'Site 101 job outcomes' or 'Site 1,377' is still an amount to
the proof. A tab named 'Office 245' was renamed 'Sheet 2' as quoting a figure, as the workbook
is read: the place words moved from the plan to the reading of the workbook
(read/place_numbers), which names its sheets by them (read/sheetnames) as the plan names its
labels, and the check of the names before the copy is written (sanitise) reads them so. Three
tests of session 9's sheet names (tests/read/test_sheet_names.py) named their tabs 'Area 307',
'Region 101': they are named 'Leeds 307', 'Leeds 101' now, which still quote a figure.

A contents sheet ('No. | Sheet | Description', each sheet's name typed or a =HYPERLINK to it)
still listed 'Job outcomes' under its title after the sheet became the percentage sheet 'Job
outcomes %', and a sheet left out (--leave-out) as if the copy held it. A list of the
workbook's sheets (a sheet holding no figure, two or more of its texts each a sheet's name)
names each now as the copy holds it (plan/contents_lists): the percentage sheet's name, its
title marked '(as percentages)', or '(not in this copy)'. A summary whose lines are named as the
sheets are ('Referrals', 'Job outcomes') holds figures, and is no list. A hidden sheet listed
is marked '(not in this copy)' too, and the title of a sheet whose outcome figures moved to a
percentage sheet says so. Where the percentage sheet is numbered ('Job outcomes 2 %', a sheet
before it having made 'Job outcomes %'), the proof refused the list naming it, reading the 2
as an amount of outcomes; a text that is one of the copy's sheet names is judged as that
name is now (verify/amounts ``stated_amounts``), and a number no sheet is named by ('Job
outcomes 47 %') is still refused. ONS's contents lists its tables by number ('16', typed as a
number, the tab named '16') and 'Cover sheet' for the tab 'Cover_sheet': both are read as the
sheets' names; a number stays (the proof reads the list's numbers as a run) and the line's
words say where its figures went.

A typed average ('Average per month', 'Per month', 'Mean' beside three months, or a line
'Average per month' under them) has been removed since session 36, as an average of counts is
no count to round nor a total the guidance rebuilds, but the cover called it 'a rate wpxl
cannot work out from shared figures': a reader looked for a rate. It says 'an average of
unrounded figures' now (plan/averages). Rebuilding it over the rounded months was weighed and
left: the guidance rebuilds totals (R5), and the rounded months it averages are on the sheet.

Counts stated in thousands to a decimal place (44.2 under 'Referrals (000s)', 'Referrals
thousands', or a title '... (000s)') were removed as 'a decimal number that is not a count':
44.2 thousand is 44,200 people. The copy cannot show 44.2 and prove it rounded without the
proof reading thousands wherever it reads a count, so they are still removed, saying they are
counts in thousands and asking for the whole counts (analyse/thousands, with
analyse/decimal_lines for a whole figure among them). Whole numbers in thousands are rounded
as counts, as tests/analyse/test_held_out_shapes.py has them (see the report: 8 thousand job
starts show as 0).

A table of averages by year (MoJ's A1.2 layout: 'Year | Average per month', one year marked
'2009⁽²⁾' for a note) lost every figure as averages, and its marked year, alone
on its line, was read as a title and removed as quoting a figure where 2009 was a count
elsewhere in the book (the years typed as numbers stayed). A year, marked or not, between
years down its column is its line's label (plan/lone_texts), as the proof reads it already.

Session 36 gave a rebuilt whole percentage under General one decimal, and the rebuilt index
and a typed whole '% change' have it on main. A '% change' typed as a fraction under General
(0.0944) was rebuilt as =(C6-B6)/B6 and still shown under General, 0.0952380952380952: a
share or change as a fraction is shown to three places now (plan/volumes ``_shown_percent``),
the same tenth of a per cent; a difference of counts keeps General.

'Selby had one referral in May' was removed as quoting an unrounded figure (a number word is
judged as its number), but 'Selby had a single referral in May', 'only a handful of referrals'
and 'a couple of job starts' were kept: rounding to 20 shows any count under 10 as 0 so that
no one is picked out, and these say how many there were below it. Referrals may be shared, but
rounded: such a note is removed now, as '3 referrals' is (plan/few_counted), and the proof
refuses it on its own reading (verify/texts ``FEW_COUNTED``); 'a few weeks' counts nothing and
stays, and so does 'a single code for referrals' (ONS's cover: 'to derive a single cause group
for stillbirths'), a word bringing in what is counted standing between.
"""

from __future__ import annotations

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.builders import script_book, write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.cli import app
from wpxl.model import OutputCell, Plan
from wpxl.verify.percent_words import STATED
from wpxl.verify.texts import FEW_COUNTED

GROUPS = [("JSA 18-24", 413, 41), ("JSA 25+", 287, 28), ("ESA Flow", 199, 19)]


@pytest.mark.parametrize(
    "title", ["A4e job outcomes by payment group, 2013-14", "G4S job outcomes by payment group"]
)
def test_a_title_naming_a_provider_with_a_digit_names_its_table_on_the_cover(tmp_path, title):
    rows: list[list] = [[title], [], ["Payment group", "Job outcomes"]]
    rows += [[group, outcomes] for group, _, outcomes in GROUPS]
    _, printed = sanitised_beside(script_book(tmp_path / "outcomes.xlsx", {"Outcomes": rows}))
    assert f"removed: table '{title}' on 'Outcomes': outcome volumes are never shared" in printed
    assert "table 1" not in printed


def test_the_cover_says_job_outcome_volumes_not_job_outcomes_volumes(tmp_path):
    rows: list[list] = [["Referrals and job outcomes by payment group"], []]
    rows.append(["Payment group", "Referrals", "Job outcomes"])
    rows += [list(line) for line in GROUPS]
    copy, _ = sanitised_beside(script_book(tmp_path / "pack.xlsx", {"Performance": rows}))
    cover = openpyxl.load_workbook(copy)["About this workbook"]
    lines = [c.value for c in cover["A"] if isinstance(c.value, str)]
    assert any(line.startswith("- job outcome volumes, 'Performance' C4:C6") for line in lines)
    assert not any("outcomes volumes" in line for line in lines)


SITES = [("Site 101", 41), ("Site 245", 28), ("Site 1377", 19)]


def _sites(tmp_path):
    """Referrals by site on a tab named 'Office 245', and job outcomes by site (counts of 245
    and 101 among the referrals: the numbers the tab and a label name their places by)."""
    referrals: list[list] = [["Referrals by site"], [], ["Site", "Referrals"]]
    referrals += [["Site 101", 245], ["Site 245", 101], ["Site 1377", 199]]
    outcomes: list[list] = [["Job outcomes by site"], [], ["Site", "Job outcomes"]]
    outcomes += [list(line) for line in SITES]
    book = {"Office 245": referrals, "Outcomes": outcomes}
    return script_book(tmp_path / "sites.xlsx", book)


def test_places_named_by_number_stay_on_a_percentage_sheet_and_as_a_tabs_name(tmp_path):
    copy, printed = sanitised_beside(_sites(tmp_path))
    book = openpyxl.load_workbook(copy, data_only=True)
    assert "Office 245" in book.sheetnames
    shares = book["Job outcomes %"]
    assert [shares.cell(row, 1).value for row in (7, 8, 9)] == ["Site 101", "Site 245", "Site 1377"]
    assert "text," not in printed and "Sheet 2" not in printed


@pytest.mark.parametrize("label", ["Site 101 job outcomes", "Site 1,377", "Site 101 (12)"])
def test_the_proof_alone_refuses_a_place_carrying_an_amount_on_a_percentage_sheet(tmp_path, label):
    source = _sites(tmp_path)

    def carried(plan: Plan) -> None:  # the label written with an amount beside its name
        cells = next(s for s in plan.sheets if s.name == "Job outcomes %").cells
        cells[(6, 0)] = OutputCell(label, style=cells[(6, 0)].style, kind="label")

    assert proved(tmp_path, source) == []
    assert "'Job outcomes %' A7" in {f.part for f in proved(tmp_path, source, carried)
                                     if f.kind == STATED}  # fmt: skip


def _pack(contents: list[list]) -> dict[str, list[list]]:
    """A pack opening on ``contents``, then referrals, job outcomes (wholly outcomes: shown as
    a percentage sheet) and notes, each on a sheet of its own."""
    referrals: list[list] = [["Referrals by payment group"], [], ["Payment group", "Referrals"]]
    outcomes: list[list] = [
        ["Job outcomes by payment group"],
        [],
        ["Payment group", "Job outcomes"],
    ]
    referrals += [[group, count] for group, count, _ in GROUPS]
    outcomes += [[group, count] for group, _, count in GROUPS]
    notes = [["Notes"], ["Figures are for the Leeds contract package area."]]
    return {"Contents": contents, "Referrals": referrals, "Job outcomes": outcomes, "Notes": notes}


def _contents(linked: bool) -> list[list]:
    """'No. | Sheet | Description', each sheet's name typed or a =HYPERLINK to it."""

    def sheet(name: str) -> str:
        return f'=HYPERLINK("#\'{name}\'!A1","{name}")' if linked else name

    return [
        ["Contents"],
        [],
        ["No.", "Sheet", "Description"],
        [1, sheet("Referrals"), "Referrals by payment group"],
        [2, sheet("Job outcomes"), "Job outcomes by payment group"],
        [3, sheet("Notes"), "Notes and definitions"],
    ]


@pytest.mark.parametrize("linked", [False, True], ids=["typed", "linked"])
def test_a_contents_list_names_an_outcome_sheet_as_the_percentage_sheet_it_became(tmp_path, linked):
    names = [(4, "Referrals"), (5, "Job outcomes"), (6, "Notes")]  # each link's as last shown
    cached = {("Contents", f"B{row}"): name for row, name in names}
    source = write_book(tmp_path / "pack.xlsx", _pack(_contents(linked)), cached=cached)
    copy, _ = sanitised_beside(source)
    contents = openpyxl.load_workbook(copy, data_only=True)["Contents"]
    assert [[c.value for c in contents[row][1:3]] for row in (6, 7, 8)] == [
        ["Referrals", "Referrals by payment group"],
        ["Job outcomes %", "Job outcomes by payment group (as percentages)"],
        ["Notes", "Notes and definitions"],
    ]


def test_a_contents_list_marks_a_sheet_left_out_of_the_copy(tmp_path):
    source = script_book(tmp_path / "pack.xlsx", _pack(_contents(False)))
    args = ["sanitise", str(source), "--out-dir", str(tmp_path), "--leave-out", "Notes"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    copy = openpyxl.load_workbook(tmp_path / "pack-sanitised.xlsx")["Contents"]
    assert copy["B8"].value == "Notes (not in this copy)"


def test_a_summary_whose_lines_are_named_as_its_sheets_is_no_contents_list(tmp_path):
    summary: list[list] = [["Summary, 2013-14"], [], ["Measure", "Total"]]
    summary += [["Referrals", 899], ["Job outcomes", 88]]
    book = {**_pack([["Contents"], ["See each sheet."]]), "Summary": summary}
    copy, _ = sanitised_beside(script_book(tmp_path / "pack.xlsx", book))
    shown = openpyxl.load_workbook(copy)["Summary"]
    assert [shown["A6"].value, shown["A7"].value] == ["Referrals", "Job outcomes"]


@pytest.mark.parametrize("head", ["Per month", "Mean", "Monthly average"])
def test_a_typed_average_is_removed_saying_it_is_an_average(tmp_path, head):
    rows: list[list] = [["Referrals by office, Q1 2013-14"], []]
    rows.append(["Office", "Apr 2013", "May 2013", "Jun 2013", "Total", head])
    for office, *months in [("Leeds", 137, 151, 163), ("Bradford", 411, 389, 402)]:
        rows.append([office, *months, sum(months), round(sum(months) / 3)])
    _, printed = sanitised_beside(script_book(tmp_path / "months.xlsx", {"Referrals": rows}))
    assert "'Referrals' F4:F5: an average of unrounded figures" in printed
    assert "a rate wpxl cannot work out" not in printed


def test_an_average_line_under_the_months_is_removed_saying_so(tmp_path):
    rows: list[list] = [["Referrals by month"], [], ["Month", "Leeds", "Bradford"]]
    rows += [["Apr 2013", 137, 411], ["May 2013", 151, 389], ["Jun 2013", 163, 402]]
    rows += [["Total", 451, 1202], ["Average per month", 150, 401]]
    _, printed = sanitised_beside(script_book(tmp_path / "months.xlsx", {"Referrals": rows}))
    assert "'Referrals' B8: an average of unrounded figures" in printed


def _regions(units: str, title: str = "Referrals and job starts by region") -> list[list]:
    """Referrals and job starts by region in thousands to a decimal place, ``units`` at the end
    of each head, each line typed with its total."""
    rows: list[list] = [[title], [], ["Region", f"Referrals {units}".strip(), "Job starts"]]
    return [*rows, ["North", 44.2, 8.3], ["South", 31.7, 6.1], ["Total", 75.9, 14.4]]


@pytest.mark.parametrize(
    ("units", "title"),
    [("(000s)", "Referrals by region"), ("thousands", "Referrals by region"),
     ("", "Referrals by region (000s)")],
)  # fmt: skip
def test_counts_in_thousands_to_a_decimal_place_are_removed_saying_so(tmp_path, units, title):
    rows = _regions(units, title)
    copy, printed = sanitised_beside(script_book(tmp_path / "regions.xlsx", {"Referrals": rows}))
    shown = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    assert [shown.cell(row, 2).value for row in (6, 7, 8)] == [None] * 3
    assert "'Referrals' B4:B6: a count stated in thousands to a decimal place" in printed
    if not units:  # the title states the unit of every column
        assert "'Referrals' C4:C6: a count stated in thousands to a decimal place" in printed


def test_a_marked_year_alone_on_its_line_among_years_is_kept_as_its_label(tmp_path):
    years: list[list] = [
        ["Average referrals per month, by year"],
        [],
        ["Year", "Average per month"],
    ]
    for year, count in [(2007, 2009), (2008, 1951), ("2009\u207d\u00b2\u207e", 2214), (2010, 2402)]:
        years.append([year, round(count / 12, 1)])
    years += [[], ["(2) Figures for 2009 include the pilot areas."]]
    offices = [["Referrals by office"], [], ["Office", "Referrals"], ["Leeds", 2009], ["York", 311]]
    book = {"Averages": years, "Offices": offices}  # a count of 2009 among the offices
    copy, printed = sanitised_beside(script_book(tmp_path / "years.xlsx", book))
    shown = openpyxl.load_workbook(copy)["Averages"]
    assert [shown.cell(row, 1).value for row in (6, 7, 8, 9)] == [
        2007,
        2008,
        "2009\u207d\u00b2\u207e",
        2010,
    ]
    assert "quotes" not in printed


def test_a_typed_fraction_of_change_under_general_is_shown_to_a_tenth_of_a_per_cent(tmp_path):
    rows: list[list] = [["Referrals by office"], [], ["Office", "2012-13", "2013-14", "% change"]]
    for office, last, this in [("Leeds", 413, 452), ("Bradford", 287, 266), ("York", 199, 230)]:
        rows.append([office, last, this, round((this - last) / last, 4)])
    copy, _ = sanitised_beside(script_book(tmp_path / "change.xlsx", {"Referrals": rows}))
    shown = openpyxl.load_workbook(copy)["Referrals"]
    assert shown["D6"].value == "=(C6-B6)/B6"
    assert [shown[f"D{row}"].number_format for row in (6, 7, 8)] == ["0.000"] * 3


def test_a_contents_list_marks_a_hidden_sheet_and_a_sheet_whose_outcomes_moved(tmp_path):
    performance: list[list] = [["Referrals and job outcomes by payment group"], []]
    performance += [["Payment group", "Referrals", "Job outcomes"], *map(list, GROUPS)]
    contents = [
        ["Contents"],
        [],
        ["Performance", "Referrals and job outcomes by payment group"],
        ["Workings", "Calculations"],
        ["Notes", "Notes and definitions"],
    ]
    book = {**_pack(contents), "Performance": performance, "Workings": [["Calculations"]]}
    copy, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", book, hidden=("Workings",)))
    shown = openpyxl.load_workbook(copy)["Contents"]
    assert [[c.value for c in shown[row][:2]] for row in (5, 6, 7)] == [
        [
            "Performance",
            "Referrals and job outcomes by payment group (its outcome figures as percentages on "
            "a sheet of their own)",
        ],
        ["Workings (not in this copy)", "Calculations"],
        ["Notes", "Notes and definitions"],
    ]


def _numbered() -> dict[str, list[list]]:
    """A pack whose outcome sheet's percentage sheet is 'Job outcomes 2 %' (a sheet before it
    made 'Job outcomes %'), listed on its contents sheet."""
    performance: list[list] = [["Referrals and job outcomes by payment group"], []]
    performance += [["Payment group", "Referrals", "Job outcomes"], *map(list, GROUPS)]
    contents = [["Contents"], [], ["Performance", "Referrals and job outcomes"]]
    contents.append(["Job outcomes", "Job outcomes by payment group"])
    pack = _pack(contents)
    return {"Contents": contents, "Performance": performance, "Job outcomes": pack["Job outcomes"]}


def test_a_contents_list_names_a_numbered_percentage_sheet(tmp_path):
    copy, _ = sanitised_beside(script_book(tmp_path / "pack.xlsx", _numbered()))
    assert openpyxl.load_workbook(copy)["Contents"]["A6"].value == "Job outcomes 2 %"


def test_the_proof_alone_refuses_a_numbered_outcome_name_no_sheet_has(tmp_path):
    source = script_book(tmp_path / "pack.xlsx", _numbered())

    def listed(plan: Plan) -> None:  # a number no sheet is named by, beside outcomes
        cells = next(s for s in plan.sheets if s.name == "Contents").cells
        cells[(5, 0)] = OutputCell("Job outcomes 47 %", style=cells[(5, 0)].style, kind="kept")

    assert proved(tmp_path, source) == []
    assert "'Contents' A6" in {f.part for f in proved(tmp_path, source, listed)}


FEW = [
    "Note: Selby had a single referral in May.",
    "Note: Wakefield had only a handful of referrals this month.",
    "A couple of job starts in Selby are not yet verified.",
]


def _noted(tmp_path, note: str):
    rows: list[list] = [["Referrals by office"], [], ["Office", "Referrals"]]
    rows += [["Leeds", 413], ["Bradford", 287], [], [note]]
    return script_book(tmp_path / "noted.xlsx", {"Referrals": rows})


@pytest.mark.parametrize("note", FEW)
def test_a_small_count_of_referrals_in_words_is_removed_as_one_in_digits_is(tmp_path, note):
    copy, printed = sanitised_beside(_noted(tmp_path, note))
    assert openpyxl.load_workbook(copy)["Referrals"]["A9"].value is None
    assert "'Referrals' A7: it states a small count in words" in printed


@pytest.mark.parametrize(
    "note",
    ["Referrals took a few weeks to arrive.", "Each office has a single code for referrals."],
)
def test_a_few_weeks_is_no_count_and_stays(tmp_path, note):
    copy, _ = sanitised_beside(_noted(tmp_path, note))
    assert openpyxl.load_workbook(copy)["Referrals"]["A9"].value == note


@pytest.mark.parametrize("note", FEW)
def test_the_proof_alone_refuses_a_small_count_in_words_kept(tmp_path, note):
    source = _noted(tmp_path, note)

    def kept(plan: Plan) -> None:  # the note carried as the input has it
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[(8, 0)] = OutputCell(note, kind="kept")

    assert proved(tmp_path, source) == []
    assert ("'Referrals' A9", FEW_COUNTED) in {
        (f.part, f.kind) for f in proved(tmp_path, source, kept)
    }


def test_a_contents_list_of_tables_typed_as_numbers_names_them_as_the_copy_holds_them(tmp_path):
    pack = _pack([])
    contents = [["Contents"], [], ["Worksheet title", "Worksheet description"]]
    contents += [["Cover sheet", "About these tables"], [1, "Referrals"], [2, "Job outcomes"]]
    contents.append([3, "Notes"])
    book = {"Contents": contents, "Cover_sheet": [["About these tables"]]}
    book |= {"1": pack["Referrals"], "2": pack["Job outcomes"], "3": pack["Notes"]}  # as ONS
    copy, _ = sanitised_beside(script_book(tmp_path / "tables.xlsx", book))
    shown = openpyxl.load_workbook(copy)["Contents"]
    assert [[c.value for c in shown[row][:2]] for row in (6, 7, 8, 9)] == [
        ["Cover sheet", "About these tables"],
        [1, "Referrals"],
        [2, "Job outcomes (as percentages on a sheet of their own)"],
        [3, "Notes"],
    ]
