"""The guidance rounds to the nearest 20: the proof holds that whatever the policy says, so a
policy of a finer base (a stray wpxl.toml of 10) cannot publish what the guidance forbids."""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from tests.builders import referrals_table, write_book
from wpxl.errors import VerificationError
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file


def _pack(tmp_path):
    return write_book(
        tmp_path / "pack.xlsx", {"Referrals": referrals_table([[137, 93], [307, 111]])}
    )


@pytest.mark.parametrize("base", [10, 1, 30])
def test_a_copy_rounded_finer_than_twenty_is_refused(tmp_path, job: Job, base):
    with pytest.raises(VerificationError, match=f"counts rounded to the nearest {base}, not 20"):
        sanitise_file(_pack(tmp_path), replace(job, policy=Policy(rounding_base=base)))
    assert not list((tmp_path / "out").glob("*.xlsx"))


def test_a_coarser_multiple_of_twenty_is_allowed(tmp_path, job: Job):
    result = sanitise_file(_pack(tmp_path), replace(job, policy=Policy(rounding_base=100)))
    sheet = openpyxl.load_workbook(result.output, data_only=True)["Referrals"]
    figures = [c.value for row in sheet.iter_rows(min_row=4) for c in row if type(c.value) is int]
    assert figures and all(f % 100 == 0 for f in figures)
