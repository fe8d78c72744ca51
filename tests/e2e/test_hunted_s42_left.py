"""Session 42 (left): session 41's leftovers, each confirmed on main first.

Job outcome percentage breakdowns of one base by gender, age band and office, each in its own
table (stacked on one sheet, or a sheet each): already right on main. The plan searches every
shown breakdown of one true base together across tables (plan/coarsen ``settle_jointly``) and
the proof every line of two sheets or more one input base explains (verify/percent_recovery
``_jointly``); a brute force over the copies of some 280 such books (bases 20 to 90, two to
four breakdowns, totals typed, summed or left off, down the rows or across the columns) found
no set of shares whose smallest common base is the true one.

A RAG column ('Office | Target | Job starts | RAG', 'Red' beside Leeds' 137 job starts against
its target of 140): the ratings went out as written beside the rounded starts, and the copy
verified, so a reader saw Leeds' 140 starts against a target of 140 rated 'Red', the true figure
under 140. A column of ratings ('Red', 'Amber', 'Green', or their letters under 'RAG', 'Status'
or 'Rating') in a table where rounding changes a count or total is removed now, named on the
cover (analyse/ratings); where rounding changes none the ratings were worked from the figures
shown and stay. The proof reads such a column itself (verify/ratings, invariant 17) and refuses
a copy keeping one whose lines show a figure other than the input's.

'Office | Referrals | Job starts | Job outcomes | Total starts and outcomes', the last column
typed as each office's starts and outcomes together: the outcome word won, so the column was
read as job outcomes, listed on the cover as 'outcome volumes' and shown on the percentage
sheet beside the outcomes as if it were a breakdown of them (WRONG, verified). A total found by
its sums was handled so already (plan/unshared_outcomes ``mixes_measures``); a row or column
whose own words join an outcome measure to another ('Job starts and job outcomes', 'Referrals
+ outcomes') counts no one measure now (analyse/mixed_lines): its figures are removed, named
on the cover so, and in no percentage breakdown; the proof refuses a share under such a header
or along such a label (verify/percent_measures ``JOINED_MEASURES``).

Job starts typed under a '0%' format by a slip (398 shown as 39800 %): York's and Hull's starts
were removed as 'a rate wpxl cannot work out from shared figures'. A whole number past 100 %
under a percentage's format is no rate (analyse/slips ``shown_as_rate``): it is a count,
rounded, written in the copy without the format (plan/volumes ``_count_style``), which would
show 100 as 10000 %.

A dashboard's key figures over its tables ('Referrals this month | 243 (+12% on May)' over
'Attachments this month | 219', 'Job starts this month | 97', or the same three across a line
with the figures under them): the first figure, a text with its note, was read as the block's
header (or its line's label), whose '%' made the key figures under or beside it rates, removed.
A figure with its note names nothing of its line now (analyse/slips ``is_noted_figure``): the
219 and 97 are counts, 220 and 100 in the copy; the noted text is still removed as quoting an
unrounded figure.

A job outcome table titled 'Job outcomes by region (thousands)' (or '(000s)', "('000)", ', in
thousands'): the title went from the copy as 'it states an amount about outcomes', and the
table was named 'table 1' on the cover, 'thousands' read as a number. A unit of counts in
brackets, or 'in thousands', is no amount, as '£000' is none (plan/outcome_events and
verify/outcome_events ``without_units``): the title stays over the table and names it;
'Thousands of job outcomes were paid' still goes. Such a table's outcomes were also said on
the cover to be 'rounded to the nearest 20 as counts are', which outcomes never are: that
warning is of counts of other measures alone now (plan/notices).

Two tables of job outcomes by office, one a year (or one a district), and a 'Grand total' under
the second adding up both tables' totals: the second table's percentage sheet showed the grand
total as 228 % of its outcomes, and the proof refused the copy with 'a figure on a percentage
sheet that is not a percentage ... report this to the wpxl maintainers'. A total adding up
lines of other tables is in no one table's breakdown now (plan/unshared_outcomes
``crosses_tables``): removed, named so on the cover; each table's sheet shows its own shares.

Job outcomes by office with a count of sustainments noted in an office's label ('Leeds (6
sustainments)'): the bracket's measure word named the line, so Leeds' outcomes were read as
sustainments: the percentage sheet was called 'Sustainments and job outcomes %', or, in a
table of one column, each line was taken for a breakdown of its own and every figure went with
no share shown. A bracket opening with a count is a note on the line now, not its measure
(analyse/label_notes): the label goes as stating an amount, as before, and the line's shares
are of job outcomes.

A tracker template sent out to be filled in ('Participant | Office | Referral date | Job start
date', no line under it) on a sheet of its own, beside a sheet of referrals: the whole workbook
was refused, 'this sheet lists people one by one', which it does not. The sheet's last line
holding anything, where it names people's details, lists no one: the line goes now, every cell
of it (a name beside 'Participant' would be on it), named on the cover as one range
(analyse/template_heads), and the referrals go out. A header of people's details with any line
under it is refused as before.

A monthly conversion table closed by 'Total/average' with the starts' monthly average typed
under 'Starts' (103, the months adding up to 310) beside the referrals' and attachments'
totals: refused, 'this cell is labelled as a total but is not the sum of the cells it would
total'. On such a line a figure that is the mean of those it would total, to within half a
unit, is their average now (analyse/line_averages, asked by analyse/totals ``compare``):
removed, saying so; the line's other figures are SUMs over the rounded months.

Wording. Job outcomes year on year ('2012/13 | 2013/14 | Change | % change'): the cover said
the 'Change' column (the difference, 22) went as 'text, notes and rates' and the '% change'
column as 'a difference of outcome volumes', the two reasons swapped: a line of per cent change
was taken for a difference that no pair gave (analyse/differences ``_differs``), and a
difference in a table moved to a percentage sheet was named with the rest (plan/moved_away).
'Office | Referrals | Job starts | Conversion rate', the rate fitting no pair: removed as 'a
rate of job outcomes or sustainments', said as a fact of what may be starts over referrals;
beside two measures or more, none outcomes, the cover says it is named as the programme
names a rate of outcomes and fits no pair (plan/named_rates). A count under '0" referrals"'
was listed as 'number formats' own text ..., workbook': its cells are named now
(read/seen), "'Referrals' B4:B5".
"""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from tests.builders import script_book
from tests.e2e.runs import copy_lines, sanitised_beside
from tests.misread import misread_findings, proved
from wpxl.model import Plan
from wpxl.verify.percent_measures import JOINED_MEASURES
from wpxl.verify.ratings import RATED_ROUNDED

