"""The proof reads a heading centred across a selection for itself, as it reads a merged one.

The copy is the real copy of a real input, planned from the input as read with its
centre-across runs forgotten and its headings read over their first cells only (as an analyse
stage blind to them would plan it): the columns under
'Job outcomes' but its first are carried as rounded referrals, the title's measure. The proof,
re-reading the input itself, must refuse each of them."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook, roles
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.write import write_plan

VOLUME = "an outcome or sustainment volume"


def _pack(path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Derby")
    ws.write(0, 0, "Referrals by payment group, Derby")
    across = book.add_format({"center_across": True})
    for first, heading in ((1, "Referrals"), (4, "Job outcomes")):
        ws.write(2, first, heading, across)
        for col in (first + 1, first + 2):
            ws.write_blank(2, col, None, across)
    ws.write_row(3, 0, ["Payment group"] + ["Apr 2013", "May 2013", "Jun 2013"] * 2)
    ws.write_row(4, 0, ["JSA 18-24", 1234, 1517, 1388, 137, 163, 151])
    ws.write_row(5, 0, ["JSA 25+", 2213, 2451, 2379, 211, 247, 229])
    book.close()
    return path


def test_outcomes_under_a_centred_heading_carried_as_counts_are_refused(tmp_path, monkeypatch):
    source = _pack(tmp_path / "pack.xlsx")
    book = read_workbook(source)
    for sheet in book.sheets:
        sheet.centred.clear()
    # forgotten runs leave each heading in its first cell alone, which the analyse stage reads
    # over the blank cells right of it too: a stage blind to the runs is blind to that as well
    monkeypatch.setattr(roles, "group_heads", lambda *_: {})
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    found = {f.part for f in verify_output(output, plan, 20) if f.kind == VOLUME}
    assert {"'Derby' F7", "'Derby' G7", "'Derby' F8", "'Derby' G8"} <= found
    assert "'Derby' B7" not in found  # the referrals themselves


def test_the_copy_planned_from_the_runs_passes_the_proof(tmp_path):
    source = _pack(tmp_path / "pack.xlsx")
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    assert verify_output(output, plan, 20) == []
