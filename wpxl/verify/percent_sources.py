"""Where an input sheet holds the counts behind a percentage line of the copy, as the proof of
invariant 8 (``percent_recovery``) finds them: going down from each cell holding the line's
name, each part is the first later row holding its key's words and a number.

A line whose name the copy does not show (its label removed: it quoted a figure) may start in
any column of the sheet. Every line of the same name (or none) and keys reads the same counts
there, so they are read once, and indexed by the shares they show on each step a reader may
assume. A line is then compared only with the counts showing its shares (compared with every
column, an outcome table of 2,000 areas whose labels went took ten minutes; 200 sheets of an
outcome table each, every line named 'Apr 2013', followed each sheet's name for each line).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from fractions import Fraction
from itertools import islice

from wpxl.model import Coord

Grid = dict[Coord, object]  # (row, col) -> a normalised value: words or a number
Key = tuple[str, ...]  # a part's words
Shown = list[tuple[Fraction, list[int] | None]]  # a line's shares as multiples of each step


class Source:
    """One input sheet (or the sheet turned on its side), indexed for finding lines in it."""

    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        self.numbers: dict[int, list[int]] = {}  # column -> rows holding a number, in order
        self.places: dict[str, list[tuple[int, int]]] = {}  # words -> where they are
        self.rows: dict[int, list[tuple[int, str]]] = {}  # row -> (column, words), in order
        self._first: dict[int, dict[str, int]] = {}  # row -> words -> first column
        self._read: dict[tuple[str | None, tuple[Key, ...]], _Read] = {}  # by name, keys
        for (r, c), value in sorted(grid.items()):
            if isinstance(value, float):
                self.numbers.setdefault(c, []).append(r)
            self.places.setdefault(str(value), []).append((r, c))
            self.rows.setdefault(r, []).append((c, str(value)))

    def holds(self, row: int, col: int, key: Key) -> bool:
        """Whether ``row`` holds every word of ``key`` before ``col``: each row's words are
        kept by the first column holding them (a turned sheet's row holds thousands, and its
        lines ask it at each column)."""
        first = self._first.get(row)
        if first is None:
            first = self._first[row] = {}
            for c, words in self.rows[row]:
                first.setdefault(words, c)
        return all(first.get(k, col) < col for k in key)

    def explaining(
        self, name: Key, keys: list[Key], shown: Shown, least: int
    ) -> Iterator[list[float]]:
        """The counts of each place that could be the line's source whose shares, on a step,
        are the line's (``shown``), in the order of the places."""
        yield from self._candidates(name, keys).showing(shown, least)

    def following(self, name: Key, keys: list[Key]) -> list[list[float]]:
        """The counts of each place that could be the line's source, whatever they show."""
        return self._candidates(name, keys).candidates

    def _candidates(self, name: Key, keys: list[Key]) -> _Read:
        word = name[-1] if name else None
        read = self._read.get((word, tuple(keys)))
        if read is None:
            if word is None:
                found = (self._follow(-1, col, keys) for col in self.numbers)
            else:
                found = (self._follow(top, col, keys) for top, col in self.places.get(word, []))
            read = self._read[(word, tuple(keys))] = _Read([c for c in found if c is not None])
        return read

    def _follow(self, top: int, col: int, keys: list[Key]) -> list[float] | None:
        """Going down from the line's name, the first row holding each part's key and a
        number (the column's rows under the name found by bisection: a stack of 140 blocks
        asks each block's name, and reading down to each from the top was the square of them)."""
        held = self.numbers.get(col, [])
        rows = islice(held, bisect_right(held, top), None)
        counts: list[float] = []
        for key in keys:
            for row in rows:
                if self.holds(row, col, key):
                    counts.append(self.grid[(row, col)])  # type: ignore[arg-type]
                    break
            else:
                return None
        return counts


class _Read:
    """The counts the places of one name (every column, for an unnamed line) hold for lines of
    the same keys, by the shares they show on each step, indexed as first asked for a step and
    a least base."""

    def __init__(self, candidates: list[list[float]]) -> None:
        self.candidates = candidates
        self._by_shares: dict[tuple[Fraction, int], dict[tuple[int, ...], list[int]]] = {}

    def showing(self, shown: Shown, least: int) -> list[list[float]]:
        found: set[int] = set()
        for step, multiples in shown:
            if multiples is not None:
                found.update(self._index(step, least).get(tuple(multiples), ()))
        return [self.candidates[at] for at in sorted(found)]

    def _index(self, step: Fraction, least: int) -> dict[tuple[int, ...], list[int]]:
        index = self._by_shares.get((step, least))
        if index is None:
            index = self._by_shares[(step, least)] = {}
            for at, counts in enumerate(self.candidates):
                if _counted(counts, least):
                    index.setdefault(rounded(counts, step), []).append(at)
        return index


def _counted(counts: list[float], least: int) -> bool:
    """Whole counts, none below 0, on a base of ``least`` or more."""
    return all(c == int(c) and c >= 0 for c in counts) and sum(counts) >= max(least, 1)


def rounded(counts: list[float], step: Fraction) -> tuple[int, ...]:
    """Each count's share of their sum as whole steps, rounded half up:
    (2k - 1) * step * base <= 2c < (2k + 1) * step * base (``recovery.count_range``)."""
    a, b = step.numerator, step.denominator
    base = int(sum(counts))
    return tuple((2 * int(c) * b + base * a) // (2 * base * a) for c in counts)
