"""What a hunt through more real published layouts found (session 18).

Occupations and industries are published under their classification's codes, typed as
numbers in a column of their own beside the names: ONS's ASHE and UK Business Counts, DWP's
Stat-Xplore tables by SOC or SIC. A table of job starts by occupation opens 'SOC code |
Occupation | Apr-13 | May-13 | Jun-13', 'All occupations' on top, then each SOC sub-major group
(61, 62, 92) over its minor groups (611, 612, 614 ...). The code column was kept as codes but
left in the body, so the names beside it were no labels either: no total was read, and 'All
occupations' and every sub-major group were rounded on their own (680 over minor groups shown as
300 + 100 + 260), which the proof passed. A leading column of distinct whole numbers under a
header naming a code, which nothing adds up, names its lines now, and the totals are rebuilt.

Scottish and NHS tables often give each count with its share in one cell, 'n (%)': Fair Start
Scotland's starts by age group and gender, '1,996 (25%)'. Each such text quoting an unrounded
count was removed, but not '1,996 (25%)': 1,996 was let off as a year (1996), by the plan and by
the proof. No one writes a year with a thousands separator: such a number is a figure now, in
the plan (plan/quoting) and in the proof (verify/texts).

DWP's Work Programme statistics follow each month's referrals as a cohort: a row per month of
referral, its attachments to date after 3, 6, 9, 12, 18 and 24 months across, under
'Months since referral' merged over them, no total column. The row of 3 to 24 was read as
figures and rounded (0, 0, 0, 20, 20, 20), the columns no longer told apart, and the proof
passed it. Whole numbers rising along the row straight under words naming a time since an
event head the columns now, in the analysis and in the proof (verify/elapsed_heads).

The same cohorts of job outcomes ('Cumulative job outcomes by month of referral') were shown as
volumes, rounded: the words over the columns, 'Months since referral', named referrals, which
the analysis took for the columns' measure over the title's, and the proof for the figures'
own words naming a measure other than outcomes. A LEAK: outcome volumes must never be shown.
A time since an event names no measure now, in the analysis (analyse/line_measures) and in the
proof (verify/outcomes), and the table becomes a percentage sheet. So did job outcomes by
payment group across referral cohorts, under 'Quarter of referral', 'Referral quarter',
'Referral cohort' or 'Time since referral (months)': words naming when people were referred
name no measure either (analyse/when_words, verify/when_words).

And (fixed after the hunt, by the lead) job outcomes by a category a measure word names ('Job
outcomes by referral source': 'JCP referral', 'Self-referral'; 'by type of job start':
'Full-time job start') were shown as volumes, the line's own words winning over the title's:
a title naming outcomes alone before its 'by' makes its lines kinds (analyse/breakdown_titles;
the proof's own reading in verify/measure_words).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import package_text

MONTHS = ["Apr-13", "May-13", "Jun-13"]
SOC = {
    (61, "Caring personal service occupations"): [
        (611, "Childcare and related personal services", [137, 212, 195]),
        (612, "Animal care and control services", [12, 9, 17]),
        (614, "Caring personal services", [254, 301, 288]),
    ],
    (62, "Leisure, travel and related personal service occupations"): [
        (621, "Leisure and travel services", [33, 47, 29]),
        (622, "Hairdressers and related services", [71, 66, 58]),
        (623, "Housekeeping and related services", [45, 52, 39]),
    ],
    (92, "Elementary administration and service occupations"): [
        (921, "Elementary administration occupations", [8, 14, 11]),
        (923, "Elementary cleaning occupations", [322, 345, 301]),
        (925, "Elementary sales occupations", [117, 131, 129]),
        (927, "Other elementary services occupations", [149, 162, 140]),
    ],
}


def _rounded(value: int) -> int:
    return (value + 10) // 20 * 20


def soc_table(codes_first: bool = True) -> list[list]:
    """Job starts by SOC 2010 minor group, typed as published (no formulas)."""

    def line(code, name, figures):
        return [code, name, *figures] if codes_first else [name, code, *figures]

    head = ["SOC code", "Occupation"] if codes_first else ["Occupation", "SOC code"]
    groups = []
    for (code, name), minors in SOC.items():
        sums = [sum(m[2][i] for m in minors) for i in range(len(MONTHS))]
        groups.append(line(code, name, sums))
        groups += [line(*m) for m in minors]
    tops = [g for g in groups if (g[0] if codes_first else g[1]) < 100]
    everything = [sum(g[2 + i] for g in tops) for i in range(len(MONTHS))]
    all_line = [None, "All occupations"] if codes_first else ["All occupations", None]
    return [
        ["Job starts by occupation (SOC 2010), April to June 2013"],
        [],
        [*head, *MONTHS],
        [*all_line, *everything],
        *groups,
        [],
        ["Source: provider MI. Occupation coded to SOC 2010 minor group."],
    ]


def _copy(tmp_path: Path, codes_first: bool = True):
    book = write_book(tmp_path / "soc.xlsx", {"Job starts by SOC": soc_table(codes_first)})
    output, _ = sanitised_beside(book)
    formulas = openpyxl.load_workbook(output)["Job starts by SOC"]
    values = openpyxl.load_workbook(output, data_only=True)["Job starts by SOC"]
    name_col = 1 if codes_first else 0
    rows = {r[name_col].value: r[0].row for r in formulas.iter_rows() if r[name_col].value}
    return formulas, values, rows


def test_soc_sub_major_groups_add_up_their_rounded_minor_groups(tmp_path):
    formulas, values, rows = _copy(tmp_path)
    for (code, name), minors in SOC.items():
        row = rows[name]
        assert formulas.cell(row, 1).value == code
        for i in range(len(MONTHS)):
            parts = [_rounded(m[2][i]) for m in minors]
            assert str(formulas.cell(row, 3 + i).value).startswith("=SUM("), name
            assert values.cell(row, 3 + i).value == sum(parts), name
        for minor_code, minor_name, _ in minors:
            assert formulas.cell(rows[minor_name], 1).value == minor_code


def test_all_occupations_adds_up_the_shown_sub_major_groups(tmp_path):
    formulas, values, rows = _copy(tmp_path)
    top = rows["All occupations"]
    for i in range(len(MONTHS)):
        shown = [values.cell(rows[name], 3 + i).value for _, name in SOC]
        assert str(formulas.cell(top, 3 + i).value).startswith("=SUM(")
        assert values.cell(top, 3 + i).value == sum(shown)


STARTS = {"16-24": (1996, 1411), "25-34": (2417, 1873), "35-49": (2702, 2085), "50+": (873, 652)}


def starts_with_shares() -> list[list]:
    """Counts and their column shares in one text each, as published ('1,996 (25%)')."""
    male = sum(m for m, _ in STARTS.values())
    female = sum(f for _, f in STARTS.values())

    def cell(count: int, total: int) -> str:
        return f"{count:,} ({100 * count / total:.0f}%)"

    rows = [
        ["Table 2: Fair Start Scotland starts by age group and gender"],
        ["Number of starts (percentage of all starts in brackets)"],
        [],
        ["Age group", "Male", "Female", "All starts"],
    ]
    for age, (m, f) in STARTS.items():
        rows.append([age, cell(m, male), cell(f, female), cell(m + f, male + female)])
    rows.append(["All ages", f"{male:,} (100%)", f"{female:,} (100%)", f"{male + female:,} (100%)"])
    return rows


def test_a_count_written_with_a_thousands_separator_is_no_year(tmp_path):
    book = write_book(tmp_path / "fss.xlsx", {"Table 2": starts_with_shares()})
    output, _ = sanitised_beside(book)
    text = package_text(output)
    assert "1,996" not in text and "1996" not in text
    sheet = openpyxl.load_workbook(output)["Table 2"]
    shown = [c.value for row in sheet.iter_rows(min_row=7) for c in row if c.value is not None]
    assert "16-24" in shown and not any("(25%)" in str(v) for v in shown)


ELAPSED = [3, 6, 9, 12, 18, 24]
COHORTS = {
    "Jun-11": [83, 241, 397, 466, 551, 617],
    "Jul-11": [152, 305, 411, 502, 633],
    "Aug-11": [97, 188, 276, 359],
    "Sep-11": [131, 262, 349],
}


def cohort_rows() -> list[list]:
    """Attachments to date by month of referral and months since referral, typed."""
    return [
        ["Attachments by month of referral and months since referral (cumulative)"],
        [],
        [None, "Months since referral"],
        ["Month of referral", *ELAPSED],
        *[[month, *figures] for month, figures in COHORTS.items()],
    ]


def test_months_since_referral_head_their_columns(tmp_path):
    book = tmp_path / "cohorts.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Cohorts"
    for row in cohort_rows():
        sheet.append(row)
    sheet.merge_cells("B3:G3")
    workbook.save(book)
    output, _ = sanitised_beside(book)
    copy = openpyxl.load_workbook(output)["Cohorts"]
    rows = {r[0].value: r for r in copy.iter_rows() if isinstance(r[0].value, str)}
    assert [c.value for c in rows["Month of referral"][1:7]] == ELAPSED
    for month, figures in COHORTS.items():
        shown = [c.value for c in rows[month][1 : 1 + len(figures)]]
        assert shown == [_rounded(v) for v in figures], month


def test_job_outcomes_by_months_since_referral_are_never_shown_as_volumes(tmp_path):
    book = tmp_path / "outcomes.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Cohorts"
    rows = cohort_rows()
    rows[0] = ["Cumulative job outcomes by month of referral"]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("B3:G3")
    workbook.save(book)
    output, _ = sanitised_beside(book)
    copy = openpyxl.load_workbook(output)
    assert copy.sheetnames == ["About this workbook", "Job outcomes %"]  # no volumes carried
    shares = copy["Job outcomes %"]
    jun = next(r for r in shares.iter_rows(values_only=True) if r[0] == "Jun-11")
    assert all(0 < v <= 1 for v in jun[1:7])


@pytest.mark.parametrize(
    "when",
    ["Quarter of referral", "Referral quarter", "Referral cohort", "Time since referral (months)"],
)
def test_job_outcomes_by_referral_cohort_are_never_shown_as_volumes(tmp_path, when):
    rows = [
        ["Work Programme job outcomes by payment group and referral cohort"],
        [],
        [None, when],
        ["Payment group", "2011 Q3", "2011 Q4", "2012 Q1", "2012 Q2"],
        ["JSA 18-24", 131, 187, 204, 166],
        ["JSA 25+", 312, 355, 398, 371],
        ["ESA Flow", 23, 31, 37, 29],
    ]
    book = write_book(tmp_path / "cohorts.xlsx", {"Outcomes": rows})
    output, _ = sanitised_beside(book)
    assert openpyxl.load_workbook(output).sheetnames == ["About this workbook", "Job outcomes %"]


CATEGORIES = [
    ("Job outcomes by referral source", "Referral source", ["JCP referral", "Self-referral"]),
    ("Job outcomes by route", "Route", ["Referred by Jobcentre Plus", "Referred by LA"]),
    ("Job outcomes by job start", "Type", ["Full-time job start", "Part-time job start"]),
]


def categories(title: str, corner: str, labels: list[str]) -> list[list[object]]:
    """Job outcomes by kinds whose names hold another measure's word, by month."""
    rows: list[list[object]] = [[title], [], [corner, "Apr-13", "May-13", "Jun-13"]]
    rows += [[label, 37 + 11 * i, 52 + 7 * i, 41 + 13 * i] for i, label in enumerate(labels)]
    return rows


@pytest.mark.parametrize(("title", "corner", "labels"), CATEGORIES)
def test_job_outcomes_by_a_category_named_by_another_measure_are_never_volumes(
    tmp_path, title, corner, labels
):
    """A LEAK until the lead's follow-up (analyse/breakdown_titles): the lines' own words won
    over the title's outcomes in the analysis and the proof alike."""
    book = write_book(tmp_path / "outcomes.xlsx", {"Outcomes": categories(title, corner, labels)})
    output, _ = sanitised_beside(book)
    assert openpyxl.load_workbook(output).sheetnames == ["About this workbook", "Job outcomes %"]
