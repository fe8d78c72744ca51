"""Invariant 16: the copy hides nothing of its own: no row or column, no cell under a merge,
no value in its background's colour.

The proof holds that nothing the input hides reaches the copy, and refuses a hidden sheet; a
row or column the copy itself hides (marked hidden, 0 high or 0 wide, or every row 0 high by
the sheet's default), a cell holding something under a merge of the copy (only the merge's
first cell shows), or a value its own style makes unseen (white on white, a font too small to
read: wpxl.verify.visibility, as the input's cells are judged) went unasked. What such a place
holds is not seen by the council reading the copy, yet is sent to it, and the totals over it no
longer add up what the reader sees: a shared workbook hides nothing, which ``wpxl check`` alone
already holds (wpxl.read reads the copy's hidden lines, merges and white text as hidden
content), so the proof of a copy against its input holds it too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from xml.etree import ElementTree as ET

from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH

from wpxl.model import CellRange, Style
from wpxl.model.sheetref import parse_a1
from wpxl.read.invisible import Palette
from wpxl.read.styles import StyleTable
from wpxl.verify.books import SheetPair
from wpxl.verify.hidden_runs import runs_unseen
from wpxl.verify.leaks import MAIN_NS, Finding
from wpxl.verify.merged_spans import merged_spans
from wpxl.verify.proof import Proof
from wpxl.verify.visibility import KINDS, WHITE, is_hidden, kind_of

_STYLES = "copy_hidden styles"  # the proof's kept state: the copy's _CopyStyles
_TRUE = rb'"(?:1|true)"'
_CONDITIONAL = re.compile(
    rb'<conditionalFormatting\b[^>]*?\bsqref="([^"]+)"[^>]*>(.*?)</conditionalFormatting>',
    re.DOTALL,
)
_DXF_ID = re.compile(rb'<cfRule\b[^>]*?\bdxfId="(\d+)"')
_HIDING = {
    "a row the copy hides": re.compile(
        rb"<row\s[^>]*?\b(?:hidden=" + _TRUE + rb'|ht="0(?:\.0*)?")'
    ),
    "a column the copy hides": re.compile(
        rb"<col\s[^>]*?\b(?:hidden=" + _TRUE + rb'|width="0(?:\.0*)?")'
    ),
    "rows the copy hides by default": re.compile(rb"<sheetFormatPr\s[^>]*?\bzeroHeight=" + _TRUE),
}


def hidden_lines(pair: SheetPair, proof: Proof) -> list[Finding]:
    """One finding for each kind of line the copy's sheet hides, and one for each cell holding
    something under a merge, styled to be unseen (by its format, a conditional format, or a
    run of its text)."""
    xml = proof.output.read(proof.output.where[pair.name])
    where = f"sheet '{pair.name}'"
    found = [Finding(where, kind) for kind, seen in _HIDING.items() if seen.search(xml)]
    found += _under_merges(pair, xml) + _unseen(pair, proof) + _painted_unseen(pair, proof, xml)
    return found + runs_unseen(pair, proof, xml, copy_styles(proof))


def copy_styles(proof: Proof) -> _CopyStyles:
    """The copy's cell formats, read once for the proof."""
    styles = proof.kept.get(_STYLES)
    if not isinstance(styles, _CopyStyles):
        styles = proof.kept[_STYLES] = _CopyStyles(proof)
    return styles


def _unseen(pair: SheetPair, proof: Proof) -> list[Finding]:
    styles = copy_styles(proof)
    # the copy's few styles first: most hide no kind of value, and then no cell is asked
    used = {style for _, _, style in pair.cells.values()}
    hiding = {style for style in used if any(styles.hides(style, kind) for kind in KINDS)}
    return [
        Finding(pair.where(coord), "content the copy styles to be unseen")
        for coord, (value, _, style) in pair.cells.items()
        if style in hiding and value not in (None, "") and styles.hides(style, kind_of(value))  # type: ignore[arg-type]
    ]


