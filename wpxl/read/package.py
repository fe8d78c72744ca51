"""Facts about the parts of an .xlsx package, in one table that the reader, the proof and
``wpxl check`` all use, so what is dropped, what may be written and what names a person cannot
drift apart between them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

# Parts that wpxl never carries, by the kind the cover and the report name them with.
DROPPED_PART_KINDS = (
    (re.compile(r"xl/comments(?:\d*|/comment\d*)\.xml$"), "comments"),  # Excel's, openpyxl's
    (re.compile(r"xl/threadedComments/"), "threaded comments"),
    (re.compile(r"xl/charts/chart"), "charts"),
    (re.compile(r"xl/pivotTables/"), "pivot tables"),
    (re.compile(r"xl/pivotCache/pivotCacheDefinition"), "pivot caches"),
    (re.compile(r"xl/externalLinks/externalLink"), "external links"),
    (re.compile(r"xl/media/"), "images"),
    (re.compile(r"xl/embeddings/"), "embedded objects"),
    (re.compile(r"xl/vbaProject\.bin$"), "macros"),
    (re.compile(r"customXml/item\d*\.xml$"), "custom XML"),
    (re.compile(r"xl/printerSettings/"), "printer settings"),
    (re.compile(r"docProps/custom\.xml$"), "custom document properties"),
    (re.compile(r"xl/queryTables/"), "data connections"),
    (re.compile(r"xl/drawings/drawing\d*\.xml$"), "drawings"),
    (re.compile(r"xl/persons/"), "threaded comment authors"),
    (re.compile(r"xl/(ctrlProps|activeX)/"), "form controls"),
    (re.compile(r"xl/(slicers|slicerCaches|timelines|timelineCaches)/"), "slicers"),
    (re.compile(r"xl/richData/"), "images"),
    (re.compile(r"xl/model/"), "data model"),
    (re.compile(r"xl/webextensions/|xl/webExtensions/"), "add-ins"),
    (re.compile(r"xl/connections\.xml$"), "data connections"),
)

# Every part xlsxwriter writes for a plain workbook: all a sanitised copy may hold.
WRITTEN_PARTS = re.compile(
    r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/(app|core)\.xml|xl/workbook\.xml"
    r"|xl/_rels/workbook\.xml\.rels|xl/styles\.xml|xl/theme/theme1\.xml|xl/sharedStrings\.xml"
    r"|xl/worksheets/sheet\d+\.xml)$"
)
# Parts Excel itself adds to a plain workbook that hold no data: allowed in a hand-made one.
HARMLESS_PARTS = re.compile(r"^xl/(calcChain\.xml|theme/theme\d+\.xml)$")

PROPERTY_PARTS = ("docProps/core.xml", "docProps/app.xml")
# Document properties that name people, organisations or the file's subject: never carried.
PERSONAL_PROPERTIES = (
    "creator",
    "lastModifiedBy",
    "title",
    "subject",
    "description",
    "keywords",
    "category",
    "Company",
    "Manager",
    "HyperlinkBase",
)
# Of those, the ones a workbook may keep only as wpxl's own name ("wpxl").
PEOPLE_PROPERTIES = ("creator", "lastModifiedBy", "Company", "Manager")
PERSONAL_PROPERTY = re.compile(r"<(?:\w+:)?(" + "|".join(PERSONAL_PROPERTIES) + r")>([^<]*)<")

CUSTOM_PROPERTIES = "docProps/custom.xml"


def holds_no_properties(data: bytes) -> bool:
    """A custom document properties part with nothing in it, as LibreOffice writes into every
    file it saves: it carries nothing, so neither the cover lists it as dropped nor does a
    proof refuse a copy saved there again as carrying extra content. A part that cannot be
    read is not known to hold nothing."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return False
    return len(root) == 0 and not root.attrib and not (root.text or "").strip()
