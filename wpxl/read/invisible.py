"""Content formatted so that nobody looking at the sheet sees it: a hiding place, not content.

A figure in white on white (or in the fill's own colour), in a 1-point font, or in a rich-text
run styled so, is there for whoever opens the file's parts, not for the reader of the sheet. It
is treated as hidden content: not carried, and listed with what else was dropped. Colours are
resolved as Excel shows them: an explicit RGB, the theme's palette (with its tint) or the old
indexed palette; a patterned fill shows its pattern and its background colour, and a
gradient blends its two stops, so each hides only text in both; a background that cannot be
known (a gradient of more stops, a colour of no palette) hides nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

from openpyxl.styles.colors import COLOR_INDEX

from wpxl.model import Sheet

INVISIBLE_CELLS = "cells formatted to be invisible (white or fill-coloured text, tiny font)"
HIDDEN_BY_FORMAT = "cells whose number format shows nothing (such as ;;;)"
HIDDEN_RUNS = "invisible parts of formatted text"
MERGED_COVERED = "text under merged cells"
ZERO_WIDTH = "columns narrowed to nothing"
ZERO_HEIGHT = "rows lowered to nothing"
WHITE = "FFFFFF"
BLACK = "000000"
TINY_POINTS = 2.0  # text this small or smaller is a hiding place, not a label
CLOSE = 32  # colours whose channels all lie this close cannot be told apart on screen
# A column narrower than this (width as stored: about 7 pixels) fits no character; a row lower
# than this many points shows no line of text. Spacer lines this thin hold nothing to lose.
NARROW_COLUMN = 1.0
LOW_ROW = 3.0
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# Theme colour numbers as cells use them: 0 background 1, 1 text 1, 2 background 2 ...
_THEME_ORDER = ("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4",
                "accent5", "accent6", "hlink", "folHlink")  # fmt: skip
_OFFICE = ("FFFFFF", "000000", "EEECE1", "1F497D", "4F81BD", "C0504D", "9BBB59", "8064A2",
           "4BACC6", "F79646", "0000FF", "800080")  # fmt: skip


class Palette:
    """The workbook theme's colours, to resolve a theme or indexed colour to RGB."""

    def __init__(self, theme_xml: bytes | None) -> None:
        colours = dict(zip(_THEME_ORDER, _OFFICE, strict=True))
        if theme_xml:
            scheme = ET.fromstring(theme_xml).find(f".//{_A}clrScheme")
            for slot in scheme if scheme is not None else ():
                name = slot.tag.removeprefix(_A)
                for colour in slot:
                    value = colour.get("lastClr") or colour.get("val")
                    if name in colours and value and len(value) == 6:
                        colours[name] = value.upper()
        self._theme = [colours[name] for name in _THEME_ORDER]

    def rgb(self, colour: Any, default: str | None) -> str | None:
        """RRGGBB of an openpyxl Color (or a dict of a run's colour attributes); ``default``
        for none or automatic, None when it cannot be known."""
        if colour is None:
            return default
        get = colour.get if isinstance(colour, dict) else lambda key: getattr(colour, key, None)
        kind = _kind(colour, get)
        if kind == "rgb" and isinstance(get("rgb"), str) and len(get("rgb")) >= 6:
            base = get("rgb")[-6:].upper()
        elif kind == "theme" and int(get("theme")) < len(self._theme):
            base = self._theme[int(get("theme"))]
        elif kind == "indexed" and int(get("indexed")) < len(COLOR_INDEX):
            base = COLOR_INDEX[int(get("indexed"))][-6:].upper()
        elif kind == "indexed":  # 64 and up: the system's text (on its window) colours
            base = BLACK if int(get("indexed")) == 64 else WHITE
        elif kind == "auto":
            return default
        else:
            return None
        return _tinted(base, float(get("tint") or 0))


def _kind(colour: Any, get: Any) -> str | None:
    if not isinstance(colour, dict):
        return getattr(colour, "type", None)
    for key in ("rgb", "theme", "indexed", "auto"):
        if get(key) is not None:
            return key
    return None


def _tinted(rgb: str, tint: float) -> str:
    """A colour lightened (tint > 0) or darkened (tint < 0) as Excel's tints do, near enough
    to judge whether two colours can be told apart."""
    channels = [int(rgb[i : i + 2], 16) for i in (0, 2, 4)]
    if tint > 0:
        channels = [int(c + (255 - c) * tint + 0.5) for c in channels]
    elif tint < 0:
        channels = [int(c * (1 + tint) + 0.5) for c in channels]
    return "".join(f"{c:02X}" for c in channels)


def alike(one: str, other: str) -> bool:
    return all(abs(int(one[i : i + 2], 16) - int(other[i : i + 2], 16)) <= CLOSE for i in (0, 2, 4))


@dataclass(frozen=True, slots=True)
class Look:
    """What decides whether a cell's text can be seen: its colour, size and background."""

    colour: str | None  # None: cannot be known
    size: float | None
    background: str | None  # None: cannot be known (a gradient, a pattern's unknown colour)
    pattern: str | None = None  # a patterned fill's pattern colour, drawn over ``background``

    def invisible(self) -> bool:
        return self.tiny() or self.unseen_in(self.colour)

    def tiny(self) -> bool:
        return self.size is not None and self.size <= TINY_POINTS

    def unseen_in(self, colour: str | None) -> bool:
        """Whether text in ``colour`` (None: cannot be known) vanishes into this background:
        into both colours of a pattern, as every pixel of the cell shows one or the other."""
        if colour is None or self.background is None:
            return False
        return alike(colour, self.background) and (
            self.pattern is None or alike(colour, self.pattern)
        )

    def plain(self) -> str | None:
        """The one colour behind the text, or None: a pattern shows two."""
        return self.background if self.pattern is None else None

    def with_run(self, colour: str | None, size: float | None) -> Look:
        """The look of a rich-text run: its own colour and size where it sets them."""
        return Look(colour or self.colour, size if size is not None else self.size,
                    self.background, self.pattern)  # fmt: skip


def lowered(height: str | None, default: float | None) -> bool:
    """Whether a row is too low to show a line of text: by its own height (``ht``), else by
    the sheet's default (``defaultRowHeight``), which a row given none takes."""
    if height is not None:
        return float(height) < LOW_ROW
    return default is not None and default < LOW_ROW


def narrowed_by_default(sheet: Sheet) -> set[int]:
    """The columns holding cells that no ``<col>`` gives a width, where the sheet's default
    width (``defaultColWidth``) fits no character: narrowed to nothing (fail closed, as a
    reader that honours the default sees them)."""
    default = sheet.default_col_width
    if default is None or default >= NARROW_COLUMN:
        return set()
    return {col for _, col in sheet.cells} - set(sheet.col_widths) - sheet.hidden_cols
