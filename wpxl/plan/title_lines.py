"""An outcome table's title lines after its first, which its percentage sheet's intro repeats.

'Job outcomes by payment group' over 'Provisional' (or 'Figures to March 2013') over the header:
the first line the intro says in its own words (the measure, what the rows are, the period), but
the second said what no other words of the copy say, that the shares are provisional, or to
when they run, and it was left behind with the table's volumes. Each further line holding no
figure is named in the intro now ("on sheet 'Outcomes' (Provisional), by payment group"); one
stating an amount ('Total outcomes: 359', a volume) or naming a person is judged as the intro's
words are and never carried, and where the table went wholly to its percentage sheet, so its
title with it, the cover lists the line as removed. A line describing the sheet's layout (GSS's
'This worksheet contains one table.') is never named in the intro, untrue of the percentage
sheet, and the cover says so: it said 'it states an amount about outcomes' of its 'one'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.model import Coord, Removal, SheetAnalysis, Table
from wpxl.model.layout import output_sheet_name
from wpxl.model.sheetref import a1
from wpxl.plan.carried_words import CONTACTS, OUTCOME_AMOUNT
from wpxl.plan.contacts import holds_contact_details

# GSS's accessible tables open each sheet so: 'This worksheet contains one table.', 'This sheet
# has 3 tables', 'There are two tables on this worksheet'
_LAYOUT = re.compile(
    r"(?:this\s+(?:work)?sheet\s+(?:contains|has|includes|holds)\b"
    r"|there\s+(?:is|are)\s+\w+\s+tables?\s+(?:on|in)\s+this\s+(?:work)?sheet\b)[^.]*\.?",
    re.IGNORECASE,
)
LAYOUT = "it describes the source sheet's layout, which the percentage sheet does not keep"


def title_lines(table: Table, analysis: SheetAnalysis) -> list[tuple[Coord, str]]:
    """Each of the table's title lines, top to bottom: its first cell holding words and their
    text (the lines above the table's block and those inside it above its header)."""
    cells = analysis.sheet.cells
    first_header = min(table.header_rows, default=table.area.top)
    inside = [
        (r, c)
        for r in range(table.area.top, first_header)
        for c in range(table.area.left, table.area.right + 1)
    ]
    by_row: dict[int, list[tuple[Coord, str]]] = {}
    for coord in sorted({*table.title_cells, *inside}):
        cell = cells.get(coord)
        if cell is not None and isinstance(cell.value, str) and cell.value.strip():
            by_row.setdefault(coord[0], []).append((coord, " ".join(cell.value.split())))
    return [(texts[0][0], " ".join(t for _, t in texts)) for _, texts in sorted(by_row.items())]


def further_lines(
    table: Table, analysis: SheetAnalysis, figure_free: Callable[[str], str | None]
) -> tuple[str | None, list[Coord]]:
    """The further title lines the intro may name (those ``figure_free`` keeps, joined), and
    the places of those stating an amount."""
    lines = title_lines(table, analysis)[1:]
    kept = [text for _, text in lines if _carried(text, figure_free)]
    stating = [coord for coord, text in lines if not _carried(text, figure_free)]
    return "; ".join(kept) or None, stating


def intro_lines(
    table: Table,
    analysis: SheetAnalysis,
    figure_free: Callable[[str], str | None],
    title: str | None,
) -> tuple[str | None, str | None]:
    """The further lines the intro names, and the line its period is read from: the first
    where there are further lines ('Figures to March 2013' says its own period, not the
    title's), else the table's ``title``."""
    further, _ = further_lines(table, analysis, figure_free)
    first = next(iter(title_lines(table, analysis)), None)
    return further, first[1] if further and first else title


def amounts_removed(
    table: Table, analysis: SheetAnalysis, figure_free: Callable[[str], str | None]
) -> list[Removal]:
    """A removal for each further title line not carried, of a table gone wholly to its
    percentage sheet (its title with it): the cover says so, and why ('Prepared by Jane
    Smith' names a person; any other such line may state an outcome volume)."""
    lines = dict(title_lines(table, analysis))
    _, stating = further_lines(table, analysis, figure_free)
    where = output_sheet_name(analysis.sheet.name)
    return [Removal("text", f"'{where}' {a1(*at)}", _why(lines[at])) for at in stating]


def _why(line: str) -> str:
    if _LAYOUT.match(line.strip()):
        return LAYOUT
    return CONTACTS if holds_contact_details(line) else OUTCOME_AMOUNT


def _carried(text: str, figure_free: Callable[[str], str | None]) -> bool:
    """Whether the intro may name a further line: it states no amount and no layout."""
    return _LAYOUT.match(text.strip()) is None and figure_free(text) is not None


def without_layout(title: str) -> str:
    """A table's title without the sentences describing its sheet's layout: the cover names
    the table by the rest ('one' in 'This worksheet contains one table.' made it 'table 1')."""
    return " ".join(_LAYOUT.sub(" ", title).split())
