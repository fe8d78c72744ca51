"""An extract's field names in small letters, with an outcome abbreviation among their words.

A database extract names its columns 'jo_count', 'n_jo', 'num_jos', 'sust_count': the outcome
abbreviations are read in capitals only (wpxl.policy: 'Jo' is a name, 'sp' a typo), so such a
column took its table's measure and went out as rounded job starts, an outcome volume shown
(guidance R2). In a name made only of small letters and figures joined by '_', nothing in it a
person's name or a typo, an abbreviation standing as one of its parts is read in capitals,
wherever the name stands among other words. So is a field of one part, the whole of a header
('la | js | jos', an extract's short names): 'jos' beside the job starts went out rounded.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"(?<!\S)[a-z0-9]+(?:_[a-z0-9]+)+(?!\S)")
_CAPITALS = {
    "jo": "JO", "jos": "JOs", "jop": "JOP", "jops": "JOPs",
    "sp": "SP", "sps": "SPs", "sust": "SUST", "susts": "SUSTs",
}  # fmt: skip


def capitalised(text: str) -> str:
    """``text`` with the outcome abbreviations of each small-letter field name in it in
    capitals ('jo_count' -> 'JO_count'; a long extract's line 'Leeds jo_count', its area and
    measure read together), or the abbreviation that is the whole text ('jos' -> 'JOs'); any
    other text as it is."""
    if "_" in text:
        return _FIELD.sub(_capitals, text)
    return _CAPITALS.get(text.strip(), text)  # 'jos', the whole of a header


def _capitals(field: re.Match[str]) -> str:
    return "_".join(_CAPITALS.get(part, part) for part in field.group(0).split("_"))
