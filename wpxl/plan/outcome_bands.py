"""Labels naming a band of how many outcomes each person had: an outcome table's lines by
number of job outcomes ('1 job outcome', '2 job outcomes', '3 or more job outcomes'), or its
columns so.

Each names outcomes and holds a number, so each was removed from the percentage sheet as an
amount stated about outcomes, and the sheet's lines were left unnamed. The number is a band's,
not a volume: no reader takes '2 job outcomes' over its row of shares for two outcomes. But
'Leeds: 2 job outcomes' states a volume, and so would a lone '12 job outcomes', so a label is
read as a band only among its fellows (fail closed): two or more labels down one column (or
along one row) that are each a whole number and the same words naming outcomes (singular or
plural alike: 'job outcome', 'job outcomes'), nothing before the number, the numbers running
one apart from 0 or 1 in the order they stand, only the last of them open ('3 or more', '3+').
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from wpxl.analyse.words import measure_in
from wpxl.model import Coord, Measure

_BAND = re.compile(
    r"^\s*(\d{1,2})(\s*\+|\s+or\s+more|\s+(?:and|or)\s+over)?\s+([a-z][a-z ]*?)s?\s*$",
    re.IGNORECASE,
)
_LEAST = 2


def outcome_band_labels(
    texts: list[tuple[Coord, str]], measure_words: dict[Measure, tuple[str, ...]]
) -> set[str]:
    """Of a sheet's ``texts``, those naming a band of how many outcomes (see the doc)."""
    bands: list[tuple[Coord, str, int, bool, str]] = []
    for at, text in texts:
        found = _BAND.match(text)
        if found is None:
            continue
        number, open_end, words = int(found.group(1)), found.group(2) is not None, found.group(3)
        bands.append((at, text, number, open_end, words.strip()))
    if len(bands) < _LEAST:
        return set()
    lines: dict[tuple[int, int, str], list[tuple[int, str, int, bool]]] = defaultdict(list)
    for (row, col), text, number, open_end, words in bands:
        lines[(0, col, words)].append((row, text, number, open_end))
        lines[(1, row, words)].append((col, text, number, open_end))
    found_texts: set[str] = set()
    for (_, _, words), line in lines.items():
        if _banded(sorted(line)) and _names_outcomes(words, measure_words):
            found_texts.update(text for _, text, _, _ in line)
    return found_texts


def _banded(line: list[tuple[int, str, int, bool]]) -> bool:
    numbers = [number for _, _, number, _ in line]
    opened = [open_end for _, _, _, open_end in line]
    return (
        len(line) >= _LEAST
        and numbers[0] in (0, 1)
        and all(b - a == 1 for a, b in pairwise(numbers))
        and not any(opened[:-1])
    )


def _names_outcomes(words: str, measure_words: dict[Measure, tuple[str, ...]]) -> bool:
    measure = measure_in(words, measure_words) or measure_in(words + "s", measure_words)
    return measure is not None and measure.is_outcome
