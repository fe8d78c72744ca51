"""Real published layouts built with Work Programme measures (session 41, the published hunt).

Tables stacked on one sheet each with its footnote under it, as Stat-Xplore exports and the
packs copied from published tables set them out ('Job outcomes by payment group' and its
table, then 'Job outcomes are counted in the month claimed' and 'Source: provider MI (PRaP)'
under it, two blank lines, then 'Referrals by payment group' over the referrals; or a legend,
'".." denotes a figure suppressed', over 'Source: DWP Stat-Xplore'). A block of words more
than three rows over a table titles it only as a second title line, over a title within three
rows below, and the footnote was read so: the table below took it as its first title line.
Under an outcome table the footnote named the next table's measure: the referrals under it
were read as job outcomes and shown on a second percentage sheet, the sheet of counts left out
of the copy, and the copy verified (WRONG); under a table of referrals over a table of job
outcomes, the footnote went from the copy with the outcome table's title, on the cover nowhere
(SAID NOTHING), and the cover named the outcome table by it. A block holding a note ('Source:
...'), or nearer the table above than the title below, within three rows under a table sharing
its columns, is that table's footnote (analyse/shared_titles ``title_over_title``): it stays in
the copy where it stood, and the table below keeps its own title's measure.

Offices named by their codes and names in one label, as a provider's MI and a pivot's row
labels name them ('1101 Leeds City', '1102 - Leeds East', '1201: Bradford Central'): each label
went from the copy, 'it quotes an unrounded figure' (a label's number of 100 or more not a
multiple of the base), its line's counts left under no name, on the sheet of referrals and on
the percentage sheet of job outcomes alike, where 'Office 1101' and a column of codes were
kept. Three or more labels down a column, each a code of three to six digits and words with
no other number, the codes of one width and all different, name their lines by the codes, in
the plan (plan/coded_labels) and in the proof (verify/coded_labels); a code that is one of the
book's figures rounding changes still takes its label out, and the proof alone refuses it.
The same labels heading the columns ('Month | 1101 Leeds City | 1102 Leeds East | ...') went
the same way, and are read the same way along a header row.
The same offices' codes alone as digits written as text under 'Office' ('1101', '1102', as
systems export codes, leading zeros kept) made a sheet of referrals, but a table of job outcomes
was refused: 'an unrounded, removed or outcome figure' and 'an amount stated in the words of a
percentage sheet' at each line's code on the percentage sheet. The proof read such digits as a
place's codes on a sheet of volumes (verify/place_codes ``text_place_code``) but not as the
keys of an outcome table's lines, which it reads as typed numbers only; it reads them so now
(verify/outcome_labels), and a code the input does not show there is still an amount.

A local authority's dashboard with its key figures over the tables ('Referrals this month |
243' over 'Change on last month | +12%', 'Job starts year to date' beside them), then job starts
against target by district ('Target | Actual | Variance | RAG'): refused, 'a count written as
text that is not rounded ... Type the figure named as a number'. The line of the change holds
no figure, so it was the key figures' note, carried as written; the proof read '+12%' in a
column of counts as a count with a mark. Typed as a number (0.12 shown as a percentage) the
same rate was removed, 'a rate wpxl cannot work out from shared figures'. A rate typed as text
in a note line's cell in a column of figures goes as a rate typed as text now, listed on the
cover (analyse/noted_rates); 'up 12%' in words stays a note.

A provider's monthly conversion table ('Month | Referrals | Attachments | Starts | Conversion
%') closed by a 'Total/average' line, the counts' totals typed beside the average rate: the
line's 'average' made every figure on it a rate, so the three totals went from the copy as 'a
rate wpxl cannot work out from shared figures' (a figure lost, and the totals the guidance asks
to rebuild not given). 'Total/average' (or 'Total / average', 'Total/avg') names a total line
whose rate column holds an average; it makes no rates of its own now (analyse/words): the
totals are SUMs over the rounded months, and the rate column (starts over attachments) is
rebuilt over the rounded figures (analyse/shared_rates, from the left hunt). A figure on
it that is not its column's sum is refused as any total's, saying to relabel it.

Wards numbered in order down a table's first column, as a council's dashboard lists them
('Ward' over 1, 2, 3, 12, 17, no names beside): the numbers were read as a column of counts,
rounded to 0, 0, 0, 20, 20 on the sheet of referrals (the lines no longer told apart), and
shown as shares of 'job outcomes' on the percentage sheet, the 'Total' line's label removed;
both copies verified (WRONG). A place's kind alone over codes named the lines only where the
codes were of one width, three digits or more. Three or more numbers from 1 to 99 under it,
each above the one before, none the others' sum, in the table's first column with no name
beside, are its lines' numbers now, in the analysis (analyse/bare_places ``numbered_in_order``)
and in the proof (verify/place_codes), which refuses them rounded on its own.

Small areas named as ONS names them, by their authority and a number ('Leeds 001', 'Leeds
014', 'Leeds 112' for middle layers, 'Leeds 001A', 'Leeds 014C' for lower layers): the middle
layers past 100 went from the sheet of referrals as 'it quotes an unrounded figure', and on the
percentage sheet of job outcomes every lower layer's name went as 'it states an amount about
outcomes'. The run of codes of one width after a name is read as plan/coded_labels and
verify/coded_labels read a code before it, where one code is written with a leading zero or
each carries its letter, as counts never are ('Leeds 137', 'York 201' still go).

A pivot table of job outcomes pasted as values ('Sum of Job outcomes' in the corner over 'Row
Labels', or over 'District | Office' in tabular form, 'Grand Total' last): the percentage
sheet's intro said 'by sum of job outcomes row labels' (or 'by sum of job outcomes district and
office'), Excel's placeholders read as the rows' heads (WORDING); so did the advice on a pivot
of job starts with many small figures, 'drop the breakdown by count of participant id row
labels', and 'Column Labels' over the first payment group's column made 'JSA 18-24' one of the
'Other payment groups' in the JSA / ESA / other regrouping offered (and made with --aggregate
jsa-esa-other). They are no heads now (plan/head_words, asked by plan/proposals): 'by district
and office', or the title's breakdown, and 'JSA 18-24' is a JSA group.

A long extract as Power Query or a SQL report writes it ('Office | Month | Referrals | Job
starts | Job outcomes', a line for each office each month, the months typed as dates): refused,
'outcome percentages on rows whose labels repeat an earlier one's with nothing naming which is
which'. The percentage sheet showed each line's month, as a date; the proof, telling lines
apart by their words, read only texts, so each office's second month repeated its first. A
date left of the percentages tells its line apart as words do now (verify/percent_sections);
a copy leaving the months off is still refused.

A provider's pack of job starts, job outcomes and sustainments by supply chain partner, each
partner's block a blank row apart ('Prime: Ingeus' over its offices and 'Ingeus subtotal', then
'Supply chain partner: Shaw Trust' over theirs, ..., 'CPA total' last): refused, 'a figure on a
percentage sheet that is not a percentage ... report this to the wpxl maintainers'. The blank
rows cut the pack into a table a partner, each with a percentage sheet of its own, and the last
partner's sheet showed the CPA total, adding up the other partners' subtotals, as 558% of its
one office. Without the blank rows the pack was one table and written right. A block opening
with its group's name alone over data continues the block above where a group of that block
opens so too (analyse/split_tables ``_named_block_goes_on``): one percentage sheet, each
office's and partner's share of the CPA's outcomes.
"""

