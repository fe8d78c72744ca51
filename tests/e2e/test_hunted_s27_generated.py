"""What layouts generated at random with their ground truth found (session 27).

A generator lays out real-shaped tables (areas under regions under countries, totals above or
below their parts, typed or summed, one to six period columns, titles, notes, tables stacked
or side by side) and knows every cell's part: a label, a count, or a total over which counts.
Each copy is read back against that truth: every label as written, every count rounded to 20,
every total the sum of the rounded counts it covers and a live formula.

Areas set in under their region in one column ('East', 24, over '  Craven North', 12,
'  Halifax South', 0, '  Calderdale', 12), one period column: Craven North was read as the
total of the two lines after it (12 is 0 + 12), which left East, 24, adding up nothing, and the
proof refused the copy asking the analyst to report it to wpxl's maintainers. Where labels are
set in to show levels, a line is the total only of lines set in further than it
(analyse/trees): lines level with each other are siblings, whatever they add up to.

Two tables side by side, a blank column between, each with a line over its header ('Referrals
by month') and the left one a blank row under its header: the left table's header lines were
taken for the labels of the right one (a block of text just left of its figures), so one table
spanned both. The right table's region lines and grand total were rounded on their own
('All areas' 4,200 where its regions show 4,220), the left one's removed as totals over no
figures, and the proof passed it: each of its readings of lines takes a row's first words for
its label, the left table's. A block of text left of a table is its labels only if it reaches
down to the table's last figures (analyse/cut_off); and the proof reads each band of columns parted
by blank columns again on its own (verify/side_by_side), which refuses that copy.

A lone year over a table's one column of figures ('Region | Area | 2010'), a line over the
header naming its columns ('Attachments by month'), was kept as the label it is, and the proof
refused the copy: a lone year heads its column only after one corner word ('Area | 2010') or
under nothing. The label columns' headers, all of them, read back to a blank cell (a table
beside it on the left has its own header), head the year as one does (verify/year_labels), and
'Country', 'Nation', 'Ward' and 'Jobcentre' head label columns as 'Region' does. A line's
names ('North | Leeds | 2046') still make 2046 a count.

A header of years over two label columns, a blank row under it ('Region | Area | 2010 | 2011
| 2012', then a blank row, then the areas with the region column blank): the years were
rounded (2020, 2020, 2020), the proof refusing the copy. A table cut in two by a blank row is
joined again where the lower part's first row is a line of data, but that was asked only of
a lower part starting in the same column as the upper one, with a label in that column: the
lower part may leave the upper one's first columns blank, and its label may stand in any of
them (analyse/layout).

Beside it, a table headed 'Region | Area | 2012 | Total', a blank row under its header too:
its header line, holding a year, was read as a line of figures whose labels were the left
table's header line ('Country | Region | Area | 2011/12 | 2012/13', the same row, a blank
column between), so one table spanned both and the left one's region lines were rounded on
their own (refused by the proof's reading of each band of columns). A line of words beside a
line of figures alone is its labels only as wide as label columns go, three (analyse/cut_off).

Month codes heading columns ('Area | 201304 | 201305', two of them, or 'Area | Total | 201404 |
201405 | 201406', the total column first) were rounded as a line of figures (201300, 201300),
verified; only three or more, with no total word before them, headed columns. Two month codes
a month apart head their columns, after a total column too, in the analysis
(analyse/numbered_heads) and the proof (verify/repeated_heads, verify/label_figures): no two
counts over 199,000 one apart open a table. Codes not a month apart are still counts.

Markers of suppressed figures ('c', '..') in a table of sustainments, referrals and attachments
side by side: the proof read a marker as words heading the figures under it, so the
attachments under '..' counted what the nearest measure above named, and the copy was refused
as showing sustainments. A marker stands for a figure in the proof's index of a sheet's words
(verify/sheet_words). And a percentage sheet of sustainments by age band, some figures
suppressed: wpxl's note quoting the lines left out of a base ("'16-17', '18-24' are left out")
was refused as stating amounts. A label the sheet shows, quoted in that note, is judged where
it stands, not again in the note (verify/percent_words); and a label of digits and no words
is not quoted but called 'a row' (plan/percentages), as a line left out in every column is
not on the sheet to vouch for it ('JSA 18-24' names its group and is quoted).

Contract package areas by their numbers ('CPA' over 1, 4, 6 ... 18), one area's figure
suppressed ('..'): the proof read a label column only where each of its rows has a figure
right of it, and refused the numbers kept; a marker stands for a figure there too
(verify/label_figures).

Two tables of sustainments on one sheet, the first beside referrals, its sustainments all
under 20: the second went to a percentage sheet named 'Sustainments 2 %', and wpxl's pointer
to it ("Table 2 on 'volumes': shown as percentages on sheet 'Sustainments 2 %'.") was refused
as a whole percentage, 2 %, stated about the small line 'Sustainments'. A quoted name of one
of the copy's sheets states no share (verify/small_base_shares).

A lone year after a Total column ('Area | Total | 2011') was refused as a year among counts:
the label columns' headers before it may end with the total column's ('Total'), but a line's
names ('North | Total | 2046') still make 2046 a count (verify/year_labels). A table with its
header a blank row above its figures ('Area | Month 1 | Month 2 | Month 3 | Total'), stacked
under a table with a Total column: its header was taken for its title, since a header line
reaching into the label column was read as one only where the table's first line leaves that
column blank, so its columns took the table above's header for theirs, 'Month 2' under that
table's 'Total', and the run was refused as a total not adding up. A line naming every column,
the label column's too, is the table's header (analyse/cut_off), and so are two lines where
the first names their span ('2013/14') and the second every column.

Levels set out a column each ('Country | Region | Area | 2010 | Total'), a country with one
region ('Wales' over 'North Wales', its areas a column further): the region was rebuilt over
its rounded areas (840) and the country rounded on its own (820), the grand total adding it
in, which guidance R5 forbids, and the proof passed it. A line set out over one line alone by
its label's column (the next line a column to the right, none other at that level before a
line as far left as it) is its total, in the analysis (analyse/looks.by_column)
and, its own reading, the proof (verify/one_part_heads).

Ages naming a table's lines ('Age' over 22, 23, 24, 25), a blank row between the header and the
first line: the ages were rounded as counts (20, 20, 20, 20), and the proof passed it, its
reading of a label column finding no header over a blank row either. Both readings look over
one blank row for the header (analyse/label_numbers, verify/label_figures).

Job outcomes by area under years typed in their header ('Area | 2010 | 2011'), under a table of
referrals by age (ages typed in column A): wpxl's pointer where the outcomes stood ("Table 2 on
'referrals': shown as percentages on sheet 'Job outcomes %'.", in the header's row) was refused
as an outcome volume stated in an outcome line's place, its row and column holding typed
figures. wpxl's pointer states none (verify/invariants), as the proof's other text checks
already read it.
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.analyse import label_numbers, layout, roles, trees
from wpxl.errors import VerificationError
from wpxl.model import Cell
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file
from wpxl.verify.one_part_heads import ROUNDED_ALONE as ONE_PART_ALONE
from wpxl.verify.percent_words import STATED, stated_amounts
from wpxl.verify.year_labels import YEAR_AMONG_COUNTS

REGIONS = {
    "West": {"Leeds": 40, "York": 9},
    "London": {"Hull": 0, "Selby": 692, "Ripon": 324, "Whitby": 555},
    "Yorkshire": {"Halifax": 115, "Sheffield": 158},
    "East": {"Craven North": 12, "Halifax South": 0, "Calderdale": 12},
}


def _indented(path):
    """Attachments by area, each region's typed line over its areas set in by two spaces."""
    rows: list[list] = [["Attachments by area"], [], ["Area", "Month 1"]]
    for region, areas in REGIONS.items():
        rows.append([region, sum(areas.values())])
        rows += [[f"  {area}", value] for area, value in areas.items()]
    rows.append(["Total", sum(sum(areas.values()) for areas in REGIONS.values())])
    return write_book(path, {"Attachments": rows})


