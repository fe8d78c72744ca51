"""What a lookup reads, from its formula's text: VLOOKUP(key, Data!A:C, 2, FALSE) reads only
Data!B:B, so the starts beside the outcomes in a lookup table are not the outcomes; whole
columns (JO!A:B) as lookups name them; words a defined name may be; OFFSET, which reaches past
the cell it names. Syntax alone (as ``sheetref`` is), shared by the analysis and the proof,
which each judge what those cells count for themselves."""

from __future__ import annotations

import re

from wpxl.model.sheetref import column_index, column_letters

_NAME = re.compile(r"[A-Za-z_\\][\w.]*")
_MOVED = re.compile(r"\bOFFSET\s*\(", re.IGNORECASE)
_COLUMNS = re.compile(r"(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!\$?([A-Z]{1,3}):\$?([A-Z]{1,3})\b")
_STRING = re.compile(r'"[^"]*"')
_VLOOKUP = re.compile(r"\bVLOOKUP\s*\(", re.IGNORECASE)
# a lookup table on a named sheet: its first column's letters, and its rows if it names them
_TABLE = re.compile(
    r"((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*))!\$?([A-Za-z]{1,3})\$?(\d*):\$?[A-Za-z]{1,3}\$?(\d*)"
)


def narrowed_lookups(formula: str) -> str:
    """The formula with each VLOOKUP's table ('Data!A:C', 'Data!$A$4:$C$8') narrowed to the
    one column its literal index reads ('Data!B:B' for 2): the starts beside the outcomes in
    a lookup table are not the outcomes. Any other lookup is left whole (fail closed)."""
    for call in reversed(list(_VLOOKUP.finditer(formula))):
        args = _arguments(formula, call.end())
        if len(args) < 3 or not formula[slice(*args[2])].strip().isdigit():
            continue
        table = _TABLE.fullmatch(formula[slice(*args[1])].strip())
        index = int(formula[slice(*args[2])])
        if table is None or index < 1:
            continue
        sheet, first, top, bottom = table.groups()
        col = column_letters(column_index(first.upper()) + index - 1)
        narrow = f"{sheet}!{col}{top}:{col}{bottom}" if top and bottom else f"{sheet}!{col}:{col}"
        formula = formula[: args[1][0]] + narrow + formula[args[1][1] :]
    return formula


def _arguments(formula: str, start: int) -> list[tuple[int, int]]:
    """The spans of a call's top-level arguments, its '(' just before ``start``."""
    spans, depth, begin, quoted = [], 0, start, False
    for at in range(start, len(formula)):
        char = formula[at]
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char in ",)" and not depth:
            spans.append((begin, at))
            begin = at + 1
            if char == ")":
                return spans
    return []


def whole_columns(formula: str) -> list[tuple[str, range]]:
    """The whole columns of named sheets a formula reads (JO!A:B, 'Job outcomes'!$B:$B): the
    sheet's name as written (quotes undone) and the 0-based columns; text in quotes aside."""
    return [
        (quoted.replace("''", "'") or plain, range(column_index(first), column_index(last) + 1))
        for quoted, plain, first, last in _COLUMNS.findall(_STRING.sub("", formula))
    ]


def reaches_past(formula: str) -> bool:
    """Whether the formula moves off the cells it names (OFFSET): it may read any of a sheet."""
    return _MOVED.search(_STRING.sub("", formula)) is not None


def name_words(formula: str) -> set[str]:
    """The words of a formula (upper case) a defined name may be, text in quotes aside."""
    return {w.upper() for w in _NAME.findall(_STRING.sub("", formula))}
