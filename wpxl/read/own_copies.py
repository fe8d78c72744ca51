"""A copy wpxl made, known by what it holds rather than by its name.

A release is named after its council and date ('pack-derby-city-council-2026-11-25.xlsx'), not
'-sanitised', so a folder given again with --for had last run's releases sanitised once more
and logged as releases of their own, each a copy of a copy; a copy of such a copy ended in 'an
unexpected problem (DuplicateWorksheetName)'. wpxl writes itself as the package's creator and
its cover as the first sheet; Excel keeps both when the council saves the file again.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from wpxl.model.layout import COVER_NAME

_CREATOR = re.compile(rb"<dc:creator>\s*wpxl\s*</dc:creator>")
_FIRST_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*\bname=\"([^\"]*)\"")


def made_by_wpxl(path: Path) -> bool:
    """Whether ``path`` is a workbook wpxl wrote: its creator 'wpxl' and its first sheet the
    cover. Anything unreadable is not, and is left for the read stage to refuse."""
    try:
        with zipfile.ZipFile(path) as package:
            core = package.read("docProps/core.xml")
            book = package.read("xl/workbook.xml")
    except (OSError, KeyError, zipfile.BadZipFile, ValueError):
        return False
    first = _FIRST_SHEET.search(book)
    return (
        bool(_CREATOR.search(core))
        and first is not None
        and first.group(1) == (COVER_NAME.encode())
    )
