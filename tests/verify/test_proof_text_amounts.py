"""Figures hidden in the shape of a text are the proof's to find, whatever the plan missed:
numbers joined by / - or :, an amount said of outcomes (in a note or a sheet's name), and a
count written as text with a leading zero or an exponent. Dates, financial years, times, age
bands, lengths of time and wpxl's own sentences still pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from tests.builders import referrals_table, write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell, OutputSheet
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file
from wpxl.verify import Finding, verify_output
from wpxl.verify.amounts import NAMED, STATED
from wpxl.verify.spelt import UNROUNDED
from wpxl.write import write_plan

Change = Callable[[OutputSheet], None]
NOT_ROUNDED = "a number in words that is not a rounded figure"
UNROUNDED_FIGURE = "an unrounded, removed or outcome figure"


def _copy(tmp_path: Path, sheets: dict, change: Change, sheet: str = "Referrals") -> tuple:
    """The real copy of a real input, its plan's sheet ``sheet`` changed first."""
    source = write_book(tmp_path / "pack.xlsx", sheets)
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    change(next(s for s in plan.sheets if s.name == sheet))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return output, plan


def _findings(tmp_path: Path, sheets: dict, change: Change) -> list[Finding]:
    output, plan = _copy(tmp_path, sheets, change)
    return verify_output(output, plan, 20)


def _note(text: str, coord: tuple[int, int] = (10, 0)) -> Change:
    def change(sheet: OutputSheet) -> None:
        sheet.cells[coord] = OutputCell(text, kind="kept")

    return change


REFERRALS = {"Referrals": referrals_table([[121, 93], [307, 111]])}


@pytest.mark.parametrize(
    "text",
    ["Referrals to date 1816/14602", "Referrals by month: 113-127-119", "Ratio 137:1234"],
)
def test_figures_joined_by_a_slash_dash_or_colon_are_judged_one_by_one(tmp_path, text):
    findings = _findings(tmp_path, REFERRALS, _note(text))
    assert {f.kind for f in findings if f.part == "'Referrals' A11"} & {
        NOT_ROUNDED,
        UNROUNDED_FIGURE,
    }, findings


def test_a_label_joining_figures_of_a_hundred_or_more_is_caught(tmp_path):
    findings = _findings(tmp_path, REFERRALS, _note("JSA 113-127", (5, 0)))
    assert Finding("'Referrals' A6", NOT_ROUNDED) in findings


def test_an_input_figure_joined_to_another_is_caught_as_the_figure_it_is(tmp_path):
    findings = _findings(tmp_path, REFERRALS, _note("Checked: 307/111"))
    assert Finding("'Referrals' A11", UNROUNDED_FIGURE) in findings


@pytest.mark.parametrize(
    "text",
    [
        "JSA 18-24: 10.9% of referrals got a job outcome",
        "Only seven job outcomes this month",
        "1.8k sustainments so far",
        "JOs up by 3 on last month",
        "Outcome payments of £1,200 in April",
    ],
)
def test_a_note_stating_an_amount_about_outcomes_is_caught(tmp_path, text):
    findings = _findings(tmp_path, REFERRALS, _note(text))
    assert Finding("'Referrals' A11", STATED) in findings


@pytest.mark.parametrize(
    "text",
    [
        "JSA 18-24 performance: 10.9% against an MPL of 5.5%.",  # x the rounded referrals
        "JSA 18-24 job starts conversion rate 36%",  # x the rounded job starts
        "Outcomes as a share of referrals: a ninth",
        "Half of job starts became job outcomes",
        "Converted starts: twice the MPL",
    ],
)
def test_an_outcome_rate_in_the_programmes_words_or_a_share_in_words_is_caught(tmp_path, text):
    findings = _findings(tmp_path, REFERRALS, _note(text))
    assert Finding("'Referrals' A11", STATED) in findings


@pytest.mark.parametrize(
    "text",
    [
        "Performance is shown as percentages on the outcome sheets",
        "Job outcomes for the first half of 2013 are shown as percentages",
        "Referrals made since 2013 by a third party",
    ],
)
def test_a_rate_word_or_a_part_of_a_year_without_an_amount_passes(tmp_path, text):
    findings = _findings(tmp_path, REFERRALS, _note(text))
    assert [f for f in findings if f.part == "'Referrals' A11"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Note: outcomes were 38 to 61 a month.",
        "Note: job outcomes ranged 38\u201361 per month.",
        "Note: sustainments were 12 to 19 a month.",
        "Job outcomes 38\u201461 a month across the quarter",
        "JSA 18-24 job outcomes (38-61)",
        "Job outcomes 100 to 149 a month",  # ends on a band's edges, yet a range of volumes
    ],
)
def test_a_range_of_outcome_volumes_carried_past_the_plan_is_caught(tmp_path, text):
    findings = _findings(tmp_path, REFERRALS, _note(text))
    assert Finding("'Referrals' A11", STATED) in findings


@pytest.mark.parametrize(
    "text",
    [
        "Job outcomes for JSA 18\u201424, 25-49 and 50-64",
        "Job outcomes for people aged 18 to 24, or 18 to 24 year olds",
        "Job outcomes by age group 16\u201424",
        "Job outcomes paid at 13\u201426 weeks, for 2013-14",
    ],
)
def test_an_age_band_or_a_time_its_words_name_passes(tmp_path, text):
    findings = _findings(tmp_path, REFERRALS, _note(text))
    assert [f for f in findings if f.part == "'Referrals' A11"] == []


