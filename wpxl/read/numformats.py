"""Number formats: what a format shows, and the one wpxl writes in its place.

A format's own text can quote a figure ('0 "of 307"'), its conditions hold one ('[>=4187]'),
its empty section or its colour can hide the value (';;;', '[White]General' on white), and a
date format can dress a count up as a date. So no input format string is carried: each is read
for what it is (a count with or without separators and decimals, a percentage, money, a date, a
time, text) and the output gets the matching format from wpxl's own fixed list. Whether a format
hides a value, and the colour it shows one in, are decided here too, so the reader can treat
a value nobody sees as hidden content.
"""

from __future__ import annotations

import re
from functools import lru_cache

from openpyxl.styles.colors import COLOR_INDEX
from openpyxl.styles.numbers import STRIP_RE, is_datetime

QUOTING_FORMATS = "number formats' own text and conditions (wpxl writes its own formats)"
GENERAL = "General"
_POINTS = ("", ".0", ".00", ".000", ".0000")  # decimal places: up to the policy's 4 for percents
# commas after the last digit: the value shown in thousands ('#,##0,' shows 41,240 as 41) or
# millions, as a header saying '(000s)' counts it; written without them, the copy showed 41,240
# under '(000s)', a thousand times what the input meant
_SCALES = ("", ",", ",,", ",,,")
_SCALING = re.compile(r"[0#?](?:\.[0#?]*)?(,+)[^0#?]*$")
OUTPUT_FORMATS = frozenset(
    {GENERAL, "@", "0.00E+00", "yyyy", "hh:mm", "hh:mm:ss", "[h]:mm", "[h]:mm:ss",
     "dd/mm/yyyy hh:mm"}
    | {f"{day}{year}" for day in ("dd/mm/", "d mmm ", "mmm ", "mmmm ") for year in ("yyyy", "yy")}
    | {f"{thousands}0{point}{scale}" for thousands in ("", "#,##") for point in _POINTS
       for scale in _SCALES}
    | {f"0{point}%" for point in _POINTS}
    | {f"{sign}#,##0{point}{scale}" for sign in "£$€" for point in ("", ".00") for scale in _SCALES}
)  # fmt: skip
_QUOTED = re.compile(r'"[^"]*"|\\.')
_BRACKETS = re.compile(r"\[[^\]]*\]")
_CONDITION = re.compile(r"\[\s*[<>=]")
_WORDS = re.compile(r"[A-Za-z0-9]")
_LETTERS = re.compile(r"[A-Za-z]")
_CURRENCY = re.compile(r"[£$€]")
_LOCALE_SYMBOL = re.compile(r"\[\$([^-\]]*)")  # [$£-809]: the symbol, then the locale
# A format showing one elapsed unit alone ('[m]', '[ss].00'): the whole hours, minutes or
# seconds of a value, a plain figure to whoever reads it
_ELAPSED_UNIT = re.compile(r"\s*\[(h+|m+|s+)\](?:\.0+)?\s*", re.IGNORECASE)
# what makes an 'm' a minute: an hour, a second, or minutes elapsed ('[m]'), as Excel reads it
_TIME_UNITS = re.compile(r"[hs]|\[m+\]")
_UNITS_A_DAY = {"h": 24, "m": 24 * 60, "s": 24 * 60 * 60}
_PLACEHOLDER = re.compile(r"[0#?@]|general|[ymdhs]|e[+-]", re.IGNORECASE)
_COLOUR = re.compile(
    r"\[\s*(black|blue|cyan|green|magenta|red|white|yellow|color\s*(\d+))\s*\]", re.IGNORECASE
)
_NAMED = {"black": "000000", "blue": "0000FF", "cyan": "00FFFF", "green": "00FF00",
          "magenta": "FF00FF", "red": "FF0000", "white": "FFFFFF", "yellow": "FFFF00"}  # fmt: skip


