"""Real published layouts built with Work Programme measures (session 39, the published hunt).

One population broken down by two characteristics in one column, as DWP's official statistics
and a provider's pack set them out: 'All participants', then 'Gender' over 'Male' and
'Female', then 'Age' over '18-24', '25-49' and '50+' (or each breakdown above one 'Total', or
the breakdowns with no heading lines between them). The tree of totals reads the total over
one breakdown, the lines next to it, and leaves the other's lines outside every total, counts
of their own, which they are: a table of referrals was written right. A table of job outcomes
was not: each column's base took the other breakdown's lines as parts beside the total's own,
so every share was halved ('All participants' 50% of the outcomes, Male 30% where he has 60%,
18-24 15%), and the copy was verified (WRONG). A run of two or more lines outside every total
adding up, to the last digit wherever it holds a figure, to a total no other total adds up is
another breakdown of it (analyse/other_breakdowns, asked by plan/percent_lines once the table's
totals are all known): its lines are in no base and each is shown as a share of the total, as
an 'of which' line is. A one-column table by gender, age and disability above its 'Total' shows
three breakdowns of 100% each, and a row of job outcomes across 'All | Male | Female | 18-24 |
25-49 | 50+' under rows of referrals and starts is shared out along its row the same way. So is
a breakdown with a 'Total' of its own beside a grand total over the other's ('Gender' over
Male, Female and their Total, 'Age' over its three and their Total, 'All participants' last,
read as a total over the ages' Total alone): the breakdown's total and the lines under it are
in no base either, the tallest tree taken for the whole. Lines holding a part of the total by
another route are none of another breakdown: an 'All areas' block first, adding up the areas'
blocks line by line, over areas whose Totals add up to its own (session 16's
test_an_all_areas_block_is_not_counted_again_in_the_base) keeps every area in the base.

Job outcomes by local authority under a header of three rows, as published tables set them
out: 'Job outcomes' merged over everything, each year ('2012/13', '2013/14') merged over its
quarters and its own 'Total', a grand 'Total' at the far right under no year: refused, 'outcome
percentages on rows (or columns) whose labels repeat an earlier one's with nothing naming which
is which'. The percentage sheet copied each header's words into its first column, without the
merges, so the grand total's 'Total' stood beside 2013/14's with nothing over either to tell
them apart, and the proof, reading words alone, was right to refuse it. The header's merges
along a row (or its runs centred across a selection) span, merged, the columns shown on the
percentage sheet now (plan/percent_merges), and the proof reads a merged header as heading
each column it spans, as a reader does (verify/merged_spans, verify/percent_sections); a copy
without the merges is still refused.

A table of referrals with '~' among the figures, as NHS and Scottish tables mark a count too
small to show, its typed totals counting the hidden figures: refused, 'this total is more than
the sum of its parts ... set source_totals = "rebuild"', which would have rebuilt the totals
over the shown cells and shown totals that are not the totals. '*', 'x', '[c]', '[z]', '..' and
'n/a' were read as markers, the totals over them removed and listed; '~' is one too now, in
the analysis (analyse/values) and in the proof (verify/values).

Job outcomes by local authority named by the codes ONS used before 2011, which DWP's tables of
the programme's years still carry ('00HB' Bristol, '16UB', '95A' in Northern Ireland, beside
'E06000023'): the percentage sheet removed '00HB' and '95A' as 'it states an amount about
outcomes' (two digits read as a volume with letters glued on), leaving two lines of shares
unnamed, though the sheet of referrals kept them. Two digits and two (or four) capitals, or
'95' and one, glued and alone, name an area in the plan (read/place_numbers
``OLD_AREA_CODE``) and in the proof (verify/percent_words); '12JO' is still twelve job
outcomes, and the proof alone refuses it.

Referrals by local authority and gender with a share beside each count, as published tables
interleave them ('Referrals' merged over 'Male | % of total | Female | % of total | Total', each
share the line's count over its Total, typed to one place): both share columns were removed,
'a rate wpxl cannot work out from shared figures', while the same shares of the column's total
('Referrals | % | Job starts | %') were rebuilt. A column headed by a share's words alone is a
share of the figure just left of it over the line's total where the arithmetic bears it out
(analyse/line_shares): rebuilt over the rounded cells, =B7/F7*100.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.builders import script_book
from tests.e2e.runs import copy_lines, sanitised_beside
from wpxl.model import Cell
from wpxl.verify.percent_words import STATED, stated_amounts


def _two_breakdowns(path: Path, measure: str, shape: str) -> Path:
    """``measure`` by gender, then by age, in one column of each quarter: 'All participants'
    first over both (``shape`` 'headed', with a heading line over each breakdown, or 'bare'),
    or 'Total' last ('under'); or each breakdown with a 'Total' of its own under its lines
    ('own', 'All participants' last) or over them ('own first')."""
    body: list[list] = [
        ["Gender"],
        ["Male", 611, 557],
        ["Female", 400, 400],
        ["Age"],
        ["18-24", 301, 257],
        ["25-49", 510, 500],
        ["50+", 200, 200],
    ]
    if shape == "bare":
        body = [line for line in body if len(line) > 1]
    if shape in ("own", "own first"):  # each breakdown's Total under (or over) its lines
        at = [3, 7] if shape == "own" else [1, 4]
        for place in reversed(at):
            body.insert(place, ["Total", 1011, 957])
    if shape in ("under", "own"):
        body = [*body, ["Total" if shape == "under" else "All participants", 1011, 957]]
    else:
        body = [["All participants", 1011, 957], *body]
    rows = [[f"{measure} by characteristic, 2013/14"], [], ["Characteristic", "Q1", "Q2"], *body]
    return script_book(path, {"Table 2": rows})


@pytest.mark.parametrize("shape", ["headed", "bare", "under", "own", "own first"])
def test_outcomes_by_gender_then_by_age_are_each_all_of_the_outcomes(tmp_path, shape):
    output, _ = sanitised_beside(_two_breakdowns(tmp_path / "twice.xlsx", "Job outcomes", shape))
    lines = copy_lines(output, "Job outcomes %", 2)[6:]
    shares = {line[0]: line[1] for line in lines}
    total = "Total" if shape == "under" else "All participants"
    assert (shares[total], shares["Male"], shares["Female"]) == (1, 0.6, 0.4)
    assert (shares["18-24"], shares["25-49"], shares["50+"]) == (0.3, 0.5, 0.2)
    assert {line[1] for line in lines if line[0] == "Total"} <= {1}  # each breakdown's own


def test_referrals_by_gender_then_by_age_keep_the_ages_as_counts(tmp_path):
    output, _ = sanitised_beside(_two_breakdowns(tmp_path / "twice.xlsx", "Referrals", "headed"))
    lines = copy_lines(output, "Table 2", 3)
    assert lines[5] == ("All participants", 1020, 960)  # the sum of the rounded genders
    assert lines[10:13] == [("18-24", 300, 260), ("25-49", 520, 500), ("50+", 200, 200)]


def test_a_row_of_outcomes_by_gender_then_by_age_across_is_all_of_them_twice(tmp_path):
    rows: list[list] = [
        ["Work Programme performance by gender and age, Bristol, City of, 2013/14"],
        [],
        ["Measure", "All", "Male", "Female", "18-24", "25-49", "50+"],
        ["Referrals", 1011, 611, 400, 301, 510, 200],
        ["Job starts", 333, 200, 133, 100, 133, 100],
        ["Job outcomes", 120, 70, 50, 30, 60, 30],
    ]
    output, _ = sanitised_beside(script_book(tmp_path / "across.xlsx", {"Summary": rows}))
    shares = copy_lines(output, "Job outcomes %", 7)[6]
    assert shares == ("Job outcomes", 1, 0.58, 0.42, 0.25, 0.5, 0.25)


def test_three_breakdowns_over_one_total_in_one_column_each_add_to_all(tmp_path):
    rows: list[list] = [
        ["Job outcomes by characteristic, Bristol, City of, 2013/14"],
        [],
        ["Characteristic", "Job outcomes"],
        *(["Male", 611], ["Female", 400]),
        *(["18-24", 301], ["25-49", 510], ["50+", 200]),
        *(["Disabled", 300], ["Not disabled", 711]),
        ["Total", 1011],
    ]
    output, _ = sanitised_beside(script_book(tmp_path / "thrice.xlsx", {"Table 2": rows}))
    shares = [line[1] for line in copy_lines(output, "Job outcomes %", 2)[6:14]]
    assert shares == [0.6, 0.4, 0.3, 0.5, 0.2, 0.3, 0.7, 1]


def _years_merged_over_quarters(path: Path, centred: bool) -> Path:
    """Job outcomes by local authority: each year merged (or ``centred`` across a selection)
    over its quarters and its 'Total', 'Job outcomes' over them all, a grand 'Total' at the far
    right under no year."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Table 5")
    sheet.write(0, 0, "Job outcomes by local authority, quarter and year")
    across = book.add_format({"center_across": True})
    for row, first, last, words in ((2, 1, 7, "Job outcomes"), (3, 1, 3, "2012/13"),
                                    (3, 4, 6, "2013/14")):  # fmt: skip
        if centred:
            sheet.write(row, first, words, across)
            for col in range(first + 1, last + 1):
                sheet.write_blank(row, col, None, across)
        else:
            sheet.merge_range(row, first, row, last, words)
    sheet.write_row(4, 0, ["Local authority", "Q1", "Q2", "Total", "Q1", "Q2", "Total", "Total"])
    lines = {"Bristol, City of": (41, 23, 37, 52), "Kingston upon Hull, City of": (12, 34, 38, 28),
             "North Somerset": (44, 55, 26, 67)}  # fmt: skip
    for row, (name, (a, b, c, d)) in enumerate(lines.items(), start=5):
        sheet.write_row(row, 0, [name, a, b, a + b, c, d, c + d, a + b + c + d])
    sheet.write(8, 0, "Total")
    for col in range(1, 8):
        sheet.write_formula(8, col, f"=SUM({'ABCDEFGH'[col]}6:{'ABCDEFGH'[col]}8)")
    book.close()
    return path


