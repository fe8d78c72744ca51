"""Real published layouts built with Work Programme measures (session 37, the published hunt).

Typed totals over hidden lines. Published tables and the packs copied from them keep old
months or a withdrawn group hidden ('Jan' to 'Mar 2013' in hidden columns left of 'Apr' and
'May', 'JSA Early Access' in a hidden row, a provider's line hidden under its contract package
area), their totals typed over every line, the hidden ones included, as MoJ's and ONS's tables
are typed. The analysis reads only what the copy may carry, so such a total was no sum of
anything shown: a line named as a total that adds up nothing counts something of its own, so
it was rounded as a count. Its rounded figure less the shown lines gives the hidden ones back
(to within the rounding). Under a 'Total' the proof, reading the input whole, refused the copy
and told the user to write the total as a SUM, which would not have helped; with the same
totals as SUM formulas the copy was written, those totals removed as totals over hidden lines.
In a table by region, contract package area and provider (MoJ's and the programme's nested
layout), the area over a hidden provider and the shown one was rounded on its own (1,325 to
1,320 over Ingeus's 620: the hidden A4e's 701 given back as 700), and so was 'Great Britain',
and the proof passed the copy (WRONG). A line of counts that is, in each of its figures, the
sum of a run of lines next to it with a hidden one among them (lines of totals passed over), or
a line named as a total that is so in one figure, is such a total now and is removed the same
way, with the totals over it (analyse/hidden_sums).
The proof now refuses on its own a copy showing a line that adds up a run of lines beside it
with a hidden one among them as a plain figure (verify/hidden_sums).
The same removal on a table of job outcomes at first left the 'Total' line a line of counts
removed, so its percentage sheet warned that 'Total' was left out of every column's base, 'the
source's figure is not a number wpxl can read'; the removed line is a total line now, as a SUM
over the hidden line is, and no such warning is given.

A Stat-Xplore export of job outcomes ('Dataset:', 'Measure:', 'Filters:' over the table, the
column dimension's name 'Month' over the months in a header row of its own, nothing over the
label columns there): the percentage sheet's intro read 'by  local authority and payment
group', a header row naming no row adding its own space (plan/head_words ``heads_in_words``).

A table of job outcomes by year as ONS and DWP mark revised and provisional years ('Year' over
'2011', '2012', '2013r', '2014p'): the percentage sheet removed '2013r' and '2014p' as labels
stating an amount about outcomes (a figure with a mark glued on, as '412r' is a revised
count), so the last two years' shares stood under no year; the volume sheet of the same table
of job starts kept them. A year with one mark letter, down a label column of years a year
apart, names its line (plan/marked_years); the proof already read it so.

Stacked year blocks of job outcomes as ONS lays them out ('2012' alone over 'Area code | Area
name | All ages | 18-24 | ...', then '2013' over the same heads): each block's percentage
sheet said 'by 2012 area code and area name', the year over the label columns read as a head.
A period alone over the label columns, nothing over the figures beside it, is the block's
title (plan/head_words ``period_alone``).

Percentages stacked under their numbers as ONS and DWP publish them ('Number' over 'Payment
group | Attachments | Job starts' and the counts, then 'Percentage of attachments' or '%' over
the same heads and 100.0, 26.7, ...): the heads name measures, so the block's title did not
make its figures rates, and they were read as counts (100.0 rounded to 100, a share typed as
1.0 to 0, equal shares taken for totals of each other: 'ESA Flow' =SUM(B15) over 'JSA 25+'),
the copy verified (WRONG). A block titled by rates alone over figures from 0 to 100, not all
whole, is rates (analyse/percent_blocks): they are removed as rates wpxl cannot work out, and
the numbers above stay counts.

A cohort table of job outcomes as the programme's statistics set it out, 'Month of referral |
Referrals | 3 | 6 | 9 | 12' with 'Months since referral' typed once in the first cell of the
header band, over 'Referrals' rather than over the months: the numbers' row was read as a
line of outcomes and shown as shares under no heads (24 as 3% beside Jun 2011's 97%), the
referrals turned into shares too, and the proof passed the copy (WRONG); with heads 1 to 6 the
proof refused it. Words naming a time since an event over the cohorts' sizes just left of the
numbers, nothing over the numbers themselves, head them as words over them do, in the analysis
(analyse/elapsed_heads) and the proof (verify/elapsed_heads) alike.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import script_book, write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, misread_findings, proved
from wpxl.model import OutputCell, Plan
from wpxl.verify.hidden_sums import SHOWN_ALONE
from wpxl.verify.kept_labels import ROUNDED_LABEL

HIDDEN_TOTAL = "a total over hidden rows or columns"


def _hidden_months(path: Path) -> Path:
    """Referrals by payment group and month, Jan to Mar hidden left of Apr and May, the
    'Total' column typed over all five months, the 'Total' line over the groups."""
    rows = [
        ["Referrals by payment group and month"],
        [],
        ["Payment group", "Jan 2013", "Feb 2013", "Mar 2013", "Apr 2013", "May 2013", "Total"],
        ["JSA 18-24", 101, 97, 88, 412, 398, 1096],
        ["JSA 25+", 302, 311, 280, 1021, 987, 2901],
        ["ESA Flow", 55, 61, 49, 233, 251, 649],
        ["Total", 458, 469, 417, 1666, 1636, 4646],
    ]
    script_book(path, {"Referrals": rows})
    book = openpyxl.load_workbook(path)
    book["Referrals"].column_dimensions.group("B", "D", hidden=True)
    book.save(path)
    return path


def _hidden_group(path: Path, measure: str = "Referrals") -> Path:
    """``measure`` by payment group and month, the 'JSA Early Access' line hidden, the 'Total'
    line typed over every group, hidden one included."""
    rows = [
        [f"{measure} by payment group and month"],
        [],
        ["Payment group", "Apr 2013", "May 2013", "Jun 2013", "Total"],
        ["JSA 18-24", 412, 398, 377, 1187],
        ["JSA 25+", 1021, 987, 1004, 3012],
        ["JSA Early Access", 97, 113, 88, 298],
        ["ESA Flow", 233, 251, 241, 725],
        ["Total", 1763, 1749, 1710, 5222],
    ]
    script_book(path, {"Referrals": rows})
    book = openpyxl.load_workbook(path)
    book["Referrals"].row_dimensions[6].hidden = True
    book.save(path)
    return path


def _lines(output: Path, width: int) -> list[list]:
    """The copy's lines from its header down, ``width`` cells each, formulas as written."""
    sheet = openpyxl.load_workbook(output)["Referrals"]
    return [[c.value for c in row] for row in sheet.iter_rows(min_row=5, max_col=width)]


