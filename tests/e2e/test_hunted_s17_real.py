"""What a hunt through more real published workbooks found (session 17).

The workbooks (ONS, MoJ, Home Office, Nomis) came from the ONS's SDG data-update repository
(ONSdigital/sdg_data_updates, its Example_Input folders), under the Open Government Licence
v3.0; each test copies its shape, with the figures the defect needs, into a small book.

ONS's UK Business Counts by local authority (a Nomis export, 8-10-1/Example_Input/
banks_by_LA.xlsx) lists 374 areas, each its local units a year from 2010 to 2022, every cell
rounded to 5 at source, a 'Column Total' at the foot. With the rebuilding policy a Nomis
table needs, 'Scarborough' (25, 20, 20 ...) was read as the total of 'Richmondshire' and
'Ryedale' above it (10 + 15 = 25 in seven years, 5 off in six: what rounding to 5 does to a
sum of two), and nine more areas so; each was shown as the sum of its neighbours, rounded
(40 where its own 25 rounds to 20), and the Column Total left those neighbours out. The proof,
holding each total within 10 a part of the source's, passed it. A line no label or look marks
as a total is no longer read as one over parts it misses in some columns when the source
rounds every cell (its misses are that rounding, and such small figures add up by chance).
Of two runs a total misses alike, the nearer is its run now (the Column Total, rounded on its
own, is 25 over its 374 areas: the shortest run it nears left the first three out), and the
proof refuses both copies on its own (verify/chance_totals).

ONS's deaths from forces of nature (13-1-1/Example_Input/ons_disaster_deaths.xlsx) give a year
a line under 'Registration Year', 2001 to 2018, the country named on the first line only, the
deaths and their crude rates beside them. The years were rounded as counts (2001 -> 2000) and
the proof, which asked only a column headed 'Year', 'Calendar year' or 'Financial year', passed
it. A year named by what it dates ('Registration year', 'Year of registration', 'Occurrence
year', 'Reference year') heads years, as 'Year' does, in the analysis and in the proof.

ONS's child and infant mortality by number of previous children (3-2-1_new/Example_Input/
EXAMPLE_cim2020deathcohortworkbook.xlsx, Table 7) gives each cause of death a block: its 'All'
line over the lines 0, 1, 2, '3 or more', 'Not stated', 'Unlinked deaths'. For 'Other specific
conditions' the line '2' (25, 1, 1, 5, 6) is its next two lines' sum in three columns and 2 off
in two (15 + 10, 0 + 1, 0 + 1, 3 + 0, 3 + 1): read as their total, a perturbation, so the block's
'All' line added up nothing and was rounded on its own, and the proof refused the whole
workbook. A source's perturbation is a few on a figure many times larger (MoJ's 9 over nearly
two thousand); a line missing its parts by a tenth of its own figure or more adds up by chance.
The same table's second column names its lines 'All', 0, 1, 2, '3 or more' (numbers among
words): only a first column's such numbers were labels, so 1 and 2 were rounded (to 0) and the
proof, asking a run of numbers only at its top (0), passed it. Such a column is labels now, and
the proof asks each of its numbers (verify/worded_labels).

Its birthweights are bands of grams written without a thousands separator ('1000-1499',
'2000-2499'); the proof read a band's ends as one only written '2,000 to 2,499', so it refused
the workbook over '2000-2499' (2000 a year, 2499 a figure), and the plan removed '1000-1499'
and '2500-2999' as labels quoting an unrounded figure. A band's four-digit ends are read as a
band's now, as the separated ones are, by the plan (plan/quoting) and the proof (verify/values).

Each of its sheets holds its table as an Excel table named as the sheet ('Table_10' on
'Table_10'). The tables are not carried, so their names counted as text of a dropped part, and
the proof refused every copy naming its own sheets (the cover's list, the package's sheet
list). A visible sheet's name is shown on its tab: no secret, whatever else names it.

Its gestational ages run a week a line down its first column, 'All', 'Under 22 weeks ...',
'22 weeks', then 23 to 41 typed as numbers, '42 weeks & over' (Tables 17, 23, 27): only
numbers from 0 or 1 among words were labels, so the weeks were rounded as counts (23 -> 20, 30
-> 40) and the proof passed the copy. Five or more numbers a step apart among words are labels
now, from wherever they start, and the proof asks them (verify/worded_labels).

ONS's NEET tables number each age group's columns 1 to 5 in a row under the header words: read
as counts, '3' rebuilt as '1' + '2', and the proof passed it. Such a row is headers now, and the
proof asks it (verify/group_numbering; see test_hunted_s17_labels2).

Its mortality Table 12 names lines by NS-SEC class, 1.1, 1.2, 2 to 8: 1.1 and 1.2 were removed
as decimals and 2 to 8 rounded, and the proof passed it. Class codes under a header naming a
class or code, among words, are labels now, and the proof asks them (verify/class_codes).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

YEARS = list(range(2010, 2023))
AREAS = [
    ["Craven", 15, 15, 15, 15, 15, 15, 15, 15, 15, 10, 10, 5, 5],
    ["East Riding of Yorkshire", 65, 60, 60, 60, 60, 60, 55, 50, 50, 45, 40, 35, 30],
    ["Kingston upon Hull, City of", 55, 50, 45, 45, 45, 40, 40, 40, 35, 30, 30, 25, 20],
    ["North East Lincolnshire", 35, 30, 25, 25, 25, 25, 25, 20, 20, 20, 15, 15, 15],
    ["North Lincolnshire", 35, 35, 20, 20, 20, 20, 20, 15, 20, 15, 15, 15, 10],
    ["York", 40, 35, 30, 30, 30, 30, 25, 25, 25, 20, 20, 20, 15],
    ["Hambleton", 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 15, 15, 15],
    ["Harrogate", 35, 35, 30, 30, 30, 30, 25, 25, 25, 25, 20, 15, 10],
    ["Richmondshire", 10, 10, 10, 10, 10, 10, 10, 10, 10, 5, 5, 5, 5],
    ["Ryedale", 15, 15, 15, 15, 15, 15, 10, 10, 10, 10, 10, 10, 5],
    ["Scarborough", 25, 20, 20, 20, 20, 20, 20, 20, 15, 15, 15, 15, 10],
    ["Selby", 15, 10, 10, 15, 15, 15, 10, 10, 10, 10, 5, 5, 5],
    ["Barnsley", 30, 25, 25, 25, 20, 20, 20, 15, 15, 15, 15, 15, 15],
    ["Doncaster", 35, 35, 35, 30, 30, 30, 30, 25, 25, 25, 25, 20, 20],
    ["Rotherham", 30, 30, 30, 30, 25, 25, 25, 20, 20, 20, 15, 15, 15],
    ["Sheffield", 115, 100, 90, 90, 90, 90, 85, 80, 75, 70, 55, 55, 50],
]  # ONS UK Business Counts (banks), as published: every cell rounded to 5


def _rebuild(tmp_path: Path) -> Path:
    """The policy a Nomis table needs: its cells are rounded, so its totals need not add up."""
    policy = tmp_path / "rebuild.toml"
    policy.write_text('source_totals = "rebuild"\n', encoding="utf-8")
    return policy


def nomis_areas() -> list[list]:
    """A Nomis export's shape: title lines, the query's settings, years across, an area a
    line, a 'Column Total' at the foot (rounded on its own, 5 over the sum of the areas in
    every year, as the real one is 25 over its 374), a note."""
    total = [sum(area[1 + y] for area in AREAS) + 5 for y in range(len(YEARS))]
    return [
        ["Referrals by local authority - local units by industry and employment size band"],
        ["ONS Crown Copyright Reserved [from Nomis on 4 July 2023]"],
        [],
        ["industry", "64191 : Banks"],
        [],
        ["local authority: district / unitary (as of April 2021)", *YEARS],
        *AREAS,
        ["Column Total", *total],
        [],
        ["All figures are rounded to avoid disclosure."],
    ]


def _copy(tmp_path: Path) -> dict[str, tuple]:
    book = write_book(tmp_path / "banks.xlsx", {"Data": nomis_areas()})
    output, _ = sanitised_beside(book, _rebuild(tmp_path))
    sheet = openpyxl.load_workbook(output)["Data"]
    return {row[0].value: row for row in sheet.iter_rows() if isinstance(row[0].value, str)}


def test_an_area_equal_to_its_neighbours_by_rounding_is_not_their_total(tmp_path):
    lines = _copy(tmp_path)
    for area in AREAS:
        shown = [cell.value for cell in lines[area[0]][1:14]]
        assert shown == [(v + 10) // 20 * 20 for v in area[1:]], area[0]


def test_the_column_total_adds_up_every_area(tmp_path):
    lines = _copy(tmp_path)
    first, last = lines[AREAS[0][0]][1].row, lines[AREAS[-1][0]][1].row
    for cell in lines["Column Total"][1:14]:
        column = cell.column_letter
        assert cell.value == f"=SUM({column}{first}:{column}{last})", column


def deaths_by_year(head: str = "Registration Year") -> list[list]:
    """ONS's Table 1 of deaths from forces of nature: notes above, a year a line under
    ``head``, the country on the first line only, the deaths (here referrals), their rate."""
    rows: list[list] = [
        ["Back to Contents"],
        ["Number of referrals and crude rates, England and Wales, 2001 to 2018"],
        ["1 Figures are for persons usually resident in England and Wales."],
        [],
        ["Country", head, "Referrals", "Rate per 100,000 population", None, "Lower 95% CI"],
    ]
    for at, year in enumerate(range(2001, 2019)):
        count = 90 + 7 * at % 50
        rate = count / 550000 * 100000
        rows.append(["England and Wales" if at == 0 else None, year, count, rate, None, rate * 0.8])
    return rows


def test_years_under_registration_year_are_kept(tmp_path):
    book = write_book(tmp_path / "deaths.xlsx", {"Table 1": deaths_by_year()})
    output, _ = sanitised_beside(book)
    sheet = openpyxl.load_workbook(output)["Table 1"]
    years = [row[1] for row in sheet.iter_rows(min_row=8, max_row=25, values_only=True)]
    assert years == list(range(2001, 2019))


def test_a_total_column_before_its_one_year_is_read(tmp_path):
    """Found by the generated tables' run (tests/analyse/test_generated_tables.py), not in a
    real book: 'Total referrals' over its one year, '2009', was read as that year's total and
    the year as its total too (analyse/far_end), a circle the analysis recursed round for ever."""
    rows: list[list] = [["Referrals by area"], [], ["Area", "Total referrals", 2009]]
    rows += [[name, f"=SUM(C{4 + at}:C{4 + at})", 50 + 37 * at] for at, name in enumerate("ABC")]
    cached = {("Data", f"B{4 + at}"): 50 + 37 * at for at in range(3)}
    output, _ = sanitised_beside(write_book(tmp_path / "one.xlsx", {"Data": rows}, cached=cached))
    lines = list(openpyxl.load_workbook(output)["Data"].iter_rows(min_row=5, values_only=True))
    assert lines[0][:3] == ("Area", "Total referrals", 2009)
    assert [line[1:3] for line in lines[1:4]] == [("=SUM(C6)", 60), ("=SUM(C7)", 80),
                                                 ("=SUM(C8)", 120)]  # fmt: skip


CAUSES = {
    "All causes": [
        [2371, 1296, 1651, 575, 2226],
        [1043, 510, 652, 215, 867],
        [594, 273, 358, 161, 519],
        [324, 153, 196, 75, 271],
        [271, 153, 194, 84, 278],
        [139, 65, 71, 12, 83],
        ["z", 142, 180, 28, 208],
    ],
    "Other specific conditions": [
        [137, 10, 13, 21, 34],
        [46, 5, 6, 7, 13],
        [41, 1, 1, 4, 5],
        [25, 1, 1, 5, 6],
        [15, 0, 0, 3, 3],
        [10, 1, 1, 0, 1],
        ["z", 2, 4, 2, 6],
    ],
}  # fmt: skip  (ONS's figures, as published)
CHILDREN = ["All", 0, 1, 2, "3 or more", "Not stated", "Unlinked deaths"]


def deaths_by_previous_children() -> list[list]:
    """ONS's Table 7: a block a cause of death, its 'All' line over the number of previous
    children (0, 1, 2 as numbers), the live births 'z' (not applicable) under each cause."""
    rows: list[list] = [["Table 7: Stillbirths and infant deaths by number of previous children"]]
    rows.append(["Cause group", "Number of previous children", "Stillbirths",
                 "Early neonatal deaths", "Neonatal deaths", "Postneonatal deaths",
                 "Infant deaths"])  # fmt: skip
    for cause, lines in CAUSES.items():
        rows += [[cause, label, *line] for label, line in zip(CHILDREN, lines, strict=True)]
    return rows


def _cim_policy(tmp_path: Path) -> Path:
    """What an analyst would write for ONS's mortality tables: what they count, rebuilt."""
    policy = tmp_path / "cim.toml"
    policy.write_text(
        'source_totals = "rebuild"\n[measure_words]\nreferrals = ["stillbirths", "deaths"]\n',
        encoding="utf-8",
    )
    return policy


