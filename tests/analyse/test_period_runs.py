"""Quarters and halves typed after all the months they add up are totals over those months."""

from __future__ import annotations

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook

MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
GROUPS = {"JSA 18-24": [21, 33, 17, 40, 12, 9], "JSA 25+": [37, 11, 52, 8, 26, 31]}


def _by_columns() -> list[list[object]]:
    rows: list[list[object]] = [
        ["Referrals by payment group, April to September 2024"],
        [],
        ["Payment group", *MONTHS, "Q1", "Q2", "H1"],
    ]
    for group, v in GROUPS.items():
        rows.append([group, *v, sum(v[:3]), sum(v[3:]), sum(v)])
    return rows


def test_quarters_after_every_month_are_totals_over_their_own_months(tmp_path):
    """Q1 stands after September, away from April to June: no tree reads it, and rounded on
    its own it would not be the sum of its rounded months."""
    book = read_workbook(write_book(tmp_path / "q.xlsx", {"Referrals": _by_columns()}))
    analysis = analyse_workbook(book, Policy())[0]
    totals = analysis.tables[0].totals
    for row in (3, 4):
        assert analysis.roles[(row, 7)] is Role.TOTAL
        assert totals[(row, 7)] == tuple(("Referrals", row, c) for c in (1, 2, 3))
        assert totals[(row, 8)] == tuple(("Referrals", row, c) for c in (4, 5, 6))
        assert analysis.roles[(row, 9)] is Role.TOTAL  # H1: over the months, or the quarters
        assert analysis.roles[(row, 1)] is Role.COUNT


def test_quarter_rows_at_the_foot_are_totals_and_a_chance_match_is_not(tmp_path):
    """Transposed: months as rows, 'Q1 2024/25' and 'April to September' after them. A line
    named as a span that equals no run of months (a chance figure) stays a count."""
    rows: list[list[object]] = [["Referrals by month, 2024/25"], [], ["Month", "Derby", "Erewash"]]
    derby, erewash = [12, 30, 41, 7, 19, 26], [5, 44, 13, 22, 31, 8]
    months = ["April", "May", "June", "July", "August", "September"]
    rows += [[m, d, e] for m, d, e in zip(months, derby, erewash, strict=True)]
    rows.append(["Q1 2024/25", sum(derby[:3]), sum(erewash[:3])])
    rows.append(["Q2 2024/25", 50, 51])  # no run of months adds up to these
    rows.append(["April to September", sum(derby), sum(erewash)])
    book = read_workbook(write_book(tmp_path / "rows.xlsx", {"Referrals": rows}))
    analysis = analyse_workbook(book, Policy())[0]
    totals = analysis.tables[0].totals
    assert totals[(9, 1)] == tuple(("Referrals", r, 1) for r in (3, 4, 5))
    assert analysis.roles[(10, 1)] is Role.COUNT and analysis.roles[(10, 2)] is Role.COUNT
    assert analysis.roles[(11, 1)] is Role.TOTAL
