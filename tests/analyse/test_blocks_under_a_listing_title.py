"""A sheet titled for both its blocks ('Job starts and job outcomes by payment group'), each
block under its own title line ('Job starts', then 'Job outcomes') and its own header: an
outcome named in any title line over a block made it outcomes, so the job starts went to a
percentage sheet of shares and were lost as volumes (WRONG, though nothing leaked; found
building mixed packs). A block's own title naming one other measure alone, listed in the
title over it, names what the block counts, in the analysis (analyse/line_measures) and the
proof (verify/measure_words.own_title_rows) alike; a title over it naming outcomes and not the
block's measure still makes it outcomes (fail closed)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.analyse import analyse_workbook
from wpxl.model import Measure, Plan
from wpxl.policy import Policy
from wpxl.read import read_workbook

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Ex-IB"]
STARTS = [[137, 212], [411, 389], [33, 47], [12, 9]]
OUTCOMES = [[31, 45], [88, 97], [7, 4], [3, 5]]


def blocks(
    title: str, own: tuple[str, str] = ("Job starts", "Job outcomes")
) -> tuple[list[list], dict[tuple[str, str], int]]:
    """Job starts then job outcomes by payment group, each block under its ``own`` title line,
    its totals SUMs; with their cached values."""
    rows: list[list] = [[title], []]
    cached = {}
    for name, figures in zip(own, (STARTS, OUTCOMES), strict=True):
        top = len(rows) + 3  # the block's first figure line, as Excel numbers it
        rows += [[name], ["Payment group", "Apr", "May", "Total"]]
        for i, (group, line) in enumerate(zip(GROUPS, figures, strict=True)):
            rows.append([group, *line, f"=SUM(B{top + i}:C{top + i})"])
            cached[("Perf", f"D{top + i}")] = sum(line)
        last = top + len(GROUPS) - 1
        rows.append(["Total", *(f"=SUM({c}{top}:{c}{last})" for c in "BCD")])
        for col, letter in enumerate("BCD"):
            sums = [sum(line) if col == 2 else line[col] for line in figures]
            cached[("Perf", f"{letter}{last + 1}")] = sum(sums)
        rows.append([])
    return rows, cached


def _book(
    tmp_path: Path, title: str, own: tuple[str, str] = ("Job starts", "Job outcomes")
) -> Path:
    rows, cached = blocks(title, own)
    return write_book(tmp_path / "perf.xlsx", {"Perf": rows}, cached=cached)


def _measures(
    tmp_path: Path, title: str, own: tuple[str, str] = ("Job starts", "Job outcomes")
) -> list[Measure]:
    (sheet,) = analyse_workbook(read_workbook(_book(tmp_path, title, own)), Policy())
    return [table.measure for table in sheet.tables]


def test_a_block_titled_job_starts_under_a_title_listing_both_counts_starts(tmp_path):
    title = "Job starts and job outcomes by payment group"
    assert _measures(tmp_path, title) == [Measure.JOB_STARTS, Measure.JOB_OUTCOMES]


@pytest.mark.parametrize(
    "own",
    [
        ("Table 1: Job starts", "Table 2: Job outcomes"),
        ("Job starts by payment group", "Job outcomes by payment group"),
        ("Table 1: Job starts by payment group, 2014-15", "Table 2: Job outcomes"),
    ],
)
def test_a_block_titled_with_its_number_or_its_breakdown_counts_starts(tmp_path, own):
    """Numbered tables ('Table 1: Job starts') and titles naming the breakdown ('Job starts by
    payment group') name the block's measure alone all the same."""
    title = "Job starts and job outcomes by payment group"
    assert _measures(tmp_path, title, own) == [Measure.JOB_STARTS, Measure.JOB_OUTCOMES]
    assert proved(tmp_path, _book(tmp_path, title, own)) == []


def test_its_starts_are_rounded_and_the_outcomes_shares(tmp_path):
    output, _ = sanitised_beside(_book(tmp_path, "Job starts and job outcomes by payment group"))
    copy = openpyxl.load_workbook(output)
    assert copy.sheetnames == ["About this workbook", "Perf", "Job outcomes %"]
    lines = list(copy["Perf"].iter_rows(max_col=4, values_only=True))
    assert lines[6] == ("JSA 18-24", 140, 220, "=SUM(B7:C7)")
    assert lines[10] == ("Total", "=SUM(B7:B10)", "=SUM(C7:C10)", "=SUM(D7:D10)")


def test_the_proof_passes_the_starts_kept_as_counts(tmp_path):
    assert proved(tmp_path, _book(tmp_path, "Job starts and job outcomes by payment group")) == []


@pytest.mark.parametrize(
    "title",
    ["Job outcomes by payment group", "Performance: job outcomes", "Starts converted to outcomes"],
)
def test_a_title_naming_outcomes_and_not_the_blocks_measure_still_makes_them_outcomes(
    tmp_path, title
):
    assert _measures(tmp_path, title) == [Measure.JOB_OUTCOMES, Measure.JOB_OUTCOMES]


@pytest.mark.parametrize(
    "title", ["Starts and outcomes", "Starts and outcomes report", "Referrals, starts and outcomes"]
)
def test_a_title_naming_the_blocks_measure_in_its_own_words_lists_it(tmp_path, title):
    """Session 27: 'Starts and outcomes' names the block's job starts by the policy's word
    'starts', among outcomes: it lists the blocks as 'Job starts and job outcomes' does (the
    previous reading made the starts outcomes, and lost them as volumes)."""
    assert _measures(tmp_path, title) == [Measure.JOB_STARTS, Measure.JOB_OUTCOMES]
    assert proved(tmp_path, _book(tmp_path, title)) == []


def test_the_proof_alone_refuses_starts_kept_under_starts_converted_to_outcomes(tmp_path):
    """'Starts converted to outcomes' names outcomes only: a copy keeping the 'Job starts'
    block under it as counts (the plan made for 'Starts and outcomes', the input's title then
    changed) is refused by the proof's own reading of the input's titles."""
    source = _book(tmp_path, "Starts and outcomes")

    def retitled(plan: Plan) -> None:
        rows, cached = blocks("Starts converted to outcomes")
        write_book(source, {"Perf": rows}, cached=cached)

    found = proved(tmp_path, source, retitled)
    assert "'Perf' B7" in {f.part for f in found if "outcome" in f.kind}


def _side_by_side(path: Path) -> Path:
    """The two blocks set side by side (A:D and F:I, a blank column between), each under its
    own title on one line, the sheet's title over both; every total a SUM with its value."""
    rows: list[list] = [["Job starts and job outcomes by payment group"], [], [], []]
    cached = {}
    for left, name, figures in ((0, "Job starts", STARTS), (5, "Job outcomes", OUTCOMES)):
        b, c, d = (chr(ord("A") + left + k) for k in (1, 2, 3))
        heads = {2: [name], 3: ["Payment group", "Apr", "May", "Total"]}
        for row, words in heads.items():
            rows[row] += [None] * (left - len(rows[row])) + words
        for i, (group, line) in enumerate(zip(GROUPS, figures, strict=True)):
            if len(rows) <= 4 + i:
                rows.append([])
            rows[4 + i] += [None] * (left - len(rows[4 + i]))
            rows[4 + i] += [group, *line, f"=SUM({b}{5 + i}:{c}{5 + i})"]
            cached[("Perf", f"{d}{5 + i}")] = sum(line)
        if len(rows) <= 8:
            rows.append([])
        rows[8] += [None] * (left - len(rows[8])) + ["Total"]
        rows[8] += [f"=SUM({x}5:{x}8)" for x in (b, c, d)]
        for k, x in enumerate((b, c, d)):
            cached[("Perf", f"{x}9")] = sum(sum(line) if k == 2 else line[k] for line in figures)
    return write_book(path, {"Perf": rows}, cached=cached)


def test_blocks_side_by_side_under_their_own_titles_count_their_own(tmp_path):
    """The two titles on one line ('Job starts' over A:D, 'Job outcomes' over F:I): the proof
    read the line as the left block's title, naming outcomes, and refused its starts kept as
    counts; each block's title is the words over its own columns."""
    source = _side_by_side(tmp_path / "side.xlsx")
    (sheet,) = analyse_workbook(read_workbook(source), Policy())
    assert [table.measure for table in sheet.tables] == [Measure.JOB_STARTS, Measure.JOB_OUTCOMES]
    assert proved(tmp_path, source) == []
