"""Look inside a written .xlsx package the way a curious recipient would: unzip, read every part."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

_VALUE = re.compile(r"<v>([^<]*)</v>")
_TEXT = re.compile(r">([^<>]+)<")
_STRING_CELL = re.compile(r'<c [^>]*t="s"[^>]*>.*?</c>')  # its <v> is an index, not a value
_NUMBER = re.compile(r"(?<![A-Za-z$\d.])\d+(?:\.\d+)?")


def package_numbers(path: Path) -> set[float]:
    """Every number stored in any part: cell values and numbers inside any text."""
    found: set[float] = set()
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            text = _STRING_CELL.sub("", package.read(name).decode("utf-8", "replace"))
            found.update(float(v) for v in _VALUE.findall(text) if _is_number(v))
            for node in _TEXT.findall(text):
                found.update(float(n) for n in _NUMBER.findall(node))
    return found


def cell_numbers(path: Path) -> set[float]:
    """The numeric values of every cell on every sheet (not shared-string indexes)."""
    found: set[float] = set()
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.startswith("xl/worksheets/"):
                text = _STRING_CELL.sub("", package.read(name).decode("utf-8"))
                found.update(float(v) for v in _VALUE.findall(text) if _is_number(v))
    return found


def package_text(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return "\n".join(package.read(n).decode("utf-8", "replace") for n in package.namelist())


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
