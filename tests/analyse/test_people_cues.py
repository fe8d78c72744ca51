"""``names_by`` asks a person-naming pattern (wpxl.analyse.people) only where an ASCII text holds
one of the words each of its matches holds: a cheap search first, since the patterns try a long
list of words at every word of a text and every carried label is asked. The answer must be the
pattern's own, for texts that name someone and for texts that only come near it; a text with a
non-ASCII letter is searched in full, as a letter such as the Kelvin sign matches a pattern's
'k' without lowering to it."""

from __future__ import annotations

import re

import pytest

from wpxl.analyse.people import (
    NAMED_AS_AUTHOR,
    NAMED_BY_ROLE,
    NAMED_FIRST,
    NAMED_OWNER,
    NAMED_PARTICIPANT,
    names_by,
)

PATTERNS = [NAMED_BY_ROLE, NAMED_FIRST, NAMED_AS_AUTHOR, NAMED_PARTICIPANT, NAMED_OWNER]
TEXTS = [
    # each pattern finding someone, in the shapes its comments give
    "Caseload - Amir Patel",
    "Adviser: Jane",
    "Caseworker Jane covered Leeds",
    "Jane (adviser)",
    "PA: Jane",
    "Prepared by Jane Smith",
    "contact: john brown",
    "Queries: Priya",
    "Jane Smith (MI analyst)",
    "Source: J. Smith, tel 0161",
    "Thanks to Priya Shah for the figures",
    "Ask Priya Shah about the returns",
    "v2.1 - Jane Smith",
    "Version 3: Amir Patel",
    "Participant Jane Whitfield referred twice",
    "Excludes John Brown (deceased)",
    "Bradford low: Jane Smith on maternity leave",
    "Jane Smith left in June",
    "See J. Smith's file",
    "Leeds figures from Jane Smith's spreadsheet",
    # texts near them that name no one (a name in capitals is not read as one)
    "PREPARED BY JANE SMITH",
    "Council 001-00001",
    "Referrals by local authority, 2013-15",
    "Adviser - Performance Summary",
    "Caseload: North East",
    "Source: Jobcentre Plus",
    "Includes Bradford's returns",
    "St John's ward",
    "Claimant Count",
    "Job outcomes",
    "",
    # non-ASCII: searched in full
    "Prepared by Siobhán Kelly",
    "Adviser \u2013 Jane",
    "\u212aeyworker: Jane",
    "See J. Smith\u2019s file",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: str(PATTERNS.index(p)))
def test_the_answer_is_the_patterns_own(pattern: re.Pattern[str], text: str) -> None:
    assert names_by(pattern, text) is (pattern.search(text) is not None)


def test_the_shapes_named_above_are_found() -> None:
    named = [t for t in TEXTS[:20] if any(names_by(p, t) for p in PATTERNS)]
    assert named == TEXTS[:20]
