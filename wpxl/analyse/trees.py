"""Read the totals along one axis of a table as a tree, from arithmetic.

Real tables nest their totals ("All population in custody" > "Males and Females" > "Remand" >
its age bands) and stack blocks in one column, each with its own head total. A total is the sum
of its DIRECT children only, so a grand total is rebuilt over its subtotals, never over every
line below it. A line is a total when, in every column where it and its children hold figures,
it equals the sum of a contiguous run of nodes next to it (within the source's exactness:
apportioned decimals are added up to their shown precision). Totals sit either before their
parts (head totals, above or left) or after them (below or right): both readings are tried and
the one that explains more lines wins.

A line named as a total may leave one or two lines next to it out of its run (an "Unknown" row
the source did not count); such lines are kept as counts outside every total, and ``wpxl
inspect`` names them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import takewhile

from wpxl.analyse.book_sums import added_together
from wpxl.analyse.far_end import grand_at_the_other_end, year_over_its_one_total
from wpxl.analyse.level_parts import borne_out, level_with_a_part
from wpxl.analyse.looks import emphasised, feet_of_one, heads_of_one, indents
from wpxl.analyse.one_part_groups import two_levels
from wpxl.analyse.payment_groups import words_over_arithmetic
from wpxl.analyse.run_sums import equal_sum, is_perturbed, key_column, other_keys
from wpxl.analyse.running_lines import running_over_periods
from wpxl.analyse.totals import Axis, Values, compare, find_arithmetic_total, group_totals
from wpxl.analyse.unshown_groups import UnshownGroups
from wpxl.analyse.words import is_cumulative_words, is_total_label

MIN_MATCHES = 2  # columns where an unhinted line must add up before it is read as a total
MAX_SKIPPED = 2  # lines a labelled total may leave out between itself and its run
MAX_OTHER_KEYS = 3  # columns tried when a part of a run holds a marker ('..') in the first
TOTAL_OVER_REMOVED = "a total over figures wpxl removes (the sum of the rest is not the total)"


class _Reader:
    """Parses one ordering of the lines (as they sit, or reversed for totals after parts).

    Position ``i`` starts a node: a leaf, or a total over the nodes of the shortest run after
    it that it is the sum of. Nodes are worked out from the last position back, so each scan
    finds the nodes after it already read (no recursion, however long the table).
    """

    def __init__(
        self,
        seq: list[int],
        vectors: dict[int, list[float | None]],
        hinted: set[int],
        labelled: set[int],
        axis: Axis,
        running: frozenset[int],
        heads_of_one: frozenset[int] = frozenset(),
    ) -> None:
        self.seq = seq
        self.running = running  # 'Year to date': the first quarter's is that quarter alone
        self.one = running | heads_of_one  # lines set out over (under) one line: its total
        self.summed = axis.summed  # lines a book's SUM adds together: not totals of each other
        self.indents = axis.indents  # labels set in to show levels: a total sits out from its parts
        self.half_step = axis.half_step
        self.periods = axis.periods - hinted  # weeks, months: totals of some others only if named
        self.vec = vectors
        self.hinted = hinted
        self.labelled = labelled  # named totals ("Total"): only they may leave a line out
        self.width = len(next(iter(vectors.values()), []))
        self.key = {
            line: key_column(vectors[line], vectors[seq[i + 1]] if i + 1 < len(seq) else None)
            for i, line in enumerate(seq)
        }
        # position -> (position of the next sibling, positions of its children or None)
        self.nodes: dict[int, tuple[int, list[int] | None]] = {}
        self.unshown = UnshownGroups(seq, vectors, self.nodes)
        self.marked = False  # a part of the run scanned holds a marker in its key column

    def read(self) -> dict[int, list[int]]:
        for i in reversed(range(len(self.seq))):
            self.nodes[i] = self._node(i)
        found: dict[int, list[int]] = {}
        i = 0
        while i < len(self.seq):
            self._collect(i, found)
            i = self.nodes[i][0]
        return found

    def _collect(self, i: int, found: dict[int, list[int]]) -> None:
        kids = self.nodes[i][1]
        if kids:
            found[self.seq[i]] = [self.seq[k] for k in kids]
            for k in kids:
                self._collect(k, found)

    def _node(self, i: int) -> tuple[int, list[int] | None]:
        if (over := self._over_one_total(i)) is not None:
            return over
        skips = range(MAX_SKIPPED + 1) if self.seq[i] in self.labelled else range(1)
        for skip in skips:
            start = i + 1 + skip
            if start > len(self.seq) or any(self.nodes[k][1] for k in range(i + 1, start)):
                break  # only leaves may be left out between a total and its run
            found = self._run(i, start)
            if found is not None:
                return found
        return i + 1, None

    def _over_one_total(self, i: int) -> tuple[int, list[int]] | None:
        """A line the same in every place as the total next to it is a group of one over it
        ('North East' over its one area 'CPA 1 North East'): else the grand total over the
        regions added up nothing the tree read, and was rounded on its own."""
        start = i + 1  # not a named total's: 'A subtotal' over its one line is a leaf's
        if start >= len(self.seq) or not self.nodes[start][1] or self.seq[start] in self.labelled:
            return None
        line, part = self.seq[i], self.seq[start]
        if self.vec[line] != self.vec[part] or self._fit(line, [start]) != 0:
            return None
        return self._with_zero_lines(self.nodes[start][0], [start])

    def _run(self, i: int, start: int) -> tuple[int, list[int]] | None:
        """The shortest run of nodes from ``start`` that line ``seq[i]`` is exactly the sum of
        (with the all-zero lines that follow it, which belong to the same group), else the
        shortest it is the sum of but for rounding; else the shortest it is exactly the sum
        of when a line over lines a little less than it (a group not shown) is one part."""
        line = self.seq[i]
        key = self.key[line]
        if key is None:
            return self._zero_run(i) if line in self.labelled and start == i + 1 else None
        self.marked = False
        found = self._scan(i, start, key, None)
        if found is None and self.marked and start < len(self.seq):
            after = self.vec[self.seq[start]]  # a part's marker there: follow another column
            for other in other_keys(self.vec[line], after, key)[:MAX_OTHER_KEYS]:
                if (found := self._scan(i, start, other, None)) is not None:
                    return found
        return self._scan(i, start, key, self.unshown.end) if found is None else found

    def _scan(
        self, i: int, start: int, key: int, step: Callable[[int], int] | None
    ) -> tuple[int, list[int]] | None:
        """The run of nodes from ``start`` (or of parts, ``step`` saying where each ends: then
        only an exact sum is taken) that line ``seq[i]`` adds up."""
        line = self.seq[i]
        target = self.vec[line][key] or 0.0
        kids: list[int] = []
        near: tuple[int, float, int, list[int]] | None = None  # fewest misses, then nearest
        acc = 0.0
        # "Total Other" may add up "Other" alone, a first 'Year to date' its one quarter
        fewest = 1 if line in self.labelled or line in self.one else 2
        j = start
        while j < len(self.seq):
            kids.append(j)
            part = self.vec[self.seq[j]][key]
            self.marked = self.marked or part is None
            acc += part or 0.0
            slack = self.half_step * (len(kids) + 1)  # a first look; _fit decides
            j = self.nodes[j][0] if step is None else step(j)
            close = len(kids) >= fewest and abs(acc - target) <= slack
            misses = self._fit(line, kids) if close else None
            if misses == 0:
                return self._with_zero_lines(j, kids)
            if misses is not None and step is None:
                fit = (misses, self._distance(line, kids))
                if near is None or fit < near[:2]:
                    near = (*fit, j, list(kids))
            if acc > target + slack:
                break
        return None if near is None else (near[2], near[3])

    def _distance(self, line: int, kids: list[int]) -> float:
        """How far ``line`` is from the sum of ``kids``, over the columns where both hold
        figures: of two runs a total misses alike (a Nomis 'Column Total', rounded on its own,
        misses its areas in every year), the nearer is its run, not the shorter, which leaves
        out the first few areas its rounding covers."""
        vec, seq = self.vec, self.seq
        return sum(
            abs(value - sum(parts))
            for value, *parts in zip(vec[line], *[vec[seq[p]] for p in kids], strict=True)
            if value is not None and None not in parts
        )

    def _zero_run(self, i: int) -> tuple[int, list[int]] | None:
        """A named total of zeros ('IB/IS total', no one referred) totals the zero lines next
        to it, as its name and place say: left a count, a grand total would add them twice."""
        seq, vec, nodes = self.seq, self.vec, self.nodes
        j = i + 1
        while j < len(seq) and nodes[j][1] is None and not any(vec[seq[j]]):
            j += 1
        zeros = 0 in vec[seq[i]] and not any(vec[seq[i]])  # not markers only, nor a negative
        return (j, list(range(i + 1, j))) if zeros and j > i + 1 else None

    def _with_zero_lines(self, j: int, kids: list[int]) -> tuple[int, list[int]]:
        while j < len(self.seq) and self.nodes[j][1] is None and not any(self.vec[self.seq[j]]):
            kids.append(j)
            j += 1
        return j, kids

    def _fit(self, line: int, kids: list[int]) -> int | None:
        """How many columns ``line`` misses being the sum of ``kids`` in (0: it is the sum in
        every column where both hold figures), or None when it is not their total.

        A line that looks like a heading may miss by the source's rounding (figures rounded
        before they were added up) in any column where one part holds a figure, and one named as
        a total ("Total Male") by any amount in a few columns while most add up exactly; any
        line by a source's perturbation (a few per part) in no more columns than it adds up in
        (MoJ's female 'Violence with injury', 9 over its twelve offences in 2022 alone, or its
        'Violence without injury', 1 off in 2022 where only 2020 and 2021 hold every offence):
        its structure is still a tree. Not where the source rounds every cell (Nomis, to 5):
        there an unmarked line missing its parts misses by that rounding, and such small
        figures add up by chance ('Scarborough', 25, is 'Richmondshire' and 'Ryedale', 10 and
        15, in seven years of thirteen).
        The typed totals' judge (typed_totals) then refuses those cells or rebuilds them, as
        the policy says. A column where a part is '[c]' under the line's figure is not asked."""
        hinted, named = line in self.hinted, line in self.labelled
        if line in self.periods and (len(kids) < len(self.seq) - 1 or not hinted):
            return None  # a week over other weeks is a coincidence; over all, a total if named
        if self.summed and not named and added_together(self.summed, line, self.seq, kids):
            return None  # the book's own total adds it to them: a line, equal to them by chance
        # set in as far as a line it would add up: its sibling, equal by chance, unless every
        # column bears it out
        level = not named and level_with_a_part(self.indents, self.nodes, self.seq, line, kids)
        exact = rounding = other = perturbed = hidden = 0
        vec, seq, rounds_cells = self.vec, self.seq, self.half_step > 0.5
        for value, *parts in zip(vec[line], *[vec[seq[p]] for p in kids], strict=True):
            if value is None or None in parts:
                hidden += value is not None  # a part's marker ("[c]") under the line's figure
                continue  # a marker in the total or a part ("c"): nothing to check there
            if equal_sum(value, parts):
                exact += value != 0
            elif hinted and abs(value - sum(parts)) <= self.half_step * (len(parts) + 1):
                rounding += 1
            elif named:
                other += 1
            elif not rounds_cells and is_perturbed(value, sum(parts), len(parts)):
                perturbed += 1  # a source's perturbation (MoJ's 9 in 2022)
            else:
                return None
        flat = (self.indents, [seq[k] for k in kids], line)
        if level and not borne_out(flat, exact, rounding + other + perturbed + hidden):
            return None
        need = 1 if hinted else max(1, min(MIN_MATCHES, self.width - hidden))  # see the doc
        rounded_source = hinted and rounds_cells and not other  # every cell to 10
        if (exact < need and not (rounded_source and rounding)) or exact < 3 * other + perturbed:
            return None
        return rounding + other + perturbed


