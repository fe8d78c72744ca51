"""The proof's own reading of an input's total wrapped without changing what it adds up.

The proof works out what an input's SUM shows from its cells (Excel's cached value may be
missing: a workbook saved by a script stores none). Totals are often wrapped: ``=+B4+B5`` typed
Lotus-style, ``=(B4+B5)``, ``=N(SUM(..))``, ``=IFERROR(SUM(..),0)``, ``=ROUND(SUM(..),0)``,
``=SUBTOTAL(109,B4:B8)`` (an Excel table's total row), ``=AGGREGATE(9,3,B4:B8)``,
``=SUMPRODUCT(B4:B8)``. Without a reading of its own the proof found such a total showing
nothing and refused the copy. Read here without the analyse stage's reader, so the two cannot
share a mistake; a wrapper that could change the value (rounding to tens, an error shown as a
figure) is not taken off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wpxl.model import Cell

_CALL = re.compile(r"([A-Z]+)\((.*)\)", re.IGNORECASE)
_NO_FIGURE = frozenset(("0", '""', '"-"'))  # what IFERROR may show instead, adding nothing
_SKIPS_NESTED = frozenset(("9", "109"))  # SUBTOTAL's sum, without or with hidden rows
# AGGREGATE(9, option, ...): option -> (skips nested subtotals, skips hidden rows)
_AGGREGATE = {"0": (True, False), "1": (True, True), "2": (True, False), "3": (True, True),
              "4": (False, False), "6": (False, False)}  # fmt: skip
_NESTED = re.compile(r"\s*\+?\s*(SUBTOTAL|AGGREGATE)\(", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class InputSum:
    """A wrapped total as the SUM it is: its text, and which of its cells Excel leaves out."""

    formula: str
    skips_nested: bool = False  # SUBTOTAL and AGGREGATE cells inside it (nested subtotals)
    skips_hidden: bool = False  # cells on hidden rows

    def leaves_out(self, cell: Cell | None, hidden_row: bool) -> bool:
        """Whether Excel leaves ``cell`` (on a hidden row or not) out of this sum."""
        nested = cell is not None and cell.formula is not None and bool(_NESTED.match(cell.formula))
        return (self.skips_nested and nested) or (self.skips_hidden and hidden_row)


def input_sum(formula: str) -> InputSum | None:
    """The SUM a wrapped total is, or None when ``formula`` wraps nothing known."""
    text, unwrapped = formula.strip(), False
    while True:
        if text.startswith("+"):
            text, unwrapped = text[1:].strip(), True
            continue
        if text.startswith("(") and text.endswith(")") and _arguments(text[1:-1]) is not None:
            text, unwrapped = text[1:-1].strip(), True
            continue
        call = _CALL.fullmatch(text)
        args = _arguments(call.group(2)) if call is not None else None
        if call is None or args is None:
            return InputSum(text) if unwrapped else None
        name = call.group(1).upper()
        if _keeps_value(name, args):
            text, unwrapped = args[0], True
        elif name == "SUBTOTAL" and len(args) >= 2 and args[0] in _SKIPS_NESTED:
            return InputSum(f"SUM({','.join(args[1:])})", True, args[0] == "109")
        elif name == "AGGREGATE" and len(args) >= 3 and args[0] == "9" and args[1] in _AGGREGATE:
            return InputSum(f"SUM({','.join(args[2:])})", *_AGGREGATE[args[1]])
        elif name == "SUMPRODUCT" and len(args) == 1:
            return InputSum(f"SUM({args[0]})")
        else:
            return InputSum(text) if unwrapped else None


def _keeps_value(name: str, args: list[str]) -> bool:
    """Whether ``name(args)`` shows its first argument's value, when that is a sum of whole
    counts: N(x), IFERROR(x, 0), ROUND(x, 0) (or to any places)."""
    if name == "N":
        return len(args) == 1
    if name == "IFERROR":
        return len(args) == 2 and args[1] in _NO_FIGURE
    return name in ("ROUND", "ROUNDUP", "ROUNDDOWN") and len(args) == 2 and args[1].isdigit()


def _arguments(text: str) -> list[str] | None:
    """``text`` split at its top-level commas (stripped), or None when its brackets or quotes
    do not balance."""
    args, depth, quoted, start = [], 0, False, 0
    for at, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "," and depth == 0:
            args.append(text[start:at].strip())
            start = at + 1
    if depth or quoted:
        return None
    return [*args, text[start:].strip()]
