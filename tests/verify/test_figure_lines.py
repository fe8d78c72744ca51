"""The input's figures by line, read once for a sheet pair, as each reading read them itself.

Readings of 'totals over totals' (coded_lines, level_totals, alike_lines, one_part_heads,
summed_tops, total_columns, named_heads, twin_totals, totals_of_totals) each walked every cell
of a large sheet for its figures by row or by column; ``figure_lines`` walks once and keeps the
lines on the pair. Held here to the walk it stands in for on random sheets (in a random cell
order, as a reader's dict need not be by row): the same figures, by the same lines in the same
order (readings go through them in order, and findings follow it); kept for the input's own
cells only, a band of them read afresh. ``counted_beside`` asks first whether any total stands
before or after the run, and is held to its full reading: the same answer.
"""

from __future__ import annotations

import random

from wpxl.model import Cell, Sheet
from wpxl.verify.books import SheetPair
from wpxl.verify.counted_beside import counted_beside
from wpxl.verify.figure_lines import figure_lines, rows_right_of
from wpxl.verify.summed_runs import (
    adds_up,
    named_by_a_year,
    places_right_of,
    run_above,
    years_alone,
)
from wpxl.verify.total_words import figure

VALUES = (7, 7, 2.5, 0, 0.0, None, "n/a", "Total", "", True, False, 2**60)


def _cells(rng: random.Random) -> dict[tuple[int, int], Cell]:
    places = [(r, c) for r in range(rng.randint(1, 9)) for c in range(rng.randint(1, 7))]
    rng.shuffle(places)
    cells = {}
    for place in places:
        formula = "=SUM(A1:A2)" if rng.random() < 0.1 else None
        cells[place] = Cell(rng.choice(VALUES), formula)
    return cells


def _walked(cells: dict[tuple[int, int], Cell], axis: int) -> dict[int, dict[int, float]]:
    lines: dict[int, dict[int, float]] = {}
    for coord, cell in cells.items():
        if (value := figure(cell)) is not None:
            lines.setdefault(coord[axis], {})[coord[1 - axis]] = value
    return lines


def _pair(cells: dict[tuple[int, int], Cell]) -> SheetPair:
    return SheetPair("Referrals", "volume", {}, [], Sheet("Referrals", cells=cells))


def test_the_lines_are_the_walks_own_in_its_order() -> None:
    rng = random.Random(17)
    for _ in range(300):
        cells = _cells(rng)
        lines = figure_lines(_pair(cells), cells)
        for axis, got in ((0, lines.by_row()), (1, lines.by_col())):
            want = _walked(cells, axis)
            assert list(got) == list(want)
            assert all(list(got[k].items()) == list(want[k].items()) for k in want)


def test_rows_right_of_their_labels_are_the_walks_own() -> None:
    rng = random.Random(34)
    for _ in range(300):
        cells = _cells(rng)
        labels = {row: (rng.randint(0, 3), "Leeds") for row in range(9) if rng.random() < 0.7}
        want = {}
        for (row, col), cell in cells.items():
            if row in labels and col > labels[row][0] and (value := figure(cell)) is not None:
                want.setdefault(row, {})[col] = value
        got = rows_right_of(_pair(cells), cells, labels, labels)
        assert got.keys() == want.keys()
        assert all(list(got[k].items()) == list(want[k].items()) for k in want)


def test_kept_for_the_input_sheet_not_for_a_band_of_it() -> None:
    cells = {(0, 0): Cell(3), (0, 1): Cell(4), (1, 0): Cell(5)}
    pair = _pair(cells)
    assert figure_lines(pair, cells) is figure_lines(pair, cells)
    band = {k: v for k, v in cells.items() if k[1] == 0}
    assert figure_lines(pair, band) is not figure_lines(pair, band)
    assert figure_lines(pair, band).by_col() == {0: {0: 3.0, 1: 5.0}}
    assert figure_lines(pair, cells) is pair.figures


