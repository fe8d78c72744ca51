"""Whether a header or label of an outcome table may be copied onto its percentage sheet: one
that quotes a figure or states an outcome volume in its words may not (the volumes are known
once the table's breakdowns are settled)."""

from __future__ import annotations

import re
from functools import lru_cache

from wpxl.model import Measure
from wpxl.plan.carried_words import OUTCOME_AMOUNT
from wpxl.plan.quoting import states_an_amount, states_an_outcome_amount, without_names
from wpxl.read.place_numbers import without_places
from wpxl.read.quoted_figures import figures_quoted, numbers_in_text, stated_counts

# A group's own small number after its name ("PG 1", "Area 4 North", "JSA 18-24 (PG 6)"): a
# capitalised word, then one or two digits that no word in lower case or other number follows
# ("4 prison leavers", "3 not shown", "18-24" are left to states_an_amount), and never after a
# word that brings in an amount ("incl. 4", "Plus 3").
_GROUP_NUMBER = re.compile(
    r"(?<![\w.])(?!(?i:incl?|excl?|including|excluding|plus|less|minus|and|with|without|of|n"
    r"|base|count|total|approx|about|around|c|ca)\b)[A-Z][A-Za-z]*\.?[ \t]?(?:\d{1,2}|0\d{2,5})\b"
    r"(?![ \t]*(?:[a-z\d]|[-\u2013/:.,]\s*\d))"
)


@lru_cache(maxsize=4096)
def states_a_volume(label: str) -> bool:
    """Whether an outcome table's header or row label states an amount ("JSA 25+ (incl. 4
    prison leavers)", "ESA Flow (3)", "Jun 2013, 12 to be validated"): in an outcome table
    that amount is an outcome volume, however small. The numbers that name a group, a period
    or an age are no amount: "JSA 18-24", "50+", "Apr 2013", "Week 1", "Group 6", "PG 1", nor
    those naming a place ("Site 101"). Remembered by label: a pack's outcome sheets name the
    same offices and payment groups."""
    named = _GROUP_NUMBER.sub(" ", without_places(label))
    return states_an_amount(label) and states_an_amount(named)


def sayable(
    value: object, volumes: set[float], base: int, measure_words: dict[Measure, tuple[str, ...]]
) -> bool:
    """Whether a line's label may be quoted in the note on lines left out of a base: one of
    digits and no words ('16-17', '2013') is called 'a row', as the line may not be on the
    sheet to vouch for it (the proof reads such digits in a percentage sheet's words as an
    amount); 'JSA 18-24' names its group. Nor one the sheet's own label goes for, stating an
    amount of outcomes in words ('York (no job outcomes yet)' beside 'n/a': its line left out,
    the note quoting it was refused by the proof, naming a cell of a copy it had deleted)."""
    text = str(value)
    words = any(ch.isalpha() for ch in text)
    stated = states_an_outcome_amount(text, measure_words)
    return words and not stated and why_it_goes(value, volumes, base) is None


def why_it_goes(value: object, volumes: set[float], base: int) -> str | None:
    """Why a header or label of an outcome table may not be copied, if it may not."""
    if _quotes_a_figure(str(value), volumes, base):
        return "it quotes an unrounded figure"
    if isinstance(value, str) and states_a_volume(value):  # a date or a number is no amount
        return OUTCOME_AMOUNT
    return None


def quotes_a_volume(text: str, volumes: set[float]) -> bool:
    """Whether ``text`` holds one of the outcome ``volumes`` (a band's label may not)."""
    return any(n in volumes for n in numbers_in_text(without_names(text)))


def _quotes_a_figure(text: str, volumes: set[float], base: int) -> bool:
    """A header or label of an outcome table that quotes a figure: an unrounded number a label
    could not hold as a group's name (100 or more, or stated as a count), or any outcome
    volume of 25 or more, whatever its size against the base, but for numbers that name a band
    or an age ("JSA 25+"), or a place ('Site 101', as on a sheet of volumes)."""
    return (
        any(n % base for n in figures_quoted(_GROUP_NUMBER.sub(" ", without_places(text)), True))
        or any(n % base for n in stated_counts(text))
        or quotes_a_volume(text, volumes)
    )
