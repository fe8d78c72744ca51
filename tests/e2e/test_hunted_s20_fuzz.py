"""What fuzzing published layouts found in session 20 (/work/notes/s20/fuzzr.py: random packs
of stacked and side-by-side tables, nested subtotals, numeric labels, outcome tables beside
counts, each copy checked against what the generator knows).

Needless refusals: job starts headed by typed years under a table of outcomes; outcomes by
payment group number beside referrals by payment group number; an age band '25+' over payment
groups numbered; outcomes by numbered month under outcomes by year; months numbered under a
table of office numbers; office codes under their total beside another table; job starts two
blank lines over a table of outcomes. Wrong copies the proof passed: months numbered along a
header rounded to 0; a grand total over regions of one area each rounded on its own. Left
open as strict xfails, both mended since: codes with no total line were rounded (session 21);
months numbered beside another table on the same rows were refused (session 22).

Each section below names the shape, what went wrong and what holds now.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.verify.kept_labels import ROUNDED_LABEL
from wpxl.verify.summed_lines import NOT_THE_SUM


def _r20(figure: int) -> int:
    return (figure + 10) // 20 * 20


def _shown(path, sheet: str) -> dict[object, list]:
    """The copy's lines of ``sheet`` by their first cell."""
    rows = openpyxl.load_workbook(path, data_only=True)[sheet].iter_rows(values_only=True)
    return {row[0]: list(row[1:]) for row in rows if row and row[0] is not None}


SUSTAINMENTS_OVER_STARTS = [
    ["Job starts by area, 2014-15"],
    [],
    ["Area", "Number"],
    ["Leeds", 191],
    ["Bradford", 264],
    ["Total", 455],
    [],
    [],
    ["Sustainment outcomes by area"],
    [],
    ["Area", "2011/12", "2012/13", "Total"],
    ["Wakefield", 96, 310, 406],
    ["Sheffield", 6, 141, 147],
    ["All areas", 102, 451, 553],
    [],
    [],
    ["Job starts by payment group, 2014-15"],
    [],
]
STARTS = {"JSA 18-24": [22, 8], "JSA 25+": [41, 9], "ESA Flow": [38, 57]}


@pytest.mark.parametrize("years", [[2014, 2015], ["2014", "2015"]], ids=["typed", "text"])
def test_job_starts_headed_by_years_under_a_table_of_outcomes_are_rounded(tmp_path, years):
    rows = [*SUSTAINMENTS_OVER_STARTS, ["Payment group", *years, "Total"]]
    rows += [[group, *figures, sum(figures)] for group, figures in STARTS.items()]
    source = write_book(tmp_path / "stacked.xlsx", {"Job starts": rows})
    shown = _shown(sanitised_beside(source)[0], "Job starts")
    for group, figures in STARTS.items():
        rounded = [_r20(f) for f in figures]
        assert shown[group][:3] == [*rounded, sum(rounded)]
    assert "Wakefield" not in shown  # the sustainments are shown as percentages only


# Two tables side by side, a blank column between: referrals by payment group numbered 1 to 4
# with their total, and job outcomes by payment group 1 to 9 (fuzz seed 236). The percentage
# sheet keeps the outcome table's group numbers, but the proof read them as outcome volumes:
# a run of numbers naming lines must have no figure left of it, and the referral table's
# figures stood left of 1 to 4, across the blank column. Only the run's own table is asked now.
REFERRALS_BY_GROUP = [
    ["Referrals by payment group"],
    [],
    ["Payment group", "Apr-14", "May-14", "Total"],
    [1, 15, 31, "=SUM(B4:C4)"],
    [2, 40, 10, "=SUM(B5:C5)"],
    [3, 10, 35, "=SUM(B6:C6)"],
    [4, 8, 21, "=SUM(B7:C7)"],
    ["All", "=SUM(B4:B7)", "=SUM(C4:C7)", "=SUM(D4:D7)"],
]
OUTCOMES_BY_GROUP = {g: [300 + 7 * g, 250 - 3 * g, 120 + 11 * g] for g in range(1, 10)}


