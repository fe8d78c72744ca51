"""Hunted in session 22 (fuzz21 'keyed', seeds 12022 and 12035): the areas of a table numbered
under a bare 'No.' in its first column, left of their names, were rounded as counts (10, 59,
26 became 20, 60, 20; 4 and 1 became 0), verified: the lines' numbers lost (WRONG, safe). A
bare 'No.' or '#' over the table's first column now names its lines, as 'Area no.' did, when
the total line leaves it blank (analyse/label_numbers); the proof already read a bare 'No.'
with nothing left of it so. Where the total line adds that column up, it counts.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

AREAS = {"Derby": [2435, 2384, 331], "Leicester": [2718, 1836, 574], "Lincoln": [2237, 34, 6]}
NUMBERS = [10, 59, 26]


def _rows(head: str, on_top: bool, numbers_added: bool = False) -> list[list]:
    rows: list[list] = [["Attachments by area and month, 2014-15"], []]
    rows.append([head, "Area", "Aug-14", "Sep-14", "Oct-14"])
    body = [[n, a, *v] for n, (a, v) in zip(NUMBERS, AREAS.items(), strict=True)]
    first, last = 4, 3 + len(body)
    if on_top:
        first, last = first + 1, last + 1
    total = [
        f"=SUM(A{first}:A{last})" if numbers_added else None,
        "Total",
        *(f"=SUM({c}{first}:{c}{last})" for c in "CDE"),
    ]
    return [*rows, total, *body] if on_top else [*rows, *body, total]


@pytest.mark.parametrize("head", ["No.", "No", "Number", "#"])
@pytest.mark.parametrize("on_top", [True, False])
def test_lines_numbered_under_a_bare_no_keep_their_numbers(tmp_path, head, on_top):
    source = write_book(tmp_path / "numbered.xlsx", {"Attachments": _rows(head, on_top)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy, data_only=True)["Attachments"]
    first = 7 if on_top else 6
    lines = [[sheet.cell(r, c).value for c in range(1, 4)] for r in range(first, first + 3)]
    assert lines == [[10, "Derby", 2440], [59, "Leicester", 2720], [26, "Lincoln", 2240]]


def test_a_column_under_a_bare_no_the_total_adds_up_is_counts(tmp_path):
    rows = _rows("No.", on_top=False, numbers_added=True)
    copy, _ = sanitised_beside(write_book(tmp_path / "counted.xlsx", {"Attachments": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True)["Attachments"]
    assert [sheet.cell(r, 1).value for r in range(6, 10)] == [20, 60, 20, 100]


def test_lines_numbered_under_a_bare_no_beside_another_table_keep_their_numbers(tmp_path):
    """fuzz21 'sides', seed 14020: the same table, its total on top, set beside a table of
    referrals by payment group whose 'Total' line crosses its rows. The proof read a bare 'No.'
    as numbering lines only with nothing left of it on the row, and a figure as counted by a
    total whose words stood anywhere left of it: the other table's. It reads both within the
    figure's own table now, up to a blank column (verify/spelt, verify/label_figures)."""
    left: list[list] = [["Referrals by payment group"], ["Payment group", "Jul-14", "Aug-14"]]
    left += [["JSA 25+", 209, 175], ["ESA Volunteers", 248, 392], ["Total", 457, 567]]
    right: list[list] = [["Referrals by area"], ["No.", "Area", "Total", "Aug-14", "Sep-14"]]
    right.append([None, "Total", "=SUM(G4:G6)", "=SUM(H4:H6)", "=SUM(I4:I6)"])
    for r, (n, (a, v)) in enumerate(zip(NUMBERS, AREAS.items(), strict=True), start=4):
        right.append([n, a, f"=SUM(H{r}:I{r})", *v[:2]])
    rows = [[*(left[i] if i < len(left) else [None] * 3), None, *right[i]] for i in range(6)]
    figures = list(AREAS.values())
    cached = {("Attachments", f"G{r}"): v[0] + v[1] for r, v in enumerate(figures, start=4)}
    cached[("Attachments", "G3")] = sum(v[0] + v[1] for v in figures)
    cached |= {("Attachments", f"{c}3"): sum(v[i] for v in figures) for i, c in enumerate("HI")}
    book = write_book(tmp_path / "sides.xlsx", {"Attachments": rows}, cached=cached)
    copy, _ = sanitised_beside(book)
    sheet = openpyxl.load_workbook(copy, data_only=True)["Attachments"]
    lines = [[sheet.cell(r, c).value for c in (5, 6, 8)] for r in (6, 7, 8)]
    assert lines == [[10, "Derby", 2440], [59, "Leicester", 2720], [26, "Lincoln", 2240]]


