"""Write an Excel table's structured references out as the cells they name.

A calculated column of an Excel table (ListObject) holds formulas such as
``Table1[[#This Row],[Referrals]]-Table1[[#This Row],[Attachments]]`` and its totals row
``SUBTOTAL(109,Table1[Referrals])``. Every later stage, and the proof, reads formulas as cell
references; one naming its cells by the table's column names is read as over no cells at all, so
a difference of two counts was dropped, and the count it is taken from with it, as a total over a
figure the copy leaves out. The table's definition (its range, its header and totals rows, its
column names in order) says exactly which cells each name means, so the reference is written out
in A1 form here, once, as the sheet is read; a summary's ``SUM(Flows[Referrals])`` over a
table on another sheet as ``SUM('Table_1'!B4:B8)``, that sheet read in the same group
(wpxl.read.sheetgroups is given the tables' names). References to a table on a hidden sheet, or
to parts this cannot place (``#Headers``, a column the table has not), are left as they are:
as before, no later stage reads them as cells.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, replace
from xml.etree import ElementTree as ET

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils.cell import get_column_letter, range_boundaries

from wpxl.model import Sheet
from wpxl.model.sheetref import quote_sheet
from wpxl.read.parts import relationships_of, target_part

_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TABLE_TYPE = "/table"
_SPECIAL = re.compile(r"'([\[\]#'@])")  # Excel escapes these with an apostrophe in names
# an item of a nested reference: bracketed, or a column's name left bare as xlsxwriter writes
# '[@April]' ('[[#This Row],April]'), which Excel reads as '[[#This Row],[April]]'
_NESTED_ITEM = re.compile(r"\[((?:[^\[\]']|'.)*)\]|((?:[^\[\],:']|'.)+)")
_REFERENCE = re.compile(r"^(?P<table>[A-Za-z_\\][\w.\\]*)?\[(?P<inside>.*)\]$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class TableDefinition:
    """One Excel table of a sheet: its names, its columns and the rows each part fills
    (0-based, inclusive; a part it has not spans no rows)."""

    names: frozenset[str]  # its name and display name, in lower case
    columns: dict[str, int]  # column name in lower case -> sheet column
    top: int
    bottom: int
    header_rows: int
    totals_rows: int
    sheet: str = ""  # for a table on another sheet: its sheet, as a reference names it ('A'!)
    ref: str = ""  # its whole range, as the definition gives it ('A3:C9')

    def rows(self, special: str, row: int) -> tuple[int, int] | None:
        """The rows ``special`` (``#data``, ``#all`` ...) spans for a formula on ``row``."""
        data = (self.top + self.header_rows, self.bottom - self.totals_rows)
        spans = {
            "#data": data,
            "#all": (self.top, self.bottom),
            "#headers": (self.top, self.top + self.header_rows - 1),
            "#totals": (self.bottom - self.totals_rows + 1, self.bottom),
            "#this row": (row, row) if data[0] <= row <= data[1] else None,
        }
        span = spans.get(special)
        return span if span is not None and span[0] <= span[1] else None


def sheet_tables(package: zipfile.ZipFile, part: str, parts: set[str]) -> list[TableDefinition]:
    """The Excel tables a worksheet part's relationships name (none where it has no rels)."""
    rels = relationships_of(part)
    if rels not in parts:
        return []
    tables = []
    for rel in ET.fromstring(package.read(rels)).iter(_RELS_NS + "Relationship"):
        if not rel.get("Type", "").endswith(_TABLE_TYPE) or rel.get("TargetMode") == "External":
            continue
        path = target_part(part, rel.get("Target", ""))
        if path in parts:
            table = _definition(package.read(path))
            if table is not None:
                tables.append(table)
    return tables


def tables_seen_from(
    own: str, tables: dict[str, list[TableDefinition]], shown: dict[str, str], visible: set[str]
) -> list[TableDefinition]:
    """The tables a formula on sheet ``own`` may name (package names throughout): its own, then
    those of the other visible sheets, each marked with its sheet as later stages name it
    (``shown``: package name -> shown name)."""
    others = [
        replace(table, sheet=f"{quote_sheet(shown.get(name, name))}!")
        for name, found in tables.items()
        if name != own and name in visible
        for table in found
    ]
    return [*tables.get(own, []), *others]


def table_names(tables: dict[str, list[TableDefinition]]) -> dict[str, tuple[str, str]]:
    """Each table's names (upper case) -> its sheet (package name) and range: where a formula
    naming it reaches, for wpxl.read.sheetgroups."""
    return {
        name.upper(): (sheet, table.ref)
        for sheet, found in tables.items()
        for table in found
        for name in table.names
    }


def _definition(xml: bytes) -> TableDefinition | None:
    root = ET.fromstring(xml)
    try:
        left, top, right, bottom = range_boundaries(root.get("ref", ""))
    except (TypeError, ValueError):
        return None
    if None in (left, top, right, bottom):
        return None
    names = [c.get("name", "") for c in root.iter() if c.tag.endswith("}tableColumn")]
    columns: dict[str, int] = {}
    for offset, column in enumerate(names[: right - left + 1]):  # type: ignore[operator]
        columns.setdefault(_name(column), left - 1 + offset)  # type: ignore[operator]
    return TableDefinition(
        names=frozenset(n.lower() for n in (root.get("name"), root.get("displayName")) if n),
        ref=root.get("ref", ""),
        columns=columns,
        top=top - 1,  # type: ignore[operator]
        bottom=bottom - 1,  # type: ignore[operator]
        header_rows=int(root.get("headerRowCount", "1")),
        totals_rows=int(root.get("totalsRowCount", "0")),
    )


def _nested_items(inside: str) -> list[str]:
    """The items of a nested reference's inside ('[#This Row],[April]:[May]'), each named in
    lower case, bare ones ('[#This Row],April') as well as bracketed."""
    found = (bracketed or bare for bracketed, bare in _NESTED_ITEM.findall(inside))
    return [_name(item) for item in found if item.strip()]


def _name(text: str) -> str:
    return " ".join(_SPECIAL.sub(r"\1", text).split()).lower()


def write_out_references(sheet: Sheet, tables: list[TableDefinition]) -> None:
    """Each formula of ``sheet`` naming a cell by a table's columns, written with the cells'
    A1 references instead."""
    if not tables:
        return
    for coord, cell in list(sheet.cells.items()):
        if cell.formula is None or "[" not in cell.formula:
            continue
        written = _written_out(cell.formula, coord[0], tables)
        if written is not None:
            sheet.cells[coord] = replace(cell, formula=written)


def _written_out(formula: str, row: int, tables: list[TableDefinition]) -> str | None:
    try:
        tokens = Tokenizer("=" + formula).items
    except Exception:
        return None
    changed = False
    texts = []
    for token in tokens:
        text = token.value
        if token.type == Token.OPERAND and token.subtype == Token.RANGE and "[" in text:
            cells = _cells(text, row, tables)
            if cells is not None:
                text, changed = cells, True
        texts.append(text)
    return "".join(texts) if changed else None


def _cells(text: str, row: int, tables: list[TableDefinition]) -> str | None:
    """The A1 range a structured reference on ``row`` names, or None."""
    match = _REFERENCE.match(text.strip())
    if match is None:
        return None
    named = match.group("table")
    if named is None:  # unqualified: the table the formula stands in
        table = next((t for t in tables if t.top <= row <= t.bottom and not t.sheet), None)
    else:
        table = next((t for t in tables if named.lower() in t.names), None)
    if table is None:
        return None
    inside = match.group("inside")
    at = inside.startswith("@")  # '[@Referrals]': this row's
    if (at or "#this row" in inside.lower()) and table.sheet:
        return None  # another sheet's row: not a range wpxl reads
    inside = inside.removeprefix("@")
    nested = inside.lstrip().startswith("[")  # '[#This Row],[A]' rather than one column's name
    items = _nested_items(inside) if nested else [_name(inside)]
    specials = [i for i in items if i.startswith("#")]
    names = [i for i in items if not i.startswith("#")]
    if at:
        specials.append("#this row")
    if len(specials) > 1 or len(names) > 2 or not (specials or names) or not table.columns:
        return None
    span = table.rows(specials[0] if specials else "#data", row)
    if names:
        cols = [table.columns.get(n) for n in names]
        if None in cols:
            return None
        left, right = min(cols), max(cols)  # type: ignore[type-var]
    else:
        left, right = min(table.columns.values()), max(table.columns.values())
    if span is None:
        return None
    first = f"{get_column_letter(left + 1)}{span[0] + 1}"
    last = f"{get_column_letter(right + 1)}{span[1] + 1}"
    return table.sheet + (first if first == last else f"{first}:{last}")
