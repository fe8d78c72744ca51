"""Session 34 (chance): right copies the proof refused because small figures added up by chance.

840 legitimate books were drawn (120 a layout: offices by month, 'Male | Female' under each
month, offices in region blocks with and without subtotals, payment groups by year, offices by
quarter, payment groups by office with totals both ways, referrals with a '% of referrals'
column), their figures seeded so that coincidences happen often (small figures, a line the sum
of two others, a column equal to another, a line of 0s, a line or column the sum of those before
it), each total typed or a SUM, and sanitised. 26 copies were refused by the proof, every one a
right copy or a source no reading could tell apart; the plan had read each as it should:

- Periods of one kind read as totals. 'Office | Q1 | Q2 | Q3 | Q4' with Q4 the sum of Q1 to Q3
  in every office, 'Payment group | 2011/12 | ... | 2014/15' with the last year the sum of the
  others ('a total of the lines beside it rounded on its own', verify/summed_lines); '2013/14'
  the sum of the two years before it beside a typed 'All years' ('a total not showing the sum of
  the totals it adds up', verify/summed_groups). summed_lines set months aside, not quarters or
  years. Now lines that are periods of one kind, each named once, hold none of the others
  (verify/period_kinds): 'Q1 | Q2 | Q3 | Q4 | 2013/14', a year after its quarters, is still read
  as their total, and so is a span of years ('2011-2014').
- A line the table's own total counts beside the lines it seems to add up. 'Ripon' the sum of
  'Wakefield' and 'Craven' in every month over a 'Total' line of SUMs; an office's column the
  sum of the other offices' before a 'Total' column; 'Barnsley' the sum of the three offices over
  it above 'North Yorkshire total' (verify/block_heads). Session 32 read this for a line over a
  '[c]' (verify/suppressed_groups); the reading now stands in its own module
  (verify/counted_beside), reads columns as well as rows, and is asked by summed_lines and
  block_heads too: a total of the book's directly after (or before) a run holding the line and
  its parts that is the run's sum counts the line as one of them. With no total of the table's
  own, such a line is still refused, as an 'England' line is.
- 'Male | Female' under each month, no totals, one office's May pair the sum of its April and
  June pairs ('a line adding up the same lines of other blocks', verify/summed_blocks): session
  33's note. A group of columns named by words must now add up the others on every line of its
  table where each cell holds a figure; a line holding '..' or a blank there cannot say, and a
  group under words naming a total is asked line by line as before.

The plan, read cell by cell in the copies that came out: in about one copy in six a real count
was rewritten as a SUM because its figures added up its neighbours'. Most are shaped as a real
total is (a last line the sum of every line above it, an 'England' with no total word), and the
plan reads them so by design. One kind the words contradict: payment groups. 'JSA Ex-IB' (2, 3,
3) was written as the SUM of 'ESA Ex-IB' and 'JSA Early Access' over it, and 'ESA Flow' at the
top, equal to it, as a SUM of JSA Ex-IB's line alone. A payment group holds no other: the plan
now leaves out of its tree of totals a payment group over payment groups that no total of the
book's adds up (analyse/payment_groups), and reads no unlabelled last payment group as the total
of the others; the proof reads so too (verify/payment_group_lines, in summed_lines and
block_heads), or it refused the copy rounding 'IB/IS Volunteers' (the sum of the three groups
over it in every year) on its own. Other words over payment groups ('JSA' over 'JSA 18-24' and
'JSA 25+') are still read by their figures.

Left refused, rightly: a last line the sum of every line above it in every column with no total
of the table's (an 'England' line is so), and the plan's refusals of a first or last line adding
up the others in some columns but not others, which name what to do.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.cli import app
from wpxl.verify.block_heads import GROUP_ROUNDED_ALONE
from wpxl.verify.summed_blocks import BLOCK_ROUNDED_ALONE
from wpxl.verify.summed_lines import NOT_THE_SUM


def _book(path: Path, rows: list[list], merged: tuple[str, ...] = ()) -> Path:
    """The rows written by openpyxl, as an analyst's script saves them (no cached values)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    for row in rows:
        sheet.append(row)
    for span in merged:
        sheet.merge_cells(span)
    book.save(path)
    return path


