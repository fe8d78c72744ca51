"""Read a workbook into wpxl's own model: formulas, cached values and safe formatting.

Each worksheet part is streamed by wpxl.read.sheetxml (formulas, their cached values and styles in
one pass, a sheet at a time), which is several times faster and leaner than loading the whole
workbook with openpyxl. ``survey_workbook`` reads what the package says before any sheet (its
worksheets, formats, shared strings and which sheets refer to each other); ``read_sheets`` then
reads a group of them. Every kind of content wpxl will not carry is counted here, so the report
can say it was dropped.
"""

from __future__ import annotations

import hashlib
import html
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH

from wpxl.errors import InputError
from wpxl.model import LEFT_OUT, Workbook
from wpxl.model.layout import COVER_CLASH_NAME, COVER_NAME
from wpxl.read.cellvalues import SharedBeforeItsFormula
from wpxl.read.comments import sheet_comments
from wpxl.read.counted_dates import work_out_counted_dates
from wpxl.read.invisible import Palette
from wpxl.read.joined_words import work_out_joined_words
from wpxl.read.kept import Keeper, KeptSheets
from wpxl.read.named_refs import names_elsewhere, write_out_names
from wpxl.read.names import defined_ranges, workbook_names
from wpxl.read.numformats import QUOTING_FORMATS
from wpxl.read.package import (
    CUSTOM_PROPERTIES,
    DROPPED_PART_KINDS,
    PERSONAL_PROPERTY,
    holds_no_properties,
)
from wpxl.read.parts import BookParts, as_utf8, book_parts
from wpxl.read.quoted_figures import numbers_in_text
from wpxl.read.sheetgroups import sheet_groups
from wpxl.read.sheetnames import RENAMED, numbers_named, shown_names
from wpxl.read.sheetxml import M, read_sheet
from wpxl.read.sniff import open_workbook
from wpxl.read.strings import Run, read_shared_strings
from wpxl.read.styles import StyleTable
from wpxl.read.tables import (
    TableDefinition,
    sheet_tables,
    table_names,
    tables_seen_from,
    write_out_references,
)

_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

_XML_TEXT = re.compile(r">([^<>]+)<")
TABLES = "Excel table definitions (their cells are read as any others)"
_TABLE_PART = re.compile(r"xl/tables/table\d*\.xml$")
_TABLE_START = re.compile(r"<(?:\w+:)?table\b[^>]*>")
_TABLE_NAME = re.compile(r'\b(?:name|displayName)="([^"]+)"')
_SHEET_RELS = re.compile(r"xl/worksheets/_rels/[^/]+\.rels$")
_EXTERNAL = re.compile(r'Target="([^"]+)"[^>]*TargetMode="External"')


def read_workbook(path: Path) -> Workbook:
    """Read ``path`` without modifying it; raise InputError with a plain sentence if it can't be."""
    survey = survey_workbook(path)
    book = read_sheets(survey, range(len(survey.entries)))
    book.extras = merge_counts(survey.extras, book.extras)
    book.dropped_text = [*survey.dropped_text, *book.dropped_text]
    if not has_content(book):
        raise nothing_to_share(path)
    return book


@dataclass(frozen=True, slots=True)
class SheetEntry:
    name: str  # as the package names it, which its formulas use
    state: str
    part: str
    shown: str  # the name every later stage knows it by (wpxl.read.sheetnames)


@dataclass(slots=True)
class Survey:
    """What the package says before any sheet is read: its worksheets, shared formatting and
    strings, what it holds that wpxl never carries, and which sheets refer to one another."""

    path: Path
    sha256: str
    entries: list[SheetEntry]
    styles: StyleTable
    strings: list[str]
    extras: dict[str, int] = field(default_factory=dict)
    dropped_text: list[str] = field(default_factory=list)
    groups: list[list[int]] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)  # package name -> shown name
    runs: dict[int, tuple[Run, ...]] = field(default_factory=dict)  # rich text's formatted runs
    names: dict[str, dict[str, tuple[int, int, int, int]]] = field(default_factory=dict)
    named: dict[str, tuple[str, str]] = field(default_factory=dict)  # wpxl.read.named_refs
    tables: dict[str, list[TableDefinition]] = field(default_factory=dict)  # by package name
    recalculated: bool = False  # worked out afresh on opening (wpxl.read.cellvalues.Formulas)


