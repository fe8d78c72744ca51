"""The proof reads two percentage sheets that say the same words: which table each shows is
not said. The cells are made by hand; the proof reads the copy alone."""

from __future__ import annotations

from wpxl.model import Cell, Style
from wpxl.verify.percent_sheets import ALIKE, SheetWords

PERCENT = Style(number_format="0%")


def _sheet(name: str, intro: str, share: float) -> dict:
    return {
        (0, 0): Cell(name),
        (1, 0): Cell(intro),
        (3, 0): Cell("JSA"),
        (3, 1): Cell(share, style=PERCENT),
    }


def test_two_percentage_sheets_saying_the_same_words_are_found():
    words = SheetWords()
    assert words.add("Job outcomes %", _sheet("Job outcomes %", "Of all job outcomes.", 0.4)) == []
    found = words.add("Job outcomes 2 %", _sheet("Job outcomes 2 %", "Of all job outcomes.", 0.6))
    assert [(f.part, f.kind) for f in found] == [
        ("'Job outcomes 2 %'", ALIKE.format("Job outcomes %"))
    ]
    named = _sheet("Job outcomes 3 %", "Of all job outcomes (table 'Buxton').", 0.6)
    assert words.add("Job outcomes 3 %", named) == []
