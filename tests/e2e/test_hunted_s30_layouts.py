"""Misread layouts left by session 29, and what a generator of further real-shaped layouts found
(session 30).

One figure column, a blank spacer column left of it, then a 'Notes' column of words
('Payment group | | 2010 | Notes' over '1 | | 13 | Provisional', the groups numbered as text):
the block of the figures and the notes opens with its figures, and a block's figures are looked
for right of its first column (which may be labels), so it was read as words: its figures were
removed as outside any table, and the groups' numbers, alone, were read as a table of counts,
rounded to 0, '3' made the SUM of '1' and '2'. WRONG, and the proof passed it. With labels in
words ('1. Leeds', '2011/12', typed years under 'Year') the figures were removed, the years
with them. A block whose first column holds figures and whose other cells are all words, one or
two blank columns right of a block on its rows (its lines' labels), is a table
(analyse/cut_off ``figures_before_notes``, asked by analyse/layout); a column of words beside
a year in a title's block, with no labels' block left of it, is none. The proof refused no
such copy: it lets a rounded label stand where a formula of the copy refers to it (a total
adds it up), and the SUM written at '3''s place referred to '1' and '2'. A formula standing
where the input holds a number naming a row adds up nothing (verify/copy_labels
``referred``), so the proof alone refuses the summed labels; the same copy of payment groups
numbered as text a spacer column and a blank row from their header and figures (session 29's,
its plan mended then) is refused by the proof alone now too.

Averages beside the counts ('Avg', 'Average', 'Mean', 'Monthly average' over each line's
average of its months): the plan removes them (session 29), but no check of the proof refused
them rounded as counts and their total rebuilt as a SUM of averages, every figure a multiple of
20 adding up. Any figure of the copy, plain or a formula, under a header naming an average
alone that is not the input's at its place is refused (verify/share_columns
``rounded_averages``).

Outcome tables on tabs named by number alone ('1', '2', as ONS numbers its tables): the intro
of each percentage sheet named no tab, since a number alone in an outcome table's words may
state a volume, so the two sheets said the same words and the proof refused the copy as two
sheets no reader could tell apart. A sheet's name of digits alone numbers the tabs (reading
kept it as quoting no figure, and the cover names it already): the intro names it
(plan/percentages ``_named``), and the proof reads "on sheet '2'" naming one of the input's
shown tabs so named as no amount (verify/percent_words, given the tabs by
verify/percent_lines); a number naming no tab there still is one.

Payment groups numbered (typed) under their total, the total line first and a blank row under
the header ('Payment group | Apr 2013', a blank row, 'Total | 182', '1 | 13', '2 | 150'): the
plan kept the numbers, but the proof's reading of a label run with its total on top took the
header from the row just over the total, the blank one, so it read no header naming the
numbers and refused the copy (figures no multiple of 20). The header over a total on top is
looked for over a blank row too, as it is over the run's first line (verify/label_figures).

Lines named by numbers (payment groups, years, ages) under their total line on top, one count
held back ('3 | * | 205'): the plan kept the numbers and left out the totals over the marker,
but the proof's check of a typed 'Total' over a cell the copy cannot show read the figures under
the total line's words, the lines' numbers, as totals down a total column, and refused the
copy over the label on the marker's line. Under the words only where no figure stands right of
them: a total line's words have the lines' labels under them (verify/unshown_totals).

Cohort tables, as DWP lays them out (a generator of them found these). Cohorts by their month
code (201304, typed or as text) under a corner explaining its words in a bracket ('Cohort
(month referred)'): no reading of a header took the bracket, so the codes were rounded
(201300) and the copy verified. WRONG, and the proof passed it. A bracket of words explaining
a header ('(month referred)', '(yyyymm)') is read off it, in the analysis
(analyse/words ``unexplained``, read by analyse/label_numbers) and the proof
(verify/label_figures); one naming what
is counted ('(referrals)') is not. The times since referral over the columns ('Weeks since
referral' over 13, 26, 39, 52) under such a corner, or beside a column of the cohorts' sizes
('Month of referral | Referrals | 13 | 26'): the corner named a measure ('referred'), or the
words just left of the times were the sizes' header ('Referrals'), so the row was read as a
line of figures, the weeks rounded (20, 20, 40, 60) and the copy verified. WRONG, and the proof
passed it. A corner naming cohorts or an event's month ('Cohort ...', 'Referral month') names
the rows, and words over a figure of their own head a column before the times, not the row's
corner, in the analysis (analyse/elapsed_heads) and the proof (verify/elapsed_heads), which
refuses the weeks rounded; 'Referral month' as the corner, the plan kept the weeks and the
proof refused them before.

Blocks stacked under one header, each named by its area alone on a line ('Leeds', the header
'Payment group | Apr 2013 | May 2013', groups 1, 2, 3, 6 and a total line; a blank line, 'York',
the same groups and total): the first block's numbers were kept, the second's, whose only
header is its name, rounded to 0. WRONG, and the proof passed it: its reading of a label run
across blocks went over total lines and blank lines but not a block's name in the label column
itself. A line holding only words in the column joins the runs (verify/label_blocks
``block_name``, read by verify/label_figures), and a block under such a name takes the header
over the blocks above, where each numbers its lines the same (analyse/stacked_heads, asked by
analyse/label_numbers for typed numbers and analyse/layout for numbers written as text).

Bands numbered as text up to an open end ('Previous children' over '0', '1', '2', '3+', as
exports write them): typed, with words at the end ('3 or more'), the column names its lines;
as text beside '3+' (no word of three letters) the numbers were rounded as counts typed as text
(0, 0, 0) and the copy verified. WRONG, and the proof passed it. Digits as text before a band's
open end ('3+', '3 or more', '40 and over') number the bands as typed ones do, in the analysis
(analyse/label_sequences, moved out of analyse/values, which had reached 400 lines) and the
proof (verify/worded_labels), which refuses them rounded.

Bands of hours worked closed by an open end ('Hours worked' over 16, 30, 37, '40+'): the proof
reads them as bands naming the lines, but the analysis's run of label numbers stopped at
'40+', so the plan rounded them and the copy was refused. A band's open end after the numbers
ends their run as a label line (analyse/label_numbers, asking analyse/label_sequences).
"""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings, proved
from wpxl.analyse import cells, elapsed_heads, label_numbers, layout, words
from wpxl.errors import VerificationError
from wpxl.model import OutputCell, Plan
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file
from wpxl.verify.kept_labels import ROUNDED_LABEL
from wpxl.verify.percent_words import STATED


