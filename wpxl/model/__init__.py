"""Plain data every stage shares, so no stage needs another stage's library objects.

Coordinates are 0-based (row, col) tuples throughout; only the writer and messages for people
use A1 notation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import MutableSequence, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

# a cell's formatting has its own module; the model is still one namespace to its readers
from wpxl.model.style import PLAIN as PLAIN
from wpxl.model.style import Style as Style
from wpxl.model.style import as_written as as_written

Coord = tuple[int, int]
SheetCoord = tuple[str, int, int]  # (sheet name, row, col): a total's part may be on another sheet


@dataclass(frozen=True, slots=True)
class ExcelError:
    """An Excel error value such as ``#N/A``: written back as the same error, never a number."""

    code: str


CellValue = int | float | str | bool | dt.datetime | dt.date | dt.time | ExcelError | None


@dataclass(frozen=True, slots=True)
class Cell:
    value: CellValue
    formula: str | None = None
    style: Style = PLAIN

    @property
    def is_empty(self) -> bool:
        return self.formula is None and (self.value is None or self.value == "")


@dataclass(frozen=True, slots=True)
class CellRange:
    """An inclusive rectangle of cells."""

    top: int
    left: int
    bottom: int
    right: int

    def meets(self, other: CellRange) -> bool:
        """The two rectangles share at least one cell."""
        return not (
            self.bottom < other.top
            or other.bottom < self.top
            or self.right < other.left
            or other.right < self.left
        )

    def __contains__(self, coord: object) -> bool:
        if not isinstance(coord, tuple):
            return False
        row, col = coord
        return self.top <= row <= self.bottom and self.left <= col <= self.right


@dataclass(frozen=True, slots=True)
class ConditionalLook:
    """What one conditional-formatting rule may paint over its ranges: a font colour and a fill
    (RRGGBB; None where it sets none, or one that cannot be known), and a number format (None:
    it sets none), which can show a value as nothing (';;;'). Its condition is read only where
    it compares a cell's value with numbers ('cell value less than 10'): ``operator`` as the XML
    names it ('lessThan', 'between') and ``operands``; for any other (operator None) any cell
    in its ranges may take this look, so each stage judges what that could hide."""

    ranges: tuple[CellRange, ...]
    font_color: str | None
    fill_color: str | None
    number_format: str | None = None
    operator: str | None = None
    operands: tuple[float, ...] = ()


@dataclass(slots=True)
class Outline:
    """A sheet's outline (grouped rows or columns) as its XML states it: each line's level
    (only those above 0), the lines marked collapsed, and whether a group's summary line comes
    after its lines (below or right, Excel's default). A collapsed group's lines are folded
    away even where they are not marked hidden themselves, as LibreOffice shows them."""

    levels: dict[int, int] = field(default_factory=dict)
    collapsed: set[int] = field(default_factory=set)
    summary_after: bool = True


# the state of a sheet the user asked to leave out of the copy (wpxl.read.left_out): not
# visible, so read as a hidden sheet is, but not counted among the workbook's hidden sheets
LEFT_OUT = "leftOut"


