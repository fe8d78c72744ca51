"""Search a package for a pack's secrets the way a curious recipient would: every zip part.

Numbers are found as tokens in any spelling a part may hold them in (307, 307.0, 3.07E2,
1,234, -307), so a figure cannot slip through as a float, an exponent or a formatted string;
a shared string's index (``<c t="s"><v>3</v>``) is not a value and is left out. Words are
searched in the raw XML and in its unescaped text.
"""

from __future__ import annotations

import html
import math
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from tests.verify.hostile.pack import Hostile

_PLAIN = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w]|\.\d)")
_GROUPED = re.compile(r"(?<![\w.,])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]|\.\d)")
_STRING_INDEX = re.compile(r'(<c [^>]*t="s"[^>]*>)<v>\d+</v>')
# Attributes that place, size or number the parts of a package, never a figure of the input.
_LAYOUT = re.compile(
    r"\s(?:xWindow|yWindow|windowWidth|windowHeight|rupBuild|calcId|defaultThemeVersion"
    r"|lastEdited|lowestEdited|r|spans|s|ht|width|min|max|sheetId|\w*Id|count|uniqueCount|sz"
    r"|defaultRowHeight|defaultColWidth|baseColWidth|left|right|top|bottom|header|footer"
    r'|fitToHeight|fitToWidth|paperSize|orientation|xSplit|ySplit|zoomScale\w*)="[^"]*"'
)


def numbers_in(text: str) -> set[float]:
    """Every number written in ``text``, by its value (signs dropped: -307 gives 307 away)."""
    found = {abs(float(t)) for t in _PLAIN.findall(text)}
    found |= {abs(float(t.replace(",", ""))) for t in _GROUPED.findall(text)}
    return {n for n in found if math.isfinite(n)}


def parts(path: Path) -> Iterable[tuple[str, str]]:
    """(name, decoded text) of every part, XML unescaped, shared-string indexes left out."""
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            text = package.read(name).decode("utf-8", "replace")
            text = _LAYOUT.sub("", _STRING_INDEX.sub(r"\1", text))
            yield name, html.unescape(text)


def secrets_found(path: Path, hostile: Hostile) -> list[tuple[str, str]]:
    """(part, secret) for each secret of ``hostile`` some part of ``path`` holds."""
    found: list[tuple[str, str]] = []
    for name, text in parts(path):
        numbers = numbers_in(text)
        for secret in sorted(hostile.numbers):
            if any(math.isclose(secret, n, rel_tol=1e-9) for n in numbers):
                found.append((name, _shown(secret)))
        found.extend((name, word) for word in sorted(hostile.words) if word in text)
    return found


def _shown(number: float) -> str:
    return str(int(number)) if number.is_integer() else repr(number)


def smallest_consistent_counts(shown: list[float], decimals: int, least: int) -> list[int] | None:
    """The counts behind whole-or-decimal percentages (fractions, as stored) that a reader would
    compute: the smallest base from ``least`` up to 10,000 at which every shown value is some
    count's percentage, rounded as shown."""
    half = 0.5 * 10 ** (-decimals) + 1e-9
    percents = [round(v * 100, decimals) for v in shown]
    for base in range(least, 10_001):
        counts = [round(p * base / 100) for p in percents]
        if all(abs(100 * k / base - p) <= half for k, p in zip(counts, percents, strict=True)):
            return counts
    return None
