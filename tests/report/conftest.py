"""Reports made from real sanitise runs, shared by the JSON, HTML and leak tests."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from tests.builders import referrals_table, write_book

# Mostly below 20: the low-value warning, proposals and a chart of distorted totals.
SMALL = [[3, 12, 5, 8], [7, 2, 14, 6], [1, 4, 9, 11], [6, 3, 2, 5], [2, 1, 3, 4]]


def small_book(folder: Path) -> Path:
    return write_book(folder / "small.xlsx", {"Referrals": referrals_table(SMALL)})


class VisibleText(HTMLParser):
    """What a reader of the page can see: text, tooltips and labels, not styles."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        self.parts.extend(v for k, v in attrs if k in ("title", "aria-label", "alt") and v)

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return "\n".join(parser.parts)


def json_leaves(document: object) -> list[object]:
    if isinstance(document, dict):
        return [leaf for value in document.values() for leaf in json_leaves(value)]
    if isinstance(document, list):
        return [leaf for value in document for leaf in json_leaves(value)]
    return [document]


def load_json(path: Path) -> object:
    return json.loads(path.read_text(encoding="utf-8"))
