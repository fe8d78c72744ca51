"""Shared strings and rich text: each string as plain text, and the look of each formatted run.

A rich-text cell can hold a run in white or in a 1-point font that the reader never sees; the
runs' colours and sizes are kept (for the strings that have them) so the sheet reader can tell
the visible text from the hidden.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO, Any
from xml.etree.ElementTree import iterparse

M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_T, _R, _RPR, _SI, _VERT = (M + t for t in ("t", "r", "rPr", "si", "vertAlign"))
# A run set above or below the line (a footnote call '412' + '1' raised) reads as the characters
# that show it so: what the eye reads as 412 with note 1, not the figure 4121 (the readers of
# marked figures and notes know these characters)
_RAISED = str.maketrans(
    "0123456789+-=()abcdefghijklmnoprstuvwxyz", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"
)
_LOWERED = str.maketrans("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")
# A character written as its code, as the format writes those XML cannot hold ('_x000D_', a
# carriage return) and an underscore that would read as one ('_x005F_')
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of rich text with the colour and size it sets itself (None: the cell's)."""

    text: str
    colour: dict[str, str] | None
    size: float | None


def read_shared_strings(
    source: IO[bytes] | None, runs: dict[int, tuple[Run, ...]] | None = None
) -> list[str]:
    """Each shared string as its text (wpxl.read.strings.string_text); ``runs`` gets the
    formatted runs of each string that has some."""
    strings: list[str] = []
    if source is None:
        return strings
    for _, el in iterparse(source):
        if el.tag == _SI:
            if runs is not None:
                found = runs_of(el)
                if found:
                    runs[len(strings)] = found
            strings.append(string_text(el))
            el.clear()
    return strings


def string_text(element: Any) -> str:
    """The text of a string element (``<si>`` or ``<is>``) as Excel shows it: its own text,
    then its runs' (phonetic hints, ``<rPh>``, left out), a raised or lowered run as the
    characters that show it so, characters written as codes as those characters."""
    return "".join(
        unescaped(part.text or "") if part.tag == _T else run_text(part)
        for part in element
        if part.tag in (_T, _R)
    )


def unescaped(text: str) -> str:
    """A string as Excel shows it, each character written as its code ('_x000D_') read as
    that character. openpyxl leaves the codes in: '88_x000D_', a count pasted with the
    carriage return of a Windows line end (as xlsxwriter and Excel write it), was no figure
    to any check, and went into the copy as a label, 88 unrounded."""
    return _ESCAPED.sub(_character, text) if "_x" in text else text


def _character(code: re.Match[str]) -> str:
    """The character a code names; half of a surrogate pair (no character alone, which no
    copy could be written with) is left as written."""
    number = int(code.group(1), 16)
    return code.group(0) if 0xD800 <= number <= 0xDFFF else chr(number)


def run_text(run: Any) -> str:
    text = "".join(unescaped(t.text or "") for t in run.findall(_T))
    props = run.find(_RPR)
    align = props.find(_VERT) if props is not None else None
    placed = align.get("val") if align is not None else None
    if placed == "superscript":
        return text.translate(_RAISED)
    if placed == "subscript":
        return text.translate(_LOWERED)
    return text


def runs_of(element: Any) -> tuple[Run, ...]:
    """The runs of a string element (``<si>`` or ``<is>``) that set a colour or a size."""
    found = []
    styled = False
    for run in element.findall(_R):
        text = run_text(run)
        props = run.find(_RPR)
        colour = size = None
        if props is not None:
            node = props.find(M + "color")
            colour = dict(node.attrib) if node is not None else None
            sz = props.find(M + "sz")
            size = float(sz.get("val", 0)) if sz is not None and sz.get("val") else None
        styled = styled or colour is not None or size is not None
        found.append(Run(text, colour, size))
    return tuple(found) if styled else ()
