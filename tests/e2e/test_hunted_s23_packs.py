"""Whole MI packs as a provider sends them to a council (session 23's hunt): a cover with the
named representative and who prepared it, referrals by payment group under JSA and ESA
subtotals, attachments, starts, outcomes and payments by ward in blocks per constituency, and
outcomes by referral cohort beside their rate.

Probed and found right (no test here): the payment group numbers kept, the subtotals and the
line adding them up rebuilt as SUMs of the rounded cells, the outcome payments removed, the
preparer's contact details removed and the named representative kept; a league table's rank
and typed 'per 100' rate removed; notes naming 13 and 26 weeks kept; 'Number | %' pairs under
merged measure headers (the referrals' shares rebuilt over the rounded counts, the outcomes'
moved to a percentage sheet). Left, fail-closed: under 'Job outcome performance by referral
cohort' an 'Attached' column is read as a kind of outcome (the title's breakdown), so the
attachments go onto the percentage sheet; reading 'performance' as a rate there would also
read 'Route | Number' lines ('Referred by Jobcentre Plus | 41') as referrals, rounded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial
from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.model import Plan
from wpxl.verify.invariants import INVARIANTS

WARDS = [["Ward code", "Ward", "Attachments", "Job outcomes"], [None, "Leeds North East"],
         ["E05001411", "Alwoodley", 342, 7], ["E05001425", "Moortown", 236, 31],
         [None, "Leeds North East total", "=SUM(C3:C4)", "=SUM(D3:D4)"],
         [None, "Leeds East"], ["E05001413", "Burmantofts", 261, 11],
         ["E05001420", "Gipton and Harehills", 298, 19],
         [None, "Leeds East total", "=SUM(C7:C8)", "=SUM(D7:D8)"],
         [None, "Leeds total", "=C5+C9", "=D5+D9"]]  # fmt: skip
CACHED = {("By ward", "C5"): 578, ("By ward", "D5"): 38, ("By ward", "C9"): 559,
          ("By ward", "D9"): 30, ("By ward", "C10"): 1137, ("By ward", "D10"): 68}  # fmt: skip


def test_a_group_heading_under_the_header_is_not_named_in_the_percentage_sheets_intro(
    tmp_path: Path,
) -> None:
    """The first constituency's name, alone on the line under the header, was read as a second
    header line, so the percentage sheet said its rows were 'by ward code ward leeds north
    east': the breakdown is named by the header's words, not a heading of the rows under it."""
    source = write_book(tmp_path / "pack.xlsx", {"By ward": WARDS}, cached=CACHED)
    copy, _ = sanitised_beside(source)
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    intro = next(str(c.value) for c in shares["A"] if str(c.value).startswith("Percentage"))
    assert "by ward code and ward, within each column" in intro
    assert "north east" not in intro.lower()


MONTHS = [dt.datetime(2014, month, 1) for month in (4, 5, 6)]
GROUPS = ["JSA 18-24", "JSA 25+", "ESA"]
OUTCOMES = [[7, 12, 3], [9, 4, 11], [14, 6, 2]]


def _dated_book(path: Path, down: bool) -> Path:
    """'Job outcomes' by month and payment group, the months typed as dates (Apr-14): down
    the first column, or across the header."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Dashboard"
    sheet.append(["Job outcomes"])
    heads = ["Month", *GROUPS] if down else ["Payment group", *MONTHS]
    lines = (
        [[MONTHS[i], *OUTCOMES[i]] for i in range(3)]
        if down
        else [[GROUPS[i], *(OUTCOMES[m][i] for m in range(3))] for i in range(3)]
    )
    for line in [heads, *lines]:
        sheet.append(line)
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "mmm-yy"
    book.save(path)
    return path


@pytest.mark.parametrize("down", [True, False], ids=["months down", "months across"])
def test_months_typed_as_dates_name_the_lines_of_an_outcome_percentage_sheet(
    tmp_path: Path, down: bool
) -> None:
    """Months typed as dates (Apr-14, the way Excel keeps a month typed in a cell) naming the
    lines of a job outcomes table went onto its percentage sheet as the dates they are, and
    the proof refused the copy: every figure of a percentage sheet but a percentage was read
    as a volume. A date naming a line where no share stands is a label, as on a volume sheet."""
    copy, _ = sanitised_beside(_dated_book(tmp_path / "dated.xlsx", down))
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    values = [c.value for row in shares.iter_rows() for c in row]
    assert all(month in values for month in MONTHS)
    dates = [c for row in shares.iter_rows() for c in row if isinstance(c.value, dt.datetime)]
    assert all(c.is_date and "m" in c.number_format for c in dates)
    assert not {7, 12, 3, 9, 4, 11, 14, 6, 2} & {v for v in values if isinstance(v, int)}