def _side_by_side() -> tuple[list[list], dict[tuple[str, str], int]]:
    rows = [[*line, *[None] * (5 - len(line))] for line in REFERRALS_BY_GROUP]
    rows += [[None] * 5 for _ in range(12 - len(rows))]
    rows[0] += ["Job outcomes by payment group"]
    rows[2] += ["Payment group", "Q1", "Q2", "Q3"]
    for at, (group, figures) in enumerate(OUTCOMES_BY_GROUP.items(), start=3):
        rows[at] += [group, *figures]
    sums = [15 + 31, 40 + 10, 10 + 35, 8 + 21]
    cached = {("Referrals", f"D{r}"): s for r, s in zip(range(4, 8), sums, strict=True)}
    cached |= {("Referrals", "B8"): 73, ("Referrals", "C8"): 97, ("Referrals", "D8"): 170}
    return rows, cached


def test_outcomes_by_payment_group_beside_referrals_by_payment_group_are_shared(tmp_path):
    rows, cached = _side_by_side()
    source = write_book(tmp_path / "side.xlsx", {"Referrals": rows}, cached=cached)
    copy = sanitised_beside(source)[0]
    referrals = _shown(copy, "Referrals")
    assert [referrals[g][:3] for g in (1, 2, 3, 4)] == [
        [20, 40, 60], [40, 20, 60], [20, 40, 60], [0, 20, 20]
    ]  # fmt: skip
    shares = _shown(copy, "Job outcomes %")
    assert all(str(g) in shares or g in shares for g in OUTCOMES_BY_GROUP)
    for g in OUTCOMES_BY_GROUP:
        line = shares[g] if g in shares else shares[str(g)]
        assert all(0 < share < 1 for share in line[:3])  # shares, not volumes
    assert not set(v for f in OUTCOMES_BY_GROUP.values() for v in f) & set(
        v for line in referrals.values() for v in line
    )


# Months numbered 1 to 6 along the header under 'Month' (contract-year packs number them from
# April), no 'Total' column beside them (fuzz seeds 116, 127, 209, 251): the numbers were read
# as a line of figures and rounded to 0, 0, 0 ..., and the proof let it pass, reading them as
# counts too. They head the columns now (analyse/period_heads), and the proof refuses them
# rounded on its own (verify/period_heads).
MONTHS_NUMBERED = {"Leeds": [13, 27, 45, 61, 102, 7], "Bradford": [150, 133, 91, 12, 44, 51]}


def _months_numbered(corner: str) -> list[list]:
    rows: list[list] = [["Referrals by area, 2014-15"], [], [None, "Month"]]
    rows.append([corner, *range(1, 7)])
    return rows + [[area, *figures] for area, figures in MONTHS_NUMBERED.items()]


@pytest.mark.parametrize("corner", ["Area", "Payment group"])
def test_months_numbered_under_month_keep_their_numbers(tmp_path, corner):
    source = write_book(tmp_path / "months.xlsx", {"Referrals": _months_numbered(corner)})
    shown = _shown(sanitised_beside(source)[0], "Referrals")
    assert shown[corner][:6] == [1, 2, 3, 4, 5, 6]
    for area, figures in MONTHS_NUMBERED.items():
        assert shown[area][:6] == [_r20(f) for f in figures]


