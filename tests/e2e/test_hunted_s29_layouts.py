"""What a generator of further real-shaped layouts found (session 29).

Tables with a column of the areas' codes written as text ('0155') before their names, a blank
spacer column between the labels and the figures, a '% of total' column after the counts,
'of which' lines under their parts, and months coded yyyymm written as text ('201304'), as
exports write them.

Months coded as text heading their columns ('Area | "201304" | "201305" | Total'): the
analysis read the header as a header, but the plan judged each code as a label's number, 100
or more and no multiple of 20, quoting an unrounded figure (the workbook's own cell), and
removed it, so the copy's columns no longer said which month they count. A label whose whole
text is a month code names its month, removed only if it quotes a figure that must not appear
(plan/quoting), and a code a header carries as text is no figure the workbook must not show
(plan, as a year carried so). The proof took the text for words quoting an unrounded figure;
digits as text that stand as the input writes them, where its own reading of the layout shows
them to name a row or column, are a name (verify/copy_labels ``digits_as_written``).

A month code alone after a code column ('Code | Area | 201304' over '0155 | Leeds | 13'), or
before a column of shares ('Area | 201304 | % of total'), typed or as text: read as a line of
counts named 'Code' (or 'Area', the shares' header no total's), the code was rounded (201300)
and the copy verified. WRONG, and the proof passed it. A corner naming the areas' codes
('Code', 'Area code', 'ONS code') stands before or among the label columns' headers, and a
header naming shares ('% of total', 'Percentage') after the code, as a total column's does, in
the analysis (analyse/lone_codes) and the proof (verify/lone_codes), which now refuses the code
rounded.

The same after the names beside a code column ('LA code | LA name | 201304', 'Area | Name |
201304'), under 'JCP office', or before a column headed in other words ('Area | 201304 | Rank',
'| Rate per 1,000', '| Notes', '| Year to date'): rounded (201300) and verified, each header
word missing from the list the two readings read beside a lone code. A header after the code
in words, whatever they say, heads another column (a line of counts holds figures there), and
names ('Name', 'LA name') stand among the label columns' headers, in both readings.

A month code alone a blank spacer column right of its corner ('Area | | 201304' over 'Leeds |
| 13'): the plan kept it, but the proof read the header's row up to a blank cell, so the code
stood with no corner and was refused as a figure no multiple of 20. A column blank on the two
rows under the header too is a spacer, and the label columns left of it are the table's
(verify/lone_codes ``spaced_table``); with the total column first ('Area | | Total | 201304')
too.

Lines named by numbers a blank spacer column left of their figures ('Age | | 2012/13 |
2013/14 | Total' over '17 | | 335 | 333 | 668', ages typed or as text; 'CPA' over 7, 8, 9):
the blank column cut the numbers off as a table of their own, a column of counts, so they
were rounded (20, 20, 20) and the proof refused the copy. A one-column block headed by words
naming what its numbers name ('Age', 'CPA', 'Payment group'), its numbers whole and all
different, words beside them (the total's line), one or two blank columns left of a table on
the same rows, is that table's label column (analyse/cut_off ``numbered_labels_cut_off``), and
the table's own reading of its label numbers keeps them. Left: the same with the span's line
('2012/13') over 'Age' in the label column, or a measure's line over the header
('Referrals' over 'Apr 2013'), where the label block does not start on the table's rows: still
refused by the proof, as before.

A part shown under its line in other words than 'of which' ('  of whom aged 18-24', '  incl.
aged 18-24', '  Of these, aged 18-24', '  including 18-24 year olds', '  which includes ...'),
the total typed under both lines: the part was read as a line the total adds up, which it
does not (113 + 33, not + 45), so the total was rounded on its own and the proof refused the
copy. Such words opening a line bring in a part of the line before, no part of any total, as
'of which' does anywhere (analyse/words ``is_subset_words``); 'Total including prison
leavers' opens with none of them.

A table's total line worded 'Total (all areas)' (or 'Total - all areas', 'Total: all areas')
under one area holding every count ('Doncaster | 5', 'York | 0', 'Hull | 0'): the words were
no total's, as only 'Total' and a word after a space were, so the tree of totals read the
first area as the total of the lines under it, the total line among them (a SUM over the
wrong cells, its value by chance the same). A total's words may go on after a bracket, a
dash, a comma or a colon (analyse/words).

A header of years a blank row over lines named by numbers, with columns headed in words after
the years ('Age | Total | 2010 | 2011 | Notes', 'Payment group | Total | "2010" | Notes'), or
its period and lines' numbers written as text ('Age | "201304" | Total | % of total' over '28',
'29'): cut off by the blank row, the years were rounded as a line of counts (2020, 2020), or
the ages, and the proof refused the copy. Columns headed in words after the periods, and whole
numbers written as digits, head lines named by numbers as typed ones do (analyse/split_tables);
and a line of headers over a table one blank row up holding 'Notes' (a column's header) was
taken for a note and left off the table (analyse/cut_off).

A column of whole shares headed 'Per cent', as ONS writes it, beside the counts ('Area |
Referrals | Per cent' over 'Leeds | 13 | 13', 'Total | 103 | 100'): 'percent' was a rate's
word, 'per cent' not, so the shares were rounded as counts (20, 80, 0) and their 100 rebuilt
as a SUM. WRONG, and the proof passed it: every figure a multiple of 20, the total the sum of
what the copy shows. 'Per cent' and 'pct' name a rate (analyse/words), so the column is no
count's; and the proof refuses a plain figure under words naming a share that is not the
input's at its place, a share's size (verify/share_columns). So an average shortened 'Avg'
(whole averages rounded as counts, their line's total rebuilt as a SUM of averages): 'Avg'
names a rate as 'Average' does, and the column is removed as an average's is.

Payment groups numbered as text a spacer column left of their figures and a blank row under
the header ('Payment group | | Total | 2010 | 2011', a blank row, '1 | | 616 | 1 | 601'): the
numbers were cut off both their header and their figures, read as a table of counts, rounded
to 0, and '3' made the SUM of '1' and '2'. WRONG, and the proof passed it. The label column's
header may stand one blank row over its numbers (analyse/cut_off ``_header_over``). Left: the
proof's own reading of a label run does not look across a spacer column and a blank row at
once (verify/label_figures), so it alone does not refuse that copy; nor the same with one
figure column and a 'Notes' column after it ('Payment group | | 2010 | Notes'), whose figures'
block, opening with its figures, is read as words.
"""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from wpxl.analyse import cells, layout, split_tables, words
from wpxl.errors import VerificationError
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file