from __future__ import annotations

import datetime

import openpyxl
import pytest

from tests.builders import script_book
from tests.e2e.runs import copy_formulas, copy_lines, sanitised_beside
from tests.misread import BANNER, carried_text, proved
from wpxl.model import OutputCell, Plan

_GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Ex-IB"]
_REFERRALS = [[101, 87, 93], [233, 251, 247], [17, 23, 19], [41, 38, 44]]
_OUTCOMES = [[31, 27, 35], [77, 81, 69], [6, 7, 9], [12, 14, 11]]


def _footed_table(title: str, counts: list[list[int]], feet: list[str]) -> list[list]:
    """``title`` over a table by payment group and month with its totals typed, then a blank
    line, the footnote lines ``feet`` and two blank lines."""
    totals = [sum(column) for column in zip(*counts, strict=True)]
    body = [[g, *c, sum(c)] for g, c in zip(_GROUPS, counts, strict=True)]
    head = ["Payment group", "Jun-13", "Jul-13", "Aug-13", "Total"]
    return [
        [title],
        [],
        head,
        *body,
        ["Total", *totals, sum(totals)],
        [],
        *[[f] for f in feet],
        [],
        [],
    ]


_CLAIMED = "Job outcomes are counted in the month claimed"


@pytest.mark.parametrize("feet", [[_CLAIMED], [_CLAIMED, "Source: provider MI (PRaP)"]])
def test_referrals_under_an_outcome_tables_footnote_stay_referrals(tmp_path, feet):
    outcomes = _footed_table("Job outcomes by payment group", _OUTCOMES, feet)
    rows = outcomes + _footed_table("Referrals by payment group", _REFERRALS, ["Source: PRaP"])
    source = script_book(tmp_path / "stacked.xlsx", {"MI": rows})
    output, said = sanitised_beside(source)
    book = openpyxl.load_workbook(output)
    assert book.sheetnames == ["About this workbook", "MI", "Job outcomes %"]
    shown = [c.value for row in book["MI"].iter_rows() for c in row if c.value is not None]
    assert _CLAIMED in shown and "Referrals by payment group" in shown
    top = len(outcomes) + 4 + 2  # the referrals' first line, under the banner
    line = [c.value for c in book["MI"][top]]
    assert line[:4] == ["JSA 18-24", 100, 80, 100]
    assert copy_formulas(output, "MI")[f"E{top}"] == f"=SUM(B{top}:D{top})"
    assert "Job outcomes 2 %" not in said