@dataclass(slots=True)
class Sheet:
    name: str
    state: str = "visible"  # visible | hidden | veryHidden | LEFT_OUT
    cells: dict[Coord, Cell] = field(default_factory=dict)
    merged: list[CellRange] = field(default_factory=list)
    col_widths: dict[int, float] = field(default_factory=dict)
    row_heights: dict[int, float] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    freeze: Coord | None = None
    # names over one range of it (upper case -> 0-based top, left, bottom, right): =SUM(Ref_Apr)
    names: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)
    # text centred across blank cells right of it, read as a merge is (wpxl.read.centred)
    centred: list[CellRange] = field(default_factory=list)
    date1904: bool = False  # its workbook counts days from 1904 (old Mac Excel), not 1900
    conditional: list[ConditionalLook] = field(default_factory=list)  # rules with a colour
    # each cell's comment (never carried: read for what a header's comment says it counts)
    comments: dict[Coord, str] = field(default_factory=dict)
    # each formula read as the value it showed as it reads a hidden sheet: what it reads counts
    hidden_links: dict[Coord, str] = field(default_factory=dict)
    # each formula of a cell not carried for how it looks (white, tiny, ';;;', under a merge):
    # a figure reading it ('=Z4') reads on through it, so what it reads counts too
    unseen_formulas: dict[Coord, str] = field(default_factory=dict)
    # the kind of hidden content (wpxl.read.invisible) at each cell dropped for how it looks,
    # so the cover names the places, not just the workbook
    unseen_kinds: dict[Coord, str] = field(default_factory=dict)
    # what the sheet holds outside its cells and never carries (hyperlinks, data validation,
    # headers and footers), by kind: each place ('A5', 'C4:C6', '' for the page's header or
    # footer) with how many the workbook's count of that kind counted there, so the cover
    # names the sheet and cells, not just the workbook
    outside_places: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    row_outline: Outline = field(default_factory=Outline)
    # a row's height and a column's width the sheet gives none, where <sheetFormatPr> says
    default_row_height: float | None = None
    default_col_width: float | None = None
    col_outline: Outline = field(default_factory=Outline)

    @property
    def visible(self) -> bool:
        return self.state == "visible"

    def merged_origin(self, row: int, col: int) -> Cell | None:
        """The cell a merged range (or a centre-across-selection run) over ``(row, col)`` shows
        there: its top-left one."""
        for rng in (*self.merged, *self.centred):  # a merged range first
            if (row, col) in rng:
                return self.cells.get((rng.top, rng.left))
        return None


@dataclass(slots=True)
class Workbook:
    """What read found: the sheets, and every kind of content it saw but will never carry."""

    path: Path
    sha256: str
    sheets: list[Sheet]
    extras: dict[str, int] = field(default_factory=dict)  # kind found -> how many
    dropped_text: list[str] = field(default_factory=list)  # strings from parts not carried


class Role(StrEnum):
    """What a cell is to wpxl; decides what happens to it."""

    TITLE = "title"
    NOTE = "note"
    HEADER = "header"
    LABEL = "label"
    COUNT = "count"  # a body volume: rounded
    TOTAL = "total"  # rebuilt as a formula over rounded parts
    NONCOUNT = "noncount"  # years, dates, codes: kept as they are
    DERIVED = "derived"  # a rate or ratio over counts: recomputed or removed
    DROPPED = "dropped"  # removed and reported
    OUTCOME = "outcome"  # an outcome or sustainment volume: never written
    TEXT = "text"
    EMPTY = "empty"


class Measure(StrEnum):
    REFERRALS = "referrals"
    ATTACHMENTS = "attachments"
    JOB_STARTS = "job starts"
    JOB_OUTCOMES = "job outcomes"
    SUSTAINMENTS = "sustainments"
    UNKNOWN = "unknown"

    @property
    def is_outcome(self) -> bool:
        return self in _OUTCOME_MEASURES  # asked about cells by the million: no member look-ups


_OUTCOME_MEASURES = frozenset((Measure.JOB_OUTCOMES, Measure.SUSTAINMENTS))