def _job(tmp_path) -> Job:
    return Job(Policy(), Audience(produced=dt.date(2026, 12, 5)), out_dir=tmp_path / "out")


def _lines(output, sheet: str, width: int = 4) -> list[tuple]:
    shown = openpyxl.load_workbook(output, data_only=True)[sheet]
    return [r[:width] for r in shown.iter_rows(values_only=True)]


def _months_as_text(path):
    rows = [["Referrals by area"], [], ["Area", "201304", "201305", "Total"],
            ["Leeds", 13, 27, "=SUM(B4:C4)"], ["York", 5, 44, "=SUM(B5:C5)"],
            ["Total", "=SUM(B4:B5)", "=SUM(C4:C5)", "=SUM(D4:D5)"]]  # fmt: skip
    return write_book(path, {"Referrals": rows})


def test_month_codes_written_as_text_head_their_columns(tmp_path):
    output, _ = sanitised_beside(_months_as_text(tmp_path / "months.xlsx"))
    lines = _lines(output, "Referrals")
    assert ("Area", "201304", "201305", "Total") in lines
    assert ("Leeds", 20, 20, 40) in lines and ("Total", 20, 60, 80) in lines
    formulas = openpyxl.load_workbook(output)["Referrals"]
    total = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == "Total")
    assert formulas.cell(total, 2).value == f"=SUM(B{total - 2}:B{total - 1})"


def _lone_code(path, shape: str, code: int | str):
    """Referrals by area under one month code, beside a code column or before shares."""
    if shape == "code column":
        rows = [["Referrals by area"], [], ["Code", "Area", code], ["0155", "Leeds", 13],
                ["0168", "York", 85], ["0170", "Hull", 5],
                [None, "Total", "=SUM(C4:C6)"]]  # fmt: skip
    elif shape == "shares after":
        rows = [["Referrals by area"], [], ["Area", code, "% of total"],
                ["Leeds", 13, "=B4/B7"], ["York", 85, "=B5/B7"], ["Hull", 5, "=B6/B7"],
                ["Total", "=SUM(B4:B6)", "=B7/B7"]]  # fmt: skip
    elif shape == "spacer column":  # a blank spacer column between the labels and the figures
        rows = [["Referrals by area"], [], ["Area", None, code], ["Leeds", None, 13],
                ["York", None, 85], ["Hull", None, 5],
                ["Total", None, "=SUM(C4:C6)"]]  # fmt: skip
    else:  # the same with the total column first
        rows = [["Referrals by area"], [], ["Area", None, "Total", code],
                ["Leeds", None, "=SUM(D4)", 13], ["York", None, "=SUM(D5)", 85],
                ["Hull", None, "=SUM(D6)", 5],
                ["Total", None, "=SUM(C4:C6)", "=SUM(D4:D6)"]]  # fmt: skip
    return write_book(path, {"Referrals": rows})