@pytest.mark.parametrize("head", ["No.", "Area no."])
def test_lines_numbered_under_regions_summing_the_areas_below_keep_their_numbers(tmp_path, head):
    """fuzz21 'keyed', seeds 16009, 16025, 16027, 16029: each region's line over its areas,
    named by the region alone and summing the areas below it (one figure typed among the
    formulas, as a source's subtotal may be). The run of numbers was read only across lines
    naming a total, or summing the lines above; a line summing the lines below heads its group
    now (analyse/label_numbers._group_line)."""
    rows: list[list] = [["Attachments by area and month, 2014-15"], [head, "Area", "Apr", "May"]]
    rows += [
        [None, "North East", "=SUM(C4:C5)", 23],
        [9, "Sunderland", 17, 20],
        [6, "Gateshead", 5, 3],
    ]
    rows += [
        [None, "Yorkshire", "=SUM(C7:C8)", "=SUM(D7:D8)"],
        [53, "Leeds", 1, 7],
        [4, "Wakefield", 26, 31],
    ]
    cached = {("Attachments", "C3"): 22, ("Attachments", "C6"): 27, ("Attachments", "D6"): 38}
    copy, _ = sanitised_beside(
        write_book(tmp_path / "regions.xlsx", {"Attachments": rows}, cached=cached)
    )
    sheet = openpyxl.load_workbook(copy, data_only=True)["Attachments"]
    assert sheet.cell(4, 1).value == head
    assert [sheet.cell(r, 1).value for r in range(5, 11)] == [None, 9, 6, None, 53, 4]
    assert [sheet.cell(r, 3).value for r in range(5, 11)] == [20, 20, 0, 20, 0, 20]


OUTCOMES = {"Sheffield": [25, 14, 9], "Bradford": [18, 30, 1], "Leeds": [16, 7, 22]}


def _percent_keys(copy, sheet: str) -> list:
    shares = openpyxl.load_workbook(copy)[sheet]
    return [row[0] for row in shares.iter_rows(min_row=6, max_col=2, values_only=True) if row[1]]


def test_an_outcome_table_numbered_under_a_bare_no_keeps_its_keys_beside_its_shares(tmp_path):
    """fuzz21 'keyed', seed 16017: the percentage sheet showed the areas' numbers ('14', '38',
    '30'), and the proof, vouching only for numbers under identifier words, took each that
    equals an outcome volume for one quoted (REFUSAL). The proof reads a bare 'No.' over the
    table's first column as naming its lines (verify/label_heads.numbers_lines)."""
    rows: list[list] = [["Job outcomes by area, 2014-15"], ["No.", "Area", "Sep", "Oct", "Nov"]]
    rows += [[n, a, *v] for n, (a, v) in zip([14, 38, 30], OUTCOMES.items(), strict=True)]
    copy, _ = sanitised_beside(write_book(tmp_path / "numbered.xlsx", {"Job outcomes": rows}))
    assert _percent_keys(copy, "Job outcomes %") == ["No.", "14", "38", "30"]


def test_an_outcome_table_coded_between_its_regions_keeps_its_keys_beside_its_shares(tmp_path):
    """fuzz21 'sides', seed 15038: areas coded down the first column between each region's line
    over them ('North East', its SUMs over the areas under it). The proof's run of codes stopped
    at the region's line, and the code under it had no header: refused as outcome figures
    quoted. A line whose formulas sum the lines under it (or above) in their own columns is a
    group's line to the proof too (verify/group_lines)."""
    rows: list[list] = [["Job outcomes by area, 2014-15"], ["Area code", "Area", "Sep", "Oct"]]
    rows += [[None, "Yorkshire", "=SUM(C4:C5)", "=SUM(D4:D5)"]]
    rows += [[14, "Sheffield", 25, 14], [38, "Bradford", 18, 30]]
    rows += [[None, "North East", "=SUM(C7:C7)", "=SUM(D7:D7)"], [30, "Leeds", 16, 7]]
    cached = {("Job outcomes", "C3"): 43, ("Job outcomes", "D3"): 44}
    cached |= {("Job outcomes", "C6"): 16, ("Job outcomes", "D6"): 7}
    book = write_book(tmp_path / "coded.xlsx", {"Job outcomes": rows}, cached=cached)
    copy, _ = sanitised_beside(book)
    keys = _percent_keys(copy, "Job outcomes %")
    assert keys == ["Area code", None, "14", "38", None, "30"]


@pytest.mark.parametrize("head", ["Area code", "LA code", "Code"])
def test_an_outcome_table_coded_by_area_names_its_lines_on_its_percentage_sheet(tmp_path, head):
    """Found beside seed 15038: 'Area code | Area | Sep | Oct' of job outcomes (the codes typed
    14, 38, 30) came out as a percentage sheet of shares with no line named at all. Code words
    left the codes in the table's body, and the names beside them with them; the table had no
    label column to copy. A place's code names rows as its number does (analyse/label_numbers)."""
    rows: list[list] = [["Job outcomes by area, 2014-15"], [], [head, "Area", "Sep", "Oct"]]
    rows += [[n, a, *v[:2]] for n, (a, v) in zip([14, 38, 30], OUTCOMES.items(), strict=True)]
    copy, _ = sanitised_beside(write_book(tmp_path / "coded.xlsx", {"Job outcomes": rows}))
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    lines = [row[:2] for row in shares.iter_rows(min_row=6, values_only=True) if row[2]]
    assert lines == [(head, "Area"), ("14", "Sheffield"), ("38", "Bradford"), ("30", "Leeds")]
