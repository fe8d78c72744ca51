"""What layouts generated at random with their ground truth found (session 28).

The generator of session 27 (tests/e2e/generated_layouts) with job outcomes stacked under some
tables of volumes, every outcome figure known: none may reach the copy as a number.

Job starts by payment group numbers ('Payment group | 2010 | 2011', a blank row, then 1, 2, 3,
4 and 'Total'): the header, years typed as numbers with no word over a figure, was cut off its
lines by the blank row and read as a table of its own, a line of year-sized counts, rounded
(2020, 2020); the lines, named by numbers and no words, were not taken for the table going on.
The proof refused the copy. A line naming the label column, then years a year apart (a Total
column may follow them), heads lines named by numbers one blank row under it
(analyse/split_tables).

The same with contract package areas ('CPA | 2010 | Total', a blank row, then 3, 8, 9 ...)
beside a table whose lines start straight under its header: the areas' numbers and the year
were rounded (0, 0, 0 and 2020), the Total column rounded as counts, and the proof passed it.
Its reading of a label column looks over a blank row for the header naming the numbers, but a
row was blank only if the whole sheet's row was, and the table beside filled it. A row is
blank over a label column when it is blank across that column's own table, up to a column
blank on all its lines (verify/rows_of, verify/label_figures); the proof alone refuses such
numbers rounded.

Job starts under years typed as numbers ('Area | 2010 | 2011'), their region and Total lines
labelled in the first column, then 'Job outcomes by area', a blank row, and the outcomes'
header: under a line naming its span ('2013/14'), or a blank row above its figures, or naming
its columns by years typed as numbers too ('Area | 2010 | 2011 | Total'). The proof took the
title for a note under the job starts naming what they count (their typed years name nothing,
so a note under their figures is asked before the sheet's name), and refused their region and
Total lines as outcome volumes. A lone line one blank row over a header is a table's title in
each of those shapes (verify/table_titles).

Countries over regions over areas, levels set in by spaces, totals above their parts, each
country with one region ('Scotland', '  East Scotland', then its areas set in further, then
'England'): a line was the total of one line set in under it only when the line after that
was back at its own level ('Preston' over 'Preston JCP', then 'Blackburn'), so 'Scotland' was
rounded on its own (20, where its areas show 0 + 20 + 20) and the proof refused the copy. A
line is the total of the next line set in further when the lines after it, down to one as
far left as it, are all set in further than that one (analyse/looks), as by columns.

A month code alone heading a table's one column ('Area | 201304' over the areas): read as a
line of figures named 'Area', the code was rounded as a count (201300) and the proof passed
it, a multiple of 20 on a line of counts; two or more codes a month apart already headed their
columns. After a corner naming the label column ('Area', 'Office', 'Payment group'), a month
code alone heads its column, as a year alone does, in the analysis (analyse/lone_codes) and the
proof (verify/lone_codes, which now holds the corner words verify/year_labels reads too).

Ages from 20 ('Age' over 20, 21, 22, 23) under years typed as numbers with a line naming their
span over them ('2013/14', then 'Age | 2010 | 2011 | Total'), a blank row under the header:
the header of two lines was cut off as before, and the ages rounded (20, 20, 20, 20), verified.
The proof asks only the first figure of each run in the copy whether it names a line, and the
first age, 20, was the input's own. Lines of words over the years may name their span
(analyse/split_tables); and where a run's first figure is the input's, the proof asks the first
under it that is not (verify/kept_labels).

Job starts by payment group, the ESA flows named by their prognosis ('ESA flow 3/6 months',
'ESA flow 12 months'): a time in months on a job-starts line was read as how long the job
lasted, so the flows' starts went to a percentage sheet as outcomes, and the table's total with
them. A prognosis is a time before the job, as one on benefit is (analyse/words, and the
proof's own reading, verify/lasted); an ESA flow's starts that lasted ('in work 26 weeks',
'lasting 13 weeks') are still outcomes.

Month codes heading columns after 'Country' or 'County' ('Country | Area | 201304 | 201305'):
both readings took 'Country' for a word naming a measure, as it holds 'count', so the codes
were a line of counts named so, rounded (201300, 201300) and verified. 'Count' names a
measure, 'Headcount' too; 'Country', 'County' and 'Counties' do not (analyse/label_numbers,
analyse/grouped_runs, and the proof's own words, verify/label_heads, verify/grouped_runs).

A month code alone after a Total column or before one ('Area | Total | 201304', 'Area | 201304
| Total'), or after two label columns ('Region | Area | 201304'): rounded (201300) and
verified, as the lone code after one corner word was. The label columns' headers and the total
column's may stand beside it (analyse/lone_codes, verify/lone_codes), and in the proof one
blank row under it.

Month codes heading columns a blank row over their figures ('Area | 201304 | 201305 | 201306
| Total', then a blank row): the proof read a header row of numbers only straight over
figures, and refused the codes kept. It looks over one blank row (verify/label_figures). And
ages under month codes a blank row apart ('2013/14', then 'Age | 201304 | 201305', a blank
row, then 17, 18, 19): cut off as years were, the codes and the ages were rounded, refused.
Month codes a month apart head lines named by numbers as years do (analyse/split_tables).

Job starts under typed years, over 'Job outcomes by area', a blank row, and the outcomes'
header naming its columns by month codes ('Area | 201304 | 201305 | Total'): the proof took the
title for a note naming the starts, as it did over a header of typed years, and refused the
starts' region and Total lines as outcome volumes. Month codes a month apart after a word
naming the label column make a header too (verify/table_titles).

A table's total line set above its header, a blank row between ('All areas | 218 | 40' over
'Area | Apr 2013 | May 2013' and the areas): read as a table of one line, its figures were
rounded on their own (220 where the areas show 60 + 120 + 60), and the proof refused the copy.
A line alone naming a whole, one or two blank rows over a table in the same columns, each of
its figures the exact sum of the counts under it there, is that table's total line
(analyse/lines_above).

A month code alone over a label column of numbers named 'Age' or 'Year' ('Age | 201304 |
Total' over ages 19 to 22): rounded (201300) and verified, as 'Age' was no corner word of a
lone code. It is, in both readings, where no figure stands over the code (a line 'Year |
201304' under months of counts holds a count, rounded).

A year alone after a Total column, a blank row over ages ('Age | Total | 2010', then 17, 18,
19): cut off its lines, the year was rounded to 2020 and the copy verified, a year-shaped
figure being no year among counts to the proof, and a lone year no label it asked of. A Total
column may stand before the periods of such a header (analyse/split_tables), and the proof
reads a year alone after the label columns' headers as heading its column, refusing it rounded
(verify/lone_codes).

A table's total line a blank row over a header of month codes ('Total | 18 | 71', then 'Area |
201304 | 201305'): the header, a name then count-sized numbers, was taken for the total line's
table going on, so the codes were rounded as a line of counts, refused. A header naming its
columns by month codes is no data going on (analyse/split_tables). And a line naming a place
that is the whole ('Great Britain | 1247') over the table's header: it names no whole in words,
so it was rounded on its own, only by chance the sum of the rounded areas where the generated
layouts found it; over a header, its figures each the exact sum of the counts under them, it
is the table's total line too (analyse/lines_above).

The outcomes' own total line between their title and their header, a blank row either side
('Job outcomes by area', then 'All areas | 1185 | 465', then 'Area | JSA 18 to 24 | ...'):
the proof took the title for a note naming the job starts above it, and refused their region
lines as outcome volumes. A table's total line may stand there (verify/table_titles).

'All areas' over a table whose Total column comes first ('Area | Total | Apr 2013'): its figure
over the Total column adds up the lines' totals, not counts, so it was rounded on its own and
refused; over a Total column it is read against each line's total (analyse/lines_above).

Year-sized counts on the first lines under a month code, a blank row between ('Area | 201304',
a blank row, then 'Leeds | 2046', 'York | 2013'; or Scotland's 2,090 under 'Country | Region
| Area | 201304'): cut off by the blank row, the lines were read as a header of years, the
counts carried unrounded, and the proof refused the copy. A header naming its columns by
month codes goes on with lines named in words under it whatever their figures' size
(analyse/split_tables), and a line's one year-sized figure under a month code, a blank row
between, is a count (analyse/year_sized_lines).

The same under two label columns ('Region | Area | 201304', each area's line leaving the
region's column blank): a line's name was looked for in the table's first column only, so the
areas' year-sized counts were read as a header again. The name is the line's first words,
in whichever label column they stand (analyse/year_sized_lines).
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from wpxl import analyse
from wpxl.analyse import layout, numbered_heads, split_tables, trees
from wpxl.errors import VerificationError
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file

STARTS = [["Job starts by payment group"], [], ["Payment group", 2010, 2011], [],
          [1, 646, 13], [2, 777, 74], [3, 484, 79], [4, 11, 245],
          ["Total", "=SUM(B5:B8)", "=SUM(C5:C8)"]]  # fmt: skip


def _lines(output, sheet: str) -> list[tuple]:
    shown = openpyxl.load_workbook(output, data_only=True)[sheet]
    return [r[:3] for r in shown.iter_rows(values_only=True)]


def test_a_header_of_years_a_blank_row_over_payment_group_numbers_heads_them(tmp_path):
    output, _ = sanitised_beside(write_book(tmp_path / "groups.xlsx", {"Job starts": STARTS}))
    lines = _lines(output, "Job starts")
    assert ("Payment group", 2010, 2011) in lines
    assert [line for line in lines if isinstance(line[0], int)] == [
        (1, 640, 20), (2, 780, 80), (3, 480, 80), (4, 20, 240)
    ]  # fmt: skip
    assert ("Total", 1920, 420) in lines
    formulas = openpyxl.load_workbook(output)["Job starts"]
    total = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == "Total")
    assert formulas.cell(total, 2).value == f"=SUM(B{total - 4}:B{total - 1})"


def _beside(path):
    """Attachments by CPA ('CPA | 2010 | Total', a blank row under it), beside a table of
    quarters whose lines start straight under its header."""
    left = [["CPA", 2010, "Total"], [], [3, 580, 580], [8, 832, 832], [9, 711, 711],
            [14, 0, 0], [16, 35, 35]]  # fmt: skip
    right = [["CPA", "Q1 2013", "Q2 2013"], [2, 2, 220], [6, 12, 6], [8, 0, 2], [12, 13, 14],
             [15, 455, 828], [18, 0, 217], ["Total", 482, 1287]]  # fmt: skip
    rows = [["Attachments by area", None, None, None, "Attachments by area, 2014/15"], []]
    for at, line in enumerate(right):
        here = left[at] if at < len(left) else []
        rows.append([*(here + [None] * 3)[:3], None, *line])
    return write_book(path, {"Attachments": rows})


def test_numbers_of_areas_a_blank_row_under_years_beside_another_table_are_kept(tmp_path):
    output, _ = sanitised_beside(_beside(tmp_path / "beside.xlsx"))
    lines = _lines(output, "Attachments")
    assert ("CPA", 2010, "Total") in lines
    assert [line for line in lines if line[0] in (3, 8, 9, 14, 16)] == [
        (3, 580, 580), (8, 840, 840), (9, 720, 720), (14, 0, 0), (16, 40, 40)
    ]  # fmt: skip
    formulas = openpyxl.load_workbook(output)["Attachments"]
    row = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == 3)
    assert formulas.cell(row, 3).value == f"=SUM(B{row})"


def test_the_proof_alone_refuses_numbers_of_areas_beside_another_table_rounded(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(split_tables, "_periods_head_numbered_lines", lambda *args: False)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="a number naming a row or column, rounded"):
        sanitise_file(_beside(tmp_path / "beside.xlsx"), job)


STARTS_BY_YEAR = [["Job starts by area"], [], ["Area", 2010, 2011], ["North", 1423, 87],
                  ["  Leeds", 646, 13], ["  York", 777, 74], ["South", 484, 79],
                  ["  Hull", 484, 79], ["Total", 1907, 166]]  # fmt: skip
AREAS = [["Calderdale", 520, 9, 529], ["Ripon", 665, 456, 1121], ["Total", 1185, 465, 1650]]
OUTCOME_HEADS = {
    "span": [[None, "2013/14"], ["Area", "JSA 18 to 24", "JSA 25 and over", "Total"]],
    "blank": [["Area", "JSA 18 to 24", "JSA 25 and over", "Total"], []],
    "years": [["Area", 2010, 2011, "Total"]],
    "codes": [["Area", 201304, 201305, "Total"]],
}


@pytest.mark.parametrize("head", OUTCOME_HEADS)
def test_job_starts_over_an_outcome_table_a_blank_row_under_its_title_are_shown(tmp_path, head):
    outcomes = [[], [], ["Job outcomes by area"], [], *OUTCOME_HEADS[head], *AREAS]
    book = write_book(tmp_path / "stacked.xlsx", {"Job starts": STARTS_BY_YEAR + outcomes})
    output, _ = sanitised_beside(book)
    lines = _lines(output, "Job starts")
    assert ("North", 1420, 100) in lines
    assert ("Total", 1900, 180) in lines
    assert "Job outcomes %" in openpyxl.load_workbook(output).sheetnames
    assert not any(line[0] == "Calderdale" and line[1] is not None for line in lines)


def test_payment_group_starts_over_outcomes_under_a_span_line_are_shown(tmp_path):
    outcomes = [[], [], ["Job outcomes by area"], [], *OUTCOME_HEADS["span"], *AREAS]
    book = write_book(tmp_path / "stacked.xlsx", {"Job starts": STARTS + outcomes})
    output, _ = sanitised_beside(book)
    assert ("Total", 1920, 420) in _lines(output, "Job starts")


def _countries_set_in(path):
    """Referrals by area, totals above their parts, levels set in by spaces: each country has
    one region, set in under it, over its areas set in further."""
    rows = [["Referrals by area"], [], ["Area", "Q1 2013", "Total"],
            ["Scotland", 25, 25], ["  East Scotland", 25, 25], ["    Huddersfield", 1, 1],
            ["    Doncaster", 12, 12], ["    Calderdale", 12, 12], ["England", 231, 231],
            ["  South England", 231, 231], ["    Craven North", 155, 155],
            ["    Hambleton", 75, 75], ["    Hambleton South", 1, 1],
            ["Total", 256, 256]]  # fmt: skip
    return write_book(path, {"Referrals": rows})


def test_a_country_over_its_one_region_set_in_under_it_is_its_total(tmp_path):
    output, _ = sanitised_beside(_countries_set_in(tmp_path / "countries.xlsx"))
    formulas = openpyxl.load_workbook(output)["Referrals"]
    lines = _lines(output, "Referrals")
    found = {c.value: c.row for r in formulas.iter_rows(max_col=1) for c in r if c.value}
    assert formulas.cell(found["Scotland"], 2).value == f"=SUM(B{found['  East Scotland']})"
    assert formulas.cell(found["England"], 2).value == f"=SUM(B{found['  South England']})"
    assert ("Scotland", 40, 40) in lines  # 0 + 20 + 20, not 25 rounded to 20
    assert ("Total", 280, 280) in lines  # 40 + 240


def test_the_proof_alone_refuses_a_country_over_one_region_set_in_rounded(tmp_path, monkeypatch):
    monkeypatch.setattr(trees, "heads_of_one", lambda *args: frozenset())
    monkeypatch.setattr(trees._Reader, "_over_one_total", lambda *args: None)  # nor its figures
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="indented under it rounded on its own"):
        sanitise_file(_countries_set_in(tmp_path / "countries.xlsx"), job)


def _one_month(path):
    """Referrals by area under one month code typed in its header ('Area | 201304')."""
    rows = [["Referrals by area"], [], ["Area", 201304], ["Leeds", 13], ["York", 85],
            ["Total", "=SUM(B4:B5)"]]  # fmt: skip
    return write_book(path, {"Referrals": rows})


def test_a_month_code_alone_after_the_label_columns_header_heads_its_column(tmp_path):
    output, _ = sanitised_beside(_one_month(tmp_path / "month.xlsx"))
    lines = _lines(output, "Referrals")
    assert ("Area", 201304, None) in lines
    assert ("Leeds", 20, None) in lines and ("Total", 100, None) in lines


def test_the_proof_alone_refuses_a_month_code_alone_rounded(tmp_path, monkeypatch):
    monkeypatch.setattr(layout, "heads_one_month", lambda *args: False)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="a number naming a row or column, rounded"):
        sanitise_file(_one_month(tmp_path / "month.xlsx"), job)


AGES_BY_YEAR = [["Attachments by age"], [None, "2013/14"], ["Age", 2010, 2011, "Total"], [],
                [20, 182, 180, 362], [21, 335, 164, 499], [22, 865, 408, 1273],
                [23, 7, 0, 7]]  # fmt: skip


def test_ages_from_a_multiple_of_the_base_under_years_and_their_span_are_kept(tmp_path):
    output, _ = sanitised_beside(write_book(tmp_path / "ages.xlsx", {"Ages": AGES_BY_YEAR}))
    shown = openpyxl.load_workbook(output, data_only=True)["Ages"]
    lines = [r[:4] for r in shown.iter_rows(values_only=True)]
    assert ("Age", 2010, 2011, "Total") in lines
    assert [line for line in lines if isinstance(line[0], int)] == [
        (20, 180, 180, 360), (21, 340, 160, 500), (22, 860, 400, 1260), (23, 0, 0, 0)
    ]  # fmt: skip


def test_the_proof_alone_refuses_ages_from_a_multiple_of_the_base_rounded(tmp_path, monkeypatch):
    monkeypatch.setattr(split_tables, "_periods_head_numbered_lines", lambda *args: False)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="a number naming a row or column, rounded"):
        sanitise_file(write_book(tmp_path / "ages.xlsx", {"Ages": AGES_BY_YEAR}), job)


def test_job_starts_of_esa_flows_named_by_their_prognosis_are_shown(tmp_path):
    rows = [["Job starts by payment group"], [], ["Payment group", "Apr 2013", "May 2013"],
            ["JSA 18-24", 13, 47], ["ESA flow 3/6 months", 85, 31], ["ESA flow 12 months", 7, 22],
            ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)"]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "flows.xlsx", {"Job starts": rows}))
    lines = _lines(output, "Job starts")
    assert ("ESA flow 3/6 months", 80, 40) in lines
    assert ("ESA flow 12 months", 0, 20) in lines
    assert ("Total", 100, 100) in lines
    assert len(openpyxl.load_workbook(output).sheetnames) == 2  # the cover and the starts


def test_an_esa_flows_starts_that_lasted_are_still_outcomes(tmp_path):
    rows = [["Job starts by payment group"], [], ["Payment group", "Apr 2013", "May 2013"],
            ["ESA flow 3/6 months", 13, 47], ["ESA flow 3/6 months in work 26 weeks", 7, 22],
            ["ESA flow 12 months", 16, 9],
            ["ESA flow 12 months lasting 13 weeks", 5, 3]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "flows.xlsx", {"Job starts": rows}))
    lines = _lines(output, "Job starts")
    assert ("ESA flow 3/6 months", 20, 40) in lines
    assert ("ESA flow 12 months lasting 13 weeks", None, None) in lines
    assert not any(str(line[0]).endswith("26 weeks") and line[1] is not None for line in lines)


def _by_country(path, corner: str):
    """Referrals by area under two month codes, the label columns headed '<corner> | Area'."""
    rows = [["Referrals by area"], [], [corner, "Area", 201304, 201305],
            ["England", "Leeds", 13, 27], [None, "York", 5, 44],
            ["England total", None, "=SUM(C4:C5)", "=SUM(D4:D5)"]]  # fmt: skip
    return write_book(path, {"Referrals": rows})


@pytest.mark.parametrize("corner", ["Country", "County"])
def test_month_codes_after_a_country_column_head_their_columns(tmp_path, corner):
    output, _ = sanitised_beside(_by_country(tmp_path / "codes.xlsx", corner))
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    lines = [r[:4] for r in shown.iter_rows(values_only=True)]
    assert (corner, "Area", 201304, 201305) in lines
    assert ("England", "Leeds", 20, 20) in lines


def test_the_proof_alone_refuses_month_codes_after_a_country_column_rounded(tmp_path, monkeypatch):
    monkeypatch.setattr(numbered_heads, "_names_a_measure", lambda corner: True)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="a number naming a row or column, rounded"):
        sanitise_file(_by_country(tmp_path / "codes.xlsx", "Country"), job)


LONE_CODE_HEADS = {
    "total first": (["Area", "Total", 201304], lambda n: ["=SUM(C{r})", n]),
    "total after": (["Area", 201304, "Total"], lambda n: [n, "=SUM(B{r})"]),
    "two label columns": (["Region", "Area", 201304], lambda n: [n]),
}


def _lone_code(path, shape: str):
    """Referrals by area under one month code, with a total column or a second label column."""
    head, figures = LONE_CODE_HEADS[shape]
    rows: list[list] = [["Referrals by area"], [], head]
    for r, (area, n) in enumerate((("Leeds", 13), ("York", 85), ("Hull", 5)), 4):
        names = [None, area] if shape == "two label columns" else [area]
        rows.append(
            [*names, *(str(f).format(r=r) if isinstance(f, str) else f for f in figures(n))]
        )
    return write_book(path, {"Referrals": rows})


@pytest.mark.parametrize("shape", LONE_CODE_HEADS)
def test_a_month_code_alone_beside_a_total_or_label_column_heads_its_column(tmp_path, shape):
    output, _ = sanitised_beside(_lone_code(tmp_path / "month.xlsx", shape))
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    lines = [r[:3] for r in shown.iter_rows(values_only=True)]
    assert tuple(LONE_CODE_HEADS[shape][0]) in lines
    assert sorted(v for line in lines for v in line if isinstance(v, int) and v < 1000) == (
        [0, 20, 80] if shape == "two label columns" else [0, 0, 20, 20, 80, 80]
    )


@pytest.mark.parametrize("shape", LONE_CODE_HEADS)
def test_the_proof_alone_refuses_a_month_code_beside_a_total_or_label_column_rounded(
    tmp_path, monkeypatch, shape
):
    monkeypatch.setattr(layout, "heads_one_month", lambda *args: False)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError):
        sanitise_file(_lone_code(tmp_path / "month.xlsx", shape), job)


def test_month_codes_a_blank_row_over_areas_head_their_columns(tmp_path):
    rows = [["Referrals by area"], [], ["Area", 201304, 201305, 201306, "Total"], [],
            ["Dewsbury", 11, 160, 837, "=SUM(B5:D5)"],
            ["Kirklees", 593, 0, 1, "=SUM(B6:D6)"]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "codes.xlsx", {"Referrals": rows}))
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    lines = [r[:5] for r in shown.iter_rows(values_only=True)]
    assert ("Area", 201304, 201305, 201306, "Total") in lines
    assert ("Dewsbury", 20, 160, 840, 1020) in lines


AGES_BY_MONTH = [["Attachments by age"], [None, "2013/14"], ["Age", 201304, 201305], [],
                 [17, 223, 620], [18, 1, 592], [19, 12, 418], [20, 279, 0]]  # fmt: skip


def test_ages_a_blank_row_under_month_codes_are_kept(tmp_path):
    output, _ = sanitised_beside(write_book(tmp_path / "ages.xlsx", {"Ages": AGES_BY_MONTH}))
    shown = openpyxl.load_workbook(output, data_only=True)["Ages"]
    lines = [r[:3] for r in shown.iter_rows(values_only=True)]
    assert ("Age", 201304, 201305) in lines
    assert [line for line in lines if isinstance(line[0], int) and line[0] < 100] == [
        (17, 220, 620), (18, 0, 600), (19, 20, 420), (20, 280, 0)
    ]  # fmt: skip


def test_the_proof_alone_refuses_ages_under_month_codes_rounded(tmp_path, monkeypatch):
    monkeypatch.setattr(split_tables, "_periods_head_numbered_lines", lambda *args: False)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="a number naming a row or column, rounded"):
        sanitise_file(write_book(tmp_path / "ages.xlsx", {"Ages": AGES_BY_MONTH}), job)


def _all_areas_above(path):
    """Referrals by area, the 'All areas' line a blank row over the table's header."""
    rows = [["Referrals by area"], [], ["All areas", 218, 40], [],
            ["Area", "Apr 2013", "May 2013"], ["Leeds", 50, 10], ["York", 116, 10],
            ["Hull", 52, 20]]  # fmt: skip
    return write_book(path, {"Referrals": rows})


