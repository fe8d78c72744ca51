"""Shapes most corpus tables share: a labelled matrix with totals, and made-up counts."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from xlsxwriter.utility import xl_rowcol_to_cell as cell

from tests.analyse.corpus.spec import SheetSpec, Spec, count, head, label, total

HERE = Path(__file__).parent
GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers", "JSA Prison Leavers"]
COUNCILS = ["Ashby Vale", "Brackenshire", "Holmcroft", "Kingsmere", "Redfern"]
MONTHS = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013"]
PCT = {"num_format": "0.0%"}
MONEY = {"num_format": "£#,##0"}


def rng_range(r1: int, c1: int, r2: int, c2: int) -> str:
    return f"{cell(r1, c1)}:{cell(r2, c2)}"


def matrix(
    sh: SheetSpec,
    top: int,
    left: int,
    corner: str | None,
    heads: list[Any],
    labels: list[Any],
    values: list[list[Any]],
    *,
    total_row: str | None = "below",
    total_col: str | None = "right",
    mode: str | None = "sum",
    row_label: str | None = "Total",
    col_head: str | None = "Total",
    label_fmt: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A labelled table; ``mode`` is 'sum' (SUM formulas), 'plus', 'typed' or 'text' totals."""
    lcol = left
    first_data_col = left + (2 if total_col == "left" else 1)
    data_cols = list(range(first_data_col, first_data_col + len(heads)))
    tcol = {"left": left + 1, "right": data_cols[-1] + 1, None: None}[total_col]
    first_body = top + (2 if total_row == "above" else 1)
    body = list(range(first_body, first_body + len(labels)))
    trow = {"above": top + 1, "below": body[-1] + 1, None: None}[total_row]
    if corner is not None:
        sh.put(cell(top, lcol), head(corner))
    for col, h in zip(data_cols, heads, strict=True):
        sh.put(cell(top, col), head(h))
    if tcol is not None and col_head is not None:
        sh.put(cell(top, tcol), head(col_head))
    for row, lab, line in zip(body, labels, values, strict=True):
        if lab is not None:
            sh.put(cell(row, lcol), label(lab, **(label_fmt or {})))
        for col, v in zip(data_cols, line, strict=True):
            if v is not None:
                sh.put(cell(row, col), count(v))
        if tcol is not None:
            parts = rng_range(row, data_cols[0], row, data_cols[-1])
            sh.put(cell(row, tcol), _total(mode, parts, [cell(row, c) for c in data_cols]))
    if trow is not None:
        if row_label is not None:
            sh.put(cell(trow, lcol), label(row_label))
        cols = data_cols + ([tcol] if tcol is not None else [])
        for col in cols:
            parts = rng_range(body[0], col, body[-1], col)
            sh.put(cell(trow, col), _total(mode, parts, [cell(r, col) for r in body]))
    return {"body": body, "cols": data_cols, "trow": trow, "tcol": tcol}


def _total(mode: str | None, parts: str, cells: list[str]) -> Spec:
    if mode == "sum":
        return total(parts)
    if mode == "plus":
        return total(parts, formula="+".join(cells))
    return total(parts, formula=None, as_text=mode == "text")


def numbers(seed: int, rows: int, cols: int, low: int = 5, high: int = 400) -> list[list[Any]]:
    rng = random.Random(seed)
    return [[rng.randint(low, high) for _ in range(cols)] for _ in range(rows)]
