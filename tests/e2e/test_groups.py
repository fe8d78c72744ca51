"""Sanitising a group of sheets at a time gives exactly the workbook planned all at once."""

from __future__ import annotations

import gc
import zipfile
from dataclasses import replace
from pathlib import Path
from types import FunctionType

from tests.builders import referrals_table, write_book
from wpxl.analyse import analyse_workbook
from wpxl.plan import make_plan
from wpxl.read import read_workbook, survey_workbook
from wpxl.sanitise import sanitise_file
from wpxl.write import write_plan

OUTCOMES = [
    ["Job outcomes by payment group"],
    [],
    ["Payment group", "Apr 2013", "May 2013"],
    ["JSA 18-24", 41, 37],
    ["JSA 25+", 29, 53],
]


def _book(tmp_path: Path) -> Path:
    return write_book(
        tmp_path / "pack.xlsx",
        {
            # quotes a figure (307) that only the third sheet holds: removed, though planned
            # before that sheet was read
            "Notes": [["About these figures"], ["May in JSA 25+ was 307 before checking"]],
            "North": referrals_table([[121, 93], [307, 111]]),
            "Summary": [
                ["Referrals summary"],
                [],
                ["Area", "Referrals"],
                ["All areas", "=North!D6+South!D6"],
            ],
            "South": referrals_table([[64, 82], [15, 230]]),
            "Outcomes": OUTCOMES,
            "Workings": [["Unrounded extract"], [4321]],
        },
        hidden=("Workings",),
        cached={("Summary", "B4"): 1023},
    )


def test_groups_give_the_same_bytes_as_the_whole_workbook_planned_at_once(tmp_path, job):
    source = _book(tmp_path)
    assert len(survey_workbook(source).groups) == 4  # Notes | North..South | Outcomes | Workings
    grouped = Path(sanitise_file(source, job).output)
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, job.policy), job.policy, job.audience)
    whole = tmp_path / "whole.xlsx"
    write_plan(plan, whole, job.policy.title, job.audience.produced)
    assert grouped.read_bytes() == whole.read_bytes()
    with zipfile.ZipFile(grouped) as package:
        text = b"".join(package.read(n) for n in package.namelist())
    assert b"before checking" not in text  # the note quoting 307 went
    assert b"Job outcomes %" in text and b"Unrounded extract" not in text
    assert b"<f>SUM(North!D8,South!D8)</f>" in text  # a total across groups, proved after writing


def test_a_removed_note_is_named_on_the_cover_and_in_the_result(tmp_path, job):
    result = sanitise_file(_book(tmp_path), job)
    assert any(r.kind == "text" and r.where == "'Notes' A2" for r in result.removed)  # input's


def test_a_total_across_sheets_is_proved_against_the_written_parts(tmp_path, job):
    from tests.robustness.conftest import rewrite_package
    from wpxl.verify import verify_output

    source = _book(tmp_path)
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, job.policy), job.policy, job.audience)
    output = tmp_path / "whole.xlsx"
    write_plan(plan, output, job.policy.title, job.audience.produced)
    assert verify_output(output, plan, 20) == []
    # a part on a later sheet changed: the summary's total no longer adds up its parts
    part = "xl/worksheets/sheet5.xml"  # South, written after the summary
    with zipfile.ZipFile(output) as package:
        south = package.read(part)
    changed = south.replace(b"<f>SUM(D6:D7)</f><v>400</v>", b"<f>SUM(D6:D7)</f><v>420</v>")
    assert changed != south
    tampered = rewrite_package(output, tmp_path / "t.xlsx", {part: changed})
    kinds = {(f.part, f.kind) for f in verify_output(tampered, plan, 20)}
    assert ("'Summary' B6", "a total whose formula does not give its value") in kinds


