"""The proof's own judgement of which input cells nobody looking at the sheet could see.

Written here, not taken from wpxl.read's decision to drop or keep a cell, so a cell the reader
wrongly kept (or wrongly showed) is still caught: from the facts wpxl.read records (the font
and fill colours and size, the input's number format where it names a colour, the colours
conditional formats may paint and the number formats they set), this module decides afresh.
A value shows in its number format's colour for its section ([White]@, [Color2]General) or
else its font's; on its fill, or white; on a pattern, it vanishes only in the colour of both
the pattern and its background; in a font of 2 points or less, it shows as a smudge. A
conditional format's rule is taken to apply: text any rule could paint in its background's
colour, or show as nothing by its number format (';;;'), is hidden; a number hidden in its
own background shows when a rule fills it in a colour it stands out on (a traffic-light
table of white counts).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from openpyxl.styles.colors import COLOR_INDEX

from wpxl.model import CellValue, ConditionalLook, Coord, Sheet, Style
from wpxl.verify.values import hides_values

WHITE = "FFFFFF"
NEAR = 16  # colour channels this close cannot be told apart on screen
TINY_POINTS = 2.0  # a font this small shows a smudge, not a figure or a word
_COLOURS = {"black": "000000", "white": "FFFFFF", "red": "FF0000", "green": "00FF00",
            "blue": "0000FF", "yellow": "FFFF00", "magenta": "FF00FF",
            "cyan": "00FFFF"}  # fmt: skip
_NAMED = re.compile(r"\[\s*([a-z]+)\s*\]|\[\s*color\s*(\d+)\s*\]", re.IGNORECASE)
_CONDITION = re.compile(r"\[\s*[<>=]")
_QUOTED = re.compile(r'"[^"]*"|\\.')
TEXT, OTHER = 2, 3  # a value's kind beside a number's sign (-1, 0, 1)
KINDS = (-1, 0, 1, TEXT, OTHER)  # every kind ``kind_of`` gives


def kind_of(value: CellValue) -> int:
    """What part of a number format shows the value: a number's sign, TEXT or OTHER."""
    if isinstance(value, str):
        return TEXT
    if isinstance(value, dt.date | dt.time):  # a positive serial
        return 1
    if isinstance(value, bool) or not isinstance(value, int | float):
        return OTHER
    return (value > 0) - (value < 0)


def is_hidden(style: Style, kind: int) -> bool:
    """Formatting a reader of the input could not see through: text in its background's
    colour, a font too small to read, a ';;;'-style format (zero-width columns and
    zero-height rows are the sheet's)."""
    return (
        hidden_by_colour(style, kind)
        or (style.font_size is not None and style.font_size <= TINY_POINTS)
        or hides_values(style.number_format)
    )


def hidden_by_colour(style: Style, kind: int) -> bool:
    behind = _behind(style)
    return behind is not None and any(
        all(near(ink, colour) for colour in behind) for ink in inks(style, kind) if ink
    )


def _behind(style: Style) -> tuple[str, ...] | None:
    """The colours a cell's every pixel shows behind its value: both of a pattern's, its solid
    fill's or the sheet's white; None where they cannot be known (a gradient, a pattern the
    file does not give plainly), on which nothing can be said to vanish."""
    if style.pattern_colors is not None:
        return style.pattern_colors
    behind = background(style)
    return None if behind is None else (behind,)


def background(style: Style) -> str | None:
    """The one colour behind a cell's value: its solid fill's, plain or given through the
    theme or the old palette, or the sheet's white; None for a pattern or a gradient."""
    if style.other_fill:
        return style.theme_fill if style.pattern_colors is None else None
    return style.fill_color or style.theme_fill or WHITE


def inks(style: Style, kind: int) -> tuple[str | None, ...]:
    """The colours a value of ``kind`` may show in: its format section's, else its font's
    (plain, or given through the theme or the old palette)."""
    font = style.font_color or style.theme_font
    named = _format_colours(style.input_format, kind) if style.input_format else (None,)
    return tuple(font if colour is None else colour for colour in named)