def test_a_count_formatted_as_a_date_on_a_percentage_sheet_is_still_refused(
    tmp_path: Path,
) -> None:
    """The proof on its own: a figure on a percentage sheet in a date's format is no label
    where it is small (an outcome count of 14 shows as 14/01/1900) or stands among shares."""
    source = _dated_book(tmp_path / "dated.xlsx", True)

    def dated(plan: Plan, place: tuple[int, int], value: float) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Job outcomes %")
        month = next(c for c in sheet.cells.values() if isinstance(c.value, dt.datetime))
        sheet.cells[place] = replace(month, value=value)

    assert proved(tmp_path, source) == []
    for place, name, value in (((6, 1), "B7", 14.0), ((7, 0), "A8", 14.0), ((7, 0), "A8", 41000.0)):
        found = proved(tmp_path, source, partial(dated, place=place, value=value))
        assert any(f.part == f"'Job outcomes %' {name}" for f in found), found


def test_without_its_invariant_a_count_shown_as_a_date_on_a_percentage_sheet_goes_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``dated_labels`` is the check that catches it: the figures check leaves dates to it."""
    source = _dated_book(tmp_path / "dated.xlsx", True)
    monkeypatch.delitem(INVARIANTS, "dated_labels")

    def dated(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Job outcomes %")
        month = next(c for c in sheet.cells.values() if isinstance(c.value, dt.datetime))
        sheet.cells[(7, 0)] = replace(month, value=14.0)

    assert proved(tmp_path, source, dated) == []


MEASURES = ["Referrals", "Attachments", "Job starts"]
AREAS = {"Kirklees": [[35, 80, 74, 21], [52, 82, 65, 47], [33, 12, 76, 9]],
         "Calderdale": [[77, 113, 86, 54], [61, 77, 121, 29], [44, 86, 23, 118]]}  # fmt: skip


def _headlines_over_rows() -> tuple[list[list], dict[tuple[str, str], int]]:
    """'Referrals to date | 536' and the other measures' over a table of the measures by month
    for two authorities, each line's total a SUM; the headlines typed (pasted as values)."""
    rows: list[list] = [["Summary for Kirklees and Calderdale"], []]
    for i, measure in enumerate(MEASURES):
        whole = sum(sum(lines[i]) for lines in AREAS.values())
        rows.append([f"{measure} to date", whole])
    rows += [[], ["Local authority", "Measure", "Apr", "May", "Jun", "Jul", "Total"]]
    cached = {}
    for area, lines in AREAS.items():
        for i, (measure, line) in enumerate(zip(MEASURES, lines, strict=True)):
            r = len(rows) + 1
            rows.append([area if i == 0 else None, measure, *line, f"=SUM(C{r}:F{r})"])
            cached[("Summary", f"G{r}")] = sum(line)
    return rows, cached


def _headlines_over_columns() -> list[list]:
    """The same headlines over a table of the authorities down, the measures across, typed."""
    rows: list[list] = [["Summary"], []]
    for i, measure in enumerate(MEASURES):
        rows.append([f"Total {measure.lower()}", sum(sum(lines[i]) for lines in AREAS.values())])
    rows += [[], ["Local authority", *MEASURES]]
    rows += [[area, *(sum(line) for line in lines)] for area, lines in AREAS.items()]
    return rows


def _shown(copy: Path) -> list[list]:
    sheet = openpyxl.load_workbook(copy)["Summary"]
    return [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]


def test_headline_figures_over_the_lines_they_add_up_are_their_rounded_sum(
    tmp_path: Path,
) -> None:
    """'Referrals to date | 536' typed above the authorities' 'Referrals' lines (210 and 326)
    went out rounded on its own (540) above lines whose rounded totals add up to 560 (guidance
    R5), verified. It is the SUM of the lines' totals, and shows their rounded sum."""
    rows, cached = _headlines_over_rows()
    copy, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Summary": rows}, cached=cached))
    formulas = {line[0]: line[1] for line in _shown(copy) if line and "to date" in str(line[0])}
    assert formulas == {
        "Referrals to date": "=SUM(G10,G13)",
        "Attachments to date": "=SUM(G11,G14)",
        "Job starts to date": "=SUM(G12,G15)",
    }
    values = openpyxl.load_workbook(copy, data_only=True)["Summary"]
    assert values["B5"].value == values["G10"].value + values["G13"].value == 560