@dataclass(slots=True)
class Table:
    """One table on a sheet as analyse read it."""

    sheet: str
    index: int  # 1-based on its sheet, for messages
    area: CellRange
    title: str
    measure: Measure
    title_cells: list[Coord] = field(default_factory=list)  # title lines above the area
    header_rows: list[int] = field(default_factory=list)
    label_cols: list[int] = field(default_factory=list)
    body_rows: list[int] = field(default_factory=list)
    body_cols: list[int] = field(default_factory=list)
    total_rows: set[int] = field(default_factory=set)
    total_cols: set[int] = field(default_factory=set)
    row_measures: dict[int, Measure] = field(default_factory=dict)
    col_measures: dict[int, Measure] = field(default_factory=dict)
    # total cell -> the cells it sums (body cells or other totals, maybe on another sheet):
    # a formula's as the ranges it names (wpxl.model.parts.Parts), a layout's as a tuple
    totals: dict[Coord, Sequence[SheetCoord]] = field(default_factory=dict)
    # derived cell -> (numerator, denominator) for rates wpxl can recompute; in share_sums,
    # a share of a line with no total line -> (numerator, first and last of the run summed)
    ratios: dict[Coord, tuple[Coord, Coord]] = field(default_factory=dict)
    share_sums: dict[Coord, tuple[Coord, Coord, Coord]] = field(default_factory=dict)
    # the rates in ``ratios`` (or changes in ``relative_changes``) written as whole
    # percentages (25, =D4/B4*100): 100 times A/B (or (A-B)/B)
    whole_percents: set[Coord] = field(default_factory=set)
    # a line's cell that is one figure less another (May less Apr) -> (first, second)
    differences: dict[Coord, tuple[Coord, Coord]] = field(default_factory=dict)
    # a line's cell that is the change from one figure to another over the first, in per
    # cent ('% change': (Q2-Q1)/Q1) -> (later, earlier)
    relative_changes: dict[Coord, tuple[Coord, Coord]] = field(default_factory=dict)
    # typed totals the source rounded or perturbed, rebuilt from their parts (policy
    # source_totals = "rebuild") -> the share of the typed value the rebuilt sum differs by
    source_changes: dict[Coord, float] = field(default_factory=dict)
    # typed totals that count a group the table does not show ("All ages" with mothers whose
    # age was not stated) -> what they count beyond their parts, rebuilt as SUM(parts) + rest
    unshown: dict[Coord, float] = field(default_factory=dict)
    # lines of a breakdown of the job starts beside an achieved one ('In progress', 'Left'):
    # outcome volumes by difference, in no share of the outcomes (wpxl.plan.rest_lines)
    rest_rows: set[int] = field(default_factory=set)
    rest_cols: set[int] = field(default_factory=set)
    called: str | None = None  # its name by its title, where messages may repeat it (plan)

    @property
    def may_hold_outcomes(self) -> bool:
        """Whether the table, or any of its rows or columns, names an outcome measure: most
        tables do not, and none of their cells can be an outcome."""
        measures = [self.measure, *self.row_measures.values(), *self.col_measures.values()]
        return any(m.is_outcome for m in measures)

    def measure_of(self, coord: Coord) -> Measure:
        """A cell's measure: its row's or column's own words first, then the table's."""
        row_measure = self.row_measures.get(coord[0])
        col_measure = self.col_measures.get(coord[1])
        for measure in (row_measure, col_measure):
            if measure is not None and measure.is_outcome:
                return measure
        return row_measure or col_measure or self.measure

    def outcome_axis(self, coord: Coord, preferred: str = "column") -> str:
        """Along which axis an outcome cell's percentage breakdown runs: a row named as an outcome
        measure (measures by month) runs along the row, but where rows hold one figure each (an
        extract's lines, each 100% of itself: 'Area | Measure | Value' down its job outcomes and
        sustainments, parted by measure in wpxl.plan.percent_measures) or columns name another
        measure (a line's outcomes beside its starts); otherwise the policy's preferred axis."""
        row_measure, col_measure = self.row_measures.get(coord[0]), self.col_measures.get(coord[1])
        rows = [m for m in self.row_measures.values() if m.is_outcome]
        lines = len(self.body_cols) > 1 or len(rows) < 2
        if row_measure in rows and lines and all(m.is_outcome for m in self.col_measures.values()):
            return "row"
        if col_measure is not None and col_measure.is_outcome:
            return "column"
        return preferred

    @property
    def name(self) -> str:
        return self.called or f"table {self.index} on '{self.sheet}'"