def test_a_line_level_with_the_lines_after_it_is_not_their_total(tmp_path):
    output, _ = sanitised_beside(_indented(tmp_path / "indented.xlsx"))
    sheet = openpyxl.load_workbook(output)["Attachments"]
    shown = openpyxl.load_workbook(output, data_only=True)["Attachments"]
    rows = {row[0].value: row[0].row for row in sheet.iter_rows(max_col=1) if row[0].value}
    east, craven = rows["East"], rows["  Craven North"]
    assert sheet.cell(east, 2).value == f"=SUM(B{east + 1}:B{east + 3})"
    assert sheet.cell(craven, 2).value == 20  # 12 rounded, a count of its own
    assert shown.cell(east, 2).value == 20 + 0 + 20
    total = rows["Total"]
    regions = [rows[name] for name in REGIONS]
    assert shown.cell(total, 2).value == sum(shown.cell(r, 2).value for r in regions)


LEFT = {"East": {"Whitby": (54, 752), "Wakefield": (521, 220)},
        "South": {"Ryedale": (0, 10), "Craven": (690, 571)}}  # fmt: skip
RIGHT = {"Midlands": {"Dewsbury": (418, 820), "Doncaster": (841, 177)},
         "London": {"Barnsley": (148, 872), "Hull": (385, 679)},
         "North": {"Rotherham": (814, 896), "Selby": (701, 762)}}  # fmt: skip


