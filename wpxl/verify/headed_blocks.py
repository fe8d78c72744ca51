"""Invariant 10, for blocks that open with their own total line: a block adding up other blocks
line by line is never rounded on its own, though its labels come more than once.

MoJ stacks one block per sex ('Males and Females', 'Males', 'Females'), each an all-ages part
and a part per age group ('Adults', '18-20 year olds' ...), every part the same lines (Remand,
Untried, ...) under a first line naming it. The all-ages part adds up the age groups' parts,
and 'Males and Females' the other sexes: typed, a copy rounding them on their own shows the
rounded original totals beside parts that add up to something else (guidance R5). Their labels
come once a part, not once a block, so ``summed_blocks`` does not read them.

The proof reads the input itself, a column at a time: a block is a run of lines holding figures
one under another; a block whose labels repeat with a period (the first line of each period
aside, each its own) is cut into parts of that period; blocks only blank lines part make a
stretch (a table under its header, its groups of lines a blank line apart, some a line alone).
Parts of one block, and blocks (or their parts, place by place) or stretches whose labels but
the first are the same, are compared: one that
is, to the last digit, the sum of the others, or of two or more evenly spaced after it or
before it (a block per sex and age group in turn, a blank line apart), at every place, two or
more of them not 0, adds them up. Its plain figures where two or more parts are not 0 are
totals rounded on their own (where one part alone is not 0, rounding it alone shows that
part's rounded figure, the sum).
"""

from __future__ import annotations

from collections import defaultdict

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import BLOCK_ROUNDED_ALONE, written_alone
from wpxl.verify.total_words import figure
from wpxl.verify.values import about

Coord = tuple[int, int]
Unit = list[int]  # rows, top to bottom
MIN_UNITS = 3  # one adding up two or more
MIN_MATCHES = 2
MAX_SPACED = 24  # the most alike units whose evenly spaced runs are tried