def test_a_line_a_few_off_two_lines_beside_small_figures_is_no_total(tmp_path):
    book = write_book(tmp_path / "cim.xlsx", {"Table_7": deaths_by_previous_children()})
    output, _ = sanitised_beside(book, _cim_policy(tmp_path))
    lines = list(openpyxl.load_workbook(output)["Table_7"].iter_rows(values_only=True))
    head = next(i for i, line in enumerate(lines) if line[0] == "Other specific conditions")
    assert list(lines[head + 3][2:6]) == [20, 0, 0, 0]  # the line '2', rounded on its own
    for col, letter in enumerate("DEFG", start=3):
        assert lines[head][col] == f"=SUM({letter}{head + 2}:{letter}{head + 7})", letter


def test_numbers_of_previous_children_beside_words_are_labels(tmp_path):
    """The same Table 7: its second column names each line, 'All', then 0, 1, 2 (numbers),
    '3 or more', 'Not stated', 'Unlinked deaths'. Only a first column's such numbers were
    read as labels: here 1 and 2 were rounded as counts (to 0), and the lines could no longer
    be told apart, while every figure was a multiple of 20 and the proof passed the copy."""
    book = write_book(tmp_path / "cim.xlsx", {"Table_7": deaths_by_previous_children()})
    output, _ = sanitised_beside(book, _cim_policy(tmp_path))
    labels = [line[1] for line in openpyxl.load_workbook(output)["Table_7"].iter_rows(
        min_row=5, values_only=True)]  # fmt: skip
    assert labels == CHILDREN * len(CAUSES)


