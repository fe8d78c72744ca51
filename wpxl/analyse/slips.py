"""Cells whose look says what kind of figures a line holds, where an analyst's slip put it.

A percentage's format on a whole number past 100 % ('0%' over 398 job starts, shown as
39800 %) is no rate: no rate is typed so, and the count's column names a measure. Its line's
other counts were removed as 'a rate wpxl cannot work out from shared figures', one kept where
the format was not set. The figure is read as a count, its format left behind.

A figure written with its note ('243 (+12% on May)') where a label or header is read, as in a
dashboard's key figures ('Referrals this month | 243 (+12% on May)' over 'Attachments this
month | 219'), names nothing of the line: its '%' made the key figures under or beside it
rates, removed so. Such a text is left out of the line's words.
"""

from __future__ import annotations

import re

from wpxl.analyse.values import is_percent_format

_NOTED_FIGURE = re.compile(r"\s*[£$€]?\d[\d,]*(?:\.\d+)?\s*\(")


def shown_as_rate(fmt: str, number: float | int | None) -> bool:
    """Whether a figure's format shows it as a rate: a percentage's, but not over a whole
    number past 100 %."""
    if not is_percent_format(fmt):
        return False
    return not (isinstance(number, int | float) and float(number).is_integer() and number > 1)


def is_noted_figure(text: str) -> bool:
    """Whether a label or header is a figure with its note ('243 (+12% on May)')."""
    return _NOTED_FIGURE.match(text) is not None