@dataclass(frozen=True, slots=True)
class ReadInput:
    """The input as this run's reader already read it: its survey, and its sheets kept as read
    (wpxl.read.kept), so a second reader of the same file need not parse it again."""

    survey: Survey
    kept: KeptSheets


def survey_workbook(path: Path) -> Survey:
    try:
        with open_workbook(path) as package:
            with path.open("rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
            parts = book_parts(package)
            extras, dropped_text = _scan_package(package, parts.properties)
            survey = _survey(path, digest, package, parts, (extras, dropped_text))
    except InputError:
        raise
    except Exception as exc:  # every parser failure means the same thing to the user
        raise _damaged(path, exc) from exc
    if not survey.entries:
        raise InputError(
            f"{path.name}: the workbook has no worksheets. Check it is the right file."
        )
    _check_cover_names(path, [e.shown for e in survey.entries if e.state == "visible"])
    return survey


def _check_cover_names(path: Path, shown: list[str]) -> None:
    """A sheet named as wpxl's cover is shown as COVER_CLASH_NAME; where a sheet of that name
    is there too ('About this workbook' and 'Source', or a wpxl copy sanitised again), the run
    ended in 'an unexpected problem (DuplicateWorksheetName)'."""
    names = {name.casefold() for name in shown}
    if COVER_NAME.casefold() in names and COVER_CLASH_NAME.casefold() in names:
        raise InputError(
            f"{path.name}: a sheet is named '{COVER_NAME}', the name of wpxl's own first sheet, "
            f"and the name wpxl would show it under, '{COVER_CLASH_NAME}', is another sheet's. "
            "Rename one of them in Excel and try again"
        )


def read_sheets(survey: Survey, indexes: Iterable[int], keep: Keeper | None = None) -> Workbook:
    """Those worksheets of the survey, streamed from their parts one at a time; extras and
    dropped text are the sheets' own (the package's are the survey's). ``keep``: where each
    sheet is also kept as read, for the proof to read again without its XML."""
    extras: dict[str, int] = {}
    dropped_text: list[str] = []
    sheets = []
    hidden = frozenset(
        name.lower() for e in survey.entries if e.state != "visible" for name in (e.name, e.shown)
    )
    order = tuple(e.name for e in survey.entries)
    hidden_names = frozenset(  # defined names of ranges on those sheets
        name
        for e in survey.entries
        if e.state != "visible"
        for name in survey.names.get(e.name, {})
    )
    visible = {e.name for e in survey.entries if e.state == "visible"}
    try:
        with zipfile.ZipFile(survey.path) as package:
            parts = set(package.namelist())
            for index in indexes:
                entry = survey.entries[index]
                with package.open(entry.part) as source:
                    try:
                        sheet, found = read_sheet(
                            source, entry.shown, entry.state, survey.styles, survey.strings,
                            survey.renamed, survey.runs, hidden, order, hidden_names,
                            survey.recalculated,
                        )  # fmt: skip
                    except SharedBeforeItsFormula as exc:
                        raise _shared_without_formula(survey.path, entry.shown, exc.ref) from exc
                work_out_joined_words(sheet.cells)  # before any reading of the sheet's words
                work_out_counted_dates(sheet.cells)
                seen = tables_seen_from(entry.name, survey.tables, survey.renamed, visible)
                write_out_references(sheet, seen)
                sheet.names = survey.names.get(entry.name, {})
                sheet.date1904 = survey.styles.epoch == MAC_EPOCH
                write_out_names(sheet, names_elsewhere(survey.named, entry.name, survey.renamed))
                sheet.comments = sheet_comments(package, entry.part, parts)
                kinds = found.kinds
                if sheet.state not in ("visible", LEFT_OUT):  # that one the cover names
                    kinds = merge_counts(kinds, {"hidden sheets": 1})
                if keep is not None:
                    keep.keep(index, sheet, kinds, found.text)
                extras = merge_counts(extras, kinds)
                dropped_text.extend(found.text)
                sheets.append(sheet)
    except InputError:
        raise
    except Exception as exc:
        raise _damaged(survey.path, exc) from exc
    return Workbook(survey.path, survey.sha256, sheets, extras, dropped_text)


def sheet_sizes(survey: Survey) -> list[int]:
    """Each sheet's XML in bytes, by its place in the survey: what reading it costs, which the
    stages weigh before sharing work with a second process."""
    with zipfile.ZipFile(survey.path) as package:
        return [package.getinfo(e.part).file_size for e in survey.entries]


def merge_counts(*counts: dict[str, int]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for each in counts:
        for kind, count in each.items():
            merged[kind] = merged.get(kind, 0) + count
    return dict(sorted(merged.items()))


def has_content(book: Workbook) -> bool:
    """Whether any visible sheet holds something: a workbook without is refused."""
    return any(not c.is_empty for s in book.sheets if s.visible for c in s.cells.values())


def nothing_to_share(path: Path) -> InputError:
    return InputError(
        f"{path.name}: every visible sheet is empty, so there is nothing to share. "
        "Check it is the right file."
    )


def _shared_without_formula(path: Path, sheet: str, ref: str) -> InputError:
    return InputError(
        f"{path.name}: sheet '{sheet}' cell {ref} shares a formula that no cell of the sheet "
        "holds, so wpxl cannot read it. Open the workbook in Excel, save it again as .xlsx "
        "and retry."
    )


def _damaged(path: Path, exc: Exception) -> InputError:
    return InputError(
        f"{path.name}: the workbook is damaged and cannot be read ({type(exc).__name__}). "
        "Open it in Excel, save it again as .xlsx and retry."
    )


def _survey(
    path: Path,
    digest: str,
    package: zipfile.ZipFile,
    parts: BookParts,
    scanned: tuple[dict[str, int], list[str]],
) -> Survey:
    """``parts``: where the package keeps what is read (wpxl.read.parts); ``scanned``: what
    _scan_package counted and the text it found."""
    extras, dropped_text = scanned
    names = set(package.namelist())
    book = ET.fromstring(package.read(parts.workbook))
    pr = book.find(M + "workbookPr")
    epoch = MAC_EPOCH if pr is not None and pr.get("date1904") in ("1", "true") else WINDOWS_EPOCH
    styles = StyleTable(
        parts.read(package, parts.styles), epoch, Palette(parts.read(package, parts.theme))
    )
    if styles.quoting_formats:
        extras[QUOTING_FORMATS] = styles.quoting_formats
    strings: list[str] = []
    runs: dict[int, tuple[Run, ...]] = {}
    if parts.strings is not None:
        with package.open(parts.strings) as source:
            strings = read_shared_strings(source, runs)
    found = []
    for entry in book.iter(M + "sheet"):
        kind, part = parts.linked[entry.get(_REL_ID, "")]
        if kind.endswith("/chartsheet"):
            extras["chart sheets"] = extras.get("chart sheets", 0) + 1
            continue
        if not kind.endswith("/worksheet"):
            continue
        found.append((entry.get("name", ""), entry.get("state", "visible"), part))
    sheet_names = [name for name, _, _ in found]
    named = numbers_named(sheet_names)
    held = _held_numbers(package, [part for _, _, part in found], named, parts.strings)
    held |= {n for text in dropped_text for n in numbers_in_text(text)} & named  # comments ...
    renamed = shown_names(sheet_names, held)
    entries = [SheetEntry(n, state, part, renamed.get(n, n)) for n, state, part in found]
    if renamed:
        extras[RENAMED] = len(renamed)
    user_names = [
        n.get("name", "")
        for n in book.iter(M + "definedName")
        if not n.get("name", "").startswith("_xlnm.")
    ]
    if user_names:
        extras["defined names"] = len(user_names)
        dropped_text.extend(user_names)
    named = workbook_names(book, M) if user_names else {}
    tables = {e.name: t for e in entries if (t := sheet_tables(package, e.part, names))}
    reach = {**named, **table_names(tables)}  # a table's name reaches its sheet, as a name does
    groups = sheet_groups(package, [e.part for e in entries], [e.name for e in entries], reach)
    names = defined_ranges(book, M) if user_names else {}
    calc = book.find(M + "calcPr")
    recalculated = calc is not None and calc.get("fullCalcOnLoad") in ("1", "true")
    return Survey(
        path, digest, entries, styles, strings, extras, dropped_text, groups, renamed, runs, names,
        named, tables, recalculated,
    )  # fmt: skip


def _held_numbers(
    package: zipfile.ZipFile, parts: list[str], numbers: set[float], strings: str | None
) -> set[float]:
    """Which of ``numbers`` appear as digits in the sheets or their shared strings (values,
    text, formulas: more than the figures, which is the safe side). Read only when a sheet name
    holds such a number, which is rare."""
    if not numbers:
        return set()
    digits = {(str(int(n)) if n.is_integer() else repr(n)).encode(): n for n in numbers}
    alternatives = b"|".join(re.escape(d) for d in sorted(digits, key=len, reverse=True))
    pattern = re.compile(rb"(?<![0-9])(" + alternatives + rb")(?![0-9])")
    held: set[float] = set()
    for part in [*parts, strings]:
        if part is not None and part in package.namelist():
            held.update(digits[d] for d in pattern.findall(as_utf8(package.read(part))))
    return held


def _scan_package(
    package: zipfile.ZipFile, properties: tuple[str, ...]
) -> tuple[dict[str, int], list[str]]:
    """What the package holds that wpxl never carries, counted by kind, and its text (for the
    proof to search the copy for); ``properties``: the document properties' parts."""
    extras: dict[str, int] = {}
    dropped_text: list[str] = []
    for name in package.namelist():
        if name == CUSTOM_PROPERTIES and holds_no_properties(package.read(name)):
            continue
        for pattern, kind in DROPPED_PART_KINDS:
            if pattern.search(name):
                extras[kind] = extras.get(kind, 0) + 1
                if name.endswith(".xml") and kind != "printer settings":
                    dropped_text.extend(_xml_text(as_utf8(package.read(name))))
                if kind == "comments":
                    dropped_text.extend(_comments(package.read(name)))
    for name in package.namelist():
        if _TABLE_PART.match(name):  # an Excel table: its cells are read, its names are not
            extras[TABLES] = extras.get(TABLES, 0) + 1
            start = _TABLE_START.search(as_utf8(package.read(name)).decode("utf-8", "replace"))
            dropped_text.extend(_TABLE_NAME.findall(start.group()) if start else ())
        elif _SHEET_RELS.match(name):  # where hyperlinks lead: addresses can quote figures
            rels = as_utf8(package.read(name)).decode("utf-8", "replace")
            dropped_text.extend(html.unescape(t) for t in _EXTERNAL.findall(rels))
    for name in properties:
        if name in package.namelist():
            text = PERSONAL_PROPERTY.findall(as_utf8(package.read(name)).decode("utf-8", "replace"))
            values = [value.strip() for _, value in text if value.strip()]
            if values:
                extras["document properties"] = extras.get("document properties", 0) + len(values)
                dropped_text.extend(values)
    return extras, dropped_text


def _xml_text(xml: bytes) -> list[str]:
    return [t.strip() for t in _XML_TEXT.findall(xml.decode("utf-8", "replace")) if t.strip()]


def _comments(xml: bytes) -> list[str]:
    """Each comment's whole text, as well as its pieces, for the leak check."""
    return [
        "".join(t.text or "" for t in comment.iter(M + "t"))
        for comment in ET.fromstring(xml).iter(M + "comment")
    ]