def test_a_referrals_tables_footnote_stays_over_the_outcome_table(tmp_path):
    foot = "Referrals are counted in the month of referral"
    rows = _footed_table("Referrals by payment group", _REFERRALS, [foot, "Source: PRaP"])
    rows += _footed_table("Job outcomes by payment group", _OUTCOMES, ["Source: PRaP"])
    source = script_book(tmp_path / "stacked.xlsx", {"MI": rows})
    output, said = sanitised_beside(source)
    shown = openpyxl.load_workbook(output)["MI"]
    assert shown["A12"].value == foot  # where it stood, under the banner
    assert "table 'Job outcomes by payment group' on 'MI'" in said


_OFFICES = ["1101 Leeds City", "1102 - Leeds East", "1201: Bradford Central", "1202 Keighley"]
_OFFICE_COUNTS = [[57, 63, 71], [41, 38, 29], [66, 72, 58], [13, 9, 17]]  # 534 in all


def _offices(path, measure: str, offices: list[str]):
    """``measure`` by office and month, each office named by its code and its name."""
    body = [[o, *c, sum(c)] for o, c in zip(offices, _OFFICE_COUNTS, strict=True)]
    totals = [sum(column) for column in zip(*_OFFICE_COUNTS, strict=True)]
    head = ["Office", "Apr", "May", "Jun", "Total"]
    rows = [[f"{measure} by office"], [], head, *body, ["Total", *totals, sum(totals)]]
    return script_book(path, {"Offices": rows})


@pytest.mark.parametrize(
    ("measure", "sheet", "first"),
    [("Referrals", "Offices", 6), ("Job outcomes", "Job outcomes %", 7)],
)
def test_offices_named_by_code_and_name_keep_their_labels(tmp_path, measure, sheet, first):
    output, said = sanitised_beside(_offices(tmp_path / "offices.xlsx", measure, _OFFICES))
    lines = copy_lines(output, sheet, 1)[first - 1 : first + 3]
    assert [line[0] for line in lines] == _OFFICES
    assert "it quotes an unrounded figure" not in said


def test_an_office_code_that_is_one_of_the_books_figures_still_goes(tmp_path):
    offices = ["531 Leeds City", "532 Leeds East", "533 Bradford Central", "534 Keighley"]
    output, said = sanitised_beside(_offices(tmp_path / "offices.xlsx", "Referrals", offices))
    assert [line[0] for line in copy_lines(output, "Offices", 1)[5:9]][:3] == offices[:3]
    assert "removed: 'Offices' A7: it quotes an unrounded figure" in said


@pytest.mark.parametrize(
    ("measure", "sheet", "first"),
    [("Referrals", "Offices", 3 + BANNER), ("Job outcomes", "Job outcomes %", 6)],
)
def test_the_proof_alone_refuses_an_office_code_the_book_counts(tmp_path, measure, sheet, first):
    offices = ["531 Leeds City", "532 Leeds East", "533 Bradford Central", "534 Keighley"]

    # the last label kept, as a plan taking codes on trust
    carried = carried_text("534 Keighley", (first + 3, 0), sheet)

    source = _offices(tmp_path / "offices.xlsx", measure, offices)
    assert proved(tmp_path, source) == []
    findings = {f.part for f in proved(tmp_path, source, carried)}
    assert findings == {f"'{sheet}' A{first + 4}"}


