"""Which worksheets must be read together: those whose formulas refer to one another.

wpxl works through a workbook a group of sheets at a time so that memory holds one sheet, not
the whole workbook. A summary sheet whose totals add up cells of other sheets can only be
understood with them, so every sheet a formula names joins that formula's group, and groups are
widened to runs of neighbouring sheets so the output keeps the workbook's order (a 3-D range,
``Derby:Buxton!B4``, so brings in every sheet between its ends). A reference wpxl cannot place
(an external workbook, a name it cannot read) puts the whole workbook in one group: slower,
never wrong.
"""

from __future__ import annotations

import html
import re
import zipfile

from wpxl.read.named_refs import Named, name_pattern, named_sheets
from wpxl.read.parts import as_utf8

# A formula element's text, with or without a namespace prefix.
_FORMULA = re.compile(rb"<(?:\w+:)?f\b[^>]*>([^<]*)</(?:\w+:)?f>")
# A sheet named in a formula: 'Any name'!A1 (quotes doubled inside) or Plain_Name!A1, or a
# span of sheets ('First:Last'!A1, First:Last!A1): sheet names hold no colon, so one joins two.
_NAME = r"[^\s'!(),;:+\-*/^&=<>{}\[\]\"]+"
_SHEET_REF = re.compile(rf"(?:'((?:[^']|'')+)'|({_NAME}(?::{_NAME})?))!")


def sheet_groups(
    package: zipfile.ZipFile, parts: list[str], names: list[str], named: Named | None = None
) -> list[list[int]]:
    """Sheet indexes in workbook order, cut into the fewest runs no formula reaches across
    (``named``: the workbook-wide defined names, whose ranges a formula reaches through them)."""
    index = {name.lower(): i for i, name in enumerate(names)}
    reach = list(range(len(parts)))  # the furthest sheet each sheet's run must extend to
    words = name_pattern(named) if named else None
    for i, part in enumerate(parts):
        refs = _referenced(as_utf8(package.read(part)), index, named or {}, words)
        if refs is None:
            return [list(range(len(parts)))] if parts else []
        for j in refs:
            low, high = min(i, j), max(i, j)
            reach[low] = max(reach[low], high)
    groups: list[list[int]] = []
    end = -1
    for i in range(len(parts)):
        if i > end:
            groups.append([])
        groups[-1].append(i)
        end = max(end, reach[i])
    return groups


def _referenced(
    xml: bytes, index: dict[str, int], named: Named, words: re.Pattern[str] | None
) -> set[int] | None:
    """The sheets this part's formulas name, itself or through a defined name, or None if one
    of them cannot be placed. A part without a ``!`` names none (the formulas of most sheets
    add up their own cells) unless the workbook has names."""
    found: set[int] = set()
    if b"!" not in xml and words is None:
        return found
    for match in _FORMULA.finditer(xml):
        text = match.group(1)
        if b"!" not in text and words is None:
            continue
        formula = html.unescape(text.decode("utf-8", "replace"))
        for sheet in named_sheets(formula, named, words) if words is not None else ():
            if sheet.lower() not in index:
                return None
            found.add(index[sheet.lower()])
        for quoted, plain in _SHEET_REF.findall(formula):
            name = quoted.replace("''", "'") if quoted else plain
            ends = [index.get(end.lower()) for end in name.split(":")]  # a span: its two ends
            if None in ends:
                return None
            found.update(ends)  # type: ignore[arg-type]
    return found