def test_an_all_areas_line_above_the_header_is_the_sum_of_the_areas(tmp_path):
    output, _ = sanitised_beside(_all_areas_above(tmp_path / "above.xlsx"))
    formulas = openpyxl.load_workbook(output)["Referrals"]
    lines = _lines(output, "Referrals")
    assert ("All areas", 240, 60) in lines  # 60 + 120 + 60, not 218 rounded to 220
    row = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == "All areas")
    assert formulas.cell(row, 2).value == f"=SUM(B{row + 3}:B{row + 5})"


def test_the_proof_alone_refuses_an_all_areas_line_above_rounded_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(analyse, "total_lines_above", lambda *args: None)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="rounded on its own"):
        sanitise_file(_all_areas_above(tmp_path / "above.xlsx"), job)


AGES_UNDER_A_CODE = [["Attachments by age"], [], ["Age", 201304, "Total"], [19, 494, 494],
                     [20, 259, 259], [21, 11, 11], [22, 3, 3]]  # fmt: skip


def test_a_month_code_alone_over_ages_heads_its_column(tmp_path):
    output, _ = sanitised_beside(write_book(tmp_path / "ages.xlsx", {"Ages": AGES_UNDER_A_CODE}))
    lines = _lines(output, "Ages")
    assert ("Age", 201304, "Total") in lines
    assert (19, 500, 500) in lines and (22, 0, 0) in lines