_TEXT_CODES = ["1101", "1102", "1201", "1202"]


def test_office_codes_written_as_text_name_their_outcome_shares(tmp_path):
    output, _ = sanitised_beside(_offices(tmp_path / "offices.xlsx", "Job outcomes", _TEXT_CODES))
    lines = copy_lines(output, "Job outcomes %", 2)[6:11]
    assert [line[0] for line in lines] == [*_TEXT_CODES, "Total"]
    assert lines[0][1] == pytest.approx(0.32)


def test_the_proof_alone_refuses_an_office_code_as_text_the_input_does_not_show(tmp_path):
    def carried(plan: Plan) -> None:  # an outcome volume shown where a code stood
        cells = next(s for s in plan.sheets if s.name == "Job outcomes %").cells
        cells[(6, 0)] = OutputCell("1103", kind="key")

    source = _offices(tmp_path / "offices.xlsx", "Job outcomes", _TEXT_CODES)
    assert proved(tmp_path, source) == []
    assert {f.part for f in proved(tmp_path, source, carried)} == {"'Job outcomes %' A7"}


def test_a_dashboards_change_typed_as_a_percentage_under_its_key_figure_goes_as_a_rate(tmp_path):
    rows = [
        ["Work Programme dashboard: Leeds City Council, June 2013"],
        [],
        ["Referrals this month", 243, None, "Job starts year to date", 611],
        ["Change on last month", "+12%", None, "Attachments this month", 219],
        [],
        ["Job starts against target by district"],
        [],
        ["District", "Target", "Actual", "Variance", "RAG"],
        ["Leeds North", 120, 131, 11, "Green"],
        ["Leeds South", 150, 127, -23, "Red"],
        ["Total", 270, 258, -12, "Amber"],
    ]
    source = script_book(tmp_path / "dashboard.xlsx", {"Dashboard": rows})
    output, said = sanitised_beside(source)
    lines = copy_lines(output, "Dashboard", 5)
    assert lines[4] == ("Referrals this month", 240, None, "Job starts year to date", 620)
    assert lines[5] == ("Change on last month", None, None, "Attachments this month", 220)
    assert "removed: 'Dashboard' B4: a rate typed as text (such as 33%)" in said


@pytest.mark.parametrize("label", ["Total/average", "Total / average"])
def test_a_total_and_average_lines_totals_are_rebuilt(tmp_path, label):
    months = [["Jun 2013", 412, 301, 87, 28.9], ["Jul 2013", 398, 322, 93, 28.9]]
    head = ["Month", "Referrals", "Attachments", "Starts", "Conversion %"]
    rows = [["Conversion by month"], [], head, *months, [label, 810, 623, 180, 28.9]]
    output, said = sanitised_beside(script_book(tmp_path / "conversion.xlsx", {"Pack": rows}))
    formulas = copy_formulas(output, "Pack")
    assert [formulas[f"{c}8"] for c in "BCD"] == [f"=SUM({c}6:{c}7)" for c in "BCD"]
    # the conversion rates, starts over attachments in whole percentages, are rebuilt over the
    # rounded figures too (analyse/shared_rates), the 'Total/average' line's over its totals
    assert [formulas[f"E{row}"] for row in (6, 7, 8)] == [f"=D{r}/C{r}*100" for r in (6, 7, 8)]
    assert "removed:" not in said


_WARDS = [1, 2, 3, 12, 17]


def _wards(path, measure: str):
    """``measure`` by ward number and month, the wards numbered alone in the first column."""
    counts = [[141, 139, 137], [230, 232, 229], [18, 19, 17], [44, 51, 47], [3, 6, 2]]
    body = [[w, *c, sum(c)] for w, c in zip(_WARDS, counts, strict=True)]
    totals = [sum(column) for column in zip(*counts, strict=True)]
    head = ["Ward", "Apr 2013", "May 2013", "Jun 2013", "Total"]
    rows = [[f"{measure} by ward and month"], [], head, *body, ["Total", *totals, sum(totals)]]
    return script_book(path, {"Wards": rows})


