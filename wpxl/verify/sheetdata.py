"""The cells of a worksheet part written as plainly as wpxl writes them, read without a tree.

Walking an ElementTree over every ``<c>`` of a large copy cost the proof more than all its
checks. A part whose ``<sheetData>`` holds nothing but rows and cells of the plain shape
xlsxwriter writes (``<c r="B7" s="3"><f>SUM(B4:B6)</f><v>60</v></c>``, inline strings
``<is><t>..</t></is>``, attributes in that order) is read here by one regular expression over
its bytes. It gives exactly what the ElementTree reader (wpxl.verify.leaks) gives, or None and
that reader reads the part: a document the expat parser does not accept as well-formed, one
with comments, CDATA, a DOCTYPE or processing instructions past its declaration, a default
namespace other than the root's main one, an encoding other than UTF-8, or any byte of its
``<sheetData>`` outside the plain shape. Entities in a text are resolved by the same parser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree import ElementTree as ET
from xml.parsers import expat

from wpxl.model.sheetref import column_index, parse_a1

Coord = tuple[int, int]
WrittenCell = tuple[object, str | None, int]  # (value, formula, style index)

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_OPEN, _CLOSE, _ROW_END = b"<sheetData>", b"</sheetData>", b"</row>"
_STRETCH = 1 << 18  # bytes of rows read at once: a few thousand cells
_TEXT = rb"[^<>\r]"  # a text's characters; its entities are resolved by the parser
_PIECE = re.compile(
    rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"'
    rb'(?:((?: s="[0-9]+")?><v>' + _TEXT + rb"+</v></c>)"  # a number: its style and value
    rb'|(?: s="([0-9]+)")?(?: t="([A-Za-z]+)")?'
    rb"(?:/>|>(?:<f>(" + _TEXT + rb"+)</f>)?"
    rb"(?:<v>(" + _TEXT + rb"+)</v>"
    rb'|(<is><t(?: xml:space="preserve")?>(' + _TEXT + rb"*)</t></is>))?"
    rb"</c>))"
    rb"|<row(?:\s[^<>]*)?>|</row>|(.)",  # the last: a byte of anything else
    re.DOTALL,
)
_NUMBER = re.compile(rb'(?: s="([0-9]+)")?><v>(' + _TEXT + rb"+)</v></c>")  # a number's piece
_ROOT = re.compile(rb"\s*(<)[A-Za-z][^<>]*>")
_DECLARATION = re.compile(rb"(?:\xef\xbb\xbf)?<\?xml\s[^<>]*\?>")
_UTF8 = re.compile(rb"""encoding\s*=\s*["']utf-8["']""", re.IGNORECASE)
_A1 = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,6})")


def plain_sheet_data(
    xml: bytes, strings: list[str]
) -> tuple[dict[Coord, WrittenCell], bytes] | None:
    """The cells of ``xml``'s ``<sheetData>``, and the document with that element emptied (for
    the words a reader sees outside the cells); None when the part is not of the plain shape."""
    start, end = xml.find(_OPEN), xml.rfind(_CLOSE)
    if start < 0 or end < start or not _plain_document(xml, start):
        return None
    cells: dict[Coord, WrittenCell] = {}
    columns: dict[bytes, int] = {}
    counts: dict[bytes, WrittenCell] = {}  # a plain number, by its style and value: shared
    row_digits, row = b"", -1
    for stretch in _stretches(xml, start + len(_OPEN), end):
        for letters, digits, number, style, kind, formula, text, inline, string, other in stretch:
            if number:  # a number without formula, the commonest cell: shared by its piece
                cell = counts.get(number)
                if cell is None:
                    style, text = _NUMBER.fullmatch(number).groups(b"")  # type: ignore[union-attr]
                    cell = counts[number] = (_number(text, strings), None, int(style or 0))
            elif not digits:
                if other:
                    return None  # something between the pieces this reader knows
                continue  # a row's start or end
            elif text or inline or formula:
                cell = _other_cell(kind, formula, text, inline, string, style, strings)
            else:
                continue  # neither value nor formula: no cell
            if digits != row_digits:  # a row's cells come together
                row_digits, row = digits, int(digits) - 1
            col = columns.get(letters)
            if col is None:
                col = columns[letters] = column_index(letters.decode())
            cells[(row, col)] = cell
    return cells, xml[: start + len(_OPEN)] + xml[end:]