def test_headline_figures_over_the_columns_they_add_up_are_their_rounded_sum(
    tmp_path: Path,
) -> None:
    """The same, the measures across: 'Total referrals | 536' is the SUM of the column."""
    copy, _ = sanitised_beside(
        write_book(tmp_path / "pack.xlsx", {"Summary": _headlines_over_columns()})
    )
    shown = {line[0]: line[1] for line in _shown(copy) if line and str(line[0]).startswith("Total")}
    assert shown == {
        "Total referrals": "=SUM(B10:B11)",
        "Total attachments": "=SUM(C10:C11)",
        "Total job starts": "=SUM(D10:D11)",
    }


@pytest.mark.parametrize("across", [False, True], ids=["lines", "columns"])
def test_the_proof_refuses_a_headline_rounded_on_its_own(tmp_path: Path, across: bool) -> None:
    """The proof on its own: the copy showing 'Referrals to date' rounded alone (540) above
    lines it adds up to 560 is refused."""
    if across:
        source = write_book(tmp_path / "pack.xlsx", {"Summary": _headlines_over_columns()})
    else:
        rows, cached = _headlines_over_rows()
        source = write_book(tmp_path / "pack.xlsx", {"Summary": rows}, cached=cached)

    def alone(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Summary")
        sheet.cells[(4, 1)] = replace(sheet.cells[(4, 1)], value=540, formula=None, kind="count")

    assert proved(tmp_path, source) == []
    found = proved(tmp_path, source, alone)
    assert [f.part for f in found] == ["'Summary' B5"], found


def test_each_authoritys_name_stands_on_its_outcome_lines_on_the_percentage_sheet(
    tmp_path: Path,
) -> None:
    """Measures down under each authority's name, typed on its first line only ('Kirklees |
    Referrals', then '| Job outcomes'): the percentage sheet showed the 'Job outcomes' lines
    without the names they were under, and the proof refused the copy (two lines of the same
    words, nothing telling which is which). Each name stands on its first line shown."""
    rows: list[list] = [["Measures by month"], ["Local authority", "Measure", "Apr", "May"]]
    for area, figures in (("Kirklees", [[35, 80], [7, 12]]), ("Calderdale", [[77, 113], [9, 4]])):
        rows.append([area, "Referrals", *figures[0]])
        rows.append([None, "Job outcomes", *figures[1]])
    copy, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Summary": rows}))
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    lines = [[v for v in line if v is not None] for line in shares.iter_rows(values_only=True)]
    named = [line[:2] for line in lines if "Job outcomes" in line]
    assert named == [["Kirklees", "Job outcomes"], ["Calderdale", "Job outcomes"]]


GROUPS_NUMBERED = [
    (1, "JSA 18-24"),
    (2, "JSA 25+"),
    (6, "New ESA claimants"),
    (9, "JSA Prison Leavers"),
]
BLOCKS = {"Barnsley": [181, 222, 37, 296], "Doncaster": [205, 44, 283, 38],
          "Rotherham": [236, 61, 55, 244]}  # fmt: skip


def _blocks_by_area(totals: bool) -> tuple[list[list], dict[tuple[str, str], int]]:
    """'PG | Payment group | Attachments' in a block for each authority, its name on a line of
    its own above its groups (numbered 1, 2, 6, 9 each time), with its SUM total or not."""
    rows: list[list] = [["Attachments by payment group and local authority"], [],
                        ["PG", "Payment group", "Attachments"]]  # fmt: skip
    cached = {}
    for area, figures in BLOCKS.items():
        rows.append([None, area])
        top = len(rows) + 1
        rows += [[n, name, f] for (n, name), f in zip(GROUPS_NUMBERED, figures, strict=True)]
        if totals:
            rows.append([None, f"{area} total", f"=SUM(C{top}:C{len(rows)})"])
            cached[("By PG", f"C{len(rows)}")] = sum(figures)
    return rows, cached


@pytest.mark.parametrize("totals", [True, False], ids=["block totals", "names only"])
def test_payment_groups_numbered_again_in_each_authoritys_block_stay_their_numbers(
    tmp_path: Path, totals: bool
) -> None:
    """Payment groups numbered 1, 2, 6, 9 again under each authority's name were read as a
    column of counts (a label column's numbers must all differ): the table lost its labels,
    'JSA 18-24' and 'JSA 25+' were removed as outcome figures written as text, and, beside job
    outcomes, the group numbers became percentages. The numbers repeat only as whole runs,
    one for each block: they name the groups, kept as written."""
    rows, cached = _blocks_by_area(totals)
    copy, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"By PG": rows}, cached=cached))
    sheet = openpyxl.load_workbook(copy)["By PG"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert lines.count([1, "JSA 18-24", 180]) == 1 and [1, "JSA 18-24", 200] in lines
    assert [9, "JSA Prison Leavers", 240] in lines and [6, "New ESA claimants", 60] in lines


def test_counts_that_repeat_in_each_block_under_a_measure_are_still_counts(
    tmp_path: Path,
) -> None:
    """Fail closed: the same figures in each block under 'Attachments', the table's first
    column, name nothing: they are rounded."""
    rows: list[list] = [["Attachments and job starts"], [], ["Attachments", "Job starts"]]
    for area in ("Barnsley", "Doncaster"):
        rows += [[area], [12, 3], [31, 7], [7, 1]]
    copy, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Blocks": rows}))
    figures = [
        v for line in openpyxl.load_workbook(copy)["Blocks"].iter_rows(values_only=True)
        for v in line if isinstance(v, int)
    ]  # fmt: skip
    assert figures and all(v % 20 == 0 for v in figures)


def test_the_proof_refuses_payment_groups_numbered_in_blocks_rounded_as_counts(
    tmp_path: Path,
) -> None:
    """The proof on its own: the payment group numbers rounded as counts (1, 2, 6, 9 shown as
    0, 0, 0, 20 in each block), the reading this hunt mended, are labels rounded."""
    rows, cached = _blocks_by_area(True)
    source = write_book(tmp_path / "pack.xlsx", {"By PG": rows}, cached=cached)

    def rounded(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "By PG")
        for place, cell in list(sheet.cells.items()):
            if place[1] == 0 and isinstance(cell.value, int):
                sheet.cells[place] = replace(cell, value=(cell.value + 10) // 20 * 20, kind="count")

    assert proved(tmp_path, source) == []
    found = proved(tmp_path, source, rounded)
    assert {"'By PG' A7", "'By PG' A13", "'By PG' A19"} <= {f.part for f in found}, found


def _regions(gap: bool) -> tuple[list[list], dict[tuple[str, str], int]]:
    """Areas in a block for each region, each ending in its SUM total, then a line named by a
    place ('England'), typed as the sum of the regions' totals (718 + 318)."""
    rows: list[list] = [["Attachments by area"], [], ["Area", "Attachments"], ["North"],
                        ["Leeds", 409], ["Bradford", 309], ["North total", "=SUM(B5:B6)"], [],
                        ["South"], ["Sheffield", 209], ["Barnsley", 109],
                        ["South total", "=SUM(B10:B11)"]]  # fmt: skip
    rows += [[], ["England", 1036]] if gap else [["England", 1036]]
    return rows, {("S", "B7"): 718, ("S", "B12"): 318}


@pytest.mark.parametrize("gap", [True, False], ids=["after a blank line", "straight under"])
def test_a_place_named_line_adding_up_the_regions_totals_is_their_sum(
    tmp_path: Path, gap: bool
) -> None:
    """'England | 1036' under the regions' totals (718 and 318), typed, went out rounded on its
    own (1040) under totals whose rounded figures add up to 1000 (guidance R5), verified: only
    a line named a total was read as adding up the blocks' totals. A table's last line adds
    them up too: it is their SUM."""
    rows, cached = _regions(gap)
    copy, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"S": rows}, cached=cached))
    lines = [
        [v for v in line if v is not None]
        for line in openpyxl.load_workbook(copy)["S"].iter_rows(values_only=True)
    ]
    assert lines[-1] == ["England", "=SUM(B9,B14)"]


