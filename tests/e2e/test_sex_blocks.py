"""MoJ-like tables of offences by sex generated at random with their truth
(tests/e2e/sex_blocks): each workbook is sanitised and its copy read back against the truth, by
code that shares nothing with wpxl. Every count must be rounded and every sum (a group's total,
a sex's line, a line of both sexes) a live formula. Session 28 found its misreadings so
(tests/e2e/test_hunted_s28_real.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.e2e.sex_blocks import misshown, workbook
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file


@pytest.mark.parametrize("seed", range(30))
def test_a_generated_table_of_sexes_shows_its_truth(tmp_path, seed):
    source = tmp_path / "sexes.xlsx"  # no number: the cover names the file
    truth = workbook(seed, source)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    result = sanitise_file(source, job)
    assert misshown(result.output, truth) == []