SHAPES = ["code column", "shares after", "spacer column", "spacer, total first"]
HEADS = {
    "names beside codes": ["LA code", "LA name", 201304],
    "a name column": ["Area", "Name", 201304],
    "a rank after": ["Area", 201304, "Rank"],
    "a rate after": ["Area", 201304, "Rate per 1,000"],
    "notes after": ["Area", 201304, "Notes"],
    "a year to date after": ["District", 201304, "Year to date"],
    "a JCP office": ["JCP office", 201304],
}


def _headed(path, head: list):
    """Referrals by area under ``head``, its one month code over the areas' counts."""
    at = head.index(201304)
    rows: list[list] = [["Referrals by area"], [], head]
    for code, area, count in (("E01", "Leeds", 13), ("E02", "York", 85), ("E03", "Hull", 5)):
        rows.append([code, area][-at:] + [count] + [None] * (len(head) - at - 1))
    rows.append(["Total"] + [None] * (at - 1) + [f"=SUM({'ABC'[at]}4:{'ABC'[at]}6)"])
    return write_book(path, {"Referrals": rows})


@pytest.mark.parametrize("shape", HEADS)
def test_a_month_code_alone_among_other_header_words_heads_its_column(tmp_path, shape):
    output, _ = sanitised_beside(_headed(tmp_path / "month.xlsx", HEADS[shape]))
    lines = _lines(output, "Referrals")
    assert tuple(HEADS[shape] + [None] * (4 - len(HEADS[shape]))) in lines
    at = HEADS[shape].index(201304)
    assert sorted(line[at] for line in lines if line[at - 1] in ("Leeds", "York", "Hull")) == [
        0, 20, 80
    ]  # fmt: skip


@pytest.mark.parametrize("shape", HEADS)
def test_the_proof_alone_refuses_a_month_code_among_other_header_words_rounded(
    tmp_path, monkeypatch, shape
):
    monkeypatch.setattr(layout, "heads_one_month", lambda *args: False)
    monkeypatch.setattr(split_tables, "heads_one_month", lambda *args: False)
    with pytest.raises(VerificationError, match="a number naming a row or column, rounded"):
        sanitise_file(_headed(tmp_path / "month.xlsx", HEADS[shape]), _job(tmp_path))


CODES = [201304, "201304"]


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_month_code_alone_beside_codes_shares_or_a_spacer_heads_its_column(tmp_path, shape, code):
    output, _ = sanitised_beside(_lone_code(tmp_path / "month.xlsx", shape, code))
    lines = _lines(output, "Referrals")
    header = next(line for line in lines if code in line)
    assert header[0] in ("Code", "Area")
    figures = [v for line in lines for v in line if isinstance(v, int) and v != code]
    assert 201300 not in figures
    twice = shape == "spacer, total first"  # each line's total beside its count
    assert sorted(f for f in figures if f < 1000) == sorted([0, 20, 80, 100] * (1 + twice))
    formulas = openpyxl.load_workbook(output)["Referrals"]
    total = [c for r in formulas.iter_rows() for c in r if c.value == "Total"][-1]
    column = next(c.column for c in formulas[total.row] if str(c.value).startswith("=SUM"))
    letter = openpyxl.utils.get_column_letter(column)
    first, last = f"{letter}{total.row - 3}", f"{letter}{total.row - 1}"
    assert formulas.cell(total.row, column).value == f"=SUM({first}:{last})"


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("shape", SHAPES)
def test_the_proof_alone_refuses_a_month_code_beside_codes_shares_or_a_spacer_rounded(
    tmp_path, monkeypatch, shape, code
):
    monkeypatch.setattr(layout, "heads_one_month", lambda *args: False)
    monkeypatch.setattr(split_tables, "heads_one_month", lambda *args: False)
    with pytest.raises(VerificationError, match="a number naming a row or column, rounded"):
        sanitise_file(_lone_code(tmp_path / "month.xlsx", shape, code), _job(tmp_path))


