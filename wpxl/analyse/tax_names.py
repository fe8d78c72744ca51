"""'Rates' the local tax, not a rate: MoJ counts prisoners committed for non-payment of 'Rates'
beside 'Council tax' and 'Other debts'. Read by its rate word, the line was removed as a rate
wpxl cannot work out, and its block's total line, no longer the sum of what is shown, was
rounded on its own.

A label ('Rates', 'Non-payment of rates', 'Business rates') or a header naming the tax counts
its people only where the table says it lists reasons: a section line above the label in its
block ('Committed for non-payment of:'), or the label column's header ('Reason for committal'),
or for a column a header line over it. A rate's own words ('Rate', 'Rate per 1,000',
'Conviction rates') are never the tax's, and neither is a tax's name standing alone: a finance
table's 'Business rates' may be an amount, which stays as its words read it.
"""

from __future__ import annotations

import re

from wpxl.analyse.cells import Words
from wpxl.model import Cell, Coord

_TAX = re.compile(
    r"^\s*(?:(?:non-?\s?payment\s+of|arrears\s+of|unpaid|business|non-domestic|domestic"
    r"|general|water)\s+)?rates(?:\s+arrears)?\s*(?:[(\[][\d,\s]*[)\]]\s*)*:?\s*$",
    re.IGNORECASE,
)
# what a section line or a header says when the lines under it are reasons or offences
_REASONS = re.compile(
    r"non-?\s?payment|committ|offen[cs]es?\b|reasons?\b|debts?\b|arrears\b|default",
    re.IGNORECASE,
)


def names_the_tax(text: str) -> bool:
    return _TAX.match(text) is not None


def tax_rows(
    rows: dict[int, Words],
    labels: dict[int, list[str]],
    cells: dict[Coord, Cell],
    cols: set[int],
    corner: list[str],
) -> dict[int, Words]:
    """``rows``' words with the rate word of a line naming the tax under a reason taken off:
    ``labels`` are each body row's label texts, ``cols`` the table's columns of figures,
    ``corner`` the label column's header texts."""
    if not any(words.rate for words in rows.values()):  # most tables: no line names a rate
        return rows
    figured = {
        r for (r, c), cell in cells.items() if c in cols and r in labels and not cell.is_empty
    }
    headed = any(_REASONS.search(text) for text in corner)
    section = ""  # the nearest line above with words but no figure
    for row in sorted(labels):
        texts = labels[row]
        if row not in figured:
            section = " ".join(texts) or section
            continue
        words = rows.get(row)
        if words is None or not words.rate or not texts or not names_the_tax(texts[-1]):
            continue
        if headed or _REASONS.search(section):
            rows[row] = words._replace(rate=False)
    return rows


def tax_column(words: Words, heads: list[str]) -> Words:
    """A column's words, its rate word taken off when its own header names the tax under a
    header line naming reasons ('Reason for committal' over 'Rates')."""
    if not words.rate or len(heads) < 2 or not names_the_tax(heads[-1]):
        return words
    if any(_REASONS.search(text) for text in heads[:-1]):
        return words._replace(rate=False)
    return words
