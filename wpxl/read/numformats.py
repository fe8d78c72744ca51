"""A number format's own text: '0 "of 307"' shows "of 307" beside every value it formats.

Such text is part of the formatting wpxl carries, so a figure quoted in it would reach every
viewer. Text that could quote a figure is left out as the workbook is read; the digits,
separators and colours of the format are kept.
"""

from __future__ import annotations

import re

from wpxl.read.quoted_figures import could_quote_a_figure

QUOTING_FORMATS = "number formats whose own text quotes a number (the text)"
_FORMAT_TEXT = re.compile(r'"([^"]*)"|\\(.)')  # a number format's "quoted text" and \escapes


def without_quoted_figures(number_format: str) -> str:
    text = "".join(quoted or escaped for quoted, escaped in _FORMAT_TEXT.findall(number_format))
    if not could_quote_a_figure(text, label=False):
        return number_format
    return _FORMAT_TEXT.sub("", number_format).strip() or "General"
