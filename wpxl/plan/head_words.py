"""The label columns' heads as a percentage sheet's intro names its rows ("by payment group",
"by CPA, contract package area and provider").

The intro is a sentence, so a head is written in it as a sentence would: a word in capitals
only at its start is lowered ('Payment group', 'Local Authority'), an abbreviation keeps its
capitals ('CPA', 'JSA'), and a head shouted in capitals ('PAYMENT GROUP') is lowered but for
its short words ('JSA PAYMENT GROUP': 'JSA payment group'). Heads side by side are a list, not
one phrase: glued with spaces, 'CPA | Contract package area | Provider' read 'by cpa contract
package area provider'.

A year alone over the label columns, nothing over the figures beside it, titles its block (ONS's
stacked years, '2012' over 'Area code | Area name'): no head, or the intro read 'by 2012 area
code and area name'.

A table whose label column has no head is named by its title's breakdown ('Job outcomes by
payment group': 'by payment group'), not 'by row', which told a reader nothing.

A pivot table pasted as values heads its label column with Excel's placeholders ('Row Labels',
under 'Sum of Job outcomes' in the corner): the intro read 'by sum of job outcomes row labels',
which named nothing. Those words are no head (``is_pivot_placeholder``), nor in the advice
to drop a breakdown (wpxl.plan.proposals): the pivot's own field names
('District | Office') are, or else the title's breakdown.
"""

from __future__ import annotations

import re

SHOUTED_WORD = 5  # a head in capitals with a word this long shouts; shorter words abbreviate


def heads_in_words(rows: list[list[str]]) -> str:
    """The heads of each header row (top first) as a list ('a, b and c'), the rows' lists
    one after another (a group's head over its columns' heads: 'local authority code and
    name'), each head written as a sentence writes it."""
    heads_said = ([h for h in heads if not is_pivot_placeholder(h)] for heads in rows)
    listed = (_listed([_in_sentence(" ".join(h.split())) for h in heads]) for heads in heads_said)
    return " ".join(words for words in listed if words)  # a row of no heads adds no space


# Excel's placeholders over a pivot table's labels, and its data field's name in the corner
_PIVOT_WORDS = re.compile(
    r"^\s*(?:row\s+labels|column\s+labels|values|(?:sum|count|average|max|min)\s+of\s.*)\s*$",
    re.IGNORECASE,
)
# a year, a financial year or a month of a year, alone: a stacked block's title
_PERIOD_ALONE = re.compile(
    r"^\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d"
    r"(?:\s*[/-]\s*\d{2}(?:\d{2})?)?\s*$",
    re.IGNORECASE,
)


def is_pivot_placeholder(head: str) -> bool:
    """Whether a head is Excel's placeholder over a pasted pivot's labels ('Row Labels',
    'Sum of Job outcomes'): it names none of the rows."""
    return _PIVOT_WORDS.match(head) is not None


def period_alone(heads: list[str]) -> bool:
    """Whether a header row's words over the label columns are a period alone ('2012',
    '2013/14', 'April 2013'): over nothing else, the title of a stacked block, not a head."""
    return bool(heads) and all(_PERIOD_ALONE.match(h) for h in heads)


def _listed(heads: list[str]) -> str:
    heads = [h for h in heads if h]
    if len(heads) < 2:
        return "".join(heads)
    return f"{', '.join(heads[:-1])} and {heads[-1]}"


def _in_sentence(head: str) -> str:
    words = head.split(" ")
    shouted = head.isupper() and any(len(w) >= SHOUTED_WORD for w in words)
    return " ".join(_lowered(w, shouted) for w in words)


def _lowered(word: str, shouted: bool) -> str:
    if shouted:
        return word.lower() if len(word) >= SHOUTED_WORD - 1 else word
    capitals_at_start_only = word[:1].isupper() and not any(c.isupper() for c in word[1:])
    return word.lower() if capitals_at_start_only and len(word) > 1 else word


# 'by payment group' in a title, up to a comma, bracket, dash, colon or 'and' (the rows are
# named first: 'by payment group and month'); a period is left, as it heads the columns more often
_BY = re.compile(
    r"\bby\s+([^,;:()\[\]\u2013\u2014]+?)\s*(?:[,;:()\[\]\u2013\u2014]|\s-\s|\sand\s|$)",
    re.IGNORECASE,
)
_PERIOD = re.compile(r"^(?:month|quarter|year|week|period|date|day)s?$", re.IGNORECASE)


def titled_breakdown(title: str) -> str:
    """The breakdown a table's title names first after 'by', written as a sentence writes
    it; '' when it names none, or a period."""
    found = _BY.search(title or "")
    words = " ".join(found.group(1).split()) if found else ""
    return "" if _PERIOD.match(words) else _in_sentence(words)