def test_a_typed_total_column_over_hidden_months_is_removed_not_rounded(tmp_path):
    output, said = sanitised_beside(_hidden_months(tmp_path / "months.xlsx"))
    assert _lines(output, 4) == [
        ["Payment group", "Apr 2013", "May 2013", "Total"],
        ["JSA 18-24", 420, 400, None],
        ["JSA 25+", 1020, 980, None],
        ["ESA Flow", 240, 260, None],
        ["Total", "=SUM(B6:B8)", "=SUM(C6:C8)", None],
    ]
    said = " ".join(said.split())
    assert f"removed: 'Referrals' G4:G6: {HIDDEN_TOTAL}" in said
    assert "removed: 'Referrals' G7: a total over figures wpxl removes" in said


def test_a_typed_total_line_over_a_hidden_group_is_removed_not_rounded(tmp_path):
    output, said = sanitised_beside(_hidden_group(tmp_path / "groups.xlsx"))
    assert _lines(output, 5) == [
        ["Payment group", "Apr 2013", "May 2013", "Jun 2013", "Total"],
        ["JSA 18-24", 420, 400, 380, "=SUM(B6:D6)"],
        ["JSA 25+", 1020, 980, 1000, "=SUM(B7:D7)"],
        ["ESA Flow", 240, 260, 240, "=SUM(B8:D8)"],
        ["Total", None, None, None, None],
    ]
    said = " ".join(said.split())
    for cell in ("B8", "C8", "D8"):
        assert f"removed: 'Referrals' {cell}: {HIDDEN_TOTAL}" in said


def _hidden_provider(path: Path) -> Path:
    """Referrals by region, contract package area and prime provider, every total typed, the
    A4e line under CPA 4 hidden."""
    rows = [
        ["Work Programme referrals by region, contract package area and prime provider"],
        [],
        ["Region", "Contract package area", "Prime provider", "Jun 2011", "Jul 2011", "Total"],
        ["North West", "All CPAs", "All providers", 2464, 2116, 4580],
        [None, "CPA 3 Greater Manchester", "All providers", 1139, 1235, 2374],
        [None, None, "Avanta", 563, 673, 1236],
        [None, None, "Seetec", 576, 562, 1138],
        [None, "CPA 4 Merseyside", "All providers", 1325, 881, 2206],
        [None, None, "A4e", 701, 294, 995],
        [None, None, "Ingeus", 624, 587, 1211],
        ["North East", "All CPAs", "All providers", 1477, 1351, 2828],
        [None, "CPA 5 North East", "All providers", 1477, 1351, 2828],
        [None, None, "Avanta", 728, 290, 1018],
        [None, None, "Working Links", 749, 1061, 1810],
        ["Great Britain", "All CPAs", "All providers", 3941, 3467, 7408],
    ]
    script_book(path, {"Referrals": rows})
    book = openpyxl.load_workbook(path)
    book["Referrals"].row_dimensions[9].hidden = True
    book.save(path)
    return path


