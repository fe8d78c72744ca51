"""Figures the proof accepts unrounded as labels, by its own reading of the input sheet.

A number that names a row or a column is no count: a contract package area's number (3, 7,
12), an age band's start, weeks since attachment, a month written 202310, a financial year
201314, a contract's reference beside its key. But a count taken for one is a disclosure, so
the proof lets such a figure stand only where the input's layout says nothing counts it:

- a label column: the figure is one of an unbroken run of whole numbers (typed, or written as
  digits as exports write them: ``label_number``), all different, under a header naming what
  they number (an identifier ('CPA', 'Office no.'), a payment group ('Payment group', 'PG'), a
  week's number, a cohort, an age, a time since an event, or a period whose values have a
  period code's shape); no figure stands left of any of them in their own table (they sit
  among the labels; a column blank on all their rows parts tables set side by side) and
  each row has figures to its right; the row after the run (or, the total on top, the row
  between it and its header) is the table's total row, holding the total's words, not a figure,
  in the column (a run of period codes, under a period or a cohort, of three or more numbers
  one apart, single years of age, of payment groups by DWP's numbers, 1 to 9, of bands of a
  quantity rising ('Hours worked': ``quantity_heads``), or in the table's first column, its
  only labels, none the others' sum, needs no total row, and the codes may repeat when words
  left of it tell the rows apart: a long extract's 'Area | Month', each month once for each
  area); numbers under a plain 'Cohort' are cohorts numbered in order, 1 to 99, or months;
- a header row: whole numbers all different (or runs repeated whole: ``repeated_heads``), each
  under nothing counted and over a figure (or over the column's name over it: payment groups 1,
  2, 6 over 'JSA 18-24', 'JSA 25+', 'ESA Flow'), beside words after them, one naming a total
  over a column of figures ('Total', '2013/14', 'YTD': ``repeated_heads``), or single years of
  age over columns the input's SUMs add up from the row under them (``summed_heads``), or times
  since an event rising under words naming one ('Months since referral': ``elapsed_heads``), or
  months numbered 1, 2, 3 under 'Month' (``period_heads``), or codes, weeks or ages under a
  corner naming them (``coded_heads``), or bands of a quantity (``quantity_heads``), or runs
  numbered again under each group's head (``grouped_runs``), or three or more counting from 1
  under a corner naming a kind of line, a table's first line ('Payment group | 1 | .. | 13':
  ``text_heads``); typed, or digits written as text
  ('18'); no measure or total named before them (a total row at a table's top; a period may be:
  'Month of referral' under the times), a 'Payment group' corner naming what they number;
- a key and its value: the row's only figure, just right of a key naming a reference or a
  version ('Contract reference', 'Version');
- a part of the year: months 1-12 under 'Month' beside a column of years (``year_parts``),
  or numbered under 'Month', 'Quarter' or 'Period' alone (``period_numbers``);
- an age band's bound in a pair of bound columns ('Age from | Age to' over 18 | 24, 25 | 49:
  ``band_bounds``);
- a key of a long extract, repeating once for each value of the other keys: 'Area | Week',
  'Payment group | Month', 'Month | Area' (``extract_keys``);

and in every case no formula of the copy refers to it (no total adds it up). Never asked: analyse.
"""

from __future__ import annotations

import re

from wpxl.model import Cell
from wpxl.verify.band_bounds import BandBounds
from wpxl.verify.bare_refs import keys_a_reference
from wpxl.verify.books import Coord
from wpxl.verify.coded_blocks import codes_named, later_line, left_edge, names_coded
from wpxl.verify.coded_heads import heads_coded
from wpxl.verify.elapsed_heads import heads_elapsed
from wpxl.verify.extract_keys import ExtractKeys
from wpxl.verify.group_numbering import numbers_groups
from wpxl.verify.label_blocks import block_name, heading_line, repeated_in_blocks, runs_of
from wpxl.verify.label_heads import (
    COHORT,
    MEASURE,
    PAYMENT_GROUP,
    PAYMENTS_HAD,
    counts_from_one,
    is_period_code,
    may_name_lines,
    numbers_cohorts,
    numbers_lines,
    single_years,
)
from wpxl.verify.label_number import digits, label_number, run_end
from wpxl.verify.line_total_heads import heads_line_totals
from wpxl.verify.lone_codes import heads_one_period
from wpxl.verify.note_marks import NoteMarks
from wpxl.verify.period_heads import heads_periods
from wpxl.verify.period_numbers import numbers_periods
from wpxl.verify.place_codes import names_bare_place, place_codes
from wpxl.verify.quantity_heads import bands, heads_quantities, names_quantity
from wpxl.verify.repeated_heads import names_total_column, periods_named, repeated_as_runs
from wpxl.verify.rows_of import RowsOf, blank_across
from wpxl.verify.run_verdicts import RunVerdicts
from wpxl.verify.summed_heads import heads_summed_columns
from wpxl.verify.text_heads import numbers_under_a_kind
from wpxl.verify.typed_groups import adds_up_lines, group_line
from wpxl.verify.values import is_marker
from wpxl.verify.word_keys import keyed_by_words
from wpxl.verify.year_parts import YearParts, is_number