def _lines(regions: dict) -> list[list]:
    """'All areas', then each region's typed line over its areas set in under it."""
    sums = {r: [sum(v[i] for v in areas.values()) for i in (0, 1)] for r, areas in regions.items()}
    lines = [["All areas", *(sum(s[i] for s in sums.values()) for i in (0, 1))]]
    for region, areas in regions.items():
        lines.append([region, *sums[region]])
        lines += [[f"  {area}", *values] for area, values in areas.items()]
    return lines


def _side_by_side(path):
    """Referrals by area in two tables a blank column apart, each under a line naming its
    columns' months; the left one a blank row under its header."""
    head = ["Area", "Apr 2013", "May 2013"]
    rows = [["Referrals by area", None, None, None, "Referrals by area, 2014/15"], [],
            [None, "Referrals by month", None, None, None, "Referrals by month"],
            [*head, None, *head]]  # fmt: skip
    left, right = [[], *_lines(LEFT)], _lines(RIGHT)
    for at in range(max(len(left), len(right))):
        here = left[at] if at < len(left) else []
        rows.append([*(here + [None] * 3)[:3], None, *(right[at] if at < len(right) else [])])
    return write_book(path, {"Referrals": rows})


def test_tables_side_by_side_have_their_totals_rebuilt_each_over_its_own_lines(tmp_path):
    output, printed = sanitised_beside(_side_by_side(tmp_path / "beside.xlsx"))
    assert "removed" not in printed
    formulas = openpyxl.load_workbook(output)["Referrals"]
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    for col, regions in ((1, LEFT), (5, RIGHT)):
        rows = {r[0].value: r[0].row for r in formulas.iter_rows(min_col=col, max_col=col)}
        for region, areas in regions.items():
            for across in (col + 1, col + 2):
                assert str(formulas.cell(rows[region], across).value).startswith("=SUM(")
                parts = [shown.cell(rows[f"  {area}"], across).value for area in areas]
                assert shown.cell(rows[region], across).value == sum(parts)
        grand = [shown.cell(rows["All areas"], col + 1 + i).value for i in (0, 1)]
        assert grand == [
            sum(shown.cell(rows[r], col + 1 + i).value for r in regions) for i in (0, 1)
        ]
    assert shown.cell(rows["All areas"], 7).value == 4220  # 4,206 rounded alone shows 4,200


