"""Say what a file really is before any parser touches it, so bad input gets a plain sentence.

A Word document renamed .xlsx, an encrypted workbook, a legacy .xls, an .ods or a zip bomb each
fail here with words an analyst understands, instead of a parser's traceback.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree as ET

from wpxl.errors import InputError
from wpxl.model.sheetref import column_index
from wpxl.read.parts import PartNames, as_utf8, utf8_chunks, workbook_part

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# The most a workbook may inflate to; a small file claiming more is a zip bomb or not MI.
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_PARTS = 10_000


def open_workbook(path: Path) -> zipfile.ZipFile:
    """The package, opened once for every check and the survey that follows; InputError unless
    ``path`` looks like an .xlsx/.xlsm package wpxl can open."""
    if not path.exists():
        raise InputError(f"{path.name}: file not found. Check the name and folder.")
    if path.is_dir():
        raise InputError(
            f"{path.name}: is a folder, not a workbook. Give the .xlsx files inside it."
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except PermissionError as exc:
        raise InputError(
            f"{path.name}: cannot be read (permission denied). Close it in Excel or ask for access."
        ) from exc
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror}). Check the file.") from exc
    if not head:
        raise InputError(f"{path.name}: the file is empty. Save the workbook again from Excel.")
    if head == OLE_MAGIC:
        raise InputError(f"{path.name}: {_describe_ole(path)}")
    if not head.startswith(ZIP_MAGIC):
        raise InputError(f"{path.name}: not an Excel workbook ({_describe_other(head)}). {_RESAVE}")
    try:
        package = zipfile.ZipFile(path)
    except _ZIP_FAILURES as exc:
        raise _damaged(path) from exc
    try:
        _check_package(path, package)
    except BaseException:
        package.close()
        raise
    return package


_RESAVE = "Save it from Excel as an .xlsx workbook and try again"


def _describe_ole(path: Path) -> str:
    data = path.read_bytes()[:2_000_000]
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "the workbook is password-protected. Remove the password in Excel and try again."
    if "WordDocument".encode("utf-16-le") in data:
        return f"not an Excel workbook (it is a Word document). {_RESAVE}."
    return f"an old-style .xls workbook, which wpxl does not read. {_RESAVE}."


def _describe_other(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "it is a PDF"
    if head.startswith(b"{\\rtf"):
        return "it is an RTF document"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "its contents are not a workbook"
    return "it is a text or CSV file"


# The namespace of Excel's "Strict Open XML Spreadsheet" (ISO 29500 Strict): its parts name
# every element and relationship otherwise, so read as a workbook it would show no sheets
_STRICT = b"http://purl.oclc.org/ooxml/spreadsheetml/main"


def _check_package(path: Path, package: zipfile.ZipFile) -> None:
    try:
        infos = package.infolist()
        names = {info.filename for info in infos}
        mimetype = package.read("mimetype")[:100] if "mimetype" in names else b""
        workbook = workbook_part(package, PartNames(names))
        book = as_utf8(package.read(workbook))[:4096] if workbook is not None else b""
    except (*_ZIP_FAILURES, ET.ParseError, UnicodeDecodeError) as exc:
        raise _damaged(path) from exc
    if b"opendocument.spreadsheet" in mimetype:
        raise InputError(f"{path.name}: an OpenDocument (.ods) spreadsheet. {_RESAVE}.")
    if "word/document.xml" in names:
        raise InputError(f"{path.name}: not an Excel workbook (it is a Word document). {_RESAVE}.")
    if "ppt/presentation.xml" in names:
        raise InputError(
            f"{path.name}: not an Excel workbook (it is a PowerPoint file). {_RESAVE}."
        )
    if "xl/workbook.bin" in names:
        raise InputError(
            f"{path.name}: an Excel Binary Workbook (.xlsb), which wpxl does not read. {_RESAVE}."
        )
    if workbook is None:
        raise InputError(f"{path.name}: a zip archive that is not an Excel workbook. {_RESAVE}.")
    if _STRICT in book:
        raise InputError(
            f"{path.name}: saved as a Strict Open XML spreadsheet, which wpxl does not read. Save "
            "it from Excel as an Excel Workbook (.xlsx), not Strict, and try again."
        )
    if len(infos) > MAX_PARTS or sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise InputError(
            f"{path.name}: the workbook would unpack to more than "
            f"{MAX_UNPACKED_BYTES // 2**20} MB, which no MI pack needs; wpxl will not open it. "
            "Split the workbook or remove large embedded objects."
        )
    _check_every_part_inflates(path, package)


# What zipfile raises for a damaged package: bad headers, CRC or deflate data, odd versions.
_ZIP_FAILURES = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
)


def _damaged(path: Path) -> InputError:
    return InputError(
        f"{path.name}: the workbook is damaged or incomplete (not a readable zip package). "
        f"{_RESAVE}."
    )


def _check_every_part_inflates(path: Path, package: zipfile.ZipFile) -> None:
    """Inflate each part once, within its declared size, checking its CRC: a flipped byte then
    fails here with one sentence instead of deep inside a parser. zipfile never reads past the
    declared size, so the size budget above also bounds this."""
    try:
        for info in package.infolist():
            xml = info.filename.lower().endswith(".xml")  # a sheet may be kept under any name
            tail = b""
            with package.open(info) as part:
                chunks = iter(lambda: part.read(1 << 20), b"")
                for chunk in utf8_chunks(chunks) if xml else chunks:
                    if xml:
                        _check_ranges(path, tail + chunk)
                        tail = chunk[-200:]
    except _ZIP_FAILURES as exc:
        raise _damaged(path) from exc


# Ranges openpyxl fills cell by cell as it loads: merged cells and hyperlinks.
_FILLED_RANGE = re.compile(
    rb'<(?:\w+:)?(?:mergeCell|hyperlink)\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"'
)
MAX_RANGE_CELLS = 1_000_000


def _check_ranges(path: Path, xml: bytes) -> None:
    """The ranges are looked for from the ``<`` before the first word that can start one
    (merged cells close a sheet): the regular expression tried at every tag of a sheet's cells
    cost a twentieth of reading it."""
    found = [at for at in (xml.find(b"mergeCell"), xml.find(b"hyperlink")) if at >= 0]
    if not found:
        return
    start = max(xml.rfind(b"<", 0, min(found)), 0)
    for first_col, first_row, last_col, last_row in _FILLED_RANGE.findall(xml, start):
        rows = abs(int(last_row) - int(first_row)) + 1
        cols = abs(column_index(last_col.decode()) - column_index(first_col.decode())) + 1
        if rows * cols > MAX_RANGE_CELLS:
            raise InputError(
                f"{path.name}: a merged cell or hyperlink spans {rows * cols:,} cells, which no MI "
                "table needs and which would exhaust memory. Unmerge it in Excel and try again."
            )
