"""The proof reads a percentage line whose base counts an 'All areas' block as parts too.

Areas stacked under one header with an 'All areas' block adding them up line by line: a copy
whose percentage column takes the 'All areas' lines for parts shows every share of twice the
outcomes. The copies here are written by hand in the shape wpxl writes percentage sheets; the
proof knows nothing of how they were made.
"""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from tests.builders import write_book
from wpxl.plan.rounding import round_share
from wpxl.policy import Policy
from wpxl.verify.percent_bases import BASE_COUNTS_A_SUBSET, BASE_COUNTS_A_TOTAL, counts_a_total
from wpxl.verify.percent_recovery import find_recoverable

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
AREAS = {"Derby": [23, 31, 6, 5], "Buxton": [9, 14, 3, 2], "Matlock": [12, 17, 4, 3]}
ALL = [sum(counts[i] for counts in AREAS.values()) for i in range(len(GROUPS))]
BLOCKS = [*AREAS.items(), ("All areas", ALL)]


def _input(path: Path) -> Path:
    rows: list[list] = [["Job outcomes by area"], [], ["Payment group", "Job outcomes"]]
    for area, counts in BLOCKS:
        rows.append([area])
        rows += [[g, c] for g, c in zip(GROUPS, counts, strict=True)]
        rows.append(["Total", sum(counts)])
    return write_book(path, {"Areas": rows})


def _copy(path: Path, base: int) -> Path:
    """The percentage sheet's shape: every line's share of ``base``."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Job outcomes %")
    percent = book.add_format({"num_format": "0%"})
    sheet.write_row(3, 0, ["Payment group", "Job outcomes"])
    row = 4
    for area, counts in BLOCKS:
        sheet.write(row, 0, area)
        row += 1
        for group, count in [*zip(GROUPS, counts, strict=True), ("Total", sum(counts))]:
            sheet.write(row, 0, group)
            sheet.write(row, 1, round_share(count / base, 0), percent)
            row += 1
    book.close()
    return path


def test_a_base_counting_the_all_areas_block_again_is_found(tmp_path):
    source = _input(tmp_path / "in.xlsx")
    twice = find_recoverable(_copy(tmp_path / "twice.xlsx", 2 * sum(ALL)), source, Policy())
    assert [f.kind for f in twice] == [BASE_COUNTS_A_TOTAL]
    assert twice[0].part == "'Job outcomes %' B6:B27"
    right = find_recoverable(_copy(tmp_path / "right.xlsx", sum(ALL)), source, Policy())
    assert BASE_COUNTS_A_TOTAL not in [f.kind for f in right]


def test_one_coincidence_on_a_line_is_no_total():
    """One part that happens to be the sum of two others of its label is read as no total."""
    keys = [("Derby", "JSA"), ("Buxton", "JSA"), ("Matlock", "JSA"), ("Derby", "ESA")]
    assert not counts_a_total(keys, [5, 2, 3, 4])
    keys += [("Buxton", "ESA"), ("Matlock", "ESA")]
    assert counts_a_total(keys, [5, 2, 3, 9, 4, 5])


def test_a_base_counting_an_of_which_line_is_found(tmp_path):
    rows: list[list] = [["Job outcomes by payment group"], [], ["Payment group", "Job outcomes"]]
    counts = {"JSA 18-24": 23, "JSA 25+": 31, "ESA Flow": 6, "Total": 60, "of which: disabled": 14}
    source = write_book(tmp_path / "in.xlsx", {"Groups": rows + [list(x) for x in counts.items()]})
    book = xlsxwriter.Workbook(str(tmp_path / "copy.xlsx"))
    sheet = book.add_worksheet("Job outcomes %")
    percent = book.add_format({"num_format": "0%"})
    sheet.write_row(3, 0, ["Payment group", "Job outcomes"])
    base = 23 + 31 + 6 + 14  # the 'of which' line counted as a part
    for row, (label, count) in enumerate(counts.items(), start=4):
        sheet.write(row, 0, label)
        sheet.write(row, 1, round_share(count / base, 0), percent)
    book.close()
    found = find_recoverable(tmp_path / "copy.xlsx", source, Policy())
    assert BASE_COUNTS_A_SUBSET in [f.kind for f in found]
