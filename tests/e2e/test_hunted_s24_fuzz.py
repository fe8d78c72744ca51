"""Hunted in session 24 (fuzz helper, fuzz25.py): layouts of real MI packs the copy misread,
leaked or the proof refused, each on a real .xlsx through the command line."""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, proved
from wpxl.analyse import outcome_parts
from wpxl.model import Plan
from wpxl.verify.running_lines import RUNNING_ALONE

OUTCOME = "an outcome or sustainment volume"


def _breakdown(part: str) -> list[list]:
    """fuzz25 'ofother', seed 60012: measures down, each over its breakdown indented under it
    (``part`` spells a breakdown line from its group's name), the measure's line its sum."""
    rows = [["Programme flows by area, 2014-15"], [], ["Measure", "Chesterfield", "Wakefield"]]
    for measure, lines in (
        ("Referrals", {"JSA 18-24": (449, 1729), "Other": (1039, 741)}),
        ("Job outcomes (all)", {"ESA Flow": (977, 2867), "ESA ex-IB": (2425, 1466),
                                "All other": (1195, 5523)}),
    ):  # fmt: skip
        rows.append([measure, *(sum(v[i] for v in lines.values()) for i in (0, 1))])
        rows += [[part.format(name), *figures] for name, figures in lines.items()]
    return rows


BREAKDOWNS = ["- {}", "  {}", "  o/w {}", "  of which {}", "of which: {}"]


def _figures_by_label(copy, sheet: str) -> dict[str, list]:
    """The numbers on each line of ``sheet`` in the copy, by the line's label."""
    lines = openpyxl.load_workbook(copy, data_only=True)[sheet].iter_rows(values_only=True)
    return {
        str(line[0]): [v for v in line[1:] if isinstance(v, int | float)]
        for line in lines
        if line and line[0] is not None
    }


@pytest.mark.parametrize("part", BREAKDOWNS)
def test_the_breakdown_of_an_outcome_line_is_no_count(tmp_path, part):
    """The 'Job outcomes (all)' line was removed and its breakdown under it went out as rounded
    job starts (the sheet's name), their sum the outcomes' volume to the nearest 20 (LEAK).
    The breakdown counts outcomes: no figure of it is carried; the referrals' stay rounded (the
    referrals' line the sum of its rounded parts, 'of which' lines too: they add up to it)."""
    rows = _breakdown(part)
    copy, _ = sanitised_beside(write_book(tmp_path / "flows.xlsx", {"Job starts": rows}))
    shown = _figures_by_label(copy, "Job starts")
    for line in rows[7:]:
        assert shown[line[0]] == []
    assert shown["Referrals"] == [1480, 2460]
    assert shown[part.format("JSA 18-24")] == [440, 1720]


@pytest.mark.parametrize("part", BREAKDOWNS)
def test_the_proof_alone_refuses_an_outcome_lines_breakdown_carried(tmp_path, monkeypatch, part):
    """The proof read the breakdown's lines by their own words (none) and the sheet's name
    (job starts): the copy carrying them rounded passed (PROOF HOLE). A line naming no measure
    under an outcome line whose figures are the breakdown's sums, or an 'of which' line under
    one, counts outcomes on the proof's side too."""
    monkeypatch.setattr(outcome_parts, "measure_outcome_parts", lambda *_: None)
    rows = _breakdown(part)
    source = write_book(tmp_path / "flows.xlsx", {"Job starts": rows})
    volumes = {f.part for f in proved(tmp_path, source) if f.kind == OUTCOME}
    assert volumes >= {f"'Job starts' {c}{r}" for c in "BC" for r in range(10, 13)}


def _marked(head: str, marks: list, notes: list[str]) -> list[list]:
    """fuzz25 'footmark', seed 60016: a column of footnote marks between the areas and their
    months, headed ``head``, its notes under the table."""
    rows = [["Attachments by area and month, 2014-15"], [], ["Area", head, "Jun-14", "Jul-14"]]
    figures = [(11, 6), (20, 35), (27, 14), (33, 9)]
    areas = ["Lincoln", "Leicester", "Derby", "Durham"]
    rows += [[a, m, *f] for a, m, f in zip(areas, marks, figures, strict=True)]
    rows.append(["Total", None, "=SUM(C4:C7)", "=SUM(D4:D7)"])
    return [*rows, [], *[[n] for n in notes]]


NOTES = ["1. Figures are provisional.", "2. Revised since last publication.", "(3) Opened May."]


