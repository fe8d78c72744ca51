"""How a row label's look (its indent) says which line heads which."""

from __future__ import annotations

from wpxl.analyse.looks import heads_of_one

ROWS = {4: (0, True), 5: (1, True), 6: (2, False), 7: (1, True), 8: (2, False), 9: (2, False)}


def test_a_line_over_one_more_indented_line_alone_heads_it():
    """'Preston' (row 5) over 'Preston JCP' alone, then 'Blackburn' no more indented."""
    assert heads_of_one(ROWS) == {5}


def test_a_line_over_two_lines_heads_more_than_one():
    assert heads_of_one({4: (0, False), 5: (1, False), 6: (1, False)}) == set()
    assert heads_of_one({4: (0, False), 5: (0, False), 6: (0, False)}) == set()


def test_a_line_over_one_line_over_a_deeper_level_heads_it():
    """'Scotland' over 'East Scotland' alone, over its areas set in further, then 'England'."""
    assert heads_of_one({4: (0, False), 5: (1, False), 6: (2, False)}) == {4, 5}
    looks = {4: (0, False), 5: (2, False), 6: (4, False), 7: (4, False), 8: (0, False)}
    assert heads_of_one(looks) == {4}


def test_the_last_line_over_one_line_at_the_foot_heads_it():
    assert heads_of_one({4: (0, False), 5: (1, False)}) == {4}
