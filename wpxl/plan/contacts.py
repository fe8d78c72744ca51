"""Whether a carried text holds contact or personal details, so must go.

Published workbooks end with "Email: statistics@..." or a postal address, and MI packs can hold
a named person's details; the copy may show none of them. The proof looks for such details in
every part of the written file with its own patterns; the plan takes the cells out first, so a
workbook with them goes through (each removal listed) instead of failing its proof. The plan's
patterns are the wider of the two: whatever the proof would refuse, the plan must already have
taken out, or a sound workbook fails its proof instead of losing one cell.

People type details as they come: an NI number or postcode in lower case, a phone number with
dots or dashes, a date of birth in words, a participant by title and name. Each spelling is
caught; what only resembles one stays (an area code "E06000001", "PG1", "2023/24", a date
that is not said to be a birth date, "Dr" on its own, "MR" for a mandatory reconsideration).
"""

from __future__ import annotations

import re

from wpxl.analyse.people import (
    NAMED_AS_AUTHOR,
    NAMED_BY_ROLE,
    NAMED_FIRST,
    NAMED_OWNER,
    NAMED_PARTICIPANT,
    names_by,
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# Any day, month and year: 03/04/1985, 3-4-85, 1985-04-03, 3rd April 1985, April 3, 1985.
_DATE = (
    r"(?:\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}"
    r"|\d{4}-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?[\s-]+{_MONTH}[\s,-]+\d{{2,4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{2,4}})"
)
# A birth date said to be one, the date up to a few words after what says so.
_BIRTH = rf"\b(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s?date|born)(?s:.{{0,30}}?){_DATE}"
# A title before a capitalised name, maybe after initials: "Mr Amir Patel", "Dr A. O'Neil"; not
# an organisation named after one ("Mr Motivator Ltd", "Dr Foster Intelligence"). A possessive
# ("Mrs Smith's team", "Dr Barnardo's") is taken for a person: the safer reading.
_NOT_AN_ORGANISATION = (
    r"(?!['\u2019])(?!\s+(?-i:Ltd|Limited|plc|PLC|LLP|CIC|Intelligence|Trust|Group|Foundation"
    r"|Services|Holdings|UK)\b)"
)
_PERSON = (
    r"\b(?-i:Mrs|Mr|Ms|Miss|Mx|Dr)\b\.?\s+(?-i:(?:[A-Z]\.?\s+)*[A-Z][A-Za-z'\u2019-]*[a-z])\b"
    + _NOT_AN_ORGANISATION
)

_TITLES = ("Mr", "Ms", "Miss", "Mx", "Dr")  # "Mrs" holds "Mr"
_NINO_PREFIX = r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"  # no D, F, I, Q, U or V; no O second
_NOT_A_PERIOD = r"(?!(?:19|20)\d\d(?:[\s-]?(?:0[1-9]|1[0-2])|[-/]\d\d)\b)"  # nor a span: 2014-15
_DETAILS = re.compile(
    r"[\w.+-]@[\w-]+\.[\w.-]*\w"  # an e-mail address
    # a UK phone number: spaced, dotted or dashed, maybe "+44 (0)" or "(0161)"
    r"|(?<!\d)(?:\+\s?44[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)(?:\d\)?[\s.-]?){9,10}(?![\s.-]?\d)"
    # a postcode: capitals, spaced or not; any case when spaced, but not "Q1 2nd", "PG1 3rd"
    r"|(?-i:\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d(?!(?-i:st|nd|rd|th)\b)[A-Z]{2}\b"
    r"|\b[A-Z]{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?[A-D]\b"  # a National Insurance number
    # ... without its letter: a prefix NI numbers use, in capitals when spaced, then six digits
    # that are no year and month ('WP201304' is a period's code)
    rf"|(?-i:\b{_NINO_PREFIX}[\s-]?{_NOT_A_PERIOD}\d{{2}}[\s-]?\d{{2}}[\s-]?\d{{2}}\b)"
    rf"|\b{_NINO_PREFIX}{_NOT_A_PERIOD}\d{{6}}\b"
    rf"|{_BIRTH}|{_PERSON}",
    re.IGNORECASE,
)


def holds_contact_details(text: str) -> bool:
    """Whether ``text`` holds an e-mail address, phone number, postcode, NI number, date of
    birth, a person named with a title, a caseload or adviser named after a person
    ('Caseload - Amir Patel'), one named by first name after their role ('Adviser: Jane'), a
    participant named ('customer Jane Smith') or a note naming
    who made the workbook ('Prepared by Jane Smith': all three wpxl.analyse.people)."""
    named = (NAMED_BY_ROLE, NAMED_FIRST, NAMED_AS_AUTHOR, NAMED_PARTICIPANT, NAMED_OWNER)
    if any(names_by(p, text) for p in named):
        return True
    if not _may_hold_details(text):
        return False  # most labels and notes: nothing to look for
    return _DETAILS.search(text) is not None


def _may_hold_details(text: str) -> bool:
    """Every detail has a digit, an "@" or a title: a text with none is not searched."""
    return "@" in text or any(map(str.isdigit, text)) or any(t in text for t in _TITLES)