def test_the_proof_refuses_a_place_named_line_over_the_regions_rounded_alone(
    tmp_path: Path,
) -> None:
    """The proof on its own: 'England' shown as 1040, rounded alone, is refused."""
    rows, cached = _regions(True)
    source = write_book(tmp_path / "pack.xlsx", {"S": rows}, cached=cached)

    def alone(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "S")
        place = max(p for p, c in sheet.cells.items() if p[1] == 1)
        sheet.cells[place] = replace(sheet.cells[place], value=1040, formula=None, kind="count")

    assert proved(tmp_path, source) == []
    assert any(f.part == "'S' B16" for f in proved(tmp_path, source, alone))


@pytest.mark.parametrize(
    ("head", "blocks"),
    [
        ("Month", {"2013/14": [(4, "April", 41), (5, "May", 52), (6, "June", 33)],
                   "2014/15": [(4, "April", 44), (5, "May", 57), (6, "June", 39)]}),
        ("Office no.", {"North": [(101, "Leeds", 41), (102, "Bradford", 52)],
                        "South": [(101, "Sheffield", 44), (102, "Rotherham", 57)]}),
    ],
    ids=["months in each year", "offices in each region"],
)  # fmt: skip
def test_numbers_naming_lines_again_in_each_block_are_kept(
    tmp_path: Path, head: str, blocks: dict[str, list[tuple[int, str, int]]]
) -> None:
    """Months numbered 4, 5, 6 under each financial year's name, or offices numbered 101, 102
    under each region's, were rounded as counts (0, 0, 0; 100, 100), verified: the lines could
    no longer be told apart by their numbers. Numbered again in each block, they are labels."""
    rows: list[list] = [["Referrals"], [], [head, "Name", "Referrals"]]
    for name, lines in blocks.items():
        rows += [[None, name], *[list(line) for line in lines]]
    copy, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"S": rows}))
    shown = [
        line[0]
        for line in openpyxl.load_workbook(copy)["S"].iter_rows(values_only=True)
        if isinstance(line[0], int)
    ]
    assert shown == [number for lines in blocks.values() for number, _, _ in lines]


