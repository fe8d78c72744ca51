"""Which input figures are outcome or sustainment volumes, read from the words around them.

The proof's own reading, from the input sheet and the policy's words (never the analyse
stage's): a figure is an outcome volume when the words of its row (the labels to its left) or of
its column (the headers above it, up to the figure before them) name an outcome; when they name
no measure at all (nor do words naming when), a key or comment naming them
(wpxl.verify.keyed_lines), then the table's title rows above decide, then a note under the
figures naming an outcome and no other measure ("Source: job outcomes from PRaP"), then the
nearest line above them naming a measure (a title over blocks stacked under it), then the
sheet's name. A figure whose own number format shows words naming an outcome ('0" JOs"',
never carried) and whose row and column name no measure counts outcomes as a keyed one does,
and so does one read from a hidden sheet's outcome figure (wpxl.verify.hidden_links), or from
this sheet's hidden lines only, an outcome figure among them ('=H4', H a hidden working column),
or from another sheet's outcome figure, straight or through cells not carried (``figure_reads_on``).
A line of words alone in a table's body naming a measure ('Job outcomes' over its block) names the
lines under it, as their own labels would (wpxl.verify.section_rows). Besides the policy's words,
the abbreviations and phrasings providers use count too: JO, OP, SP and payments numbered so (SP1,
Sust 2), outcome and sustainment payments, paid outcomes, in work at 26 weeks, off benefit 13
weeks, 26 wks, job starts reaching 13 weeks, paid or converted starts. A database extract's joined
names ("job_outcomes", "JobOutcomes") are read as their words. A line of job starts by time in work
or payment status ("26 weeks or more", "Paid": see wpxl.verify.lasted), or headed only
"Achieved" beside the starts, or another status of a breakdown holding one ("In progress":
wpxl.verify.achieved), or a figure a rate of outcomes beside it divides ('Numerator' beside
'Conversion rate': wpxl.verify.rate_numerators), counts outcomes too.

An amount of money in its row's or column's own words ("Revenue", "Invoiced", "Total paid",
"Fees (£)") counts as an outcome figure too (an amount over the tariff gives the volume back).
Only a figure's own row and column are read for money, never a title ("Job starts and revenue
..."), and a row naming a band of amounts ("£100 to £200", "No payment") counts people.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from wpxl.model import Sheet
from wpxl.read.numformats import format_words
from wpxl.verify.achieved import Statuses, counts_its_own
from wpxl.verify.corner_heads import CornerHeads
from wpxl.verify.formulas import formula_ranges
from wpxl.verify.keyed_lines import Keys
from wpxl.verify.lasted import LASTED_HINT, lasted_or_paid
from wpxl.verify.measure_words import Measures, as_words, stronger
from wpxl.verify.misspelt import broken_words
from wpxl.verify.money_words import money_at
from wpxl.verify.outcome_breakdowns import Breakdowns
from wpxl.verify.rate_numerators import rate_numerators
from wpxl.verify.sheet_words import index_words, outer_words, run_through
from wpxl.verify.summed_measures import adds_outcomes
from wpxl.verify.table_titles import titles_header_below

if TYPE_CHECKING:  # the links read other sheets through contexts of their own
    from wpxl.verify.hidden_links import HiddenOutcomes

Coord = tuple[int, int]

TITLE_ROWS = 3  # rows above a table's headers searched for its title
NOTE_ROWS = 3  # rows under a table's figures searched for a note naming what they count


class OutcomeContext:
    """The words around every figure of one input sheet, indexed once so each question is cheap."""

    def __init__(
        self, sheet: Sheet, measures: Measures, links: HiddenOutcomes | None = None
    ) -> None:
        self._measures = measures
        self._sheet = sheet
        # whether a formula read as its value reads a hidden sheet's outcome figure
        self._links = links if sheet.hidden_links else None
        self._reading = links if links and links.reads_outcomes_on(sheet) else None
        self._asked: set[Coord] = set()  # links to hidden lines followed (``_reads_hidden``)
        self._sheet_kind = measures.of(sheet.name)
        self.outcomes: set[Coord] = set()  # the figures found to be outcomes, once asked
        self.named: dict[Coord, str] = {}  # digits naming rows (verify.outcome_labels)
        # no outcome or money word on the sheet (nor in its name): no figure can be an outcome
        placed: dict[Coord, str] = {}  # the sheet's texts by place, gathered once for all
        shown: set[str] = set()  # a figure's own number format ('0" JOs"'), never carried
        for coord, cell in sheet.cells.items():
            if isinstance(cell.value, str):
                placed[coord] = cell.value
            if cell.style.input_format:
                shown.add(cell.style.input_format)
        texts = list(dict.fromkeys(placed.values()))  # a label repeated is asked about once
        texts += [*sheet.comments.values(), *broken_words(placed)]  # comments: what it counts
        texts += [words for code in shown if (words := format_words(code))]
        self.may_hold_outcomes = self._sheet_kind == "outcome" or any(
            measures.of(t) == "outcome" or measures.money(t) for t in texts if t.strip()
        )
        self._lasted = any(map(LASTED_HINT.search, texts))  # starts by time in work, or "Paid"
        self._numerators = rate_numerators(sheet, measures, placed)  # 'Numerator' by a rate
        linked = self._links or self._numerators or self._reading
        self.may_hold_outcomes |= self._lasted or bool(linked)
        self._lasted_rows: dict[tuple[int, int, int], tuple[bool, list[str]]] = {}  # + corner
        self._lasted_cols: dict[tuple[int, int, int], bool] = {}
        self._indexed = False
        self._band_kinds: dict[tuple[int, int, int], str | None] = {}
        self._band_tops: dict[tuple[int, int, int], int] = {}
        self._titles: dict[tuple[int, int], str | None] = {}
        self._runs: dict[tuple[int, int, int], list[int]] = {}  # run_through's, by its run
        self._by_titles: dict[int, bool] = {}  # band top -> titled outcomes by a breakdown
        self._notes: dict[tuple[int, int, int], str | None] = {}
        self._text_row_keys: list[int] | None = None  # rows holding words, once asked

    def _index(self) -> None:
        """The sheet's words by row and column and its figures by column, built on first use
        (a sheet without outcome words is asked only about the odd header)."""
        words = index_words(self._sheet, self._measures)
        self._rows, self._cols, self._numbers_by_col = words.rows, words.cols, words.numbers_by_col
        self._numeric_rows, self._text_rows = words.numeric_rows, words.text_rows
        self._sections = words.sections  # a sheet of volumes never asks its keys:
        self._keys = Keys(self._sheet, self._measures.of) if self.may_hold_outcomes else None
        self._numbered = sorted(self._numbers_by_col)  # columns holding figures, in order
        self._breakdowns = Breakdowns(self._sheet.cells, self._rows, self._measures.of)
        self._statuses = Statuses(self._rows, self._numbers_by_col, self._keys, self._measures)
        self._corners = CornerHeads(self._rows, self._numbers_by_col, self._measures)
        self._indexed = True

    def is_outcome(self, coord: Coord) -> bool:
        if self._reading is not None and self._reading.figure_reads_on(self._sheet, coord):
            return True  # it reads another sheet's outcome figure, straight or through others
        if not self.may_hold_outcomes:
            return False
        link = self._sheet.hidden_links.get(coord) if self._links is not None else None
        if link is not None and self._links is not None and self._links(link):
            return True  # it reads a hidden sheet's outcome figure
        if (self._sheet.hidden_rows or self._sheet.hidden_cols) and self._reads_hidden(coord):
            return True  # it reads only hidden lines of this sheet, an outcome figure among them
        if coord in self._numerators:
            return True  # it divided by another figure gives a rate of outcomes beside it
        if not self._indexed:
            self._index()
        row, col = coord
        band = self._band(row, col)  # a line naming a measure over its block heads its lines
        top = self._band_tops[band] if band else row
        section = self._sections.kind(top, row, col) if band else None
        row_kind = self._row_kind(row, col) or section
        if band is not None and self._titled_below(top, row, col):
            band = None  # another table's header band, over a title of the figure's own
        kind = stronger(row_kind, self._band_kinds[band] if band else None)
        if kind != "outcome" and self._money_at(row, col, band):
            return True
        kinds = kind == "other" and band is not None and self._outcomes_by(top)
        if kinds and not self._named_alone(band):  # type: ignore[arg-type]
            return True  # 'JCP referral' under 'Job outcomes by referral source', not 'Referrals'
        if kind is None:
            kind = (
                self._measures.shown_kind(self._sheet.cells.get(coord))
                or self._keyed(row, col, band)
                or self._corners(coord)
                or self._title_kind(top, col)
                or self._note_kind(row, col)
                or self._title_above(top, col)
                or self._sheet_kind
            )
        if kind == "outcome" or (self._lasted and self._lasted_line(row, col, band)):
            return True
        if row_kind is None and self._breakdowns.breaks_down(row, col):
            return True  # a line of an outcome line's breakdown ('- ESA Flow' under it)
        numbered = self._numbered  # a total line adding an outcome to others
        return adds_outcomes(self._sheet.cells, self._rows, numbered, coord, self.is_outcome)

    def _reads_hidden(self, coord: Coord) -> bool:
        """Whether the figure's formula reads cells of this sheet's hidden lines only ('=H4', H
        a hidden working column), one of them an outcome figure by its own words."""
        cell = self._sheet.cells.get(coord)
        if cell is None or not cell.formula or coord in self._asked:
            return False
        rows, cols = self._sheet.hidden_rows, self._sheet.hidden_cols
        read = [c for r in formula_ranges(cell.formula) if r.sheet is None for c in r.coords()]
        if not read or not all(r in rows or c in cols for r, c in read):
            return False
        self._asked.add(coord)  # a link to a link is asked once
        cells = self._sheet.cells
        return any(isinstance(cells[at].value, int | float) and self.is_outcome(at)
                   for at in read if at in cells)  # fmt: skip

    def _keyed(self, row: int, col: int, band: tuple[int, int, int] | None) -> str | None:
        """'outcome' when a key or a comment says the figure's own headers or labels count them."""
        if not self._keys:
            return None
        heads = self._cols[band[0]][band[1] : band[2]] if band else []
        labels = [(c, t) for c, t in self._rows.get(row, ()) if c < col]
        places = [(r, col) for r, _ in heads] + [(row, c) for c, _ in labels]
        return "outcome" if self._keys.keyed([t for _, t in heads + labels], places) else None

    def _titled_below(self, top: int, row: int, col: int) -> bool:
        """Whether the figure stands under a title of its own between its header band's top and
        it: a line of words alone naming another measure broken down ('Job starts by payment
        group'), under figures of the band's column. That is a table stacked under the one the
        band heads, whose header of years or months typed as numbers ('2014 | 2015', 'Month'
        over 1 | 2 | 3) holds no words over the figure, so the band reached up past it to an
        outcome table's header and title: that band, and its title's breakdown, are not the
        figure's."""
        line = self._sections.line_over(top, row, col, headed=True)
        if line is None:
            return False
        at, texts = self._sections.words_of(line)
        figures = self._numbers_by_col.get(col, [])
        under_figures = bisect_left(figures, at) > bisect_left(figures, top + 1)
        return under_figures and any(map(self._measures.others_by, texts))

    def _lasted_line(self, row: int, col: int, band: tuple[int, int, int] | None) -> bool:
        """Whether the figure is on a line of job starts by time in work or payment status: its
        row's labels or its column's headers, read with the header over their group (the label
        columns' header for a row, the header rows for a column) and the title above."""
        top = self._band_tops[band] if band else row
        labels = [(c, t) for c, t in self._rows.get(row, ()) if c < col]
        heads = [t for _, t in self._cols[band[0]][band[1] : band[2]]] if band else []
        titles = [t for r in range(top - TITLE_ROWS, top) for t in self._text_rows.get(r, ())]
        key = (row, top, len(labels))  # the labels left of the figure, so its corner too
        if key not in self._lasted_rows:  # the corner read once a line, not once a figure
            corner = [t for r in range(top, row) if r in self._text_rows
                      for c, t in self._rows[r] if c in {c for c, _ in labels}]  # fmt: skip
            text = as_words(" ".join(t for _, t in labels))
            group = as_words(" ".join(corner))
            self._lasted_rows[key] = (
                labels != []
                and (
                    lasted_or_paid(text, group, as_words(" ".join(titles)))
                    or self._statuses.row(text, row, col, {c for c, _ in labels}, titles, group)
                ),
                corner,
            )
        if band is not None and band not in self._lasted_cols:  # a label column is no line
            head_row = self._cols[band[0]][band[2] - 1][0]
            beside = [(c, t) for c, t in self._rows.get(head_row, ())
                      if c != col and c in self._numbers_by_col]  # fmt: skip
            self._lasted_cols[band] = bool(self._numbers_by_col.get(col)) and (
                lasted_or_paid(
                    as_words(heads[-1]), as_words(" ".join(heads)), as_words(" ".join(titles))
                )
                or self._statuses.col(heads[-1], beside, (head_row, col), titles)
            )
        lasted, corner = self._lasted_rows[key]
        if not (lasted or (band is not None and self._lasted_cols[band])):
            return False
        own = [t for _, t in labels] + heads
        return self._measures.of_starts([own, titles + corner, [self._sheet.name]])

    def _row_kind(self, row: int, col: int) -> str | None:
        """The strongest measure named by the texts left of ``col`` in the row."""
        kind = None
        for c, text in self._rows.get(row, ()):
            if c >= col:
                break
            kind = stronger(kind, self._measures.of(text))
        return kind

    def _money_at(self, row: int, col: int, band: tuple[int, int, int] | None) -> bool:
        """Whether the figure's own row labels or column headers name an amount of money
        (``money_words.money_at``)."""
        cell = self._sheet.cells.get((row, col))
        left = [t for c, t in self._rows.get(row, ()) if c < col]
        heads = [t for _, t in self._cols[band[0]][band[1] : band[2]]] if band else []
        value = None if cell is None else cell.value
        return money_at(value, left, heads, self._measures.money, self._measures.of)

    def _band(self, row: int, col: int) -> tuple[int, int, int] | None:
        """(column, first, end index) of the header band above a figure (None: no texts above);
        its kind and top row are kept."""
        key = self._band_at(row, col)
        if key is not None and key not in self._band_kinds:
            texts = self._cols[col][key[1] : key[2]]
            self._band_kinds[key] = self._measures.strongest([t for _, t in texts])
            self._band_tops[key] = texts[0][0]
        return key

    def _band_at(self, row: int, col: int) -> tuple[int, int, int] | None:
        """(column, first, end index) in ``_cols`` of the texts above the figure in its column
        (over the figures between: the body), up to the figure before them."""
        texts = self._cols.get(col, [])
        end = bisect_left(texts, (row, ""))
        if not end:
            return None
        numbers = self._numbers_by_col.get(col, [])
        above = bisect_left(numbers, texts[end - 1][0])
        floor = numbers[above - 1] if above else -1
        return col, bisect_left(texts, (floor + 1, "")), end

    def _title_kind(self, top: int, col: int) -> str | None:
        """The measure the title rows above a band name, or its header row left of the figure
        (the label column's header: "Outcomes by payment group"; of the figures' headers, the
        nearest naming a measure, not 'All job outcomes' over the column before 'All job starts'
        over the starts' breakdown, 'o/w JSA 18-24'; none over a band naming events of its own,
        'Sanctions'); another column's header names only its own. Titles over the band's own
        columns (its header row's run, and the column before it) come first: side by side
        tables each have their own."""
        key = (top, col)
        if key not in self._titles:
            first, last = run_through(self._sheet, top, col, self._runs)
            reach = (top - TITLE_ROWS, top, first - 1, last)
            rows = self._measures.own_title_rows(reach, self._rows, self._text_rows)
            own_count = any(c == col and counts_its_own(t) for c, t in self._rows.get(top, ()))
            heads = [(c, t) for c, t in self._rows.get(top, ()) if c < col and not own_count]
            named = [t for c, t in heads if c in self._numbers_by_col and self._measures.leads(t)]
            left = [t for c, t in heads if c not in self._numbers_by_col or t in named[-1:]]
            own = [t for r in rows if r in self._text_rows
                   for c, t in self._rows[r] if first - 1 <= c <= last]  # fmt: skip
            outer = [outer_words(self._rows, self._text_rows, self._sheet.cells, r) for r in rows]
            own += [t for words in outer for c, t in words if first - 1 <= c <= last]
            above = [t for r in rows for t in self._text_rows.get(r, ())]
            found = self._measures.strongest(own + left)
            self._titles[key] = found or self._measures.strongest(above + left)
        return self._titles[key]

    def _named_alone(self, band: tuple[int, int, int]) -> bool:
        """Whether the band's last line names another measure and nothing else."""
        col, _, end = band
        return self._measures.alone(self._cols[col][end - 1][1])

    def _outcomes_by(self, top: int) -> bool:
        """Whether a title row above the band names outcomes alone before what they are
        broken down by (``Measures.outcomes_by``)."""
        found = self._by_titles.get(top)
        if found is None:
            rows = range(top - TITLE_ROWS, top)
            texts = [t for r in rows for t in self._text_rows.get(r, ())]
            found = self._by_titles[top] = any(map(self._measures.outcomes_by, texts))
        return found

    def _note_kind(self, row: int, col: int) -> str | None:
        """'outcome' when a note under the figure's table names an outcome and no other measure:
        a line of words in the ``NOTE_ROWS`` rows under the last figure of its column's run (a
        blank row at most between figures), from the row's labels to the figure's column. A
        block of outcomes stacked under referrals may be named only so ("Source: job outcomes
        from PRaP"); without it the sheet's name would call them referrals. A line heading a
        table under it (``_heads``) is that table's title, no note."""
        figures = self._numbers_by_col.get(col, [])
        at = bisect_left(figures, row)
        while at + 1 < len(figures) and figures[at + 1] - figures[at] <= 2:
            at += 1
        end = figures[at] if at < len(figures) else row
        left = min((c for c, _ in self._rows.get(row, ()) if c < col), default=col)
        key = (end, left, col)
        if key not in self._notes:
            self._notes[key] = None
            for r in range(end + 1, end + 1 + NOTE_ROWS):
                if r in self._numeric_rows:
                    break
                texts = [t for c, t in self._rows.get(r, ()) if left <= c <= col]
                if any(map(self._measures.outcome_only, texts)) and not self._heads(r, col):
                    self._notes[key] = "outcome"
                    break
        return self._notes[key]

    def _heads(self, row: int, col: int) -> bool:
        """Whether the line of words at ``row`` is the title of a table under it: the next
        line or the one after, with no blank line between, holds words over ``col`` or is a
        header (words in two cells or more, no figure). 'Job outcomes by region' two blank
        lines under job starts, its header 'Region | Q1 | Q2' straight under it, names the
        outcomes, not the starts above; a note's next line is blank or another note. A title
        stands one blank line over its header as often ('Job outcomes by area', a blank line,
        'Area | Jun | Jul' over figures): a line not opening as a note does ('Source: job
        outcomes from PRaP' over a blank line names the block above it still)."""
        for r in (row + 1, row + 2):
            words = [c for c, _ in self._rows.get(r, ())]
            if col in words or (len(words) >= 2 and r not in self._numeric_rows):
                return True
            if not words and r not in self._numeric_rows:
                return r == row + 1 and titles_header_below(
                    self._rows, self._numeric_rows, self._sheet.cells, row
                )
        return False

    def _title_above(self, top: int, col: int) -> str | None:
        """The measure the nearest line above the title rows names, in the figure's column or
        left of it: blocks stacked under one title ('Job outcomes by age', then 'Persons' and
        'Males', each under its own header) count what it names, as the title it shares."""
        key = (-top - 1, col)  # kept apart from the title rows' keys
        if key not in self._titles:
            if self._text_row_keys is None:
                self._text_row_keys = sorted(self._text_rows)
            rows = self._text_row_keys[: bisect_left(self._text_row_keys, top - TITLE_ROWS)]
            found = None
            for r in reversed(rows):
                found = self._measures.strongest([t for c, t in self._rows[r] if c <= col])
                if found is not None:
                    break
            self._titles[key] = found
        return self._titles[key]

    def names_a_measure(self, texts: list[str]) -> bool:
        """Whether any of ``texts`` names a measure (an outcome's or another)."""
        return any(self._measures.of(t) is not None for t in texts)

    def labels(self, coord: Coord) -> list[str]:
        """The texts left of an input figure in its row."""
        if not self._indexed:
            self._index()
        return [t for c, t in self._rows.get(coord[0], ()) if c < coord[1]]

    def headers(self, coord: Coord) -> list[str]:
        """The texts above an input figure in its column, over the figures between."""
        if not self._indexed:
            self._index()
        band = self._band_at(*coord)
        return [t for _, t in self._cols[band[0]][band[1] : band[2]]] if band else []
