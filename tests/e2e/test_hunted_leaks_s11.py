"""Leaks a hunt through hostile but plausible packs found in copies that passed their proof
(session 11): a table of outcomes stacked under a titled table of referrals, with no title of
its own, named only by the note under it ('Source: job outcomes from PRaP') or by a note line
over it (refused before: the proof read that line as its title); job starts by adviser, each
row a member of staff by name; counts of 32,874 or more (1 January 1990 and later as a date)
in a cell formatted as a date, carried as that date; and sustainment payments numbered as
providers number them ('SP1', 'Sust 2'), or outcomes and sustainments abbreviated as they
abbreviate them ('Sust', 'SUST', 'J.O.', 'Outc.'), or starts by whether they were retained or
triggered a payment, carried as counts beside the job starts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from wpxl.analyse.people import STAFF_NAME
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
REFERRALS = [[1234, 1517, 1388], [2213, 2451, 2379], [687, 713, 659], [412, 388, 431]]
OUTCOMES = [[137, 163, 151], [211, 247, 229], [31, 45, 52], [22, 19, 25]]
HEADER = ["Payment group", "Apr 2013", "May 2013", "Jun 2013"]


def stacked(note: str | None, gap: int = 1) -> list[list]:
    """Referrals under their title, then a second block of the same shape with no title of its
    own (it shares the referrals' title, as stacked blocks do), ``note`` ``gap`` rows under it."""
    rows: list[list] = [["Referrals by payment group"], [], HEADER]
    rows += [[g, *r] for g, r in zip(GROUPS, REFERRALS, strict=True)]
    rows += [[], [], [], HEADER]
    rows += [[g, *o] for g, o in zip(GROUPS, OUTCOMES, strict=True)]
    if note is not None:
        rows += [[]] * (gap - 1) + [[note]]
    return rows


def _second_block(path: Path) -> list[object]:
    """What the copy shows where the second block stood (two banner rows down)."""
    sheet = openpyxl.load_workbook(path)["Referrals"]
    return [c.value for row in sheet.iter_rows(min_row=13) for c in row]


def _percent_sheets(path: Path) -> list[str]:
    return [name for name in openpyxl.load_workbook(path).sheetnames if name.endswith("%")]


@pytest.mark.parametrize(
    "note",
    [
        "Source: job outcomes from PRaP",
        "Note: these are sustainment payments triggered in the month",
        "Figures are JOs claimed in the month",
    ],
)
@pytest.mark.parametrize("gap", [1, 2])
def test_a_block_named_only_by_the_note_under_it_as_outcomes_is_shown_as_percentages(
    tmp_path, note, gap
):
    source = write_book(tmp_path / "stacked.xlsx", {"Referrals": stacked(note, gap)})
    output, _ = sanitised_beside(source)
    referrals = openpyxl.load_workbook(output)["Referrals"]
    assert [c.value for c in referrals[6]][:4] == ["JSA 18-24", 1240, 1520, 1380]
    assert not [v for v in _second_block(output) if isinstance(v, int | float)]
    assert len(_percent_sheets(output)) == 1  # job outcomes % or sustainments %


@pytest.mark.parametrize(
    "note",
    [
        "Note: the table below shows job outcomes",
        "NB figures below are job outcomes",  # no note's opening: read as its title already
    ],
)
def test_a_block_named_only_by_a_note_line_over_it_is_shown_as_percentages(tmp_path, note):
    """A line read as a note, not a title ('Note: ...'), over the second block: the proof read
    it as the block's title and refused the copy the plan made of it as referrals."""
    rows = stacked(None)
    rows[8] = [note]
    output, _ = sanitised_beside(write_book(tmp_path / "over.xlsx", {"Referrals": rows}))
    assert not [v for v in _second_block(output) if isinstance(v, int | float)]
    assert _percent_sheets(output) == ["Job outcomes %"]


@pytest.mark.parametrize(
    "note",
    [
        None,
        "Source: DWP referrals and job outcomes data",  # names referrals too: no outcome note
        "Note: referrals are counted in the month they are made",
    ],
)
def test_a_block_whose_note_names_no_outcome_alone_stays_the_referrals_it_shares(tmp_path, note):
    source = write_book(tmp_path / "stacked.xlsx", {"Referrals": stacked(note)})
    output, _ = sanitised_beside(source)
    assert {140, 220} <= set(_second_block(output))  # its counts, rounded as referrals
    assert not _percent_sheets(output)


def test_a_titled_table_keeps_its_measure_whatever_the_note_under_it_says(tmp_path):
    rows = stacked(None)
    rows[9] = ["Referrals to the programme, by payment group"]  # the second block's own title
    rows.append(["Note: job outcomes are on the next sheet"])
    output, _ = sanitised_beside(write_book(tmp_path / "titled.xlsx", {"Referrals": rows}))
    assert 140 in _second_block(output)


def by_adviser(header: str, labels: list[str]) -> list[list]:
    rows: list[list] = [["Job starts by adviser, April 2013"], [], [header, "Job starts"]]
    return rows + [[label, count] for label, count in zip(labels, [41, 37, 52, 29], strict=True)]


NAMES = ["Jane Smith", "Amir Patel", "Tom O'Neil", "Priya K. Shah"]


@pytest.mark.parametrize(
    "header", ["Adviser", "Work coach", "Case manager", "Employment Advisor", "Adviser name"]
)
def test_the_names_of_advisers_beside_their_figures_are_removed_and_listed(tmp_path, job, header):
    """A member of staff's name beside their own job starts is a person's detail, as a
    caseload named after one is: the names go (each listed), the counts stay rounded."""
    source = write_book(tmp_path / "advisers.xlsx", {"Starts": by_adviser(header, NAMES)})
    result = sanitise_file(source, job)
    shown = [c.value for row in openpyxl.load_workbook(result.output)["Starts"] for c in row]
    assert not set(NAMES) & set(shown)
    assert [v for v in shown if isinstance(v, int)] == [40, 40, 60, 20]
    assert [r.where for r in result.removed if r.why == STAFF_NAME] == ["'Starts' A4:A7"]


@pytest.mark.parametrize(
    ("header", "labels"),
    [
        ("Adviser", ["Adviser 1", "Adviser 2", "Team North", "Leeds Office"]),
        ("Adviser team", ["North East", "Central Team", "All advisers", "Total"]),
        ("Office", ["Leeds City", "Bradford", "Wakefield", "York"]),
    ],
)
def test_counts_by_numbered_advisers_teams_or_offices_go_through(tmp_path, header, labels):
    source = write_book(tmp_path / "teams.xlsx", {"Starts": by_adviser(header, labels)})
    output, _ = sanitised_beside(source)
    assert labels[0] in [c.value for row in openpyxl.load_workbook(output)["Starts"] for c in row]


BIG = [[41234, 41517, 41388], [42213, 42451, 42379], [687, 713, 659], [412, 388, 431]]


def dated(path: Path, dated_cells: list[tuple[int, int]], label: str = "JSA 18-24") -> Path:
    """Referrals by payment group whose ``dated_cells`` (body row, month) are formatted as
    dates: a column once of dates, pasted over with counts, keeps its format."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    date = book.add_format({"num_format": "dd/mm/yyyy"})
    ws.write(0, 0, "Referrals by payment group")
    ws.write_row(2, 0, HEADER)
    for i, (group, row) in enumerate(zip([label, *GROUPS[1:]], BIG, strict=True)):
        ws.write(3 + i, 0, group)
        for j, count in enumerate(row):
            ws.write_number(3 + i, 1 + j, count, date if (i, j) in dated_cells else None)
    book.close()
    return path


@pytest.mark.parametrize(
    "cells",
    [[(0, 0), (0, 1), (0, 2)], [(1, 0), (1, 1), (1, 2)], [(1, 1)], [(0, 2), (3, 2)]],
    ids=["first row", "a row", "a cell", "a column's two"],
)
def test_a_count_formatted_as_a_date_is_not_carried_as_that_date(tmp_path, cells):
    output, _ = sanitised_beside(dated(tmp_path / "dated.xlsx", cells))
    shown = [c.value for row in openpyxl.load_workbook(output)["Referrals"] for c in row]
    assert not [v for v in shown if hasattr(v, "year")]  # no date: each was a count
    assert all(v % 20 == 0 for v in shown if isinstance(v, int | float))


@pytest.mark.parametrize("label", ["Data as at", "Date of extract", "Week ending"])
def test_a_date_on_a_line_saying_it_is_one_stays_a_date(tmp_path, label):
    source = tmp_path / "as_at.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Referrals")
    ws.write(0, 0, "Referrals by payment group")
    ws.write_row(2, 0, HEADER)
    for i, (group, row) in enumerate(zip(GROUPS, BIG, strict=True)):
        ws.write_row(3 + i, 0, [group, *row])
    ws.write(7, 0, label)
    ws.write_number(7, 1, 41455, book.add_format({"num_format": "dd/mm/yyyy"}))  # 30/06/2013
    book.close()
    output, _ = sanitised_beside(source)
    shown = [c.value for row in openpyxl.load_workbook(output)["Referrals"] for c in row]
    assert [v.date().isoformat() for v in shown if hasattr(v, "year")] == ["2013-06-30"]


@pytest.mark.parametrize(
    "heads",
    [
        ["SP1", "SP2", "SP3"],
        ["SP 1", "SP 2", "SP 3"],
        ["SP01", "SP02", "SP03"],
        ["Sust 1", "Sust 2", "Sust 3"],
        ["Sust.1", "Sust.2", "Sust.3"],
        ["Sus1", "Sus2", "Sus3"],
        ["S/P 1", "S/P 2", "S/P 3"],
        ["SP1-6", "SP7-13", "SP14-20"],
        ["SUST 1", "SUST 2", "SUST 3"],
        ["Sust", "SUST", "SUSTs"],
        ["S.P.", "S.P.s", "Sust"],
    ],
)
def test_numbered_sustainment_payments_beside_starts_are_shown_as_percentages(tmp_path, heads):
    rows: list[list] = [["Job starts by payment group, 2013/14"], [], ["Payment group"]]
    rows[2] += ["Job starts", *heads]
    rows += [
        [g, 512 - i * 50, 137 - i * 20, 91 - i * 15, 73 - i * 11] for i, g in enumerate(GROUPS)
    ]
    output, _ = sanitised_beside(write_book(tmp_path / "sps.xlsx", {"Job starts": rows}))
    book = openpyxl.load_workbook(output)
    figures = [c.value for row in book["Job starts"] for c in row if isinstance(c.value, int)]
    assert figures == [520, 460, 420, 360]  # the job starts only, rounded
    assert [n for n in book.sheetnames if n.endswith("%")] == ["Sustainments %"]


@pytest.mark.parametrize(
    ("head", "shares"),
    [
        ("J.O.", "Job outcomes %"),
        ("J.O.s", "Job outcomes %"),
        ("Outc.", "Job outcomes %"),
        ("Sust", "Sustainments %"),
        ("SUST", "Sustainments %"),
    ],
)
def test_outcomes_abbreviated_beside_starts_are_shown_as_percentages(tmp_path, head, shares):
    rows: list[list] = [["Job starts by payment group, 2013/14"], [], ["Payment group"]]
    rows[2] += ["Job starts", head]
    rows += [[g, 512 - i * 50, 137 - i * 20] for i, g in enumerate(GROUPS)]
    output, _ = sanitised_beside(write_book(tmp_path / "abbr.xlsx", {"Job starts": rows}))
    book = openpyxl.load_workbook(output)
    figures = [c.value for row in book["Job starts"] for c in row if isinstance(c.value, int)]
    assert figures == [520, 460, 420, 360]
    assert [n for n in book.sheetnames if n.endswith("%")] == [shares]


@pytest.mark.parametrize(
    "heads",
    [["Retained", "Not retained"], ["Triggered", "Not triggered"], ["Sustain 1", "Sustain 2"]],
)
def test_starts_retained_or_triggering_a_payment_are_shown_as_percentages(tmp_path, heads):
    """Job starts by whether the job was kept or paid for count outcomes or sustainments, and
    the rest of the starts give them back by difference, as 'Paid' and 'Not yet paid' do."""
    rows: list[list] = [["Job starts by payment group, 2013/14"], [], ["Payment group"]]
    rows[2] += ["Job starts", *heads]
    rows += [[g, 512 - i * 50, 137 - i * 20, 91 - i * 15] for i, g in enumerate(GROUPS)]
    output, _ = sanitised_beside(write_book(tmp_path / "kept.xlsx", {"Job starts": rows}))
    book = openpyxl.load_workbook(output)
    figures = [c.value for row in book["Job starts"] for c in row if isinstance(c.value, int)]
    assert figures == [520, 460, 420, 360]
    assert len([n for n in book.sheetnames if n.endswith("%")]) == 1
