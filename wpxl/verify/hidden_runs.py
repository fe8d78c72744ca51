"""A run of a copy's rich text that nobody reading the cell could see.

wpxl writes no rich text: a cell of runs in a copy is an editor's, and a run may hide what its
cell shows none of ('Leeds' and, painted white or in a 1-point font, an input's dropped note
or a figure). The cell's own format shows, so invariant 16 (wpxl.verify.copy_hidden), which
judges formats, passed it. Each run is judged here as a cell is: its colour (plain, the
theme's or the palette's) in its cell's background's colour, or a font too small to read.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Protocol
from xml.etree import ElementTree as ET

from wpxl.model.sheetref import parse_a1
from wpxl.read.invisible import Palette
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import MAIN_NS, Finding
from wpxl.verify.visibility import TINY_POINTS, near

if TYPE_CHECKING:
    from wpxl.verify.proof import Proof

_M = f"{{{MAIN_NS}}}"
UNSEEN_RUN = "a run of its text the copy styles to be unseen"
_STRINGS = "hidden_runs strings"  # the proof's kept state: the copy's styled shared strings


class Backgrounds(Protocol):
    """The copy's formats as this judgement asks them (wpxl.verify.copy_hidden's)."""

    palette: Palette

    def background(self, index: int) -> str | None: ...


def runs_unseen(pair: SheetPair, proof: Proof, xml: bytes, styles: Backgrounds) -> list[Finding]:
    """A finding for each cell of the copy's sheet with a run of text styled to be unseen."""
    strings = _rich_strings(proof)
    if b"<rPr" not in xml and not strings:
        return []
    found = []
    for _, cell in ET.iterparse(io.BytesIO(xml)):
        if cell.tag != f"{_M}c":
            continue
        text = cell.find(f"{_M}is")
        if text is None and cell.get("t") == "s" and strings:
            index = int(cell.findtext(f"{_M}v") or -1)
            text = strings[index] if 0 <= index < len(strings) else None
        if text is None:
            continue
        behind = styles.background(int(cell.get("s", "0")))
        if any(_unseen(run, behind, styles.palette) for run in text.iter(f"{_M}r")):
            where = parse_a1(cell.get("r", ""))
            found.append(Finding(pair.where(where) if where else pair.name, UNSEEN_RUN))
        cell.clear()
    return found


def _rich_strings(proof: Proof) -> list[ET.Element]:
    """The copy's shared strings, parsed once for every sheet, where a run among them is
    styled (none: nothing to judge, and no sheet's cells are walked for them)."""
    strings = proof.kept.get(_STRINGS)
    if not isinstance(strings, list):
        shared = proof.output.read("xl/sharedStrings.xml")
        strings = proof.kept[_STRINGS] = list(ET.fromstring(shared)) if b"<rPr" in shared else []
    return strings


def _unseen(run: ET.Element, behind: str | None, palette: Palette) -> bool:
    if not "".join(t.text or "" for t in run.iter(f"{_M}t")).strip():
        return False
    look = run.find(f"{_M}rPr")
    if look is None:
        return False
    size = look.find(f"{_M}sz")
    if size is not None and float(size.get("val", "11")) <= TINY_POINTS:
        return True
    colour = look.find(f"{_M}color")
    ink = palette.rgb(dict(colour.attrib), None) if colour is not None else None
    return ink is not None and behind is not None and near(ink, behind)
