"""'Ref' alone over figures, or keying a line: the referrals' abbreviation as often as a
reference's.

An analyst heads referrals 'Ref' beside 'Starts' ('Local authority | Ref | Starts' over 1,237)
or keys an extract's lines 'REF', 'JS', 'JO'. Read as naming codes (``words``) or as a key
beside its reference (``uncounted``), the referrals were kept unrounded. A reference is named
with more words ('LA ref', 'Ref no.', 'Reference', 'Contract ref'); under 'Ref' alone the
figures are counts (fail closed: a reference rounded is wrong, a count kept is a leak), rounded
where the table names its measure, refused where nothing does.
"""

from __future__ import annotations

import re

_BARE_REF = re.compile(r"^\s*ref\.?\s*(?:\([^)]*\))?\s*:?\s*$", re.IGNORECASE)


def is_bare_ref(text: str) -> bool:
    """Whether ``text`` is 'Ref' alone ('REF', 'Ref.', 'Ref:', 'Ref (2013-14)')."""
    return _BARE_REF.match(text) is not None
