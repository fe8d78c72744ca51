"""Numbers that name a table's rows or columns: contract package area numbers (3, 7, 12),
payment groups numbered as DWP numbers them (1, 2, 6, 9 under 'Payment group' or 'PG'),
week bands (13, 26, 39), age band starts (16, 18, 25), month codes (202310) and financial
years (201314) written as numbers in a label column, or CPA numbers across a header row.

Rounded as counts they become 0, 0, 20, 20 and the rows can no longer be told apart. But an
unrounded count taken for a label is a disclosure, so a line of numbers is read as labels
only when the table's own structure says nothing counts it (fail closed):

- a column: one of the leading columns (left of every figure column); its header names what it
  numbers (an identifier such as 'CPA', 'Area code' or 'Office no.', a cohort, an age, a time
  since an event, or a period whose values have a period code's shape); its numbers are whole,
  not negative and all different; no formula of the sheet refers to it; and the table's total
  row and subtotal lines leave it blank or hold their labels there (a column of counts has its
  totals there). Only a period code's shape (yyyymm, 201314, a cohort's month), three or more
  numbers one apart (single years of age), payment groups by DWP's numbers (1 to 9 under
  'Payment group' or 'PG'), bands of a quantity rising ('Hours worked': 16, 30, 37), or
  numbers in the table's first column, its only labels, none the others' sum (counts there
  would leave its lines unnamed), stands without a total row (the codes may repeat, once for
  each area of a long extract, when words left of it tell the rows apart), a part of the year
  (months 1-12 beside a year column: ``year_parts``), whose numbers may repeat, and parts of
  the year numbered one apart with no year beside them (``period_numbers``). Under a plain
  'Cohort', numbers are cohorts numbered in order (1 to 99) or by month (201304): 412, 398,
  377 there are how many each cohort holds.
  Under a blank corner, the first column names its rows when its numbers run one apart (ages
  18, 19, 20 ...) and the total row holds the total's words in it: no count column is headed
  by nothing, and none carries the total's label. A total row first under the header (the
  total on top) closes a run of names as one under it does.
- a header row: above every figure of the table, its other cells words, one after the numbers
  naming the total column ('Total'; before them, such words name a total row); its numbers
  whole (typed, or digits as text: '18') and all different; its corner cell names no measure
  (``numbered_heads``). A row of counts never heads the total column with the word 'Total'.
  Single years of age over columns whose SUMs start under them need no 'Total'
  (``summed_heads``). Ranks and keyed references in a table's body are read apart
  (``uncounted``).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from wpxl.analyse.bare_places import names_bare_place, place_codes
from wpxl.analyse.coded_blocks import codes_of_names, continues_a_block, named_beside
from wpxl.analyse.extract_keys import (
    keys_extract_rows,
    names_event_cohort,
    names_longer_period,
)
from wpxl.analyse.formulas import references_any
from wpxl.analyse.group_lines import Sides, group_line
from wpxl.analyse.label_blocks import heading_line, repeated_only_as_runs
from wpxl.analyse.label_sequences import is_open_band
from wpxl.analyse.period_numbers import numbers_periods
from wpxl.analyse.run_ends import closes_run
from wpxl.analyse.stacked_heads import header_over_blocks
from wpxl.analyse.values import (
    QUANTITY_WORDS,
    as_number,
    is_text,
    numbers_quantity_columns,
    typed_whole,
)
from wpxl.analyse.words import (
    is_identifier_words,
    is_period_words,
    is_total_label,
    unexplained,
)
from wpxl.analyse.year_parts import numbers_part_years, year_part_limit
from wpxl.model import Cell, Coord, Role

if TYPE_CHECKING:  # layout asks this module about its columns
    from wpxl.analyse.layout import Layout

# the header of a column of identifiers: the identifier's name, maybe after what it names
_THING = (
    r"(?:contract\s+package\s+area|contract|cpa|area|la|local\s+authority|district|office|site"
    r"|provider|region|ward|team|jcp|jobcentre|delivery\s+site|sub-?contractor|account)"
)
_IDENTIFIER = re.compile(
    rf"^\s*(?:(?:{_THING}\s+)?(?:code|id|ref\.?|reference|urn|ukprn)(?:\s+(?:number|no\.?))?"
    r"|cpa(?:\s+(?:number|no\.?|code))?|contract\s+package\s+area(?:\s+(?:number|no\.?))?"
    r"|(?:payment\s+group|pg)(?:\s+(?:number|no\.?))?|row\s+labels"  # an Excel pivot's
    r"|(?:(?:referral|attachment|start)\s+)?cohort(?:\s+(?:month|number|no\.?))?"
    r"|(?:jcp\s+|jobcentre\s+)?(?:office|site|jobcentre|jcp|district|ward|team|area|la|local\s+authority)"
    r"\s+(?:number|no\.?))"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
_PAYMENT_GROUP = re.compile(
    r"^\s*(?:payment\s+groups?|pg)(?:\s+(?:number|no\.?))?\s*:?\s*$", re.IGNORECASE
)
# an age band, a time since an event, a week alone: "Age to", "Weeks since attachment", "Week"
_BAND = re.compile(
    r"^\s*(?:age(?:\s+(?:band|group|from|to|last\s+birthday|in\s+years))?(?:\s*\((?:years|start)"
    r"\))?|(?:weeks?|months?|days?)\s+(?:since|after|from|on)\s+[a-z ]+"
    r"|(?:weeks?|wk)\.?(?:\s+(?:number|no\.?))?)\s*:?\s*$",  # 'Week': 4, 8, 13, 26, 52
    re.IGNORECASE,
)
# a corner naming a measure may head a row of counts: such a row is read as figures
_MEASURE = re.compile(
    r"referr|attach|starts?\b|outcome|sustain|claimants?|participants?|people|persons|volume"
    r"|count(?!r|y\b|ies)|number",  # not Country, County
    re.IGNORECASE,
)
# a cohort named alone, by its number or its month (not 'Referral cohort': ``extract_keys``)
_COHORT = re.compile(r"^\s*cohort(?:\s+(?:number|no\.?))?\s*:?\s*$", re.IGNORECASE)
# numbers heading a table's first column alone ('No.', 'Number', '#'), left of its lines' names
_NUMBERED = re.compile(r"^\s*(?:no\.?|number|\#)\s*:?\s*$", re.IGNORECASE)
_LAST_COHORT = 99
_PERIOD_LABEL, _NAME_LABEL = 0, 1  # kinds of evidence a column header gives


def header_names_numbers(text: str) -> int | None:
    """What a label column's header says its numbers are: names (identifiers, bands), period
    codes (which must also have a period's shape), or nothing (None). Code words ('Site code',
    'URN') are left to ``read_cell``, which keeps such a column's numbers as codes in the body
    unless a total adds them up (and its columns after it stay in the body too), but over the
    table's first column (``numbers_name_rows``)."""
    text = unexplained(text)
    if is_identifier_words(text):
        return None
    if names_event_cohort(text):
        return _PERIOD_LABEL  # 'Referral cohort': month codes, or how many the group holds
    if _IDENTIFIER.match(text) or _BAND.match(text):
        return _NAME_LABEL
    if is_period_words(text):
        return _PERIOD_LABEL
    return None