def _job(tmp_path) -> Job:
    return Job(Policy(), Audience(produced=dt.date(2026, 12, 5)), out_dir=tmp_path / "out")


def _lines(output, sheet: str, width: int = 4) -> list[tuple]:
    shown = openpyxl.load_workbook(output, data_only=True)[sheet]
    return [r[:width] for r in shown.iter_rows(values_only=True)]


NOTED = {
    "groups numbered as text": ("Payment group", ["1", "2", "3"], 2010),
    "groups numbered, a header in words": ("Payment group", ["1", "2", "3"], "Referrals"),
    "typed years": ("Year", [2011, 2012, 2013], "Referrals"),
    "financial years": ("Year", ["2011/12", "2012/13", "2013/14"], "Referrals"),
    "numbered areas": ("Area", ["1. Leeds", "2. York", "3. Hull"], "Referrals"),
}


def _noted(path, shape: str):
    """One figure column a spacer column right of its labels, a 'Notes' column after it."""
    corner, names, head = NOTED[shape]
    rows = [["Referrals by group"], [], [corner, None, head, "Notes"],
            [names[0], None, 13, "Provisional"], [names[1], None, 85, None],
            [names[2], None, 5, "Includes late returns"],
            ["Total", None, "=SUM(C4:C6)", None]]  # fmt: skip
    return write_book(path, {"Referrals": rows}, cached={("Referrals", "C7"): 103})