def _numbered_beside_spacer(path, corner: str, names: list):
    rows = [["Referrals by age"], [], [corner, None, "2012/13", "2013/14", "Total"],
            [names[0], None, 335, 333, "=SUM(C4:D4)"], [names[1], None, 0, 2, "=SUM(C5:D5)"],
            [names[2], None, 14, 3, "=SUM(C6:D6)"],
            ["All", None, "=SUM(C4:C6)", "=SUM(D4:D6)", "=SUM(E4:E6)"]]  # fmt: skip
    return write_book(path, {"Referrals": rows})


NUMBERED = {
    "ages typed": ("Age", [17, 18, 19]),
    "ages as text": ("Age", ["17", "18", "19"]),
    "areas' numbers": ("CPA", [7, 8, 9]),
}


@pytest.mark.parametrize("shape", NUMBERED)
def test_numbers_naming_lines_a_spacer_column_left_of_their_figures_are_kept(tmp_path, shape):
    corner, names = NUMBERED[shape]
    output, _ = sanitised_beside(_numbered_beside_spacer(tmp_path / "aged.xlsx", corner, names))
    lines = _lines(output, "Referrals", 5)
    assert [line for line in lines if line[0] in names] == [
        (names[0], None, 340, 340, 680), (names[1], None, 0, 0, 0), (names[2], None, 20, 0, 20)
    ]  # fmt: skip
    assert ("All", None, 360, 340, 700) in lines
    formulas = openpyxl.load_workbook(output)["Referrals"]
    total = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == "All")
    assert formulas.cell(total, 3).value == f"=SUM(C{total - 3}:C{total - 1})"


SUBSETS = ["  of whom aged 18-24", "  incl. aged 18-24", "  Of these, aged 18-24",
           "  including 18-24 year olds", "  which includes aged 18-24"]  # fmt: skip


@pytest.mark.parametrize("words", SUBSETS)
def test_a_part_under_its_line_in_other_words_than_of_which_is_in_no_total(tmp_path, words):
    rows = [["Referrals by group"], [], ["Group", "Apr 2013", "May 2013"],
            ["JSA", 113, 127], [words, 45, 44], ["ESA", 33, 38], ["Total", 146, 165]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "parts.xlsx", {"Referrals": rows}))
    lines = _lines(output, "Referrals", 3)
    assert (words, 40, 40) in lines
    assert ("Total", 160, 160) in lines  # 120 + 40, not the part's 40 again
    formulas = openpyxl.load_workbook(output)["Referrals"]
    total = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == "Total")
    assert formulas.cell(total, 2).value == f"=SUM(B{total - 3},B{total - 1})"


@pytest.mark.parametrize("total", ["Total (all areas)", "Total - all areas", "Total: all areas"])
def test_a_total_worded_after_a_bracket_or_dash_adds_up_the_areas(tmp_path, total):
    rows = [["Referrals by area"], [], ["Area", "Apr 2013"], ["Doncaster", 15], ["York", 0],
            ["Hull", 0], [total, 15]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "areas.xlsx", {"Referrals": rows}))
    formulas = openpyxl.load_workbook(output)["Referrals"]
    found = {r[0].value: r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value}
    assert formulas.cell(found["Doncaster"], 2).value == 20
    assert formulas.cell(found[total], 2).value == f"=SUM(B{found['Doncaster']}:B{found['Hull']})"


BLANK_UNDER = {
    "notes after years": [["Age", "Total", 2010, 2011, "Notes"], [],
                          [18, "=SUM(C5:D5)", 14, 90, "Provisional"], [19, "=SUM(C6:D6)", 14, 199],
                          [20, "=SUM(C7:D7)", 147, 59],
                          ["All ages", "=SUM(B5:B7)", "=SUM(C5:C7)", "=SUM(D5:D7)"]],
    "a year as text, notes": [["Payment group", "Total", "2010", "Notes"], [],
                              ["3", "=SUM(C5)", 262, "Provisional"], ["5", "=SUM(C6)", 694],
                              ["7", "=SUM(C7)", 133],
                              ["Total", "=SUM(B5:B7)", "=SUM(C5:C7)"]],
    "a code and ages as text": [["Age", "201304", "Total", "% of total"], [],
                                ["28", 516, "=SUM(B5)", "=C5/C8"],
                                ["29", 385, "=SUM(B6)", "=C6/C8"], ["30", 3, "=SUM(B7)", "=C7/C8"],
                                ["All ages", "=SUM(B5:B7)", "=SUM(C5:C7)", "=C8/C8"]],
}  # fmt: skip


