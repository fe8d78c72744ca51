"""Found building whole packs in session 24: a summary of key figures laid out as 'Measure |
Value' ('Referrals to date | 18,213', 'Job starts to date | 5,021', 'Job outcomes to date |
1,487'), as providers open their packs. 'Value' names money in a finance extract, so every
figure under it was removed as "an amount of money", the referrals, attachments and starts
too, each with a reason that was not so (WRONG, though nothing leaked). Under 'Value' alone, a
figure on a line naming its measure counts that measure, in the analysis (analyse/
value_columns) and the proof (verify/outcomes, verify/money_words): the volumes are rounded,
the outcomes removed. 'Number | Value' of attachments by payment group (the fees, which give
the count back) stays money on both sides."""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.model import OutputCell, Plan

SUMMARY = [
    ["Work Programme performance summary: West Yorkshire, to March 2015"],
    [],
    ["Measure", "Value"],
    ["Referrals to date", 18213],
    ["Attachments to date", 17655],
    ["Job starts to date", 5021],
    ["Job outcomes to date", 1487],
    ["Sustainment payments claimed", 316510],
]
FEES = [
    ["Attachments by payment group, 2014-15"],
    [],
    ["Payment group", "Number", "Value"],
    ["JSA 18-24", 143, 57200],
    ["JSA 25+", 211, 84400],
    ["ESA Flow", 61, 24400],
]


def test_key_figures_under_value_are_rounded_by_their_lines_measure(tmp_path):
    copy, _ = sanitised_beside(write_book(tmp_path / "kpi.xlsx", {"Summary": SUMMARY}))
    sheet = openpyxl.load_workbook(copy)["Summary"]
    shown = {sheet.cell(r, 1).value: sheet.cell(r, 2).value for r in range(6, 11)}
    assert shown == {
        "Referrals to date": 18220,
        "Attachments to date": 17660,
        "Job starts to date": 5020,
        "Job outcomes to date": None,
        "Sustainment payments claimed": None,
    }


def test_the_value_of_counts_on_lines_naming_no_measure_is_still_money(tmp_path):
    copy, _ = sanitised_beside(write_book(tmp_path / "fees.xlsx", {"Attachments": FEES}))
    sheet = openpyxl.load_workbook(copy)["Attachments"]
    assert [sheet.cell(r, 2).value for r in range(6, 9)] == [140, 220, 60]
    assert [sheet.cell(r, 3).value for r in range(6, 9)] == [None] * 3


def test_the_proof_alone_refuses_the_fees_shown_as_counts(tmp_path):
    source = write_book(tmp_path / "fees.xlsx", {"Attachments": FEES})

    def shown(plan: Plan) -> None:  # as an analysis reading 'Value' as attachments would
        sheet = next(s for s in plan.sheets if s.name == "Attachments")
        for row, fee in zip(range(5, 8), (57200, 84400, 24400), strict=True):
            sheet.cells[(row, 2)] = OutputCell(fee, kind="count")

    parts = {f.part for f in proved(tmp_path, source, shown)}
    assert parts >= {"'Attachments' C6", "'Attachments' C7", "'Attachments' C8"}
