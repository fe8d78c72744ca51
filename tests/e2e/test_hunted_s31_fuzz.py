"""What tables of mixed shapes drawn by hypothesis found (session 31), read back by an oracle of
their own (tests/e2e/mixed_tables) that shares nothing with wpxl.

The drawings mix what earlier generators did not: workbooks written by openpyxl (formulas with
no cached value, as scripts and pandas leave them), a '% of total' column, blocks stacked with
a grand total of their totals, small cells, numbered lines (years, age bands, office codes,
contract package areas) and a sheet of job outcomes, which must come out as shares only. Every
label as written, every count rounded to 20 (halves up), every total a live SUM showing the sum
of the rounded counts it covers, every share the rounded line over the rounded whole, the
outcomes' shares each line's share of its column (to the nearest 5 % or 10 %, or withheld, on
a small base) and no outcome count anywhere.

Contract package areas numbered down column A ('CPA | Apr 2014 | May 2014 | Total' over 1, 6,
9, 16 and 'All areas'), the totals formulas with no cached value: the copy was right (labels
kept), but the proof refused it, its numbers 'not multiples of 20'. The proof vouches for such
numbers only over the table's total line, found by a figure right of its words, and a formula
not yet worked out was no figure. It is one now (verify/label_figures).

A table with a '% of total' column over a table stacked under it, a blank row and a title
between, counts in the column the share stood in: with the shares' formulas uncached, nothing
parted the lower counts from the header '% of total' above, so the proof took them for shares
rounded as counts and refused the copy. An uncached formula is a figure in the proof's index of
a sheet's words (verify/sheet_words), as a cached one is.

Blocks stacked with a 'Total' line each in column A, then 'CPA | Apr 2014 | May 2014 | Jun
2014' under them whose area 15 counts 2, 9 and 4: the proof read column A as a column named a
total (by the blocks' 'Total' words far above) and 15 as a total of its line rounded on its
own, and refused the copy. A column is named by the words in the few rows over its first
figure, its own header's (verify/total_columns).

'Area | Apr 2014 | May 2014 | Jun 2014' over 'York | 2 | 8 | 10' and 'Sheffield | 4 | 9 | 0':
June read as the total column of April and May, on York's line alone (Sheffield's 0 was no
miss), so Sheffield's 0 was refused as 'a total that is not the sum of its parts', and with
source_totals = "rebuild" (which the refusal suggests) June went out as SUM(April:May), 0 for
York's 10, the Sheffield and Total cells removed, and the proof passed it. A 0 where the other
lines add up to more is a miss now (analyse/totals); a month among months adds up none of them
by arithmetic alone, unless named a total (analyse/trees, analyse/totals), and the proof's own
reading of lines over their fellows leaves months out the same way (verify/summed_lines).
'Barnsley | 11 | 7 | 4', one area under 'Apr 2014 | May 2014 | Jun 2014', went out as
'=SUM(C:D)', 0 where 11 rounds to 20, and passed the proof; with its Total line it passes now
too, where the proof refused it as a total of the lines beside it.

'CPA | Apr 2014 | Total' over 5, 6, 7, 10, 15, 17 counting 3, 7, 6, 15, 6, 9: area 10's count,
15, is 6 + 9 (areas 15 and 17), so the analysis took area 10's line for a group's line over
them and the column for counts, rounded (0, 0, 0, 20, 20, 20), and the proof refused the copy.
A line numbered itself is a group of numbered lines only if its number adds up theirs too, as
the proof reads it (analyse/group_lines, verify/typed_groups).

Countries, regions and areas a column each, totals under their parts, one month ('Ripon', 14,
'South England total', 'England total', then 'Hull', 4, 'Whitby', 18): Whitby was read as the
total of the region's line over Ripon and of Hull, as 14 + 4 is 18, so South Wales' total was
short of the areas the copy showed, and the proof refused it. Levels shown by the labels'
columns bound a line's parts as indents do: a line is the total only of lines labelled
further right (analyse/looks.by_column, analyse/trees).

Noticed and left: outcomes by year down column A under one month ('Year | Apr 2014 | Total',
five years of one-figure counts) are refused by the proof's reading of records listed one by
one, on a base of 21: safe, and an odd shape.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.builders import write_book
from tests.e2e.mixed_tables import book, misshown
from tests.e2e.runs import line_of, sanitised_beside, sanitised_rows
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file

_QUIET = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


@settings(max_examples=25, derandomize=True, deadline=None, suppress_health_check=_QUIET)
@given(rng=st.randoms(use_true_random=False))
def test_a_drawn_workbook_of_mixed_shapes_shows_its_truth(tmp_path, rng):
    source = tmp_path / "drawn.xlsx"
    truth = book(random.Random(rng.random()), source)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 5)), tmp_path / "out", force=True)
    assert misshown(sanitise_file(source, job).output, truth) == []


def test_numbered_areas_over_uncached_totals_keep_their_numbers(tmp_path):
    rows = [["Attachments by cpa"], [], ["CPA", "Apr 2014", "May 2014", "Total"]]
    for r, (cpa, a, b) in enumerate([(1, 13, 401), (6, 8, 441), (9, 18, 23), (16, 192, 770)], 4):
        rows.append([cpa, a, b, f"=SUM(B{r}:C{r})"])
    rows.append(["All areas", "=SUM(B4:B7)", "=SUM(C4:C7)", "=SUM(B8:C8)"])
    page = sanitised_rows(tmp_path, {"Attachments": rows})[0]["Attachments"]
    assert [line_of(page, cpa)[:4] for cpa in (1, 6, 9, 16)] == [
        [1, 20, 400, 420], [6, 0, 440, 440], [9, 20, 20, 40], [16, 200, 780, 980]
    ]  # fmt: skip
    assert line_of(page, "All areas")[:4] == ["All areas", 240, 1640, 1880]


def test_counts_under_a_share_column_of_the_table_above_are_counts(tmp_path):
    rows = [["Referrals by office"], [],
            ["Office", "Apr 2014", "May 2014", "Total", "% of total"],
            ["Leeds", 660, 20, "=SUM(B4:C4)", "=D4/$D$7"],
            ["York", 281, 3, "=SUM(B5:C5)", "=D5/$D$7"],
            ["Hull", 377, 139, "=SUM(B6:C6)", "=D6/$D$7"],
            ["All offices", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)"], [],
            ["Referrals by area"], [], ["Area", "Total", "Apr 2014", "May 2014", "Jun 2014"],
            ["Selby", "=SUM(C12:E12)", 22, 3, 17], ["Ripon", "=SUM(C13:E13)", 1, 2, 9],
            ["All areas", "=SUM(C14:E14)", *(f"=SUM({c}12:{c}13)" for c in "CDE")]]  # fmt: skip
    shown, _ = sanitised_rows(tmp_path, {"Referrals": rows})
    page = shown["Referrals"]
    assert line_of(page, "Selby")[:5] == ["Selby", 40, 20, 0, 20]
    assert line_of(page, "Ripon")[:5] == ["Ripon", 0, 0, 0, 0]
    assert abs(line_of(page, "York")[4] - 280 / 1480) < 1e-9  # the share of the rounded figures


def test_numbered_areas_under_blocks_with_total_lines_are_no_total_column(tmp_path):
    rows = [["Job starts by region"], [], ["North"], ["Area", "Apr 2014", "May 2014"],
            ["Leeds", 40, 50], ["York", 30, 20], ["Total", "=SUM(B5:B6)", "=SUM(C5:C6)"], [],
            ["Job starts by cpa"], [], ["CPA", "Apr 2014", "May 2014", "Jun 2014"],
            [7, 7, 12, 13], [15, 2, 9, 4], [18, 4, 2, 4],
            ["Grand total", "=SUM(B12:B14)", "=SUM(C12:C14)", "=SUM(D12:D14)"]]  # fmt: skip
    cached = {("Job starts", "B7"): 70, ("Job starts", "C7"): 70, ("Job starts", "B15"): 13,
              ("Job starts", "C15"): 23, ("Job starts", "D15"): 21}  # fmt: skip
    source = write_book(tmp_path / "blocks.xlsx", {"Job starts": rows}, cached=cached)
    output, _ = sanitised_beside(source)
    page = openpyxl.load_workbook(output, data_only=True)["Job starts"]
    assert line_of(page, 15)[:4] == [15, 0, 0, 0]
    assert line_of(page, "Grand total")[:4] == ["Grand total", 0, 20, 20]


MONTHS = ["Apr 2014", "May 2014", "Jun 2014"]
GROUPS = ["JSA 18 to 24", "JSA 25 and over", "ESA volunteers"]


def _months(tmp_path, lines: list[list], policy: Policy | None = None, heads=MONTHS) -> dict:
    rows = [["Job starts by area"], [], ["Area", *heads], *lines]
    end = 3 + len(lines)
    rows.append(["Total", *(f"=SUM({c}4:{c}{end})" for c in "BCD")])
    shown, formulas = sanitised_rows(tmp_path, {"Job starts": rows}, policy)
    page, written = shown["Job starts"], formulas["Job starts"]
    return {
        r[0].value: [(c.value, written[c.coordinate].value) for c in r[1:4]]
        for r in page.iter_rows()
        if r[0].value in {line[0] for line in lines} | {"Total"}
    }


@pytest.mark.parametrize("heads", [MONTHS, GROUPS])
def test_a_column_equal_to_the_others_on_one_line_is_no_total_column(tmp_path, heads):
    """By payment group, the 0 alone tells ESA volunteers from a total column."""
    lines = [["York", 2, 8, 10], ["Sheffield", 4, 9, 0]]
    for policy in (Policy(), dataclasses.replace(Policy(), source_totals="rebuild")):
        shown = _months(tmp_path / policy.source_totals, lines, policy, heads)
        assert shown["York"] == [(0, 0), (0, 0), (20, 20)]  # June's 10, rounded: no SUM (0)
        assert shown["Sheffield"] == [(0, 0), (0, 0), (0, 0)]
        assert [v for v, _ in shown["Total"]] == [0, 0, 20]


def test_a_month_equal_to_the_others_on_the_only_line_is_rounded(tmp_path):
    shown = _months(tmp_path, [["Barnsley", 11, 7, 4]])
    assert shown["Barnsley"] == [(20, 20), (0, 0), (0, 0)]  # not '=SUM(C6:D6)', 0
    assert [v for v, _ in shown["Total"]] == [20, 0, 0]


def test_a_numbered_line_whose_count_adds_up_the_next_two_is_one_more_area(tmp_path):
    counts = {5: 3, 6: 7, 7: 6, 10: 15, 15: 6, 17: 9}  # area 10's 15 is 6 + 9
    rows = [["Attachments by cpa"], [], ["CPA", "Apr 2014"], *([k, v] for k, v in counts.items())]
    rows.append(["All areas", "=SUM(B4:B9)"])
    shown, _ = sanitised_rows(tmp_path, {"Attachments": rows})
    page = shown["Attachments"]
    assert [line_of(page, cpa)[:2] for cpa in counts] == [
        [cpa, (count + 10) // 20 * 20] for cpa, count in counts.items()
    ]
    assert line_of(page, "All areas")[:2] == ["All areas", 20]


def test_an_area_equal_to_the_lines_before_it_is_no_total_across_levels(tmp_path):
    """Countries, regions and areas a column each, totals under their parts, one month:
    Whitby's 18 is Ripon's region line (14) and Hull (4), so Whitby was read as their total,
    and the copy refused (South Wales' total short of it). A line is the total only of lines
    labelled further right (analyse/looks.by_column), as by indents."""
    rows = [["Job starts by area"], [], ["Country", "Region", "Area", "Apr 2014"],
            [None, None, "Ripon", 14], [None, "South England total", None, "=SUM(D4)"],
            ["England total", None, None, "=SUM(D5)"], [None, None, "Hull", 4],
            [None, None, "Whitby", 18], [None, "South Wales total", None, "=SUM(D7,D8)"],
            [None, None, "Leeds", 26], [None, "Coast Wales total", None, "=SUM(D10)"],
            ["Wales total", None, None, "=SUM(D9,D11)"],
            ["Grand total", None, None, "=SUM(D6,D12)"]]  # fmt: skip
    shown, formulas = sanitised_rows(tmp_path, {"Job starts": rows})
    page, written = shown["Job starts"], formulas["Job starts"]
    figures = {next(c.value for c in r[:3] if c.value): (r[3].value, written[r[3].coordinate].value)
               for r in page.iter_rows(min_row=6) if any(c.value for c in r[:3])}  # fmt: skip
    assert {k: v for k, (v, _) in figures.items()} == {
        "Ripon": 20, "South England total": 20, "England total": 20, "Hull": 0, "Whitby": 20,
        "South Wales total": 20, "Leeds": 20, "Coast Wales total": 20, "Wales total": 40,
        "Grand total": 60,
    }  # fmt: skip
    assert figures["Whitby"][1] == 20  # a count, no SUM