_RATED: list[list] = [
    ["Job starts against target, 2013/14"],
    [],
    ["Office", "Target", "Job starts", "RAG"],
    ["Leeds", 140, 137, "Red"],
    ["York", 100, 112, "Green"],
    ["Hull", 90, 61, "Red"],
]


def test_ratings_worked_out_from_unrounded_starts_are_removed_and_named(tmp_path):
    output, said = sanitised_beside(script_book(tmp_path / "rated.xlsx", {"Starts": _RATED}))
    assert copy_lines(output, "Starts", 4)[4:] == [
        ("Office", "Target", "Job starts", "RAG"),
        ("Leeds", 140, 140, None),
        ("York", 100, 120, None),
        ("Hull", 100, 60, None),
    ]
    reason = "a rating against a target ('Red', 'Green', 'Met') worked out from the unrounded"
    assert f"removed: 'Starts' D4:D6: {reason}" in said
    cover = openpyxl.load_workbook(output)["About this workbook"]
    assert any(reason in str(c.value) for row in cover.iter_rows() for c in row)


def test_ratings_of_figures_rounding_leaves_alone_stay(tmp_path):
    rows = [
        ["Job starts against target, 2013/14"],
        [],
        ["Office", "Target", "Job starts", "Status"],
        ["Leeds", 140, 140, "G"],
        ["York", 100, 120, "G"],
        ["Hull", 80, 60, "R"],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "exact.xlsx", {"Starts": rows}))
    assert [line[3] for line in copy_lines(output, "Starts", 4)[5:]] == ["G", "G", "R"]
    assert "rating against a target" not in said