BIRTHWEIGHTS = ["All", "<1000", "1000-1499", "1500-1999", "2000-2499", "2500-2999",
                "3000-3499", "3500-3999", "4000 and over", "Not stated"]  # fmt: skip


def test_birthweights_in_bands_of_four_digits_go_through(tmp_path):
    """ONS's Table 4: stillbirths and deaths by birthweight, its bands as the labels."""
    counts = [[761, 595], [284, 43], [301, 53], [273, 44], [273, 42], [240, 50], [117, 21],
              [48, 15], [2, 12]]  # fmt: skip
    head = ["Cause group", "Birthweight (grams)", "Referrals", "Attachments"]
    rows: list[list] = [["Table 4: Referrals by birthweight"], head]
    rows.append(["All causes", "All", *[sum(c[k] for c in counts) for k in range(2)]])
    rows += [["All causes", band, *c] for band, c in zip(BIRTHWEIGHTS[1:], counts, strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "weights.xlsx", {"Table_4": rows}))
    sheet = openpyxl.load_workbook(output)["Table_4"]
    assert [line[1] for line in sheet.iter_rows(min_row=5, values_only=True)] == BIRTHWEIGHTS


def test_a_sheet_whose_excel_table_bears_its_name_goes_through(tmp_path):
    """ONS's mortality workbook: each sheet's table an Excel table named as its sheet, its
    title naming it otherwise ('Table 10: ...')."""
    path = tmp_path / "tables.xlsx"
    book = xlsxwriter.Workbook(str(path))
    for name in ("Table_10", "Table_11"):
        sheet = book.add_worksheet(name)
        sheet.write_row(0, 0, [f"{name.replace('_', ' ')}: Referrals by area"])
        rows = [[area, 37 * k + 5] for k, area in enumerate(("Ashby", "Brack", "Holm"), 1)]
        heads = [{"header": "Area"}, {"header": "Referrals"}]
        sheet.add_table(1, 0, 4, 1, {"name": name, "data": rows, "columns": heads})
    book.close()
    output, _ = sanitised_beside(path)
    assert openpyxl.load_workbook(output).sheetnames == [
        "About this workbook",
        "Table_10",
        "Table_11",
    ]


