"""A sustainment line named with its length of time abbreviated (session 34).

A performance sheet's last line, 'Continuous employment (26 wks)', holds sustainments beside
the referrals and job starts. Its figures went to the percentage sheet as they should, but
the plan read '(26 wks)' as an amount stated about outcomes (a figure in brackets) and took
the label out of both sheets: the percentage sheet showed a line of shares with no name. '(26
weeks)' was read as the length of time it is; 'wks', 'mths', 'yrs', 'hrs' and 'mins' were not
(plan/quoting ``_NAMES``). The proof already read them so (verify/amounts ``_TIME_UNIT``).
A number stated beside them is still an amount: 'Sustained (26 wks): 137' is removed.
"""

from __future__ import annotations

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.builders import write_book
from wpxl.cli import app


def _sanitised(tmp_path, label: str) -> openpyxl.Workbook:
    rows = [
        ["Work Programme performance, Leeds district"],
        [],
        ["Measure", "Apr 2013", "May 2013", "Jun 2013", "Total"],
        ["Referrals", 412, 388, 397, 1197],
        ["Job starts", 133, 127, 141, 401],
        [label, 37, 41, 29, 107],
    ]
    source = write_book(tmp_path / "pack.xlsx", {"Performance": rows})
    result = CliRunner().invoke(app, ["sanitise", str(source)])
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(tmp_path / "pack-sanitised.xlsx", data_only=True)


def _texts(sheet) -> list[str]:
    return [v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]


@pytest.mark.parametrize(
    "label",
    ["Continuous employment (26 wks)", "Sustainments (13 wk)", "Sustained (6 mths)"],
)
def test_a_sustainment_line_keeps_its_abbreviated_length_of_time(tmp_path, label):
    book = _sanitised(tmp_path, label)
    assert label in _texts(book["Performance"])
    [shares] = [s for s in book.worksheets if s.title.endswith("%")]
    [line] = [r for r in shares.iter_rows(values_only=True) if r[0] == label]
    assert line[1:5] == pytest.approx((37 / 107, 41 / 107, 29 / 107, 1), abs=0.005)


def test_a_count_stated_beside_the_length_of_time_is_still_removed(tmp_path):
    book = _sanitised(tmp_path, "Sustained (26 wks): 137")
    texts = [t for sheet in book.worksheets for t in _texts(sheet)]
    assert not any("137" in t for t in texts)