def test_verdicts_on_track_against_a_target_go_as_ratings_do(tmp_path):
    rows = [[*line[:3], {"Red": "No", "Green": "Yes"}.get(line[3], line[3])] for line in _RATED[2:]]
    rows = [*_RATED[:2], ["Office", "Target", "Job starts", "On track?"], *rows[1:]]
    output, said = sanitised_beside(script_book(tmp_path / "track.xlsx", {"Starts": rows}))
    assert [line[3] for line in copy_lines(output, "Starts", 4)[5:]] == [None, None, None]
    assert "removed: 'Starts' D4:D6: a rating against a target" in said
    kept = {(row, 3): rows[row][3] for row in (3, 4, 5)}
    findings = misread_findings(tmp_path, rows, kept, "kept")
    assert [(f.part, f.kind) for f in findings] == [("'Referrals' D6", RATED_ROUNDED)]


def test_the_proof_alone_refuses_ratings_kept_beside_rounded_starts(tmp_path):
    kept = {(row, 3): _RATED[row][3] for row in (3, 4, 5)}
    findings = misread_findings(tmp_path, _RATED, kept, "kept")
    assert [(f.part, f.kind) for f in findings] == [("'Referrals' D6", RATED_ROUNDED)]
    only_york = misread_findings(tmp_path, _RATED, {(4, 3): "Green", (5, 3): "Red"}, "kept")
    assert [f.part for f in only_york] == ["'Referrals' D7"]


_STARTS_AND_OUTCOMES: list[list] = [
    ["Performance by office, 2013/14"],
    [],
    ["Office", "Referrals", "Job starts", "Job outcomes", "Total starts and outcomes"],
    ["Leeds", 1210, 398, 137, 535],
    ["York", 455, 211, 74, 285],
    ["Hull", 388, 97, 33, 130],
    ["Total", 2053, 706, 244, 950],
]


def test_a_column_of_starts_and_outcomes_together_is_in_no_breakdown(tmp_path):
    source = script_book(tmp_path / "mixed.xlsx", {"Offices": _STARTS_AND_OUTCOMES})
    output, said = sanitised_beside(source)
    assert copy_lines(output, "Job outcomes %", 3)[5:] == [
        ("Office", "Job outcomes", None),
        ("Leeds", 0.56, None),
        ("York", 0.3, None),
        ("Hull", 0.14, None),
        ("Total", 1, None),
    ]
    assert [line[:3] for line in copy_lines(output, "Offices", 5)[5:8]] == [
        ("Leeds", 1220, 400), ("York", 460, 220), ("Hull", 380, 100),
    ]  # fmt: skip
    assert (
        "removed: 'Offices' E4:E7: a line adding up job outcomes and job starts together counts "
        "no one measure"
    ) in said

    def shown_as_outcomes(plan: Plan) -> None:  # the column beside the outcomes' shares
        cells = next(s for s in plan.sheets if s.name == "Job outcomes %").cells
        cells[(5, 2)] = replace(cells[(5, 1)], value="Total starts and outcomes")
        for row, share in zip(range(6, 10), (0.56, 0.3, 0.14, 1.0), strict=True):
            cells[(row, 2)] = replace(cells[(row, 1)], value=share)

    findings = proved(tmp_path, source, shown_as_outcomes)
    assert {(f.part, f.kind) for f in findings} == {
        (f"'Job outcomes %' C{row}", JOINED_MEASURES) for row in range(7, 11)
    }


def test_starts_under_a_percentage_format_by_a_slip_are_counts(tmp_path):
    rows = [
        ["Job starts by office, 2013/14"],
        [],
        ["Office", "Referrals", "Job starts"],
        ["Leeds", 1210, 398],
        ["York", 455, 97],
        ["Hull", 388, 64],
    ]
    source = script_book(tmp_path / "slip.xlsx", {"Starts": rows})
    book = openpyxl.load_workbook(source)
    for row in (4, 5, 6):
        book["Starts"].cell(row, 3).number_format = "0%"
    book.save(source)
    output, said = sanitised_beside(source)
    assert copy_lines(output, "Starts", 3)[5:] == [
        ("Leeds", 1220, 400), ("York", 460, 100), ("Hull", 380, 60),
    ]  # fmt: skip
    assert "removed" not in said
    shown = openpyxl.load_workbook(output)["Starts"]
    assert {shown.cell(row, 3).number_format for row in (6, 7, 8)} == {"General"}


