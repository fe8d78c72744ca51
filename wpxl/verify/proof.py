"""Run the invariants over a copy and the input it was made from, a sheet of each at a time.

What the invariants need from the input as a whole (its figures that must not appear, its
hidden text, its outcome figures) is learnt as each input sheet is read; what needs the whole
workbook (numbers in words, text from hidden places, totals over other sheets) is judged once
every sheet has been read. Nothing here asks what the planner decided.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from wpxl import __version__
from wpxl.model import Sheet
from wpxl.model.collector import fewer_collections
from wpxl.model.regrouping import RegroupedSheet
from wpxl.model.sheetref import a1
from wpxl.policy import Policy
from wpxl.read import ReadInput
from wpxl.read.numerals import holds_numerals
from wpxl.verify.books import OutputBook, SheetPair, SourceBook, kind_of_sheet
from wpxl.verify.conditional_numbers import number_hidden
from wpxl.verify.default_sizes import unsized_unseen
from wpxl.verify.few_words import FEW
from wpxl.verify.hidden_links import HiddenOutcomes
from wpxl.verify.leaks import Finding
from wpxl.verify.line_labels import stating_their_line
from wpxl.verify.other_inputs import worked_out
from wpxl.verify.outcome_labels import OutcomeLabels, RowName
from wpxl.verify.outcomes import Measures, OutcomeContext
from wpxl.verify.outlines import folded
from wpxl.verify.regrouped import carry_outcomes
from wpxl.verify.source_cells import Moves, in_the_source
from wpxl.verify.spelt import spells_a_number
from wpxl.verify.values import is_multiple, number, number_tokens
from wpxl.verify.visibility import conditional_over, is_hidden, kind_of, seen_with

if TYPE_CHECKING:
    from wpxl.verify.alongside import Sheets, Spare

_THERE = "the other process's"  # a place in ``Proof.later`` for its later totals
MIN_HIDDEN_TEXT = 6  # shorter strings ("Total", "JSA") are everyday words, not a leak
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class Words:
    """A text of the copy whose numbers are judged once the whole input is known."""

    where: str
    text: str
    role: str  # label | title | wpxl | percent (a label on a % sheet) | name
    heading: str | None = None  # a number alone on a % sheet: the words over it there
    band: tuple[float, float] | None = None  # a label's band among its fellows: its ends


@dataclass(slots=True)
class Proof:
    """What the invariants share: the policy, both books, and what was learnt of the input."""

    policy: Policy
    output: OutputBook
    source: SourceBook
    measures: Measures
    words: list[Words] = field(default_factory=list)
    strings: list[tuple[str, tuple[int, int], str]] = field(default_factory=list)  # the copy's
    style_users: dict[int, str] = field(default_factory=dict)  # style -> first cell using it
    forbidden: set[float] = field(default_factory=set)  # input figures rounding would change
    outcome_figures: set[float] = field(default_factory=set)
    row_names: set[RowName] = field(default_factory=set)  # an outcome table's, by header
    hidden_texts: set[str] = field(default_factory=set)
    visible_texts: set[str] = field(default_factory=set)
    own_figures: set[float] = field(default_factory=set)
    line_texts: set[str] = field(default_factory=set)  # stating their line's figure (line_labels)
    shown_figures: set[float] = field(default_factory=set)  # the copy's, but plain rounded counts
    package_figures: set[float] = field(default_factory=set)  # in the input's dropped text
    later: list[tuple[str, object]] = field(default_factory=list)  # (invariant, its data)
    kept: dict[str, object] = field(default_factory=dict)  # an invariant's own state, by name
    published: set[str] | None = None  # the sheets the user published (lower case), if known
    links: HiddenOutcomes | None = None  # formulas reading a hidden sheet's outcome figures
    moves: dict[str, Moves] = field(default_factory=dict)  # each volume sheet's over the input

    @classmethod
    def made(
        cls,
        package: zipfile.ZipFile,
        source: Path,
        policy: Policy,
        regrouped: Mapping[str, RegroupedSheet] | None,
        read: ReadInput | None,
    ) -> Proof:
        """The proof of the copy in ``package``, nothing learnt yet."""
        book = SourceBook(source, regrouped, read)
        measures = Measures(policy)
        links = HiddenOutcomes(book, measures)
        return cls(policy, OutputBook(package), book, measures, links=links)

    @property
    def base(self) -> int:
        return self.policy.rounding_base

    def pair(self, index: int, name: str) -> SheetPair:
        cells, words = self.output.sheet(name)
        kind = kind_of_sheet(name, index, self.source)
        pair = SheetPair(name, kind, cells, words)
        indexed = pair.indexed(self.base)
        self.strings.extend((name, c, v) for c, v in indexed.texts)
        for text in words:  # headers, footers and other words outside the cells
            self.strings.append((name, (-1, -1), text))
            self.queue(f"sheet '{name}' outside its cells", text, "title")
        if kind == "volume":
            sheet, dropped = self.source.sheet(self.source.by_output_name[name])
            original, regrouped = None, self.source.regrouped.get(sheet.name)
            if regrouped is not None:  # every figure and word of the input stays known
                before = OutcomeContext(sheet, self.measures, self.links)
                self.learn(sheet, dropped, before)
                original, sheet, dropped = sheet, regrouped.sheet, []
            context = OutcomeContext(sheet, self.measures, self.links)
            pair = SheetPair(name, kind, cells, words, sheet, context)
            if regrouped is None:
                index = self.source.by_output_name[name]
                shown = self.source.survey.entries[index].shown
                self.moves[name] = Moves(shown, *pair.moves)
            pair.elsewhere = partial(worked_out, self.source, self.kept, sheet.name)
            pair.index = indexed
            pair.original = original
            pair.hidden = self.learn(sheet, dropped, pair.context)
            if regrouped is not None:
                self.outcome_figures |= carry_outcomes(regrouped, before, pair.context)
        return pair

    def learn(self, sheet: Sheet, dropped: list[str], context: OutcomeContext | None) -> set:
        """The input sheet's figures that must not appear, its hidden and visible words, and
        its outcome figures (``context.outcomes`` too); returns its visually hidden cells."""
        base = self.base
        if context is None:
            context = OutcomeContext(sheet, self.measures, self.links)
        hidden_sheet = not sheet.visible
        rows, cols = sheet.hidden_rows, sheet.hidden_cols
        unseen: set[tuple[int, int]] = set()
        styles: dict[tuple[int, int], bool] = {}  # by id() (wpxl.read shares one Style per
        # style index) and kind of value
        narrow = {c for c, w in sheet.col_widths.items() if w == 0}
        low = {r for r, h in sheet.row_heights.items() if h == 0}
        if sheet.row_outline.collapsed or sheet.col_outline.collapsed:
            folded_rows, folded_cols = folded(sheet)
            low, narrow = low | folded_rows, narrow | folded_cols
        if sheet.default_row_height is not None or sheet.default_col_width is not None:
            unsized_rows, unsized_cols = unsized_unseen(sheet)
            low, narrow = low | unsized_rows, narrow | unsized_cols
        forbidden = self.forbidden
        # a number naming its row is no volume, and a % sheet may show it (verify.outcome_labels)
        named = OutcomeLabels(sheet.cells, self.row_names) if context.may_hold_outcomes else None
        lines_hidden = bool(low or narrow)
        counts: dict[int, bool] = {}  # id of a count's Cell (wpxl.read shares them) -> invisible
        shaded = conditional_over(sheet) if sheet.conditional else None
        numbered: list[tuple[tuple[int, int], str]] = []  # texts with digits (line_labels)
        for coord, cell in sheet.cells.items():
            invisible = counts.get(id(cell))
            if invisible is None:
                value = cell.value
                if value is None or value == "":
                    continue
                style, kind = cell.style, kind_of(value)
                invisible = styles.get((id(style), kind))
                if invisible is None:
                    invisible = styles[(id(style), kind)] = is_hidden(style, kind)
                if value.__class__ is int:  # the commonest cell: a count, judged once a Cell
                    counts[id(cell)] = invisible
                    if value % base:
                        forbidden.add(float(value))
            if shaded is not None and coord in shaded:  # by a conditional format's colours
                kind = kind_of(cell.value)
                invisible = seen_with(shaded[coord], cell.style, kind, invisible)
                if not invisible and kind in (1, -1) and isinstance(cell.value, int | float):
                    invisible = number_hidden(shaded[coord], cell.style, cell.value)
            if invisible or (lines_hidden and (coord[0] in low or coord[1] in narrow)):
                unseen.add(coord)
            value = cell.value
            if value.__class__ is int:
                if named is not None and not named(coord) and context.is_outcome(coord):
                    context.outcomes.add(coord)
                    self.outcome_figures.add(float(value))
                continue
            figure = number(value)
            if isinstance(value, str):
                if _DIGIT.search(value) is not None:
                    numbered.append((coord, value))
                hidden = hidden_sheet or coord in unseen or coord[0] in rows or coord[1] in cols
                (self.hidden_texts if hidden else self.visible_texts).add(value.strip())
                if named is not None and value.strip().isdecimal() and named(coord):
                    context.named[coord] = value.strip()  # a key written as digits
                if figure is not None and not is_multiple(figure, base):
                    forbidden.add(figure)
                continue
            if figure is None:
                continue
            if not is_multiple(figure, base):
                forbidden.add(figure)
            if named is not None and not named(coord) and context.is_outcome(coord):
                context.outcomes.add(coord)
                self.outcome_figures.add(figure)
        if numbered:
            self.line_texts |= stating_their_line(sheet, numbered, context.outcomes, base)
        self.learn_package(dropped)
        return unseen

    def learn_package(self, dropped: list[str]) -> None:
        """Text wpxl.read found where no reader of the sheets sees it (comments, properties,
        defined names, headers and footers): hidden text, and its numbers forbidden."""
        base = self.base
        for text in dropped:
            self.hidden_texts.add(text.strip())
            figures = {v for v, *_ in number_tokens(text) if not is_multiple(v, base)}
            self.forbidden.update(figures)
            self.package_figures.update(figures)

    def cell_strings(self) -> list[tuple[str, str]]:
        """(where, text) of every text cell of the copy."""
        return [
            (f"'{sheet}' {a1(*coord)}" if coord[0] >= 0 else f"sheet '{sheet}'", text)
            for sheet, coord, text in self.strings
        ]

    def queue(
        self,
        where: str,
        text: str,
        role: str,
        heading: str | None = None,
        band: tuple[float, float] | None = None,
    ) -> None:
        if _DIGIT.search(text) or spells_a_number(text) or FEW.search(text) or holds_numerals(text):
            self.words.append(Words(where, text, role, heading, band))


def prove(
    output: Path,
    source: Path,
    policy: Policy,
    regrouped: Mapping[str, RegroupedSheet] | None = None,
    read: ReadInput | None = None,
    published: Collection[str] | None = None,
    alongside: bool = True,
    spare: Spare | None = None,
) -> list[Finding]:
    """Every invariant of wpxl.verify.INVARIANTS, over the copy ``output`` of ``source``.

    ``published``: the sheets the user said are published (``--published``; with the
    policy's), so no other may say so; None (``wpxl check``): not known, either banner will do.

    ``read``: the input as wpxl.read already read it in this run (sanitise's), so it is not
    parsed again; ``wpxl check --against`` reads it here.

    ``regrouped`` (``--aggregate``; ``wpxl check`` has none) gives, by input sheet name, the
    sheet the copy was made from instead: the input's sheet with tables regrouped. The copy is
    compared with it, and it with the input's sheet (wpxl.verify.regrouped).

    ``alongside``: whether a second process may run some checks of a large copy's sheets
    (wpxl.verify.alongside): ``spare``, made as sanitise started, or one made here; the
    findings are the same either way."""
    found = _prove(output, source, policy, regrouped, read, published, alongside, spare)
    if found is None:  # the second process failed: the whole proof again, here
        found = _prove(output, source, policy, regrouped, read, published, False)
    return found


def _prove(
    output: Path,
    source: Path,
    policy: Policy,
    regrouped: Mapping[str, RegroupedSheet] | None,
    read: ReadInput | None,
    published: Collection[str] | None,
    alongside: bool,
    spare: Spare | None = None,
) -> list[Finding] | None:
    from wpxl.verify import alongside as beside
    from wpxl.verify.invariants import INVARIANTS

    chosen = list(INVARIANTS.items())
    placed: list[list[Finding] | tuple[int, str]] = []  # or where the other process's go
    with fewer_collections(), zipfile.ZipFile(output) as package:
        proof = Proof.made(package, source, policy, regrouped, read)
        book = proof.output
        if published is not None:
            proof.published = {n.lower() for n in (*published, *policy.published_sheets)}
        proof.learn_package(proof.source.survey.dropped_text)
        for _, invariant in chosen:
            placed.append(invariant.package(proof))
        with beside.second(proof, spare, alongside) as ready:
            other = beside.started(proof, output, ready, regrouped)
            for index, name in enumerate(book.where):
                if other is not None:
                    other.reach(index)
                pair = proof.pair(index, name)
                for key, invariant in chosen:
                    if other is not None and other.takes(index, key):
                        placed.append((index, key))
                        proof.later.append((_THERE, (index, key)))
                    else:
                        placed.append(invariant.sheet(pair, proof))
                del pair  # the next sheet's cells take its place, not join it
            findings = _in_place(placed, proof, other.results() if other is not None else {})
        if findings is None:
            return None
        for sheet, dropped in proof.source.unread():
            proof.learn(sheet, dropped, None)
        proof.own_figures = own_figures(proof)
        for _, invariant in chosen:
            findings.extend(invariant.finish(proof))
    return in_the_source(findings, proof.moves)


def _in_place(
    placed: list[list[Finding] | tuple[int, str]], proof: Proof, there: Sheets | None
) -> list[Finding] | None:
    """The findings in the order one process finds them, the other process's in their places
    and its later totals in theirs in ``proof.later``; None if that process failed."""
    if there is None:
        return None
    later: list[tuple[str, object]] = []
    for name, data in proof.later:
        if name == _THERE:
            index, key = data  # type: ignore[misc]
            later.extend(there[index][key][1])
        else:
            later.append((name, data))
    proof.later = later
    found: list[Finding] = []
    for item in placed:
        found.extend(there[item[0]][item[1]][0] if isinstance(item, tuple) else item)
    return found


def own_figures(proof: Proof) -> set[float]:
    """wpxl's own figures, which its words may state: the base and thresholds, how many sheets
    and how many of each kind of thing it removed (counted from the input, not the plan)."""
    policy = proof.policy
    figures = {
        float(policy.rounding_base),
        float(policy.small_base),
        float(int(policy.small_cell_share * 100.0 + 0.5)),  # as whole percentages (0.29 -> 29)
        float(int(policy.total_error_share * 100.0 + 0.5)),
        float(len(proof.output.where)),
        float(len(proof.source.survey.entries)),
        *(float(n) for n in proof.source.extras.values()),
        *(float(p) for p in __version__.split(".") if p.isdigit()),
    }
    return figures
