"""Cell and sheet references in the A1 notation people and Excel formulas use."""

from __future__ import annotations

import re
from collections.abc import Iterable

from openpyxl.utils.cell import column_index_from_string
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell


def a1(row: int, col: int) -> str:
    return xl_rowcol_to_cell(row, col)


# A bare sheet name Excel reads as a reference instead: a cell ('Q1', 'Apr13', 'FY2013'), the
# start of an R1C1 one ('R2', 'C12 notes', 'RC3'), R/C/RC alone, or a boolean. Excel, reading
# SUM(Q1!B6) from a file, finds no sheet there: it repairs the workbook by dropping the formula,
# and the total shows blank where every cached-value viewer shows the figure.
_READS_AS_REFERENCE = re.compile(r"[A-Z]{1,3}[0-9]+|R[0-9].*|R?C[0-9].*|R|C|RC|TRUE|FALSE")


def quote_sheet(name: str) -> str:
    """A sheet name as a formula must write it: bare only when Excel reads it as nothing but a
    sheet's name (quotes around any name are always right)."""
    plain = name.replace("_", "").isalnum() and not name[0].isdigit()
    if plain and _READS_AS_REFERENCE.fullmatch(name.upper()) is None:
        return name
    return "'" + name.replace("'", "''") + "'"


def parse_a1(ref: str) -> tuple[int, int] | None:
    """(row, col), 0-based, of a plain reference such as "B12" (as Excel and xlsxwriter write a
    cell's ``r``); None for anything else ("$B$12", "b12", "12")."""
    letters = ref.rstrip("0123456789")
    if not letters.isalpha() or not letters.isupper() or not letters.isascii():
        return None
    if len(letters) == len(ref):
        return None
    return int(ref[len(letters) :]) - 1, column_index(letters)


def column_index(letters: str) -> int:
    """0-based column of upper-case column letters: "A" -> 0, "AA" -> 26."""
    return column_index_from_string(letters) - 1


def column_letters(col: int) -> str:
    """Letters of a 0-based column: 0 -> "A", 26 -> "AA"."""
    return xl_col_to_name(col)


def runs(lines: Iterable[int]) -> list[list[int]]:
    """Lines split, in the order given, into runs of neighbours ([4, 5, 7] -> [[4, 5], [7]]):
    how rows or columns are named as ranges ("E4:E5, E7")."""
    found: list[list[int]] = []
    for line in lines:
        if found and line == found[-1][-1] + 1:
            found[-1].append(line)
        else:
            found.append([line])
    return found


def column_spans(rows: Iterable[int], col: int) -> str:
    """A column's rows as ranges, in the order given: 'E4:E5, E7'."""
    return ", ".join(
        a1(run[0], col) if len(run) == 1 else f"{a1(run[0], col)}:{a1(run[-1], col)}"
        for run in runs(rows)
    )
