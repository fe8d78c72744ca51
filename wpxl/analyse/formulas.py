"""Read the two kinds of formula wpxl understands: sums of cells and ratios of two cells.

Sums may name their cells as ranges, SUBTOTAL(9 or 109, ...) or an Excel table's structured
references (resolved by ``wpxl.analyse.structured``).

And one shape of a count: a cell less a sum of others (an 'Other' line as the total less the
rest, ``is_residual``). Everything else is "a formula wpxl does not understand", which the caller
must not carry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils.cell import range_boundaries

from wpxl.analyse.text_memo import by_text
from wpxl.model import Coord
from wpxl.model.sheetref import a1, quote_sheet


@dataclass(frozen=True, slots=True)
class Ref:
    sheet: str | None  # None: the formula's own sheet
    top: int
    left: int
    bottom: int
    right: int
    subtotal: bool = False  # inside SUBTOTAL(): Excel skips nested SUBTOTALs in its range

    @property
    def rows(self) -> range:
        return range(self.top, self.bottom + 1)

    @property
    def cols(self) -> range:
        return range(self.left, self.right + 1)

    def coords(self) -> list[Coord]:
        return [(row, col) for row in self.rows for col in self.cols]

    def written(self) -> str:
        """The reference as a formula writes it ('B4:B7', 'Outcomes!B4'), for a message: its
        first cell alone named 'B4' for MAX(B4:B7), and 'B4, B4' for =B4-Outcomes!B4."""
        span = a1(self.top, self.left)
        if (self.bottom, self.right) != (self.top, self.left):
            span += ":" + a1(self.bottom, self.right)
        return span if self.sheet is None else f"{quote_sheet(self.sheet)}!{span}"


_NESTED = re.compile(r"\s*\+?\s*(?:SUBTOTAL|AGGREGATE)\(", re.IGNORECASE)  # a nested subtotal
_SUM_FUNCS = ("SUM(", "SUBTOTAL(", "SUMPRODUCT(")  # SUMPRODUCT over one range adds it up
_CELL = r"\$?[A-Z]{1,3}\$?[0-9]+"
_RANGE = rf"{_CELL}(?::{_CELL})?"
# SUM over same-sheet cells and ranges, as Excel and wpxl write nearly every total: read without
# the tokenizer (which takes longer than everything else wpxl does with the cell).
_PLAIN_SUM = re.compile(rf"SUM\(({_RANGE}(?:,{_RANGE})*)\)")


@by_text  # a formula's references are read by several readings
def parse_ref(text: str) -> Ref | None:
    sheet = None
    if "!" in text:
        sheet, text = text.rsplit("!", 1)
        sheet = sheet.strip("'").replace("''", "'")
    try:
        left, top, right, bottom = range_boundaries(text.replace("$", ""))
    except (ValueError, TypeError):
        return None
    if None in (left, top, right, bottom):
        return None  # whole rows or columns: too wide to be a table's parts
    return Ref(sheet, top - 1, left - 1, bottom - 1, right - 1)


def _tokens(formula: str) -> list[Token] | None:
    try:
        tokens = Tokenizer("=" + formula).items
    except Exception:
        return None
    return [t for t in tokens if t.type != Token.WSPACE]


Structured = Callable[[str], Ref | None]  # a table's structured reference -> its cells


def sum_refs(formula: str, structured: Structured | None = None) -> list[Ref] | None:
    """The references a pure sum adds up (SUM, SUBTOTAL 9/109, SUMPRODUCT of one range, ``+``
    chains); else None.

    ``structured`` places an Excel table's structured references (``Table1[[#This Row],[A]:
    [C]]``) on the sheet; without it they are not understood."""
    plain = _PLAIN_SUM.fullmatch(formula)
    if plain is not None:
        refs = [parse_ref(text) for text in plain.group(1).split(",")]
        return None if any(r is None for r in refs) else refs  # type: ignore[return-value]
    tokens = _tokens(formula)
    if not tokens:
        return None
    refs: list[Ref] = []
    depth = 0
    expect_operand = True
    in_subtotal = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == Token.FUNC and tok.subtype == Token.OPEN:
            if tok.value.upper() not in _SUM_FUNCS or not expect_operand:
                return None
            if tok.value.upper() == "SUMPRODUCT(" and not _one_argument(tokens, i):
                return None  # SUMPRODUCT of two arrays multiplies them
            if tok.value.upper() == "SUBTOTAL(":
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                sep = tokens[i + 2] if i + 2 < len(tokens) else None
                if nxt is None or nxt.value not in ("9", "109") or sep is None or sep.value != ",":
                    return None
                i += 2
                in_subtotal = True
            depth += 1
        elif tok.type == Token.FUNC and tok.subtype == Token.CLOSE:
            if depth == 0 or expect_operand:
                return None
            depth -= 1
            in_subtotal = in_subtotal and depth > 0
        elif tok.type == Token.OPERAND and tok.subtype == Token.RANGE:
            if not expect_operand:
                return None
            ref = parse_ref(tok.value)
            if ref is None and structured is not None:
                ref = structured(tok.value)  # a table's column, or a defined name
            if ref is None:
                return None
            refs.append(replace(ref, subtotal=in_subtotal))
            expect_operand = False
        elif tok.type == Token.SEP and tok.subtype == Token.ARG and depth > 0:
            expect_operand = True
        elif tok.type == Token.OP_IN and tok.value == "+" and depth == 0:
            if expect_operand:
                return None
            expect_operand = True
        else:
            return None
        i += 1
    if depth or expect_operand or not refs:
        return None
    return refs


def defined_range(names: dict[str, tuple[int, int, int, int]], text: str) -> Ref | None:
    """The cells a defined name of the formula's own sheet stands for (read.names), or None."""
    bounds = names.get(text.strip().upper())
    return None if bounds is None else Ref(None, *bounds)


