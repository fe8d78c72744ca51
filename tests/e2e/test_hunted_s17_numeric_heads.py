"""Hunted (session 17, numeric labels fuzz): a header row of single years of age across.

Ages 18, 19, 20, 21 heading the columns were rounded as counts (20, 20, 20, 20) and the copy
verified: written as text ('18' .. '21') beside a 'Total' column, because only typed numbers
could head columns; typed, beside no 'Total' column but over an 'All ages' row whose SUMs start
on the row under them, because only a 'Total' heading showed the row to be no figures. Both
now stand as written. A first line of counts that a SUM leaves out (a mis-ranged total) is
still rounded: only numbers running one apart stand on the SUMs' word (fail closed).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import write_book
from wpxl.sanitise import sanitise_file

FIGURES = [[255, 677, 859, 18], [449, 158, 153, 740], [326, 171, 263, 670]]
AREAS = ["Leeds", "Bradford", "Wakefield"]


def _copy(tmp_path: Path, job, rows: list[list], cached=None) -> list[list]:
    """The copy's 'Referrals' sheet as rows of values and formulas (the banner's rows left out)."""
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows}, cached=cached)
    output = Path(sanitise_file(source, job).output)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    return [list(row) for row in sheet.iter_rows(min_row=3, values_only=True)]


def test_ages_written_as_text_beside_a_total_column_stay_as_written(tmp_path, job):
    rows = [["Area", "18", "19", "20", "21", "Total"]]
    for area, line in zip(AREAS, FIGURES, strict=True):
        rows.append([area, *line, sum(line)])
    rows.append(["Total", *[sum(f[k] for f in FIGURES) for k in range(4)], sum(map(sum, FIGURES))])
    copy = _copy(tmp_path, job, rows)
    assert copy[0][:6] == ["Area", "18", "19", "20", "21", "Total"]
    assert copy[1][1:5] == [260, 680, 860, 20]


def _ages_over_sums(ages: list[int]) -> tuple[list[list], dict]:
    """Ages across, no 'Total' column, an 'All ages' row of SUMs over the rows under them."""
    rows: list[list] = [["Referrals by single year of age"], ["Area", *ages]]
    for area, line in zip(AREAS, FIGURES, strict=True):
        rows.append([area, *line])
    rows.append(["All ages", *[f"=SUM({c}3:{c}5)" for c in "BCDE"]])
    cached = {("Referrals", f"{c}6"): sum(f[k] for f in FIGURES) for k, c in enumerate("BCDE")}
    return rows, cached


def test_ages_over_the_columns_the_total_row_leaves_out_stay_as_written(tmp_path, job):
    rows, cached = _ages_over_sums([18, 19, 20, 21])
    copy = _copy(tmp_path, job, rows, cached)
    assert copy[1][:5] == ["Area", 18, 19, 20, 21]
    assert copy[2][1:5] == [260, 680, 860, 20]
    assert copy[5][1] == "=SUM(B5:B7)"


def test_a_first_line_of_counts_a_mis_ranged_total_leaves_out_is_rounded(tmp_path, job):
    rows, cached = _ages_over_sums([118, 73, 240, 9])  # counts, not ages running one apart
    copy = _copy(tmp_path, job, rows, cached)
    assert all(v % 20 == 0 for v in copy[1][1:5])


def test_a_total_column_first_over_its_one_year_is_read_without_a_loop(tmp_path, job):
    """'Total referrals' then '2009' with the same figures: the year was read as the total over
    the total column, which was the total over the year, and the reading never ended (a
    RecursionError, found by the generated-tables property test). The year is the total's one
    part; the copy is made, the total a SUM over the rounded year."""
    rows: list[list] = [["Area", "Total referrals", "2009"]]
    rows += [[area, v, v] for area, v in zip(AREAS, [143, 187, 251], strict=True)]
    copy = _copy(tmp_path, job, rows)
    assert copy[0][:3] == ["Area", "Total referrals", "2009"]
    expected = [["=SUM(C4)", 140], ["=SUM(C5)", 180], ["=SUM(C6)", 260]]
    assert [line[1:3] for line in copy[1:4]] == expected


def test_ages_over_a_blank_corner_and_a_blank_name_header_stay_as_written(tmp_path, job):
    """The header row '(blank) | (blank) | 18 | 19 | 20 | Total': the blank over the name
    column was read as a formula, so the row could not be a header and its ages were rounded
    (the proof refused the copy). A blank cell is no formula."""
    rows: list[list] = [[None, None, 18, 19, 20, "Total"]]
    for year, area, line in zip([2015, 2016, 2017], AREAS, FIGURES, strict=True):
        rows.append([year, area, *line[:3], f"=C{len(rows) + 1}+D{len(rows) + 1}+E{len(rows) + 1}"])
    copy = _copy(tmp_path, job, rows)
    assert copy[0][:6] == [None, None, 18, 19, 20, "Total"]
    assert copy[1][:5] == [2015, "Leeds", 260, 680, 860]
