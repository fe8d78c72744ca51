"""Invariant 10: a line adding up the blocks' totals is never a total rounded on its own.

Blocks stacked on a sheet (an area each, under the same header) end in their own Total, and a
last line ('All areas | Total') adds those up. Typed, that line's figures look like counts; the
copy that rounds them on its own shows the rounded original total (1,220), not the sum of the
rounded block totals the reader sees above it (1,240), which guidance R5 forbids.

The proof reads the input itself: a line whose label names a total (or a line of words and
figures ending its run: 'England' under the blocks), holding a figure that is,
to the last digit, the sum of the figures of the lines named a total above it in its column,
or else below it (all of them, or those ending a block: the next line holds no figure there),
two or more.
When the copy writes those lines as formulas (it shows them as totals) but this place as a
plain figure, the total was rounded on its own. A whole block adding up the other blocks line
by line is read the same way (``summed_blocks``), and so is a line running on along another
('Referrals year to date': ``running_lines``), and a Total column over areas each beside its
year to date (``total_columns``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable

from wpxl.model import Cell
from wpxl.verify.alike_lines import alike_lines
from wpxl.verify.block_heads import block_heads
from wpxl.verify.books import SheetPair
from wpxl.verify.coded_lines import coded_lines
from wpxl.verify.figure_lines import figure_lines, forget
from wpxl.verify.group_columns import group_columns
from wpxl.verify.group_totals import group_totals
from wpxl.verify.headed_blocks import headed_blocks
from wpxl.verify.headline_totals import headline_totals
from wpxl.verify.hidden_sums import hidden_sums
from wpxl.verify.indented_totals import indented_totals
from wpxl.verify.leaks import Finding
from wpxl.verify.level_totals import level_totals
from wpxl.verify.listed_levels import listed_levels
from wpxl.verify.named_heads import named_heads
from wpxl.verify.one_part_heads import one_part_heads
from wpxl.verify.proof import Proof
from wpxl.verify.running_lines import running_lines
from wpxl.verify.sibling_sums import sibling_sums
from wpxl.verify.side_by_side import side_by_side
from wpxl.verify.subset_sums import subset_sums
from wpxl.verify.summed_blocks import row_labels, summed_blocks, written_alone
from wpxl.verify.summed_groups import summed_groups
from wpxl.verify.summed_lines import summed_lines
from wpxl.verify.summed_named import summed_named
from wpxl.verify.summed_neighbours import summed_neighbours
from wpxl.verify.summed_runs import named_by_a_year, summed_runs
from wpxl.verify.summed_tops import summed_tops
from wpxl.verify.total_columns import total_columns
from wpxl.verify.total_words import figure, names_total
from wpxl.verify.twin_totals import twin_totals
from wpxl.verify.unshown_totals import totals_over_unshown

Coord = tuple[int, int]
ROUNDED_ALONE = "a total of the blocks' totals rounded on its own, not worked out from them"


def totals_of_totals_worked_out(pair: SheetPair, proof: Proof) -> list[Finding]:
    """The findings of the readings below on the input sheet, and on each band of its columns
    where blank columns set tables side by side (``side_by_side``): each reading takes a row's
    first words for its label, so beside a table the lines of the one to its right went
    unread ('London', 533, over its areas in column E, beside 'All areas' in column A)."""
    if pair.kind != "volume" or pair.source is None:
        return []
    found = [*_worked_out(pair, proof, pair.source.cells), *sibling_sums(pair)]
    for band in side_by_side(pair.source.cells):
        places = {f.part for f in found}
        found += [f for f in _worked_out(pair, proof, band) if f.part not in places]
    forget(pair)  # no later check asks for the figures by line
    return found


def _worked_out(pair: SheetPair, proof: Proof, cells: dict[Coord, Cell]) -> list[Finding]:
    labels = row_labels(pair, cells)
    figures = figure_lines(pair, cells)  # kept on the pair for the input's own cells
    across = _Heads(cells)  # the columns read as rows: a year's column after its weeks'
    found = summed_blocks(pair, cells, labels)
    seen = set(found)
    found += [f for f in headed_blocks(pair, cells, labels) if f not in seen]
    found += twin_totals(pair, cells)
    found += running_lines(pair, cells)
    found += _over_block_totals(pair, cells, labels)
    spans = [*pair.source.merged, *pair.source.centred]
    levels: list[Finding] = []  # summed_lines' two levels of lines, asked late
    later: list[Callable[[], list[Finding]]] = [  # a line named a total above its blocks
        lambda: named_heads(pair, cells),  # heads them too: each place is named once
        lambda: summed_lines(pair, cells, labels, levels),
        lambda: indented_totals(pair, cells, labels),  # a line over those set out under it
        lambda: one_part_heads(pair, cells, labels),  # a line over its one part, a column in
        lambda: totals_over_unshown(pair, cells, proof.base),
        lambda: summed_runs(pair, cells, labels, figures),
        lambda: summed_groups(pair, cells, labels, figures),
        lambda: group_totals(pair, cells, spans),
        lambda: summed_tops(pair, cells),
        lambda: hidden_sums(pair, cells),  # a line over hidden lines and shown ones
        lambda: coded_lines(pair, cells),  # a code's line over the codes under it
        lambda: block_heads(pair, cells, labels),
        lambda: alike_lines(pair, cells, labels),
        lambda: summed_named(pair, cells, labels),
        lambda: subset_sums(pair, cells, labels),  # 'of which JSA' over the JSA lines
        lambda: total_columns(pair, cells),  # a Total column over areas between YTD columns
        lambda: headline_totals(pair, cells, labels),  # 'Referrals to date' over the lines
        lambda: level_totals(pair, cells, labels),  # over its fellows, by the figures alone
        lambda: listed_levels(pair, cells, labels),  # regions listed before their authorities
        lambda: levels,  # a named total over two levels of its fellows, after their readings
        lambda: summed_neighbours(pair, cells),  # a line next to the totals it adds up
        lambda: group_columns(pair, cells),  # a group's total in a column beside its lines
        # columns named by their headers, after the readings of their own
        lambda: summed_runs(pair, cells, across.labels(), figures, across=True),
        lambda: summed_groups(pair, cells, across.labels(), figures, across=True),
    ]
    for check in later:
        places = {f.part for f in found}
        found += [f for f in check() if f.part not in places]
    return found


class _Heads:
    """Each column's topmost words (its header), by which the readings of columns as rows name
    them, read once asked for (two readings ask); none where no column is named a total or a
    year, so those readings read no column."""

    def __init__(self, cells: dict[Coord, Cell]) -> None:
        self._cells = cells
        self._read: dict[int, tuple[int, str]] | None = None

    def labels(self) -> dict[int, tuple[int, str]]:
        if self._read is None:
            heads: dict[int, tuple[int, str]] = {}  # each column's topmost words
            for (row, col), cell in self._cells.items():
                text = cell.value
                if (
                    isinstance(text, str)
                    and text.strip()
                    and (col not in heads or row < heads[col][0])
                ):
                    heads[col] = (row, " ".join(text.split()))
            named = any(names_total(w) or named_by_a_year(w) for _, w in heads.values())
            self._read = heads if named else {}
        return self._read


def _over_block_totals(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    found: list[Finding] = []
    named = {row: col for row, (col, words) in labels.items() if names_total(words)}
    if len(named) < 2:
        return found  # a total over two or more totals: two lines named a total at least
    named |= _closing_lines(pair, cells, labels, named)  # 'England' under them, a place's name
    if len(named) < 3:
        return found
    by_col: defaultdict[int, list[int]] = defaultdict(list)
    for (row, col), cell in cells.items():
        if row in named and figure(cell) is not None and col > named[row]:
            by_col[col].append(row)
    for col, rows in by_col.items():
        rows.sort()
        totals = [r for r in rows if _written_as_total(pair, (r, col))]  # once a column
        for row in rows:
            place = (row, col)
            if cells[place].formula is not None or not written_alone(pair, place):
                continue
            before, after = bisect_left(totals, row), bisect_right(totals, row)
            for lines in (totals[:before], totals[after:]):
                ends = _block_ends(cells, lines, col)
                if _adds_up(pair, place, lines) or _adds_up(pair, place, ends):
                    found.append(Finding(pair.where(pair.output_coord(place)), ROUNDED_ALONE))
                    break
    return found


def _closing_lines(
    pair: SheetPair,
    cells: dict[Coord, Cell],
    labels: dict[int, tuple[int, str]],
    named: dict[int, int],
) -> dict[int, int]:
    """The lines of words and figures not named a total that end a run of lines holding
    figures (the next holds none): a table's last line may add up the blocks' totals too."""
    held = figure_lines(pair, cells).by_row()  # the rows holding figures
    ends = [row for row in held if row + 1 not in held and row in labels and row not in named]
    return {row: labels[row][0] for row in ends}


def _written_as_total(pair: SheetPair, place: Coord) -> bool:
    written = pair.cells.get(pair.output_coord(place))
    return written is not None and written[1] is not None


def _block_ends(cells: dict[Coord, Cell], rows: list[int], col: int) -> list[int]:
    """The rows whose next row holds no figure in the column: each ends its block."""
    return [row for row in rows if figure(cells.get((row + 1, col))) is None]


def _adds_up(pair: SheetPair, place: Coord, rows: list[int]) -> bool:
    if len(rows) < 2:
        return False
    value = pair.shown(place)
    parts = [pair.shown((row, place[1])) for row in rows]
    if not value or any(p is None for p in parts):
        return False
    return abs(value - sum(parts)) <= 1e-9  # type: ignore[arg-type]
