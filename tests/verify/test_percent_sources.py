"""Where the proof of invariant 8 finds the counts behind a percentage line (verify/
percent_sources): a line's shares are explained by counts exactly as ``recovery.count_range``
bounds each count, and an unnamed line (its label removed) finds, through the index of shares,
the very counts, in order, that asking every column of the sheet finds."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from wpxl.model.recovery import as_multiples, count_range
from wpxl.verify.percent_sources import Shown, Source, _counted, rounded

STEPS = [Fraction(1, 100), Fraction(5, 100), Fraction(10, 100), Fraction(1, 1000)]


def explains(counts: list[float], shown: Shown, least: int) -> bool:
    """Asked of one candidate, the rule the index of shares keeps: the shares are these counts
    over their sum, rounded half up on one of the steps."""
    if not _counted(counts, least):
        return False
    return any(multiples is not None and tuple(multiples) == rounded(counts, step)
               for step, multiples in shown)  # fmt: skip


def _by_count_range(counts: list[float], shares: list[float], least: int) -> bool:
    """The rule as count_range states it: each count within the counts its share allows."""
    if any(c != int(c) or c < 0 for c in counts) or int(sum(counts)) < least:
        return False
    base = int(sum(counts))
    for step in STEPS:
        shown = as_multiples(shares, step)
        if shown is not None and all(
            count_range(k, step, base)[0] <= c <= count_range(k, step, base)[1]
            for k, c in zip(shown, counts, strict=True)
        ):
            return True
    return False


def _shares(rng: random.Random, counts: list[float]) -> list[float]:
    base = sum(counts)
    if base and rng.random() < 0.7:  # the counts' own shares, or one a step off
        places = rng.choice([2, 3])
        return [round(c / base + rng.choice([0, 0, 0, 0.01]), places) for c in counts]
    return [rng.choice([0, 0.1, 0.25, 0.33, 0.5, 1.0]) for _ in counts]


@pytest.mark.parametrize("seed", range(5))
def test_shares_are_explained_as_count_range_bounds_them(seed):
    rng = random.Random(seed)
    explained = 0
    for _ in range(4000):
        counts = [float(rng.randint(0, rng.choice([3, 30, 300]))) for _ in range(rng.randint(1, 5))]
        shares = _shares(rng, counts)
        least = rng.choice([1, 10, 20])
        shown = [(step, as_multiples(shares, step)) for step in STEPS]
        expected = _by_count_range(counts, shares, least)
        assert explains(counts, shown, least) == expected, (counts, shares, least)
        explained += expected
    assert explained > 500  # both answers asked, many times


def _sheet(rng: random.Random) -> dict[tuple[int, int], object]:
    """An input sheet as the proof normalises it: a header row of keys, a label column, and
    columns of counts (some alike, so several columns explain one line)."""
    keys = ["jsa 18-24", "jsa 25+", "esa"]
    grid: dict[tuple[int, int], object] = {(r + 1, 0): key for r, key in enumerate(keys)}
    for col in range(1, rng.randint(2, 40)):
        for row in range(1, len(keys) + 1):
            if rng.random() < 0.95:
                grid[(row, col)] = float(rng.choice([0, 1, 2, 5, 10, 20, 40]))
    return grid


@pytest.mark.parametrize("seed", range(30))
def test_an_unnamed_line_finds_what_every_column_gives(seed):
    rng = random.Random(seed)
    source = Source(_sheet(rng))
    keys = [("jsa 18-24",), ("jsa 25+",), ("esa",)]
    for _ in range(20):
        counts = [float(rng.choice([0, 1, 2, 5, 10, 20, 40])) for _ in keys]
        shares = _shares(rng, counts)
        shown = [(step, as_multiples(shares, step)) for step in STEPS]
        every = [source._follow(-1, col, keys) for col in source.numbers]
        asked = [c for c in every if c is not None and explains(c, shown, 1)]
        assert list(source.explaining((), keys, shown, 1)) == asked


def _stacked(rng: random.Random) -> dict[tuple[int, int], object]:
    """Blocks stacked down the sheet, each headed by the same months, some parts missing or
    not counted, so that a name's places find counts, other counts, or nothing."""
    grid: dict[tuple[int, int], object] = {}
    row = 0
    for _ in range(rng.randint(1, 12)):
        for col, month in enumerate(rng.sample(["apr 2013", "may 2013", "jun 2013"], 2), 1):
            grid[(row, col)] = month
        for at, key in enumerate(["jsa 18-24", "jsa 25+", "esa"], row + 1):
            if rng.random() < 0.9:
                grid[(at, 0)] = key
            for col in (1, 2):
                if rng.random() < 0.95:
                    grid[(at, col)] = float(rng.choice([0, 1, 2, 5, 10, 20, 40]))
        row += 5
    return grid


@pytest.mark.parametrize("seed", range(30))
def test_a_named_line_finds_what_every_place_of_its_name_gives(seed):
    """The counts under a name are read once for each name and keys and indexed by shares:
    a line finds the very counts, in order, that following each place of its name finds."""
    rng = random.Random(seed)
    source = Source(_stacked(rng))
    keys = [("jsa 18-24",), ("jsa 25+",), ("esa",)]
    for _ in range(20):
        name = (rng.choice(["apr 2013", "may 2013", "jun 2013", "jul 2013"]),)
        counts = [float(rng.choice([0, 1, 2, 5, 10, 20, 40])) for _ in keys]
        shares = _shares(rng, counts)
        least = rng.choice([1, 10])
        shown = [(step, as_multiples(shares, step)) for step in STEPS]
        every = [source._follow(t, c, keys) for t, c in source.places.get(name[0], [])]
        asked = [c for c in every if c is not None and explains(c, shown, least)]
        assert list(source.explaining(name, keys, shown, least)) == asked
