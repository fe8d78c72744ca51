"""A typed total over the lines its label names, wherever they stand, is a total over them."""

from __future__ import annotations

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook

GROUPS = {
    "JSA 18 to 24": [41, 17, 63],
    "ESA volunteers": [12, 30, 8],
    "JSA 25 and over": [55, 61, 27],
    "ESA flow": [19, 23, 44],
    "JSA early access": [7, 15, 9],
}


def _analysis(tmp_path, extra: list[list[object]]):
    rows: list[list[object]] = [
        ["Referrals by payment group, October to December 2024"],
        [],
        ["Payment group", "Oct", "Nov", "Dec"],
    ]
    rows += [[label, *figures] for label, figures in GROUPS.items()]
    rows.append(["Total", *(f"=SUM({c}4:{c}8)" for c in "BCD")])
    rows += extra
    cached = {
        ("Referrals", f"{c}9"): sum(v[i] for v in GROUPS.values()) for i, c in enumerate("BCD")
    }
    source = write_book(tmp_path / "groups.xlsx", {"Referrals": rows}, cached=cached)
    return analyse_workbook(read_workbook(source), Policy())[0]


def _sum(labels: list[str]) -> list[int]:
    return [sum(GROUPS[g][i] for g in labels) for i in range(3)]


def test_all_esa_groups_is_a_total_over_the_rows_it_names_between_others(tmp_path):
    """'All ESA groups' adds up rows 5 and 7, between JSA rows: typed, it was rounded on its
    own."""
    analysis = _analysis(tmp_path, [["All ESA groups", *_sum(["ESA volunteers", "ESA flow"])]])
    totals = analysis.tables[0].totals
    assert [totals[(9, c)] for c in (1, 3)] == [
        (("Referrals", 4, c), ("Referrals", 6, c)) for c in (1, 3)
    ]


def test_a_total_excluding_a_group_is_a_total_over_every_other_group(tmp_path):
    rest = [g for g in GROUPS if g != "JSA early access"]
    analysis = _analysis(tmp_path, [["Total excl. early access", *_sum(rest)]])
    assert analysis.tables[0].totals[(9, 2)] == tuple(("Referrals", r, 2) for r in (3, 4, 5, 6))


def test_a_line_whose_label_names_groups_it_does_not_add_up_stays_a_count(tmp_path):
    """'All ESA groups' that is not their sum (the figures of another period) is no total."""
    esa = _sum(["ESA volunteers", "ESA flow"])
    analysis = _analysis(tmp_path, [["All ESA groups", esa[0] + 1, esa[1], esa[2] - 2]])
    assert [analysis.roles[(9, c)] for c in (1, 2, 3)] == [Role.COUNT] * 3