@pytest.mark.parametrize(
    ("measure", "sheet", "first", "shown"),
    [
        ("Referrals", "Wards", 6, _WARDS),
        ("Job outcomes", "Job outcomes %", 7, list(map(str, _WARDS))),
    ],
)
def test_wards_numbered_in_order_name_their_lines(tmp_path, measure, sheet, first, shown):
    output, _ = sanitised_beside(_wards(tmp_path / "wards.xlsx", measure))
    labels = [line[0] for line in copy_lines(output, sheet, 1)[first - 1 : first + 5]]
    assert labels == [*shown, "Total"]


def test_the_proof_alone_refuses_wards_numbered_in_order_rounded(tmp_path):
    source = _wards(tmp_path / "wards.xlsx", "Referrals")
    assert proved(tmp_path, source) == []

    def carried(plan: Plan) -> None:  # the wards rounded as counts, as the plan rounded them
        cells = next(s for s in plan.sheets if s.name == "Wards").cells
        for row, rounded in enumerate([0, 0, 0, 20, 20], start=3 + BANNER):
            cells[(row, 0)] = OutputCell(float(rounded), kind="rounded")

    assert proved(tmp_path, source, carried) != []


@pytest.mark.parametrize(
    "areas",
    [
        ["Leeds 001", "Leeds 002", "Leeds 103", "Leeds 112"],
        ["Leeds 001A", "Leeds 001B", "Leeds 014C", "Leeds 112D"],
    ],
)
@pytest.mark.parametrize(
    ("measure", "sheet", "first"),
    [("Referrals", "Offices", 6), ("Job outcomes", "Job outcomes %", 7)],
)
def test_small_areas_named_by_authority_and_number_keep_their_names(
    tmp_path, areas, measure, sheet, first
):
    output, said = sanitised_beside(_offices(tmp_path / "areas.xlsx", measure, areas))
    assert [line[0] for line in copy_lines(output, sheet, 1)[first - 1 : first + 3]] == areas
    assert "removed: '" + sheet not in said


def test_places_numbered_alike_with_no_code_shape_still_go(tmp_path):
    places = ["Leeds 137", "York 201", "Hull 158", "Wakefield 333"]
    output, said = sanitised_beside(_offices(tmp_path / "places.xlsx", "Referrals", places))
    assert not set(places) & {line[0] for line in copy_lines(output, "Offices", 1)}
    assert all(
        f"removed: 'Offices' A{row}: it quotes an unrounded figure" in said for row in range(4, 8)
    )


@pytest.mark.parametrize(
    ("corner", "heads", "said"),
    [
        (None, ["Row Labels"], "by district,"),
        ("Month", ["District", "Office"], "by district and office,"),
    ],
)
def test_a_pasted_pivots_placeholders_are_not_its_rows_heads(tmp_path, corner, heads, said):
    lines = [
        ["Leeds", "Leeds City", 31, 27],
        [None, "Leeds East", 17, 19],
        ["Bradford", "Keighley", 22, 20],
    ]
    if len(heads) == 1:  # compact form: each district's line over its offices, in one column
        lines = [["Leeds", 48, 46], ["Leeds City", 31, 27], ["Leeds East", 17, 19]]
        lines += [["Bradford", 22, 20], ["Keighley", 22, 20]]
    rows = [
        ["Work Programme job outcomes by district and office"],
        [],
        ["Sum of Job outcomes", *([None] * (len(heads) - 1)), corner or "Column Labels"],
        [*heads, "Apr", "May"],
        *lines,
        ["Grand Total", *([None] * (len(heads) - 1)), 70, 66],
    ]
    output, _ = sanitised_beside(script_book(tmp_path / "pivot.xlsx", {"Pivot": rows}))
    intro = openpyxl.load_workbook(output)["Job outcomes %"]["A4"].value
    assert f"on sheet 'Pivot', {said}" in intro


