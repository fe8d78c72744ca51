"""Session 41 (left): session 40's leftovers, each confirmed on main first.

Referrals by gender, then by age, across the columns ('Measure | Male | Female | 18-24 | 25-49
| 50+' over 'Referrals | 33 | 20 | 13 | 25 | 15', 'Male' the sum of 'Female' and '18-24' by
chance): the plan keeps each a count, but the proof's own reading of such words
(verify/sibling_sums) read SUMs down a column only, so a copy writing 'Male' as =SUM(C6:D6),
40 where its own 33 rounds to 40 too, passed. The proof reads a SUM across a row by the heads
of its columns (the nearest words above each in the input) now, as it reads one down a column
by its lines' labels, and refuses such a copy alone; a 'Total' column over the genders passes.

Job starts written with a revision mark after them ('398 [r]', '211 (p)', '97*', '64 †', as ONS
and the packs copied from it mark a revised or provisional figure), or a column of referrals
made only of such figures ('120p', '140p'): each was removed as 'a figure written with a
symbol', and the total over them with it; the lone column was read as labels. A whole count
with a mark saying it is revised, provisional or estimated, or calling a footnote, in a column
of plain figures or under words naming a measure, is the count it marks now
(analyse/marked_counts, read before the tables as analyse/pasted_dates reads counts pasted over
dates): rounded, totalled, and its mark, which a rounded cell cannot hold, listed with its
cells on the cover and in the warnings. A bound ('<5'), 'about' ('c.47') and a figure in
brackets ('(11)') stay removed; a year so marked on a line of no plain figure ('Area | 2012 [r]
| 2013 [p]' under 'Referrals') heads its column, as analyse/values ``marked_years`` reads it,
and is no count. A marked figure a formula reads stays text, removed as before: Excel's
=SUM(C4:C7) leaves text out, so the input's total is not the marked figure's (session 36's
'88*'). The proof reads such an input cell as the figure it marks (verify/marked_counts
``figure``, asked by verify/totals), so the rounded count passes and any other figure there is
refused, and it refuses a copy keeping '398 [r]' as written.

A grand total typed over offices, one of them hidden ('Leeds', 'York' hidden, 'West Yorkshire
total', 'Hull', 'of which aged 18-24', 'Grand total'): the plan removes the grand total with the
district's, but the proof's reading of a total over hidden lines (verify/hidden_sums) walked
the lines next to it adding every one the copy shows plain, so the 'of which' line between the
grand total and the offices made the run overshoot, and a copy showing the grand total rounded
on its own (620, which less Leeds' 320 and Hull's 240 gives York's 57 back to within the
rounding) passed (session 37 noticed it). The run may pass over up to two lines the copy shows
plain that are no part of it now (the excess over the total is one such line, or two), so the
proof refuses that copy alone; the plan's copy passes.

Job starts by office with a count of job outcomes glued to an office's name ('Leeds (JO37)'
beside its 1,210 referrals and 398 starts): the label was removed as stating an amount about
outcomes, as it should be, but 'JO37' also named the line's measure (analyse/abbreviations
read 'JO' and any two digits as a numbered job outcome payment), so Leeds' referrals and starts
went with it as 'outcome volumes'. A job outcome's number glued on runs to 20 at most, past
which it is a count (as wpxl.read.quoted_figures and verify/values read it): the line keeps its
figures, rounded, under the removed label; the proof's own words for an outcome line
(verify/measure_words) read it the same way. So read, the label itself carried passed the
proof ('37' glued to letters was a code in a label, and digits glued to letters state no
amount to verify/amounts): a count glued to an outcome's abbreviation past the numbers a
payment point is named by ('JO37', 'SPs61') is read apart from it now, an amount about
outcomes, and the proof refuses such a label alone, as it did before.

Typed start rates as whole percentages (25.0, not 0.25, beside 412 referrals and 103 job
starts) under 'Start rate', 'Conversion rate' or 'Start rate (%)': session 40 rebuilt such a
column typed as fractions, but whole percentages were removed, 'a rate wpxl cannot work out
from shared figures' (and under 'Conversion rate', untrue, 'a rate of job outcomes'). Where one
pair of shared columns gives every figure as typed only as a whole percentage, the column is
that pair's quotient in whole percentages (analyse/shared_rates ``scale``): rebuilt as
=C6/B6*100 over the rounded cells; a rate header may end in '%' or '(%)'.

'Office | Referrals | Job outcomes | Total', the Total each office's referrals and outcomes
together: the 'Job outcomes %' sheet showed a 'Total' column holding the outcomes' own shares
(45% where the Total's would be 44%), which it is not. Such a total counts no one measure: it
is left off the percentage sheet (plan/unshared_outcomes ``mixes_measures``), its volume
removed and named on the cover so ('a total adding up job outcomes and referrals together
counts no one measure and is in no percentage breakdown').

Job outcomes by office and payment group written a line each ('Office | Payment group | Job
outcomes', Leeds' ESA Flow, York's three groups and Hull's JSA 18-24 left blank): refused as a
sheet listing records one by one, 'each telling itself apart by no word of its own', since five
lines of words and no figure in a row repeat their words in every column, as a log's do. Lines
straight before or after such a run naming their line in the same columns and holding a figure
right of them make the run a table's lines with their figures left blank, no log
(analyse/record_lines ``_blank_figures``): the percentage sheet shows the shares, the blanks
blank. Lines repeating word for word, or flagged 1, are still records.

Wording: a line of job outcomes each written with its share ('120 (12%)' across the payment
groups) was listed cell by cell on the cover, four lines for one reason; a line's counts
written with their shares, each alone in its column, are named as a range of the line now
('B5:E5', plan/volumes).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import script_book, write_book
from tests.e2e.runs import copy_formulas, copy_lines, sanitised_beside
from tests.misread import BANNER, misread_findings, proved
from wpxl.model import OutputCell, Plan
from wpxl.verify.hidden_sums import SHOWN_ALONE
from wpxl.verify.sibling_sums import SIBLING_SUM

_ACROSS: list[list] = [
    ["Referrals by characteristic, 2013/14"],
    [],
    ["Measure", "Male", "Female", "18-24", "25-49", "50+"],
    ["Referrals", 33, 20, 13, 25, 15],
]


def test_the_proof_alone_refuses_a_gender_summing_columns_across_a_row(tmp_path):
    summed = OutputCell(40.0, formula="SUM(C6:D6)", kind="total")
    findings = misread_findings(tmp_path, _ACROSS, {(3, 1): summed}, "rounded")
    assert [(f.part, f.kind) for f in findings] == [("'Referrals' B6", SIBLING_SUM)]


def test_a_total_across_named_columns_passes_the_proof(tmp_path):
    rows = [
        ["Referrals by office and gender, 2013/14"],
        [],
        ["Office", "Male", "Female", "Total"],
        ["Leeds", 33, 20, "=SUM(B4:C4)"],
        ["York", 41, 18, "=SUM(B5:C5)"],
    ]
    source = write_book(tmp_path / "offices.xlsx", {"Referrals": rows})
    assert proved(tmp_path, source) == []
    output, _ = sanitised_beside(source)
    assert copy_formulas(output, "Referrals") == {"D6": "=SUM(B6:C6)", "D7": "=SUM(B7:C7)"}


_MARKED_STARTS: list[list] = [
    ["Job starts by office, 2013/14"],
    [],
    ["Office", "Referrals", "Job starts"],
    ["Leeds", 1210, "398 [r]"],
    ["Bradford", 907, "211 (p)"],
    ["York", 455, "97*"],
    ["Hull", 388, "64 \u2020"],
    ["Total", 2960, 770],  # typed, as published tables are: a SUM in Excel leaves text out
]


def test_starts_with_revision_marks_are_rounded_and_their_marks_listed(tmp_path):
    source = write_book(tmp_path / "marked.xlsx", {"Referrals": _MARKED_STARTS})
    output, said = sanitised_beside(source)
    assert copy_lines(output, "Referrals", 3)[5:] == [
        ("Leeds", 1220, 400), ("Bradford", 900, 220), ("York", 460, 100), ("Hull", 380, 60),
        ("Total", 2960, 780),
    ]  # fmt: skip
    assert copy_formulas(output, "Referrals") == {"B10": "=SUM(B6:B9)", "C10": "=SUM(C6:C9)"}
    marks = "('[r]' at C4; '(p)' at C5; '*' at C6; '\u2020' at C7)"
    assert marks in said
    cover = openpyxl.load_workbook(output)["About this workbook"]
    assert any(marks in str(c.value) for row in cover.iter_rows() for c in row)


def test_the_proof_alone_refuses_a_revised_count_kept_as_written(tmp_path):
    found = misread_findings(tmp_path, _MARKED_STARTS, {(3, 2): "398 [r]"}, "kept")
    assert "'Referrals' C6" in {f.part for f in found}


def test_a_column_only_of_provisional_referrals_is_a_column_of_counts(tmp_path):
    rows = [
        ["Referrals by office, 2013/14"],
        [],
        ["Office", "Referrals"],
        ["Leeds", "120p"],
        ["Bradford", "140p"],
        ["York", "97p"],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "provisional.xlsx", {"Referrals": rows}))
    assert copy_lines(output, "Referrals", 2)[5:] == [
        ("Leeds", 120),
        ("Bradford", 140),
        ("York", 100),
    ]
    assert "('p' at B4:B6)" in said


def test_marked_years_heading_columns_under_a_measure_stay_years(tmp_path):
    rows = [
        ["Referrals by area and year"],
        [None, "Referrals", None],
        ["Area", "2012 [r]", "2013 [p]"],
        ["Leeds", 1210, 1300],
        ["York", 455, 470],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "years.xlsx", {"Referrals": rows}))
    assert copy_lines(output, "Referrals", 3)[4:] == [
        ("Area", "2012 [r]", "2013 [p]"), ("Leeds", 1220, 1300), ("York", 460, 480),
    ]  # fmt: skip
    assert "removed" not in said and "mark after them" not in said


def test_marked_outcomes_under_quarters_are_shares_of_their_quarter(tmp_path):
    rows = [
        ["Job outcomes by payment group, 2013/14"],
        [],
        ["Payment group", "Q1", "Q2"],
        ["JSA 18-24", "141r", 41],
        ["JSA 25+", "230 [p]", 50],
        ["ESA Flow", 122, "30*"],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "quarters.xlsx", {"Outcomes": rows}))
    assert copy_lines(output, "Job outcomes %", 3)[6:] == [
        ("JSA 18-24", 0.29, 0.34), ("JSA 25+", 0.47, 0.41), ("ESA Flow", 0.25, 0.25),
    ]  # fmt: skip
    assert "('r' at B4; '[p]' at B5; '*' at C6)" in said


def _grand_total_over_a_hidden_office(path: Path) -> Path:
    """Referrals by district and office, York's line hidden, an 'of which' line under Hull."""
    rows = [
        ["Referrals by district and office, 2013/14"],
        [],
        ["District", "Office", "Q1", "Q2"],
        ["West Yorkshire", "Leeds", 311, 287],
        [None, "York", 57, 63],
        [None, "West Yorkshire total", 368, 350],
        ["East Riding", "Hull", 244, 201],
        [None, "of which aged 18-24", 100, 90],
        ["All districts", "Grand total", 612, 551],
    ]
    script_book(path, {"Referrals": rows})
    book = openpyxl.load_workbook(path)
    book["Referrals"].row_dimensions[5].hidden = True
    book.save(path)
    return path