def test_the_proof_alone_refuses_the_tables_beside_each_other_read_as_one(tmp_path, monkeypatch):
    monkeypatch.setattr(layout, "_last_figure_row", lambda *args: 0)  # any text block: labels
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="rounded on its own"):
        sanitise_file(_side_by_side(tmp_path / "beside.xlsx"), job)


def test_a_table_beside_the_header_lines_of_another_keeps_its_own_total_line(tmp_path):
    """The right table's header on the line over the left table's header, its first areas
    beside that header: the left table's header lines still reach its figures' first rows."""
    areas = {"Ripon": (308, 70), "Bradford": (436, 105), "Harrogate": (99, 859)}
    right = [["Area", "Apr 2014", "May 2014"], *([a, *v] for a, v in areas.items())]
    right.append(["Total", *(sum(v[i] for v in areas.values()) for i in (0, 1))])
    left = [[None, None, "2013/14"], ["Region", "Area", "Q1 2013", "Q2 2013"], [],
            *_lines(LEFT)]  # fmt: skip
    left = [[line[0], None, *line[1:]] if len(line) == 3 else line for line in left]
    rows = [["Job starts by area", None, None, None, None, "Job starts, 2014/15"], []]
    for at in range(len(left)):
        here = (left[at] + [None] * 4)[:4]
        rows.append([*here, None, *(right[at] if at < len(right) else [])])
    output, _ = sanitised_beside(write_book(tmp_path / "beside.xlsx", {"Job starts": rows}))
    formulas = openpyxl.load_workbook(output)["Job starts"]
    shown = openpyxl.load_workbook(output, data_only=True)["Job starts"]
    total = next(
        r[0].row for r in formulas.iter_rows(min_col=6, max_col=6) if r[0].value == "Total"
    )
    for col in (7, 8):
        assert str(formulas.cell(total, col).value).startswith("=SUM(")
        parts = [shown.cell(total - k, col).value for k in (1, 2, 3)]
        assert shown.cell(total, col).value == sum(parts)


LONE_YEAR = [["Attachments by area"], [], [None, None, "Attachments by month"]]
REGION_LINES = [["North", None, 748], [None, "Leeds", 742], [None, "York", 6],
                ["South", None, 301], [None, "Hull", 301], ["Total", None, 1049]]  # fmt: skip


@pytest.mark.parametrize("corner", [["Region", "Area"], ["Country", "Area"], ["Nation", "Ward"]])
def test_a_lone_year_after_the_label_columns_headers_heads_its_column(tmp_path, corner):
    rows = [*LONE_YEAR, [*corner, 2010], *REGION_LINES]
    output, _ = sanitised_beside(write_book(tmp_path / "year.xlsx", {"Attachments": rows}))
    shown = openpyxl.load_workbook(output, data_only=True)["Attachments"]
    header = next(r for r in shown.iter_rows(values_only=True) if r[0] == corner[0])
    assert header[:3] == (*corner, 2010)
    lines = {r[1] or r[0]: r[2] for r in shown.iter_rows(values_only=True) if r[2] is not None}
    assert (lines["North"], lines["Leeds"], lines["York"]) == (740, 740, 0)


def test_the_proof_refuses_a_year_like_count_after_a_lines_names(tmp_path):
    rows = [*LONE_YEAR, ["Region", "Area", "Apr 2013"], ["North", "Leeds", 2046],
            [None, "York", 13], ["Total", None, "=SUM(C5:C6)"]]  # fmt: skip
    found = misread_findings(tmp_path, rows, {(4, 2): 2046}, "kept")
    assert any(f.part.endswith("C7") and f.kind == YEAR_AMONG_COUNTS for f in found), found


@pytest.mark.parametrize("regions", [False, True])
def test_a_header_of_years_a_blank_row_over_lines_leaving_its_first_column_blank(tmp_path, regions):
    lines = [[None, "Craven", 711, 615, 13], [None, "York", 679, 9, 610]]
    if regions:  # the region's own line, in the first column
        lines.append(["North", None, 1390, 624, 623])
    rows = [["Job starts by area"], [], ["Region", "Area", 2010, 2011, 2012], [], *lines]
    output, _ = sanitised_beside(write_book(tmp_path / "years.xlsx", {"Job starts": rows}))
    shown = openpyxl.load_workbook(output, data_only=True)["Job starts"]
    values = list(shown.iter_rows(values_only=True))
    assert ("Region", "Area", 2010, 2011, 2012) in [v[:5] for v in values]
    assert (None, "Craven", 720, 620, 20) in [v[:5] for v in values]