_Trees = tuple[dict[int, list[int]], dict[int, list[int]]]  # totals first, totals last
_Hints = tuple[tuple[int, ...], frozenset[int], frozenset[int]]  # lines, hinted, labelled


def read_tree(
    axis: Axis, values: Values, hinted: set[int], labelled: set[int]
) -> dict[int, list[int]]:
    """Each total line and its direct children, in the reading (totals before their parts, or
    after them) that explains the most lines as totals; ``hinted``: lines whose label says or
    shows they are totals (total words, bold or less indented than the lines next to them);
    ``labelled``: those named by total words, the only ones that may leave a line out."""
    if values.shown is not None:
        vectors = values.shown.vectors(axis)
    else:
        vectors = {line: [values.figure(axis.coord(line, other)) for other in axis.across]
                   for line in axis.lines}  # fmt: skip
    if not vectors:
        return {}
    read: dict[_Hints, _Trees] = {}
    heads, feet = _readings(list(axis.lines), vectors, hinted, labelled, axis, read)
    # as many lines explained either way: the reading adding up more lines ('Q1 total' after
    # its months, not over a 'Year' line of the same figures, named totals taking one part)
    by_feet = (_score(feet, hinted), _covered(feet)) > (_score(heads, hinted), _covered(heads))
    first, other = (feet, heads) if by_feet else (heads, feet)
    for tree in (first, other):
        _named_totals_above(tree, axis, vectors, labelled, read)
    # the levels may sit the other way round ("Derby district" over its offices, each region's
    # total under its districts): the other reading wins when, a level up, it explains as many
    # hinted lines and leaves fewer lines outside every total
    if _score(other, hinted)[0] >= _score(first, hinted)[0] and _covered(other) > _covered(first):
        return other
    return first


