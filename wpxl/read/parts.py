"""Where the package keeps each part, as its relationships say.

Excel finds the workbook through the package's relationships (``_rels/.rels``) and the
workbook's styles, shared strings, theme and sheets through the workbook's own; the names Excel
gives them (``xl/workbook.xml``, ``xl/sharedStrings.xml``) are its habit, not the format's, and
the Open Packaging Conventions compare part names without regard to case. Packs other programs
wrote name them otherwise (``xl/SharedStrings.xml``, ``/xl/worksheets/Sheet1.XML``, a workbook
part of another name): read by the usual names, a pack Excel and openpyxl open was refused as
'damaged' or 'not an Excel workbook'. Every part the reader needs is found here, once, the way
Excel finds it.
"""

from __future__ import annotations

import codecs
import posixpath
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from xml.etree import ElementTree as ET

PACKAGE_RELS = "_rels/.rels"
WORKBOOK = "xl/workbook.xml"  # Excel's name for it, where no relationship names another
_EXCEL_NAMES = {
    "/styles": "xl/styles.xml",
    "/sharedStrings": "xl/sharedStrings.xml",
    "/theme": "xl/theme/theme1.xml",
}
_PROPERTIES = ("/metadata/core-properties", "/extended-properties")
_EXCEL_PROPERTIES = ("docProps/core.xml", "docProps/app.xml")
_UTF16 = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def as_utf8(xml: bytes) -> bytes:
    """A part's XML as UTF-8, as the searches of its raw text (formulas naming other sheets,
    merged ranges, figures in sheet names) expect. Some programs store parts in UTF-16, which
    Excel and every XML parser read; searched as it was stored, a summary sheet's links to the
    sheets it reads were not seen, it was read apart from them and its links removed as totals
    'over no figures wpxl shares'."""
    return xml.decode("utf-16").encode("utf-8") if xml.startswith(_UTF16) else xml


def utf8_chunks(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """A part read in chunks, as UTF-8 (as_utf8), without holding it whole."""
    found = iter(chunks)
    first = next(found, b"")
    every = chain((first,), found) if first else found
    if not first.startswith(_UTF16):
        yield from every
        return
    decoder = codecs.getincrementaldecoder("utf-16")()
    for chunk in every:
        yield decoder.decode(chunk).encode("utf-8")


class PartNames:
    """The package's part names, found as the conventions compare them: an exact name first,
    else the one name differing only in case."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = set(names)
        self._folded: dict[str, str] = {}
        for name in sorted(self.names):
            self._folded.setdefault(name.casefold(), name)

    def find(self, name: str) -> str | None:
        return name if name in self.names else self._folded.get(name.casefold())


def relationships_of(part: str) -> str:
    """The part holding the relationships of ``part`` ('xl/workbook.xml' ->
    'xl/_rels/workbook.xml.rels')."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def target_part(source: str, target: str) -> str:
    """The part a relationship of ``source`` names: from the package's root where the target
    starts with '/', else from ``source``'s folder ('../' steps out of it)."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target)).lstrip("/")


def related(package: zipfile.ZipFile, source: str, names: PartNames) -> dict[str, tuple[str, str]]:
    """The relationships of ``source`` inside the package, by Id: (type, part name as the
    package spells it, or as the target names it where no part has that name)."""
    rels = names.find(relationships_of(source))
    if rels is None:
        return {}
    found = {}
    for rel in ET.fromstring(package.read(rels)):
        if rel.get("TargetMode") == "External":
            continue
        part = target_part(source, rel.get("Target", ""))
        found[rel.get("Id", "")] = (rel.get("Type", ""), names.find(part) or part)
    return found


def workbook_part(package: zipfile.ZipFile, names: PartNames) -> str | None:
    """The workbook part the package's relationships name (Excel's own name where they name
    none), or None when the package holds no such part."""
    for kind, part in related(package, "", names).values():
        if kind.endswith("/officeDocument") and part in names.names:
            return part
    return names.find(WORKBOOK)


@dataclass(frozen=True, slots=True)
class BookParts:
    """The parts the reader reads, as the package names them (None: it has none)."""

    workbook: str
    styles: str | None
    strings: str | None
    theme: str | None
    properties: tuple[str, ...]  # the document's core and extended properties
    linked: dict[str, tuple[str, str]] = field(default_factory=dict)  # the workbook's, by Id

    def read(self, package: zipfile.ZipFile, part: str | None) -> bytes | None:
        return package.read(part) if part is not None else None


def book_parts(package: zipfile.ZipFile) -> BookParts:
    """Every part the reader needs, found by relationship; a kind no relationship names is
    looked for under Excel's name for it."""
    names = PartNames(package.namelist())
    workbook = workbook_part(package, names) or WORKBOOK
    linked = related(package, workbook, names)
    found: dict[str, str | None] = {}
    for kind, usual in _EXCEL_NAMES.items():
        named = [part for rel, part in linked.values() if rel.endswith(kind)]
        found[kind] = next((p for p in named if p in names.names), None) or names.find(usual)
    top = related(package, "", names).values()
    properties = tuple(
        next((p for rel, p in top if rel.endswith(kind) and p in names.names), None)
        or names.find(usual)
        for kind, usual in zip(_PROPERTIES, _EXCEL_PROPERTIES, strict=True)
    )
    return BookParts(
        workbook,
        found["/styles"],
        found["/sharedStrings"],
        found["/theme"],
        tuple(p for p in properties if p is not None),
        linked,
    )
