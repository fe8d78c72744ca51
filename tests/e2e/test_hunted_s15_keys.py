"""Numbers that name rows, found rounded as counts while the copy passed its proof (or refused).

Long extracts whose key columns are numbers that repeat, one row per area (or CPA, payment
group) and period: 'Month | Area | Referrals' (month codes first, 202404 once for each area,
even with some areas missing from a month) read 202400; 'CPA | Year | Month' and 'Area code |
Year | Month' had their months rounded to 0 (the CPA column, its numbers repeating, was read as
figures, so the months had no year beside them); 'Area | Week' read weeks 13, 14, 15 as 20,
'Area | Age' ages 18, 19, 20 as 20, 'Payment group | Month' its groups 1, 2, 6 as 0; so did a
pivot table's export showing CPA or payment group numbers once over their rows, and keys
repeating between subtotal rows ('Derby total', a pivot table's '2013 Total', refused).
Beside other labels: 'Office no.' 1041 read 1040, 'Cohort' 4 read 0 and cohort months 201304
read 201300; single years of age (16 .. 64) with no total row read 20. And the outcome % sheet
of such an extract carried the numeric keys as figures, which the proof refuses there, as it
refused 'Year | Job outcomes' with typed years.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

AREAS = ["Derby", "Buxton", "Matlock"]
FIGURES = [137, 212, 195, 411, 389, 402, 33, 47, 29, 58, 77, 91]


def _copied(tmp_path: Path, rows: list[list]) -> list[list]:
    """The copy's 'Referrals' sheet as rows of cached values, the banner's two rows left out."""
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    return [list(row) for row in sheet.iter_rows(min_row=3, values_only=True)]


def _extract(heads: list[str], keys: list[tuple]) -> list[list]:
    """A long extract: a title, a header, one row of keys and a count per combination."""
    rows: list[list] = [["Referrals by area and month"], [], [*heads, "Referrals"]]
    return rows + [[*key, FIGURES[i]] for i, key in enumerate(keys)]


def _kept(tmp_path: Path, heads: list[str], keys: list[tuple]) -> None:
    """The extract's keys stand as written in the copy and its counts are rounded."""
    rows = _copied(tmp_path, _extract(heads, keys))
    width = len(heads)
    body = rows[3 : 3 + len(keys)]
    assert [tuple(r[:width]) for r in body] == keys
    assert [r[width] for r in body] == [(f + 10) // 20 * 20 for f in FIGURES[: len(keys)]]


def test_month_codes_first_then_the_area_are_kept(tmp_path):
    keys = [(month, area) for month in (202404, 202405, 202406) for area in AREAS]
    _kept(tmp_path, ["Month", "Area"], keys)


@pytest.mark.parametrize(("head", "codes"), [("CPA", (3, 7, 12)), ("Area code", (101, 102, 103))])
def test_numbered_areas_over_year_and_month_are_kept(tmp_path, head, codes):
    keys = [(code, 2014, month) for code in codes for month in (4, 5, 6)]
    _kept(tmp_path, [head, "Year", "Month"], keys)


@pytest.mark.parametrize(("head", "numbers"), [("Week", (13, 14, 15)), ("Age", (18, 19, 20))])
def test_numbers_repeated_for_each_area_are_kept(tmp_path, head, numbers):
    keys = [(area, n) for area in AREAS for n in numbers]
    _kept(tmp_path, ["Area", head], keys)


@pytest.mark.parametrize("months", [("Apr 2014", "May 2014", "Jun 2014"), (202404, 202405, 202406)])
def test_payment_groups_repeated_once_per_month_are_kept(tmp_path, months):
    keys = [(group, month) for group in (1, 2, 6) for month in months]
    _kept(tmp_path, ["Payment group", "Month"], keys)


def test_numbers_under_a_key_header_that_repeat_in_no_pattern_are_counts(tmp_path):
    """Fail closed: 'Age' over numbers differing from area to area keys nothing."""
    lines = ((18, 19), (23, 31), (40, 18))
    keys = [(area, n) for area, line in zip(AREAS, lines, strict=True) for n in line]
    rows = _copied(tmp_path, _extract(["Area", "Age"], keys))
    assert all(r[1] % 20 == 0 for r in rows[3:9])


def test_numbers_under_a_key_header_counted_by_a_total_row_are_counts(tmp_path):
    """Fail closed: a total row holding a figure under 'Week' says it heads counts."""
    keys = [(area, n) for area in AREAS[:2] for n in (13, 14)]
    table = _extract(["Area", "Week"], keys)
    table.append(["Total", sum(k[1] for k in keys), sum(FIGURES[:4])])
    rows = _copied(tmp_path, table)
    assert all(r[1] % 20 == 0 for r in rows[3:7])


def _shown_once(keys: list[tuple]) -> list[tuple]:
    """The keys as a pivot table shows them: the first column's key once over its rows."""
    firsts = [k[0] for k in keys]
    return [(None if i and firsts[i - 1] == k[0] else k[0], *k[1:]) for i, k in enumerate(keys)]


@pytest.mark.parametrize(
    ("head", "codes", "months"),
    [
        ("CPA", (3, 7, 12), ("Apr 2014", "May 2014", "Jun 2014")),
        ("Payment group", (1, 2, 6), (202404, 202405, 202406)),
    ],
)
def test_numbered_keys_of_a_pivot_table_shown_once_over_their_rows_are_kept(
    tmp_path, head, codes, months
):
    """A pivot table's export: 'CPA' 3 then blanks, each over the same months, a grand total."""
    keys = _shown_once([(code, month) for code in codes for month in months])
    table = _extract([head, "Month"], keys)
    table.append(["Grand Total", None, sum(FIGURES[:9])])
    rows = _copied(tmp_path, table)
    assert [tuple(r[:2]) for r in rows[3:12]] == keys
    assert all(r[2] % 20 == 0 for r in rows[3:13])
    assert rows[12][:2] == ["Grand Total", None]


@pytest.mark.parametrize(
    ("heads", "keys"),
    [
        (["Office no.", "Office"], [(1041, "Derby"), (1187, "Buxton"), (2230, "Matlock")]),
        (["Office", "JCP office number"], [("Derby", 1041), ("Buxton", 1187), ("Matlock", 2230)]),
        (["Area", "Cohort"], [("Derby", 4), ("Buxton", 9), ("Matlock", 11)]),
    ],
)
def test_office_and_cohort_numbers_over_a_total_leaving_them_blank_are_kept(tmp_path, heads, keys):
    """'Office no.' 1041 read 1040, cohort 4 read 0: no header named them."""
    table = _extract(heads, keys)
    table.append(["Total", None, sum(FIGURES[:3])])
    rows = _copied(tmp_path, table)
    assert [tuple(r[:2]) for r in rows[3:6]] == keys


@pytest.mark.parametrize(
    ("heads", "keys"),
    [
        (["Cohort"], [(201304,), (201305,), (201306,)]),
        (["Area", "Referral cohort"], [(a, c) for a in AREAS for c in (201304, 201305)]),
        (["Cohort", "Month"], [(c, m) for c in (201304, 201305) for m in ("Apr", "May", "Jun")]),
    ],
)
def test_cohort_months_written_as_codes_are_kept(tmp_path, heads, keys):
    """Cohorts named by their month (201304) read 201300, alone or repeated in an extract."""
    _kept(tmp_path, heads, keys)


def test_office_numbers_summed_by_the_total_row_are_counts(tmp_path):
    """Fail closed: a total row holding the column's sum says 'Office no.' heads counts."""
    keys = [(1041, "Derby"), (1187, "Buxton"), (2230, "Matlock")]
    table = _extract(["Office no.", "Office"], keys)
    table.append([sum(k[0] for k in keys), "Total", sum(FIGURES[:3])])
    rows = _copied(tmp_path, table)
    assert all(r[0] % 20 == 0 for r in rows[3:7])


@pytest.mark.parametrize(
    ("heads", "keys"),
    [
        (["Area", "Week"], [(a, w) for a in AREAS for w in (13, 14, 15)]),
        (["Payment group", "Month"], [(g, m) for g in (1, 2, 6) for m in ("Apr", "May", "Jun")]),
    ],
)
def test_numbered_keys_of_an_extract_with_outcomes_are_words_on_the_percentage_sheet(
    tmp_path, heads, keys
):
    """Kept as keys on the volume sheet, weeks and payment groups were copied as numbers onto
    the job outcomes % sheet, whose proof refuses any figure but a percentage: they were left
    off it, and its rows could not be told apart; they are shown as their digits (the proof
    judging them against its own reading of the input's keys: test_hunted_s15_pctlabels)."""
    rows: list[list] = [
        ["Attachments by area and week"],
        [],
        [*heads, "Attachments", "Job outcomes"],
    ]
    rows += [[*key, FIGURES[i], FIGURES[i] // 7] for i, key in enumerate(keys)]
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Referrals": rows}))
    book = openpyxl.load_workbook(output, data_only=True)
    volumes = [list(r) for r in book["Referrals"].iter_rows(min_row=6, values_only=True)]
    assert [tuple(r[:2]) for r in volumes[: len(keys)]] == keys
    shares = book["Job outcomes %"]
    numbers = [c.value for row in shares.iter_rows() for c in row if c.data_type == "n"]
    assert all(v is None or 0 <= v <= 1 for v in numbers)
    assert sum(v is not None for v in numbers) == len(keys)
    lines = [list(r[:2]) for r in shares.iter_rows(values_only=True)]
    at = lines.index(heads)
    shown = [tuple(k if isinstance(k, str) else str(k) for k in key) for key in keys]
    assert [tuple(r) for r in lines[at + 1 : at + 1 + len(keys)]] == shown


def test_typed_years_naming_the_rows_of_an_outcome_table_are_shown_on_its_percentage_sheet(
    tmp_path,
):
    """'Year | Job outcomes' with typed years was refused: its % sheet carried the years as
    figures, which the proof allows there only as percentages. They are shown as words."""
    rows = [["Job outcomes by year"], [], ["Year", "Job outcomes"], [2012, 41], [2013, 57]]
    rows.append([2014, 33])
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Outcomes": rows}))
    shares = openpyxl.load_workbook(output, data_only=True)["Job outcomes %"]
    lines = [list(r[:2]) for r in shares.iter_rows(values_only=True)]
    at = lines.index(["Year", "Job outcomes"])
    assert [r[0] for r in lines[at + 1 : at + 4]] == ["2012", "2013", "2014"]
    assert all(0 <= r[1] <= 1 for r in lines[at + 1 : at + 4])


def _by_age(ages: list[int]) -> list[list]:
    rows: list[list] = [["Referrals by age"], [], ["Age", "Referrals"]]
    return rows + [[age, 7 * age % 389 + 11] for age in ages]


def test_single_years_of_age_with_no_total_row_are_kept(tmp_path):
    """'Age' 16 .. 64, one row a year and no total row, read 20, 20, 20, 20 ..."""
    ages = list(range(16, 65))
    rows = _copied(tmp_path, _by_age(ages))
    assert [r[0] for r in rows[3 : 3 + len(ages)]] == ages
    assert all(r[1] % 20 == 0 for r in rows[3 : 3 + len(ages)])


def test_band_starts_under_age_with_no_total_row_in_the_only_label_column_are_kept(tmp_path):
    """With no total row, band starts (18, 25, 35, 50) in the table's only label column name
    its lines (session 21): rounded, they read 20, 20, 40, 60."""
    rows = _copied(tmp_path, _by_age([18, 25, 35, 50]))
    assert [r[0] for r in rows[3:7]] == [18, 25, 35, 50]


def test_numbers_under_age_adding_up_to_one_of_them_are_counts(tmp_path):
    """Fail closed: one of them the sum of the others (a total on top) counts the column."""
    rows = _copied(tmp_path, _by_age([128, 18, 25, 35, 50]))
    assert all(r[0] % 20 == 0 for r in rows[3:8])


SUBTOTALLED = [
    ["Area", "Age", "Referrals"],
    ["Derby", 18, 11],
    ["Derby", 19, 23],
    ["Derby total", None, 34],
    ["Buxton", 18, 41],
    ["Buxton", 19, 12],
    ["Buxton total", None, 53],
    ["Total", None, 87],
]
PIVOT = [
    ["Year", "Month", "Referrals"],
    [2013, 1, 11],
    [None, 2, 23],
    ["2013 Total", None, 34],
    [2014, 1, 41],
    [None, 2, 12],
    ["2014 Total", None, 53],
    ["Grand Total", None, 87],
]


@pytest.mark.parametrize("table", [SUBTOTALLED, PIVOT], ids=["area-age", "pivot-year-month"])
def test_keys_repeating_between_subtotal_rows_are_kept(tmp_path, table):
    """Ages repeated for each area under its own subtotal read 20, 20 (passing the proof); a
    pivot table's months under each year's subtotal read 0 (refused by the proof)."""
    rows = _copied(tmp_path, [["Referrals"], [], *table])
    assert [r[:2] for r in rows[3:10]] == [line[:2] for line in table[1:]]
    assert [r[2] for r in rows[3:10]] == [20, 20, 40, 40, 20, 60, 100]


def test_month_codes_first_over_areas_missing_from_some_months_are_kept(tmp_path):
    """A month code's shape names its rows, as it does with the area before it: an area with
    no referrals in a month has no row, and the codes still read 202400 first."""
    keys = [(202404, a) for a in AREAS] + [(202405, a) for a in AREAS[:2]]
    keys += [(202406, a) for a in AREAS]
    _kept(tmp_path, ["Month", "Area"], keys)


def test_numbered_areas_with_their_names_beside_them_over_weeks_are_kept(tmp_path):
    """'CPA | Area | Week': the area's name, one for each CPA, differs from block to block."""
    areas = zip((3, 7, 12), AREAS, strict=True)
    keys = [(code, area, week) for code, area in areas for week in (1, 2)]
    _kept(tmp_path, ["CPA", "Area", "Week"], keys)