_PERIOD = re.compile(  # 'Referral month': the month each line's people were referred
    r"^\s*(?:(?:financial|calendar|academic|referral|attachment|(?:job\s+)?start)\s+)?"
    r"(?:years?|months?|quarters?|periods?)\b"
    r"(?!\s+(?:since|after|from|on)\b)",  # 'Months since referral': a time since an event
    re.IGNORECASE,
)
# words explaining a header in a bracket after it ('Cohort (month referred)'), read without
# it; not a bracket naming what is counted ('Payment group (referrals)') or holding a figure
_EXPLAINED = re.compile(
    r"\s*\((?![^)]*\b(?:numbers?|counts?|totals?|referrals|attachments|starts|outcomes"
    r"|sustainments|people|participants|customers|claimants)\b)[a-z][a-z ]*\)\s*$",
    re.IGNORECASE,
)
TOTAL = re.compile(r"^\s*(?:grand\s+|sub-?\s*)?totals?\b|^\s*all\b", re.IGNORECASE)
_SUBTOTAL = re.compile(r"\b(?:sub-?\s*)?totals?\b|^\s*(?:q|quarter\s*)[1-4]\s*$", re.IGNORECASE)


class LabelReading:
    """The proof's reading of an input sheet's numbers naming rows or columns (see the
    module's doc), from the input alone."""

    def __init__(self, cells: dict[Coord, Cell]) -> None:
        self.cells = cells
        self._row = RowsOf(self.cells)
        self._year_parts = YearParts(self.cells, self._row)
        self._extract_keys = ExtractKeys(self.cells, self._row)
        self._marks = NoteMarks(self.cells)  # a footnote's number under 'Notes'
        self._bounds = BandBounds(self.cells, self._row)  # 'Age from | Age to' over 18 | 24
        self._down = RunVerdicts()  # each whole number's run, read once
        self._subtotals: dict[Coord, bool] = {}  # asked of a run's ends by each of its numbers
        self._columns: dict[tuple[int, int, int], bool] = {}  # by row and its table's ends
        self._groups: dict[int, bool] = {}  # whether a row numbers groups, by row

    def read_ahead(self, places: list[Coord]) -> None:
        """The rows of the input's ``places`` indexed before ``names`` is asked of each."""
        self._row.read_ahead({row for row, _ in places})

    def names(self, at: Coord) -> bool:
        """Whether the input's layout shows its whole number at ``at`` to name a row or a
        column, whatever the copy holds there (``kept_labels`` asks it of a number rounded)."""
        return self.names_down(at) or self.names_across(at) or self.names_alone(at)

    def names_down(self, at: Coord) -> bool:
        """Whether the whole number is one of a run naming rows: the answer is the same for
        every number of its column's unbroken run of whole numbers, so the run is read once
        (asked of each of 4,800 month codes, it was read 4,800 times). Runs parted by subtotal
        lines ('JSA total' between payment groups 1-3 and 6-7) are read as one first."""
        judged = self._down.get(at)
        if judged is None:
            if label_number(self.cells.get(at)) is None:
                return False
            row, col = at
            top, end = self._edge(row, col, -1, False), self._edge(row, col, 1, False)
            wide = self._edge(top, col, -1, True), self._edge(end, col, 1, True)
            judged = wide != (top, end) and self._names_a_row(wide, col)
            judged = judged or self._names_a_row((top, end), col) or self._year_parts((top, col))
            self._down.judge(col, top, end, judged)
        return judged

    def _edge(self, row: int, col: int, step: int, across: bool) -> int:
        """The last row of the column's run of label numbers from ``row`` going ``step``;
        ``across``: on over subtotal lines (total words, no number in the column; up to three
        in a row: 'Leeds total', 'Yorkshire total') and blank spacer rows to the next group's
        numbers."""
        while True:
            row = run_end(self.cells, row, col, step)
            gap = row + step
            while across and (
                (abs(gap - row) < 4 and (self._subtotal_line(gap, col) or not self._row(gap)))
                or later_line(self._row(gap), col)  # a block's later line ('coded_blocks')
                or block_name(self._row(gap), col)  # a block's name over its lines ('York')
            ):
                gap += step
            if gap == row + step or label_number(self.cells.get((gap, col))) is None:
                return row
            row = gap

    def names_across(self, at: Coord) -> bool:
        """Whether the number is one of a header row naming columns: the same for its row."""
        row = at[0]
        return (
            self._names_a_column(at)
            or self._numbers_groups(row)
            or heads_one_period(self._row(row), at, self._figure_under, self.cells)
        )

    def names_alone(self, at: Coord) -> bool:
        """Whether the number is a key's value, a key of a long extract (which keeps its
        own readings of a run), or a bound of an age band beside its other bound."""
        key = self._text((at[0], at[1] - 1)) or ""  # its value the line's one number
        keyed = keys_a_reference(key) and sum(is_number(c.value) for _, c in self._row(at[0])) == 1
        return keyed or self._extract_keys(at) or self._marks(at) or self._bounds(at)

    def _number(self, at: Coord) -> bool:
        """A figure: typed, or a formula (one a script wrote has no cached value, and is a
        figure all the same: 'North' right under the month codes heading its columns)."""
        cell = self.cells.get(at)
        return cell is not None and (is_number(cell.value) or cell.formula is not None)

    def _text(self, at: Coord) -> str | None:
        cell = self.cells.get(at)
        if cell is None or cell.formula is not None or not isinstance(cell.value, str):
            return None
        return cell.value.strip() or None

    def _names_a_row(self, ends: Coord, col: int) -> bool:
        """A label column (see the module's doc): its run from the first row of ``ends`` to
        the last, across any subtotal lines between."""
        top, end = ends
        above = top - 1  # over a region's line and a district's, or a block's name ('Barnsley')
        run = range(top, end + 1)  # over a blank row too, blank across its own table
        while above > top - 4 and (
            (
                self._text((above, col)) is None
                and (
                    blank_across(self._row, above, run, col)
                    or self._subtotal_line(above, col, False)
                )
            )
            or self._group(above, col)  # 'North' over its offices' numbers, in their column
        ):
            above -= 1
        header = self._text((above, col))
        on_top = header is not None and TOTAL.match(header) is not None
        if on_top:  # the total on top, first: the header over it (a blank row between maybe)
            above = top - 2
            while above > top - 4 and blank_across(self._row, above, run, col):
                above -= 1
            header = self._text((above, col))
        header = _EXPLAINED.sub("", header) or header if header is not None else None
        quantity = names_quantity(header)  # 'Hours worked' over 16, 30, 37: its bands
        if header is None:
            return self._indexed(top, end, col)
        paid = PAYMENTS_HAD.match(header) is not None  # 'Number of sustainment payments'
        named = _PERIOD.match(header) or COHORT.match(header) or may_name_lines(header)
        if not (named or quantity or paid):
            return False  # asked first: most runs are counts, under no such header
        edge = left_edge(self._row, list(range(max(top - 2, 0), end + 2)), col)
        lines = numbers_lines(header, edge == col)  # 'No.' only over the table's first column
        if on_top and not self._total_row(top - 1, col, edge=edge):
            return False
        closed = on_top or any(self._total_row(end + 1, col, w, edge) for w in (TOTAL, _SUBTOTAL))
        rows = [
            r for r in range(top, end + 1) if label_number(self.cells.get((r, col))) is not None
        ]
        later = any(later_line(self._row(r), col) for r in range(top, end + 1))
        if later and not codes_named(self._text, rows, col):
            return False  # a column with gaps is one of codes only beside the blocks' names
        numbers = [label_number(self.cells.get((r, col))) for r in rows]
        if len(numbers) < 2 or min(numbers) < 0:  # type: ignore[type-var]
            return False
        if len(set(numbers)) != len(numbers) and not (
            (_PERIOD.match(header) and keyed_by_words(self._row, rows, col, numbers))
            or repeated_in_blocks(rows, numbers)  # each block's payment groups, again
            or names_coded(self._text, rows, numbers, col)  # 'CPA | Area' on each line
        ):
            return False
        for r in rows:
            line = self._row(r)
            if any(edge <= c < col and is_number(cell.value) for c, cell in line):
                return False  # a figure left of it: it is among the figures, not the labels
            if not any(c > col and self._figure_under((r, c)) for c, _ in line):
                return False  # no figure right of it (a marker, '..', stands for one)
            if self._subtotal(r, col):
                return False  # a region's typed line adding up the lines' numbers: counts
        if quantity and edge == col and bands(numbers):  # type: ignore[arg-type]
            return True  # 'Months on programme' first: no period, 3, 6, 9, 12 are its bands
        if paid:  # 'Number of sustainment payments' first over 1, 2, 3 ... 13
            return edge == col and counts_from_one(numbers)  # type: ignore[arg-type]
        if names_bare_place(header):  # 'Office' heads counts too: see ``place_codes``
            closed = closed or self._totalled(top, end, col, edge)
            return place_codes(self._text, rows, numbers, col, closed, edge == col)  # type: ignore[arg-type]
        codes = all(is_period_code(n) for n in numbers)  # type: ignore[arg-type]
        if COHORT.match(header) and not (codes or numbers_cohorts(numbers)):  # type: ignore[arg-type]
            return False  # 412, 398, 377 under 'Cohort': the cohorts' sizes, counts
        if _PERIOD.match(header) or (COHORT.match(header) and codes):
            blocks = runs_of(rows, numbers)  # the months of each year's block, again
            return (
                codes
                or numbers_periods(header, numbers, closed)  # type: ignore[arg-type]
                or (len(blocks) > 1 and all(numbers_periods(header, b, closed) for b in blocks))  # type: ignore[arg-type]
            )
        if PAYMENT_GROUP.match(header) and all(1 <= n <= 9 for n in numbers):  # type: ignore[operator]
            return True  # DWP's numbers for its payment groups: no count column is headed so
        # the table's first column, its only labels, none of them the others' sum (a total)
        alone = edge == col and 2 * max(numbers) != sum(numbers)  # type: ignore[type-var, arg-type]
        return lines and (closed or alone or single_years(numbers))  # type: ignore[arg-type]

    def _indexed(self, top: int, end: int, col: int) -> bool:
        """pandas' index (``to_excel``'s default): 0, 1, 2 ... down A under a blank corner."""
        numbers = [label_number(self.cells.get((r, col))) for r in range(top, end + 1)]
        headed = col == 0 and top > 0 and self._text((top - 1, 1)) is not None
        return headed and len(numbers) >= 2 and numbers == list(range(len(numbers)))

    def _totalled(self, top: int, end: int, col: int, edge: int) -> bool:
        """Whether a line naming a total, or a group's line, among the run's lines or just past
        them leaves the column blank (a column of counts holds the group's sum there)."""
        return any(
            self._total_row(row, col, _SUBTOTAL, edge) or self._group(row, col)
            for row in range(top - 1, end + 2)
        )

    def _total_row(self, row: int, col: int, words: re.Pattern[str] = TOTAL, edge: int = 0) -> bool:
        """The table's total row: total words at or left of its first figure, figures right of
        ``col``, and no figure at ``col`` (a subtotal's ``words`` may end: 'JSA total'); the
        row read from the table's first column ``edge`` on (a table beside it has its own)."""
        line = [(c, cell) for c, cell in self._row(row) if c >= edge]
        if self._number((row, col)):
            return False
        first = next((c for c, cell in line if is_number(cell.value) or cell.formula), None)
        if first is None or first <= col:  # a formula with no cached value is a figure too
            return False
        return any(
            c < first and isinstance(cell.value, str) and words.search(cell.value)
            for c, cell in line
        )

    def _subtotal_line(self, row: int, col: int, total: bool = True) -> bool:
        """A line naming a subtotal (``total``), a group's line (``_group``) or a block's name
        (``heading_line``): blank at ``col``."""
        if total and self._total_row(row, col, _SUBTOTAL):
            return True
        return self._group(row, col) or heading_line(self._row.own_table(row, col), col)

    def _subtotal(self, row: int, col: int) -> bool:
        """A region's typed line adding up the lines next to it, in the column too."""
        known = self._subtotals.get((row, col))
        if known is None:
            line = self._row.own_table(row, col)
            known = self._subtotals[(row, col)] = adds_up_lines(self.cells, line, row, col)
        return known

    def _group(self, row: int, col: int) -> bool:
        """A group's line ('Yorkshire' over its areas: ``group_lines``, ``typed_groups``)."""
        return group_line(self.cells, self._row.own_table(row, col), row, col)

    def _numbers_groups(self, row: int) -> bool:
        known = self._groups.get(row)
        if known is None:
            known = self._groups[row] = numbers_groups(self.cells, row, self._row(row))
        return known

    def _names_a_column(self, at: Coord) -> bool:
        """A header row of numbers (see the module's doc): the same for every column of its
        table's row, so read once for the row's table (a header of 2,000 columns was read at
        each of them)."""
        row, col = at
        line = self._row.own_table(row, col)
        if not line:
            return False  # no numbers to head columns
        key = (row, line[0][0], line[-1][0])
        known = self._columns.get(key)
        if known is None:
            known = self._columns[key] = self._heads_columns(row, line)
        return known

    def _heads_columns(self, row: int, line: list[tuple[int, Cell]]) -> bool:
        numbers = [(c, cell) for c, cell in line if is_number(cell.value) or digits(cell)]
        if not numbers or any(cell.formula is not None for _, cell in line):
            return False  # ages written as text ('18') head columns as typed ones do
        wholes = [label_number(cell) for _, cell in numbers]
        if len(wholes) < 2 or None in wholes or not repeated_as_runs(line):
            return False
        if min(wholes) < 0:  # type: ignore[type-var]
            return False
        firsts = [c for c, _ in numbers]
        first = firsts[0]
        texts = [
            (c, str(v)) for c, cell in line if isinstance(v := cell.value, str) and not digits(cell)
        ]
        named = list(zip(firsts, wholes, strict=True))
        elapsed = heads_elapsed(self.cells, row, named)  # 'Months since referral' over them
        elapsed = elapsed or heads_periods(self.cells, row, named)  # 'Month' over 1, 2, 3
        elapsed = elapsed or heads_coded(self.cells, row, named)  # 'Payment group | 1 | 2 | 3'
        elapsed = elapsed or heads_quantities(self.cells, row, named)  # 'Hours worked | 16 | 30'
        elapsed = elapsed or numbers_under_a_kind(self.cells, row, named)  # 'Area | 1 | 2 | 3'
        months = periods_named(named)  # 'Area | Total | 201304 | 201305': the total first
        elapsed = elapsed or heads_line_totals(self.cells, row, named)  # 'All ages | 18 | 25'
        if not elapsed and any(
            MEASURE.search(t) and not (PAYMENT_GROUP.match(t) or _PERIOD.match(t))
            for c, t in texts
            if c < first and not (months and names_total_column(t))
        ):
            return False  # a measure named before the numbers, not a period of it: figures
        below = row + 1 + int(blank_across(self._row, row + 1, range(row, row + 1), first))
        below += int(self._names_line(below, firsts))  # 'JSA 18-24' under 1: the group's name
        heads_total = (
            elapsed
            or any(
                c > first and names_total_column(t) and self._number((below, c)) for c, t in texts
            )
            or heads_summed_columns(self.cells, row, named)
            or periods_named(named)  # 1 to 12 then their year, 2014; 201304, 201305, 201306
        )
        return heads_total and all(  # over its figures, a blank row or their names between
            not self._number((row - 1, c)) and self._figure_under((below, c)) for c, _ in numbers
        )

    def _names_line(self, row: int, cols: list[int]) -> bool:
        """Whether the row holds words under each of the numbers heading columns ('1 | 2 | 6'
        over 'JSA 18-24 | JSA 25+ | ESA Flow'), figures under it: a second header line."""
        texts = [self._text((row, c)) for c in cols]
        named = all(t is not None and not t.isdigit() and not is_marker(t) for t in texts)
        return named and all(self._figure_under((row + 1, c)) for c in cols)

    def _figure_under(self, at: Coord) -> bool:
        """A figure, or a marker standing for one ('..', '[c]', '*'): a header's first line
        under it may hold figures the source suppressed."""
        text = self._text(at)
        return self._number(at) or (text is not None and is_marker(text))
