"""The words of a worksheet or workbook part outside its cells, as a reader meets them.

A copy edited after wpxl wrote it, by hand or by a careless tool, can say a figure where no
cell holds it: a page header ('&C137 job outcomes', shown on every printed page as '137 job
outcomes'), a validation's list ('"137,20"') or its prompt, a link's tooltip, a filter's
value, a sheet's code name, the name of who last saved the workbook, or an extension Excel
keeps for its own features (extLst, mc:AlternateContent). Each is read here as the words it
shows: a header's section, font and field codes put apart from its text (read glued, '&C137'
names no figure, so the figure went unasked), a formula's arguments parted at their commas (a
list's '137,20' is two figures, not one with a misplaced separator), the attributes a reader
is shown by name, and every text and attribute of an element of a namespace the proof does not
know, which it cannot say hides nothing.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_KNOWN = (f"{{{MAIN_NS}}}", f"{{{REL_NS}}}")

HEADERS = frozenset(
    ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter")
)
FORMULAS = frozenset(("formula", "formula1", "formula2"))
# Attributes whose values are words a reader is shown (a tooltip, a validation's prompt, a
# filter's chosen value) or reads in the file as names (a code name, who shares the workbook).
WORDED: dict[str, tuple[str, ...]] = {
    "hyperlink": ("tooltip", "display"),
    "dataValidation": ("prompt", "promptTitle", "error", "errorTitle"),
    "filter": ("val",),
    "customFilter": ("val",),
    "cfRule": ("text",),
    "sheetPr": ("codeName",),
    "protectedRange": ("name",),
    "scenario": ("name", "comment", "user"),
    "inputCells": ("val",),
    "webPublishItem": ("title",),
    "fileSharing": ("userName",),
    "workbookPr": ("codeName",),
    "definedName": ("comment", "description", "help", "statusBar", "customMenu"),
    "customWorkbookView": ("name",),
    "webPublishObject": ("title",),
}
# A header's codes: '&&' an ampersand; '&L', '&C', '&R' its sections; '&P', '&N', '&D', '&T',
# '&F', '&A', '&Z', '&G' fields; '&B', '&I', '&U', '&E', '&S', '&X', '&Y', '&H', '&O' styles;
# '&"Arial,Bold"' a font; '&KFF0000' or '&K01+050' a colour; '&12' a size of up to two digits
# (a run of more is read as a figure: it may be one, however Excel takes it)
_HEADER_CODE = re.compile(
    r'&(?:&|"[^"]*"|K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|\d{1,2}(?!\d)|[LCRPNDTFAZGBIUESXYHO])'
)


def shown_header(text: str) -> str:
    """A header's or footer's text as printed: each code a space, '&&' an ampersand."""
    return _HEADER_CODE.sub(lambda code: "&" if code.group() == "&&" else " ", text)


def element_words(element: ET.Element) -> list[str]:
    """The words one element of a worksheet or the workbook part shows a reader (its cells'
    values and formulas aside, which are read with their cells)."""
    tag = element.tag
    if not tag.startswith(_KNOWN):  # an extension's: all it says
        return [t for t in (element.text, *element.attrib.values()) if t and t.strip()]
    local = tag.rsplit("}", 1)[-1]
    words = [value for name in WORDED.get(local, ()) if (value := element.get(name))]
    text = element.text
    if text and local in HEADERS:
        words.append(shown_header(text))
    elif text and local in FORMULAS:
        words.append(text.replace(",", ", "))
    return words


def holds_words(tag: str) -> bool:
    """Whether an element of ``tag`` may show words outside the cells (a streaming reader
    asks this once a tag)."""
    if not tag.startswith(_KNOWN):
        return True
    local = tag.rsplit("}", 1)[-1]
    return local in HEADERS or local in FORMULAS or local in WORDED
