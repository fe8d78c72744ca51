"""Layouts generated at random with their truth (tests/e2e/generated_layouts): each workbook is
sanitised and its copy read back against the truth, by code that shares nothing with wpxl.

Eighty workbooks, each one to three sheets of one or two tables: areas under regions under
countries with their lines above or below, one label column set in by spaces or a column each,
period columns of six kinds (month codes among them), typed totals, SUMs or chains of '+', a
Total column after them, before them or none, a line over the header, a blank row under it,
notes, tables stacked or side by side, job outcomes stacked under some. Every one must be
sanitised (none refused) and show every label as written, every count rounded to 20, every
total a live formula showing the sum of the rounded counts it covers, and no outcome figure.
Sessions 27 and 28 found their misreadings so (tests/e2e/test_hunted_s27_generated.py,
tests/e2e/test_hunted_s28_generated.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.e2e.generated_layouts import misshown, workbook
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file


@pytest.mark.parametrize("seed", range(80))
def test_a_generated_workbook_shows_its_truth(tmp_path, seed):
    source = tmp_path / "generated.xlsx"  # no number: the cover names the file
    truth = workbook(seed, source)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    result = sanitise_file(source, job)
    assert misshown(result.output, truth) == []