def test_a_line_left_out_of_a_total_columns_base_is_named_once(tmp_path: Path) -> None:
    """Job outcomes by payment group, months suppressed under 5 ('*') and a typed 'Total'
    column: the warning said "'JSA 25+', 'JSA 25+', 'Other', 'JSA 25+' are left out of their
    base", a line once for each of its places left out. Each line is named once."""
    rows = [["Job outcomes by payment group"], [], ["Payment group", "Total", "Apr", "May", "Jun"],
            ["JSA 18-24", 41, 12, 14, 15], ["JSA 25+", 7, "*", "*", "*"],
            ["ESA Flow", 66, 21, 24, 21], ["Other", 12, 8, "*", "*"]]  # fmt: skip
    _, said = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Outcomes": rows}))
    assert "'JSA 25+', 'Other' are left out of their base" in said
    assert "'JSA 25+', 'JSA 25+'" not in said


def test_number_over_outcome_shares_says_percent(tmp_path: Path) -> None:
    """'Job outcomes' merged over 'Number | %' beside the referrals' pair: the percentage
    sheet showed the outcomes' shares under 'Number'. A word for a count over shares reads '%'."""
    rows = [["Referrals and job outcomes by payment group"], [],
            ["Payment group", "Referrals", None, "Job outcomes"],
            [None, "Number", "%", "Number"],
            ["JSA 18-24", 812, 0.3, 97], ["JSA 25+", 1430, 0.53, 131],
            ["ESA Flow", 458, 0.17, 12]]  # fmt: skip
    copy, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"By group": rows}))
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    heads = [c.value for row in shares.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Job outcomes" in heads and "%" in heads and "Number" not in heads


def _extract(head: str) -> list[list]:
    """A long extract as a database writes it: 'Month | Local authority | Measure | <head>',
    a line for each month, authority and measure, the months as '2014-04'."""
    figures = iter([120, 133, 201, 17, 118, 141, 158, 9, 41, 139, 122, 23, 157, 77, 96, 11])
    return [["Month", "Local authority", "Measure", head]] + [
        [month, area, measure, next(figures)]
        for month in ("2014-04", "2014-05")
        for area in ("Leeds", "Bradford")
        for measure in ("Referrals", "Attachments", "Job starts", "Job outcomes")
    ]


def test_a_long_extract_of_measures_is_rounded_and_its_outcomes_are_shares_of_all(
    tmp_path: Path,
) -> None:
    """A long extract (a line for each month, authority and measure) was refused: its months
    ('2014-04') on the percentage sheet were read by the proof as amounts, and each outcome
    line was shown as 100% of itself (a line's share across one column). The months are months,
    and each outcome line is shown as its share of all the extract's outcomes."""
    copy, _ = sanitised_beside(write_book(tmp_path / "extract.xlsx", {"Data": _extract("Count")}))
    book = openpyxl.load_workbook(copy)
    data = [[v for v in line if v is not None] for line in book["Data"].iter_rows(values_only=True)]
    assert ["2014-04", "Leeds", "Referrals", 120] in data
    assert ["2014-04", "Leeds", "Job outcomes"] in data  # its count gone
    shares = [
        line
        for line in book["Job outcomes %"].iter_rows(values_only=True)
        if "Job outcomes" in line
    ]
    assert len(shares) == 4
    assert abs(sum(line[3] for line in shares) - 1) < 0.02 and all(line[3] < 1 for line in shares)
