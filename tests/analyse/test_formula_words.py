"""Words a formula makes from other cells are removed; words a formula merely states are kept."""

from __future__ import annotations

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.analyse.cells import WORDS_FROM_CELLS
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook

BAR = "|"


def test_in_cell_bars_drawn_from_counts_are_removed_and_stated_words_kept(tmp_path):
    """``=REPT("|",B4)`` draws a bar as long as the true count, with no digit a figure check
    could find: inside a table and outside every table, removed with the reason."""
    rows = [
        ["Referrals by payment group"],
        [],
        ["Payment group", "Apr 2013", "May 2013", "Chart", "Checked"],
        ["JSA 18-24", 37, 41, '=REPT("|",B4)', '="Data checked"'],
        ["JSA 25+", 23, 19, '=REPT("|",B5)', '="Data checked"'],
        [],
        [],
        [],
        ["Largest group", None, None, '=REPT("|",B4)'],
    ]
    cached = {("Referrals", ref): BAR * n for ref, n in (("D4", 37), ("D5", 23), ("D9", 37))}
    cached |= {("Referrals", f"E{r}"): "Data checked" for r in (4, 5)}
    book = read_workbook(write_book(tmp_path / "bars.xlsx", {"Referrals": rows}, cached=cached))
    analysis = analyse_workbook(book, Policy())[0]
    for coord in ((3, 3), (4, 3), (8, 3)):
        assert analysis.roles[coord] is Role.DROPPED
        assert analysis.reasons[coord] == WORDS_FROM_CELLS
    assert analysis.roles[(3, 4)] is Role.TEXT and analysis.roles[(4, 4)] is Role.TEXT