def test_a_header_of_a_year_beside_another_tables_header_line_is_not_its_labels(tmp_path):
    left = [["Country", "Region", "Area", "2011/12", "2012/13"], [],
            ["England", None, None, 1974, 1887], [None, "Yorkshire", None, 264, 983],
            [None, None, "Selby", 142, 796], [None, None, "Scarborough", 122, 187],
            [None, "East", None, 1710, 904], [None, None, "Wakefield", 357, 469],
            [None, None, "Harrogate", 1353, 435]]  # fmt: skip
    right = [["Region", "Area", 2012, "Total"], [], [None, "Dewsbury", 382, 382],
             [None, "Leeds", 91, 91], ["London total", None, 473, 473]]  # fmt: skip
    rows = [["Referrals by area", None, None, None, None, None, "Referrals, 2014/15"], []]
    for at, line in enumerate(left):
        rows.append([*(line + [None] * 5)[:5], None, *(right[at] if at < len(right) else [])])
    output, _ = sanitised_beside(write_book(tmp_path / "beside.xlsx", {"Referrals": rows}))
    formulas = openpyxl.load_workbook(output)["Referrals"]
    found = {c.value: c.row for r in formulas.iter_rows(max_col=7) for c in r if c.value}
    for line in ("England", "Yorkshire", "East"):
        assert all(str(formulas.cell(found[line], c).value).startswith("=SUM(") for c in (4, 5))
    assert formulas.cell(found["Region"], 9).value == 2012
    assert str(formulas.cell(found["London total"], 9).value).startswith("=SUM(")


def _coded(path, head: list, total_first: bool = False):
    """Referrals by area under month codes, a Total line, and a Total column (first) if asked."""
    lines = [["Leeds", 13, 27], ["York", 5, 44], ["Hull", 113, 9]]
    rows = [["Referrals by area"], [], ["Area", *(["Total"] if total_first else []), *head]]
    for at, (area, *counts) in enumerate(lines, 4):
        rows.append([area, *([f"=SUM(C{at}:D{at})"] if total_first else []), *counts])
    columns = "BCD" if total_first else "BC"
    rows.append(["Total", *(f"=SUM({c}4:{c}6)" for c in columns)])
    return write_book(path, {"Referrals": rows})


@pytest.mark.parametrize("total_first", [False, True])
def test_two_month_codes_head_their_columns(tmp_path, total_first):
    source = _coded(tmp_path / "codes.xlsx", [201304, 201305], total_first)
    output, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    header = next(r for r in shown.iter_rows(values_only=True) if r[0] == "Area")
    assert header[1 + total_first : 3 + total_first] == (201304, 201305)


def test_the_proof_refuses_codes_not_a_month_apart_kept(tmp_path):
    rows = [["Referrals by area"], [], ["Area", 201304, 201306], ["Leeds", 13, 27],
            ["York", 5, 44], ["Total", "=SUM(B4:B5)", "=SUM(C4:C5)"]]  # fmt: skip
    found = misread_findings(tmp_path, rows, {(2, 1): 201304, (2, 2): 201306}, "kept")
    assert any(f.part.endswith("B5") for f in found), found