def _monthly_extract(path):
    """Referrals, job starts and job outcomes by office and month, a line each, the months
    typed as dates, as a query's output."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Query1"
    sheet.append(["Office", "Month", "Referrals", "Job starts", "Job outcomes"])
    offices = [("Leeds City", 57, 13, 5), ("Leeds East", 41, 9, 3), ("Keighley", 66, 17, 6)]
    for month in (datetime.datetime(2013, 6, 1), datetime.datetime(2013, 7, 1)):
        for office, *counts in offices:
            sheet.append([office, month, *counts])
            sheet.cell(sheet.max_row, 2).number_format = "dd/mm/yyyy"
    book.save(path)
    return path


def test_a_long_extracts_months_as_dates_tell_its_outcome_lines_apart(tmp_path):
    output, _ = sanitised_beside(_monthly_extract(tmp_path / "extract.xlsx"))
    lines = copy_lines(output, "Job outcomes %", 3)[6:12]
    assert [line[0] for line in lines] == ["Leeds City", "Leeds East", "Keighley"] * 2
    assert {line[1] for line in lines} == {
        datetime.datetime(2013, 6, 1),
        datetime.datetime(2013, 7, 1),
    }


def test_the_proof_alone_refuses_a_long_extracts_outcomes_without_their_months(tmp_path):
    def carried(plan: Plan) -> None:  # the months left off the percentage sheet
        cells = next(s for s in plan.sheets if s.name == "Job outcomes %").cells
        for at in [at for at in cells if at[1] == 1 and at[0] > 5]:
            del cells[at]

    source = _monthly_extract(tmp_path / "extract.xlsx")
    assert proved(tmp_path, source) == []
    assert "outcome percentages on rows" in str(proved(tmp_path, source, carried))


def test_supply_chain_partners_a_blank_row_apart_are_one_table_of_outcome_shares(tmp_path):
    rows = [["Job starts, job outcomes and sustainments by supply chain partner"], []]
    rows += [["Office", "Job starts", "Job outcomes", "Sustainments"], []]
    rows += [["Prime: Ingeus"], ["Leeds City", 61, 31, 17], ["Bradford", 47, 27, 13]]
    rows += [["Ingeus subtotal", 108, 58, 30], []]
    rows += [["Supply chain partner: Shaw Trust"], ["Halifax", 19, 12, 5], ["Keighley", 23, 12, 7]]
    rows += [["Shaw Trust subtotal", 42, 24, 12], [], ["CPA total", 150, 82, 42]]
    output, _ = sanitised_beside(script_book(tmp_path / "partners.xlsx", {"Partners": rows}))
    assert openpyxl.load_workbook(output).sheetnames == [
        "About this workbook",
        "Partners",
        "Sustainments and job outcomes %",
    ]
    shares = {
        line[0]: line[1:] for line in copy_lines(output, "Sustainments and job outcomes %", 3)
    }
    assert shares["Ingeus subtotal"][0] == pytest.approx(0.71) and shares["CPA total"] == (1, 1)
    assert copy_formulas(output, "Partners")["B17"] == "=SUM(B10,B15)"


def test_offices_named_by_code_and_name_heading_the_columns_keep_their_heads(tmp_path):
    counts = [[57, 63, 71, 12], [41, 38, 29, 14], [66, 72, 58, 9]]
    body = [
        [m, *c, sum(c)] for m, c in zip(["Apr 2013", "May 2013", "Jun 2013"], counts, strict=True)
    ]
    rows = [["Job outcomes by office and month"], [], ["Month", *_OFFICES, "Total"], *body]
    output, said = sanitised_beside(script_book(tmp_path / "across.xlsx", {"Offices": rows}))
    assert copy_lines(output, "Job outcomes %", 6)[5] == ("Month", *_OFFICES, "Total")
    assert "it quotes an unrounded figure" not in said


def test_a_pasted_pivots_placeholders_are_not_named_in_the_advice(tmp_path):
    heads = ["Row Labels", "JSA 18-24", "JSA 25+", "ESA Flow", "(blank)", "Grand Total"]
    lines = [
        ["Leeds", 41, 77, 12, 2, 132],
        ["Bradford", 33, 51, 9, 1, 94],
        ["(blank)", 1, 0, 0, 0, 1],
    ]
    lines += [["Grand Total", 75, 128, 21, 3, 227]]
    rows = [
        ["Job starts by district and payment group"],
        [],
        ["Count of Participant ID", "Column Labels"],
    ]
    _, said = sanitised_beside(
        script_book(tmp_path / "pivot.xlsx", {"Pivot": [*rows, heads, *lines]})
    )
    assert "drop the breakdown by row (one figure per column)" in said
    assert "row labels" not in said.lower()
    assert "jsa-esa-other (7 of 9 small)" in said  # JSA 18-24 a JSA group, not 'other'
