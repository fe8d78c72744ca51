"""The usual provider pack every hostile builder starts from, written as Excel writes it.

A "Referrals" sheet (payment groups by month, SUM total column and row, cached values) and a
"Job outcomes" sheet of outcome counts laid out the same way. Every figure is unrounded (no
multiple of 20) and at least 100, so a rounded count or a percentage can never look like one;
all of them are secrets of every pack. A twist gets the open workbook and writes its change
over the base before the file is closed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

GROUPS = ("JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers")
MONTHS = ("Apr 2013", "May 2013", "Jun 2013")
REFERRALS = ((1234, 1517, 1388), (2213, 2451, 2379), (687, 713, 659), (433, 471, 457))
OUTCOMES = ((137, 163, 151), (211, 247, 229), (113, 127, 119), (103, 109, 107))
HEADER_ROW = 2  # 0-based: title in row 0, a blank row, then the header
FIRST_BODY = HEADER_ROW + 1


def figures_of(table: tuple[tuple[int, ...], ...]) -> set[float]:
    """A table's cells, row totals, column totals and grand total: every one unrounded."""
    rows = [sum(r) for r in table]
    cols = [sum(c) for c in zip(*table, strict=True)]
    return {float(v) for r in table for v in r} | {float(v) for v in [*rows, *cols, sum(rows)]}


BASE_SECRETS: frozenset[float] = frozenset(figures_of(REFERRALS) | figures_of(OUTCOMES))


@dataclass(frozen=True)
class Hostile:
    """A built pack: where it is and what must never be found in its sanitised copy."""

    path: Path
    numbers: frozenset[float]
    words: frozenset[str] = frozenset()
    own: frozenset[float | str] = frozenset()  # the twist's own secrets, which the input holds
    groups: tuple[str, ...] = GROUPS
    outcomes: tuple[tuple[int, ...], ...] = OUTCOMES  # the true counts behind the % sheet


@dataclass
class Pack:
    """What a twist can change before the base is written, and reach after."""

    referrals_sheet: str = "Referrals"
    outcomes_sheet: str = "Job outcomes"
    referrals_title: str = "Referrals by payment group"
    outcomes_title: str = "Job outcomes by payment group"
    label_header: str = "Payment group"
    months: tuple[str, ...] = MONTHS
    groups: tuple[str, ...] = GROUPS
    referrals: tuple[tuple[Any, ...], ...] = REFERRALS
    outcomes: tuple[tuple[Any, ...], ...] = OUTCOMES
    book: Workbook | None = None
    sheets: dict[str, Worksheet] = field(default_factory=dict)
    formats: dict[str, Any] = field(default_factory=dict)

    def fmt(self, name: str, **props: Any) -> Any:
        """A named format, made once."""
        if name not in self.formats:
            assert self.book is not None
            self.formats[name] = self.book.add_format(props)
        return self.formats[name]


Twist = Callable[[Pack], None]


def build(path: Path, twist: Twist | None = None, pack: Pack | None = None) -> Path:
    """Write the pack to ``path``: the base, then the twist over it."""
    pack = pack or Pack()
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    pack.book = book
    pack.fmt("title", bold=True, font_size=13)
    pack.fmt("head", bold=True, bottom=1, bg_color="#DDEBF7")
    pack.fmt("count", num_format="#,##0")
    pack.fmt("total", bold=True, top=1, num_format="#,##0")
    for name, title, rows in (
        (pack.referrals_sheet, pack.referrals_title, pack.referrals),
        (pack.outcomes_sheet, pack.outcomes_title, pack.outcomes),
    ):
        pack.sheets[name] = write_table(pack, book.add_worksheet(name), title, rows)
    if twist is not None:
        twist(pack)
    book.close()
    return path


def write_table(pack: Pack, ws: Worksheet, title: str, rows: tuple[tuple[Any, ...], ...]) -> Any:
    """Title, header, one labelled row per group with a SUM total column, a SUM total row."""
    ws.set_column(0, 0, 24)
    ws.set_column(1, len(pack.months) + 1, 11)
    ws.write_string(0, 0, title, pack.formats["title"])
    header = [pack.label_header, *pack.months, "Total"]
    ws.write_row(HEADER_ROW, 0, header, pack.formats["head"])
    width = len(pack.months)
    last = xl_col_to_name(width)
    for i, (group, values) in enumerate(zip(pack.groups, rows, strict=True)):
        r = FIRST_BODY + i
        ws.write_string(r, 0, group)
        for j, value in enumerate(values, start=1):
            ws.write(r, j, value, pack.formats["count"])
        cached = sum(v for v in values if isinstance(v, int | float))
        ws.write_formula(
            r, width + 1, f"=SUM(B{r + 1}:{last}{r + 1})", pack.formats["total"], cached
        )
    total_row = FIRST_BODY + len(rows)
    ws.write_string(total_row, 0, "Total", pack.formats["total"])
    for j in range(1, width + 2):
        letter = xl_col_to_name(j)
        column = [
            (r[j - 1] if j <= width else sum(v for v in r if isinstance(v, int | float)))
            for r in rows
        ]
        cached = sum(v for v in column if isinstance(v, int | float))
        formula = f"=SUM({letter}{FIRST_BODY + 1}:{letter}{total_row})"
        ws.write_formula(total_row, j, formula, pack.formats["total"], cached)
    return ws


def body_cell(row: int, col: int) -> tuple[int, int]:
    """Zero-based (row, col) of the body's ``row``-th group and ``col``-th month (both 0-based)."""
    return FIRST_BODY + row, 1 + col


def total_row(pack: Pack) -> int:
    return FIRST_BODY + len(pack.groups)


def total_col(pack: Pack) -> int:
    return 1 + len(pack.months)


def rounded(count: float) -> int:
    """To the nearest 20, halves up, as the guidance rounds (never Python's round())."""
    return int((abs(count) + 10) // 20 * 20)


def secrets_of(pack: Pack) -> set[float]:
    """The pack's unrounded figures of 100 or more, and its outcome volumes even once rounded
    (those that no rounded referral figure shares, so a true referral cannot look like one)."""

    def numeric(table: tuple[tuple[Any, ...], ...]) -> tuple[tuple[int, ...], ...]:
        return tuple(tuple(v for v in r if isinstance(v, int | float)) for r in table)

    referrals, outcomes = numeric(pack.referrals), numeric(pack.outcomes)
    unrounded = {n for n in figures_of(referrals) | figures_of(outcomes) if n >= 100 and n % 20}
    shown = {float(rounded(n)) for n in figures_of(referrals)}
    shown |= figures_of(tuple(tuple(rounded(v) for v in r) for r in referrals))
    volumes = {float(rounded(n)) for n in figures_of(outcomes)}
    volumes |= figures_of(tuple(tuple(rounded(v) for v in r) for r in outcomes))
    return unrounded | {v for v in volumes - shown if v >= 100}


def make(
    folder: Path,
    name: str,
    twist: Twist | None = None,
    pack: Pack | None = None,
    numbers: Iterable[float] = (),
    words: Iterable[str] = (),
) -> Hostile:
    """Build ``name``.xlsx in ``folder``; its secrets are the pack's and the twist's own."""
    pack = pack or Pack()
    path = build(folder / f"{name}.xlsx", twist, pack)
    own = {*map(float, numbers), *words}
    return Hostile(
        path,
        frozenset(secrets_of(pack) | set(map(float, numbers))),
        frozenset(words),
        frozenset(own),
        pack.groups,
        tuple(tuple(v for v in r if isinstance(v, int)) for r in pack.outcomes),
    )