@pytest.mark.parametrize("shape", BLANK_UNDER)
def test_periods_a_blank_row_over_lines_named_by_numbers_beside_worded_columns(tmp_path, shape):
    rows = [["Referrals by age"], [], *BLANK_UNDER[shape]]
    output, _ = sanitised_beside(write_book(tmp_path / "aged.xlsx", {"Referrals": rows}))
    lines = _lines(output, "Referrals", 5)
    head = tuple((BLANK_UNDER[shape][0] + [None])[:5])
    assert head in lines
    names = [line[0] for line in BLANK_UNDER[shape][2:-1]]
    assert [line[0] for line in lines if line[0] in names] == names
    formulas = openpyxl.load_workbook(output)["Referrals"]
    total = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == rows[-1][0])
    assert formulas.cell(total, 2).value == f"=SUM(B{total - 3}:B{total - 1})"


def _per_cent(path, head: str):
    rows = [["Referrals by area"], [], ["Area", "Referrals", head], ["Leeds", 13, 13],
            ["York", 85, 82], ["Hull", 5, 5], ["Total", 103, 100]]  # fmt: skip
    return write_book(path, {"Referrals": rows})


@pytest.mark.parametrize("head", ["Per cent", "Per cent of total", "Pct"])
def test_whole_shares_headed_per_cent_are_not_rounded_as_counts(tmp_path, head):
    output, _ = sanitised_beside(_per_cent(tmp_path / "shares.xlsx", head))
    lines = _lines(output, "Referrals", 3)
    assert ("Area", "Referrals", head) in lines
    assert [line for line in lines if line[0] in ("Leeds", "York", "Hull")] == [
        ("Leeds", 20, None), ("York", 80, None), ("Hull", 0, None)
    ]  # fmt: skip
    formulas = openpyxl.load_workbook(output)["Referrals"]
    total = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == "Total")
    assert formulas.cell(total, 2).value == f"=SUM(B{total - 3}:B{total - 1})"


def test_the_proof_alone_refuses_whole_shares_headed_per_cent_rounded(tmp_path, monkeypatch):
    rate = r"%|\b(?:rates?\b|percent|proportion|ratio\b|share\b|change\b|average\b)"
    monkeypatch.setattr(words, "_RATE", re.compile(rate, re.IGNORECASE))  # 'per cent' no rate
    cells.words_of.cache_clear()  # read once per header: 'Per cent' read a rate's before
    try:
        with pytest.raises(VerificationError, match=r"a share \(.*\) rounded as a count"):
            sanitise_file(_per_cent(tmp_path / "shares.xlsx", "Per cent"), _job(tmp_path))
    finally:
        cells.words_of.cache_clear()


def test_whole_averages_headed_avg_are_not_rounded_as_counts(tmp_path):
    rows = [["Referrals by area"], [], ["Area", "Apr 2013", "May 2013", "Avg"],
            ["Leeds", 13, 27, 20], ["York", 5, 45, 25], ["Hull", 33, 9, 21],
            ["Total", 51, 81, 66]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "averages.xlsx", {"Referrals": rows}))
    lines = _lines(output, "Referrals", 4)
    assert [line for line in lines if line[0] in ("Leeds", "York", "Hull", "Total")] == [
        ("Leeds", 20, 20, None), ("York", 0, 40, None), ("Hull", 40, 0, None),
        ("Total", 60, 60, None)
    ]  # fmt: skip


def test_payment_groups_a_spacer_and_a_blank_row_from_their_header_and_figures_are_kept(
    tmp_path,
):
    rows = [["Referrals by payment group"], [], ["Payment group", None, "Total", 2010, 2011], [],
            ["1", None, 602, 1, 601], ["2", None, 565, 491, 74], ["3", None, 415, 413, 2],
            ["6", None, 416, 413, 3], ["Total", None, 1998, 1318, 680]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "groups.xlsx", {"Referrals": rows}))
    lines = _lines(output, "Referrals", 5)
    assert [line for line in lines if line[0] in ("1", "2", "3", "6")] == [
        ("1", None, 600, 0, 600), ("2", None, 580, 500, 80), ("3", None, 420, 420, 0),
        ("6", None, 420, 420, 0)
    ]  # fmt: skip
    assert ("Total", None, 2020, 1340, 680) in lines
    formulas = openpyxl.load_workbook(output)["Referrals"]
    total = next(r[0].row for r in formulas.iter_rows(max_col=1) if r[0].value == "Total")
    assert formulas.cell(total, 4).value == f"=SUM(D{total - 4}:D{total - 1})"