class _CopyStyles:
    """The copy's cell formats, read once by wpxl.read's own reader, and which of them hide a
    value of each kind."""

    def __init__(self, proof: Proof) -> None:
        book = ET.fromstring(proof.output.read("xl/workbook.xml"))
        pr = book.find(f"{{{MAIN_NS}}}workbookPr")
        epoch = (
            MAC_EPOCH if pr is not None and pr.get("date1904") in ("1", "true") else WINDOWS_EPOCH
        )
        theme = proof.output.read("xl/theme/theme1.xml") or None
        self.palette = Palette(theme)
        self._table = StyleTable(proof.output.read("xl/styles.xml") or None, epoch, self.palette)
        self._known: dict[tuple[int, int], bool] = {}

    def hides(self, style: int, kind: int) -> bool:
        known = self._known.get((style, kind))
        if known is None:
            known = self._known[(style, kind)] = is_hidden(self._seen(style), kind)
        return known

    def painted_unseen(self, index: int, dxf: int, kind: int) -> bool:
        """Whether a conditional format's ``dxf`` over a cell of format ``index`` hides a
        value of ``kind``: its font in the background's colour, or a format showing none."""
        dxfs = self._table.dxfs()
        if not 0 <= dxf < len(dxfs):
            return False
        font, fill, number_format = dxfs[dxf]
        style = self._seen(index)
        if fill is not None:
            style = replace(style, fill_color=fill, other_fill=False, pattern_colors=None)
        if font is not None:
            style = replace(style, font_color=font, input_format=None)
        if number_format is not None:
            style = replace(style, number_format=number_format, input_format=None)
        return is_hidden(style, kind)

    def background(self, index: int) -> str | None:
        """The one colour behind a cell of format ``index`` (None: a pattern, not known)."""
        style = self._seen(index)
        return None if style.other_fill else (style.fill_color or WHITE)

    def _seen(self, index: int) -> Style:
        """The format as it shows: a font or solid fill in a theme's or the palette's colour
        (white as ``theme="0"`` or ``indexed="9"``) given as the colour it is, which the
        format's own fields leave unknown (they hold plain RGB only) and so never hidden."""
        style = self._table.style(index)[0]
        look = self._table.look(index)
        if style.font_color is None and look.colour is not None:
            style = replace(style, font_color=look.colour)
        solid = look.pattern is None and style.pattern_colors is None
        if style.other_fill and solid and look.background is not None:
            style = replace(style, fill_color=look.background, other_fill=False)
        return style


def _painted_unseen(pair: SheetPair, proof: Proof, xml: bytes) -> list[Finding]:
    """A value a conditional format of the copy may paint in its background's colour or show
    as nothing (';;;'): wpxl writes none, so one is an editor's, and its rule is taken to
    apply, as the input's are (wpxl.verify.visibility)."""
    if b"<conditionalFormatting" not in xml:
        return []
    styles = copy_styles(proof)
    found = []
    cells = sorted(pair.cells.items())
    for sqref, rules in _CONDITIONAL.findall(xml):
        dxfs = [int(d) for d in _DXF_ID.findall(rules)]
        ranges = _ranges(sqref.decode())  # read once a rule, not once a cell
        for coord, (value, _, style) in cells:
            if value in (None, "") or not any(coord in r for r in ranges):
                continue
            if any(styles.painted_unseen(style, dxf, kind_of(value)) for dxf in dxfs):  # type: ignore[arg-type]
                found.append(Finding(pair.where(coord), "content a conditional format may hide"))
    return found


def _ranges(sqref: str) -> list[CellRange]:
    """The rectangles a conditional format's ``sqref`` names; a part naming no cell is passed
    over."""
    found = []
    for ref in sqref.split():
        ends = [parse_a1(end) for end in ref.split(":")]
        if any(end is None for end in ends):
            continue
        (top, left), (bottom, right) = ends[0], ends[-1]  # type: ignore[misc]
        found.append(CellRange(top, left, bottom, right))
    return found


def _under_merges(pair: SheetPair, xml: bytes) -> list[Finding]:
    found = []
    cells = pair.cells
    for top, left, bottom, right in merged_spans(xml):
        if (bottom - top + 1) * (right - left + 1) > len(cells):  # a vast merge: ask the cells
            places = [(r, c) for r, c in cells if top <= r <= bottom and left <= c <= right]
        else:
            places = [(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]
        for place in places:
            cell = cells.get(place)
            if place != (top, left) and cell is not None and cell[0] not in (None, ""):
                found.append(Finding(pair.where(place), "content under a merge"))
    return found
