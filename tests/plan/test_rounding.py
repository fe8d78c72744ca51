from hypothesis import given
from hypothesis import strategies as st

from wpxl.plan.rounding import round_share, round_to_base


def test_round_to_base_sends_halves_up_as_the_guidance_says():
    assert [round_to_base(n) for n in (0, 9, 10, 11, 29, 30, 31, 50, 1373)] == [
        0,
        0,
        20,
        20,
        20,
        40,
        40,
        60,
        1380,
    ]


def test_round_to_base_rounds_negative_halves_away_from_zero():
    assert round_to_base(-10) == -20
    assert round_to_base(-9) == 0


def test_round_to_base_works_for_other_bases():
    assert round_to_base(5, base=10) == 10
    assert round_to_base(14, base=10) == 10


@given(st.integers(min_value=0, max_value=10**9))
def test_rounded_is_a_multiple_of_20_within_10_of_the_count(count):
    rounded = round_to_base(count)
    assert rounded % 20 == 0
    assert -10 < rounded - count <= 10


def test_round_share_rounds_half_up_to_whole_percentages():
    assert round_share(0.125, 0) == 0.13
    assert round_share(0.125, 1) == 0.125
    assert round_share(0.0049, 0) == 0.0
