"""A place named by its number ('office 25', 'Site 101', 'Jobcentre 1377'): a name, no figure.

An estate numbers its sites, offices and jobcentres, and a pack labels its lines so. A label
quoting a number a count of the workbook equals is removed as quoting it; 'office 25' has been
read as naming its office since session 35, but three or four digits were still figures:
'Site 101', 'Office 245', 'Jobcentre 312' went wherever a count was 101, 245 or 312, and
'Site 1377' always (a label's number of 100 or more rounding would change). A place word
before a number of up to four digits names the place now. Three or four digits written with a
separator ('Site 1,377') or followed by a count's words ('Leeds office 245 referrals') are
still read as a figure, as the proof reads them (wpxl.verify.values ``_PLACE``, with
wpxl.verify.texts). It lives with the reading of the workbook as a tab is named so too
('Office 245'), and a sheet's name is judged as the workbook is read (wpxl.read.sheetnames).

An area's old ONS code ('00HB', '95A') names its line the same way: on a percentage sheet of
job outcomes by area it was removed as 'it states an amount about outcomes', though the sheet of
referrals kept it.
"""

from __future__ import annotations

import re

from wpxl.policy import DEFAULT_MEASURE_WORDS

PLACE_WORDS = r"office|area|district|region|team|site|centre|jobcentre|zone|cpa"
# whom or what a count counts, after up to three words: 'office 245 (Leeds) referrals'
_COUNTS = "|".join(
    re.escape(word).replace(r"\ ", r"\s+")
    for words in DEFAULT_MEASURE_WORDS.values()
    for word in (*words, "people", "participant", "customer", "claimant", "client")
)
PLACE_NUMBER = (
    rf"\b(?:{PLACE_WORDS})\s*(?:\d{{1,2}}\b(?!,\d{{3}})"
    rf"|\d{{3,4}}\b(?![,.]\d)(?!(?:\s+[\w'+&/()-]+){{0,3}}?\s+(?:{_COUNTS})))"
)
PLACES = re.compile(PLACE_NUMBER, re.IGNORECASE)
# an area's code as ONS wrote them before 2011, which DWP's tables of the programme's years
# still use: two digits and two letters for a district ('00HB' Bristol, '16UB'), four for a
# ward ('00HBMA'), '95' and a letter in Northern Ireland ('95A'); capitals, glued, alone ('12JO'
# is twelve job outcomes)
OLD_AREA_CODE = re.compile(r"(?<![\w.])(?:\d\d(?!JO)[A-Z]{2}(?:[A-Z]{2})?|95[A-Z])(?![\w.])")


def without_places(text: str) -> str:
    """The text without the numbers naming a place (or an area's old code): what is left
    could quote a figure."""
    return OLD_AREA_CODE.sub(" ", PLACES.sub(" ", text))
