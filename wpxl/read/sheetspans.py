"""A 3-D reference (``=SUM(Derby:Chesterfield!B4)``) read as the sheets it spans.

A summary sheet adding up the same cell of every office's sheet is written so by analysts more
often than any other way. Read as one sheet named 'Derby:Chesterfield', which no workbook has,
the summary's totals were over nothing and were removed. Excel takes every sheet from the first
named to the last, in the workbook's order; the functions that accept such a reference (SUM,
COUNT, AVERAGE, MAX ...) take any number of arguments, so the span written out as one reference
a sheet, comma-separated, means the same. A span whose ends are not both sheets of the workbook
is left as written: never understood, so its formula is not rebuilt.
"""

from __future__ import annotations

from openpyxl.formula.tokenizer import Token, Tokenizer, TokenizerError

from wpxl.model.sheetref import quote_sheet


def spans_written_out(formula: str, order: tuple[str, ...]) -> str:
    """``formula`` (with its '=') with each 3-D reference written as one reference a sheet of
    ``order`` (the workbook's sheet names, in its order) it spans. Sheet names cannot hold a
    colon, so one before the ``!`` always joins two sheets."""
    if ":" not in formula.rpartition("!")[0]:
        return formula  # most formulas: no colon before the last '!', so no span
    try:
        tokens = Tokenizer(formula)
    except TokenizerError:
        return formula
    places = {name.lower(): i for i, name in enumerate(order)}
    changed = False
    for token in tokens.items:
        if token.type != Token.OPERAND or token.subtype != Token.RANGE or "!" not in token.value:
            continue
        sheets, _, cells = token.value.rpartition("!")
        plain = sheets[1:-1].replace("''", "'") if sheets.startswith("'") else sheets
        first, colon, last = plain.partition(":")
        ends = places.get(first.lower()), places.get(last.lower())
        if not colon or ends[0] is None or ends[1] is None:
            continue
        low, high = min(ends), max(ends)  # type: ignore[type-var]
        token.value = ",".join(f"{quote_sheet(name)}!{cells}" for name in order[low : high + 1])
        changed = True
    return tokens.render() if changed else formula
