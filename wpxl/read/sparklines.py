"""Where a sheet's sparklines stood: the cover names each sheet and its cells.

A sparkline (Excel 2010's chart in a cell, kept in the sheet's extLst) draws a line's figures as
they are, unrounded, and no copy carries it: wpxl writes the copy afresh. The cover named the
charts, conditional formats and data validations it left out, each by its cells, but said
nothing of sparklines ('Removed from the source (0)', a 'Trend' column left empty beside the
months): each group's cells are named as left out now.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from wpxl.model import Sheet
from wpxl.read.seen import SheetExtras

X14 = "{http://schemas.microsoft.com/office/spreadsheetml/2009/9/main}"
_XM = "{http://schemas.microsoft.com/office/excel/2006/main}"
SPARKLINE_GROUP = X14 + "sparklineGroup"
KIND = "sparklines"


def note_sparklines(group: Element, sheet: Sheet, extras: SheetExtras) -> None:
    """Count a group's sparklines and keep the cells they stood in, for the cover."""
    places = [ref.text for ref in group.iter(_XM + "sqref") if ref.text]
    if places:
        extras.found(KIND, len(places))
        sheet.outside_places.setdefault(KIND, []).append((" ".join(places), len(places)))
