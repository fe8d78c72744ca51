"""Session 39, speedm: where the peak memory of a large sanitise comes from (issue 17).

Measured on the benchmark's MI books (benchmarks/workbooks.py: 1M cells in 16 sheets and in 2,
250k and 1M cells in one sheet), each process's proportional set size sampled through the run:
on 2 sheets, the worker that reads and analyses the second sheet beside the first (wpxl.ahead
``_beside``) sent its group back and then sat idle, still holding 160 MB it had freed but not
given back, until this process asked for that group, after planning the whole first sheet (the
largest process's own peak): the two held 540 MB between them for the length of that planning.
The worker is now told to end as soon as its last group is sent, so it gives everything back
while this process plans.

The test checks what can be checked without timing or measuring memory: the worker is gone
before its group is asked for (tests/e2e/test_ahead.py holds the copy the same either way).
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest

from tests.builders import quarter_by_payment_group, write_book
from wpxl.ahead import analysed_groups
from wpxl.cores import fork_context
from wpxl.policy import Policy
from wpxl.read import survey_workbook
from wpxl.read.kept import KeptSheets

forked = pytest.mark.skipif(fork_context() is None, reason="workers are forked, not here")


def _two_sheets(tmp_path: Path) -> Path:
    sheets = {
        "Referrals": quarter_by_payment_group("Referrals", 1),
        "Job starts": quarter_by_payment_group("Job starts", 2),
    }
    return write_book(tmp_path / "two.xlsx", sheets)


def _gone(seconds: float) -> bool:
    """Whether every worker process this one started has ended within ``seconds``."""
    deadline = time.monotonic() + seconds
    while multiprocessing.active_children():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@forked
def test_the_worker_ends_once_its_last_group_is_done_not_when_it_is_asked_for(tmp_path):
    survey = survey_workbook(_two_sheets(tmp_path))
    assert len(survey.groups) == 2
    with KeptSheets() as kept:
        groups = analysed_groups(survey, Policy(), kept)
        first = next(groups)  # read here, while the worker analysed the second
        assert [s.name for s in first.book.sheets] == ["Referrals"]
        # the first group is planned now, for as long as it takes: the worker, its group on
        # disk, must not sit holding what it used meanwhile
        assert _gone(30.0)
        second = next(groups)
        assert [s.name for s in second.book.sheets] == ["Job starts"]
        assert second.analyses is not None and kept.get(1) is not None
        assert next(groups, None) is None