@pytest.mark.parametrize("shape", NOTED)
def test_one_figure_column_between_a_spacer_and_notes_keeps_its_labels(tmp_path, shape):
    corner, names, head = NOTED[shape]
    output, _ = sanitised_beside(_noted(tmp_path / "noted.xlsx", shape))
    lines = _lines(output, "Referrals")
    assert (corner, None, head, "Notes") in lines
    assert [line for line in lines if line[0] in names] == [
        (names[0], None, 20, "Provisional"), (names[1], None, 80, None),
        (names[2], None, 0, "Includes late returns")
    ]  # fmt: skip
    formulas = openpyxl.load_workbook(output)["Referrals"]
    total = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == "Total")
    assert formulas.cell(total, 3).value == f"=SUM(C{total - 3}:C{total - 1})"
    assert _lines(output, "Referrals")[total - 1][2] == 100


@pytest.mark.parametrize("shape", ["groups numbered as text", "groups numbered, a header in words"])
def test_the_proof_alone_refuses_numbered_groups_before_notes_summed_as_counts(
    tmp_path, monkeypatch, shape
):
    monkeypatch.setattr(layout, "figures_before_notes", lambda *args: False)
    with pytest.raises(VerificationError, match="a number naming a row or column, rounded"):
        sanitise_file(_noted(tmp_path / "noted.xlsx", shape), _job(tmp_path))


