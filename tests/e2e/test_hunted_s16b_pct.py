"""Outcome tables in the layouts real MI uses, and the percentage sheets made of them (hunt,
session 16).

The hunt found: areas stacked under one header, each closed by its Total, with an 'All areas'
block adding them up line by line (parted by section rows, or keyed by an area column on each
block's first line; the 'All areas' block at the foot or the head). Analyse read the 'All
areas' lines as totals over the areas' lines, cell by cell, but the percentage sheet counted
them as parts too: every share was of twice the outcomes (Derby's JSA 18-24 9 % for 18 %, the
'All areas' Total 50 %, not 100 %), and the proof passed the copy. Parted by section rows, the
percentage sheet left the rows naming the areas off: four runs of 'JSA 18-24 .. Total' no
reader could tell apart.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
AREAS = {  # referrals, job starts, job outcomes
    "Derby": [(212, 51, 23), (301, 77, 31), (88, 14, 6), (67, 12, 5)],
    "Buxton": [(97, 21, 9), (133, 30, 14), (41, 8, 3), (29, 6, 2)],
    "Matlock": [(121, 29, 12), (187, 41, 17), (53, 11, 4), (38, 9, 3)],
}
ALL = [tuple(sum(AREAS[a][i][k] for a in AREAS) for k in range(3)) for i in range(len(GROUPS))]
OUTCOMES = sum(line[2] for line in ALL)
MEASURES = ["Referrals", "Job starts", "Job outcomes"]


def _blocks(all_first: bool) -> list[tuple[str, list[tuple[int, int, int]]]]:
    blocks = [*AREAS.items(), ("All areas", ALL)]
    return [blocks[-1], *blocks[:-1]] if all_first else blocks


def _total(lines: list[tuple[int, int, int]]) -> list[int]:
    return [sum(line[k] for line in lines) for k in range(3)]


def sections(all_first: bool) -> list[list]:
    """One header, then each area's name on a row of its own over its groups and Total."""
    rows: list[list] = [["Referrals, job starts and job outcomes by area, 2013/14"], []]
    rows.append(["Payment group", *MEASURES])
    for area, lines in _blocks(all_first):
        rows.append([area])
        rows += [[g, *line] for g, line in zip(GROUPS, lines, strict=True)]
        rows.append(["Total", *_total(lines)])
    return rows


def keyed(all_first: bool) -> list[list]:
    """'Area | Payment group', the area named on its block's first line only."""
    rows: list[list] = [["Referrals, job starts and job outcomes by area, 2013/14"], []]
    rows.append(["Area", "Payment group", *MEASURES])
    for area, lines in _blocks(all_first):
        for i, (g, line) in enumerate(zip(GROUPS, lines, strict=True)):
            rows.append([area if i == 0 else None, g, *line])
        rows.append([None, "Total", *_total(lines)])
    return rows


def _percent(share: float) -> float:
    """A share as the sheet shows it: to the whole percent, halves up."""
    return int(share * 100 + 0.5) / 100


def _shares(tmp_path: Path, rows: list[list]) -> list[tuple[str, float]]:
    """The percentage sheet's lines: each row's last label and its share."""
    output, _ = sanitised_beside(write_book(tmp_path / "areas.xlsx", {"Areas": rows}))
    sheet = openpyxl.load_workbook(output)["Job outcomes %"]
    found = []
    for row in sheet.iter_rows(values_only=True):
        shares = [v for v in row if isinstance(v, float | int) and not isinstance(v, bool)]
        labels = [v for v in row if isinstance(v, str)]
        if shares and labels:
            found.append((labels[-1], shares[0]))
    return found


@pytest.mark.parametrize("all_first", [False, True], ids=["all areas last", "all areas first"])
@pytest.mark.parametrize("layout", [sections, keyed])
def test_an_all_areas_block_is_not_counted_again_in_the_base(tmp_path, layout, all_first):
    shown = _shares(tmp_path, layout(all_first))
    totals = [share for label, share in shown if label == "Total"]
    expected = [_total(lines)[2] / OUTCOMES for _, lines in _blocks(all_first)]
    assert totals == [_percent(t) for t in expected]
    assert max(totals) == 1  # the 'All areas' Total: every outcome
    parts = [share for label, share in shown if label != "Total"]
    outcomes = [line[2] for _, lines in _blocks(all_first) for line in lines]
    assert parts == [_percent(o / OUTCOMES) for o in outcomes]


@pytest.mark.parametrize("all_first", [False, True], ids=["all areas last", "all areas first"])
def test_the_rows_naming_each_section_are_shown(tmp_path, all_first):
    output, _ = sanitised_beside(
        write_book(tmp_path / "areas.xlsx", {"Areas": sections(all_first)})
    )
    sheet = openpyxl.load_workbook(output)["Job outcomes %"]
    labels = [row[0] for row in sheet.iter_rows(values_only=True) if row[0] in GROUPS or row[0]
              in AREAS or row[0] == "All areas"]  # fmt: skip
    expected = []
    for area, _ in _blocks(all_first):
        expected += [area, *GROUPS]
    assert labels == expected