def test_the_proof_alone_refuses_a_month_code_over_ages_rounded(tmp_path, monkeypatch):
    monkeypatch.setattr(layout, "heads_one_month", lambda *args: False)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="'Ages' B3: a number naming a row or column"):
        sanitise_file(write_book(tmp_path / "ages.xlsx", {"Ages": AGES_UNDER_A_CODE}), job)


def test_a_years_line_of_a_code_sized_count_under_counts_is_rounded(tmp_path):
    rows = [["Referrals by month"], [], ["Month", "Referrals"], ["Apr 2013", 13],
            ["May 2013", 85], ["Year", 201304]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "year.xlsx", {"Referrals": rows}))
    assert ("Year", 201300, None) in _lines(output, "Referrals")


AGES_UNDER_A_YEAR = [["Attachments by age"], [], ["Age", "Total", 2010], [],
                     [17, "=SUM(C5:C5)", 276], [18, "=SUM(C6:C6)", 305],
                     [19, "=SUM(C7:C7)", 718]]  # fmt: skip


def test_a_year_after_a_total_column_a_blank_row_over_ages_is_kept(tmp_path):
    output, _ = sanitised_beside(write_book(tmp_path / "ages.xlsx", {"Ages": AGES_UNDER_A_YEAR}))
    lines = _lines(output, "Ages")
    assert ("Age", "Total", 2010) in lines
    assert (17, 280, 280) in lines and (19, 720, 720) in lines


