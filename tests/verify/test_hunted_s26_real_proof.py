"""Copies of real published layouts the proof refused though the plan made them right (session
26's hunt through /work/shared/real-layouts and packs of their shapes). Each test names the
publication whose shape it copies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlsxwriter

from tests.analyse.test_months_closed_by_their_year import months_then
from tests.misread import misread_findings, proved
from wpxl.policy import Policy
from wpxl.verify.kept_labels import ROUNDED_LABEL
from wpxl.verify.spelt import UNROUNDED
from wpxl.verify.suppressed_groups import OVER_A_SUPPRESSED_PART

REBUILD = Policy(source_totals="rebuild")
NOT_ROUNDED = "a figure that is not a multiple of 20"

# MoJ's Table A1.5i, prison population by offence: offences counted only since 2019 are '-' in
# the years before; 'Stalking' is the sum of the three lines under it in 2019 alone (7 = 0 + 6
# + 1), by chance.
OFFENCES = [
    ["Referrals by offence, at 30 June"],
    [],
    ["Offence", "2018", "2019", "2020", "2021"],
    ["Kidnapping", 19, 17, 12, 13],
    ["Stalking", 1, 7, 4, 3],
    ["Malicious communications", "-", 0, 1, 0],
    ["Modern slavery", "-", 6, 4, 4],
    ["Other offences against the person", 0, 1, 2, 2],
]


def test_a_line_adding_up_the_lines_under_it_in_one_year_of_four_is_no_group(tmp_path):
    """The proof read 'Stalking' as the group line of the three under it (its 2019 figure their
    sum), and its 2018 figure (1, shown 0) as giving back the offences marked '-' that year: it
    refused MoJ's whole workbook (REFUSAL). A line its parts' sum in fewer columns than not
    adds them up by chance."""
    assert misread_findings(tmp_path, OFFENCES, {}, "kept") == []


def test_a_county_adding_up_its_districts_in_its_only_column_still_gives_back_a_marker(tmp_path):
    """The group line the check is for, told from chance: West Yorkshire adds up its districts
    in the one column where none is held back; kept as a count over the '[c]', it is refused."""
    rows = [
        ["Referrals and attachments by local authority"],
        [],
        ["Local authority", "Referrals", "Attachments", "Starts"],
        ["Leeds", 1843, 301, 88],
        ["Bradford", 1517, 244, 61],
        ["Calderdale", 433, "[c]", "[c]"],
        ["Kirklees", 881, 129, 40],
        ["West Yorkshire", 4674, 719, 203],
    ]
    found = misread_findings(tmp_path, rows, {(7, 1): 4680, (7, 2): 720}, "rounded")
    assert {f.part for f in found if f.kind == OVER_A_SUPPRESSED_PART} == {"'Referrals' C10"}


PLACES = ["NHS establishments", "Non-NHS establishments", "At home", "Elsewhere"]
BY_CHILDREN = {
    0: [[11544, 44200], [54, 51], [127, 341], [60, 143]],
    1: [[1808, 22096], [59, 105], [41, 719], [95, 97]],
    2: [[187, 5407], [24, 37], [89, 225], [12, 40]],
    "3 or more": [[8, 1893], [2, 7], [6, 21], [3, 8]],
}


def maternities_by_previous_children() -> tuple[list[list], dict[tuple[str, str], int]]:
    """ONS's Worksheet 17 (maternities by number of previous live-born children and place of
    birth): a long table keyed by the number, typed on each of its block's five lines, the
    block's 'Total' line over its places, summed down and across; and the cached sums."""
    rows: list[list] = [["Referrals by number of previous referrals and place"], []]
    rows.append(["Number of previous referrals", "Place", "All ages", "Under 20", "20 to 24"])
    cached: dict[tuple[str, str], int] = {}
    for key, lines in BY_CHILDREN.items():
        top = len(rows) + 1
        rows.append([key, "Total", f"=SUM(D{top}:E{top})"])
        rows[-1] += [f"=SUM({c}{top + 1}:{c}{top + 4})" for c in "DE"]
        for col, letter in enumerate("DE"):
            cached[("Referrals", f"{letter}{top}")] = sum(line[col] for line in lines)
        cached[("Referrals", f"C{top}")] = sum(map(sum, lines))
        for r, (place, line) in enumerate(zip(PLACES, lines, strict=True), start=top + 1):
            rows.append([key, place, f"=SUM(D{r}:E{r})", *line])
            cached[("Referrals", f"C{r}")] = sum(line)
    return rows, cached


def test_a_number_keying_each_line_of_its_block_is_a_label(tmp_path):
    """The plan keeps 1, 2 as written (labels of the lines); the proof read a column of numbers
    as a numbering only where each stood once, and refused 1 and 2 as figures not rounded: ONS's
    whole workbook (with source_totals = "rebuild") was refused (REFUSAL)."""
    rows, cached = maternities_by_previous_children()
    assert misread_findings(tmp_path, rows, {}, "kept", cached=cached, policy=REBUILD) == []


def test_small_counts_repeated_in_blocks_under_their_header_are_still_refused(tmp_path):
    rows = [["Referrals by area"], [], ["Area", "Referrals"]]
    counts = [1, 1, 2, 2]
    rows += [[area, n] for area, n in zip(["Leeds", "York", "Hull", "Selby"], counts, strict=True)]
    kept = {(3 + at, 1): n for at, n in enumerate(counts)}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 4


