"""'Ref' alone over figures, or keying a line: the referrals' abbreviation as often as a
reference's.

An analyst heads referrals 'Ref' beside 'Starts' ('Local authority | Ref | Starts' over 1,237)
or keys an extract's lines 'REF', 'JS', 'JO'. Read as naming codes, the referrals were kept
unrounded and this proof passed them, as it must pass a code kept as written. A reference is
named with more words ('LA ref', 'Ref no.', 'Reference', 'Contract ref'); 'Ref' alone names no
code to the proof (fail closed: a reference rounded is wrong, a count kept is a leak). Written
for the proof alone; the analysis reads the same words its own way (wpxl.analyse.words).
"""

from __future__ import annotations

import re

_BARE_REF = re.compile(r"^\s*ref\.?\s*(?:\([^)]*\))?\s*:?\s*$", re.IGNORECASE)


def is_bare_ref(text: str) -> bool:
    """Whether ``text`` is 'Ref' alone ('REF', 'Ref.', 'Ref:', 'Ref (2013-14)')."""
    return _BARE_REF.match(text) is not None


# a key line above a table ('Contract reference | 40712', 'Version | 3'): its one number is no
# count, but for a line keyed 'Ref' alone (an extract's 'Leeds | REF | 1237')
_KEY = re.compile(
    r"^\s*(?:(?:contract|provider|report|document|release|extract|file|cpa)\s+)?"
    r"(?:reference|ref\.?|version|id|urn|ukprn)(?:\s+(?:number|no\.?))?\s*:?\s*$",
    re.IGNORECASE,
)


def keys_a_reference(key: str) -> bool:
    """Whether a line's key names a reference or version whose number stands beside it."""
    return _KEY.match(key) is not None and not is_bare_ref(key)