def _first_names(header: str) -> bool:
    """'No.' or a code ('Area code') over a table's first column: left in the body, the names
    beside it went there too, and an outcome table's percentage sheet named no line."""
    coded = is_identifier_words(header) and _IDENTIFIER.match(header)
    return bool(_NUMBERED.match(header) or coded)


def is_period_code(number: int) -> bool:
    """A month written yyyymm (202310) or a financial year yyyyyy (201314)."""
    if 190001 <= number <= 210012 and 1 <= number % 100 <= 12:
        return True
    first, second = divmod(number, 100)
    return 1990 <= first <= 2099 and second == (first + 1) % 100


def numbers_name_rows(cells: dict[Coord, Cell], layout: Layout, col: int) -> bool:
    """Whether a leading column of numbers names the table's rows (see the module's doc), read
    as the proof reads it: its header just above the first row, an unbroken run of numbers
    from there down to the total row (or, for period codes, the table's end), no number after
    it. The proof refuses a copy whose labels it cannot read so, so other shapes stay counts."""
    rows = layout.body_rows
    head = cells.get((rows[0] - 1, col)) if rows else None
    area_cols = range(layout.area.left, layout.area.right + 1)
    blank = not any(_written(cells.get((rows[0] - 1, c))) for c in area_cols) if rows else False
    if rows and not _written(head) and (blank or heading_line(cells, rows[0] - 1, area_cols, col)):
        head = cells.get((rows[0] - 2, col))  # over a blank row, or the first block's name
    stacked = header_over_blocks(cells, rows[0], col, area_cols) if rows else None
    if stacked is not None:  # 'York' over its groups, the header over the first block's
        head = stacked
    elif not any(_written(cells.get((row, col))) for row in layout.header_rows):
        return col == layout.area.left and _numbered_under_blank_corner(cells, layout, col)
    if head is None or not is_text(head.value):
        return False
    header = unexplained(str(head.value))  # 'Cohort (month referred)': a cohort's words
    if keys_extract_rows(cells, layout, col):
        return not _referred_to(cells, col, rows)
    kind = header_names_numbers(header)
    bare = kind is None and names_bare_place(header)  # 'Office': codes, or counts
    if kind is None and col == layout.area.left and _first_names(header):
        kind = _NAME_LABEL  # 'No.', 'Area code' over the table's first column: its lines' own
    last = year_part_limit(header)
    # 'Hours worked' over 16, 30, 37 in the table's first column: a quantity's bands
    quantity = col == layout.area.left and QUANTITY_WORDS.match(header) is not None
    if kind is None and last is None and not quantity and not bare:
        return False
    if _referred_to(cells, col, rows):
        return False
    sides: Sides = {}  # each typed group line's side, read once for the column's readings
    run = _label_run(cells, layout, col, sides)
    if run is None:  # a total row first under the header closes the run from above
        top = _run_under_top_total(cells, layout, col)
        if bare:
            return top is not None and place_codes(cells, rows, col, top, True, col == area_cols[0])
        if quantity and top is not None and numbers_quantity_columns(top, header):
            return True  # 'Hours worked' over 'Total', then 16, 30, 37 (maybe '40+')
        return kind == _NAME_LABEL and top is not None and len(set(top)) == len(top)
    numbers, total, runs = run
    if last is not None and numbers_part_years(cells, layout, col, numbers, last):
        return True
    blocks, closed = [run for run in runs if run], total is not None
    if last is not None and (
        numbers_periods(numbers, last, closed)
        or (len(blocks) > 1 and all(numbers_periods(b, last, closed) for b in blocks))
    ):  # the months of each year's block, numbered again
        return True
    if quantity and numbers_quantity_columns(numbers, header):
        return True
    if kind is None:  # a place's kind alone: codes only where a total leaves them blank
        closed = any(_total_row(cells, row, area_cols, col, sides) for row in rows)
        return bare and place_codes(cells, rows, col, numbers, closed, col == layout.area.left)
    if len(set(numbers)) != len(numbers) and not (
        (kind == _PERIOD_LABEL and _keyed_by_words(cells, layout, col, numbers))
        or repeated_only_as_runs(runs)  # each block's payment groups, numbered again
        or codes_of_names(cells, rows, col)  # 'CPA | Area' repeated on each provider's line
    ):
        return False
    if _COHORT.match(header) and not _numbered_cohorts(numbers):
        return False  # 412, 398, 377 under 'Cohort': how many each cohort holds, counts
    headed = group_line(cells, rows[0], area_cols, col) == "below"  # a region's, blank here
    if kind == _NAME_LABEL and (total is not None or headed or _single_years(numbers)):
        return True
    if kind == _NAME_LABEL and col == layout.area.left and 2 * max(numbers) != sum(numbers):
        return True  # the table's only labels, none the others' sum: counts would name no line
    if _payment_groups(header, numbers):
        return True
    return all(is_period_code(n) for n in numbers)


