"""A picture of what wpxl made of a sheet: its used range as a grid, each cell coloured by role.

Shared by the HTML run report and ``wpxl inspect --html``, so an analyst sees at a glance which
cells wpxl took for titles, headers, labels, counts, totals and outcomes. A count or total is
drawn as a sign ("#", "Σ"), never as a figure. Words are shown only where the page may carry them:
the run report is forwarded like the sanitised copy, so by default its grid shows the words of
column headers and row labels alone, the text the copy keeps as it is. A title, note or other text
may be taken out of the copy (contact details, an outcome volume in words) after the grid is
drawn, so such a cell shows its role and no words. ``wpxl inspect --html`` never leaves the
analyst's machine and shows every word cell. Either way a text that quotes a figure (in raised
digits or a Roman numeral too, as the copy reads them: 'Leeds ¹³⁷', 'Leeds (CXXXVII)'), a header
or label that states a count or holds a number of 100 or more, and an outcome table's header or
label that states an amount (an outcome volume, which the percentage sheet leaves out), is
masked. Every style is an inline attribute, so the fragment can be dropped into any page
without a stylesheet or network access.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from wpxl.analyse.values import is_year
from wpxl.model import Coord, Role, SheetAnalysis, Table
from wpxl.model.sheetref import a1, column_letters
from wpxl.plan.contacts import holds_contact_details
from wpxl.plan.percent_words import states_a_volume
from wpxl.read.numerals import raised_in_digits, roman_in_digits
from wpxl.read.quoted_figures import could_quote_a_figure, figures_stated

OUTCOME = "outcome"
MAX_TEXT = 18


@dataclass(frozen=True, slots=True)
class Swatch:
    """How one kind of cell is drawn and named in the legend."""

    background: str
    colour: str
    sign: str
    meaning: str


SWATCHES: dict[str, Swatch] = {
    Role.TITLE.value: Swatch("#4b3f72", "#ffffff", "", "title"),
    Role.NOTE.value: Swatch("#ddd5ee", "#222222", "", "note"),
    Role.HEADER.value: Swatch("#1f5f99", "#ffffff", "", "column header"),
    Role.LABEL.value: Swatch("#b9d3ee", "#111111", "", "row label"),
    Role.COUNT.value: Swatch("#bfe3b4", "#1b4d12", "#", "count (rounded to the base)"),
    Role.TOTAL.value: Swatch("#2e7d32", "#ffffff", "Σ", "total (rebuilt as a sum)"),
    OUTCOME: Swatch("#b0175b", "#ffffff", "◆", "outcome or sustainment (shown as % only)"),
    Role.NONCOUNT.value: Swatch("#e3e3e3", "#333333", "·", "year, date or code (kept)"),
    Role.DERIVED.value: Swatch("#ffdf80", "#4d3b00", "%", "rate or ratio (recomputed)"),
    Role.DROPPED.value: Swatch("#e57373", "#ffffff", "x", "removed"),
    Role.TEXT.value: Swatch("#f5efdc", "#333333", "", "other text"),
    Role.EMPTY.value: Swatch("#ffffff", "#999999", "", "empty"),
}
_WORD_ROLES = (Role.TITLE, Role.NOTE, Role.HEADER, Role.LABEL, Role.TEXT)

TextRule = Callable[[Role, str], bool]
"""Whether a page may show a word cell's text, given the cell's role and its text."""


def carried_unchanged(role: Role, text: str) -> bool:
    """For a page that may be forwarded: only a column header's or a row label's words, which
    the copy keeps as they are, and none holding contact details. A title, note or other text
    may be taken out of the copy after the grid is drawn, so the grid cannot vouch for it."""
    return role in (Role.HEADER, Role.LABEL) and not holds_contact_details(text)


def every_word(role: Role, text: str) -> bool:
    """For a page that stays on the analyst's machine (``wpxl inspect --html``): every word."""
    return True


_CELL = (
    "border:1px solid {border};padding:1px 3px;min-width:14px;max-width:110px;height:16px;"
    "overflow:hidden;white-space:nowrap;text-overflow:ellipsis;font:11px/1.3 sans-serif;"
    "text-align:{align};background:{background};color:{colour}"
)


def kind_of(analysis: SheetAnalysis, coord: Coord) -> str:
    """The swatch a cell is drawn with: its role, or 'outcome' for an outcome count or total."""
    role = analysis.roles.get(coord, Role.EMPTY)
    if role is Role.OUTCOME:
        return OUTCOME
    if role in (Role.COUNT, Role.TOTAL):
        table = _table_at(analysis.tables, coord)
        if table is not None and table.measure_of(coord).is_outcome:
            return OUTCOME
    return role.value