def test_the_proof_alone_refuses_groups_across_a_spacer_and_a_blank_row_summed(tmp_path):
    """Session 29's payment groups, numbered as text a spacer column and a blank row from their
    header and figures, as the misreading wrote them: rounded to 0, '3' the SUM of '1' and
    '2' (the plan's SUMs are written without '=')."""
    rows = [["Referrals by payment group"], [], ["Payment group", None, "Total", 2010, 2011], [],
            ["1", None, 602, 1, 601], ["2", None, 565, 491, 74], ["3", None, 415, 413, 2],
            ["6", None, 416, 413, 3], ["Total", None, 1998, 1318, 680]]  # fmt: skip
    summed = OutputCell(0.0, formula="SUM(A7:A8)", kind="total")  # rows 5, 6 under the banner
    written = {(4, 0): 0.0, (5, 0): 0.0, (6, 0): summed, (7, 0): 0.0}
    found = misread_findings(tmp_path, rows, written, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


AVERAGES = ["Avg", "Average", "Mean", "Monthly average", "Average per month"]


def _averaged(path, head: str):
    rows = [["Referrals by area"], [], ["Area", "Apr 2013", "May 2013", head],
            ["Leeds", 13, 27, 20], ["York", 5, 45, 25], ["Hull", 33, 9, 21],
            ["Total", 51, 81, 66]]  # fmt: skip
    return write_book(path, {"Referrals": rows})


@pytest.mark.parametrize("head", AVERAGES)
def test_averages_beside_counts_are_removed_not_rounded(tmp_path, head):
    output, _ = sanitised_beside(_averaged(tmp_path / "averages.xlsx", head))
    lines = _lines(output, "Referrals")
    assert ("Area", "Apr 2013", "May 2013", head) in lines
    assert [line for line in lines if line[0] in ("Leeds", "York", "Hull", "Total")] == [
        ("Leeds", 20, 20, None), ("York", 0, 40, None), ("Hull", 40, 0, None),
        ("Total", 60, 60, None)
    ]  # fmt: skip


@pytest.mark.parametrize("head", AVERAGES)
def test_the_proof_alone_refuses_averages_rounded_and_summed_as_counts(tmp_path, monkeypatch, head):
    rate = r"%|\b(?:rates?\b|per\s*cent|pct\b|proportion|ratio\b|share\b|change\b|median\b)"
    monkeypatch.setattr(words, "_RATE", re.compile(rate, re.IGNORECASE))  # no average a rate
    cells.words_of.cache_clear()  # read once per header: an average's read a rate's before
    try:
        with pytest.raises(VerificationError, match=r"an average \(.*\) rounded or summed"):
            sanitise_file(_averaged(tmp_path / "averages.xlsx", head), _job(tmp_path))
    finally:
        cells.words_of.cache_clear()


def _outcomes(title: str) -> list[list]:
    return [[title], [], ["Payment group", "Apr 2013", "May 2013", "Total"],
            ["JSA 18-24", 31, 45, "=SUM(B4:C4)"], ["JSA 25+", 88, 97, "=SUM(B5:C5)"],
            ["ESA Flow", 7, 4, "=SUM(B6:C6)"],
            ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)"]]  # fmt: skip


def _numbered_tabs(path):
    title = "Job outcomes by payment group"
    return write_book(path, {"1": _outcomes(title), "2": _outcomes(title)})


def test_outcome_tables_on_tabs_numbered_alone_get_percentage_sheets_told_apart(tmp_path):
    output, _ = sanitised_beside(_numbered_tabs(tmp_path / "tabs.xlsx"))
    book = openpyxl.load_workbook(output)
    intros = [book[name]["A4"].value for name in ("Job outcomes %", "Job outcomes 2 %")]
    assert "on sheet '1'" in intros[0] and "on sheet '2'" in intros[1]


def test_the_proof_still_refuses_an_intro_naming_a_number_no_tab_is_named(tmp_path):
    def untabbed(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Job outcomes %")
        intro = sheet.cells[(3, 0)]
        sheet.cells[(3, 0)] = OutputCell(
            str(intro.value).replace("sheet '1'", "sheet '7'"), style=intro.style, kind="wpxl"
        )

    found = proved(tmp_path, _numbered_tabs(tmp_path / "tabs.xlsx"), untabbed)
    assert [f.part for f in found if f.kind == STATED] == ["'Job outcomes %' A4"]


@pytest.mark.parametrize("blank", [True, False])
def test_numbered_groups_under_a_total_on_top_a_blank_row_under_the_header_are_kept(
    tmp_path, blank
):
    rows = [["Referrals by payment group"], [], ["Payment group", "Apr 2013", "May 2013"],
            *([[]] if blank else []), ["Total", 182, 70], [1, 13, 27], [2, 150, 9],
            [3, 9, 30], [6, 10, 4]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "groups.xlsx", {"Referrals": rows}))
    lines = _lines(output, "Referrals", 3)
    assert [line for line in lines if line[0] in (1, 2, 3, 6, "Total")] == [
        ("Total", 200, 60), (1, 20, 20), (2, 160, 0), (3, 0, 40), (6, 20, 0)
    ]  # fmt: skip
    formulas = openpyxl.load_workbook(output)["Referrals"]
    total = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == "Total")
    assert formulas.cell(total, 2).value == f"=SUM(B{total + 1}:B{total + 4})"


@pytest.mark.parametrize("names", [[1, 2, 3, 6], [2010, 2011, 2012, 2013]])
def test_numbered_lines_under_a_total_on_top_beside_a_held_back_count_are_kept(tmp_path, names):
    corner = "Payment group" if names[0] == 1 else "Year"
    rows = [["Referrals by group"], [], [corner, "Q1", "Q2", "YTD"], ["Total", 1014, 967, 1981],
            [names[0], 306, 126, 432], [names[1], 329, 281, 610], [names[2], "*", 205, 276],
            [names[3], 312, 355, 667]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "held.xlsx", {"Referrals": rows}))
    lines = _lines(output, "Referrals")
    assert [line[:3] for line in lines if line[0] in names] == [
        (names[0], 300, 120), (names[1], 320, 280), (names[2], "*", 200), (names[3], 320, 360)
    ]  # fmt: skip
    assert next(line[:3] for line in lines if line[0] == "Total") == ("Total", None, 960)


