"""A list printed over two pages ('Carried forward', the header again, 'Brought forward'): read
as one table, the repeated header a header, 'Brought forward' a total over 'Carried forward'
and the foot Total over the offices; a 'Brought forward' that differs is read as before."""

from __future__ import annotations

import pytest

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook

OFFICES = [("Derby", 37), ("Chesterfield", 53), ("Buxton", 14)], [
    ("Matlock", 27), ("Ilkeston", 41), ("Belper", 33)
]  # fmt: skip


def printed_list(measure: str, carried: str, brought: str, off: int = 0) -> list[list[object]]:
    """Title, header, page 1, c/f, a blank row, the header again, b/f (``off`` from c/f),
    page 2, Total (of b/f and page 2): rows 0 to 13 as a two-page print lays them out."""
    page1, page2 = OFFICES
    forward = sum(v for _, v in page1)
    rows: list[list[object]] = [[f"{measure} by office, April 2013"], [], ["Office", measure]]
    rows += [[o, v] for o, v in page1] + [[carried, forward], [], ["Office", measure]]
    rows += [[brought, forward + off]] + [[o, v] for o, v in page2]
    return [*rows, ["Total", forward + off + sum(v for _, v in page2)]]


def _analysed(tmp_path, rows):
    book = read_workbook(write_book(tmp_path / "book.xlsx", {"Referrals": rows}))
    (analysis,) = analyse_workbook(book, Policy())
    return analysis


@pytest.mark.parametrize(
    ("carried", "brought"),
    [("Carried forward", "Brought forward"), ("c/f", "b/f"), ("C/fwd", "B/fwd"),
     ("Carried fwd", "Brought fwd"), ("Carried forward to page 2", "Brought forward from page 1"),
     ("c/f to next page", "b/f from previous page"), ("Carried forward to p.2", "B/f from p. 1"),
     ("Carried forward overleaf", "Brought forward")],
)  # fmt: skip
def test_a_list_printed_over_two_pages_is_one_table(tmp_path, carried, brought):
    analysis = _analysed(tmp_path, printed_list("Referrals", carried, brought))
    (table,) = analysis.tables
    roles, totals = analysis.roles, table.totals
    assert roles[(8, 0)] is Role.HEADER and roles[(8, 1)] is Role.HEADER  # page 2's header
    assert 8 not in table.body_rows
    assert roles[(6, 1)] is Role.TOTAL  # c/f over page 1
    assert totals[(6, 1)] == tuple(("Referrals", r, 1) for r in (3, 4, 5))
    assert roles[(9, 1)] is Role.TOTAL and totals[(9, 1)] == (("Referrals", 6, 1),)
    assert roles[(13, 1)] is Role.TOTAL
    assert totals[(13, 1)] == tuple(("Referrals", r, 1) for r in (9, 10, 11, 12))
    assert {6, 9, 13} <= table.total_rows
    leaves = [r for r in table.body_rows if roles.get((r, 1)) is Role.COUNT]
    assert leaves == [3, 4, 5, 10, 11, 12]


def test_a_brought_forward_off_by_one_from_carried_forward_leaves_two_tables(tmp_path):
    analysis = _analysed(tmp_path, printed_list("Referrals", "Carried forward", "Brought forward",
                                                off=1))  # fmt: skip
    assert len(analysis.tables) == 2
    assert analysis.roles[(9, 1)] is Role.COUNT  # rounded on its own, as before