def headed_blocks(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    """The plain figures of headed blocks and parts that add up others (see the doc);
    ``labels``: each row's first words (``summed_blocks.first_words``)."""
    words = {row: text.casefold() for row, (_, text) in labels.items()}
    if len(set(words.values())) == len(words):
        return []  # no label twice: no block of parts alike, nor blocks alike but for a name
    by_col: defaultdict[int, list[int]] = defaultdict(list)
    for (row, col), cell in cells.items():
        if row in labels and labels[row][0] < col and figure(cell) is not None:
            by_col[col].append(row)
    filled = {row for (row, _), cell in cells.items() if not _blank(cell)}
    found: list[Finding] = []
    for col, rows in by_col.items():
        runs = _runs(sorted(rows))
        groups = _groups([run for run in runs if len(run) >= 2], words)
        for group in groups + _alike_stretches(_stretches(runs, filled), words):
            found += _flagged(pair, cells, group, col)
    return found


def _runs(rows: list[int]) -> list[Unit]:
    runs: list[Unit] = []
    for row in rows:
        if runs and runs[-1][-1] == row - 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def _stretches(runs: list[Unit], filled: set[int]) -> list[Unit]:
    """Runs a blank line apart joined (a table, from under its header to its end, its groups
    of lines a blank line apart), where two or more are."""
    stretches: list[list[Unit]] = []
    for run in runs:
        last = stretches[-1][-1][-1] if stretches else None
        if last is not None and not any(r in filled for r in range(last + 1, run[0])):
            stretches[-1].append(run)
        else:
            stretches.append([run])
    return [[row for run in runs for row in run] for runs in stretches if len(runs) >= 2]


def _alike_stretches(stretches: list[Unit], words: dict[int, str]) -> list[list[Unit]]:
    """The stretches alike but for their first line (a table per sex, its first line all
    of the sex's), three or more, two lines or more alike under the first."""
    alike: defaultdict[tuple[str, ...], list[Unit]] = defaultdict(list)
    for stretch in stretches:
        alike[tuple(words[row] for row in stretch[1:])].append(stretch)
    return [group for key, group in alike.items() if len(group) >= MIN_UNITS and len(key) >= 2]


def _blank(cell: Cell) -> bool:
    return cell.formula is None and (cell.value is None or str(cell.value).strip() == "")


def _groups(runs: list[Unit], words: dict[int, str]) -> list[list[Unit]]:
    """The units to compare: each run's parts, then the runs alike but for their first line,
    part by part when each is cut alike, else whole."""
    groups: list[list[Unit]] = []
    alike: defaultdict[tuple[str, ...], list[list[Unit]]] = defaultdict(list)
    for run in runs:
        parts = _parts(run, words)
        if len(parts) >= MIN_UNITS:
            groups.append(parts)
        alike[tuple(words[row] for row in run[1:])].append(parts or [run])
    for cut in alike.values():
        if len(cut) >= MIN_UNITS and len({len(parts) for parts in cut}) == 1:
            groups += [[parts[at] for parts in cut] for at in range(len(cut[0]))]
    return groups


def _parts(run: Unit, words: dict[int, str]) -> list[Unit]:
    """``run`` cut at the shortest period its labels repeat with, each period's first line
    its own name; nothing when they do not repeat so."""
    labels = [words[row] for row in run]
    for period in range(2, len(run) // 2 + 1):
        if len(run) % period:
            continue
        heads = labels[::period]
        if len(set(heads)) == len(heads) and all(
            labels[i] == labels[i % period] for i in range(len(run)) if i % period
        ):
            return [run[i : i + period] for i in range(0, len(run), period)]
    return []


def _flagged(
    pair: SheetPair, cells: dict[Coord, Cell], units: list[Unit], col: int
) -> list[Finding]:
    alone: dict[Coord, None] = {}  # in order, each place once however many readings hold
    sums = _line_sums(pair, units, col)
    for at, unit in enumerate(units):
        for others in _readings(units, at):
            if len(others) == len(units) - 1 and not _may_be_the_rest(pair, unit, col, sums):
                continue  # not the rest's sum at some place: no need to add them up
            for place in _adding_up(pair, unit, others, col):
                if cells[place].formula is None and written_alone(pair, place):
                    alone[place] = None
    return [Finding(pair.where(pair.output_coord(p)), BLOCK_ROUNDED_ALONE) for p in alone]


def _readings(units: list[Unit], at: int) -> list[list[Unit]]:
    """The units the one ``at`` may add up: every other, and, among few, two or more evenly
    spaced after it or before it (an all-ages block over the age groups under it; 'Males and
    females' over an age group in 'Males' and in 'Females', four blocks on)."""
    readings = [units[:at] + units[at + 1 :]]
    if len(units) <= MAX_SPACED:
        for step in range(1, len(units)):
            after, before = (
                units[at + step :: step],
                units[at - step :: -step] if at >= step else [],
            )
            readings += [side[:n] for side in (after, before) for n in range(2, len(side) + 1)]
    return readings


def _line_sums(pair: SheetPair, units: list[Unit], col: int) -> list[float] | None:
    """The sum of every unit's figure at each of their places in ``col`` (None where the
    units are not all as long): a unit that is the sum of all the others shows half of it."""
    if len({len(unit) for unit in units}) != 1:
        return None
    return [sum(pair.shown((unit[i], col)) or 0.0 for unit in units) for i in range(len(units[0]))]


def _may_be_the_rest(pair: SheetPair, unit: Unit, col: int, sums: list[float] | None) -> bool:
    """Whether the unit can be the sum of all the others at every place, asked before adding
    them up place by place, which for a block an area (150 councils) costs the square of the
    blocks."""
    if sums is None:
        return True
    for i, row in enumerate(unit):
        value = pair.shown((row, col))
        if value is None or not about(2 * value, sums[i]):
            return False
    return True


def _adding_up(pair: SheetPair, unit: Unit, others: list[Unit], col: int) -> list[Coord]:
    """The places of ``unit`` where two or more parts are not 0, when it is the sum of
    ``others`` at every place; nothing otherwise."""
    places, matches = [], 0
    for i, row in enumerate(unit):
        value = pair.shown((row, col))
        parts = [pair.shown((other[i], col)) for other in others]
        if value is None or any(p is None for p in parts):
            return []
        if abs(value - sum(parts)) > 1e-9:  # type: ignore[arg-type]
            return []
        matches += value != 0
        if sum(p != 0 for p in parts) >= 2:
            places.append((row, col))
    return places if matches >= MIN_MATCHES else []
