"""Session 40 (left): session 39's leftovers, each confirmed on main first.

Job outcomes broken down twice in one column ('All participants', 'Gender' over 'Male' and
'Female', 'Age' over '18-24', '25-49' and '50+'): session 39 made the plan show each breakdown
as shares of the total, but the proof would pass a copy with every share halved (both
breakdowns taken into one base: 'All participants' 50%, Male 30% where he has 60%) or a third
(the total taken in too): its reading of a line (verify/percent_recovery) takes every line not
named a total for a part of one base, and found either no input explaining the shares or the
wrong base and nothing wrong with it. The proof has its own reading now (verify/twice_broken):
a row naming the whole ('Total', 'All participants') whose count two or more runs of the line's
other parts each add up to, to the last digit, is a total broken down that many ways, and each
share must be its count over the total's; anything else is refused. With the right shares
found, the proof searched them as a reader would, which it had never done (no input explained
them as one base): each breakdown is a whole of the same base, and the ages' shares read with
the genders' gave a base of 27 outcomes back, a copy main verified (LEAK). The plan searches
each other breakdown alone and with the line's own as breakdowns of one base (plan/coarsen
``again``, the runs analyse/other_breakdowns finds), and shows such a line coarser.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl

from tests.builders import script_book
from tests.e2e.runs import copy_lines, sanitised_beside
from tests.misread import proved
from wpxl.model import Plan
from wpxl.verify.twice_broken import TWICE_COUNTED


def _by_gender_then_age(path: Path, lines: dict[str, tuple[int, int]]) -> Path:
    """Job outcomes in two quarters by gender, then by age, under 'All participants'."""
    body: list[list] = [["All participants", *lines["All participants"]], ["Gender"]]
    body += [[k, *lines[k]] for k in ("Male", "Female")] + [["Age"]]
    body += [[k, *lines[k]] for k in ("18-24", "25-49", "50+")]
    rows = [["Job outcomes by characteristic, 2013/14"], [], ["Characteristic", "Q1", "Q2"], *body]
    return script_book(path, {"Table 2": rows})


_LARGE = {
    "All participants": (1011, 957),
    "Male": (611, 557),
    "Female": (400, 400),
    "18-24": (301, 257),
    "25-49": (510, 500),
    "50+": (200, 200),
}


def _one_base(base_of: str) -> object:
    """A change showing every share of 'Job outcomes %' as its count over the sum of every
    line's count (``base_of`` 'all') or of every line's but the total's ('parts'), as a plan
    taking both breakdowns into one base would."""

    def change(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Job outcomes %")
        labels = {r: c.value for (r, col), c in sheet.cells.items() if col == 0}
        for (row, col), cell in list(sheet.cells.items()):
            if cell.kind == "percent":
                counts = {k: v[col - 1] for k, v in _LARGE.items()}
                base = sum(counts.values())
                if base_of == "parts":
                    base -= counts["All participants"]
                share = round(counts[labels[row]] / base, 2)
                sheet.cells[(row, col)] = replace(cell, value=share)

    return change


def test_the_proof_alone_refuses_two_breakdowns_taken_into_one_base(tmp_path):
    source = _by_gender_then_age(tmp_path / "twice.xlsx", _LARGE)
    assert proved(tmp_path, source) == []  # the plan's own copy: each a share of the total
    for base_of in ("parts", "all"):
        findings = proved(tmp_path, source, _one_base(base_of))
        assert {f.kind for f in findings} == {TWICE_COUNTED}, base_of
        assert [f.part for f in findings] == ["'Job outcomes %' B7:B14", "'Job outcomes %' C7:C14"]


def test_two_breakdowns_of_few_outcomes_are_searched_together(tmp_path):
    lines = {
        "All participants": (27, 57),
        "Male": (16, 30),
        "Female": (11, 27),
        "18-24": (7, 20),
        "25-49": (13, 27),
        "50+": (7, 10),
    }
    output, said = sanitised_beside(_by_gender_then_age(tmp_path / "few.xlsx", lines))
    shares = {line[0]: line[1:] for line in copy_lines(output, "Job outcomes %", 3)[6:]}
    assert [shares[k][0] for k in ("Male", "Female", "18-24", "25-49", "50+")] == [
        0.6,
        0.4,
        0.25,
        0.5,
        0.25,
    ]  # to the nearest 5 %: 59/41 and 26/48/26 % fit no smaller base than 27 together
    assert shares["Male"][1] == 0.53  # 57 outcomes: no base given back, shown as they are
    assert "'Job outcomes %' B7:B14: these percentages of job outcomes are of so few" in said
    cover = openpyxl.load_workbook(output)["About this workbook"]
    assert any("B7:B14" in str(c.value) for row in cover.iter_rows() for c in row)