@dataclass(slots=True)
class SheetAnalysis:
    sheet: Sheet
    roles: dict[Coord, Role]
    tables: list[Table]
    reasons: dict[Coord, str] = field(default_factory=dict)  # why a cell was dropped
    marks: dict[Coord, str] = field(default_factory=dict)  # a count's mark ('398 [r]': '[r]')


@dataclass(frozen=True, slots=True)
class Removal:
    """Something wpxl did not carry into the output, said in words a council officer would use."""

    kind: str
    where: str
    why: str


@dataclass(frozen=True, slots=True)
class Warning:
    code: str
    where: str
    message: str
    # the tables it is about ("table 2 on 'Starts'"), counts of cells, thresholds: no figure
    tables: tuple[str, ...] = ()
    figures: tuple[tuple[str, int | float | str], ...] = ()
    # the words for the council's cover sheet: None for the message itself, "" for none at all
    cover: str | None = None


@dataclass(frozen=True, slots=True)
class Proposal:
    """Less detail that would help a table of little value, tried on its true figures."""

    name: str  # what --aggregate calls it: quarters, jsa-esa-other, whole-cpa, drop-rows, ...
    advice: str  # in plain words: "show quarters instead of months"
    axis: str  # rows | columns: the breakdown that is collapsed
    groups: tuple[tuple[str, tuple[int, ...]], ...]  # new label -> the rows/columns it sums
    cells: int  # figures the table would have
    small: int  # of which below the rounding base


@dataclass(frozen=True, slots=True)
class TotalError:
    """How far rounding has likely moved one total, in a coarse band (wpxl.plan.total_spread)."""

    cell: str  # A1
    label: str
    band: int  # index into ERROR_BANDS of wpxl.plan.quality
    over: bool  # likely moved by more than the policy's total_error_share


@dataclass(frozen=True, slots=True)
class TableQuality:
    """What the rounded figures of one volume table are worth (guidance R7)."""

    table: str  # "table 2 on 'Starts'"
    sheet: str
    index: int
    cells: int
    small: int  # shown as the base or less (0 or 20): read from the copy, as is every count
    zeros: int  # rounded to 0
    totals: int
    totals_over: int  # totals likely moved by more than the policy's share
    worst_band: int
    total_error_share: float  # the policy's threshold the totals were measured against
    errors: Sequence[TotalError] = ()  # packed by the plan (wpxl.model.total_errors)
    proposals: tuple[Proposal, ...] = ()


@dataclass(slots=True)
class OutputCell:
    """Never changed once planned: a sheet's equal rounded counts share one."""

    value: CellValue
    formula: str | None = None
    style: Style = PLAIN
    # count | total | derived | percent: figures wpxl worked out;
    # kept: a value or note from the input, carried as it was; label: a header or row label;
    # key: a number the analysis read as naming its row, as its digits on a percentage sheet
    # (the same whatever count it equals, so no quote of one);
    # wpxl: words wpxl wrote (cover, notes); banner; text: an empty formatted cell.
    kind: str = "text"


@dataclass(slots=True)
class OutputSheet:
    name: str
    cells: dict[Coord, OutputCell] = field(default_factory=dict)
    merged: list[CellRange] = field(default_factory=list)
    col_widths: dict[int, float] = field(default_factory=dict)
    row_heights: dict[int, float] = field(default_factory=dict)
    freeze: Coord | None = None
    published: bool = False


@dataclass(slots=True)
class Plan:
    """Every cell of the output, decided before anything is written."""

    source: Path
    # in memory, or stored on disk and loaded one at a time (wpxl.plan.store)
    sheets: MutableSequence[OutputSheet]
    # (name, published) of every sheet, cover first: known without loading a stored sheet
    outline: list[tuple[str, bool]] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    cells_rounded: int = 0
    totals_rebuilt: int = 0
    # numbers of the input that must not appear in the output (unrounded, removed, outcomes)
    forbidden_numbers: frozenset[float] = frozenset()
    forbidden_text: frozenset[str] = frozenset()
    quality: list[TableQuality] = field(default_factory=list)