def test_key_figures_under_a_figure_with_its_note_are_counts(tmp_path):
    down = [
        ["Monthly dashboard, June 2014"],
        [],
        ["Referrals this month", "243 (+12% on May)"],
        ["Attachments this month", 219],
        ["Job starts this month", 97],
        [],
        ["Referrals by office, June 2014"],
        [],
        ["Office", "Referrals"],
        ["Leeds", 131],
        ["York", 112],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "down.xlsx", {"Dashboard": down}))
    assert copy_lines(output, "Dashboard", 2)[4:7] == [
        ("Referrals this month", None),
        ("Attachments this month", 220),
        ("Job starts this month", 100),
    ]
    assert "a rate" not in said and "removed: 'Dashboard' B3: it quotes an unrounded figure" in said
    across = [
        ["Monthly dashboard, June 2014"],
        [],
        ["Referrals this month", "Attachments this month", "Job starts this month"],
        ["243 (+12% on May)", 219, 97],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "across.xlsx", {"Dashboard": across}))
    assert copy_lines(output, "Dashboard", 3)[5][1:] == (220, 100)
    assert "a rate" not in said


@pytest.mark.parametrize(
    "title",
    [
        "Job outcomes by region (thousands)",
        "Job outcomes by region (000s)",
        "Job outcomes by region, in thousands",
    ],
)
def test_a_unit_of_thousands_in_an_outcome_title_is_no_amount(tmp_path, title):
    rows = [
        [title],
        [],
        ["Region", "2012/13", "2013/14"],
        ["North", 1241, 1537],
        ["South", 812, 933],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "regions.xlsx", {"Outcomes": rows}))
    named = f"table '{title}'" if "thousands" in title else "table 1"  # '000' reads as a figure
    assert f"removed: {named} on 'Outcomes': outcome volumes are never shared" in said
    assert "rounded to the nearest 20 as counts are" not in said
    rows = [[title], [], ["Region", "2012/13", "2013/14"], ["North", 1.2, 1.5], ["South", 0.8, 0.9]]
    output, said = sanitised_beside(script_book(tmp_path / "decimals.xlsx", {"Outcomes": rows}))
    assert copy_lines(output, "Outcomes", 1)[2] == (title,)
    assert "'Outcomes' A1" not in said


def test_a_grand_total_over_two_outcome_tables_is_in_neither_breakdown(tmp_path):
    rows = [
        ["Job outcomes by office, 2013/14"],
        [],
        ["Office", "Job outcomes"],
        ["Leeds", 41],
        ["York", 33],
        ["Total", 74],
        [],
        [],
        ["Job outcomes by office, 2014/15"],
        [],
        ["Office", "Job outcomes"],
        ["Hull", 28],
        ["Wakefield", 30],
        ["Total", 58],
        [],
        ["Grand total", 132],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "years.xlsx", {"Outcomes": rows}))
    assert copy_lines(output, "Job outcomes 2 %", 2)[5:] == [
        ("Office", "Job outcomes"), ("Hull", 0.48), ("Wakefield", 0.52), ("Total", 1),
    ]  # fmt: skip
    assert (
        "removed: 'Outcomes' B16: 1 figure: outcome volumes are never shared; a total adding up "
        "the lines of other tables is in no one table's percentage breakdown"
    ) in said


@pytest.mark.parametrize("groups", [["Job outcomes"], ["JSA 18-24", "JSA 25+"]])
def test_a_count_noted_in_an_office_label_does_not_name_its_line(tmp_path, groups):
    figures = {"Leeds (6 sustainments)": [41, 63], "York": [30, 41], "Hull": [33, 51]}
    rows = [["Job outcomes by office, 2013/14"], [], ["Office", *groups]]
    rows += [[label, *counts[: len(groups)]] for label, counts in figures.items()]
    output, said = sanitised_beside(script_book(tmp_path / "noted.xlsx", {"Outcomes": rows}))
    assert "on sheet 'Job outcomes %'" in said and "Sustainments" not in said
    assert copy_lines(output, "Job outcomes %", 2)[6:] == [
        (None, 0.39),
        ("York", 0.29),
        ("Hull", 0.32),
    ]
    assert "removed: 'Job outcomes %' A7: it states an amount about outcomes" in said