def _numbered_cohorts(numbers: list[int]) -> bool:
    """Cohorts by their month (201304), or numbered in order (4, 9, 11), none past 99: a
    cohort's size under a plain 'Cohort' (412, 398, 377 referred) is a count, and stood
    unrounded when any numbers all different there were read as the cohorts' numbers."""
    if all(is_period_code(n) for n in numbers):
        return True
    return all(1 <= n <= _LAST_COHORT for n in numbers) and all(b > a for a, b in pairwise(numbers))


def _single_years(numbers: list[int]) -> bool:
    """Three or more numbers running one apart, up to an age (16, 17, 18 ... under 'Age'):
    counts do not, so with no total row they still name their rows."""
    steps = {b - a for a, b in pairwise(numbers)}
    return len(numbers) >= 3 and steps == {1} and numbers[-1] <= 120


def _payment_groups(header: str, numbers: list[int]) -> bool:
    """Payment groups by the numbers DWP gives them (1 JSA 18-24 .. 9 JSA Prison Leavers), all
    different, under a header naming them: a table by payment group often has no total row,
    and no column of counts is headed 'Payment group'."""
    return _PAYMENT_GROUP.match(header) is not None and all(1 <= n <= 9 for n in numbers)


def _keyed_by_words(cells: dict[Coord, Cell], layout: Layout, col: int, numbers: list[int]) -> bool:
    """Whether words in every label column left of the column, with its numbers, tell each row
    apart: a long extract's 'Area | Month | Referrals', each month code once for each area."""
    left = [c for c in layout.label_cols if c < col]
    keys: set[tuple[str, ...]] = set()
    for row, number in zip(layout.body_rows, numbers, strict=False):
        words = [cells.get((row, c)) for c in left]
        if not left or any(w is None or not is_text(w.value) for w in words):
            return False
        keys.add((*(str(w.value) for w in words if w is not None), str(number)))
    return len(keys) == len(numbers)