def test_attachments_under_a_marker_beside_sustainments_are_rounded_counts(tmp_path):
    rows = [["Work Programme by area"], [], ["Area", "Sustainments", "Referrals", "Attachments"],
            ["Doncaster", 864, 819, 120], ["Leeds", "c", 331, ".."], ["Kirklees", 0, 213, 4],
            ["Dewsbury", 12, 617, 59]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "marked.xlsx", {"Volumes": rows}))
    shown = openpyxl.load_workbook(output, data_only=True)["Volumes"]
    lines = {r[0]: r[1:4] for r in shown.iter_rows(values_only=True) if r[0] in AREAS_MARKED}
    assert lines["Leeds"] == ("c", 340, "..")
    assert [lines[a][1:] for a in ("Kirklees", "Dewsbury")] == [(220, 0), (620, 60)]
    assert all(lines[a][0] is None for a in ("Doncaster", "Kirklees", "Dewsbury"))


AREAS_MARKED = ("Doncaster", "Leeds", "Kirklees", "Dewsbury")


def test_the_note_on_age_bands_left_out_of_a_base_is_carried(tmp_path):
    rows = [["Sustainments by age band"], [], ["Age band", "Q1 2013/14", "Q2 2013/14"],
            ["16-17", 14, 609], ["18-24", "-", 62], ["25-34", 57, 344],
            ["35-44", 749, "c"]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "bands.xlsx", {"Volumes": rows}))
    shown = openpyxl.load_workbook(output)["Sustainments %"]
    notes = [c.value for c in shown["A"] if str(c.value).startswith("The percentages in")]
    assert len(notes) == 1 and "only: a row is left out" in notes[0]
    assert "35-44" in [c.value for c in shown["A"]]  # shown, its share of the other column


def test_the_note_on_an_age_band_left_out_of_every_column_is_carried(tmp_path):
    rows = [["Work Programme by age band"], [], ["Age band", "Sustainments", "Job starts"],
            ["16-17", "c", 354], ["18-24", 264, 12], ["25-34", 1, 383],
            ["35-44", 867, 240]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "bands.xlsx", {"Volumes": rows}))
    shown = openpyxl.load_workbook(output)["Sustainments %"]
    notes = [c.value for c in shown["A"] if str(c.value).startswith("The percentages in")]
    assert len(notes) == 1 and "only: a row is left out" in notes[0]


def _note(label: str) -> dict:
    note = f"The percentages in B7:B9 are of the job outcomes shown only: '{label}' is left out."
    return {(3, 0): Cell(note), (7, 0): Cell("16-17")}


@pytest.mark.parametrize(("label", "stated"), [("16-17", False), ("ESA Flow (3)", True)])
def test_the_proof_judges_a_quoted_label_only_where_the_sheet_shows_it(label, stated):
    cells = _note(label)
    found = stated_amounts("Job outcomes %", cells, frozenset({"16-17"}))
    assert [f.kind for f in found] == ([STATED] if stated else [])


def test_numbers_naming_areas_beside_a_suppressed_figure_are_kept(tmp_path):
    lines = [[1, 478], [4, 1], [6, 157], [7, 168], [9, ".."], [16, 311], [18, 4]]
    rows = [["Job starts by CPA"], [], ["CPA", "Apr 2013"], *lines, ["Total", 1119]]
    output, _ = sanitised_beside(write_book(tmp_path / "cpa.xlsx", {"Volumes": rows}))
    shown = openpyxl.load_workbook(output, data_only=True)["Volumes"]
    kept = [r[:2] for r in shown.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert kept == [(1, 480), (4, 0), (6, 160), (7, 160), (9, ".."), (16, 320), (18, 0)]


def test_a_pointer_to_a_second_percentage_sheet_of_a_measure_is_carried(tmp_path):
    rows = [["Programme figures by CPA"], [], ["CPA", "Sustainments", "Referrals"],
            [4, 8, 338], [5, 13, 4], [6, 8, 6], [], [],
            ["Sustainments by age"], [], ["Age", "Q1 2013/14"], [19, 203], [20, 171],
            [21, 116]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "two.xlsx", {"Volumes": rows}))
    book = openpyxl.load_workbook(output)
    assert "Sustainments 2 %" in book.sheetnames
    texts = [c.value for r in book["Volumes"].iter_rows() for c in r if isinstance(c.value, str)]
    assert any("'Sustainments 2 %'" in t for t in texts)


