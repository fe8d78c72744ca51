"""The value of a formula of constants only ("=377-15", "=(120+35)*2"), worked out as Excel would.

Excel stores a formula's result beside it, and wpxl reads a formula of constants as that value
(its text would quote figures). A workbook saved by a script (openpyxl, pandas) stores formulas
without results; Excel works them out on opening. Read as nothing, such a cell is an empty place
a total could be rebuilt without, while Excel shows a figure there; so its value is worked out
here, with Excel's precedence: a sign binds tighter than ``^``, ``^`` runs left to right, ``%``
divides by 100.
"""

from __future__ import annotations

import math
import re

from wpxl.model import CellValue, ExcelError

_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d*)?(?:[Ee][+-]?\d+)?|\.\d+(?:[Ee][+-]?\d+)?)|([-+*/^()%]))")


class _Unknown(Exception):
    """The formula is not one this reader works out (a comma, an overflow): no value."""


def constant_value(formula: str) -> CellValue:
    """The value Excel shows for ``formula`` (without its '='), or None when it is not worked
    out here."""
    tokens: list[str | float] = []
    at, text = 0, formula.rstrip()
    while at < len(text):
        found = _TOKEN.match(text, at)
        if found is None:
            return None
        number, operator = found.groups()
        tokens.append(float(number) if number is not None else operator)
        at = found.end()
    try:
        value, rest = _sum(tokens, 0)
        if rest != len(tokens) or not math.isfinite(value):
            return None
    except ZeroDivisionError:
        return ExcelError("#DIV/0!")
    except (_Unknown, OverflowError, ValueError, IndexError):
        return None
    return int(value) if value.is_integer() else value


def _sum(tokens: list[str | float], at: int) -> tuple[float, int]:
    value, at = _product(tokens, at)
    while at < len(tokens) and tokens[at] in ("+", "-"):
        right, after = _product(tokens, at + 1)
        value, at = (value + right if tokens[at] == "+" else value - right), after
    return value, at


def _product(tokens: list[str | float], at: int) -> tuple[float, int]:
    value, at = _power(tokens, at)
    while at < len(tokens) and tokens[at] in ("*", "/"):
        right, after = _power(tokens, at + 1)
        value, at = (value * right if tokens[at] == "*" else value / right), after
    return value, at


def _power(tokens: list[str | float], at: int) -> tuple[float, int]:
    value, at = _signed(tokens, at)
    while at < len(tokens) and tokens[at] == "^":
        right, at = _signed(tokens, at + 1)
        value = math.pow(value, right)
    return value, at


def _signed(tokens: list[str | float], at: int) -> tuple[float, int]:
    if tokens[at] in ("-", "+"):
        value, after = _signed(tokens, at + 1)
        return (-value if tokens[at] == "-" else value), after
    if tokens[at] == "(":
        value, at = _sum(tokens, at + 1)
        if at >= len(tokens) or tokens[at] != ")":
            raise _Unknown
        at += 1
    elif isinstance(tokens[at], float):
        value, at = tokens[at], at + 1  # type: ignore[assignment]
    else:
        raise _Unknown
    while at < len(tokens) and tokens[at] == "%":
        value, at = value / 100, at + 1
    return value, at