def test_the_proof_alone_refuses_a_grand_total_over_a_hidden_line_past_an_of_which_line(
    tmp_path,
):
    source = _grand_total_over_a_hidden_office(tmp_path / "grand.xlsx")
    output, said = sanitised_beside(source)
    assert copy_lines(output, "Referrals", 4)[-1] == ("All districts", "Grand total", None, None)
    assert "removed: 'Referrals' C9: a total over figures wpxl removes" in said

    def rounded_alone(plan: Plan) -> None:  # the grand total, 612 and 551, shown on its own
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[(7 + BANNER, 2)] = OutputCell(620.0, kind="count")  # York's line is not carried
        cells[(7 + BANNER, 3)] = OutputCell(560.0, kind="count")

    assert proved(tmp_path, source) == []
    findings = proved(tmp_path, source, rounded_alone)
    assert {str(f) for f in findings} == {
        f"'Referrals' C10: {SHOWN_ALONE}",
        f"'Referrals' D10: {SHOWN_ALONE}",
    }


_GLUED_COUNT: list[list] = [
    ["Job starts by office, 2013/14"],
    [],
    ["Office", "Referrals", "Job starts"],
    ["Leeds (JO37)", 1210, 398],
    ["Bradford", 907, 211],
    ["York", 455, 97],
]


