"""The workbook's cell formats, each turned once into a model Style and the look that decides
whether its text can be seen.

Only formatting wpxl knows to be safe is kept, and the number format is wpxl's own
(wpxl.read.numformats.output_format), never the input's string.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any
from xml.etree import ElementTree as ET

from openpyxl.styles.numbers import BUILTIN_FORMATS
from openpyxl.styles.stylesheet import Stylesheet

from wpxl.model import Style
from wpxl.read.invisible import BLACK, WHITE, Look, Palette
from wpxl.read.numformats import (
    GENERAL,
    date_kind,
    elapsed_factor,
    format_words,
    hides,
    names_colour,
    output_format,
    quotes_text,
    section_colours,
)

# A date format on a number outside these days dresses a count up as a date: MI dates lie in
# this range, counts such as 307 (2 Nov 1900) do not.
FIRST_DATE, LAST_DATE = dt.datetime(1990, 1, 1), dt.datetime(2100, 12, 31)
DISGUISED_COUNTS = "counts in a date, time or percentage format (shown as plain numbers)"
# a dxf's (font colour, fill colour), RRGGBB or None, and its number format (None: sets none)
DxfLook = tuple[str | None, str | None, str | None]
# a patterned fill's (background, pattern) colour attributes as the file gives them (None: absent)
PatternColours = tuple[dict[str, str] | None, dict[str, str] | None]
_M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# A whole number this big under a percentage format (10,000 % and more) is a count, not a rate.
PERCENT_COUNT = 100
# The system colours Excel draws a pattern with where it names none: its window behind, its
# text colour for the pattern (indexed 65 and 64)
_SYSTEM = (WHITE, BLACK)


class StyleTable:
    """The workbook's cell formats, each turned into a model Style once, on first use."""

    def __init__(
        self, styles_xml: bytes | None, epoch: dt.datetime, palette: Palette | None = None
    ) -> None:
        from openpyxl.xml.functions import fromstring

        sheet = Stylesheet.from_tree(fromstring(styles_xml)) if styles_xml else Stylesheet()
        self._sheet = sheet
        self.epoch = epoch
        self.palette = palette or Palette(None)
        self._arrays = sheet.cell_styles
        self._xml = styles_xml
        self._dxfs: list[DxfLook] | None = None
        self._fills: list[ET.Element] | None = None
        self.date_ids = frozenset(sheet.date_formats)
        self.timedelta_ids = frozenset(sheet.timedelta_formats)
        # the serial numbers of those days in this workbook's date system (1900 or 1904)
        self._dates = ((FIRST_DATE - epoch).days, (LAST_DATE - epoch).days)
        self._made: dict[int, tuple[Style, bool, Look, str]] = {}
        self._ordinary: dict[int, bool] = {}
        # custom number formats with words or conditions of their own, which are not carried
        self.quoting_formats = sum(1 for f in sheet.number_formats if quotes_text(f))

    def style(self, index: int) -> tuple[Style, bool]:
        """(the Style, whether it has any formatting at all) for a cell's ``s`` index."""
        style, styled, _, _ = self._get(index)
        return style, styled

    def dxfs(self) -> list[DxfLook]:
        """The font colour and fill of each ``dxf`` format (conditional formats' looks), by
        index: read on a sheet's first conditional format, not before."""
        if self._dxfs is None:
            root = ET.fromstring(self._xml) if self._xml else None
            found = root.find(_M + "dxfs") if root is not None else None
            self._dxfs = [dxf_look(d, self.palette) for d in (found if found is not None else ())]
        return self._dxfs

    def look(self, index: int) -> Look:
        return self._get(index)[2]

    def ordinary(self, index: int) -> bool:
        """Whether nothing in this format can hide a value or dress a count up as a date: most
        cells' formats, which then need no closer look."""
        known = self._ordinary.get(index)
        if known is None:
            fmt = self.number_format(index)
            look = self.look(index)
            known = self._ordinary[index] = not (
                look.invisible()
                or any(look.unseen_in(ink) for ink in self.inks(index, -1, True))
                or any(look.unseen_in(ink) for ink in self.inks(index, 1, False))
                or any(look.unseen_in(ink) for ink in self.inks(index, -1, False))
                or index in self.date_ids
                or self.style(index)[0].number_format.endswith("%")
                or any(hides(fmt, sign, False) for sign in (-1, 1))
                or hides(fmt, 0, True)
                or quotes_text(fmt)  # its cells named where the cover lists formats not carried
            )
        return known

    def inks(self, index: int, sign: int, text: bool) -> tuple[str | None, ...]:
        """The colours a value may show in (None: cannot be known): those the number format
        names for its section, else the font's (``sign`` of a number, or ``text``)."""
        font = self.look(index).colour
        return tuple(font if c is None else c
                     for c in section_colours(self.number_format(index), sign, text))  # fmt: skip

    def number_format(self, index: int) -> str:
        """The input's own format string, to judge what it shows (never to be written)."""
        return self._get(index)[3]

    def elapsed_factor(self, index: int) -> int | None:
        """Units a day holds under a format showing one elapsed unit alone ('[m]': 1440), whose
        cells show the figure their value times it makes (numformats.elapsed_factor)."""
        return elapsed_factor(self.number_format(index)) if index in self.date_ids else None

    def is_count(self, index: int, number: float) -> bool:
        """Whether a number under a date or time format is a count dressed up: a time of a day
        or more, a date outside the years MI covers."""
        if index not in self.date_ids:
            return False
        if index in self.timedelta_ids or date_kind(self.number_format(index)) == "time":
            return abs(number) >= 1
        return not self._dates[0] <= number <= self._dates[1]

    def disguises(self, index: int, number: float) -> bool:
        """Whether the format dresses up a count (read as a number) as something else: a date
        or time format the reader kept a number under, a percentage of 10,000 % or more."""
        if index in self.date_ids:
            return True
        fmt = self.style(index)[0].number_format
        return fmt.endswith("%") and float(number).is_integer() and abs(number) >= PERCENT_COUNT

    def as_count(self, index: int) -> Style:
        return replace(self.style(index)[0], number_format=GENERAL)

    def _get(self, index: int) -> tuple[Style, bool, Look, str]:
        made = self._made.get(index)
        if made is None:
            made = self._made[index] = self._make(index)
        return made

    def _make(self, index: int) -> tuple[Style, bool, Look, str]:
        sheet = self._sheet
        array = self._arrays[index] if index else None  # openpyxl: no ``s`` = all defaults
        font_id, fill_id, border_id, fmt_id, align_id = (
            (array.fontId, array.fillId, array.borderId, array.numFmtId, array.alignmentId)
            if array is not None
            else (0, 0, 0, 0, 0)
        )
        font = sheet.fonts[font_id]
        fill = sheet.fills[fill_id]
        border = sheet.borders[border_id]
        align = sheet.alignments[align_id]
        if fmt_id < 164:
            number_format = BUILTIN_FORMATS.get(fmt_id, GENERAL)
        else:
            number_format = sheet.number_formats[fmt_id - 164]
        number_format = number_format or GENERAL
        solid = fill is not None and getattr(fill, "fill_type", None) == "solid"
        style = Style(
            number_format=output_format(number_format),
            bold=bool(font.b),
            italic=bool(font.i),
            underline=bool(font.u),
            font_name=font.name,
            font_size=float(font.sz) if font.sz else None,
            font_color=_rgb(font.color),
            fill_color=_rgb(fill.fgColor) if solid else None,
            h_align=align.horizontal,
            v_align=align.vertical,
            wrap=bool(align.wrap_text),
            indent=int(align.indent or 0),
            border_left=border.left.style if border.left else None,
            border_right=border.right.style if border.right else None,
            border_top=border.top.style if border.top else None,
            border_bottom=border.bottom.style if border.bottom else None,
            input_format=number_format
            if names_colour(number_format) or format_words(number_format)
            else None,
        )
        pattern = None if solid else self._pattern(fill_id)
        drawn = _colours(pattern, self.palette) if pattern is not None else None
        look = Look(
            self.palette.rgb(font.color, BLACK),
            float(font.sz) if font.sz else None,
            drawn[0] if drawn else (None if pattern else self._background(fill, solid)),
            drawn[1] if drawn else None,
        )
        if style.fill_color is None and (look.background != WHITE or pattern is not None):
            # the proof judges a pattern's colours only where the file gives them plainly
            given = pattern and not any(c and ("theme" in c or "tint" in c) for c in pattern)
            style = replace(style, other_fill=True, pattern_colors=drawn if given else None)
        if solid and style.fill_color is None and look.background is not None:
            style = replace(style, theme_fill=look.background)  # a theme's or palette's colour
        if font.color is not None and style.font_color is None and look.colour is not None:
            style = replace(style, theme_font=look.colour)
        return style, array is not None and any(array), look, number_format

    def _background(self, fill: Any, solid: bool) -> str | None:
        if solid:
            return self.palette.rgb(fill.fgColor, None)
        if fill is None or getattr(fill, "fill_type", "unknown") is None:
            return WHITE  # no fill: the sheet's white
        return None  # a gradient: the text may or may not show

    def _pattern(self, fill_id: int) -> PatternColours | None:
        """A fill's two colours' attributes, from the file itself: a pattern's (background,
        pattern), where openpyxl gives an absent colour as black but Excel draws the system's
        (white behind, black pattern); or a gradient's two stops, every pixel between them a
        blend of both. None for no fill, a solid one or a gradient of more stops."""
        if self._fills is None:
            root = ET.fromstring(self._xml) if self._xml else None
            found = root.find(_M + "fills") if root is not None else None
            self._fills = list(found) if found is not None else []
        fill = self._fills[fill_id] if fill_id < len(self._fills) else None
        gradient = fill.find(_M + "gradientFill") if fill is not None else None
        if gradient is not None:
            stops = [stop.find(_M + "color") for stop in gradient.iter(_M + "stop")]
            return (_attrs(stops[0]), _attrs(stops[1])) if len(stops) == 2 else None
        pattern = fill.find(_M + "patternFill") if fill is not None else None
        if pattern is None or pattern.get("patternType") in (None, "none", "solid"):
            return None
        colours = (pattern.find(_M + "bgColor"), pattern.find(_M + "fgColor"))
        return _attrs(colours[0]), _attrs(colours[1])


