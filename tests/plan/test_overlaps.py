"""Overlap warnings are read pair by pair of a measure's own profiles (wpxl.plan.overlaps): the
pairs, their order and the slice test must be those of every pair of profiles in order, which
the warnings' order on the cover and in the report follows."""

from array import array

from wpxl.model import Measure
from wpxl.plan.differencing import Profile
from wpxl.plan.overlaps import overlap_warnings


def _profile(table, measure, items, total=0.0, keys=0):
    return Profile(table, measure, total, array("q", sorted(items)), keys, True)


def test_pairs_of_interleaved_measures_are_warned_in_the_order_of_the_profiles():
    profiles = [
        _profile("starts A", Measure.JOB_STARTS, [1, 2, 3, 4]),
        _profile("referrals A", Measure.REFERRALS, [5, 6], total=40, keys=1),
        _profile("starts B", Measure.JOB_STARTS, [2, 3]),
        _profile("referrals B", Measure.REFERRALS, [7, 8, 9], total=40, keys=2),
        _profile("starts C", Measure.JOB_STARTS, [1, 4]),
        _profile("referrals A", Measure.REFERRALS, [5], total=40, keys=1),  # its own table
    ]
    found = [(w.code, w.tables) for w in overlap_warnings(profiles)]
    assert found == [
        ("overlap-subset", ("starts B", "starts A")),
        ("overlap-subset", ("starts C", "starts A")),
        ("overlap-population", ("referrals A", "referrals B")),
        ("overlap-population", ("referrals B", "referrals A")),
    ]


def test_a_slice_needs_every_item_in_the_larger_table():
    large = _profile("large", Measure.REFERRALS, [3, 10, 20, 40])
    assert _profile("all in", Measure.REFERRALS, [10, 40]).is_slice_of(large)
    assert not _profile("last out", Measure.REFERRALS, [10, 41]).is_slice_of(large)
    assert not _profile("first out", Measure.REFERRALS, [2, 10]).is_slice_of(large)
    assert not _profile("beyond", Measure.REFERRALS, [40, 50]).is_slice_of(large)
