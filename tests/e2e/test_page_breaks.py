"""A list printed over two pages through sanitise: 'Brought forward' shows the same rounded
figure as 'Carried forward' and the Total is the sum of the rounded offices (was c/f 120, b/f
100, Total 200 over offices of 220); the outcome list gives one % sheet of every office's share
of all outcomes (was two sheets of page shares)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.analyse.test_page_breaks import OFFICES, printed_list
from tests.builders import write_book
from tests.e2e.runs import sanitised_beside


def _sanitised(
    tmp_path: Path,
    measure: str,
    off: int = 0,
    labels: tuple[str, str] = ("Carried forward", "Brought forward"),
) -> openpyxl.Workbook:
    rows = printed_list(measure, *labels, off)
    source = write_book(tmp_path / "offices.xlsx", {"Offices": rows})
    return openpyxl.load_workbook(sanitised_beside(source)[0], data_only=True)


def _by_label(sheet) -> dict[str, list[object]]:
    lines: dict[str, list[object]] = {}
    for row in sheet.iter_rows(min_col=1, max_col=2, values_only=True):
        if isinstance(row[0], str):
            lines.setdefault(row[0], []).append(row[1])
    return lines


def test_brought_forward_is_carried_forward_and_the_total_adds_the_rounded_offices(tmp_path):
    lines = _by_label(_sanitised(tmp_path, "Referrals")["Offices"])
    offices = [lines[o][0] for page in OFFICES for o, _ in page]
    assert all(v % 20 == 0 for v in offices)
    page1 = sum(lines[o][0] for o, _ in OFFICES[0])
    assert lines["Carried forward"] == lines["Brought forward"] == [page1]
    assert lines["Total"] == [sum(offices)]
    assert lines["Office"] == ["Referrals", "Referrals"]  # page 2's header kept as words


def test_a_brought_forward_that_differs_is_rounded_on_its_own(tmp_path):
    lines = _by_label(_sanitised(tmp_path, "Referrals", off=1)["Offices"])
    assert lines["Brought forward"] == [100]  # 105 rounded alone; no total over c/f
    assert lines["Carried forward"] == [120]


def test_outcomes_over_two_pages_give_one_sheet_of_shares_of_all_outcomes(tmp_path):
    book = _sanitised(tmp_path, "Job outcomes")
    (sheet,) = [s for s in book.worksheets if s.title.endswith("%")]
    lines = _by_label(sheet)
    everyone = sum(v for page in OFFICES for _, v in page)
    for office, volume in [*OFFICES[0], *OFFICES[1]]:
        assert abs(lines[office][0] - volume / everyone) <= 0.01
    offices = sum(lines[o][0] for page in OFFICES for o, _ in page)
    assert abs(offices - 1) <= 0.03 and lines["Total"] == [1]


def test_page_words_after_carried_and_brought_forward_join_the_pages_the_same(tmp_path):
    labels = ("Carried forward to page 2", "Brought forward from page 1")
    lines = _by_label(_sanitised(tmp_path, "Referrals", labels=labels)["Offices"])
    offices = [lines[o][0] for page in OFFICES for o, _ in page]
    page1 = sum(lines[o][0] for o, _ in OFFICES[0])
    assert lines[labels[0]] == lines[labels[1]] == [page1]
    assert lines["Total"] == [sum(offices)]