def _values(path: Path) -> list[tuple]:
    """The copy's 'Referrals' lines under the banner, as the copy holds them (formulas as text)."""
    sheet = openpyxl.load_workbook(path)["Referrals"]
    width = sheet.max_column
    lines = [list(line) for line in sheet.iter_rows(min_row=3, values_only=True)]
    while width and all(line[width - 1] is None for line in lines):
        width -= 1  # the banner's width, past the table's
    return [tuple(line[:width]) for line in lines]


QUARTERS = [
    ["Attachments by office and quarter"],
    [],
    ["Office", "Q1", "Q2", "Q3", "Q4"],
    ["Skipton", 3, 2, 5, 10],
    ["Halifax", 1, 11, 7, 19],
    ["Leeds", 12, 6, 9, 27],
]


def test_a_last_quarter_adding_up_the_others_in_every_office_is_a_quarter(tmp_path):
    """Q4 is Q1 + Q2 + Q3 on every line: a quarter holds no other quarter; rounded on its own."""
    output, _ = sanitised_beside(_book(tmp_path / "quarters.xlsx", QUARTERS))
    lines = _values(output)
    assert lines[3:6] == [
        ("Skipton", 0, 0, 0, 20),
        ("Halifax", 0, 20, 0, 20),
        ("Leeds", 20, 0, 0, 20),
    ]


YEARS = [
    ["Job starts by payment group and year"],
    [],
    ["Payment group", "2011/12", "2012/13", "2013/14", "2014/15"],
    ["ESA Volunteers", 7, 2, 9, 18],
    ["ESA Ex-IB", 5, 0, 2, 7],
    ["JSA 25+", 0, 10, 10, 20],
    ["JSA Ex-IB", 2, 7, 4, 13],
]


def test_a_last_year_adding_up_the_years_before_it_is_a_year(tmp_path):
    """2014/15 is the sum of the three years before it on every line, by chance."""
    output, _ = sanitised_beside(_book(tmp_path / "years.xlsx", YEARS))
    assert _values(output)[3] == ("ESA Volunteers", 0, 0, 0, 20)


def test_a_year_adding_up_the_two_before_it_beside_all_years_is_a_year(tmp_path):
    """'2013/14' is '2011/12' plus '2012/13' on every line, beside a typed 'All years' adding
    up all four: the year is rounded on its own, 'All years' rebuilt over the four."""
    rows = [
        ["Job starts by payment group and year"],
        [],
        ["Payment group", "2011/12", "2012/13", "2013/14", "2014/15", "All years"],
        ["JSA 25+", 0, 0, 0, 0, 0],
        ["ESA Ex-IB", 4, 18, 22, 3, 47],
        ["ESA Volunteers", 26, 5, 31, 10, 72],
        ["ESA Flow", 26, 17, 43, 21, 107],
        ["JSA Early Access", 1, 20, 21, 10, 52],
        ["JSA Ex-IB", 16, 16, 32, 10, 74],
        ["JSA 18-24", 26, 3, 29, 6, 64],
        ["IB/IS Volunteers", 7, 13, 20, 4, 44],
    ]
    output, _ = sanitised_beside(_book(tmp_path / "allyears.xlsx", rows))
    assert _values(output)[4] == ("ESA Ex-IB", 0, 20, 20, 0, "=SUM(B7:E7)")


@pytest.mark.parametrize(
    ("heads", "summed"),
    [
        (["Q1", "Q2", "Q3", "Q4", "2013/14"], "the year after its quarters"),
        (["2011/12", "2012/13", "2013/14", "2011-2014"], "a span of the years"),
    ],
)
def test_a_period_of_another_kind_adding_up_the_periods_is_still_their_total(
    tmp_path, heads, summed
):
    """A total among periods of another kind: rounded on its own, the proof alone refuses it."""
    figures = [[9, 9, 9, 9], [1, 11, 7, 9], [12, 6, 9, 14]]  # Leeds' 27 (36) shows 20 (40)
    parts = len(heads) - 1
    rows = [["Attachments by office"], [], ["Office", *heads]]
    rows += [
        [name, *f[:parts], sum(f[:parts])]
        for name, f in zip(["Leeds", "York", "Hull"], figures, strict=True)
    ]
    written = {
        (row, parts + 1): (sum(f[:parts]) + 10) // 20 * 20
        for row, f in zip((3, 4, 5), figures, strict=True)
    }
    found = misread_findings(tmp_path, rows, written, "rounded")
    assert {f.kind for f in found} >= {NOT_THE_SUM}, summed