@lru_cache(maxsize=1024)
def output_format(number_format: str) -> str:
    """The format from wpxl's fixed list that shows a value as ``number_format`` would, minus
    its text, conditions, colours and extra sections."""
    kind = date_kind(number_format) if number_format.lower() != "general" else None
    first = _sections(number_format)[0]
    bare = _BRACKETS.sub("", _QUOTED.sub("", first))
    if kind is not None:
        return _date_format(kind, bare.lower(), first)
    if not bare.strip() or bare.strip().lower() == "general":
        return GENERAL
    if bare.strip() == "@":
        return "@"
    point = _decimals(bare)
    if "%" in bare:
        return f"0{point[:4]}%"
    if re.search(r"[eE][+-]", bare):
        return "0.00E+00"
    symbols = "".join(_LOCALE_SYMBOL.findall(first)) + _BRACKETS.sub("", first)
    currency = _CURRENCY.search(symbols)
    scaling = _SCALING.search(bare)
    scale = _SCALES[min(len(scaling.group(1)), 3)] if scaling else ""
    if currency:
        return f"{currency.group()}#,##0{'.00' if point else ''}{scale}"
    thousands = "#,##" if re.search(r"[#0],[#0]", bare) else ""
    return f"{thousands}0{point[:4]}{scale}"


@lru_cache(maxsize=1024)
def date_kind(number_format: str) -> str | None:
    """'date', 'time' or 'datetime' for a date or time format, None for any other. Format codes
    are read without regard to case, as Excel reads them; openpyxl's own test tells a date from
    a time by lower-case letters only, so the 'YYYY-MM-DD' and 'YYYY-MM-DD HH:MM:SS' pandas
    writes were times to it: each date a time of 41,000-odd days, read as a count dressed up,
    and a month column rounded to 41740. Quoted text and colours are left out before asking
    ('"Day" 0' is no date), the elapsed units ('[h]') kept. openpyxl reads a format of months
    alone ('mmm', 'mmmm', 'mm') as minutes, so a month head under 'mmm', as a published
    table's months across under their year show ('Jan', 'Feb'), was a time of 41,000-odd days
    and rounded as a count: Excel reads 'm' as a minute only beside an hour or a second."""
    bare = STRIP_RE.sub("", number_format).lower()
    kind = is_datetime(bare)
    if kind == "time" and not _TIME_UNITS.search(bare):
        return "date"
    return kind


@lru_cache(maxsize=1024)
def elapsed_factor(number_format: str) -> int | None:
    """How many of its unit a day holds, for a format showing one elapsed unit alone ('[m]':
    1440), None for any other. Under '[m]' a cell of 41/1440 shows as 41: a count in a
    duration's clothes (a column pasted from a system's duration field), read as the 41 it
    shows, never as the time 0:41:00 that, carried, shows the 41 all the same."""
    unit = _ELAPSED_UNIT.fullmatch(_shown_part(_sections(number_format)[0]))
    return _UNITS_A_DAY[unit.group(1)[0].lower()] if unit else None


def format_words(number_format: str) -> str:
    """The words a format shows beside every value ('0" JOs"', '0\\ \\J\\O\\s': ' JOs'), ''
    for none: never carried, but they say what the figures count, as a header would."""
    text = "".join(t[1:-1] if t.startswith('"') else t[1:] for t in _QUOTED.findall(number_format))
    return text if _LETTERS.search(text) else ""


@lru_cache(maxsize=4096)
def quotes_text(number_format: str) -> bool:
    """Whether the format shows words or digits of its own, or holds a condition: text that
    would have been beside every value, and is not carried."""
    text = "".join(t.strip('"\\') for t in _QUOTED.findall(number_format))
    return bool(_WORDS.search(text) or _CONDITION.search(number_format))