def _cohorts(path, corner: str, cohorts: list, sizes: bool = False):
    """Job starts by cohort under ``corner``, weeks since referral across (``sizes``: the
    cohorts' referrals in a column before the weeks)."""
    size = ["Referrals"] if sizes else []
    over = [None, *[None] * len(size), "Weeks since referral"]
    rows = [["Job starts by referral cohort"], [], over, [corner, *size, 13, 26, 39, 52]]
    for cohort, starts, referred in zip(cohorts, STARTS, (513, 498, 377), strict=True):
        rows.append([cohort, *([referred] if sizes else []), *starts])
    return write_book(path, {"Referrals": rows})


STARTS = [[13, 27, 41, 55], [5, 45, 60, 70], [33, 9, 50, 71]]
ROUNDED = [[20, 20, 40, 60], [0, 40, 60, 80], [40, 0, 60, 80]]
COHORTS = {
    "codes, a bracket": ("Cohort (month referred)", [201304, 201305, 201306], False),
    "codes as text, a bracket": ("Cohort (month referred)", ["201304", "201305", "201306"], False),
    "months, a bracket": ("Cohort (month referred)", ["Apr 2013", "May 2013", "Jun 2013"], False),
    "months beside sizes": ("Month of referral", ["Apr 2013", "May 2013", "Jun 2013"], True),
    "referral month": ("Referral month", ["Apr 2013", "May 2013", "Jun 2013"], True),
}


@pytest.mark.parametrize("shape", COHORTS)
def test_cohorts_keep_their_codes_and_weeks_since_referral(tmp_path, shape):
    corner, cohorts, sizes = COHORTS[shape]
    output, _ = sanitised_beside(_cohorts(tmp_path / "cohorts.xlsx", corner, cohorts, sizes))
    lines = _lines(output, "Referrals", 6)
    header = next(line for line in lines if line[0] == corner)
    assert header[: 5 + sizes] == (corner, *(["Referrals"] if sizes else []), 13, 26, 39, 52)
    shown = [line for line in lines if line[0] in cohorts]
    assert [line[0] for line in shown] == cohorts
    assert [list(line[1 + sizes : 5 + sizes]) for line in shown] == ROUNDED


@pytest.mark.parametrize("shape", ["codes, a bracket", "months, a bracket", "months beside sizes"])
def test_the_proof_alone_refuses_cohort_codes_or_weeks_rounded(tmp_path, monkeypatch, shape):
    monkeypatch.setattr(label_numbers, "unexplained", lambda header: header)
    monkeypatch.setattr(elapsed_heads, "_names_periods", words.is_period_words)
    monkeypatch.setattr(elapsed_heads, "_heads_figures", lambda *args: False)
    corner, cohorts, sizes = COHORTS[shape]
    with pytest.raises(VerificationError, match="a number naming a row or column, rounded"):
        sanitise_file(_cohorts(tmp_path / "cohorts.xlsx", corner, cohorts, sizes), _job(tmp_path))


def _stacked(path, groups: list):
    rows: list[list] = [["Referrals by payment group and area"], [], ["Leeds"],
                        ["Payment group", "Apr 2013", "May 2013"]]  # fmt: skip
    for area, counts in (("Leeds", [[13, 150], [5, 45], [33, 9], [10, 0]]),
                         ("York", [[23, 50], [15, 45], [3, 19], [110, 7]])):  # fmt: skip
        if area == "York":
            rows += [[], ["York"]]
        rows += [[group, *line] for group, line in zip(groups, counts, strict=True)]
        rows.append(["Total", *(sum(column) for column in zip(*counts, strict=True))])
    return write_book(path, {"Referrals": rows})