def _number(text: bytes, strings: list[str]) -> object:
    """A number's ``<v>`` (float() reads ASCII bytes as it reads a str)."""
    if text.isascii() and b"&" not in text:
        return float(text)
    return written_value("n", _text(text), strings)


def _other_cell(
    kind: bytes,
    formula: bytes,
    text: bytes,
    inline: bytes,
    inline_text: bytes,
    style: bytes,
    strings: list[str],
) -> WrittenCell:
    """A cell with a formula, a string, a boolean or an error."""
    if text and not kind:
        value = _number(text, strings)
    elif text:
        value = written_value(kind.decode(), _text(text), strings)
    elif inline:
        value = _text(inline_text)
    else:
        value = None  # a formula without a cached value
    return value, _text(formula) if formula else None, int(style or 0)


def _stretches(xml: bytes, start: int, end: int) -> Iterator[list[tuple[bytes, ...]]]:
    """The pieces between ``start`` and ``end``, found a stretch of rows at a time so a large
    sheet never holds all its pieces at once. A stretch ends just after a ``</row>``, which no
    other piece can hold, so the pieces are those of one pass over the whole."""
    while start < end:
        stop = xml.find(_ROW_END, min(start + _STRETCH, end), end)
        stop = end if stop < 0 else stop + len(_ROW_END)
        yield _PIECE.findall(xml, start, stop)
        start = stop


def written_value(kind: str, text: str, strings: list[str]) -> object:
    """A cell's value from its ``t`` and the text of its ``<v>``."""
    if kind == "s":
        return strings[int(text)]
    if kind == "b":
        return text == "1"
    if kind in ("str", "e"):
        return text
    return float(text)


def _text(raw: bytes) -> str:
    """A text as the parser gives it: its entities (``&amp;``, ``&#10;``) resolved."""
    if b"&" not in raw:
        return raw.decode("utf-8")
    return ET.fromstring(b"<t>" + raw + b"</t>").text or ""


def _plain_document(data: bytes, start: int) -> bool:
    """Well-formed to expat (reading namespaces, as ElementTree does), UTF-8, the main
    namespace declared on the root and no other default one anywhere, and nothing an
    expression cannot see through (comments, CDATA, a DOCTYPE and its entities, instructions)."""
    declaration = _DECLARATION.match(data)
    body = declaration.end() if declaration else 0
    if declaration and b"encoding" in declaration[0] and not _UTF8.search(declaration[0]):
        return False
    if b"<!" in data or b"<?" in data[body:]:
        return False
    root = _ROOT.match(data, body)
    if root is None or start < root.end():
        return False
    defaults: list[tuple[int, str | None]] = []  # (where, namespace) of each default declared
    parser = expat.ParserCreate(None, "}")

    def declared(prefix: str | None, uri: str | None) -> None:
        if prefix is None:
            defaults.append((parser.CurrentByteIndex, uri))

    parser.StartNamespaceDeclHandler = declared
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        return False
    finally:  # the parser and its handler refer to each other: a cycle, freed late
        parser.StartNamespaceDeclHandler = None
    return defaults == [(root.start(1), MAIN_NS)]


def coord(ref: str) -> Coord:
    """(row, col) of a cell's ``r`` as writers write it ("B12"); (-1, -1) for anything else."""
    match = _A1.fullmatch(ref)
    if match is None:
        return parse_a1(ref) or (-1, -1)
    return int(match[2]) - 1, column_index(match[1])
