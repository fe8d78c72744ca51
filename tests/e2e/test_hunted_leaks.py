"""Leaks a hunt through hostile but plausible packs found in copies that passed their proof:
a lasting, paid or converted job start under a name of its own, a count pasted as text, and a
sheet named by the true total of its outcome table."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.builders import referrals_table, write_book
from tests.conftest import PRODUCED
from tests.leaks import package_text
from wpxl.analyse import analyse_workbook, words
from wpxl.analyse.cells import NUMBER_AS_TEXT
from wpxl.analyse.words import measure_in
from wpxl.model import Measure
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file
from wpxl.verify import Finding, verify_output
from wpxl.write import write_plan

COUNTS = [[1234, 1517, 1388], [2213, 2451, 2379], [687, 713, 659]]


def _table(title: str) -> list[list]:
    rows = referrals_table(COUNTS)
    rows[0] = [title]
    return rows


@pytest.mark.parametrize(
    "title",
    [
        "Job starts lasting 6 months, by payment group",
        "Job start retention at 13 weeks",
        "Retained job starts by payment group",
        "Attachments still employed after 6 months",
        "Job starts held for 13 weeks",
        "Participants in continuous employment for 13 weeks",
        "Job starts reaching 13 weeks, by payment group",
        "Job starts 13+ wks by payment group",
        "Job starts: 6 months in work",
        "Paid job starts by payment group",
        "Job starts converted, by payment group",
        "Job starts not converted, by payment group",  # the rest of the starts: by difference
    ],
)
def test_job_starts_that_lasted_are_sustainments_shown_as_percentages_only(tmp_path, job, title):
    source = write_book(tmp_path / "lasting.xlsx", {"Lasting": _table(title)})
    output = Path(sanitise_file(source, job).output)
    book = openpyxl.load_workbook(output)
    assert "Lasting" not in book.sheetnames  # the volumes are on no sheet
    figures = [c.value for ws in book for row in ws.iter_rows() for c in row]
    assert not any(isinstance(v, int) and v % 20 == 0 and v >= 640 for v in figures)


@pytest.mark.parametrize("text", ["0687", "6.87E2"])
def test_a_count_pasted_as_text_with_a_leading_zero_or_exponent_is_removed_and_said(
    tmp_path, job, text
):
    rows = referrals_table(COUNTS)
    rows[5][1] = text  # ESA Flow, April: 687 as an export wrote it
    source = write_book(tmp_path / "pasted.xlsx", {"Referrals": rows})
    result = sanitise_file(source, job)
    assert text not in package_text(Path(result.output))
    assert any(r.why == NUMBER_AS_TEXT and r.where == "'Referrals' B6" for r in result.removed)


def test_a_sheet_named_by_the_true_total_of_its_outcome_table_is_renamed(tmp_path, job):
    rows = referrals_table([[400, 600], [500, 316]], total_row=False, total_col=False)
    rows[0] = ["Job outcomes by payment group"]  # 1816 in all; no cell holds it
    sheets = {"Referrals": referrals_table(COUNTS), "Job outcomes 1816": rows}
    source = write_book(tmp_path / "named.xlsx", sheets)
    result = sanitise_file(source, job)
    assert "1816" not in package_text(Path(result.output))
    assert "1816" not in " ".join(f"{r.where} {r.why}" for r in result.removed)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Job starts reaching 13 weeks", Measure.JOB_OUTCOMES),
        ("Job starts - 26 weeks", Measure.JOB_OUTCOMES),
        ("Job starts 26wk", Measure.JOB_OUTCOMES),
        ("Job starts past 26 weeks", Measure.JOB_OUTCOMES),
        ("Job starts ended before 13 weeks", Measure.JOB_OUTCOMES),
        ("Job starts 6-12 months after attachment", Measure.JOB_STARTS),  # time since attachment
        ("Referrals converted to attachments", Measure.ATTACHMENTS),
        ("Employment and Support Allowance, 12 months prognosis", None),
        ("Job starts claimed", Measure.JOB_OUTCOMES),
        ("Retention at 13 weeks", Measure.SUSTAINMENTS),  # "Retention" alone names nothing
        ("Jobs held for 26 weeks", Measure.SUSTAINMENTS),
        ("Job starts in the last 13 weeks", Measure.JOB_STARTS),  # a period of counting
        ("Job starts within 13 weeks of referral", Measure.JOB_STARTS),
        ("Referrals in the last 26 weeks", Measure.REFERRALS),
        ("Job starts by month, 2013/14", Measure.JOB_STARTS),
    ],
)
def test_a_start_said_to_have_lasted_a_time_in_work_is_an_outcome(text, measure):
    """A start said to have lasted is an outcome; a period of counting, a band of time since
    attachment, a conversion of referrals or a prognosis is no time in work."""
    assert measure_in(text, Policy().measure_words) is measure


def test_the_proof_alone_refuses_starts_that_lasted_carried_as_counts(tmp_path, monkeypatch):
    """The plan made without its time-in-work reading carries the counts; the proof, with its
    own words, refuses every one."""
    monkeypatch.setattr(words, "_time_in_work", lambda text: None)
    words._measure_in.cache_clear()
    rows = referrals_table([[121, 93], [307, 111]])
    rows[0] = ["Job starts reaching 13 weeks, by payment group"]
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    words._measure_in.cache_clear()
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    findings = verify_output(output, plan, 20)
    assert Finding("'Referrals' B6", "an outcome or sustainment volume") in findings
    assert len([f for f in findings if f.kind == "an outcome or sustainment volume"]) >= 4


def test_measures_named_by_headers_merged_over_their_months_are_proved(tmp_path, job):
    """'Referrals' merged over its months and 'Job outcomes' over theirs: the proof read the
    referrals under the outcome words of the row above and deleted a sound copy; a header
    merged across columns heads each of them."""
    source = tmp_path / "merged.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Q1 performance")
    ws.write(0, 0, "Performance by payment group, April to June 2013")
    ws.merge_range("B3:D3", "Referrals")
    ws.merge_range("E3:G3", "Job outcomes")
    ws.write_row(3, 0, ["Payment group", "Apr", "May", "Jun", "Apr", "May", "Jun"])
    for i, row in enumerate([[1234, 1517, 1388, 137, 163, 151], [2213, 2451, 2379, 211, 247, 229]]):
        ws.write_row(4 + i, 0, ["JSA 18-24", "JSA 25+"][i : i + 1] + row)
    book.close()
    output = openpyxl.load_workbook(sanitise_file(source, job).output)
    counts = [c.value for row in output["Q1 performance"].iter_rows() for c in row]
    assert 1240 in counts and 1520 in counts  # the referrals, rounded
    assert not {137, 140, 163, 160} & set(counts)  # the outcomes are on the % sheet only


@pytest.mark.parametrize(
    ("file", "sheet"),
    [
        ("WP outcomes 2014-06-22", "Job outcomes (2)"),
        ("WP outcomes v2.1 - Copy (2)", "Outcomes CPA 12"),
    ],
)
def test_names_telling_copies_dates_and_places_apart_are_no_amounts(tmp_path, job, file, sheet):
    rows = referrals_table([[400, 600], [500, 316]], total_row=False, total_col=False)
    rows[0] = ["Job outcomes by payment group"]
    source = write_book(
        tmp_path / f"{file}.xlsx", {"Referrals": referrals_table(COUNTS), sheet: rows}
    )
    assert sanitise_file(source, job).ok
