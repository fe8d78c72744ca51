"""A column headed 'Value' beside lines naming their measures: the lines' counts, not money.

A summary of key figures lays them out as 'Measure | Value': 'Referrals to date | 18,213',
'Job outcomes to date | 1,487'. 'Value' names an amount of money elsewhere ('Number | Value' of
attachments: the fees, which give the count back), so a figure under it is money unless its own
line names a measure; then the line's measure is what the figure counts (the proof reads it
so too: wpxl.verify.outcomes). A line naming money ('Outcome payments claimed') stays money by
its own words.

A block with no header line of its own (key figures stacked per authority, the last block's
header left off) takes the headers of the blocks above in its columns: 'Value' among them,
and 'This month' of a block further up. Such a column is let off its money when 'Value' alone
is what names money in it: no other of its headers does.
"""

from __future__ import annotations

import re

from wpxl.analyse.cells import Words, label_words_of

_VALUE = re.compile(r"\s*(?:values?|amounts?)\s*", re.IGNORECASE)

Heads = list[tuple[int, Words]]


def unpriced_values(plain: Heads, col_heads: dict[int, list[str]]) -> Heads:
    """``plain`` (each body column and its words) with the money of a column headed 'Value'
    alone taken off: the heads of a line naming its measure (the caller's to ask)."""
    bare = {col for col, heads in col_heads.items() if _value_alone_names_money(heads)}
    if not bare:  # most tables
        return plain
    return [(col, words._replace(money=False) if col in bare else words) for col, words in plain]


def _value_alone_names_money(heads: list[str]) -> bool:
    """Whether 'Value' alone is among ``heads`` and no other of them names money."""
    values = [text for text in heads if _VALUE.fullmatch(text)]
    others = [text for text in heads if not _VALUE.fullmatch(text)]
    return bool(values) and not (others and label_words_of(others).money)