def _covered(tree: dict[int, list[int]]) -> int:
    """How many lines the tree reads: its totals and every line they add up."""
    return len(set(tree).union(*tree.values()))


def _readings(
    lines: list[int],
    vectors: dict[int, list[float | None]],
    hinted: set[int],
    labelled: set[int],
    axis: Axis,
    read: dict[_Hints, _Trees],
) -> _Trees:
    """The lines read with totals before their parts, and after them (children in order).

    ``read`` keeps the readings already made of the axis: the named totals above read every
    line again when no total covers the grand total (the reading with totals before their
    parts, of a table totalled at its foot), with the hints the first reading had when no line
    is emphasised. Each caller is given copies, as it adds to them."""
    key = (tuple(lines), frozenset(hinted), frozenset(labelled))
    if key not in read:
        # a running line ('Year to date') follows what it runs over: after its parts only
        running = frozenset(x for x in lines if is_cumulative_words(axis.labels.get(x, "")))
        ones = (axis.heads_of_one, feet_of_one(axis.indents))  # set out over, under one line
        heads, feet = (
            _Reader(seq, vectors, hinted, labelled, axis, *more).read()
            for seq, *more in ((lines, frozenset(), ones[0]), (lines[::-1], running, ones[1]))
        )
        for kids in feet.values():
            kids.reverse()
        read[key] = heads, feet
    heads, feet = read[key]
    return _copy(heads), _copy(feet)