def test_an_area_over_a_hidden_provider_and_the_totals_over_it_are_removed(tmp_path):
    output, said = sanitised_beside(_hidden_provider(tmp_path / "providers.xlsx"))
    lines = {tuple(line[:3]): line[3:] for line in _lines(output, 6)}
    assert lines[(None, "CPA 4 Merseyside", "All providers")] == [None, None, None]
    assert lines[("North West", "All CPAs", "All providers")] == [None, None, None]
    assert lines[("Great Britain", "All CPAs", "All providers")] == [None, None, None]
    assert lines[(None, None, "Ingeus")] == [620, 580, "=SUM(D11:E11)"]
    assert lines[(None, "CPA 3 Greater Manchester", "All providers")] == [
        "=SUM(D8:D9)",
        "=SUM(E8:E9)",
        "=SUM(F8:F9)",
    ]
    said = " ".join(said.split())
    assert f"removed: 'Referrals' D8, D15: {HIDDEN_TOTAL}" in said


def test_the_proof_alone_refuses_an_area_over_a_hidden_provider_rounded_on_its_own(tmp_path):
    def rounded_alone(plan: Plan) -> None:  # 'CPA 4 Merseyside' 1,325 and 881, as before
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[(7 + BANNER, 3)] = OutputCell(1320.0, kind="count")
        cells[(7 + BANNER, 4)] = OutputCell(880.0, kind="count")

    findings = proved(tmp_path, _hidden_provider(tmp_path / "providers.xlsx"), rounded_alone)
    assert {str(f) for f in findings} >= {
        f"'Referrals' D10: {SHOWN_ALONE}",
        f"'Referrals' E10: {SHOWN_ALONE}",
    }
    assert proved(tmp_path, _hidden_provider(tmp_path / "providers.xlsx")) == []


def test_a_stat_xplore_header_row_naming_no_row_adds_no_space_to_the_intro(tmp_path):
    rows: list[list] = [
        ["Dataset:", "Work Programme"],
        ["Measure:", "Job outcomes"],
        ["Filters:", "Contract Package Area : Greater Manchester"],
        [],
        [None, None, "Month"],
        ["Local authority", "Payment group", "Apr-13", "May-13", "Total"],
    ]
    figures = {"Bolton": [[41, 37], [88, 91]], "Bury": [[17, 23], [64, 52]]}
    for area, lines in figures.items():
        for group, line in zip(["JSA 18-24", "JSA 25+"], lines, strict=True):
            rows.append([area if group == "JSA 18-24" else None, group, *line, sum(line)])
    rows.append(["Total", None, 210, 203, 413])
    output, _ = sanitised_beside(write_book(tmp_path / "export.xlsx", {"Data Sheet 0": rows}))
    shares = openpyxl.load_workbook(output)["Job outcomes %"]
    intro = shares["A4"].value
    assert "by local authority and payment group, within each column" in intro


def test_a_typed_total_over_a_hidden_group_of_outcomes_is_no_part_left_out(tmp_path):
    output, said = sanitised_beside(_hidden_group(tmp_path / "outcomes.xlsx", "Job outcomes"))
    assert "0 warnings" in said and "not a number wpxl can read" not in said
    shares = openpyxl.load_workbook(output)["Job outcomes %"]
    lines = [[c.value for c in row] for row in shares.iter_rows(min_row=6, max_col=5)]
    assert lines[0] == ["Payment group", "Apr 2013", "May 2013", "Jun 2013", "Total"]
    assert [line[0] for line in lines[1:]] == ["JSA 18-24", "JSA 25+", "ESA Flow"]


def test_years_marked_revised_or_provisional_name_their_outcome_shares(tmp_path):
    rows: list[list] = [
        ["Table 9: Job outcomes by year and payment group, England [note 2]"],
        ["Source: Provider MI"],
        ["Year", "JSA 18-24", "JSA 25+", "ESA Flow", "All payment groups"],
        ["2011", 311, 1287, 41, 1639],
        ["2012", 1302, 3980, 233, 5515],
        ["2013r", 1544, 4210, 388, 6142],
        ["2014 [p]", 1611, 4432, 417, 6460],
        ["All years", 4768, 13909, 1079, 19756],
    ]
    output, said = sanitised_beside(write_book(tmp_path / "years.xlsx", {"Table": rows}))
    assert "removed: 'Job outcomes %'" not in said
    shares = openpyxl.load_workbook(output)["Job outcomes %"]
    labels = [row[0].value for row in shares.iter_rows(min_row=7, max_row=11)]
    assert labels == ["2011", "2012", "2013r", "2014 [p]", "All years"]


