"""Outcome volumes a hunt found surviving by a side road (session 12): a count of the job
starts that have not yet sustained or converted ("Yet to sustain", "Still to convert", "Not yet
claimable"), which taken from the rounded starts beside it gives the outcomes back; an outcome
rate typed as text ("33%" under "Conversion" or "Performance"), which times the rounded starts
does too, as does one in whole percentages rounded as a count (33 to 40 under "Performance v
MPL"); and a small outcome count written in words ("5 or fewer", "fewer than 5", "up to 5"), as
plain as the "<5" already removed, in a table or in a table of text read as notes."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
STARTS = [412, 377, 251, 298, 163]
OUTCOMES = [137, 121, 88, 102, 49]
TITLE = "Job starts by local authority, April 2013 to March 2014"


def beside_starts(header: str, values: list[object], title: str = TITLE) -> list[list]:
    """Job starts by local authority and, beside them, ``header`` over ``values``; a Total row
    of SUMs (a SUM of the second column only when it holds numbers)."""
    rows: list[list] = [[title], [], ["Local authority", "Job starts", header]]
    rows += [[area, s, v] for area, s, v in zip(AREAS, STARTS, values, strict=True)]
    numeric = all(isinstance(v, int | float) for v in values)
    rows.append(["Total", "=SUM(B4:B8)", "=SUM(C4:C8)" if numeric else None])
    return rows


def second_column(tmp_path, rows: list[list]) -> tuple[list[object], list[object]]:
    """The copy's job starts and what stands where the second column's figures stood."""
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Performance": rows}))
    sheet = openpyxl.load_workbook(output)["Performance"]
    starts = [sheet.cell(r, 2).value for r in range(6, 11)]
    return starts, [sheet.cell(r, 3).value for r in range(6, 12)]


COMPLEMENTS = [
    "Yet to sustain",
    "Of which: still to sustain",
    "Failed to sustain",
    "Still to convert",
    "Yet to convert",
    "Not yet claimable",
]


@pytest.mark.parametrize("header", COMPLEMENTS)
def test_starts_not_yet_sustained_or_converted_are_no_counts_beside_the_starts(tmp_path, header):
    """Starts less the starts yet to sustain are the sustainments (within rounding)."""
    complement = [s - o for s, o in zip(STARTS, OUTCOMES, strict=True)]
    starts, shown = second_column(tmp_path, beside_starts(header, complement))
    assert starts == [420, 380, 260, 300, 160]
    assert not [v for v in shown if v is not None and v != header]


@pytest.mark.parametrize("header", ["Left programme into work", "Pending", "Yet to start work"])
def test_a_column_naming_no_outcome_beside_job_starts_keeps_its_counts(tmp_path, header):
    """Words that name no outcome, nor a start yet to reach one, leave the counts rounded: on
    the Work Programme a participant in work stays on it, so leaving into work is a job start."""
    _, shown = second_column(tmp_path, beside_starts(header, OUTCOMES))
    assert shown[:5] == [140, 120, 80, 100, 40]


RATES = ["Conversion", "Conversion rate", "Performance", "Converted", "Job outcome rate"]


@pytest.mark.parametrize("header", RATES)
@pytest.mark.parametrize("written", ["{}%", "{} %", "{}.0%"])
def test_an_outcome_rate_typed_as_text_beside_the_starts_is_removed(tmp_path, header, written):
    """A rate of 33% converted, of 420 starts, is 139 outcomes within a few."""
    rates = [written.format(round(100 * o / s)) for s, o in zip(STARTS, OUTCOMES, strict=True)]
    starts, shown = second_column(tmp_path, beside_starts(header, rates))
    assert starts == [420, 380, 260, 300, 160]
    assert not [v for v in shown if v is not None and v != header]


def test_a_rate_of_starts_typed_as_text_goes_as_a_typed_rate_does(tmp_path):
    """A rate typed as a number is removed (it cannot be worked out again from the rounded
    figures); typed as text it goes the same way, whatever it is a rate of."""
    rates = ["33%", "32%", "35%", "34%", "30%"]
    starts, shown = second_column(tmp_path, beside_starts("Share of all starts", rates))
    assert starts == [420, 380, 260, 300, 160]
    assert not [v for v in shown if v is not None and v != "Share of all starts"]


BOUNDS = [
    "5 or fewer",
    "fewer than 5",
    "less than 5",
    "under 5",
    "up to 5",
    "5 or less",
    "n<5",
    "Fewer than 20",
    "10 or fewer",
]


@pytest.mark.parametrize("bound", BOUNDS)
def test_a_small_outcome_count_written_in_words_is_removed(tmp_path, bound):
    title = "Job starts and job outcomes by local authority"
    rows = beside_starts("Job outcomes", [137, bound, 88, bound, 49], title)
    _, shown = second_column(tmp_path, rows)
    assert shown == [None] * 6


@pytest.mark.parametrize("bound", ["5 or fewer", "fewer than 5"])
def test_a_small_count_written_in_words_goes_from_a_table_of_referrals_too(tmp_path, bound):
    """It cannot be rounded to 20 either: "<5" already went so."""
    rows = beside_starts("Referrals", [137, bound, 88, 102, 49], "Referrals and job starts")
    _, shown = second_column(tmp_path, rows)
    assert bound not in shown
    assert shown[0] == 140


def written_outcomes(written: str) -> list[list]:
    """A table of job outcomes whose every figure is written as text with a mark or unit: read
    as no table at all, each cell a note."""
    rows: list[list] = [["Job outcomes by local authority, 2013-14"], [], ["Area", "Job outcomes"]]
    return rows + [[a, written.format(o)] for a, o in zip(AREAS, OUTCOMES, strict=True)]


WRITTEN = ["c.{}", "~{}", "{}*", "<{}", "{} or fewer", "fewer than {}", "0.{}k", "{} people"]


@pytest.mark.parametrize("written", WRITTEN)
def test_a_table_of_outcomes_written_as_text_leaves_no_figure(tmp_path, written):
    """Refused before (the proof found each figure; the plan carried them as notes), or for a
    bound carried: such a note is a figure outside any table, which the plan now removes."""
    source = write_book(tmp_path / "written.xlsx", {"Outcomes": written_outcomes(written)})
    output, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(output)
    if written == "{}*":  # session 41: the counts a footnote's mark is on, shown as shares
        assert "Outcomes" not in book.sheetnames and "Job outcomes %" in book.sheetnames
        return
    sheet = book["Outcomes"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == [None] * 5


@pytest.mark.parametrize("header", ["Performance v MPL", "MPL", "Performance"])
def test_an_outcome_rate_in_whole_percentages_is_not_rounded_as_a_count(tmp_path, header):
    """33 under "Performance v MPL" was rounded to 40 as a count: 40% of 420 starts tells the
    outcomes within a tenth of the starts."""
    rates = [round(100 * o / s) for s, o in zip(STARTS, OUTCOMES, strict=True)]
    rows = beside_starts(header, rates)
    rows[-1][2] = None  # no total of rates
    starts, shown = second_column(tmp_path, rows)
    assert starts == [420, 380, 260, 300, 160]
    assert shown == [None] * 6


def test_job_starts_under_a_group_header_naming_performance_keep_their_counts(tmp_path):
    rows: list[list] = [["Provider performance, 2013-14"], [], [None, "Performance", None]]
    rows += [["Local authority", "Referrals", "Job starts"]]
    rows += [[a, r, s] for a, r, s in zip(AREAS, [1234, 1517, 1388, 687, 412], STARTS, strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "grouped.xlsx", {"Performance": rows}))
    sheet = openpyxl.load_workbook(output)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(7, 12)] == [420, 380, 260, 300, 160]
