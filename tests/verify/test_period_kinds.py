"""The proof's reading of lines named by periods of one kind (verify/period_kinds): none of
them is a total of the others, whatever their figures add up to (session 34's chance hunt)."""

from __future__ import annotations

from wpxl.verify.period_kinds import period_kind, periods_of_one_kind


def test_periods_of_one_kind_read_by_their_words():
    """The words the proof reads as periods of one kind, and those it does not."""
    assert periods_of_one_kind(["Apr", "May", "June"])
    assert periods_of_one_kind(["Q1 2013/14", "Q2 2013/14", "Q3 2013/14"])
    assert periods_of_one_kind(["2011/12", "2012/13", "FY 2013/14"])
    assert periods_of_one_kind(["Week 1", "Week 2", "Wk 3"])
    assert not periods_of_one_kind(["Q1", "Q2", "Q3", "Q4", "2013/14"])
    assert not periods_of_one_kind(["2011/12", "2012/13", "2011/12"])
    assert not periods_of_one_kind(["Apr", "May", "Total"])
    assert period_kind("2011-2014") is None
    assert period_kind("Mayfield") is None
