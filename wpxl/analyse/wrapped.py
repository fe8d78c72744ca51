"""The sum inside the wrappers analysts put round a total without changing what it adds up.

``=IFERROR(SUM(B4:B9),0)``, ``=ROUND(SUM(B4:B9),0)``, ``=N(SUM(B4:B9))``,
``=AGGREGATE(9,3,B4:B9)``, a sign typed first as in Lotus days (``=+SUM(B4:B9)``,
``=+B4+B5``), brackets round the whole (``=(B4+B5)``) and a SUM of an addition
(``=SUM(B4+B5)``) are totals of whole counts like ``=SUM(B4:B9)``: read as anything else they
would be removed, and the table shared without its totals. A wrapper that could change the
value (rounding to tens, an error shown as a figure, AGGREGATE skipping hidden rows while
counting nested subtotals) is left as it is, so the total is still not understood.
"""

from __future__ import annotations

import re

# NAME(args) filling the whole formula; the arguments are split at their own top level below
_CALL = re.compile(r"(IFERROR|ROUND|ROUNDUP|ROUNDDOWN|N|AGGREGATE|SUM)\((.*)\)", re.IGNORECASE)
_NO_FIGURE = ("0", '""', '"-"')  # what IFERROR may show instead of an error, which adds nothing
# AGGREGATE(9, option, refs): options 0-3 skip nested SUBTOTAL and AGGREGATE cells (and 1, 3
# hidden rows) as SUBTOTAL 9 and 109 do; 4 and 6 add everything, as SUM does.
_AGGREGATE = {"0": "SUBTOTAL(9,", "1": "SUBTOTAL(109,", "2": "SUBTOTAL(9,",
              "3": "SUBTOTAL(109,", "4": "SUM(", "6": "SUM("}  # fmt: skip


def unwrapped(formula: str) -> str:
    """``formula`` (without its ``=``) with every value-keeping wrapper taken off."""
    while True:
        text = formula.strip()
        if text.startswith("+"):
            formula = text[1:]
            continue
        if text.startswith("(") and text.endswith(")") and arguments(text[1:-1]) is not None:
            formula = text[1:-1]  # the first bracket closes at the end: it holds the whole
            continue
        call = _CALL.fullmatch(text)
        if call is None:
            return formula
        name = call.group(1).upper()
        if name == "SUM" and "+" not in text:
            return formula  # nearly every total: a plain SUM, nothing to take off
        args = arguments(call.group(2))
        if args is None:
            return formula
        if name == "SUM" and len(args) == 1:
            formula = args[0]  # a SUM of one addition is that addition
        elif (
            (name == "IFERROR" and len(args) == 2 and args[1] in _NO_FIGURE)
            or (name.startswith("ROUND") and len(args) == 2 and args[1] == "0")
            or (name == "N" and len(args) == 1)
        ):
            formula = args[0]
        elif name == "AGGREGATE" and len(args) > 2 and args[0] == "9" and args[1] in _AGGREGATE:
            return _AGGREGATE[args[1]] + ",".join(args[2:]) + ")"
        else:
            return formula


def arguments(text: str) -> list[str] | None:
    """A call's arguments, split at the commas outside brackets and quotes; None where the
    brackets do not balance (the wrapper's own bracket closed early: ``N(A1)+N(A2)``)."""
    args, depth, quoted, start = [], 0, False, 0
    for i, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                return None
        elif char == "," and depth == 0:
            args.append(text[start:i].strip())
            start = i + 1
    if depth or quoted:
        return None
    args.append(text[start:].strip())
    return args
