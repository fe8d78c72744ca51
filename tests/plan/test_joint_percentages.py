"""Breakdowns on one true base are searched together, across the book's percentage sheets.

Job outcomes in April 2013 by payment group (2, 13, 1, 35) and by disability (26, 25) show as
4/25/2/69 % and 51/49 %. Alone the first fits a smallest base of 48 and the second 35, so
neither gives its base back; but the smallest base both fit is 51, the true volume, and every
count is pinned there. The plan makes one of them coarser; the arithmetic is checked against
a reader's brute-force search.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from tests.builders import write_book
from tests.readers import STEPS, fits
from wpxl.model.layout import BANNER_ROWS
from wpxl.model.recovery import (
    COARSE_STEPS,
    jointly_gives_back,
    readings,
)
from wpxl.plan.coarsen import share_on_step
from wpxl.plan.rounding import round_share
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
BY_GROUP = [2, 13, 1, 35]
BY_DISABILITY = [26, 25]


def _shares(counts: list[int]) -> list[float]:
    return [round_share(c / sum(counts), 0) for c in counts]


def _smallest_joint(lines: list[list[float]], upto: int) -> int | None:
    return next((n for n in range(20, upto + 1) if all(fits(s, n) for s in lines)), None)


def test_two_breakdowns_give_their_shared_base_back_though_neither_does_alone():
    by_group, by_disability = _shares(BY_GROUP), _shares(BY_DISABILITY)
    base = sum(BY_GROUP)
    alone = [min(r.base for r in readings(s, STEPS, 20)) for s in (by_group, by_disability)]
    assert base not in alone and all(b < base for b in alone)
    assert _smallest_joint([by_group, by_disability], base) == base
    assert jointly_gives_back([(by_group, []), (by_disability, [])], base, STEPS, 20)


def test_the_disability_breakdown_to_the_nearest_5_percent_gives_the_base_back_no_more():
    by_group = _shares(BY_GROUP)
    base = sum(BY_GROUP)
    coarse = [share_on_step(c, base, COARSE_STEPS[0]) for c in BY_DISABILITY]
    assert _smallest_joint([by_group, coarse], base) != base
    assert not jointly_gives_back([(by_group, []), (coarse, [])], base, STEPS, 20)


def test_one_breakdown_alone_is_never_a_joint_search():
    assert not jointly_gives_back([(_shares(BY_GROUP), [])], sum(BY_GROUP), STEPS, 20)


@given(
    first=st.lists(st.integers(0, 30), min_size=2, max_size=4),
    split=st.integers(0, 120),
)
def test_the_joint_search_agrees_with_a_reader_trying_every_base(first, split):
    """Two breakdowns of one base (the second splits it in two), searched base by base from
    the small-base threshold up, as a reader would."""
    base = sum(first)
    if base < 20:
        return
    second = [min(split, base), base - min(split, base)]
    lines = [_shares(first), _shares(second)]
    expected = _smallest_joint(lines, base) == base
    assert jointly_gives_back([(s, []) for s in lines], base, STEPS, 20) == expected


def _book(path: Path, one_sheet: bool = False) -> Path:
    """The outcomes by payment group and by disability, each under its own title, on two
    sheets or on one."""

    def table(title: str, corner: str, labels: list[str], counts: list[int]) -> list[list]:
        rows: list[list] = [[title], [], [corner, "Job outcomes"]]
        rows += [[label, count] for label, count in zip(labels, counts, strict=True)]
        return [*rows, ["Total", sum(counts)]]

    by_group = table(
        "Job outcomes by payment group, Derby, April 2013", "Payment group", GROUPS, BY_GROUP
    )
    labels = ["Disabled", "Not disabled"]
    by_disability = table(
        "Job outcomes by disability, Derby, April 2013", "Disability", labels, BY_DISABILITY
    )
    if one_sheet:
        return write_book(path, {"Outcomes": [*by_group, [], [], *by_disability]})
    return write_book(path, {"By payment group": by_group, "By disability": by_disability})


def _percent_sheets(output: Path) -> dict[str, list[object]]:
    book = openpyxl.load_workbook(output)
    return {
        ws.title: [c.value for row in ws.iter_rows(min_row=BANNER_ROWS + 5) for c in row[1:2]]
        for ws in book
        if ws.title.endswith("%")
    }


def _reader_gets_the_base_back(sheets: dict[str, list[object]], base: int) -> bool:
    lines = [[v for v in shown[:-1] if isinstance(v, float)] for shown in sheets.values()]
    return _smallest_joint([line for line in lines if len(line) >= 2], base) == base


def test_the_breakdown_with_fewer_groups_is_made_coarser_and_warned(tmp_path, job):
    result = sanitise_file(_book(tmp_path / "joint.xlsx"), job)
    sheets = _percent_sheets(Path(result.output))
    assert len(sheets) == 2
    assert not _reader_gets_the_base_back(sheets, sum(BY_GROUP))
    assert sheets["Job outcomes %"][:4] == _shares(BY_GROUP)  # the four groups as they were
    warned = [w for w in result.warnings if w.code.startswith("percentages-")]
    assert [(w.code, w.where) for w in warned] == [
        ("percentages-coarsened", "'Job outcomes 2 %' B7:B9")
    ]
    note = openpyxl.load_workbook(result.output)["Job outcomes 2 %"].cell(BANNER_ROWS + 3, 1)
    assert str(note.value).startswith("Some of these percentages are of so few job outcomes")


def test_two_tables_on_one_sheet_are_searched_together_too(tmp_path, job):
    result = sanitise_file(_book(tmp_path / "joint.xlsx", one_sheet=True), job)
    sheets = _percent_sheets(Path(result.output))
    assert len(sheets) == 2
    assert not _reader_gets_the_base_back(sheets, sum(BY_GROUP))
    assert any(w.code == "percentages-coarsened" for w in result.warnings)


def test_the_months_of_one_table_on_equal_bases_are_not_searched_together(tmp_path, job):
    """April's and May's columns of one table both count 51 outcomes: a reader knows two months
    are two populations, so neither is made coarser (each gives nothing back alone)."""
    rows: list[list] = [["Job outcomes by payment group and month"], []]
    rows.append(["Payment group", "Apr 2013", "May 2013"])
    may = [13, 2, 35, 1]
    rows += [[g, a, m] for g, a, m in zip(GROUPS, BY_GROUP, may, strict=True)]
    rows.append(["Total", sum(BY_GROUP), sum(may)])
    result = sanitise_file(write_book(tmp_path / "months.xlsx", {"Outcomes": rows}), job)
    assert not [w for w in result.warnings if w.code.startswith("percentages-")]
    ws = openpyxl.load_workbook(result.output)["Job outcomes %"]
    first = BANNER_ROWS + 5
    shown = [[ws.cell(first + i, 2 + j).value for i in range(4)] for j in range(2)]
    assert shown == [_shares(BY_GROUP), _shares(may)]