def test_independent_sheets_are_read_and_planned_one_at_a_time(tmp_path, job, monkeypatch):
    """Read here (no workers: wpxl.ahead's are tested in test_ahead), a group at a time."""
    import wpxl.ahead

    sheets = {f"Area {i}": referrals_table([[121 + i, 93], [307, 111]]) for i in range(5)}
    source = write_book(tmp_path / "areas.xlsx", sheets)
    read = wpxl.ahead.read_sheets
    seen: list[list[str]] = []

    def spy(survey, indexes, keep=None):
        book = read(survey, indexes, keep)
        seen.append([s.name for s in book.sheets])
        return book

    monkeypatch.setattr(wpxl.ahead, "read_sheets", spy)
    result = sanitise_file(source, replace(job, ahead=False))
    assert seen == [[name] for name in sheets]
    assert result.sheets == 6  # the cover and the five areas


def test_tables_in_different_groups_are_still_compared_for_differencing(tmp_path, job):
    council = [["Referrals by local authority"], [], ["Local authority", "Apr 2013 to May 2013"]]
    council += [["Ashby Vale", 250], ["Holmcroft", 211], ["Redfern", 171]]  # 632 again
    sheets = {
        "All groups": referrals_table([[121, 93], [307, 111]]),
        "JSA 18-24": referrals_table([[121, 93]]),
        "By council": council,
    }
    source = write_book(tmp_path / "pack.xlsx", sheets)
    assert survey_workbook(source).groups == [[0], [1], [2]]
    found = {
        (w.code, w.tables)
        for w in sanitise_file(source, job).warnings
        if w.code.startswith("overlap")
    }
    assert found == {
        (
            "overlap-subset",
            (
                "table 'Referrals by payment group' on 'JSA 18-24'",
                "table 'Referrals by payment group' on 'All groups'",
            ),
        ),
        (
            "overlap-population",
            (
                "table 'Referrals by payment group' on 'All groups'",
                "table 'Referrals by local authority' on 'By council'",
            ),
        ),
    }


def _subtotal_book(path: Path) -> Path:
    """A grand SUBTOTAL over every row, the two groups' SUBTOTALs inside it (read as a total
    over those two); and the same tree typed as figures."""
    return write_book(
        path,
        {
            "Referrals": [
                ["Referrals by area"],
                [],
                ["Area", "Apr 2013", "May 2013"],
                ["North East", 121, 93],
                ["North West", 307, 111],
                ["North", "=SUBTOTAL(9,B4:B5)", "=SUBTOTAL(9,C4:C5)"],
                ["South East", 64, 82],
                ["South West", 15, 230],
                ["South", "=SUBTOTAL(9,B7:B8)", "=SUBTOTAL(9,C7:C8)"],
                ["All areas", "=SUBTOTAL(9,B4:B9)", "=SUBTOTAL(9,C4:C9)"],
            ],
            "Job starts": [
                ["Job starts by area"],
                [],
                ["Area", "Apr 2013", "May 2013"],
                ["North East", 21, 33],
                ["North West", 37, 11],
                ["North", 58, 44],
                ["South East", 64, 12],
                ["South West", 15, 23],
                ["South", 79, 35],
                ["All areas", 137, 79],
            ],
        },
        cached={
            ("Referrals", "B6"): 428, ("Referrals", "C6"): 204,
            ("Referrals", "B9"): 79, ("Referrals", "C9"): 312,
            ("Referrals", "B10"): 507, ("Referrals", "C10"): 516,
        },
    )  # fmt: skip


def test_a_sheets_reading_is_freed_with_its_group_not_left_in_a_reference_cycle(tmp_path, job):
    """Memory holds one group of sheets because each group's model is freed as the next is
    read: a closure of wpxl's calling itself (or held by what it handles) is a reference cycle
    that kept a table's totals alive until the collector, asked rarely, ran."""
    source = _subtotal_book(tmp_path / "subtotals.xlsx")
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what the collector finds is kept in gc.garbage to be read
    try:
        result = sanitise_file(source, job)
        gc.collect()
        cyclic = sorted(
            f"{o.__module__}.{o.__qualname__}"
            for o in gc.garbage
            if isinstance(o, FunctionType) and o.__module__.startswith("wpxl")
        )
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert result.totals_rebuilt == 12  # the trees were read: every total rebuilt
    assert cyclic == []