def dxf_look(dxf: ET.Element, palette: Palette) -> DxfLook:
    """A ``dxf``'s font colour and (solid) fill, None where it sets none, or a pattern; and its
    number format."""
    colour = dxf.find(f"{_M}font/{_M}color")
    font = palette.rgb(dict(colour.attrib), None) if colour is not None else None
    pattern, fill = dxf.find(f"{_M}fill/{_M}patternFill"), None
    if pattern is not None and pattern.get("patternType") in (None, "solid"):
        # Excel keeps a dxf's solid colour in bgColor (no pattern is solid); some use fgColor
        painted = pattern.find(_M + "bgColor")
        painted = painted if painted is not None else pattern.find(_M + "fgColor")
        fill = palette.rgb(dict(painted.attrib), None) if painted is not None else None
    number_format = dxf.find(f"{_M}numFmt")
    return font, fill, number_format.get("formatCode") if number_format is not None else None


def _attrs(colour: ET.Element | None) -> dict[str, str] | None:
    return dict(colour.attrib) if colour is not None else None


def _colours(pattern: PatternColours, palette: Palette) -> tuple[str, str] | None:
    """A pattern's (background, pattern) colours as RRGGBB, or None where either cannot be
    known."""
    background, drawn = (palette.rgb(c, d) for c, d in zip(pattern, _SYSTEM, strict=True))
    return (background, drawn) if background and drawn else None


def _rgb(color: Any) -> str | None:
    rgb = getattr(color, "rgb", None) if color is not None else None
    if getattr(color, "type", None) == "rgb" and isinstance(rgb, str) and len(rgb) >= 6:
        return rgb[-6:].upper()
    return None