def _one_argument(tokens: list[Token], i: int) -> bool:
    """Whether the function opened at ``tokens[i]`` takes a single reference and closes."""
    if i + 2 >= len(tokens):
        return False
    arg, close = tokens[i + 1], tokens[i + 2]
    is_ref = arg.type == Token.OPERAND and arg.subtype == Token.RANGE
    return is_ref and close.type == Token.FUNC and close.subtype == Token.CLOSE


def is_subtotal_formula(formula: str | None) -> bool:
    """Whether a cell inside a SUBTOTAL's range is one it leaves out: a SUBTOTAL or an
    AGGREGATE (Excel's AGGREGATE 9 with options 0 to 3 leaves out both, and so counts a
    provider's AGGREGATE subtotals once under a grand total over the same column)."""
    return formula is not None and bool(_NESTED.match(formula.lstrip("=")))


def ratio_refs(formula: str) -> tuple[Ref, Ref] | None:
    """The numerator and denominator of ``A/B`` (single cells, same sheet); else None."""
    if _PLAIN_SUM.fullmatch(formula):
        return None
    tokens = _tokens(formula)
    if not tokens or len(tokens) != 3:
        return None
    num, op, den = tokens
    if op.type != Token.OP_IN or op.value != "/":
        return None
    refs = [parse_ref(t.value) if t.subtype == Token.RANGE else None for t in (num, den)]
    if any(r is None or r.sheet or r.top != r.bottom or r.left != r.right for r in refs):
        return None
    return refs[0], refs[1]  # type: ignore[return-value]


_CELL_REF = r"\$?[A-Za-z]{1,3}\$?[0-9]{1,7}"
# '=D4/B4*100', '=(D4/B4)*100', '=100*D4/B4', '=D4*100/B4': a rate as a whole percentage
_WHOLE_PERCENT = (
    re.compile(rf"\(?({_CELL_REF})/({_CELL_REF})\)?\*100"),
    re.compile(rf"100\*\(?({_CELL_REF})/({_CELL_REF})\)?"),
    re.compile(rf"({_CELL_REF})\*100/({_CELL_REF})"),
)


def whole_percent_refs(formula: str) -> tuple[Ref, Ref] | None:
    """The numerator and denominator of a rate written as a whole percentage (``D4/B4*100``
    and its usual spellings), single cells of the same sheet; else None."""
    bare = formula.replace(" ", "")
    for pattern in _WHOLE_PERCENT:
        match = pattern.fullmatch(bare)
        if match is not None:
            return ratio_refs(f"{match.group(1)}/{match.group(2)}")
    return None


def references_any(formula: str) -> list[Ref]:
    """Every cell reference in a formula, whatever it computes (a plain SUM read without the
    tokenizer, as ``sum_refs`` reads it)."""
    plain = _PLAIN_SUM.fullmatch(formula)
    if plain is not None:
        return [ref for text in plain.group(1).split(",") if (ref := parse_ref(text))]
    tokens = _tokens(formula) or []
    found = []
    for tok in tokens:
        if tok.type == Token.OPERAND and tok.subtype == Token.RANGE:
            ref = parse_ref(tok.value)
            if ref is not None:
                found.append(ref)
    return found


def reads_other_workbooks(formula: str) -> bool:
    """Whether every cell a formula reads is in another workbook: '=[1]Data!B6', as Excel saves a
    link to one (a sheet's own name holds no bracket), or "='C:\\Packs\\[Leeds.xlsx]Summary'!B6".
    A summary of figures linked from each office's pack reads them so: wpxl cannot read those
    cells, and the value the link last brought in is the figure. Read as a total over cells of a
    sheet this workbook does not have, each link was removed as 'a total over no figures wpxl
    shares', its table's total left over the gap (and the copy refused)."""
    if "[" not in formula:
        return False  # no reference names another workbook: most formulas, not parsed here
    refs = references_any(formula)
    return bool(refs) and all(ref.sheet is not None and "[" in ref.sheet for ref in refs)


# '=B10-SUM(B4:B8)', '=B10-B4-B5-B6': a line worked out as the total less the rest ('Other')
_SUMMED = rf"SUM\({_RANGE}(?:,{_RANGE})*\)"
_RESIDUAL = re.compile(
    rf"{_CELL}(?:-(?:{_SUMMED}|{_CELL})){{2,}}|{_CELL}-{_SUMMED}(?:-(?:{_SUMMED}|{_CELL}))*",
    re.IGNORECASE,
)


def is_residual(formula: str) -> bool:
    """Whether a formula is one cell less a sum of others on its sheet: an 'Other' line worked
    out as the total less the lines above it, a count (its value) the total adds up again."""
    return bool(_RESIDUAL.fullmatch(formula.replace(" ", "")))