WEEKS = ["All", "Under 22 weeks & birthweight <1,000g", "22 weeks", *range(23, 42),
         "42 weeks & over"]  # fmt: skip


def births_by_gestation() -> list[list]:
    """ONS's Table 17: live births and deaths by gestational age, a week a line, the weeks
    from 23 to 41 typed as numbers between '22 weeks' and '42 weeks & over'."""
    rows: list[list] = [["Table 17: Referrals and attachments by gestational age"]]
    rows.append(["Gestational age (weeks)", "Referrals", "Attachments"])
    lines = [[300 + 97 * k, 40 + 13 * k] for k in range(len(WEEKS) - 1)]
    rows.append(["All", *[sum(line[j] for line in lines) for j in range(2)]])
    return rows + [[week, *line] for week, line in zip(WEEKS[1:], lines, strict=True)]


def test_weeks_of_gestation_typed_as_numbers_are_labels(tmp_path):
    """The weeks 23 to 41 were rounded as counts (23 -> 20, 30 -> 40), the lines no longer
    told apart, and the proof passed the copy: numbers a week apart among words name lines."""
    book = write_book(tmp_path / "gestation.xlsx", {"Table_17": births_by_gestation()})
    output, _ = sanitised_beside(book)
    sheet = openpyxl.load_workbook(output)["Table_17"]
    assert [line[0] for line in sheet.iter_rows(min_row=5, values_only=True)] == WEEKS


