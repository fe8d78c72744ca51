"""What a sheet keeps in its extensions (``extLst``, Excel 2010's features) that the cover names.

No copy carries them (wpxl writes the copy afresh), but the cover names what it leaves out by
its cells, as it names the charts, conditional formats and data validations it leaves out. It
said nothing of a sheet's sparklines (charts in a cell, drawing a line's figures as they are:
'Removed from the source (0)', a 'Trend' column left empty beside the months), nor of a data
validation or a conditional format Excel 2010 keeps here alone (a list read from another
sheet, with its prompt; a rule comparing with another sheet's cell). Each is named by its
cells now; a conditional format over cells the sheet's own already names (Excel writes a data
bar in both) is named once.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from wpxl.model import Sheet
from wpxl.read.seen import SheetExtras

X14 = "{http://schemas.microsoft.com/office/spreadsheetml/2009/9/main}"
_XM = "{http://schemas.microsoft.com/office/excel/2006/main}"
SPARKLINE_GROUP, VALIDATION_2010 = X14 + "sparklineGroup", X14 + "dataValidation"
EXTENDED = frozenset((SPARKLINE_GROUP, VALIDATION_2010))
_WORDS = ("prompt", "promptTitle", "error", "errorTitle")  # a validation's messages


def note_extended(part: Element, sheet: Sheet, extras: SheetExtras) -> None:
    """Count an extension's part and keep the cells it stood over, for the cover: a group of
    sparklines, a data validation (its list and messages kept as the words it held) or an
    Excel 2010 conditional format (``x14:conditionalFormatting``)."""
    places = [ref.text for ref in part.iter(_XM + "sqref") if ref.text]
    if not places:
        return
    if part.tag == SPARKLINE_GROUP:
        extras.found("sparklines", len(places))
        sheet.outside_places.setdefault("sparklines", []).append((" ".join(places), len(places)))
        return
    kind = "data validation" if part.tag == VALIDATION_2010 else "conditional formats"
    listed = sheet.outside_places.setdefault(kind, [])
    if kind == "conditional formats" and " ".join(places) in {at for at, _ in listed}:
        return  # a data bar the sheet's own conditional format names already
    extras.found(kind)
    listed.append((" ".join(places), 1))
    if kind == "data validation":
        extras.text.extend(f.text for f in part.iter(_XM + "f") if f.text)
        extras.text.extend(words for name in _WORDS if (words := part.get(name)))