def test_the_proof_alone_refuses_a_year_over_ages_rounded_to_another_year(tmp_path, monkeypatch):
    monkeypatch.setattr(split_tables, "_periods_head_numbered_lines", lambda *args: False)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="'Ages' C3: a number naming a row or column"):
        sanitise_file(write_book(tmp_path / "ages.xlsx", {"Ages": AGES_UNDER_A_YEAR}), job)


@pytest.mark.parametrize("typed", [False, True])
def test_a_total_line_a_blank_row_over_month_codes_sums_the_areas(tmp_path, typed):
    total = [18, 71] if typed else ["=SUM(B6:B7)", "=SUM(C6:C7)"]
    rows = [["Referrals by area"], [], ["Total", *total], [], ["Area", 201304, 201305],
            ["Leeds", 13, 27], ["York", 5, 44]]  # fmt: skip
    cached = {("Referrals", "B3"): 18, ("Referrals", "C3"): 71}
    book = write_book(tmp_path / "codes.xlsx", {"Referrals": rows}, cached=cached)
    output, _ = sanitised_beside(book)
    lines = _lines(output, "Referrals")
    assert ("Area", 201304, 201305) in lines
    assert ("Total", 20, 60) in lines  # 20 + 0 and 20 + 40


def test_a_place_naming_the_whole_above_the_header_is_the_sum_of_the_areas(tmp_path):
    rows = [["Referrals by area"], [], ["Great Britain", 1247], [], ["Area", "2011/12"],
            ["Huddersfield", 876], ["Whitby", 8], ["York", 4], ["Rotherham", 267],
            ["Halifax", 92]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "above.xlsx", {"Referrals": rows}))
    formulas = openpyxl.load_workbook(output)["Referrals"]
    row = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == "Great Britain")
    assert formulas.cell(row, 2).value == f"=SUM(B{row + 3}:B{row + 7})"
    assert ("Great Britain", 1240, None) in _lines(output, "Referrals")  # not 1247 rounded: 1260


