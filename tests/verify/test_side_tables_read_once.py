"""The proof reads a header run's second tables once for the run, not once for each column.

To tell which table a figure's title is over, the proof finds the run of cells through the
figure's header and, in it, the label columns of tables set beside the first with no blank
column between (wpxl.verify.side_tables), each read by walking every column of the run down
its table. Asked afresh for each column of the run, that is the run's width squared times its
length: MoJ's prison population workbook, wide date headers over long tables, took its proof
minutes (more than five of CPU), where its reading of the same layout took seconds. Each run's
label columns are now read once (sheet_words.run_through's ``side``), with the same answers.
"""

from __future__ import annotations

from collections import Counter

import wpxl.verify.sheet_words
from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.e2e.test_side_by_side_titles import OUTCOMES, REFERRALS, side_by_side
from wpxl.analyse import analyse_workbook
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.write import write_plan


def test_each_header_run_has_its_side_tables_read_once(tmp_path, monkeypatch):
    source = write_book(tmp_path / "pack.xlsx", {"Pack": side_by_side(REFERRALS, OUTCOMES)})
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    asked: Counter[tuple[int, int, int]] = Counter()
    reads = wpxl.verify.sheet_words.label_columns

    def counted(sheet, row, first, last):
        asked[(row, first, last)] += 1
        return reads(sheet, row, first, last)

    monkeypatch.setattr(wpxl.verify.sheet_words, "label_columns", counted)
    assert verify_output(output, plan, 20) == []
    assert asked  # the titles were asked over the runs
    assert max(asked.values()) == 1
