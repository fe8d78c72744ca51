"""Whole counts stated in thousands ('Job starts (000s)', a title '... (thousands)'): wpxl rounds
them as counts, to the nearest 20, as it has since ONS's estimates in thousands were first read
(841 shows as 840). That is coarser than the rule asks, never finer, so nothing leaks; but a
figure of 8 thousand shows as 0 and 44 thousand as 40, and until now the copy said nothing of
it. Each such table is now named on the cover and in the warnings, with its first cell and how
many, asking for the whole counts (which are then rounded to the nearest 20 people). A table
whose heads say nothing of thousands gets no such warning, and the warning quotes no figure.
"""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import line_of
from wpxl.model.layout import COVER_NAME
from wpxl.sanitise import sanitise_file

CODE = "counts-in-thousands"


def _book(tmp_path, head: str, title: str = "Job starts by region"):
    rows = [
        [title],
        [],
        ["Region", head, "Referrals"],
        ["North", 8, 44],
        ["South", 44, 131],
        ["West", 131, 8],
        ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)"],
    ]
    return write_book(tmp_path / "regions.xlsx", {"Starts": rows})


def _cover(path) -> str:
    sheet = openpyxl.load_workbook(path)[COVER_NAME]
    return " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)


def test_counts_in_thousands_are_named_on_the_cover_and_in_the_warnings(tmp_path, job):
    result = sanitise_file(_book(tmp_path, "Job starts (000s)"), job)
    (warning,) = [w for w in result.warnings if w.code == CODE]
    assert "3 of its counts (B4 and 2 more) are stated in thousands" in warning.message
    assert "give wpxl the whole counts" in warning.message
    assert "are stated in thousands and were rounded to the nearest 20" in _cover(result.output)
    copy = openpyxl.load_workbook(result.output, data_only=True)["Starts"]
    starts = [line_of(copy, region)[1] for region in ("North", "South", "West")]
    assert starts == [0, 40, 140]  # as before: coarser than the rule, never finer


@pytest.mark.parametrize("title", ["Job starts by region (thousands)", "Job starts, '000s"])
def test_a_title_in_thousands_names_every_count_of_its_table(tmp_path, job, title):
    result = sanitise_file(_book(tmp_path, "Job starts", title), job)
    (warning,) = [w for w in result.warnings if w.code == CODE]
    assert "6 of its counts (B4 and 5 more)" in warning.message


def test_counts_not_in_thousands_and_money_in_thousands_get_no_such_warning(tmp_path, job):
    plain = sanitise_file(_book(tmp_path, "Job starts"), job)
    assert not [w for w in plain.warnings if w.code == CODE]
    (tmp_path / "money").mkdir()
    money_book = _book(tmp_path / "money", "Outcome payments (£000)")
    money = sanitise_file(money_book, replace(job, out_dir=tmp_path / "money" / "out"))
    assert not [w for w in money.warnings if w.code == CODE]