@pytest.mark.parametrize("year", ["Year", 2014])
def test_months_closing_with_their_year_rounded_as_counts_are_refused(tmp_path, year):
    """'Area | 1 | ... | 12 | 2014': the copy the plan made before (the months rounded to 0 and
    20, the year to 2020) passed the proof, which named a header row of numbers only beside
    'Total', a year span or a quarter (verify/repeated_heads.closes_with_years)."""
    rows, cached = months_then(year)
    rounded = {(2, month): 0.0 if month < 10 else 20.0 for month in range(1, 13)}
    if year == 2014:
        rounded[(2, 13)] = 2020.0
    found = misread_findings(tmp_path, rows, rounded, "rounded", cached=cached)
    assert {f.part for f in found if f.kind == ROUNDED_LABEL} >= {
        "'Referrals' B5",
        "'Referrals' M5",
    }


@pytest.mark.parametrize("year", ["Year", 2014])
def test_months_closing_with_their_year_kept_pass(tmp_path, year):
    rows, cached = months_then(year)
    assert misread_findings(tmp_path, rows, {}, "kept", cached=cached) == []


def _by_month(head: str, months: list[int], total: bool) -> list[list]:
    """Referrals and attachments by the month code the people were referred in (yyyymm)."""
    rows: list[list] = [["Referrals and attachments by referral month"], []]
    rows.append([head, "Referrals", "Attachments"])
    figures = [[412, 96], [377, 81], [509, 143]]
    rows += [[month, *line] for month, line in zip(months, figures, strict=True)]
    if total:
        rows.append(["Total", *(sum(line[i] for line in figures) for i in (0, 1))])
    return rows


@pytest.mark.parametrize("head", ["Referral month", "Start month", "Attachment month"])
@pytest.mark.parametrize("total", [True, False])
def test_month_codes_under_the_month_of_an_event_are_labels(tmp_path, head, total):
    """The plan keeps 201304, 201305, 201306 under 'Referral month' as the lines' names; the
    proof read month codes as labels only under words starting with the period ('Month of
    referral'), and refused the copy (REFUSAL; found building numeric label columns)."""
    rows = _by_month(head, [201304, 201305, 201306], total)
    assert misread_findings(tmp_path, rows, {}, "kept") == []


def test_counts_under_the_month_of_an_event_kept_unrounded_are_refused(tmp_path):
    rows = _by_month("Referral month", [1412, 1377, 1509], True)
    kept = {(3, 0): 1412.0, (4, 0): 1377.0, (5, 0): 1509.0}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 3


def _by_children(head: str, last: str) -> list[list]:
    rows: list[list] = [["Referrals and attachments, 2014"], []]
    rows.append([head, "Referrals", "Attachments"])
    figures = [[412, 96], [377, 81], [509, 143], [288, 61], [97, 23]]
    rows += [[n, *line] for n, line in zip([0, 1, 2, 3, last], figures, strict=True)]
    rows.append(["All households", *(sum(line[i] for line in figures) for i in (0, 1))])
    return rows


@pytest.mark.parametrize("head", ["Dependent children", "Number of children"])
def test_an_open_band_closing_a_numbering_of_lines_is_a_label(tmp_path, head):
    """'0 | 1 | 2 | 3 | 4+' down the first column: the plan keeps '4+' as the last line's name;
    the proof read it as a count written as text (as '436+' is), unless it closed a run of
    ages, and refused the copy (REFUSAL; found building numeric label columns)."""
    assert misread_findings(tmp_path, _by_children(head, "4+"), {}, "kept") == []


def test_a_count_written_open_under_counts_is_still_refused(tmp_path):
    rows = [["Referrals by area"], [], ["Area", "Referrals", "Attachments"], ["Leeds", 412, 96],
            ["York", 377, 81], ["Hull", 509, 143], ["Selby", "43+", 12]]  # fmt: skip
    kinds = [f.kind for f in misread_findings(tmp_path, rows, {(6, 1): "43+"}, "kept")]
    assert UNROUNDED in kinds


def _months_as_dates(path: Path, year: object) -> Path:
    """Referrals by area over January to March written as dates ('mmm-yy'), then their year's
    column headed ``year``, each area's a SUM of its months."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Referrals")
    month = book.add_format({"num_format": "mmm-yy"})
    sheet.write(0, 0, "Referrals by area and month")
    sheet.write(2, 0, "Area")
    for at in range(3):
        sheet.write_datetime(2, 1 + at, dt.datetime(2014, 1 + at, 1), month)
    sheet.write(2, 4, year)
    for i, area in enumerate(["Leeds", "Bradford", "Wakefield"]):
        figures = [412 + 37 * i, 377 - 21 * i, 509 + 13 * i]
        sheet.write_row(3 + i, 0, [area, *figures])
        sheet.write_formula(3 + i, 4, f"=SUM(B{4 + i}:D{4 + i})", None, sum(figures))
    book.close()
    return path


@pytest.mark.parametrize("year", [2014, "2014", "Total"])
def test_a_year_closing_its_months_written_as_dates_heads_its_column(tmp_path, year):
    """'Area | Jan-14 | Feb-14 | Mar-14 | 2014': the plan keeps 2014 over the year's column;
    the proof read a year as a label only in a line of years or over its parts numbered, and
    refused 2014 as a year-like figure among counts (REFUSAL; found building month headers)."""
    assert proved(tmp_path, _months_as_dates(tmp_path / "months.xlsx", year)) == []