def render_sheet_grid(
    analysis: SheetAnalysis,
    max_rows: int = 120,
    max_cols: int = 30,
    *,
    shown: TextRule = carried_unchanged,
) -> str:
    """The sheet's used range as an HTML table fragment; figures drawn as signs, never numbers,
    and a word cell's text only where ``shown`` allows it (by default: what the copy keeps)."""
    used = [c for c, role in analysis.roles.items() if role is not Role.EMPTY]
    name = escape(analysis.sheet.name)
    if not used:
        return f"<p style=\"font:12px sans-serif;color:#555\">Sheet '{name}' is empty.</p>"
    top, left = min(r for r, _ in used), min(c for _, c in used)
    bottom, right = max(r for r, _ in used), max(c for _, c in used)
    last_row, last_col = min(bottom, top + max_rows - 1), min(right, left + max_cols - 1)
    in_table = {
        (r, c)
        for t in analysis.tables
        for r in range(t.area.top, t.area.bottom + 1)
        for c in range(t.area.left, t.area.right + 1)
    }
    head = "".join(_axis(column_letters(c)) for c in range(left, last_col + 1))
    rows = [f"<tr>{_axis('')}{head}</tr>"]
    for r in range(top, last_row + 1):
        cells = "".join(
            _cell(analysis, (r, c), (r, c) in in_table, shown) for c in range(left, last_col + 1)
        )
        rows.append(f"<tr>{_axis(str(r + 1))}{cells}</tr>")
    cut = ""
    if (last_row, last_col) != (bottom, right):
        cut = (
            '<p style="font:11px sans-serif;color:#555;margin:2px 0">'
            f"Showing {a1(top, left)}:{a1(last_row, last_col)} of the used range "
            f"{a1(top, left)}:{a1(bottom, right)}.</p>"
        )
    return (
        f'<div class="wpxl-grid" data-sheet="{name}" style="overflow:auto;max-width:100%">'
        f'<table style="border-collapse:collapse;table-layout:fixed" '
        f'aria-label="Roles of the cells on sheet {name}">{"".join(rows)}</table>{cut}</div>'
    )


def legend_html() -> str:
    """What each colour and sign in the grid means."""
    items = "".join(
        '<li style="display:inline-block;margin:0 10px 4px 0;font:12px sans-serif">'
        f'<span style="display:inline-block;width:16px;height:14px;text-align:center;'
        f"font:11px/14px sans-serif;border:1px solid #999;vertical-align:middle;"
        f'background:{s.background};color:{s.colour}">{escape(s.sign)}</span> '
        f"{escape(s.meaning)}</li>"
        for s in SWATCHES.values()
    )
    return f'<ul class="wpxl-legend" style="list-style:none;padding:0;margin:4px 0">{items}</ul>'


def _cell(analysis: SheetAnalysis, coord: Coord, in_table: bool, shown: TextRule) -> str:
    kind = kind_of(analysis, coord)
    swatch = SWATCHES[kind]
    words = _words(analysis, coord)
    if words and not shown(analysis.roles[coord], words):
        words = ""
    shown = words if len(words) <= MAX_TEXT else words[: MAX_TEXT - 1] + "…"
    style = _CELL.format(
        border="#7a7a7a" if in_table else "#e6e6e6",
        align="left" if words else "center",
        background=swatch.background,
        colour=swatch.colour,
    )
    tip = f"{a1(*coord)}: {swatch.meaning}" + (f" — {words}" if words else "")
    shown = shown or swatch.sign
    return f'<td title="{escape(tip)}" style="{style}">{escape(shown)}</td>'


def _words(analysis: SheetAnalysis, coord: Coord) -> str:
    """A word cell's text; empty for figures and for text that quotes a figure."""
    if analysis.roles.get(coord) not in _WORD_ROLES:
        return ""
    cell = analysis.sheet.cells.get(coord)
    if cell is None:
        return ""
    value = cell.value
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%b %Y")
    if isinstance(value, int | float) and not isinstance(value, bool) and is_year(value):
        return str(int(value))
    if not isinstance(value, str):
        return ""
    read = roman_in_digits(raised_in_digits(value))  # 'Leeds ¹³⁷', 'Leeds (CXXXVII)': 137
    if analysis.roles[coord] in (Role.HEADER, Role.LABEL):
        if could_quote_a_figure(read):  # the output removes it unless it names a group
            return ""
        if figures_stated(read):  # "(2059 referrals)": the copy removes it if unrounded
            return ""
        table = _table_at(analysis.tables, coord)
        if table is not None and table.may_hold_outcomes and states_a_volume(value):
            return ""
    elif could_quote_a_figure(read, label=False):
        return ""
    return " ".join(value.split())


def _axis(text: str) -> str:
    return (
        '<th style="font:10px sans-serif;color:#777;background:#f4f4f4;'
        f'border:1px solid #e6e6e6;padding:0 3px">{escape(text)}</th>'
    )


def _table_at(tables: list[Table], coord: Coord) -> Table | None:
    return next((t for t in tables if coord in t.area), None)


__all__ = [
    "SWATCHES",
    "TextRule",
    "carried_unchanged",
    "every_word",
    "kind_of",
    "legend_html",
    "render_sheet_grid",
]