@pytest.mark.parametrize("centred", [False, True])
def test_years_merged_over_their_quarters_and_a_grand_total_are_shown_as_shares(tmp_path, centred):
    output, _ = sanitised_beside(_years_merged_over_quarters(tmp_path / "years.xlsx", centred))
    page = openpyxl.load_workbook(output)["Job outcomes %"]
    assert {str(m) for m in page.merged_cells.ranges} >= {"B6:H6", "B7:D7", "E7:G7"}
    assert [c.value for c in page[8]][:8] == ["Local authority", "Q1", "Q2", "Total", "Q1",
                                               "Q2", "Total", "Total"]  # fmt: skip


@pytest.mark.parametrize("mark", ["~", "*", "[z]"])
def test_a_tilde_among_the_figures_takes_the_totals_over_it_out(tmp_path, mark):
    rows: list[list] = [
        ["Referrals by local authority and month"],
        [],
        ["Local authority", "Apr 2013", "May 2013", "Jun 2013", "Total"],
        ["Bristol, City of", 412, 398, mark, 813],
        ["Bath and North East Somerset", 112, mark, 104, 220],
        ["North Somerset", 233, 251, 229, 713],
        ["Total", 757, 653, 336, 1746],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "marked.xlsx", {"Table 1": rows}))
    lines = copy_lines(output, "Table 1", 5)
    assert lines[5] == ("Bristol, City of", 420, 400, mark, None)
    assert lines[8] == ("Total", 780, None, None, None)  # the sum of the shown Aprils
    assert "removed: 'Table 1' E4:E5, E7: a total over a cell the source suppressed" in said