def _numbered_under_blank_corner(cells: dict[Coord, Cell], layout: Layout, col: int) -> bool:
    """Three or more numbers running one apart (ages 18 to 24) down to a total row whose words
    stand in this column (or up to one first under the header), and no formula reading them."""
    rows = layout.body_rows
    if _referred_to(cells, col, rows):
        return False
    run = _label_run(cells, layout, col, {})
    numbers, total = run[:2] if run is not None else (_run_under_top_total(cells, layout, col), 0)
    if numbers is None or total is None:
        return False
    label = cells.get((rows[total], col))
    steps = {b - a for a, b in pairwise(numbers)}
    worded = label is not None and is_text(label.value) and is_total_label(str(label.value))
    return len(numbers) >= 3 and steps == {1} and max(numbers) <= 120 and worded


def _written(cell: Cell | None) -> bool:
    return cell is not None and not cell.is_empty and str(cell.value).strip() != ""


def _label_run(
    cells: dict[Coord, Cell], layout: Layout, col: int, sides: Sides
) -> tuple[list[int], int | None, list[list[int]]] | None:
    """The column's unbroken run of whole numbers, not negative, from the first body row down
    to the total row (or the line of the year or quarter they make up, '2013/14' under its
    month codes, or the table's end), across subtotal lines holding no number in the column
    ('JSA total' between payment groups 1-3 and 6-7), blank spacer rows and blocks' later
    lines (codes beside names on each block's first line only: ``coded_blocks``), and the
    total row's place among the body rows; None when anything else stands there or a number
    stands on or after a total. ``sides``: each typed group line's side, kept for the
    column (``group_lines``)."""
    rows = layout.body_rows
    area_cols = range(layout.area.left, layout.area.right + 1)
    numbers: list[int] = []
    runs: list[list[int]] = [[]]  # the numbers between subtotal and block name lines
    total: int | None = None  # the last total row's place among the body rows
    for at, row in enumerate(rows):
        cell = cells.get((row, col))
        if names_longer_period(cell):
            total = at
            break
        if _total_row(cells, row, area_cols, col, sides):
            heads = group_line(cells, row, area_cols, col, sides) == "below"  # over its areas
            if _is_number_cell(cell) or (at == 0 and not heads):
                return None  # the total counts this column, or stands on top (read apart)
            total = total if heads else at  # the total row, or a subtotal when numbers follow
            runs.append([])
            continue
        if heading_line(cells, row, area_cols, col):
            runs.append([])  # 'Doncaster' over its payment groups, numbered again
            continue
        if total is not None and cell is not None and is_text(cell.value):
            continue  # 'Yorkshire' after 'North total': the lines' total, named by its place
        if not any(_written(cells.get((row, c))) for c in area_cols):
            continue  # a blank spacer row between regions parts no run
        whole = typed_whole(cell) if row == rows[0] + at else None  # no gap: one run
        if whole is None and numbers and continues_a_block(cells, row, col, layout.area.right):
            continue  # a block's later line: codes on each block's first line only
        if whole is None and numbers and (is_open_band(cell.value if cell else None)
                                          or closes_run(cells, rows[at:], col)):  # fmt: skip
            continue  # the bands' open end ('Hours worked': 37, '40+'), or 'Unknown' after
        if whole is None or whole < 0:
            return None
        numbers.append(whole)
        runs[-1].append(whole)
        total = None
    after = rows[total:] if total is not None else []
    if any(_is_number_cell(cells.get((row, col))) for row in after):
        return None  # the total row counts this column, or numbers follow it: counts
    if not named_beside(cells, rows, col, layout.area.right):
        return None
    return (numbers, total, runs) if len(numbers) >= 2 else None


