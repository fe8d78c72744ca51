"""A note giving the monthly range of outcome volumes ("outcomes were 38 to 61 a month") states
them as plainly as "between 38 and 61" does, and goes from the copy and both reports, while the
age bands of payment groups and an outcome table by age stay (round-5 hunt, #1)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import xlsxwriter

from tests.leaks import package_text
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.report import report_document
from wpxl.report.html import render_html_report
from wpxl.sanitise import Job, sanitise_file

RANGES = [
    "Note: outcomes were 38 to 61 a month.",
    "Note: job outcomes ranged 38\u201361 per month.",
    "Note: sustainments were 12 to 19 a month.",
    "Note: job outcomes 38\u201361 a month across the quarter.",
    "Note: JSA 18-24 job outcomes (38\u201461).",
]
AGE_NOTES = [
    "Job outcomes for JSA 18-24, 25-49 and 50-64 are shown as percentages.",
    "Job outcomes of 18 to 24 year olds and people aged 50 to 64 are paid at 13 to 26 weeks.",
]
GROUPS = {"JSA 18-24": 137, "JSA 25+": 451, "ESA Flow": 59, "ESA Volunteers": 83}
AGES = {"16-24": 38, "25-49": 61, "50-64": 44}
AGE_TITLE = "Job outcomes for JSA 18-24 and people aged 18 to 24, by age band, April 2013"


def _book(path: Path) -> Path:
    """Typed as an analyst's pack is, with formulas that hold their values."""
    book = xlsxwriter.Workbook(str(path))
    referrals = book.add_worksheet("Referrals")
    referrals.write(0, 0, "Referrals by payment group, April 2013")
    referrals.write_row(2, 0, ["Payment group", "Referrals"])
    for row, (group, count) in enumerate(GROUPS.items(), start=3):
        referrals.write_row(row, 0, [group, count])
    referrals.write(7, 0, "Total")
    referrals.write_formula(7, 1, "=SUM(B4:B7)", None, sum(GROUPS.values()))
    for row, note in enumerate([*RANGES, *AGE_NOTES], start=9):
        referrals.write(row, 0, note)
    outcomes = book.add_worksheet("Outcomes by age")
    outcomes.write(0, 0, AGE_TITLE)
    outcomes.write_row(2, 0, ["Age band", "Job outcomes"])
    for row, (band, count) in enumerate(AGES.items(), start=3):
        outcomes.write_row(row, 0, [band, count])
    outcomes.write(6, 0, "Total")
    outcomes.write_formula(6, 1, "=SUM(B4:B6)", None, sum(AGES.values()))
    book.close()
    return path


def test_notes_giving_a_range_of_outcome_volumes_go_and_age_bands_stay(tmp_path):
    job = Job(Policy(), Audience(produced=dt.date(2026, 11, 25)), tmp_path / "out")
    result = sanitise_file(_book(tmp_path / "ranges.xlsx"), job)
    copy = package_text(Path(result.output))
    reports = json.dumps(report_document([result]), ensure_ascii=False)
    reports += render_html_report([result])
    for note in RANGES:
        assert note not in copy and note not in reports
    book = openpyxl.load_workbook(result.output)
    shown = {c.value for sheet in book for row in sheet.iter_rows() for c in row}
    assert set(AGE_NOTES) <= shown
    assert set(GROUPS) | set(AGES) <= shown  # payment groups' and the age table's labels
    assert AGE_TITLE in reports  # the outcome table's title, which the reports repeat
