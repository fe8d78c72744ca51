"""Headers as a database extract writes them, and money as a finance extract names it.

A pack pasted from an SQL or Power BI extract keeps its column names ("job_outcomes",
"JOB_OUTCOMES", "JobOutcomes"): read as they stand, they name no measure and the column would
take its table's measure, publishing outcome volumes as rounded counts. A finance extract heads
outcome payments "Revenue", "Invoiced" or "Total paid": tariffs are multiples of 20, so the
amounts would survive rounding and amount / tariff would give every outcome volume back.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.leaks import package_numbers
from wpxl.analyse.words import header_measure, is_money_words
from wpxl.model import Measure
from wpxl.policy import DEFAULT_MEASURE_WORDS
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
REFERRALS = [1234, 2213, 687, 433]
OUTCOMES = [137, 211, 113, 103]
PAYMENTS = [164_400, 253_200, 395_500, 360_500]  # outcomes x £1,200 / £3,500 tariffs


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("job_outcomes", Measure.JOB_OUTCOMES),
        ("JOB_OUTCOMES", Measure.JOB_OUTCOMES),
        ("JobOutcomes", Measure.JOB_OUTCOMES),
        ("JobOutcomes_Apr13", Measure.JOB_OUTCOMES),
        ("sustainment_payments", Measure.SUSTAINMENTS),
        ("paid_job_starts", Measure.JOB_OUTCOMES),
        ("off-benefit-13wks", Measure.JOB_OUTCOMES),
        ("JOs_Q1", Measure.JOB_OUTCOMES),
        ("job_starts", Measure.JOB_STARTS),
        ("JobStarts", Measure.JOB_STARTS),
        ("referrals", Measure.REFERRALS),
        ("payment_group", None),
        ("ESA_Flow", None),
        ("JSA 18-24", None),
    ],
)
def test_a_joined_column_name_is_read_as_its_words(text, measure):
    assert header_measure(text, DEFAULT_MEASURE_WORDS) == measure


@pytest.mark.parametrize("header", ["job_outcomes", "JOB_OUTCOMES", "JobOutcomes", "Job-Outcomes"])
def test_outcomes_under_an_extracts_column_name_are_not_published_as_counts(
    tmp_path: Path, job, header
):
    rows: list[list[object]] = [
        ["Referrals by payment group, Derby, Q1 2013-14"],
        [],
        ["payment_group", "referrals", header],
    ]
    rows += [[g, r, o] for g, r, o in zip(GROUPS, REFERRALS, OUTCOMES, strict=True)]
    source = write_book(tmp_path / "extract.xlsx", {"Extract": rows})
    output = Path(sanitise_file(source, job).output)
    book = openpyxl.load_workbook(output, data_only=True)
    assert "Job outcomes %" in book.sheetnames
    shown = [c for row in book["Extract"].iter_rows(values_only=True) for c in row]
    assert 1240 in shown  # the referrals, rounded
    assert not {140.0, 220.0, 120.0, 100.0} & package_numbers(output)


@pytest.mark.parametrize(
    "text",
    ["Revenue", "Invoiced", "Invoice value", "Earnings", "Billed", "Total paid", "Paid to date",
     "Costs", "Turnover", "total_revenue", "OutcomeRevenue"],
)  # fmt: skip
def test_a_finance_extracts_words_name_money(text):
    assert is_money_words(text)


@pytest.mark.parametrize(
    "text",
    ["Paid job starts", "Total paid job starts", "Total paid outcomes", "Payment group",
     "payment_group", "Households with earnings", "Earnings threshold", "Paid",
     "In charge or driving under the influence of drink or drugs", "Job starts"],
)  # fmt: skip
def test_ordinary_labels_that_share_a_finance_word_name_no_money(text):
    assert not is_money_words(text)


@pytest.mark.parametrize("header", ["Revenue", "Invoiced", "Earnings", "Billed", "Total paid"])
def test_outcome_payments_under_a_finance_header_are_removed_as_money(tmp_path: Path, job, header):
    rows: list[list[object]] = [
        [f"Job starts and {header.lower()} by payment group, Derby, Q1 2013-14"],
        [],
        ["Payment group", "Job starts", header],
    ]
    rows += [[g, s, p] for g, s, p in zip(GROUPS, [401, 611, 203, 150], PAYMENTS, strict=True)]
    source = write_book(tmp_path / "finance.xlsx", {"Derby": rows})
    result = sanitise_file(source, job)
    output = Path(result.output)
    shown = [c for row in openpyxl.load_workbook(output)["Derby"].iter_rows(values_only=True)
             for c in row]  # fmt: skip
    assert 400 in shown  # the job starts, rounded
    assert not {float(p) for p in PAYMENTS} & package_numbers(output)