def test_job_starts_over_outcomes_whose_total_line_stands_over_their_header_are_shown(tmp_path):
    outcomes = [[], [], ["Job outcomes by area"], [], ["All areas", 1185, 465], [],
                ["Area", "JSA 18 to 24", "JSA 25 and over"], ["Calderdale", 520, 9],
                ["Ripon", 665, 456]]  # fmt: skip
    book = write_book(tmp_path / "stacked.xlsx", {"Job starts": STARTS_BY_YEAR + outcomes})
    output, _ = sanitised_beside(book)
    lines = _lines(output, "Job starts")
    assert ("North", 1420, 100) in lines
    assert "Job outcomes %" in openpyxl.load_workbook(output).sheetnames
    assert not any(line[0] in ("Calderdale", "All areas") and line[1] for line in lines)


def test_an_all_areas_line_above_a_total_column_sums_the_lines_totals(tmp_path):
    rows = [["Job starts by area"], [], ["All areas", 953, 953], [],
            ["Area", "Total", "Apr 2013"], ["Kirklees", 800, 800], ["Wakefield", 8, 8],
            ["Calderdale", 145, 145]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "above.xlsx", {"Job starts": rows}))
    assert ("All areas", 940, 940) in _lines(output, "Job starts")  # 800 + 0 + 140


@pytest.mark.parametrize("corner", [["Area"], ["Region", "Area"]])
def test_year_sized_counts_a_blank_row_under_a_month_code_are_rounded(tmp_path, corner):
    pad = [None] * (len(corner) - 1)
    rows = [["Referrals by area"], [], [*corner, 201304], [], [*pad, "Leeds", 2046],
            [*pad, "York", 2013], [*pad, "Hull", 13]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "sized.xlsx", {"Referrals": rows}))
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    lines = [tuple(v for v in r if v is not None) for r in shown.iter_rows(values_only=True)]
    assert (*corner, 201304) in lines
    assert ("Leeds", 2040) in lines and ("York", 2020) in lines