def test_old_area_codes_name_their_outcome_shares(tmp_path):
    rows: list[list] = [
        ["Job outcomes by local authority code, 2013/14"],
        [],
        ["LA code", "Q1", "Q2"],
        *(["E06000023", 31, 45], ["00HB", 88, 97], ["16UB", 7, 9], ["95A", 12, 5]),
        ["Total", 138, 156],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "codes.xlsx", {"Codes": rows}))
    labels = [line[0] for line in copy_lines(output, "Job outcomes %", 1)[6:11]]
    assert labels == ["E06000023", "00HB", "16UB", "95A", "Total"]
    assert "removed: 'Job outcomes %'" not in said


def test_the_proof_alone_reads_an_old_area_code_as_a_name_and_twelve_jos_as_an_amount():
    def stated(label: str) -> list[str]:
        cells = {(5, 0): Cell(label), (5, 1): Cell(0.25)}
        return [f.kind for f in stated_amounts("Job outcomes %", cells)]

    assert stated("00HB") == stated("95A") == stated("00HBMA") == []
    assert stated("12JO") == [STATED]


@pytest.mark.parametrize("head", ["% of total", "%"])
def test_shares_interleaved_with_their_counts_are_rebuilt_over_the_line_total(tmp_path, head):
    book = xlsxwriter.Workbook(str(tmp_path / "interleaved.xlsx"))
    sheet = book.add_worksheet("Table 8")
    sheet.write(0, 0, "Referrals by local authority and gender, 2013/14")
    sheet.merge_range(2, 1, 2, 5, "Referrals")
    sheet.write_row(3, 0, ["Local authority", "Male", head, "Female", head, "Total"])
    lines = [("Bristol, City of", 611, 400), ("North Somerset", 233, 178), ("Bath", 150, 121)]
    for row, (name, male, female) in enumerate([*lines, ("Total", 994, 699)], start=4):
        shares = (round(100 * male / (male + female), 1), round(100 * female / (male + female), 1))
        sheet.write_row(row, 0, [name, male, shares[0], female, shares[1], male + female])
    book.close()
    output, said = sanitised_beside(tmp_path / "interleaved.xlsx")
    formulas = openpyxl.load_workbook(output)["Table 8"]
    assert (formulas["C7"].value, formulas["E10"].value) == ("=B7/F7*100", "=D10/F10*100")
    assert "removed" not in said