MONTHS = [
    ["Referrals by office and month"],
    [],
    ["Office", "Apr", "May", "Jun", "Jul", "Total"],
    ["Ripon", 60, 41, 13, 14, "=SUM(B4:E4)"],
    ["Wakefield", 22, 18, 5, 2, "=SUM(B5:E5)"],
    ["Craven", 38, 23, 8, 12, "=SUM(B6:E6)"],
    ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)", "=SUM(E4:E6)", "=SUM(F4:F6)"],
]


def test_a_line_adding_up_the_others_counted_beside_them_by_the_total_is_a_line(tmp_path):
    """Ripon is Wakefield plus Craven in every month; the table's own Total counts all three
    (a SUM over B4:B6), which it could not were Ripon their total: rounded on its own."""
    output, _ = sanitised_beside(_book(tmp_path / "months.xlsx", MONTHS))
    lines = _values(output)
    assert lines[3] == ("Ripon", 60, 40, 20, 20, "=SUM(B6:E6)")
    assert lines[6][1] == "=SUM(B6:B8)"


def test_a_typed_total_counts_the_line_beside_them_too(tmp_path):
    """The same with every total typed, as a report pasted as values holds them (kept to pin
    the layout: the typed Total line is the last of the lines, and Ripon adds up no run)."""
    rows = [*MONTHS[:3], *[[*line[:5], sum(line[1:5])] for line in MONTHS[3:6]]]
    rows.append(["Total", 120, 82, 26, 28, 256])
    output, _ = sanitised_beside(_book(tmp_path / "typed.xlsx", rows))
    assert _values(output)[3][:5] == ("Ripon", 60, 40, 20, 20)


def test_a_column_adding_up_the_others_counted_by_the_total_column_is_a_column(tmp_path):
    """Rotherham's column is the sum of the four offices before it on every line, and the
    Total column (a SUM over all five) counts it beside them."""
    offices = [
        ["ESA Ex-IB", 10, 6, 2, 8, 26],
        ["ESA Volunteers", 10, 9, 6, 10, 35],
        ["JSA 18-24", 4, 5, 3, 1, 13],
        ["JSA 25+", 6, 4, 1, 10, 21],
    ]
    rows = [
        ["Job starts by payment group and office"],
        [],
        ["Payment group", "Bradford", "Sheffield", "Craven", "Kirklees", "Rotherham", "Total"],
        *[[*line, f"=SUM(B{at}:F{at})"] for at, line in enumerate(offices, start=4)],
    ]
    output, _ = sanitised_beside(_book(tmp_path / "cross.xlsx", rows))
    assert _values(output)[3] == ("ESA Ex-IB", 20, 0, 0, 0, 20, "=SUM(B6:F6)")


def test_a_line_adding_up_the_others_with_no_total_of_the_tables_is_still_refused(tmp_path):
    """With no total of the table's own, Ripon first over Wakefield and Craven is shaped as an
    'England' over its regions: rounded on its own, the proof alone refuses it."""
    rows = [line[:5] for line in MONTHS[:6]]
    written = {(3, 1): 60, (3, 2): 40, (3, 3): 20, (3, 4): 20}
    found = misread_findings(tmp_path, rows, written, "rounded")
    assert NOT_THE_SUM in {f.kind for f in found}


REGIONS = [
    ["Referrals by region and office"],
    [],
    ["Area", "Referrals", "Attachments"],
    ["North Yorkshire"],
    ["Hull", 5, 2],
    ["Whitby", 0, 3],
    ["Sheffield", 7, 1],
    ["Barnsley", 12, 6],
    ["North Yorkshire total", "=SUM(B5:B8)", "=SUM(C5:C8)"],
    ["East Riding"],
    ["Doncaster", 21, 20],
    ["Selby", 26, 26],
    ["East Riding total", "=SUM(B11:B12)", "=SUM(C11:C12)"],
]