def _run_under_top_total(cells: dict[Coord, Cell], layout: Layout, col: int) -> list[int] | None:
    """The column's numbers under a total row standing first under the header (the total on
    top, as many published tables put it), that row holding no number in the column: an
    unbroken run of whole numbers, not negative, to the table's end (or a band's open end
    closing it: 37, '40+'), across subtotal lines blank in the column ('Central total')."""
    rows = layout.body_rows
    area_cols = range(layout.area.left, layout.area.right + 1)
    if len(rows) < 3 or not _total_row(cells, rows[0], area_cols):
        return None
    if _is_number_cell(cells.get((rows[0], col))):
        return None  # the total row counts this column: counts
    numbers: list[int] = []
    for at, row in enumerate(rows[1:], start=1):
        cell = cells.get((row, col))
        whole = typed_whole(cell) if row == rows[0] + at else None
        if whole is None and numbers and closes_run(cells, rows[at:], col):
            break  # the bands' open end, last under their numbers ('40+'), or 'Unknown' lines
        if numbers and _total_row(cells, row, area_cols) and not _is_number_cell(cell):
            continue  # a group's subtotal under its lines ('Central total'), blank here
        if whole is None or whole < 0 or _total_row(cells, row, area_cols):
            return None
        numbers.append(whole)
    return numbers


def _total_row(
    cells: dict[Coord, Cell],
    row: int,
    cols: range,
    col: int | None = None,
    sides: Sides | None = None,
) -> bool:
    """A line naming a total, or a region's line adding up its areas (``group_lines``)."""
    line = [c for col in cols if (c := cells.get((row, col))) is not None]
    worded = any(is_text(c.value) and is_total_label(str(c.value)) for c in line)
    return worded or group_line(cells, row, cols, col, sides) is not None


def _referred_to(cells: dict[Coord, Cell], col: int, rows: list[int]) -> bool:
    """Whether a formula of the sheet refers to a cell of the column's rows (a total over
    them: they are counts). Asked only of a column whose header names labels."""
    if not rows:
        return False
    top, bottom = min(rows), max(rows)
    for cell in cells.values():
        if cell.formula is None:
            continue
        for ref in references_any(cell.formula):
            covers = ref.left <= col <= ref.right and ref.top <= bottom and top <= ref.bottom
            if ref.sheet is None and covers:
                return True
    return False


def names_a_measure(corner: Cell | None) -> bool:
    """Whether a header row's corner names what its figures count ('Referrals'): then the
    row is figures, not column names."""
    return corner is not None and bool(_MEASURE.search(str(corner.value or "")))


def summed_codes(role: Role | None, label: str) -> bool:
    """Whether a number read as a code ('Code' over its column) stands on a line named a
    total: when it is the sum of the line's parts, those are counts an analyst headed 'Code',
    and they are rounded. A code line adding up by chance (PG codes 1, 2, 3) is named no total."""
    return role is Role.NONCOUNT and is_total_label(label)


def _is_number_cell(cell: Cell | None) -> bool:
    return cell is not None and not cell.is_empty and as_number(cell.value) is not None