def test_an_outcome_count_glued_to_an_office_takes_its_label_not_its_starts(tmp_path):
    output, said = sanitised_beside(script_book(tmp_path / "glued.xlsx", {"Starts": _GLUED_COUNT}))
    assert copy_lines(output, "Starts", 3)[5] == ("(label removed: see the cover)", 1220, 400)
    assert "removed: 'Starts' A4: it states an amount about outcomes" in said
    assert "'Starts' B4" not in said and "'Starts' C4" not in said


def test_the_proof_alone_refuses_the_glued_outcome_count_carried(tmp_path):
    found = misread_findings(tmp_path, _GLUED_COUNT, {(3, 0): "Leeds (JO37)"}, "label")
    assert "'Referrals' A6" in {f.part for f in found}


@pytest.mark.parametrize("head", ["Start rate", "Conversion rate", "Start rate (%)"])
def test_typed_start_rates_in_whole_percentages_are_rebuilt(tmp_path, head):
    rows = [
        ["Job starts by office, 2013/14"],
        [],
        ["Office", "Referrals", "Job starts", head],
        ["Leeds", 412, 103, 25.0],
        ["Bradford", 300, 60, 20.0],
        ["York", 160, 24, 15.0],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "rates.xlsx", {"Starts": rows}))
    assert copy_formulas(output, "Starts") == {f"D{r}": f"=C{r}/B{r}*100" for r in (6, 7, 8)}
    assert "removed" not in said