def test_a_last_office_adding_up_its_region_over_the_regions_total_is_an_office(tmp_path):
    """Barnsley is the sum of the three offices over it, and 'North Yorkshire total' counts
    all four: rounded on its own, the subtotal rebuilt over the four."""
    output, _ = sanitised_beside(_book(tmp_path / "regions.xlsx", REGIONS))
    lines = _values(output)
    assert lines[7] == ("Barnsley", 20, 0)
    assert lines[8] == ("North Yorkshire total", "=SUM(B7:B10)", "=SUM(C7:C10)")


def test_a_last_office_adding_up_its_region_with_no_subtotal_is_still_refused(tmp_path):
    """With no subtotal, the office adding up the others of its group a blank line apart is
    shaped as the group's line: rounded on its own, the proof alone refuses it."""
    rows = [*REGIONS[:8], [], *REGIONS[9:12]]
    found = misread_findings(tmp_path, rows, {(7, 1): 20, (7, 2): 0}, "rounded")
    assert GROUP_ROUNDED_ALONE in {f.kind for f in found}


def _sexes(lines: list[list], months: list[str]) -> list[list]:
    """'Male | Female' under each month, the months typed in the first cell of their pair."""
    head: list = [None]
    for month in months:
        head += [month, None]
    return [
        ["Referrals by office, month and sex"],
        [],
        head,
        ["Office", *["Male", "Female"] * len(months)],
        *lines,
    ]


SEXES = [
    ["Kirklees", 3, 0, 6, 1, 0, 9],
    ["Craven", 10, 10, 6, 10, 6, 10],
    ["Halifax", 1, 5, 8, 2, 3, 3],
    ["Dewsbury", 4, 0, 10, 4, 6, 4],
    ["Sheffield", 4, 7, 3, 7, 5, 9],
]


def test_a_months_pair_adding_up_the_others_on_one_line_is_a_month(tmp_path):
    """Dewsbury's May pair (10, 4) is its April (4, 0) plus its June (6, 4), on its line alone
    (session 33's note): rounded on its own."""
    output, _ = sanitised_beside(
        _book(tmp_path / "sexes.xlsx", _sexes(SEXES, ["Apr", "May", "Jun"]))
    )
    assert _values(output)[7] == ("Dewsbury", 0, 0, 20, 0, 0, 0)


def test_a_pair_adding_up_the_others_on_every_line_but_a_suppressed_one_is_still_refused(
    tmp_path,
):
    """'Apr-May' adds up April and May on every line but Craven's, which holds '..' (no line
    against it), and on only two lines, so no reading by place asks it: kept rounded on its own,
    the proof alone refuses it."""
    lines = [
        ["Kirklees", 3, 0, 6, 1, 9, 1],
        ["Craven", "..", 10, 6, 10, 16, 20],
        ["Halifax", 1, 5, 8, 2, 9, 7],
    ]
    rows = _sexes(lines, ["Apr", "May", "Apr-May"])
    written = {(4, 5): 0, (4, 6): 0}  # Kirklees' Apr-May pair, rounded on its own
    found = misread_findings(tmp_path, rows, written, "rounded")
    assert BLOCK_ROUNDED_ALONE in {f.kind for f in found}


GROUPS_BY_OFFICE = [
    ["Job starts by payment group and office"],
    [],
    ["Payment group", "Craven", "Skipton", "Kirklees"],
    ["ESA Flow", 2, 3, 3],
    ["JSA 18-24", 3, 0, 2],
    ["JSA 25+", 7, 5, 7],
    ["ESA Ex-IB", 0, 1, 1],
    ["JSA Early Access", 2, 2, 2],
    ["JSA Ex-IB", 2, 3, 3],
    ["ESA Volunteers", 13, 1, 1],
]