def test_a_header_stating_an_amount_about_outcomes_is_caught(tmp_path):
    findings = _findings(tmp_path, REFERRALS, _note("Apr 2013 (12% got a job outcome)", (4, 1)))
    assert Finding("'Referrals' B5", STATED) in findings


def test_a_count_written_with_a_leading_zero_or_an_exponent_is_judged_as_its_number(tmp_path):
    def spelt(sheet: OutputSheet) -> None:  # where the input holds 121 and 307
        sheet.cells[(5, 1)] = OutputCell("0121", kind="kept")
        sheet.cells[(6, 1)] = OutputCell("3.07E2", kind="kept")

    findings = _findings(tmp_path, REFERRALS, spelt)
    assert Finding("'Referrals' B6", UNROUNDED) in findings
    assert Finding("'Referrals' B7", UNROUNDED) in findings


def test_an_outcome_volume_written_with_an_exponent_is_an_outcome_volume(tmp_path):
    rows = [["Referrals and outcomes by payment group"], [],
            ["Payment group", "Referrals", "JOs"], ["JSA 18-24", 121, 47],
            ["JSA 25+", 307, 61]]  # fmt: skip

    def spelt(sheet: OutputSheet) -> None:
        sheet.cells[(4, 2)] = OutputCell("JOs", kind="label")
        sheet.cells[(5, 2)] = OutputCell("4E1", kind="kept")  # 47, rounded, as text

    findings = _findings(tmp_path, {"Referrals": rows}, spelt)
    assert Finding("'Referrals' C6", "an outcome or sustainment volume") in findings


def test_codes_under_code_words_written_with_a_leading_zero_pass(tmp_path):
    rows = [["Referrals by area"], [], ["Area", "Area code", "Referrals"],
            ["North", "0687", 120], ["South", "0311", 300], ["East", "01234", 60]]  # fmt: skip

    def exponent(sheet: OutputSheet) -> None:  # a code some export wrote with an exponent
        sheet.cells[(6, 1)] = OutputCell("6.87E2", style=sheet.cells[(6, 1)].style, kind="kept")

    output, plan = _copy(tmp_path, {"Referrals": rows}, exponent)
    shown = openpyxl.load_workbook(output)["Referrals"]
    assert [shown.cell(r, 2).value for r in (6, 7, 8)] == ["0687", "6.87E2", "01234"]
    assert verify_output(output, plan, 20) == []


def _pack(name: str) -> dict:
    return {"Referrals": referrals_table([[121, 93], [307, 111]]), name: _tiny_referrals()}


def _tiny_referrals() -> list:
    return [["Referrals by group"], [], ["Group", "Referrals"], ["A", 120], ["B", 240]]


@pytest.mark.parametrize("name", ["Job outcomes 47", "JOs 1,816", "Sustained 250"])
def test_a_sheet_name_stating_an_amount_about_outcomes_is_caught(tmp_path, monkeypatch, name):
    monkeypatch.setattr("wpxl.read.shown_names", lambda names, held: {})  # reading renames none
    findings = _findings(tmp_path, _pack(name), lambda sheet: None)
    assert Finding(f"the name of sheet '{name}'", NAMED) in findings


ORDINARY = [
    "Data as at 03/04/2024, extracted 2024-04-03 at 10:30",
    "Figures for 2013/14 and 2014-2015",
    "Payment groups JSA 18-24, JSA 25-49 and 50-64",
    "Job outcomes are shown as percentages",
    "Outcomes paid at 13 weeks; sustainments every 4 wks after",
    "Job outcomes for 2013/14, Table 3, payment group 1",
    "Job outcomes for people aged 50 and over",
    "4. Job outcomes are shown as counts in the source",  # a note's number
    "Job outcomes Oct-14 to Dec-14",  # months of 2014
    "Council 001-10006",  # a code, joined with its leading zero
]


def test_ordinary_text_and_wpxls_own_sentences_pass(tmp_path, job):
    rows = [["Referrals and job outcomes by payment group"], [],
            ["Payment group", "Referrals", "Job outcomes"], ["JSA 18-24", 397, 47],
            ["JSA 25+", 833, 59], ["ESA Flow", 127, 23], [],
            *([text] for text in ORDINARY)]  # fmt: skip
    sheets = {"Job outcomes 2013-14": rows, "Outcomes at 13 weeks": rows}
    result = sanitise_file(write_book(tmp_path / "pack.xlsx", sheets), job)
    copy = openpyxl.load_workbook(result.output)
    shown = {c.value for ws in copy.worksheets for line in ws.iter_rows() for c in line}
    assert set(ORDINARY) <= shown  # carried, and proven
    assert "About this workbook" in copy.sheetnames
    assert sum(name.endswith(" %") for name in copy.sheetnames) >= 2


def test_a_second_percentage_sheet_of_one_measure_keeps_its_number(tmp_path, job):
    rows = [["Job outcomes by payment group"], [], ["Payment group", "Job outcomes"],
            ["JSA 18-24", 47], ["JSA 25+", 59], ["ESA Flow", 23]]  # fmt: skip
    sheets = {"Apr": rows, "May": rows}
    result = sanitise_file(write_book(tmp_path / "pack.xlsx", sheets), job)
    names = openpyxl.load_workbook(result.output).sheetnames
    assert any(name.endswith(" 2 %") for name in names), names


def test_the_cover_quoting_a_file_name_that_states_an_outcome_amount_is_caught(tmp_path):
    source = write_book(tmp_path / "JOs 47.xlsx", REFERRALS)
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    findings = verify_output(output, plan, 20)
    assert [f.kind for f in findings if f.part.startswith("'About this workbook'")] == [STATED]
