"""The words of a percentage sheet must not give an outcome volume back (part of invariant 8).

A percentage sheet's own words must not give a volume back either: a header or row label (or
the input's words wpxl's intro repeats) stating an amount ("JSA 25+ (incl. 4 prison leavers)",
"ESA Flow (3)") states an outcome volume, however small. Numbers that name a group, a period,
an age or a place ("PG 1", "Apr 2013", "JSA 18-24", "50+", "Site 101") are no amount; wpxl's
banner, the sheet's name and wpxl's note on coarsened shares are its own. A number alone under
a header ('Payment group' over '6') is the key of an outcome table's line only where the
proof's reading of the input shows it naming a row under the same words
(``wpxl.verify.outcome_labels``): judged once the whole input is learnt, any other is an
amount. So is a label ending with a footnote's mark
('JSA 18-24 (4)', 'Total (7)'): published tables mark their lines so, and the mark is no
amount where the input shows it both ends, marking a text and keying a note ('(4) Includes
...': ``wpxl.verify.footnotes``); any other such number is an amount ('ESA Flow (3)').
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from wpxl.model import Cell, Coord
from wpxl.model.layout import BANNER_ROWS
from wpxl.model.sheetref import a1
from wpxl.policy.wording import render
from wpxl.verify.amounts import states_an_amount
from wpxl.verify.band_labels import band_labels
from wpxl.verify.books import SheetPair
from wpxl.verify.coded_labels import coded_labels
from wpxl.verify.footnotes import unmarked, without_marks
from wpxl.verify.leaks import Finding
from wpxl.verify.open_bands import closed_bands, open_bands
from wpxl.verify.outcome_labels import RowName, percent_heading, shown_as_label
from wpxl.verify.values import unquoted

STATED = "an amount stated in the words of a percentage sheet (an outcome volume, however small)"
# A group's own small number after its name ("PG 1", "Area 4 North"): a capitalised word that
# brings in no amount ("incl. 4"), then one or two digits no lower-case word or number follows.
_GROUP_NUMBER = re.compile(
    r"(?<![\w.])(?!(?i:incl?|excl?|including|excluding|plus|less|minus|and|with|without|of|n"
    r"|base|count|total|approx|about|around|c|ca)\b)[A-Z][A-Za-z]*\.?[ \t]?(?:\d{1,2}|0\d{2,5})\b"
    r"(?![ \t]*(?:[a-z\d]|[-\u2013/:.,]\s*\d))"
)
# A place named by its number, to four digits ('Site 101', 'Office 245'), as a volume sheet's
# labels name one (wpxl.verify.values): no amount, unless a count's word follows anywhere after
# it ('Site 245 job outcomes') or the number is written as a figure is ('Site 1,377').
_PLACE_NUMBER = re.compile(
    r"\b(?:office|area|district|region|team|site|centre|jobcentre|zone|cpa|ward)\s*\d{1,4}\b"
    r"(?![,.]\d)(?!.*\b(?:outcomes?|sustainments?|jos?|referrals?|starts?|attachments?|people"
    r"|persons?|participants?|customers?|claimants?|clients?)\b)",
    re.IGNORECASE,
)

# An area's code as ONS wrote them before 2011 ('00HB', '16UB', ward '00HBMA', '95A'): a name
# ('12JO' is twelve job outcomes)
_OLD_CODE = re.compile(r"(?<![\w.])(?:\d\d(?!JO)[A-Z]{2}(?:[A-Z]{2})?|95[A-Z])(?![\w.])")


def stated_amounts(
    name: str,
    cells: Mapping[Coord, Cell],
    labels: frozenset[str] = frozenset(),
    tabs: frozenset[str] = frozenset(),
    marked: list[tuple[str, str]] | None = None,
) -> list[Finding]:
    """The words of a percentage sheet that state an amount: its headers, row labels and the
    input's words in wpxl's intro, but for its banner, its name and wpxl's note on shares made
    coarser (which names the steps, "5 % or 10 %"). wpxl's note on lines left out of a base
    quotes their labels ("'16-17' is left out"): a quoted one of the sheet's own ``labels``
    is judged where it stands, not again in the note. The intro naming the sheet its table is
    on ("on sheet '2'") names a tab: one of the input's ``tabs`` (its shown sheets named by
    digits alone, which the cover names too) so quoted is no amount, nor its naming of the
    table by number ("(table 112), by payment group"); any other number is. A text stating
    no amount but for its footnote marks goes into ``marked`` (where, text), when given, to
    be judged once the whole input is learnt (``marked_amounts``)."""
    found = []
    banded = band_labels(cells)  # '2 job outcomes' among its fellows names a band
    banded |= open_bands(cells)  # so does '<25' before '25-49 | >=50'
    texts = [(at, c.value) for at, c in cells.items() if isinstance(c.value, str)]
    banded |= set(closed_bands(texts)) | set(coded_labels(texts))  # '1101 Leeds City' too
    for coord, cell in sorted(cells.items()):
        text = cell.value
        if not isinstance(text, str) or coord[0] < BANNER_ROWS or text == name:
            continue
        if coord in banded:
            continue
        own = _coarsened().match(text)  # wpxl's note, maybe followed by words to judge
        text = text if own is None else text[own.end() :]
        if text.startswith(_LEFT_OUT):
            text = unquoted(text, labels)
        if tabs:
            text = _TAB.sub(lambda m: " " if m.group(1) in tabs else m.group(0), text)
        text = _TABLE.sub(" ", text)
        if not _states_an_amount(text):
            continue
        where = f"'{name}' {a1(*coord)}"
        bare = without_marks(text)  # 'JSA 18-24 (4)': a footnote's mark, if the input keys one
        if marked is not None and bare != text and not _states_an_amount(bare):
            marked.append((where, text))
        else:
            found.append(Finding(where, STATED))
    return found


def marked_amounts(marked: list[tuple[str, str]], footnotes: frozenset[float]) -> list[Finding]:
    """The texts set aside for their footnote marks (``stated_amounts``) that state an amount
    still once the marks that are the input's ``footnotes`` are taken off: each number kept a
    figure stated."""
    return [
        Finding(where, STATED)
        for where, text in marked
        if _states_an_amount(unmarked(text, footnotes))
    ]


_TAB = re.compile(r"\bon sheet '(\d+)'")  # the intro's naming of a tab numbered alone
# the intro's naming of its table by number ('table 112': the 112th on the sheet), where the
# sheet's tables have no titles or the same one: no amount, of three digits as of one
_TABLE = re.compile(r"\(table \d+\)(?=, by | that falls in each column)")
_LEFT_OUT = "The percentages in "  # wpxl's note on lines left out of a base, each quoted

PercentKey = tuple[str, str | None, str]  # where, the words over it, the number alone


def set_aside_keys(
    pair: SheetPair, cells: Mapping[Coord, Cell], keys: list[PercentKey]
) -> dict[Coord, Cell]:
    """A percentage sheet's words but its numbers alone under a header that state an amount
    read as words (a year does not), each kept in ``keys`` to be judged once the whole input
    is learnt (``unvouched``): only the input's reading tells a row's key from a volume."""
    kept = {}
    for coord, cell in cells.items():
        text = cell.value
        heading = percent_heading(pair, coord, text) if isinstance(text, str) else None
        if heading is None or coord[0] < BANNER_ROWS or not _states_an_amount(str(text)):
            kept[coord] = cell
        else:
            keys.append((pair.where(coord), heading, str(text)))
    return kept


def unvouched(
    keys: list[PercentKey], row_names: frozenset[RowName] | set[RowName]
) -> list[Finding]:
    """The numbers alone on percentage sheets that name no row of an outcome table of the
    input under the same words: amounts, however small (``percent_words``)."""
    return [
        Finding(where, STATED)
        for where, heading, text in keys
        if not shown_as_label(heading, text, row_names)
    ]


def _states_an_amount(text: str) -> bool:
    named = _GROUP_NUMBER.sub(" ", _OLD_CODE.sub(" ", _PLACE_NUMBER.sub(" ", text)))
    return states_an_amount(text) and states_an_amount(named)


@cache
def _coarsened() -> re.Pattern[str]:
    """wpxl's note on a percentage sheet whose shares were made coarser, any measure's."""
    note = re.escape(render("percentages_coarsened.txt.j2", mark="\x00", measure="\x01"))
    return re.compile(note.replace("\x00", ".{1,9}").replace("\x01", "[a-z ]{1,40}") + "(?: |$)")
