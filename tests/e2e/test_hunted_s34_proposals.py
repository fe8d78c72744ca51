"""Which ways of showing less detail the cover names, and in what order (session 34).

A table of little value gets proposals (plan/proposals): quarters for months, dropping the
breakdown by office or by month. Each is tried on the table's true counts, for the analyst, and
they come best first: fewest figures left below the base. The cover, which the council reads,
named the first three in that order. Ten offices over six months all of 1 and all of 3 make the
same copy (every count 0, every total 0), yet the first cover read 'show quarters instead of
months; or drop the breakdown by month; or drop the breakdown by office' and the second began
with dropping the breakdown by office, as only there do the true sums (30 an office's month
across offices) reach 20. The cover told the council which. It names them now in the order
wpxl makes them (plan/quality ``in_fixed_order``); the terminal and the reports, for the
analyst, keep them best first with what each would leave.
"""

from __future__ import annotations

from tests.e2e.test_hunted_s32_smallcells import Run, _months


def test_two_inputs_with_one_copy_get_one_cover_whatever_the_proposals_leave(tmp_path):
    ones = Run(tmp_path / "ones", _months([[1] * 6 for _ in range(10)]))
    threes = Run(tmp_path / "threes", _months([[3] * 6 for _ in range(10)]))
    assert ones.sheet("Referrals") == threes.sheet("Referrals")
    assert ones.cover() == threes.cover()
    [line] = [line for line in ones.cover() if "consider less detail" in line]
    assert line.endswith(
        "consider less detail: show quarters instead of months; or drop the breakdown by office "
        "(one figure per column); or drop the breakdown by month (one figure per row)"
    )


def test_the_analyst_still_sees_the_proposals_best_first_with_what_each_would_leave(tmp_path):
    threes = Run(tmp_path / "threes", _months([[3] * 6 for _ in range(10)]))
    [warning] = threes.entry["warnings"]
    assert (
        warning["message"]
        .split("consider less detail: ")[1]
        .startswith(
            "drop the breakdown by office (one figure per column) (would leave 0 of 6 figures"
        )
    )