def test_a_lone_year_after_a_total_column_heads_its_column(tmp_path):
    rows = [["Job starts by area"], [], [None, None, "2013/14"], ["Area", "Total", 2011],
            ["Wales", 664, 664], ["  Whitby", 217, 217], ["  Ryedale", 4, 4],
            ["  Wakefield", 443, 443]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "year.xlsx", {"Job starts": rows}))
    shown = openpyxl.load_workbook(output, data_only=True)["Job starts"]
    values = [r[:3] for r in shown.iter_rows(values_only=True)]
    assert ("Area", "Total", 2011) in values
    assert ("  Whitby", 220, 220) in values


def test_the_proof_refuses_a_year_like_count_on_a_subtotal_line_kept(tmp_path):
    rows = [["Job starts by area"], [], ["Region", "Area", "Apr 2013"], ["North", "Leeds", 13],
            ["North", "Total", 2046], ["South", "Hull", 11]]  # fmt: skip
    found = misread_findings(tmp_path, rows, {(4, 2): 2046}, "kept")
    assert any(f.part.endswith("C7") and f.kind == YEAR_AMONG_COUNTS for f in found), found


def test_a_header_a_blank_row_above_its_figures_under_a_table_with_a_total_column(tmp_path):
    upper = [["Referrals by area"], [], ["Area", "JSA 18-24", "Total"],
             ["  Wakefield North", 545, 545], ["  Wakefield South", 407, 407],
             ["Midlands total", 952, 952], ["  Wakefield", 761, 761], ["  Selby North", 781, 781],
             ["East total", 1542, 1542], ["Total", 2494, 2494], [], []]  # fmt: skip
    lower = [["Referrals by area, 2014/15"], [], ["Area", "Month 1", "Month 2", "Month 3", "Total"],
             [], ["North East", 115, 44, 811, 970], ["  Harrogate South", 108, 37, 8, 153],
             ["  Sheffield South", 7, 7, 803, 817], ["South", 1602, 691, 1146, 3439],
             ["  Hull South", 480, 89, 14, 583], ["  Scarborough North", 736, 2, 626, 1364],
             ["  Selby", 386, 600, 506, 1492], ["Total", 1717, 735, 1957, 4409]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "st.xlsx", {"Referrals": upper + lower}))
    formulas = openpyxl.load_workbook(output)["Referrals"]
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    hull = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == "  Hull South")
    assert [shown.cell(hull, c).value for c in (2, 3, 4)] == [480, 80, 20]
    assert str(formulas.cell(hull, 5).value).startswith("=SUM(")
    assert str(formulas.cell(hull - 1, 3).value).startswith("=SUM(")  # South over its areas


def test_a_header_of_two_lines_a_blank_row_above_its_figures_under_a_total_column(tmp_path):
    upper = [["Referrals by area"], [], ["Area", "Total", "Apr 2014"],
             ["West", "=SUM(C4:C4)", 1166], ["Calderdale", "=SUM(C5:C5)", 244],
             ["Ripon", "=SUM(C6:C6)", 922], [], []]  # fmt: skip
    lower = [["Referrals by area, 2014/15"], [], [None, "2013/14"],
             ["Area", "Apr-13", "May-13", "Jun-13"], [], ["Harrogate", 225, 156, 74],
             ["Rotherham", 10, 0, 225],
             ["Total", "=SUM(B14:B15)", "=SUM(C14:C15)", "=SUM(D14:D15)"]]  # fmt: skip
    cached = {("Referrals", a): v for a, v in (("B4", 1166), ("B5", 244), ("B6", 922))}
    cached.update({("Referrals", a): v for a, v in (("B16", 235), ("C16", 156), ("D16", 299))})
    book = write_book(tmp_path / "two.xlsx", {"Referrals": upper + lower}, cached=cached)
    output, _ = sanitised_beside(book)
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    values = [r[:4] for r in shown.iter_rows(values_only=True)]
    assert ("Harrogate", 220, 160, 80) in values
    assert ("Total", 240, 160, 300) in values


