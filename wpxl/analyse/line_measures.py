"""The measure a table, and each of its rows and columns, names by its own words, if any.

Besides the measure words, a line of job starts by how long the job lasted ("26 weeks or more",
"26+" under "Weeks") or by whether it was paid, claimed or converted ("Paid") is an outcome
line: those starts are the programme's job outcomes and sustainments, and the rest of such a
breakdown gives them back from the starts' total by difference; so does every other status of
a breakdown of the starts holding an 'Achieved' line ('In progress'), or a line paid, claimed
or lasting ('Not yet due' and 'Ended' beside 'Paid': they went as starts, and the starts
shown elsewhere less them gave the paid back). A line of differences naming
no measure ('Variance against target' right of 'Job outcome target') is of the nearest line
before it that names one: an outcome's variance gives the outcomes back from their target. One
naming no measure that a rate of outcomes divides ('Numerator' beside 'Conversion rate') counts
those outcomes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from wpxl.analyse.body import FIGURES
from wpxl.analyse.breakdown_titles import (
    corner_owned,
    header_picked,
    names_a_measure_alone,
    outcomes_by,
)
from wpxl.analyse.differences import DIFFERENCE_WORDS
from wpxl.analyse.label_notes import without_counted_notes
from wpxl.analyse.mixed_totals import mixed_total
from wpxl.analyse.rate_numerators import lone_rate_numerators, outcome_numerators
from wpxl.analyse.ratios import typed_precision
from wpxl.analyse.rest_statuses import ended_before_a_point, other_statuses, statuses_beside
from wpxl.analyse.section_rows import section_measures
from wpxl.analyse.shared_rates import divides_shared_counts, typed_shared_quotients
from wpxl.analyse.starts_lines import (
    achieved_beside_starts,
    is_starts_outcome_line,
)
from wpxl.analyse.when_words import without_when
from wpxl.analyse.words import (
    header_measure,
    is_rate_words,
    is_total_label,
    measures_named,
    outcome_named,
)
from wpxl.errors import AnalysisError
from wpxl.model import Cell, Coord, Measure, Role, Table
from wpxl.model.sheetref import a1

if TYPE_CHECKING:  # roles reads a layout's titles here
    from wpxl.analyse.layout import Layout

# a label column's header naming a measure with a time ('Referral month', 'Date of attachment',
# 'Start quarter') names the table's rows (a cohort), not what its figures count
_WHEN = re.compile(r"\b(?:month|date|day|week|quarter|year|period|cohort)s?\b", re.IGNORECASE)


def title_and_measure(
    layout: Layout,
    cells: dict[Coord, Cell],
    sheet_name: str,
    measure_words: dict[Measure, tuple[str, ...]],
) -> tuple[str, Measure]:
    """The table's title (its title lines, top to bottom) and the measure its words name
    (``table_measure``): a block stacked under a titled table with no title of its own shares
    that title; one beside a titled table, on its rows, reads that title when nothing of its
    own names a measure (JSA groups, a blank column, then ESA groups under one title; an area
    a column, each after a blank one), unless it is a lone total column; outcomes so named
    win over the sheet's name ('Attachments' named the part of an outcome table past a blank
    spacer column, its sustainments then rounded as attachments, and the proof refused)."""
    area = layout.area
    lines = [(r, c) for r in layout.title_rows for c in range(area.left, area.right + 1)]
    texts = _texts(cells, sorted([*layout.title_cells, *lines], reverse=True))  # nearest first
    shared = _texts(cells, sorted(layout.context_cells, reverse=True))  # nearest first
    heads = _texts(cells, [(r, c) for r in layout.header_rows for c in layout.label_cols])
    figure_heads = _texts(cells, [(r, c) for r in layout.header_rows for c in _figure_cols(layout)])
    measure = header_picked(texts, heads, figure_heads, measure_words) or table_measure(
        texts, shared, heads, sheet_name, measure_words
    )
    if layout.side_cells and not measure.is_outcome and not _lone_total(layout, cells):
        side = table_measure(_texts(cells, layout.side_cells), [], [], "", measure_words)
        unnamed = table_measure(texts, shared, heads, "", measure_words) is Measure.UNKNOWN
        if measure is Measure.UNKNOWN or (unnamed and side.is_outcome):
            measure = side  # an outcome table's part past a spacer: not the sheet's name's
    return " ".join(reversed(texts)), measure


def _lone_total(layout: Layout, cells: dict[Coord, Cell]) -> bool:
    """A lone column headed as a total ('Total' after a blank column) counts what its parts
    count (``check_side_measures``), not what the title beside it names; a lone area ('Leeds
    | blank | York | blank | Total', one title over Leeds) counts what that title names."""
    area = layout.area
    heads = _texts(cells, [(r, area.left) for r in layout.header_rows])
    return area.left == area.right and any(is_total_label(t) for t in heads)


def _texts(cells: dict[Coord, Cell], coords: list[Coord]) -> list[str]:
    """The words of the cells at ``coords`` that hold any, stripped."""
    found = (cells.get(coord) for coord in coords)
    return [
        t for c in found if c is not None and c.value is not None and (t := str(c.value).strip())
    ]


def table_measure(
    titles: list[str],
    shared: list[str],
    corner: list[str],
    sheet_name: str,
    measure_words: dict[Measure, tuple[str, ...]],
) -> Measure:
    """The measure a table's words name: an outcome named in its titles or the label column's
    header first, then its own titles (nearest first), a title shared from a table above (an
    outcome it names first, as in its own titles: a block stacked under 'Derbyshire:
    referrals' over 'Job outcomes by age' counts outcomes like the block above it), the label
    column's header ('Job starts: payment group' heads the table as a title would), and last
    the sheet's name. A sheet named for an outcome is not overruled by the label column's
    header, nor is a header naming a measure with a time read as one: 'Referral month' over
    outcomes by cohort is the table's rows, not its measure."""
    by_name = header_measure(sheet_name, measure_words)
    outcome_sheet = by_name is not None and by_name.is_outcome
    heads = [] if outcome_sheet else [t for t in corner if not _WHEN.search(t)]
    titles = _block_titled_alone(titles, measure_words)
    own = (header_measure(text, measure_words) for text in titles)
    rest = (header_measure(text, measure_words) for text in [*shared, *heads])
    return (
        outcome_named(titles + corner, measure_words)
        or next((m for m in own if m is not None), None)
        or outcome_named(shared, measure_words)
        or next((m for m in rest if m is not None), by_name)
        or Measure.UNKNOWN
    )


def _figure_cols(layout: Layout) -> list[int]:
    """The table's columns other than its label columns."""
    area = layout.area
    return [c for c in range(area.left, area.right + 1) if c not in layout.label_cols]


def _block_titled_alone(
    titles: list[str], measure_words: dict[Measure, tuple[str, ...]]
) -> list[str]:
    """A block's titles, nearest first, without the sheet's title over it and the blocks
    after it where that title lists the block's own ('Job starts and job outcomes by payment
    group' over 'Job starts', its block, then 'Job outcomes', the next): the block's own title
    names its measure alone, but for its number and what it is broken down by ('Table 1: Job
    starts by payment group'), and the starts are no outcomes (they went to a shares sheet)."""
    own = _NUMBERED.sub("", titles[0]) if titles else ""
    own = " ".join(_BROKEN_DOWN.sub("", own).lower().split())
    measure = names_a_measure_alone(own, measure_words)
    if len(titles) < 2 or measure is None:
        return titles
    words = {w.lower() for w in measure_words.get(measure, ())}
    listing = all(
        own in " ".join(t.lower().split()) or _lists(t, words, measure_words) for t in titles[1:]
    )
    return titles[:1] if listing else titles


def _lists(title: str, words: set[str], measure_words: dict[Measure, tuple[str, ...]]) -> bool:
    """Whether a title over a block names the block's measure (one of its ``words``) among
    others, in words of its own: 'Starts and outcomes report' over 'Job starts'."""
    named = {w.lower() for w in measures_named(title, measure_words)}
    return bool(named & words) and bool(named - words)


# a table's number before its title ('Table 1:', 'Table 2a -'), and what it is broken down by
# or when after it ('... by payment group', '..., 2014-15')
_NUMBERED = re.compile(r"^\s*table\s+\w{1,4}\s*[:.\-\u2013]\s*", re.IGNORECASE)
_BROKEN_DOWN = re.compile(r"\s+by\s.*$|\s*,.*$", re.IGNORECASE)


def read_line_measures(
    table: Table,
    cells: dict[Coord, Cell],
    label_cols: list[int],
    col_heads: dict[int, list[str]],
    row_words: dict[int, str],
    measure_words: dict[Measure, tuple[str, ...]],
) -> None:
    """Fill the table's row and column measures; ``col_heads`` are each column's header lines,
    ``row_words`` each row's label words."""
    kinds = outcomes_by(table.title, measure_words)  # lines are kinds, none another measure
    for col, heads in col_heads.items():
        m = header_measure(without_when(" ".join(heads)), measure_words)
        if m is not None and (m.is_outcome or not kinds):
            table.col_measures[col] = m
        elif m is not None and heads and names_a_measure_alone(heads[-1], measure_words) is m:
            table.col_measures[col] = m  # 'Referrals' beside the cohort's outcomes: no kind
    corner = [str(cell.value).strip() for r in table.header_rows for c in label_cols
              if (cell := cells.get((r, c))) is not None and cell.value is not None]  # fmt: skip
    table.col_measures.update(corner_owned(corner, col_heads, label_cols, measure_words))
    for row, words in row_words.items():
        m = header_measure(without_when(without_counted_notes(words)), measure_words)
        if m is not None and (m.is_outcome or not kinds):
            table.row_measures[row] = m
    table.row_measures.update(section_measures(table, cells, label_cols, measure_words))
    _outcome_differences(table.col_measures, {c: " ".join(h) for c, h in col_heads.items()})
    _outcome_differences(table.row_measures, row_words)
    _rate_numerators(table, cells, {c: " ".join(h) for c, h in col_heads.items()}, row_words,
                     measure_words)  # fmt: skip
    starts = Measure.JOB_STARTS
    if starts not in {table.measure, *table.row_measures.values(), *table.col_measures.values()}:
        return  # most tables: no job starts, so no breakdown of them
    corner = " ".join(
        str(cell.value).strip()
        for r in table.header_rows
        for c in label_cols
        if (cell := cells.get((r, c))) is not None and cell.value is not None
    )
    crossing = set(table.col_measures.values())
    starts_rows = [r for r, m in table.row_measures.items() if m is starts]
    labels = list(row_words.values())
    statuses = False  # an 'Achieved' line found among the starts' statuses
    for row, words in row_words.items():
        own = table.row_measures.get(row)
        of_starts = own is starts or (own is None and starts in {table.measure, *crossing})
        lasted = of_starts and is_starts_outcome_line(words, corner, table.title)
        if lasted and is_rate_words(words) and divides_shared_counts(table, cells, row=row):
            continue  # 'Conversion rate' over '=C4/B4', starts over referrals: no outcomes
        among = of_starts and len(row_words) > 1  # a row of the starts' breakdown by status
        achieved = own is None and (bool(starts_rows) or among)  # or one under 'Job starts'
        if lasted or (achieved and achieved_beside_starts(words, labels, table.title)):
            table.row_measures[row] = Measure.JOB_OUTCOMES
            if lasted and among and ended_before_a_point(words):  # 'Under 13 weeks'
                table.rest_rows.add(row)
            status = (achieved and not lasted) or (lasted and among)
            statuses = statuses or (status and not is_rate_words(words))  # no 'Conv. rate'
        elif own is not None and own.is_outcome and len(row_words) > 1:  # 'Sustained'
            sustained = starts in {table.measure, *crossing}
            statuses = statuses or (sustained and is_starts_outcome_line(words, "", table.title))
    if statuses:
        table.rest_rows |= other_statuses(table.row_measures, row_words)
    crossing = set(table.row_measures.values())
    starts_cols = [c for c, m in table.col_measures.items() if m is starts]
    lowest = [heads[-1] for heads in col_heads.values() if heads]
    heads_of = {c: " ".join(h) for c, h in col_heads.items()}
    statuses = False
    for col, heads in col_heads.items():
        if not heads:
            continue
        own = table.col_measures.get(col)
        of_starts = own is starts or (own is None and starts in {table.measure, *crossing})
        lasted = of_starts and is_starts_outcome_line(heads[-1], " ".join(heads), table.title)
        rate = lasted and is_rate_words(heads[-1])
        if rate and divides_shared_counts(table, cells, col=col):
            continue
        if rate and typed_shared_quotients(table, cells, col, heads[-1], typed_precision):
            continue  # typed, one pair of shared columns' quotient: analyse/ratios reads it
        among = of_starts and len(col_heads) > 1  # a column of the starts' breakdown
        achieved = own is None and (bool(starts_cols) or among)  # or one beside 'Job starts'
        if lasted or (achieved and achieved_beside_starts(heads[-1], lowest, table.title)):
            table.col_measures[col] = Measure.JOB_OUTCOMES
            if lasted and among and ended_before_a_point(heads[-1]):
                table.rest_cols.add(col)
            status = (achieved and not lasted) or (lasted and among)
            statuses = statuses or (status and not is_rate_words(heads[-1]))
        elif own is not None and own.is_outcome and len(col_heads) > 1:
            sustained = starts in {table.measure, *crossing}
            # 'Job outcome | In progress | Left' in a table of the starts counted elsewhere
            split = table.measure is starts and not starts_cols and starts not in crossing
            split = split and statuses_beside(table.col_measures, heads_of)
            statuses = statuses or (
                sustained
                and (is_starts_outcome_line(heads[-1], "", table.title) or split)
                and not is_rate_words(heads[-1])
            )
    if statuses:
        table.rest_cols |= other_statuses(table.col_measures, heads_of)


def _rate_numerators(
    table: Table,
    cells: dict[Coord, Cell],
    col_words: dict[int, str],
    row_words: dict[int, str],
    measure_words: dict[Measure, tuple[str, ...]],
) -> None:
    """Each line naming no measure that a rate of outcomes beside it divides ('Numerator'
    beside 'Conversion rate'), or one alone on a line of its own is worked out from on
    another: it counts those outcomes (wpxl.analyse.rate_numerators)."""
    for col in outcome_numerators(col_words, table.body_rows, cells, measure_words):
        table.col_measures[col] = Measure.JOB_OUTCOMES
    for row in outcome_numerators(row_words, table.body_cols, cells, measure_words, by_rows=True):
        table.row_measures[row] = Measure.JOB_OUTCOMES
    rows, cols = table.body_rows, table.body_cols
    for col in lone_rate_numerators(row_words, col_words, rows, cells, measure_words):
        table.col_measures[col] = Measure.JOB_OUTCOMES
    for row in lone_rate_numerators(col_words, row_words, cols, cells, measure_words, True):
        table.row_measures[row] = Measure.JOB_OUTCOMES


def _outcome_differences(measures: dict[int, Measure], words: dict[int, str]) -> None:
    """Each line of differences naming no measure, after a line of outcomes (the nearest line
    before it naming a measure), counts those outcomes (see the module's doc)."""
    last: Measure | None = None
    for line in sorted(words):
        own = measures.get(line)
        if own is not None:
            last = own
        elif last is not None and last.is_outcome and DIFFERENCE_WORDS.search(words[line]):
            measures[line] = last


def totals_measure(
    table: Table, roles: dict[Coord, Role], beside: Collection[Table] = ()
) -> Measure:
    """The measure of a table whose title names none, where every figure its lines do not name
    is a total adding up lines of one and the same measure ('Job starts Q1' to 'Job starts Q4',
    then 'Total'): a total counts what its parts count. UNKNOWN (and the table refused) when a
    figure of no measure is no total, a part lies outside the table and the tables ``beside`` it,
    or names no measure, the parts name more than one, or they name an outcome (those totals
    were read as counts)."""
    unknown = {
        (row, col)
        for row in table.body_rows
        for col in table.body_cols
        if roles.get((row, col)) in FIGURES and table.measure_of((row, col)) is Measure.UNKNOWN
    }
    named: set[Measure] = set()
    for coord in unknown:
        parts = table.totals.get(coord)
        if roles.get(coord) is not Role.TOTAL or not parts:
            return Measure.UNKNOWN
        for sheet, row, col in parts:
            owner = next((t for t in (table, *beside) if (row, col) in t.area), None)
            if sheet != table.sheet or owner is None:
                return Measure.UNKNOWN
            if (row, col) not in unknown:
                named.add(owner.measure_of((row, col)))
    if len(named) != 1:
        return Measure.UNKNOWN
    (measure,) = named
    return Measure.UNKNOWN if measure.is_outcome else measure


def check_measures(
    table: Table, roles: dict[Coord, Role], sheet: str, total_cols: Collection[int] = ()
) -> None:
    """Refuse a table holding figures (counts, totals) whose measure wpxl cannot tell.

    Figures in ``total_cols`` (columns headed as totals, in a table narrow enough to be a lone
    total column set apart from the tables it adds up: wpxl.analyse.side_totals) are left to
    ``check_side_measures``, once the sheet's tables are read: refused now, a 'Total' column
    after a blank spacer column would be refused for a measure its totals name."""
    if table.measure is Measure.UNKNOWN:  # its totals may add up lines of one measure
        table.measure = totals_measure(table, roles)
    if table.measure is not Measure.UNKNOWN:
        return  # every cell has the table's measure, if not its line's own
    for coord in _unnamed(table, roles):
        if coord[1] not in total_cols:
            raise mixed_total(table, sheet, coord) or AnalysisError(
                f"sheet '{sheet}', table {table.index} (cell {a1(*coord)}): "
                "wpxl cannot tell whether these counts are referrals, attachments, job starts, "
                "job outcomes or sustainments. Name the measure in the table's title, its "
                "headers or the sheet name (for example 'Referrals by payment group'), or "
                "add the word you use to the policy's measure words"
            )


def check_side_measures(table: Table, tables: list[Table], roles: dict[Coord, Role]) -> None:
    """A table whose figures ``check_measures`` left unnamed, all in columns headed as totals,
    counts what the cells its totals add up in the tables beside it count; refused when they
    are no such totals, saying so (its header says total, so naming a measure is not the
    whole cure)."""
    if (
        table.measure is not Measure.UNKNOWN
        or (first := next(_unnamed(table, roles), None)) is None
    ):
        return
    table.measure = totals_measure(table, roles, [t for t in tables if t is not table])
    if table.measure is Measure.UNKNOWN and roles.get(first) is not Role.TOTAL:
        raise AnalysisError(
            f"sheet '{table.sheet}', table {table.index} (cell {a1(*first)}): this column is "
            "headed as a total but is not the sum of the columns beside it, so wpxl cannot "
            "tell what it adds up or what it counts. Make it a SUM formula over the cells it "
            "totals, or change its header if it is not a total (naming what it counts, for "
            "example 'Referrals')"
        )
    check_measures(table, roles, table.sheet)  # totals over outcomes, say: no measure to tell


def _unnamed(table: Table, roles: dict[Coord, Role]) -> Iterator[Coord]:
    """The table's figures (counts, totals) that neither the table nor their line names a
    measure for."""
    for row in table.body_rows:
        for col in table.body_cols:
            coord = (row, col)
            if roles.get(coord) in FIGURES and table.measure_of(coord) is Measure.UNKNOWN:
                yield coord
