"""The workbook's defined names that stand for one range of cells, by the sheet they are on.

A pack may total a column as =SUM(Ref_Apr), Ref_Apr being Referrals!$B$4:$B$8. The names are
never carried into the copy (they are dropped text), so the cells a name stands for are read
here, once, for analyse to rebuild such a total over them. A name over anything else (a
constant, a formula, several areas, another workbook) is left out: its total is not rebuilt.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from openpyxl.utils.cell import range_boundaries

Bounds = tuple[int, int, int, int]  # 0-based top, left, bottom, right

_TARGET = re.compile(
    r"^(?:'((?:[^']|'')+)'|([^'!\[\]]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$"
)


def defined_ranges(book: ET.Element, ns: str) -> dict[str, dict[str, Bounds]]:
    """Sheet name (as the package names it) -> each name usable on it (workbook-wide, or local
    to that sheet) in upper case, Excel's names being read in any case -> its cells there."""
    order = [entry.get("name", "") for entry in book.iter(ns + "sheet")]
    found: dict[str, dict[str, Bounds]] = {}
    local: list[tuple[str, str, Bounds]] = []
    for element in book.iter(ns + "definedName"):
        name = element.get("name", "")
        target = _target(element.text or "")
        if not name or name.startswith("_xlnm.") or target is None:
            continue
        scope = element.get("localSheetId")
        if scope is None:
            found.setdefault(target[0], {}).setdefault(name.upper(), target[1])
        elif scope.isdigit() and int(scope) < len(order) and order[int(scope)] == target[0]:
            local.append((target[0], name.upper(), target[1]))
    for sheet, name, bounds in local:  # a sheet's own name hides a workbook-wide one
        found.setdefault(sheet, {})[name] = bounds
    return found


def workbook_names(book: ET.Element, ns: str) -> dict[str, tuple[str, str]]:
    """Each workbook-wide name over one range (upper case) -> its sheet (as the package names
    it) and the range as written ('$B$4:$B$7'), for wpxl.read.named_refs."""
    found: dict[str, tuple[str, str]] = {}
    for element in book.iter(ns + "definedName"):
        name = element.get("name", "")
        if not name or name.startswith("_xlnm.") or element.get("localSheetId") is not None:
            continue
        match = _TARGET.match((element.text or "").strip())
        if match is not None and _target(element.text or "") is not None:
            found[name.upper()] = ((match.group(1) or "").replace("''", "'") or match.group(2),
                                   match.group(3))  # fmt: skip
    return found


def _target(text: str) -> tuple[str, Bounds] | None:
    match = _TARGET.match(text.strip())
    if match is None:
        return None
    sheet = (match.group(1) or "").replace("''", "'") or match.group(2)
    try:
        left, top, right, bottom = range_boundaries(match.group(3).replace("$", ""))
    except (ValueError, TypeError):
        return None
    if None in (left, top, right, bottom):
        return None
    return sheet, (top - 1, left - 1, bottom - 1, right - 1)
