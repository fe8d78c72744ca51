"""One council, however an analyst types its name: the key the register matches names by.

The register's UNIQUE name folds ASCII case only, so 'Brighton and Hove City Council' was a
second council beside 'Brighton & Hove City Council', with none of the first one's
suspensions: a council DWP had suspended could be added again under another spelling and sent
MI. Names are matched on a key that ignores what does not tell two councils apart: case in any
script ('YNYS MÔN' is 'Ynys Môn'), spaces (doubled, non-breaking, at the ends), punctuation and
hyphens ('St. Helens', 'Kingston-upon-Hull'), apostrophes ("King's Lynn") and '&' for 'and'.
Words are kept: 'Derby' and 'Derby City Council' may be two bodies, and the register cannot
know.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")
_NOT_WORD = re.compile(r"[\W_]+")


def council_key(name: str) -> str:
    """The name as the register compares it: 'Brighton & Hove' and 'brighton  and hove.' alike."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")  # zero-width marks
    text = _APOSTROPHES.sub("", text.casefold()).replace("&", " and ")
    return " ".join(_NOT_WORD.sub(" ", text).split())
