"""Outcome volumes a hunt found surviving by a side road (session 15): a column or row of a
job-starts table whose header names no measure ("Achieved", "Cumulative*") and which a key
under the table defines as job outcomes ("Achieved = job outcomes in the month", "* Job
outcomes to date", "'Achieved' counts job outcomes"). The table's title named job starts, so
the note was not read as naming the table, and the outcomes went out rounded as counts; so
did such a column whose header's comment said it counts job outcomes. A ratio typed as text
("3.0:1", "1 in 3") under outcome words went out beside the rounded starts it gives outcomes
back from. Comments saved where openpyxl puts them were not listed as removed."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

MONTHS = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013", "Aug 2013"]
STARTS = [87, 92, 101, 95, 78]
OUTCOMES = [31, 37, 29, 44, 35]
TO_DATE = [31, 68, 97, 141, 176]
TITLE = "Job starts by month, 2013-14"


def keyed(header: str, values: list[int], note: str) -> list[list]:
    """Job starts by month and, beside them, ``header`` over ``values``; ``note`` under."""
    rows: list[list] = [[TITLE], [], ["Month", "Job starts", header]]
    rows += [[m, s, v] for m, s, v in zip(MONTHS, STARTS, values, strict=True)]
    return [*rows, [], [note]]


def shown(tmp_path, rows: list[list]) -> tuple[list[object], list[object], list[str]]:
    """The copy's job starts, what stands where the second column's figures stood, and the
    names of the copy's sheets."""
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Performance": rows}))
    book = openpyxl.load_workbook(output)
    sheet = book["Performance"]
    starts = [sheet.cell(r, 2).value for r in range(6, 11)]
    return starts, [sheet.cell(r, 3).value for r in range(6, 11)], book.sheetnames


KEYS = [
    ("Achieved", OUTCOMES, "Achieved = job outcomes achieved in the month"),
    ("Achieved", OUTCOMES, "Achieved: job outcomes claimed in the month"),
    ("Achieved", OUTCOMES, "'Achieved' counts job outcomes."),
    ("Achieved (1)", OUTCOMES, "(1) Job outcomes achieved in the month"),
    ("Cumulative*", TO_DATE, "* Job outcomes to date"),
    ("Cumulative", TO_DATE, "Cumulative column shows job outcomes to date."),
]


@pytest.mark.parametrize(("header", "values", "note"), KEYS)
def test_a_column_a_key_under_the_table_calls_outcomes_shows_no_counts(
    tmp_path, header, values, note
):
    starts, column, _ = shown(tmp_path, keyed(header, values, note))
    assert starts == [80, 100, 100, 100, 80]
    assert column == [None] * 5


def test_the_column_keyed_as_outcomes_is_shown_as_percentages(tmp_path):
    rows = keyed("Achieved", OUTCOMES, "Achieved = job outcomes achieved in the month")
    _, _, sheets = shown(tmp_path, rows)
    assert "Job outcomes %" in sheets


@pytest.mark.parametrize(
    ("header", "note"),
    [
        ("Achieved", "Achieved = job starts in the month"),
        ("Cumulative*", "* Job starts to date"),
        ("This month", "Source: job outcomes are on the next sheet"),
    ],
)
def test_a_column_a_note_does_not_key_as_outcomes_keeps_its_counts(tmp_path, header, note):
    """A key naming another measure, or a note naming outcomes but not the column, leaves it
    rounded as the job starts the title says the table counts."""
    _, column, _ = shown(tmp_path, keyed(header, OUTCOMES, note))
    assert column == [40, 40, 20, 40, 40]


def test_a_row_a_key_under_the_table_calls_outcomes_shows_no_counts(tmp_path):
    rows: list[list] = [["Referrals and job starts by month, 2013-14"], []]
    rows += [["Measure", *MONTHS[:3]], ["Referrals", 512, 498, 530], ["Job starts", 87, 92, 101]]
    rows += [["Achieved", 31, 37, 29], [], ["Achieved: job outcomes claimed in the month"]]
    output, _ = sanitised_beside(write_book(tmp_path / "rows.xlsx", {"Performance": rows}))
    sheet = openpyxl.load_workbook(output)["Performance"]
    assert [sheet.cell(7, c).value for c in range(2, 5)] == [80, 100, 100]
    assert [sheet.cell(8, c).value for c in range(2, 5)] == [None] * 3


def test_a_comment_saved_where_openpyxl_puts_it_is_listed_as_removed(tmp_path):
    """openpyxl saves comments as xl/comments/comment1.xml, Excel as xl/comments1.xml: the
    first was not read as comments, so the cover did not list it nor the proof know its words
    (nothing of it was carried either way)."""
    source = tmp_path / "scripted.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Job starts by month, 2013-14"])
    book.active.append(["Month", "Job starts"])
    book.active.append(["Apr 2013", 87])
    book.active["B3"].comment = openpyxl.comments.Comment("Leeds job outcomes: 31", "MI team")
    book.save(source)
    output, _ = sanitised_beside(source)
    cover = [row[0] for row in openpyxl.load_workbook(output).worksheets[0].values if row[0]]
    assert "- comments, 'Sheet' B3: not carried into the output" in cover


AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
AREA_STARTS = [412, 377, 251, 298, 163]
AREA_OUTCOMES = [137, 121, 88, 102, 49]
RATIOS = [round(s / o, 1) for s, o in zip(AREA_STARTS, AREA_OUTCOMES, strict=True)]


def ratio_beside_starts(header: str, written: str) -> list[list]:
    """Job starts by local authority and, beside them, starts per outcome written as a ratio."""
    rows: list[list] = [["Job starts by local authority, 2013-14"], []]
    rows.append(["Local authority", "Job starts", header])
    ratios = [written.format(r) for r in RATIOS]
    return rows + [list(line) for line in zip(AREAS, AREA_STARTS, ratios, strict=True)]


@pytest.mark.parametrize(
    "header", ["Conversion ratio", "Starts per job outcome", "Job outcomes", "Starts : outcomes"]
)
@pytest.mark.parametrize("written", ["{}:1", "{} : 1", "1:{}", "1 in {}"])
def test_an_outcome_ratio_typed_as_text_beside_the_starts_is_removed(tmp_path, header, written):
    """Starts per outcome of 3.0:1 beside 420 rounded starts is 140 outcomes (137 true): a
    ratio typed as text is a typed rate, as "33%" is."""
    starts, column, _ = shown(tmp_path, ratio_beside_starts(header, written))
    assert starts == [420, 380, 260, 300, 160]
    assert column == [None] * 5


def commented(comment: str, at: str = "C3", header: str = "Achieved") -> openpyxl.Workbook:
    """Job starts by month and ``header`` beside them, with ``comment`` on the cell ``at``."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Performance"
    for row in keyed(header, OUTCOMES, "")[:-2]:
        sheet.append(row)
    sheet[at].comment = openpyxl.comments.Comment(comment, "MI team")
    return book


@pytest.mark.parametrize(
    "comment", ["Job outcomes claimed in the month", "MI team:\nJOs achieved in month"]
)
def test_a_column_its_header_s_comment_calls_outcomes_shows_no_counts(tmp_path, comment):
    """The comment is not carried, but it says what the column counts, as a key would."""
    source = tmp_path / "commented.xlsx"
    commented(comment).save(source)
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == [80, 100, 100, 100, 80]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [None] * 5


@pytest.mark.parametrize(
    ("comment", "at", "header"),
    [
        ("Job starts in the month", "C3", "Achieved"),
        ("Job outcomes are on sheet 2", "A1", "This month"),
    ],
)
def test_a_comment_naming_no_outcome_or_on_no_header_leaves_the_counts(
    tmp_path, comment, at, header
):
    """'Achieved' beside the starts counts their outcomes (session 30) but where its comment
    says it counts starts; a header naming nothing counts the table's measure."""
    source = tmp_path / "commented.xlsx"
    commented(comment, at, header).save(source)
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [40, 40, 20, 40, 40]


@pytest.mark.parametrize("header", ["Sustained 26 wks", "Sustained 26 mths", "In work 26 wks"])
def test_a_header_giving_its_time_in_work_short_goes_through(tmp_path, header):
    """Refused before: the proof read "26 weeks" as a time but "26 wks" as a number stated in a
    title, though the plan reads both as outcome lines and shows them as percentages."""
    rows = keyed(header, OUTCOMES, "")[:-2]
    starts, column, sheets = shown(tmp_path, rows)
    assert starts == [80, 100, 100, 100, 80]
    assert column == [None] * 5
    assert "Sustainments %" in sheets or "Job outcomes %" in sheets


def test_a_key_in_a_box_beside_the_table_or_far_below_it_is_read(tmp_path):
    """A key beside the table, on its figures' rows, went out with the outcomes as counts and
    the proof passed it; one far below the table was read by the proof alone, which refused."""
    rows = keyed("Achieved", OUTCOMES, "")[:-2]
    rows[2] += [None, "Key"]
    rows[3] += [None, "Achieved = job outcomes claimed in the month"]
    _, beside, sheets = shown(tmp_path, rows)
    assert beside == [None] * 5
    assert "Job outcomes %" in sheets
    below = keyed("Achieved", OUTCOMES, "")[:-2] + [[]] * 4
    below += [["Notes"], ["Achieved: job outcomes claimed in the month"]]
    (tmp_path / "far").mkdir()
    _, far, _ = shown(tmp_path / "far", below)
    assert far == [None] * 5