def test_a_payment_group_adding_up_the_two_over_it_is_a_payment_group(tmp_path):
    """JSA Ex-IB (2, 3, 3) is ESA Ex-IB plus JSA Early Access by chance, and ESA Flow at the
    top equals it: the plan wrote JSA Ex-IB as a SUM of the two over it and ESA Flow as a SUM
    of JSA Ex-IB's line, real counts shown as totals they are not. Each is rounded on its own."""
    output, _ = sanitised_beside(_book(tmp_path / "groups.xlsx", GROUPS_BY_OFFICE))
    lines = _values(output)
    assert lines[3] == ("ESA Flow", 0, 0, 0)
    assert lines[8] == ("JSA Ex-IB", 0, 0, 0)
    assert lines[9] == ("ESA Volunteers", 20, 0, 0)


def test_a_last_payment_group_adding_up_the_others_in_every_year_is_a_payment_group(tmp_path):
    """IB/IS Volunteers is the sum of the three groups over it in every year, no total of the
    table's own: rounded on its own (the proof refused the copy, the plan's reading aside)."""
    rows = [
        ["Job starts by payment group and year"],
        [],
        ["Payment group", "2011/12", "2012/13", "2013/14"],
        ["ESA Flow", 10, 2, 19],
        ["JSA 18-24", 16, 13, 29],
        ["ESA Volunteers", 26, 15, 48],
        ["IB/IS Volunteers", 52, 30, 96],
    ]
    output, _ = sanitised_beside(_book(tmp_path / "lastgroup.xlsx", rows))
    assert _values(output)[6] == ("IB/IS Volunteers", 60, 40, 100)


def test_a_line_of_other_words_over_payment_groups_is_still_their_total(tmp_path):
    """'JSA' over 'JSA 18-24' and 'JSA 25+', typed and their sum, is read by its figures: the
    plan writes it as their SUM, and the proof alone refuses it rounded on its own."""
    rows = [
        ["Job starts by payment group"],
        [],
        ["Payment group", "Leeds", "York"],
        ["JSA 18-24", 9, 14],
        ["JSA 25+", 9, 3],
        ["JSA", 18, 17],
    ]
    output, _ = sanitised_beside(_book(tmp_path / "jsa.xlsx", rows))
    assert _values(output)[5] == ("JSA", "=SUM(B6:B7)", "=SUM(C6:C7)")
    found = misread_findings(tmp_path, rows, {(5, 1): 20, (5, 2): 20}, "rounded")
    assert NOT_THE_SUM in {f.kind for f in found}


LEVEL = [
    ["Ripon", 2445, 2751, 454, 1687],
    ["Wakefield", 2207, 2029, 2630, 986],
    ["Scarborough", 4652, 4780, 3084, 2673],
    ["Barnsley", 320, 929, 2596, 1781],
    ["Selby", 9624, 10489, 8764, 7127],
    ["Craven", 2848, 429, 1148, 2786],
]


def test_a_line_adding_up_every_line_over_it_under_the_tables_total_is_a_line(tmp_path):
    """Months over 'Male | Female' put the months' words in the second column, so the labels
    stand in two: Selby, the sum of the four offices over it in every place, read as their
    total by the figures alone ('a total of the lines level with it', verify/level_totals). The
    table's own 'Total' line counts Selby beside them: rounded on its own."""
    rows = [*_sexes(LEVEL, ["Apr", "May"]), ["Total", *[f"=SUM({c}5:{c}10)" for c in "BCDE"]]]
    output, _ = sanitised_beside(_book(tmp_path / "level.xlsx", rows))
    assert _values(output)[8] == ("Selby", 9620, 10480, 8760, 7120)


def test_a_line_adding_up_every_line_over_it_with_no_total_says_what_to_do(tmp_path):
    """With no total of the table's, Selby is shaped as a 'CPA 7' over its offices: refused,
    the sentence saying what to change either way."""
    source = _book(tmp_path / "nototal.xlsx", _sexes(LEVEL, ["Apr", "May"]))
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert "a total of the lines level with it under its label rounded on its own" in result.stderr
    assert "if it adds up by chance, give the table its own total over every line" in result.stderr