def _countries(path):
    """Attachments by country, region and area a column each, typed; Wales has one region."""
    rows = [["Attachments by area"], [], ["Country", "Region", "Area", 2010, "Total"],
            ["Great Britain", None, None, 2461, 2461],
            ["England", None, None, 1632, 1632], [None, "West", None, 1000, 1000],
            [None, None, "Whitby", 742, 742], [None, None, "Selby", 258, 258],
            [None, "East", None, 632, 632], [None, None, "Hull", 122, 122],
            [None, None, "Sheffield", 510, 510],
            ["Wales", None, None, 829, 829], [None, "North Wales", None, 829, 829],
            [None, None, "Craven", 14, 14], [None, None, "York", 474, 474],
            [None, None, "Ripon", 341, 341]]  # fmt: skip
    return write_book(path, {"Attachments": rows})


def test_a_country_of_one_region_set_out_a_column_left_is_its_total(tmp_path):
    output, _ = sanitised_beside(_countries(tmp_path / "countries.xlsx"))
    formulas = openpyxl.load_workbook(output)["Attachments"]
    shown = openpyxl.load_workbook(output, data_only=True)["Attachments"]
    found = {c.value: c.row for r in formulas.iter_rows(max_col=3) for c in r if c.value}
    wales, north = found["Wales"], found["North Wales"]
    assert formulas.cell(wales, 4).value == f"=SUM(D{north})"
    assert shown.cell(wales, 4).value == shown.cell(north, 4).value == 20 + 480 + 340  # not 820
    grand = shown.cell(found["Great Britain"], 4).value
    assert grand == shown.cell(found["England"], 4).value + shown.cell(wales, 4).value


def test_the_proof_alone_refuses_a_country_of_one_region_rounded_on_its_own(tmp_path, monkeypatch):
    monkeypatch.setattr(roles, "by_column", lambda *args: (frozenset(), {}))  # no columns read
    monkeypatch.setattr(trees._Reader, "_over_one_total", lambda *args: None)  # nor its figures
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match=ONE_PART_ALONE):
        sanitise_file(_countries(tmp_path / "countries.xlsx"), job)


AGES = [["Attachments by age"], [], ["Age", "2011/12", "2012/13", "2013/14"], [],
        [22, 600, 2, 3], [23, 41, 752, 830], [24, 752, 126, 11], [25, 540, 521, 324]]  # fmt: skip


def test_ages_a_blank_row_under_their_header_are_kept(tmp_path):
    output, _ = sanitised_beside(write_book(tmp_path / "ages.xlsx", {"Attachments": AGES}))
    shown = openpyxl.load_workbook(output, data_only=True)["Attachments"]
    lines = [r[:4] for r in shown.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert lines == [(22, 600, 0, 0), (23, 40, 760, 840), (24, 760, 120, 20), (25, 540, 520, 320)]


def test_the_proof_alone_refuses_ages_a_blank_row_under_their_header_rounded(tmp_path, monkeypatch):
    monkeypatch.setattr(label_numbers, "header_names_numbers", lambda *args: None)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="a number naming a row or column, rounded"):
        sanitise_file(write_book(tmp_path / "ages.xlsx", {"Attachments": AGES}), job)


def test_a_pointer_where_outcomes_under_typed_years_stood_is_carried(tmp_path):
    rows = [["Referrals by age"], [], ["Age", "Apr 2013", "May 2013"], [22, 600, 2],
            [23, 41, 752], [24, 752, 126], [], ["Job outcomes by area"], [],
            ["Area", 2010, 2011], ["Leeds", 82, 4], ["York", 555, 12],
            ["Hull", 6, 131]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "pointer.xlsx", {"Referrals": rows}))
    book = openpyxl.load_workbook(output)
    texts = [c.value for r in book["Referrals"].iter_rows() for c in r if isinstance(c.value, str)]
    assert "Table 2 on 'Referrals': shown as percentages on sheet 'Job outcomes %'." in texts
    assert "Job outcomes %" in book.sheetnames