GROUPS = {"typed": [1, 2, 3, 6], "as text": ["1", "2", "3", "6"]}


@pytest.mark.parametrize("kind", GROUPS)
def test_blocks_under_one_header_each_named_alone_keep_their_groups(tmp_path, kind):
    groups = GROUPS[kind]
    output, _ = sanitised_beside(_stacked(tmp_path / "stacked.xlsx", groups))
    lines = _lines(output, "Referrals", 3)
    assert [line for line in lines if line[0] in groups] == [
        (groups[0], 20, 160), (groups[1], 0, 40), (groups[2], 40, 0), (groups[3], 20, 0),
        (groups[0], 20, 60), (groups[1], 20, 40), (groups[2], 0, 20), (groups[3], 120, 0)
    ]  # fmt: skip
    totals = [line for line in lines if line[0] == "Total"]
    assert totals == [("Total", 80, 200), ("Total", 160, 120)]


@pytest.mark.parametrize("kind", GROUPS)
def test_the_proof_alone_refuses_a_stacked_block_s_groups_rounded(tmp_path, monkeypatch, kind):
    monkeypatch.setattr(label_numbers, "header_over_blocks", lambda *args: None)
    monkeypatch.setattr(layout, "header_over_blocks", lambda *args: None)
    with pytest.raises(VerificationError, match="a number naming a row or column, rounded"):
        sanitise_file(_stacked(tmp_path / "stacked.xlsx", GROUPS[kind]), _job(tmp_path))


def _banded(path, bands: list):
    rows = [["Referrals by number of previous children"], [],
            ["Previous children", "Apr 2013", "May 2013"]]  # fmt: skip
    counts = [[13, 150], [5, 45], [33, 9], [10, 0]]
    rows += [[band, *line] for band, line in zip(bands, counts, strict=True)]
    rows.append(["Total", 61, 204])
    return write_book(path, {"Referrals": rows})


BANDS = {"as text": ["0", "1", "2", "3+"], "as text, or more": ["0", "1", "2", "3 or more"]}


@pytest.mark.parametrize("kind", BANDS)
def test_bands_numbered_as_text_up_to_an_open_end_are_kept(tmp_path, kind):
    bands = BANDS[kind]
    output, _ = sanitised_beside(_banded(tmp_path / "bands.xlsx", bands))
    lines = _lines(output, "Referrals", 3)
    assert [line for line in lines if line[0] in [*bands, "Total"]] == [
        (bands[0], 20, 160), (bands[1], 0, 40), (bands[2], 40, 0), (bands[3], 20, 0),
        ("Total", 80, 200)
    ]  # fmt: skip


@pytest.mark.parametrize("kind", BANDS)
def test_the_proof_alone_refuses_bands_numbered_as_text_rounded(tmp_path, monkeypatch, kind):
    monkeypatch.setattr(layout, "is_label_sequence", lambda values: False)
    monkeypatch.setattr(layout, "numbers_lines_as_text", lambda values: False)  # s30, 2nd hunt
    with pytest.raises(VerificationError, match="a number naming a row or column, rounded"):
        sanitise_file(_banded(tmp_path / "bands.xlsx", BANDS[kind]), _job(tmp_path))


@pytest.mark.parametrize("end", ["40+", "40 or more"])
def test_hours_bands_closed_by_an_open_end_are_kept(tmp_path, end):
    rows = [["Referrals by hours worked"], [], ["Hours worked", "Apr 2013", "May 2013"],
            [16, 13, 150], [30, 5, 45], [37, 33, 9], [end, 10, 0],
            ["Total", 61, 204]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "hours.xlsx", {"Referrals": rows}))
    lines = _lines(output, "Referrals", 3)
    assert [line for line in lines if line[0] in (16, 30, 37, end, "Total")] == [
        (16, 20, 160), (30, 0, 40), (37, 40, 0), (end, 20, 0), ("Total", 80, 200)
    ]  # fmt: skip
