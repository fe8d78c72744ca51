"""The words a plan carries, remembered across groups of sheets for two checks that need the
whole workbook: which texts quote one of its figures (and must go), and which of the input's
hidden or dropped texts the output shows anyway.

Most texts can be judged when their sheet is planned (they hold no number a figure could be),
so only the few that may still have to go are kept with their cells; the rest are kept as words.
"""

from __future__ import annotations

from dataclasses import dataclass

from wpxl.model import Coord, Removal
from wpxl.model.sheetref import a1
from wpxl.plan.contacts import holds_contact_details
from wpxl.plan.quoting import Judgement, judged_alone

CONTACTS = "it holds contact details (an e-mail address, phone number or postcode)"
QUOTES = "it quotes an unrounded figure"


@dataclass(slots=True)
class _TextCell:
    sheet: str
    coord: Coord
    text: str
    contacts: bool  # it holds contact details: it goes whatever the figures
    judged: Judgement
    source: Coord  # the input's cell, which a removal names


class CarriedWords:
    def __init__(self, base: int) -> None:
        self._base = base
        self._texts: list[_TextCell] = []
        self._words: set[str] = set()
        self.deletions: dict[str, set[Coord]] = {}  # sheet -> the cells of texts that go

    def add_words(self, text: str) -> None:
        """Words wpxl wrote: never checked, only known."""
        self._words.add(text)

    def add_text(self, sheet: str, coord: Coord, text: str, label: bool, source: Coord) -> None:
        """A carried note, title, header (``label``) or row label (``label``)."""
        judged = judged_alone(text, label, self._base)
        contacts = holds_contact_details(text)
        if not contacts and not judged.may_quote:  # most texts: carried whatever the workbook holds
            self._words.add(text)
        else:
            self._texts.append(_TextCell(sheet, coord, text, contacts, judged, source))

    def drop_quoting(self, forbidden: frozenset[float]) -> list[Removal]:
        """A note, title, header or label that holds contact details (wpxl.plan.contacts) or
        quotes an unrounded figure is removed: one of the workbook's, or any figure rounding
        would change (wpxl.plan.quoting). Its cell goes into ``deletions``."""
        removals = []
        for text in self._texts:
            if text.contacts:
                why = CONTACTS
            elif text.judged.quotes(forbidden):
                why = QUOTES
            else:
                continue
            self.deletions.setdefault(text.sheet, set()).add(text.coord)
            removals.append(Removal("text", f"'{text.sheet}' {a1(*text.source)}", why))
        return removals

    def planned(self) -> set[str]:
        """Every text the output shows."""
        kept = (t.text for t in self._texts if t.coord not in self.deletions.get(t.sheet, ()))
        return self._words.union(kept)