@lru_cache(maxsize=4096)
def hides(number_format: str, sign: int, text: bool) -> bool:
    """Whether the format shows nothing of a value (an empty section, a section of words only):
    ``sign`` of a number (-1, 0, 1), or ``text`` for a string. A zero shown as blank is not
    counted: nothing is hidden by it. (A section's colour is judged against the cell's fill:
    ``section_colours``.)"""
    sections = _sections(number_format)
    if text:
        section = sections[3] if len(sections) >= 4 else None
        return section is not None and "@" not in _QUOTED.sub("", section)
    if sign == 0:
        return False
    section = _section_for(sections, sign)
    return not _PLACEHOLDER.search(_shown_part(section))


def _shown_part(section: str) -> str:
    """A section without its quoted text, colours and conditions: what shows the value (an
    elapsed unit's brackets, '[m]', kept: they show it)."""
    return _BRACKETS.sub(lambda b: b.group() if _ELAPSED_UNIT.fullmatch(b.group()) else "",
                         _QUOTED.sub("", section))  # fmt: skip


@lru_cache(maxsize=4096)
def section_colours(number_format: str, sign: int, text: bool) -> tuple[str | None, ...]:
    """The colours (RRGGBB) a value may show in by the format's sections that can apply to it,
    None for a section naming no colour (the font's then): ``[White]@``, ``[Color2]General``.
    Text takes the fourth section, else a last one with ``@``, else the only one (a format of
    two or three sections without ``@``: any of them, as the section Excel takes is not sure);
    a number with conditions ([<10]) any section. A zero is judged by the font, as a zero
    shown blank hides nothing."""
    if "[" not in number_format:
        return (None,)
    sections = _sections(number_format)
    if text:
        if len(sections) >= 4:
            sections = sections[3:4]
        elif "@" in _QUOTED.sub("", sections[-1]):
            sections = sections[-1:]
    elif sign == 0:
        return (None,)
    elif not _CONDITION.search(sections[0]):
        sections = [_section_for(sections, sign)]
    return tuple(dict.fromkeys(_colour(section) for section in sections))


def names_colour(number_format: str) -> bool:
    """Whether any section names a colour ([Red], [Color10])."""
    return "[" in number_format and bool(_COLOUR.search(_QUOTED.sub("", number_format)))


def _section_for(sections: list[str], sign: int) -> str:
    if _CONDITION.search(sections[0]):  # conditions choose the section: the value is shown by
        return sections[0]  # one of them; the first stands for all
    if sign < 0 and len(sections) >= 2:
        return sections[1]
    return sections[0]


def _colour(section: str) -> str | None:
    """The colour a section names: [White], [Red] ..., or [ColorN] of the 56-colour palette
    formats use (Color1 black, Color2 white ...)."""
    match = _COLOUR.search(_QUOTED.sub("", section))
    if match is None:
        return None
    name = match.group(1).lower()
    if match.group(2) is None:
        return _NAMED[name]
    number = int(match.group(2))
    return COLOR_INDEX[number + 7][-6:].upper() if 1 <= number <= 56 else None


def _sections(number_format: str) -> list[str]:
    """The format's ';'-separated sections (a ';' inside quotes or after '\\' is text)."""
    sections, current, quoted, escaped = [], [], False, False
    for char in number_format:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            sections.append("".join(current))
            current = []
            continue
        current.append(char)
    sections.append("".join(current))
    return sections


def _decimals(bare: str) -> str:
    match = re.search(r"\.([0#?]+)", bare)
    return "." + "0" * min(len(match.group(1)), 3) if match else ""


def _date_format(kind: str, bare: str, first: str) -> str:
    if kind == "time":
        elapsed = "[h]" if re.search(r"\[h+\]", first, re.IGNORECASE) else "hh"
        return f"{elapsed}:mm:ss" if "s" in bare else f"{elapsed}:mm"
    if kind == "datetime":
        return "dd/mm/yyyy hh:mm"
    year = "yyyy" if "yyy" in bare or "y" not in bare else "yy"
    if "d" in bare:
        return ("d mmm " if "mmm" in bare else "dd/mm/") + year
    if "m" in bare:
        return ("mmmm " if "mmmm" in bare else "mmm ") + year
    return "yyyy"