def _counted_in_full(pair: SheetPair, line: int, parts: list[int], at: int, flip: bool) -> bool:
    """``counted_beside`` as it read before its first question: every figure of the block."""
    from wpxl.verify import counted_beside as module

    cells = pair.source.cells  # type: ignore[union-attr]

    def place(one: int) -> tuple[int, int]:
        return (at, one) if flip else (one, at)

    low, high = min(line, *parts), max(line, *parts)
    top, bottom = low, high
    while place(top - 1) in cells:
        top -= 1
    while place(bottom + 1) in cells:
        bottom += 1
    shown = {x: pair.shown(place(x)) or 0.0 for x in range(top, bottom + 1)}
    before = {top: 0.0}
    for x in range(top, bottom + 1):
        before[x + 1] = before[x] + shown[x]
    starts = [before[x] for x in range(top, low + 1)]
    ends = [before[x + 1] for x in range(high, bottom + 1)]
    after = any(
        module._among(before[t] - shown[t], starts)
        for t in range(high + 1, bottom + 1)
        if shown[t] and module._a_total(pair, place(t), flip)
    )
    ahead = any(
        module._among(before[t + 1] + shown[t], ends)
        for t in range(top, low)
        if shown[t] and module._a_total(pair, place(t), flip)
    )
    return after or ahead


def test_counted_beside_answers_as_its_full_reading() -> None:
    rng = random.Random(20)
    answers = set()
    for _ in range(3000):
        cells = {
            (r, c): Cell(
                rng.choice((1, 2, 3, 6, 0, "Total", "Leeds", None)),
                "=A1+A2" if rng.random() < 0.1 else None,
            )
            for r in range(8)
            for c in range(3)
            if rng.random() < 0.85
        }
        pair = _pair(cells)
        flip = rng.random() < 0.5
        at = rng.randrange(8 if flip else 3)
        lines = rng.sample(range(3 if flip else 8), 3)
        want = _counted_in_full(pair, lines[0], lines[1:], at, flip)
        assert counted_beside(_pair(cells), lines[0], lines[1:], at, flip) == want
        answers.add(want)
    assert answers == {True, False}


def _turned(cells: dict[tuple[int, int], Cell]) -> dict[tuple[int, int], Cell]:
    return {(c, r): cell for (r, c), cell in cells.items()}


def _run_above_walked(cells, named, row, places):  # summed_runs' walk of the turned sheet
    run, line = [], row - 1
    while line >= 0 and line not in named:
        if all(figure(cells.get((line, col))) is None for col in places):
            break
        run.append(line)
        line -= 1
    return run


def _adds_up_walked(cells, row, run, places):
    matches = 0
    for col in places:
        value = figure(cells[(row, col)]) or 0.0
        if abs(value - sum(figure(cells.get((line, col))) or 0.0 for line in run)) > 1e-9:
            return False
        matches += value != 0
    return matches >= 1


def _years_walked(cells, labels):
    years = {row: at for row, (at, words) in labels.items() if named_by_a_year(words)}
    for (row, col), cell in cells.items():
        text = cell.value
        if row in years and col != years[row] and isinstance(text, str) and text.strip():
            del years[row]
    return years


def test_columns_read_as_rows_are_the_walk_of_the_sheet_turned_over() -> None:
    """summed_runs and summed_groups read a sheet's columns as rows (a year's column after its
    weeks') by its figures by column, where they walked a copy of the sheet turned over (as
    much again as the sheet at the proof's peak): the same places, runs, sums and years."""
    rng = random.Random(51)
    for _ in range(300):
        cells = _cells(rng)
        for place in rng.sample(sorted(cells), min(3, len(cells))):
            cells[place] = Cell(rng.choice(["2013/14", "Total", "x"]))
        turned, lines = _turned(cells), figure_lines(_pair(cells), cells).by_col()
        width = max(c for _, c in turned) + 1
        labels = {r: (rng.randrange(2), w) for r, w in enumerate(["2013/14", "Total", "x"] * 3)}
        assert years_alone(cells, labels, across=True) == _years_walked(turned, labels)
        named = {r: at for r, (at, w) in labels.items() if rng.random() < 0.3}
        for row in range(width):
            at = rng.randrange(-1, 3)
            places = places_right_of(lines, row, at)
            walked = [c for c in range(at + 1, width) if figure(turned.get((row, c))) is not None]
            assert places == walked
            run = run_above(lines, named, row, places)
            assert run == _run_above_walked(turned, named, row, places)
            assert adds_up(lines, row, run, places) == _adds_up_walked(turned, row, run, places)


def test_a_count_is_one_figure_for_every_cell_holding_it() -> None:
    cells = {(r, c): Cell(300 + c) for r in range(40) for c in range(3)}
    rows = figure_lines(_pair(cells), cells).by_row()
    assert rows[0][1] == 301.0 and type(rows[0][1]) is float
    assert all(rows[r][c] is rows[0][c] for r in range(40) for c in range(3))
