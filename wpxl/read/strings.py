"""Shared strings and rich text: each string as plain text, and the look of each formatted run.

A rich-text cell can hold a run in white or in a 1-point font that the reader never sees; the
runs' colours and sizes are kept (for the strings that have them) so the sheet reader can tell
the visible text from the hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any
from xml.etree.ElementTree import iterparse

M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_T, _R, _RPR, _RPH, _SI = (M + t for t in ("t", "r", "rPr", "rPh", "si"))


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of rich text with the colour and size it sets itself (None: the cell's)."""

    text: str
    colour: dict[str, str] | None
    size: float | None


def read_shared_strings(
    source: IO[bytes] | None, runs: dict[int, tuple[Run, ...]] | None = None
) -> list[str]:
    """Each shared string as plain text (runs joined, phonetic hints left out); ``runs`` gets
    the formatted runs of each string that has some."""
    strings: list[str] = []
    if source is None:
        return strings
    skip = 0
    parts: list[str] = []
    for event, el in iterparse(source, events=("start", "end")):
        tag = el.tag
        if tag == _RPH:
            skip += 1 if event == "start" else -1
        elif event != "end":
            continue
        elif tag == _T and not skip:
            parts.append(el.text or "")
        elif tag == _SI:
            if runs is not None:
                found = runs_of(el)
                if found:
                    runs[len(strings)] = found
            strings.append("".join(parts))
            parts.clear()
            el.clear()
    return strings


def runs_of(element: Any) -> tuple[Run, ...]:
    """The runs of a string element (``<si>`` or ``<is>``) that set a colour or a size."""
    found = []
    styled = False
    for run in element.findall(_R):
        text = "".join(t.text or "" for t in run.findall(_T))
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