def test_a_line_naming_the_groups_under_it_is_shown_over_them(tmp_path):
    """'Referrals in work' over its JSA and ESA outcomes, then 'Referrals not in work': their
    own figures are removed (a total of outcomes under a referrals word), and the percentage
    sheet left their names off too, showing JSA, ESA, JSA, ESA."""
    rows: list[list] = [["Job outcomes by group"], [], ["Group", "Q1", "Q2"]]
    rows += [["All referrals", 310, 240], ["Referrals in work", 130, 95], ["JSA", 70, 50]]
    rows += [["ESA", 60, 45], ["Referrals not in work", 180, 145], ["JSA", 100, 80]]
    rows += [["ESA", 80, 65]]
    output, _ = sanitised_beside(write_book(tmp_path / "o.xlsx", {"Outcomes": rows}))
    sheet = openpyxl.load_workbook(output)["Job outcomes %"]
    labels = [row[0] for row in sheet.iter_rows(min_row=6, values_only=True) if row[0]]
    assert labels[-6:] == ["Referrals in work", "JSA", "ESA", "Referrals not in work", "JSA", "ESA"]


def test_payment_groups_typed_over_their_first_column_head_the_outcome_shares(tmp_path):
    """'JSA 18-24' over Referrals | Job starts | Job outcomes, typed in the group's first cell
    (not merged): the percentage sheet showed the outcome columns as 'Job outcomes' four times,
    the groups left off (a merged group was shown)."""
    groups = [*GROUPS[:3], "All payment groups"]
    top: list = ["Area"]
    for group in groups:
        top += [group, None, None]
    rows: list[list] = [["Referrals, job starts and job outcomes by area, 2013/14"], [], top]
    rows.append([None, *MEASURES * len(groups)])
    for area, lines in AREAS.items():
        row: list = [area]
        for line in lines[:3]:
            row += list(line)
        rows.append(row + [sum(line[k] for line in lines[:3]) for k in range(3)])
    output, _ = sanitised_beside(write_book(tmp_path / "across.xlsx", {"Areas": rows}))
    sheet = openpyxl.load_workbook(output)["Job outcomes %"]
    heads = [list(r) for r in sheet.iter_rows(values_only=True) if r[0] == "Area"]
    assert heads[0][1:5] == groups


@pytest.mark.parametrize("under", [False, True], ids=["under the total", "under each group"])
def test_an_of_which_line_is_no_part_of_the_base(tmp_path, under):
    """'of which: disabled' under the Total (or 'of which aged 18-21' under its group) counted
    part of another line, but the percentage sheet took it for a part of the base: the Total
    showed 74 %, every share of 88 outcomes, not 65."""
    rows: list[list] = [["Job outcomes by payment group, 2013/14"], []]
    rows += [["Payment group", "Job outcomes"], ["JSA 18-24", 23]]
    rows += [["  of which aged 18-21", 13]] if under else []
    rows += [["JSA 25+", 31], ["ESA Flow", 6], ["ESA Volunteers", 5], ["Total", 65]]
    rows += [] if under else [["of which: disabled", 14], ["of which: lone parents", 9]]
    output, _ = sanitised_beside(write_book(tmp_path / "of_which.xlsx", {"Outcomes": rows}))
    sheet = openpyxl.load_workbook(output)["Job outcomes %"]
    shares = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert shares["Total"] == 1
    assert shares["JSA 25+"] == 0.5  # 31 of 65, to the nearest 5 %


@pytest.mark.parametrize("titled", [True, False], ids=["named", "unnamed"])
def test_each_percentage_sheet_of_stacked_tables_names_its_table(tmp_path, titled):
    """Each area a table of its own under its name ('Buxton'), a blank row apart: each became
    a percentage sheet, and those after the first said the same words (no area), their shares
    different, so no reader could tell which area each was."""
    rows: list[list] = [["Referrals, job starts and job outcomes by area, 2013/14"], []]
    for area, lines in _blocks(all_first=False):
        rows += [[area if titled else None], ["Payment group", *MEASURES]]
        rows += [[g, *line] for g, line in zip(GROUPS, lines, strict=True)]
        rows += [["Total", *_total(lines)], []]
    output, _ = sanitised_beside(write_book(tmp_path / "stacked.xlsx", {"Areas": rows}))
    book = openpyxl.load_workbook(output)
    intros = [book[name]["A4"].value for name in book.sheetnames if name.endswith("%")]
    assert len(intros) == len(set(intros)) == len(AREAS) + 1
    if titled:
        assert all(f"(table '{area}')" in intros[i] for i, area in enumerate(AREAS) if i)
