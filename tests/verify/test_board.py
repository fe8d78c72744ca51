"""The board that settles which of the proof's two processes runs each check (wpxl.verify.board):
each check is claimed once; the second process takes, after its reserved share, the last free
check of the sheet whose pair it holds, else of the first sheet this process has not come to,
and never one of the sheet this process is on unless it holds that sheet's pair too."""

from __future__ import annotations

import multiprocessing

from wpxl.verify.board import CAPACITY, Board

SHEETS = [0, 0, 0, 1, 1, 1, 2, 2, 2]  # three checks on each of three sheets, by place


def _board(reserved: set[int]) -> Board:
    board = Board(multiprocessing.get_context())
    board.deal(len(SHEETS), reserved)
    return board


def test_a_check_is_claimed_by_one_process_only():
    board = _board({0, 1})
    assert not board.here(0)  # reserved: the other process's
    assert board.here(2)  # free: now this process's
    assert board.here(2)  # and still
    assert board.take(SHEETS, 0) != 2


def test_the_other_process_goes_on_with_the_sheet_whose_pair_it_holds_from_its_last_check():
    board = _board({0, 1})
    assert board.take(SHEETS, 0) == 2
    assert [board.take(SHEETS, 1) for _ in range(3)] == [5, 4, 3]


def test_then_the_first_sheet_this_process_has_not_come_to():
    board = _board(set())
    board.reach(1)
    assert board.here(3)
    assert board.take(SHEETS, None) == 8  # sheet 1 is this process's to go on with
    assert board.take(SHEETS, 2) == 7
    board.reach(2)
    assert board.here(6)
    assert board.take(SHEETS, 2) is None  # the last free one of the sheet in its hands: taken
    assert board.take(SHEETS, None) is None  # none ahead, and sheet 2 is this process's


def test_a_new_proof_is_dealt_afresh_and_checks_past_the_board_stay_here():
    board = _board({0, 1, 2})
    board.reach(2)
    board.deal(len(SHEETS), set())
    assert board.take(SHEETS, None) == 5  # this process back at sheet 0: sheet 1 is ahead
    assert board.here(CAPACITY + 5)
