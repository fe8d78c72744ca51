"""A percentage sheet's name: its measure and '%', as Excel takes a sheet's name (31
characters at most, none of []:*?/\\), unique in the book; and how its intro names its table."""

from __future__ import annotations

from wpxl.model import SheetAnalysis, Table


def unique_name(name: str, taken: set[str]) -> str:
    """``name`` without the characters a sheet's name may not hold, cut to fit, and numbered
    where the book already has it (in any case: Excel's names ignore it)."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in name)
    candidate = clean if len(clean) <= 31 else clean[:29].rstrip() + " %"
    n, held = 2, {t.lower() for t in taken}  # once, not once a number tried
    while candidate.lower() in held:
        stem = clean.removesuffix(" %")[:24].rstrip()
        candidate = f"{stem} {n} %"
        n += 1
    return candidate


def table_named(table: Table, analysis: SheetAnalysis, title: str) -> str:
    """How a percentage sheet's intro names its table among several of one sheet: by its title
    (``title``, the figure-free one), or by its number where it has none, or where another
    table of the sheet has the same one (a stack of blocks each 'Job outcomes by payment
    group': named by title, their sheets' words were alike, and the copy refused)."""
    alike = sum(other.title == table.title for other in analysis.tables) > 1
    return f"table '{title}'" if title and not alike else f"table {table.index}"