def test_a_total_of_referrals_and_outcomes_is_in_no_share(tmp_path):
    rows = [
        ["Referrals and job outcomes by office, 2013/14"],
        [],
        ["Office", "Referrals", "Job outcomes", "Total"],
        ["Leeds", 412, 52, 464],
        ["Bradford", 300, 38, 338],
        ["York", 220, 25, 245],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "mixed.xlsx", {"Figures": rows}))
    shares = copy_lines(output, "Job outcomes %", 3)[5:]
    assert shares == [
        ("Office", "Job outcomes", None), ("Leeds", 0.45, None), ("Bradford", 0.33, None),
        ("York", 0.22, None),
    ]  # fmt: skip
    said = " ".join(said.split())
    assert (
        "removed: 'Figures' D4:D6: 3 figures: outcome volumes are never shared; a total adding "
        "up job outcomes and referrals together counts no one measure" in said
    )


def test_an_outcome_table_a_line_each_with_blank_figures_is_no_log(tmp_path):
    groups = ["JSA 18-24", "JSA 25+", "ESA Flow"]
    counts = {"Leeds": [12, None, None], "York": [None, None, None], "Hull": [None, 9, 5]}
    rows: list[list] = [["Job outcomes by office and payment group, 2013/14"], []]
    rows += [["Office", "Payment group", "Job outcomes"]]
    rows += [
        [office, g, n] for office, line in counts.items() for g, n in zip(groups, line, strict=True)
    ]
    output, _ = sanitised_beside(script_book(tmp_path / "blanks.xlsx", {"Outcomes": rows}))
    shares = [line[2] for line in copy_lines(output, "Job outcomes %", 3)[6:]]
    assert shares == [0.45, None, None, None, None, None, None, 0.35, 0.2]


def test_a_line_of_counts_with_their_shares_is_named_as_one_range(tmp_path):
    rows = [
        ["Referrals and job outcomes by payment group, 2013/14"],
        [],
        ["Measure", "JSA 18-24", "JSA 25+", "ESA Flow", "Total"],
        ["Referrals", 1210, 907, 455, 2572],
        ["Job outcomes", "120 (12%)", "640 (64%)", "243 (24%)", "1003 (100%)"],
    ]
    _, said = sanitised_beside(script_book(tmp_path / "shares.xlsx", {"Figures": rows}))
    removed = [line for line in said.splitlines() if "removed:" in line]
    assert len(removed) == 1
    assert removed[0].strip().startswith("removed: 'Figures' B5:E5: a count written with its share")