@lru_cache(maxsize=1024)
def _format_colours(code: str, kind: int) -> tuple[str | None, ...]:
    """The colour each section that may show a value of ``kind`` names (None: none named).
    Text: the fourth section, or a last one holding '@', else any. A number under conditions:
    any. A zero: its font (a zero shown blank or white hides nothing worth counting)."""
    sections = _split(code)
    if kind == TEXT:
        if len(sections) >= 4:
            sections = sections[3:4]
        elif "@" in _QUOTED.sub("", sections[-1]):
            sections = sections[-1:]
    elif kind in (0, OTHER):
        return (None,)
    elif not _CONDITION.search(sections[0]):
        sections = [sections[1] if kind < 0 and len(sections) > 1 else sections[0]]
    return tuple(_colour_named(section) for section in sections)


def _split(code: str) -> list[str]:
    """The format's sections: split at each ';' outside quotes."""
    sections, start, quoted = [], 0, False
    for at, char in enumerate(code):
        if char == '"':
            quoted = not quoted
        elif char == ";" and not quoted and (at == 0 or code[at - 1] != "\\"):
            sections.append(code[start:at])
            start = at + 1
    return [*sections, code[start:]]


def _colour_named(section: str) -> str | None:
    for match in _NAMED.finditer(_QUOTED.sub("", section)):
        if match.group(1) and match.group(1).lower() in _COLOURS:
            return _COLOURS[match.group(1).lower()]
        if match.group(2) and 1 <= int(match.group(2)) <= 56:
            return COLOR_INDEX[int(match.group(2)) + 7][-6:].upper()
    return None


def near(one: str, other: str) -> bool:
    """Two colours a reader cannot tell apart."""
    return all(abs(int(one[i : i + 2], 16) - int(other[i : i + 2], 16)) <= NEAR for i in (0, 2, 4))


def conditional_over(sheet: Sheet) -> dict[Coord, list[ConditionalLook]]:
    """The conditional formats' rules over each of the sheet's cells with a value."""
    cells = sheet.cells
    over: dict[Coord, list[ConditionalLook]] = {}
    for rule in sheet.conditional:
        for rng in rule.ranges:
            if (rng.bottom - rng.top + 1) * (rng.right - rng.left + 1) <= len(cells):
                inside = [(r, c) for r in range(rng.top, rng.bottom + 1)
                          for c in range(rng.left, rng.right + 1) if (r, c) in cells]  # fmt: skip
            else:
                inside = [coord for coord in cells if coord in rng]
            for coord in inside:
                if cells[coord].value not in (None, "") and rule not in over.get(coord, ()):
                    over.setdefault(coord, []).append(rule)
    return over


def seen_with(rules: list[ConditionalLook], style: Style, kind: int, hidden: bool) -> bool:
    """Whether a cell the rules lie over is hidden, given whether its own formatting hides it:
    text any rule may paint in its background's colour is; a number hidden only by colour is
    not when a rule fills it in a colour it stands out on."""
    own = [ink for ink in inks(style, kind) if ink]
    if kind == TEXT:
        return (
            hidden
            or _may_hide(rules, own, background(style))
            or any(rule.number_format and _shows_no_text(rule.number_format) for rule in rules)
        )
    if not hidden or hides_values(style.number_format):
        return hidden
    for rule in rules:
        shown_in = [rule.font_color] if rule.font_color else own
        fill = rule.fill_color
        if fill and shown_in and not any(near(ink, fill) for ink in shown_in):
            return False
    return True


def _shows_no_text(code: str) -> bool:
    """Whether a number format shows text as nothing, or as words of its own: it has a text
    section (the fourth) with no '@' in it (';;;', ';;;"-"')."""
    sections = _split(code)
    return len(sections) >= 4 and "@" not in _QUOTED.sub("", sections[3])


def _may_hide(rules: list[ConditionalLook], own: list[str], background: str | None) -> bool:
    """Whether some rule, alone or with another that sets only the other colour, could show a
    visible cell's text in its background's colour. The rules' conditions are not evaluated
    (the proof cannot know which cells they match), so any pairing that could meet counts."""
    for rule in rules:
        others = [r for r in rules if r is not rule]
        fonts = [rule.font_color] if rule.font_color else [*own, *(r.font_color for r in others)]
        fills = (
            [rule.fill_color] if rule.fill_color else [background, *(r.fill_color for r in others)]
        )
        if any(f and b and near(f, b) for f in fonts for b in fills):
            return True
    return False