def _copy(tree: dict[int, list[int]]) -> dict[int, list[int]]:
    return {line: list(kids) for line, kids in tree.items()}


def _named_totals_above(
    tree: dict[int, list[int]],
    axis: Axis,
    vectors: dict[int, list[float | None]],
    labelled: set[int],
    read: dict[_Hints, _Trees],
) -> None:
    """Named totals a level up, read the other way from the level below ("East Midlands total"
    heading its districts, each district's total under its offices; "Grand total" at the foot
    over the regions): the lines no total covers are read again as a tree, both ways, and a
    named total one of those readings explains is taken, level by level. Only named totals are
    taken so: an unnamed line over others at this level may add up by coincidence."""
    while True:
        inside = {kid for kids in tree.values() for kid in kids}
        top = [x for x in axis.lines if x not in inside]
        left = labelled.intersection(top).difference(tree)
        if not left or len(top) < 3:
            return
        found: dict[int, list[int]] = {}
        for reading in _readings(top, vectors, labelled, labelled, axis, read):
            taken = {line: kids for line, kids in reading.items() if line in left}
            if len(taken) > len(found):
                found = taken
        if not found:
            return
        tree.update(found)


def _score(found: dict[int, list[int]], hinted: set[int]) -> tuple[int, int]:
    return len(hinted & set(found)), len(found)


def totals_along(
    axis: Axis, values: Values, sheet: str, check_typed: bool, looks: dict[int, tuple[int, bool]]
) -> dict[int, list[int]]:
    """Each total line of the axis and its direct children; ``axis.totals`` is set to them.
    ``looks``: each row label's indent and boldness (looks.label_looks), which hint at totals.

    The tree is taken when it explains every line labelled as a total; otherwise (hidden
    parts, totals perturbed at source, or a labelled total the arithmetic does not bear out)
    totals are read from their labels as before, checked when ``check_typed``, which refuses
    what does not add up.
    """
    labelled = {x for x in axis.lines if is_total_label(axis.labels.get(x, ""))}
    running = running_over_periods(axis, values)  # no level of the tree: read apart
    rest = replace(axis, lines=[x for x in axis.lines if x not in running]) if running else axis
    # set out over one line by indent, or by the columns of the labels (``roles`` reads them)
    axis.heads_of_one = rest.heads_of_one = axis.heads_of_one | heads_of_one(looks)
    axis.indents = rest.indents = indents(looks) or axis.indents  # or the labels' columns
    tree = read_tree(rest, values, labelled | emphasised(looks), labelled)
    grand_at_the_other_end(rest, tree, values)
    year_over_its_one_total(rest, tree, values)
    tree.update(running)
    tree = words_over_arithmetic(tree, axis.labels)  # no payment group over payment groups
    unexplained = labelled - set(tree)
    for line in sorted(unexplained):
        levels = two_levels(rest, line, values.figure)
        if levels is not None:  # regions of one area each under a named grand total
            tree, unexplained = {**levels, **running}, set()
            break
    if tree and all(_sums_nothing(axis, x, labelled, values) for x in unexplained):
        axis.totals = set(tree)
        return tree
    axis.totals = labelled
    if not labelled:
        found = find_arithmetic_total(axis, values, sheet)
        if found is not None:
            axis.totals.add(found)
    return group_totals(axis, values, sheet, check_typed)


def _sums_nothing(axis: Axis, line: int, labelled: set[int], values: Values) -> bool:
    """A line named as a total that adds up neither the lines after it nor those before it in
    any cell ("Total stillbirths" beside live births by ethnic group) counts something of its
    own; one that adds up in some cells but not others is a total with mistakes (refused)."""
    at = axis.lines.index(line)
    after = list(takewhile(lambda x: x not in labelled, axis.lines[at + 1 :]))
    before = list(takewhile(lambda x: x not in labelled, reversed(axis.lines[:at])))
    return not any(parts and compare(axis, line, parts, values)[0] for parts in (after, before))