def test_a_template_headed_participant_lists_no_one(tmp_path):
    sheets = {
        "Referrals": [["Referrals by office, 2013/14"], [], ["Office", "Referrals"],
                      ["Leeds", 131], ["York", 112]],
        "Tracker": [["Participant", "Office", "Referral date", "Job start date"]],
    }  # fmt: skip
    output, said = sanitised_beside(script_book(tmp_path / "template.xlsx", sheets))
    assert copy_lines(output, "Referrals", 2)[5:] == [("Leeds", 140), ("York", 120)]
    assert copy_lines(output, "Tracker", 4)[2:] == []
    assert (
        "removed: 'Tracker' A1:D1: a line of headers of people's details over no one (a template "
        "to fill in): not carried"
    ) in said


def test_an_average_typed_on_a_total_average_line_is_removed_as_one(tmp_path):
    rows = [
        ["Conversion by month, 2013/14"],
        [],
        ["Month", "Referrals", "Attachments", "Starts"],
        ["April", 412, 380, 103],
        ["May", 398, 371, 97],
        ["June", 405, 377, 110],
        ["Total/average", 1215, 1128, 103],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "average.xlsx", {"Months": rows}))
    assert copy_lines(output, "Months", 4)[8] == ("Total/average", 1220, 1140, None)
    assert "removed: 'Months' D7: an average of unrounded figures on a 'Total/average' line" in said


def test_the_reasons_for_a_change_and_a_per_cent_change_of_outcomes_are_their_own(tmp_path):
    rows = [
        ["Job outcomes by payment group, year on year"],
        [],
        ["Payment group", "2012/13", "2013/14", "Change", "% change"],
        ["JSA 18-24", 141, 163, 22, 0.156],
        ["JSA 25+", 230, 251, 21, 0.091],
        ["ESA Flow", 122, 118, -4, -0.033],
    ]
    _, said = sanitised_beside(script_book(tmp_path / "yearly.xlsx", {"Outcomes": rows}))
    assert "removed: 'Outcomes' D4:D6: a difference of outcome volumes" in said
    assert "removed: 'Outcomes' E4:E6: in a table shown only as percentages" in said


def test_a_conversion_rate_beside_referrals_and_starts_is_not_said_to_be_of_outcomes(tmp_path):
    rows = [
        ["Referrals and starts by office, 2013/14"],
        [],
        ["Office", "Referrals", "Job starts", "Conversion rate"],
        ["Leeds", 412, 103, 0.31],
        ["York", 300, 80, 0.22],
        ["Hull", 250, 61, 0.29],
    ]
    _, said = sanitised_beside(script_book(tmp_path / "conversion.xlsx", {"Offices": rows}))
    assert (
        "removed: 'Offices' D4:D6: a rate named as the programme names a rate of job outcomes"
    ) in said
    assert "a rate of job outcomes or sustainments" not in said


def test_a_number_format_with_words_is_named_by_its_cells(tmp_path):
    rows = [
        ["Referrals by office, 2013/14"],
        [],
        ["Office", "Referrals"],
        ["Leeds", 131],
        ["York", 112],
    ]
    source = script_book(tmp_path / "worded.xlsx", {"Referrals": rows})
    book = openpyxl.load_workbook(source)
    for row in (4, 5):
        book["Referrals"].cell(row, 2).number_format = '0" referrals"'
    book.save(source)
    output, _ = sanitised_beside(source)
    named = (
        "number formats' own text and conditions (wpxl writes its own formats), 'Referrals' B4:B5"
    )
    cover = openpyxl.load_workbook(output)["About this workbook"]
    assert any(named in str(c.value) for row in cover.iter_rows() for c in row)
    assert "workbook: not carried" not in " ".join(
        str(c.value) for row in cover.iter_rows() for c in row if "number formats" in str(c.value)
    )