def test_months_numbered_under_month_rounded_are_refused_by_the_proof(tmp_path):
    rounded = {(3, col): 0 for col in range(1, 7)}
    found = misread_findings(tmp_path, _months_numbered("Area"), rounded, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


def test_a_line_of_referrals_under_month_is_no_header_to_the_proof(tmp_path):
    """'Referrals | 1 | 2 | 3' under 'Month' counts: kept as written, the proof refuses it."""
    rows = [*_months_numbered("Area")[:3], ["Referrals", 1, 2, 3, 4, 5, 6]]
    kept = {(3, col): col for col in range(1, 7)}
    found = misread_findings(tmp_path, rows, kept, "kept")
    assert any("multiple of 20" in f.kind or "count" in f.kind for f in found)


# Referrals by age band ('18-24', '25+') stacked over referrals by payment group numbered 1, 2,
# 6 on one sheet (fuzz seed 217): the proof read the label '25+' as a count written with a
# mark (as '47p' or '(11)' are), its row holding figures and its column the payment groups'
# typed numbers, and refused the copy. A band open at its top ('25+') just under the band it
# follows ('18-24'), or under words naming ages, is an age band.
AGES = {"18-24": [481, 1277], "25+": [436, 429]}
GROUPS_NUMBERED = {1: [55, 61], 2: [70, 12], 6: [33, 41]}


@pytest.mark.parametrize("bands", [["18-24", "25+"], ["Aged 18-24", "50+"]], ids=str)
def test_an_open_age_band_over_numbered_payment_groups_is_a_label(tmp_path, bands):
    rows: list[list] = [["Referrals by age band, 2014-15"], [], ["Age band", "Apr-14", "May-14"]]
    rows += [[band, *figures] for band, figures in zip(bands, AGES.values(), strict=True)]
    rows += [[], [], ["Referrals by payment group"], [], ["Payment group", "Apr-14", "May-14"]]
    rows += [[group, *figures] for group, figures in GROUPS_NUMBERED.items()]
    rows.append(["Total", 158, 114])
    source = write_book(tmp_path / "ages.xlsx", {"Referrals": rows})
    shown = _shown(sanitised_beside(source)[0], "Referrals")
    for band, figures in zip(bands, AGES.values(), strict=True):
        assert shown[band][:2] == [_r20(f) for f in figures]
    assert shown["Total"][:2] == [180, 120]  # 60 + 80 + 40, 60 + 20 + 40


def test_a_count_marked_with_a_plus_among_counts_is_still_refused(tmp_path):
    """'436+' under '18-24' in a column of counts is a count written with a mark."""
    rows = [["Referrals by age band"], [], ["Age band", "Apr-14", "May-14"]]
    rows += [["18-24", 481, 1277], ["25-49", 436, 429], ["Total", 917, 1706]]
    found = misread_findings(tmp_path, rows, {(4, 1): "436+"}, "kept")
    assert any("count written as text" in f.kind for f in found)


# Regions of one area each, every region's line under its area named by the place alone, and a
# typed grand total ('Derby South', 'Derby', 'Nottingham West', 'Nottingham', ..., 'Grand
# total'; fuzz seeds 146, 407). A line equal to the one next to it is no total to the tree
# reading (a coincidence as likely), so the grand total explained nothing and was rounded on
# its own: 880 where the regions shown add up to 860, and the proof passed it (its line over
# its fellows must add up all of them; these add up to twice it). The analysis reads the two
# levels now (analyse/one_part_groups), and the proof holds such a total on its own
# (verify/summed_lines._tree_not_shown).
ONE_AREA_EACH = {
    "Derby": ("Derby South", [225, 200, 238]),
    "Nottingham": ("Nottingham West", [21, 389, 273]),
    "Leicester": ("Leicester City", [118, 283, 333]),
}


def _one_area_each(word: str) -> list[list]:
    rows: list[list] = [["Referrals by area, 2014-15"], ["Area", "Jul-14", "Aug-14", "Sep-14"]]
    for region, (area, figures) in ONE_AREA_EACH.items():
        rows += [[area, *figures], [word.format(region), *figures]]
    grand = [sum(f[i] for _, f in ONE_AREA_EACH.values()) for i in range(3)]
    return [*rows, ["Grand total", *grand]]


@pytest.mark.parametrize("word", ["{}", "{} total"])
def test_a_grand_total_over_regions_of_one_area_each_adds_up_the_shown_regions(tmp_path, word):
    source = write_book(tmp_path / "regions.xlsx", {"Referrals": _one_area_each(word)})
    shown = _shown(sanitised_beside(source)[0], "Referrals")
    regions = [[_r20(f) for f in figures] for _, figures in ONE_AREA_EACH.values()]
    assert shown["Grand total"][:3] == [sum(c) for c in zip(*regions, strict=True)]  # 860


def test_a_grand_total_over_regions_of_one_area_each_rounded_alone_is_refused(tmp_path):
    """The copy the old reading made: every line rounded on its own, as figures."""
    rows = _one_area_each("{}")
    alone = {(r, c): float(_r20(rows[r][c])) for r in range(2, 9) for c in (1, 2, 3)}
    found = misread_findings(tmp_path, rows, alone, "rounded")  # 880 and 840 where 860 is
    assert {f.part for f in found if f.kind == NOT_THE_SUM} == {
        "'Referrals' C11",
        "'Referrals' D11",
    }


# Two tables of outcomes stacked on one sheet, the second by month numbered 1 to 3 under
# 'Month' beside a 'Total' column (fuzz seeds 401, 406, 434, 436, 451): the percentage sheet
# shows the months' numbers under 'Month' as the input does, but the proof refused them as
# amounts. A number heading a column is vouched for under the words over it, and the proof
# took those words up its column: 'Month' stands over the first number only, so over '2' and
# '3' it found the table above's '2015/16' (and nothing on the percentage sheet). Words over a
# header row's run, left of a number with nothing straight above it, are its words now.
SUSTAINMENTS_ABOVE_MONTHS = [
    ["Sustainment outcomes by area"],
    [],
    ["Area", "2014/15", "2015/16", "Total"],
    ["Sunderland", 245, 77, 322],
    ["Durham", 53, 128, 181],
    ["Grand total", 298, 205, 503],
    [],
    [],
    ["Job outcomes by area, 2014-15"],
    [],
    [None, "Month"],
    ["Area", 1, 2, 3, "Total"],
]
OUTCOMES_BY_MONTH = {"Leeds": [106, 88, 120], "Bradford": [96, 130, 77], "Wakefield": [140, 61, 99]}


def test_outcomes_by_month_numbered_under_outcomes_by_year_are_shared_as_shares(tmp_path):
    rows = list(SUSTAINMENTS_ABOVE_MONTHS)
    rows += [[area, *f, sum(f)] for area, f in OUTCOMES_BY_MONTH.items()]
    referrals = [["Referrals by area"], [], ["Area", "Apr-14"], ["Leeds", 45], ["Bradford", 77]]
    book = {"Referrals": referrals, "Job outcomes": rows}
    copy = sanitised_beside(write_book(tmp_path / "outcomes.xlsx", book))[0]
    sheets = openpyxl.load_workbook(copy, data_only=True)
    assert "Job outcomes" not in sheets.sheetnames  # outcome volumes are never shown
    lines = [
        [v for v in row if v is not None]
        for name in sheets.sheetnames
        if name.endswith("%")
        for row in sheets[name].iter_rows(values_only=True)
    ]
    assert ["Area", 1, 2, 3, "Total"] in lines or ["Area", "1", "2", "3", "Total"] in lines


# Referrals by office number stacked over referrals by month numbered under 'Month' with a
# total line (fuzz seed 649): the proof read the title 'Referrals by office no., 2014-15' as
# the words over the months' numbers 2 and 3 (up their column, the stacked tables' headers and
# title), took them for codes, and refused them as codes a total line adds up. Counted, such a
# number is judged by the readings of labels as any other now, which vouch for months numbered
# under 'Month'.
def test_months_numbered_under_a_table_of_office_numbers_keep_their_numbers(tmp_path):
    rows: list[list] = [["Referrals by office no., 2014-15"], ["Office no.", "Q1", "Q2", "Total"]]
    offices = {129: [138, 110], 137: [247, 152], 153: [66, 135]}
    rows += [[office, *f, sum(f)] for office, f in offices.items()]
    rows += [["Grand total", 451, 397, 848], [], [], ["Referrals by region, 2014-15"]]
    rows += [[None, "Month"], ["Region", 1, 2, 3, 4]]
    regions = {"Sunderland": [186, 149, 191, 19], "Gateshead": [28, 304, 57, 333]}
    rows += [[area, *f] for area, f in regions.items()]
    rows.append(["Total North East", *(a + b for a, b in zip(*regions.values(), strict=True))])
    shown = _shown(
        sanitised_beside(write_book(tmp_path / "stack.xlsx", {"Referrals": rows}))[0], "Referrals"
    )
    assert shown["Region"][:4] == [1, 2, 3, 4]
    assert shown["Total North East"][:4] == [200, 440, 260, 360]  # 180 + 20, 140 + 300 ...


# Referrals by office code set beside referrals by area, a blank column between, the codes'
# 'All' line on top ('Code | Jul-14 ...', 'All', 4047, 4065; fuzz seeds 474, 427): the plan
# kept the codes as labels, but the proof refused them as unrounded figures. The total line
# closing a run of codes is read from its first figure on, and the area table's figures stood
# first on that line, left of the codes. Only the run's own table is read now.
AREAS_BESIDE = [
    ["Referrals by area, 2014-15"],
    ["Area", "Jun-14", "Jul-14", "Total"],
    ["Derby", 822, 693, 1515],
    ["Leicester", 215, 223, 438],
    ["Chesterfield", 227, 187, 414],
    ["Total", 1264, 1103, 2367],
]
CODES = {4047: [28, 7, 4], 4065: [16, 16, 11]}


def test_office_codes_under_their_total_beside_another_table_are_kept(tmp_path):
    rows = [[*line, *[None] * (5 - len(line))] for line in AREAS_BESIDE] + [[None] * 5]
    rows[0].append("Referrals by office code, 2014-15")
    rows[2] += ["Code", "Jul-14", "Aug-14", "Sep-14"]
    rows[3] += ["All", *(sum(f[i] for f in CODES.values()) for i in range(3))]
    for at, (code, figures) in enumerate(CODES.items(), start=4):
        rows[at] += [code, *figures]
    copy = sanitised_beside(write_book(tmp_path / "codes.xlsx", {"Referrals": rows}))[0]
    sheet = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    shown = {r[5]: list(r[6:9]) for r in sheet.iter_rows(values_only=True) if len(r) > 8}
    for code, figures in CODES.items():
        assert shown[code] == [_r20(f) for f in figures]
    assert shown["All"] == [40, 20, 20]  # 20 + 20, 0 + 20, 0 + 20


# Job starts by payment group, years typed over the columns, then two blank lines and a table
# of job outcomes (fuzz seed 618): the proof read the outcome table's title as a note under
# the job starts, naming what they count, and refused their total line as outcome volumes
# (the years typed as numbers head nothing in words, and the groups' numbers name no measure,
# so a note under the figures decides). A line of words followed straight away by another
# table's header (words over the figure's column) is that table's title, no note.
STARTS_BY_GROUP = {1: [18, 22, 31], 2: [14, 8, 28], 3: [25, 3, 28]}


def test_job_starts_over_a_table_of_outcomes_are_rounded_with_their_total(tmp_path):
    rows: list[list] = [["Job starts by payment group"], ["Payment group", 2012, 2013, 2014]]
    rows += [[group, *f] for group, f in STARTS_BY_GROUP.items()]
    rows += [["Grand total", 57, 33, 87], [], [], ["Job outcomes by region"]]
    rows += [["Region", "Q1", "Q2"], ["Leeds", 86, 34], ["Bradford", 98, 126], ["Total", 184, 160]]
    copy = sanitised_beside(write_book(tmp_path / "starts.xlsx", {"Job starts": rows}))[0]
    shown = _shown(copy, "Job starts")
    assert shown["Grand total"][:3] == [60, 20, 80]  # 20 + 20 + 20, 20 + 0 + 0, 40 + 20 + 20
    assert "Leeds" not in shown


# Months numbered under 'Month' over age bands whose first line holds suppressed cells
# ('18-24 | 1230 | 806 | [c] | * | 440'; fuzz seed 818): the analysis keeps the numbers, but
# the proof vouched for a header row of numbers only over a figure in every column, and a
# marker standing for one is none, so it refused 1 to 5 as unrounded figures. A marker under
# a number ('..', '[c]', '*') is a figure the source suppressed: a header's first line.
def test_months_numbered_over_suppressed_cells_keep_their_numbers(tmp_path):
    rows: list[list] = [["Job starts by age band"], [], [None, "Month"]]
    rows += [["Age band", 1, 2, 3, 4, 5], ["18-24", 1230, 806, "[c]", "*", 440]]
    rows += [["25-34", 211, 116, 261, 161, 100], ["35-49", 240, 494, 280, 250, 663]]
    shown = _shown(
        sanitised_beside(write_book(tmp_path / "ages.xlsx", {"Job starts": rows}))[0], "Job starts"
    )
    assert shown["Age band"][:5] == [1, 2, 3, 4, 5]
    assert shown["18-24"][:5] == [1240, 800, "[c]", "*", 440]


# Attachments by payment group by month numbered under 'Month', stacked under a table of job
# outcomes by office (fuzz seed 847): the months' numbers are no words, so up the figures'
# column the proof's header band reached the outcome table's header and its title (read as a
# header over the columns right of it), named outcomes, and refused the attachments. A title
# of the figures' own between that band and them ('Attachments by payment group, 2014-15')
# sets the band aside now, as it set aside the title's breakdown before.
def test_attachments_by_numbered_month_under_a_table_of_outcomes_are_rounded(tmp_path):
    rows: list[list] = [["Job outcomes by office"], ["Office no.", "Q1", "Q2", "Q3", "Total"]]
    offices = {4000: [246, 90, 82], 4008: [57, 186, 136]}
    rows += [[office, *f, sum(f)] for office, f in offices.items()]
    rows += [["Grand total", 303, 276, 218, 797], [], [], ["Attachments by payment group, 2014-15"]]
    rows += [[], [None, "Month"], ["Payment group", 1, 2, 3]]
    groups = {"JSA 18-24": [76, 201, 18], "ESA Flow": [200, 202, 201]}
    rows += [[group, *f] for group, f in groups.items()]
    shown = _shown(
        sanitised_beside(write_book(tmp_path / "stack.xlsx", {"Attachments": rows}))[0],
        "Attachments",
    )
    assert shown["Payment group"][:3] == [1, 2, 3]
    for group, figures in groups.items():
        assert shown[group][:3] == [_r20(f) for f in figures]
    assert 4000 not in shown  # the outcomes are shown as percentages only


# A run of codes down a label column with no total line to close it ('CPA | Apr-14 | May-14',
# 7, 17; 'Office no.', 1023, 1030 ...; fuzz seeds 105, 140, 243, 261, 612) was rounded as
# counts (0, 20; 1,020, 1,040), the rows no longer told apart. In the table's first column
# they are its only labels (counts there would leave its lines unnamed), so they stand
# (session 21); beside a label column they still need the total line's words.
def test_cpa_numbers_without_a_total_line_keep_their_numbers(tmp_path):
    rows = [["Referrals by CPA, 2014-15"], [], ["CPA", "Apr-14", "May-14"]]
    rows += [[7, 104, 93], [17, 257, 311], [18, 66, 45]]
    shown = _shown(
        sanitised_beside(write_book(tmp_path / "cpa.xlsx", {"Referrals": rows}))[0], "Referrals"
    )
    assert {7, 17, 18} <= set(shown)


# Months numbered under 'Month' with a table set beside them on the same rows ('CPA | 1 | 2 ...
# 8', a blank column, 'Durham | 77'; fuzz seeds 654, 680): the analysis reads the numbers as
# heads of its own table's columns and keeps them, but the proof read a header row whole,
# across the blank column, and the other table's figure (77) broke the run 1, 2, 3, so it
# refused them as unrounded figures. Since session 22 the proof reads a header row's numbers
# within their own table, up to a blank column (verify/label_figures._own_table).
def test_months_numbered_beside_another_table_keep_their_numbers(tmp_path):
    rows = [
        ["Referrals by area, 2014-15", None, None, None, None, None, "Referrals by region"],
        [None, "Month", None, None, None, None, "Region", "Total"],
        ["Area", 1, 2, 3, 4, None, "Durham", 77],
        ["Leeds", 13, 27, 45, 61, None, "Sunderland", 151],
        ["Bradford", 150, 133, 91, 12, None, "Total", 228],
    ]
    shown = _shown(
        sanitised_beside(write_book(tmp_path / "beside.xlsx", {"Referrals": rows}))[0], "Referrals"
    )
    assert shown["Area"][:4] == [1, 2, 3, 4]