def test_a_row_numbering_the_columns_is_kept(tmp_path):
    """ONS's NEET tables (8-6-1/Example_Input/notineducationemploymentortrainingod221.xlsx):
    under 'Levels | Total | Unemployed | Economically inactive', a row numbers each age
    group's columns 1 to 5, then a blank row, then a quarter a line."""
    groups = ["Aged 16-24", None, None, None, None, "Aged 16-17", None, None, None, None]
    heads = ["Total", "Unemployed", "Inactive", "All referred", "Referred NEET"] * 2
    rows: list[list] = [["Referrals of young people, United Kingdom"], [None, *groups]]
    rows += [["Levels", *heads], [None, *range(1, 6), *range(1, 6)], []]
    for q, quarter in enumerate(("Jan-Mar 2022", "Apr-Jun 2022", "Jul-Sep 2022")):
        line = [700 + 31 * q, 250 + 7 * q, 450 + 24 * q, 6900 + q, 10 + q]
        rows.append([quarter, *line, *[v // 3 for v in line]])
    book = write_book(tmp_path / "neet.xlsx", {"People": rows})
    output, _ = sanitised_beside(book, _rebuild(tmp_path))
    sheet = openpyxl.load_workbook(output)["People"]
    assert [cell.value for cell in sheet[6][1:11]] == [*range(1, 6), *range(1, 6)]


def test_socio_economic_classes_beside_words_are_labels(tmp_path):
    """ONS's mortality Table 12: the second column names each line 'All', 'Inside marriage
    ...', 1.1, 1.2, 2 to 8 (NS-SEC classes), 'Not classified'."""
    classes = ["All", "Inside marriage", 1.1, 1.2, *range(2, 9), "Not classified"]
    rows: list[list] = [["Table 12: Referrals by socio-economic classification"]]
    rows.append(["Birthweight (grams)", "Classification", "Referrals"])
    rows += [["All", label, 410 + 37 * k] for k, label in enumerate(classes)]
    book = write_book(tmp_path / "nssec.xlsx", {"Table_12": rows})
    output, _ = sanitised_beside(book, _rebuild(tmp_path))
    sheet = openpyxl.load_workbook(output)["Table_12"]
    assert [line[1] for line in sheet.iter_rows(min_row=5, values_only=True)] == classes
