"""Real .xlsx books whose totals nest as published statistics nest them (MoJ prison population
table A1.1's shape): typed head totals three deep over indented parts, a blank row between the
dated header and the figures, and blocks stacked in one column each under its own header row.

``write_custody_book`` returns, for every total it typed, the input rows of its direct
children, so tests can hold the reading and the output to the tree."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font

Node = str | tuple[str, list[Any]]

CUSTODY: Node = (
    "Males and Females",
    [
        ("Remand", ["Untried", "Convicted unsentenced"]),
        (
            "Sentenced",
            [
                "Fine defaulter",
                "Less than 12 months",
                ("12 months to less than 4 years", ["12 months to 2 years", "2 to 4 years"]),
                "Indeterminate sentences",
                "Recalls",
            ],
        ),
        "Non-criminal prisoners",
    ],
)
SETTINGS: Node = ("All population in custody", ["Prisons", "Police cells", "Secure homes"])
DATES = [dt.datetime(year, 6, 30) for year in range(2017, 2023)]


@dataclass
class TreeBook:
    path: Path
    sheet: str
    children: dict[int, list[int]] = field(default_factory=dict)  # 1-based total row -> kids
    leaves: dict[int, int] = field(default_factory=dict)  # 1-based total row -> its leaf rows
    columns: list[int] = field(default_factory=list)  # 1-based figure columns


class _Writer:
    def __init__(self, ws: Any, book: TreeBook, seed: int) -> None:
        self.ws, self.book = ws, book
        self.rng = random.Random(seed)

    def write(self, node: Node, row: int, depth: int = 0) -> tuple[int, list[int], int]:
        """Write ``node`` at ``row``: (the row after it, its figures, its number of leaves)."""
        label = self.ws.cell(row, 1, node if isinstance(node, str) else node[0])
        label.alignment = Alignment(indent=depth)
        width = len(self.book.columns)
        if isinstance(node, str):
            values = [self.rng.randint(0, 900) for _ in range(width)]
            for col, value in zip(self.book.columns, values, strict=True):
                self.ws.cell(row, col, value)
            return row + 1, values, 1
        label.font = Font(bold=True)
        kids, sums, leaves, nxt = [], [0] * width, 0, row + 1
        for kid in node[1]:
            kids.append(nxt)
            nxt, values, kid_leaves = self.write(kid, nxt, depth + 1)
            sums = [a + b for a, b in zip(sums, values, strict=True)]
            leaves += kid_leaves
        for col, value in zip(self.book.columns, sums, strict=True):
            self.ws.cell(row, col, value)  # typed, as MoJ publishes them
        self.book.children[row], self.book.leaves[row] = kids, leaves
        return nxt, sums, leaves


def write_custody_book(
    path: Path, blocks: tuple[str, ...] = ("Males and Females", "Males")
) -> TreeBook:
    """One sheet: the title, then per block a dated header row, a blank row, the custody tree
    headed by the block's name, and the settings tree; blocks two blank rows apart."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "A1_1"
    book = TreeBook(path, ws.title, columns=list(range(2, 2 + len(DATES))))
    ws.cell(1, 1, "Table A1.1: Prison population by type of custody and sex").font = Font(bold=True)
    row = 3
    for seed, name in enumerate(blocks):
        for col, date in zip(book.columns, DATES, strict=True):
            ws.cell(row, col, date).number_format = "mmm-yy"
        writer = _Writer(ws, book, seed)
        row, _, _ = writer.write((name, CUSTODY[1]), row + 2)
        row, _, _ = writer.write(SETTINGS, row)
        row += 2
    wb.save(path)
    return book