def test_a_stacked_blocks_year_is_no_head_of_its_lines(tmp_path):
    rows: list[list] = [["Table 6: Work Programme job outcomes by local authority and age"], []]
    figures = {2012: [[41, 27, 63], [38, 52, 17]], 2013: [[55, 31, 48], [29, 44, 36]]}
    for year, lines in figures.items():
        rows += [[year], ["Area code", "Area name", "All ages", "18-24", "25-49", "50 and over"]]
        for (code, name), line in zip(
            [("E08000001", "Bolton"), ("E08000002", "Bury")], lines, strict=True
        ):
            rows.append([code, name, sum(line), *line])
        rows.append([])
    output, _ = sanitised_beside(write_book(tmp_path / "stacked.xlsx", {"Table 6": rows}))
    book = openpyxl.load_workbook(output)
    intros = [book[name]["A4"].value for name in book.sheetnames if name.endswith("%")]
    assert len(intros) == 2
    assert all("by area code and area name, within each column" in intro for intro in intros)


@pytest.mark.parametrize(
    ("title", "shares"),
    [("Percentage of attachments", [100.0, 26.7]), ("%", [1.0, 0.267])],
)
def test_a_block_of_percentages_under_its_numbers_is_no_block_of_counts(tmp_path, title, shares):
    rows: list[list] = [
        ["Table 3: Attachments and job starts by payment group, 2013/14"],
        [],
        ["Number"],
        ["Payment group", "Attachments", "Job starts"],
        ["JSA 18-24", 1412, 377],
        ["JSA 25+", 3021, 604],
        ["Total", 4433, 981],
        [],
        [title],
        ["Payment group", "Attachments", "Job starts"],
        ["JSA 18-24", *shares],
        ["JSA 25+", *shares],
        ["Total", *shares],
    ]
    output, said = sanitised_beside(write_book(tmp_path / "blocks.xlsx", {"Table 3": rows}))
    sheet = openpyxl.load_workbook(output)["Table 3"]
    counts = [[sheet.cell(r, c).value for c in (2, 3)] for r in (7, 8, 9)]
    assert counts == [[1420, 380], [3020, 600], ["=SUM(B7:B8)", "=SUM(C7:C8)"]]
    rates = [[sheet.cell(r, c).value for c in (2, 3)] for r in (13, 14, 15)]
    assert rates == [[None, None]] * 3
    said = " ".join(said.split())
    assert "removed: 'Table 3' B11:B13: a rate wpxl cannot work out" in said


ELAPSED = [3, 6, 9, 12]


def _cohorts(title: str) -> list[list]:
    """``title`` by month of referral and months since referral, the cohorts' referrals first,
    'Months since referral' typed over 'Referrals'."""
    outcomes = [[86, 169, 393, 519], [148, 206, 327], [300, 530]]
    rows: list[list] = [[title], [], [None, "Months since referral"]]
    rows.append(["Month of referral", "Referrals", *ELAPSED])
    months, sizes = ["Jun 2011", "Jul 2011", "Aug 2011"], [2231, 4481, 4961]
    for month, size, line in zip(months, sizes, outcomes, strict=True):
        rows.append([month, size, *line])
    return rows


def test_months_since_referral_typed_over_the_referrals_head_the_months(tmp_path):
    rows = _cohorts("Cumulative job outcomes by month of referral and months since referral")
    output, _ = sanitised_beside(write_book(tmp_path / "cohorts.xlsx", {"Cohorts": rows}))
    book = openpyxl.load_workbook(output)
    volumes = book["Cohorts"]
    assert [volumes.cell(r, 2).value for r in (6, 7, 8, 9)] == ["Referrals", 2240, 4480, 4960]
    shares = book["Job outcomes %"]
    lines = [[c.value for c in row] for row in shares.iter_rows(min_row=7, max_row=8, max_col=5)]
    assert lines[0] == ["Month of referral", "3", "6", "9", "12"]
    assert lines[1][0] == "Jun 2011"


def test_the_proof_alone_refuses_such_months_rounded_as_counts(tmp_path):
    rows = _cohorts("Attachments by month of referral and months since referral")
    rounded = {(3, 2 + i): float((n + 10) // 20 * 20) for i, n in enumerate(ELAPSED)}
    found = misread_findings(tmp_path, rows, rounded, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}
    assert misread_findings(tmp_path, rows, {}, "kept") == []
