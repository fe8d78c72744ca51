"""The proof's reading of a line over the 'of which' lines that add up to it (session 25):
'Job starts | 530 | 189' over 'of which ESA' and 'of which Other' is their total, and a copy
rounding it on its own (180 over lines it shows as 20 + 180) is refused, read from the input
alone (verify/block_heads), whatever the analysis made of it: the analysis rounded it so until
session 25, and the run was refused."""

from __future__ import annotations

import pytest

from tests.builders import write_book
from tests.misread import proved
from wpxl.analyse import roles
from wpxl.verify.block_heads import GROUP_ROUNDED_ALONE


def _flows(parts: list[list]) -> list[list]:
    rows = [["Programme flows by area, 2014-15"], [], ["Measure", "Leeds", "Derby"]]
    return [*rows, ["Job starts", 530, 189], *parts]


ADDING_UP = [["  of which ESA", 238, 12], ["  of which Other", 292, 177]]


def _findings(tmp_path, parts: list[list]) -> set[str]:
    source = write_book(tmp_path / "flows.xlsx", {"Job starts": _flows(parts)})
    return {f.part for f in proved(tmp_path, source) if f.kind == GROUP_ROUNDED_ALONE}


def test_a_line_rounded_on_its_own_over_its_breakdown_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(roles, "of_which_totals", lambda *_: {})  # the analysis as it was
    assert _findings(tmp_path, ADDING_UP) == {"'Job starts' C6"}  # 540 = 240 + 300 in B6


def test_the_line_as_the_sum_of_its_breakdown_passes(tmp_path):
    assert _findings(tmp_path, ADDING_UP) == set()


@pytest.mark.parametrize(
    "parts",
    [
        [["  of which ESA", 238, 12], ["  of which JSA", 212, 97]],  # short of the line
        [["  of which ESA", 238, 12]],  # one line
        [["ESA", 238, 12], ["Other", 292, 177]],  # no 'of which': the trees' reading
    ],
)
def test_lines_that_are_no_whole_breakdown_ask_nothing(tmp_path, monkeypatch, parts):
    monkeypatch.setattr(roles, "of_which_totals", lambda *_: {})
    assert _findings(tmp_path, parts) == set()