def test_footnote_numbers_under_a_notes_header_are_kept_as_written(tmp_path):
    """The column of marks (1, 2, '(3)' under 'Note') was read as the first month: 1 and 2
    went out as 0, '(3)' was removed as a figure written with a symbol, and no line said which
    note was its (WRONG); kept, the proof refused them as figures no multiple of 20
    (REFUSAL). Numbers under a header naming notes, each with its note written on the sheet,
    are marks: kept as written on both sides; the months are rounded."""
    rows = _marked("Note", [1, 2, None, "(3)"], NOTES)
    copy, _ = sanitised_beside(write_book(tmp_path / "marks.xlsx", {"Attachments": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True)["Attachments"]
    lines = {r[0]: list(r[1:4]) for r in sheet.iter_rows(values_only=True) if r and r[0]}
    assert lines["Lincoln"] == [1, 20, 0]
    assert lines["Leicester"] == [2, 20, 40]
    assert lines["Derby"] == [None, 20, 20]
    assert lines["Durham"] == ["(3)", 40, 0]
    assert lines["Total"] == [None, 100, 60]


def test_a_count_under_notes_with_no_note_of_its_number_is_rounded(tmp_path):
    """A column headed 'Notes' holding numbers no note on the sheet opens with is read as any
    other column of figures: rounded, never kept as marks."""
    rows = _marked("Notes", [7, 13, 5, 19], ["Figures are provisional."])
    copy, _ = sanitised_beside(write_book(tmp_path / "marks.xlsx", {"Attachments": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True)["Attachments"]
    marks = [r[1] for r in sheet.iter_rows(values_only=True) if r and r[0] in ("Lincoln", "Durham")]
    assert marks == [0, 20]


# fuzz25 'cumul', seed 60026: each measure's months followed by its running total, as formulas
# ('=SUM(B$4:B4)', '=C4+B5') with the last typed, a 'Year to date' line, and a table of areas
# stacked under it in the same columns
STARTS, ATTACHED = [2102, 800, 1968], [2410, 528, 1486]
RUNNING = [
    ["Attachments, job starts by month, 2014-15"],
    [],
    ["Month", "Attachments", "Running total", "Job starts", "Cumulative job starts"],
    ["Apr-14", ATTACHED[0], "=SUM(B$4:B4)", STARTS[0], "=SUM(D4:D4)"],
    ["May-14", ATTACHED[1], "=C4+B5", STARTS[1], "=E4+D5"],
    ["Jun-14", ATTACHED[2], "=SUM(B4:B6)", STARTS[2], sum(STARTS)],
    ["Year to date", "=SUM(B4:B6)", None, "=SUM(D4:D6)"],
    [],
    ["Job starts by month and area, 2014-15"],
    [],
    ["Month", "Wakefield", "Sheffield", "Leicester", "Chesterfield"],
    ["Sep-14", 1044, 2479, 904, 2053],
    ["Oct-14", 426, 246, 1626, 177],
]
RUNNING_CACHE = {
    ("Attachments", "C4"): 2410, ("Attachments", "C5"): 2938, ("Attachments", "C6"): 4424,
    ("Attachments", "E4"): 2102, ("Attachments", "E5"): 2902, ("Attachments", "B7"): 4424,
    ("Attachments", "D7"): 4870,
}  # fmt: skip


def test_a_typed_running_total_among_formulas_is_the_sum_of_the_rounded_months(tmp_path):
    """The running column's typed last figure (4,870 after '=SUM(D4:D4)', '=E4+D5') went out
    rounded on its own, 4,880, not the sum of the rounded starts beside it, 4,860 (WRONG; in a
    table alone, the proof refused it: REFUSAL). A formula among a running column's figures
    keeps its own parts and runs on: the typed figure is rebuilt over the rounded months."""
    source = write_book(tmp_path / "running.xlsx", {"Attachments": RUNNING}, cached=RUNNING_CACHE)
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy, data_only=False)["Attachments"]
    assert sheet["E8"].value == "=SUM(D6:D8)"
    months = [sheet[f"D{r}"].value for r in (6, 7, 8)]
    assert months == [2100, 800, 1960]


def test_the_proof_refuses_a_running_total_rounded_alone_above_a_stacked_table(tmp_path):
    """The proof read each column whole: the cumulative column's figures ran on with the areas'
    table stacked under it in the same columns, so it ran on over nothing and a running figure
    rounded on its own (4,880) passed (PROOF HOLE). Each table's run of a column is read apart,
    parted by the words in it (the lower table's header)."""
    source = write_book(tmp_path / "running.xlsx", {"Attachments": RUNNING}, cached=RUNNING_CACHE)

    def alone(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Attachments")
        cell = sheet.cells[(5 + BANNER, 4)]
        sheet.cells[(5 + BANNER, 4)] = replace(cell, value=4880, formula=None, kind="count")

    found = {f.part for f in proved(tmp_path, source, alone) if f.kind == RUNNING_ALONE}
    assert found == {"'Attachments' E8"}


def _across(first: str, second: str, part: str) -> list[list]:
    """fuzz25 'ofother' across, seeds 60108 and 60109: measures across, each column followed
    by its breakdown (``part`` spells a breakdown column from its group's name), areas down."""
    heads = [first, part.format("ESA Flow"), part.format("Other")]
    heads += [second, part.format("JSA 18-24"), part.format("All other")]
    rows = [["Programme flows by area, 2014-15"], [], ["Area", *heads]]
    for area, (a, b, c, d) in {"Derby": (23, 35, 16, 19), "Leeds": (21, 12, 33, 25)}.items():
        rows.append([area, a + b, a, b, c + d, c, d])
    return rows


@pytest.mark.parametrize("part", ["of which {}", "o/w {}"])
def test_the_breakdown_of_an_outcome_column_is_no_count(tmp_path, part):
    """A 'Sustainment outcomes' column followed by 'of which IB/IS | of which All other': the
    'of which' columns, no part of any total by their words, went out as rounded referrals
    (the sheet's name), and the proof refused the copy as holding outcome volumes (REFUSAL).
    An 'of which' column after an outcome column takes its measure, as a line under one does."""
    rows = _across("Job starts", "Sustainment outcomes", part)
    copy, _ = sanitised_beside(write_book(tmp_path / "across.xlsx", {"Referrals": rows}))
    shown = _figures_by_label(copy, "Referrals")
    assert shown["Derby"] == [60, 20, 40]
    assert shown["Leeds"] == [40, 20, 20]


def test_a_breakdown_of_starts_after_an_outcome_column_is_rounded_and_proved(tmp_path):
    """'All job outcomes | o/w ESA Flow | o/w Other | All job starts | o/w JSA 18-24 | o/w All
    other': the proof read the starts' breakdown as outcomes, by the header row's words left of
    it, 'All job outcomes' among them, and refused the copy rounding it (REFUSAL). The nearest
    figures' header naming a measure heads the block: the starts' breakdown is rounded."""
    rows = _across("All job outcomes", "All job starts", "o/w {}")
    copy, _ = sanitised_beside(write_book(tmp_path / "across.xlsx", {"Job starts": rows}))
    shown = _figures_by_label(copy, "Job starts")
    assert shown["Derby"] == [40, 20, 20]
    assert shown["Leeds"] == [60, 40, 20]


def test_a_typed_line_over_of_which_lines_adding_up_to_it_is_their_sum(tmp_path):
    """'Job starts | 189' over 'of which ESA | 12', 'of which Other | 177': rounded on its own
    (180) beside its lines' rounded 20 and 180, and the proof refused the copy (REFUSAL, left
    by session 24: 'of which' lines are no part of any tree). Lines that add up, to the last
    digit in every column, to the line above them are its whole breakdown: the line is their
    total (analyse/named_subsets)."""
    rows = [["Programme flows by area, 2014-15"], [], ["Measure", "Leeds", "Derby"]]
    rows += [["Job starts", 530, 189], ["  of which ESA", 238, 12], ["  of which Other", 292, 177]]
    copy, _ = sanitised_beside(write_book(tmp_path / "flows.xlsx", {"Job starts": rows}))
    assert _figures_by_label(copy, "Job starts")["Job starts"] == [540, 200]


def test_a_line_over_one_of_which_line_is_no_total_of_it(tmp_path):
    """One 'of which' line, or lines short of the line above, are part of it only: the line
    stays a count, rounded, and no formula adds up its breakdown."""
    rows = [["Programme flows by area, 2014-15"], [], ["Measure", "Leeds", "Derby"]]
    rows += [["Job starts", 530, 189], ["  of which ESA", 238, 12], ["  of which JSA", 212, 97]]
    copy, _ = sanitised_beside(write_book(tmp_path / "flows.xlsx", {"Job starts": rows}))
    assert _figures_by_label(copy, "Job starts")["Job starts"] == [540, 180]
    sheet = openpyxl.load_workbook(copy)["Job starts"]
    assert not [c.value for row in sheet.iter_rows() for c in row if str(c.value).startswith("=")]
