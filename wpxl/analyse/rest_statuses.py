"""The lines of a breakdown of the job starts that count those who reached no outcome.

Beside an 'Achieved' line, or one paid, claimed, lasting or sustained, the breakdown's other
statuses ('In progress', 'Not yet due', 'Ended') count the rest of the starts; and in a
breakdown of the starts by how long the job lasted ('Under 13 weeks | 13 to 25 weeks | 26
weeks or more'), the band from none up to a bound ('Under 13 weeks', '0-12', 'Less than 6
months') counts the starts whose job ended before it: the rest of the band above, which holds
the outcomes (26 weeks is most payment groups' outcome point, 13 weeks some). Shown as shares
beside the other bands, by office, with the starts by office rounded, every band is a set of
equations a reader solves for the bands' volumes, the outcome band's among them; with the
band from none left out (each office's part of it unknown) they solve for nothing. The plan
leaves these lines out of every share (wpxl.plan.rest_lines).
"""

from __future__ import annotations

import re

from wpxl.analyse.staff_counts import counts_staff
from wpxl.analyse.starts_lines import names_a_period
from wpxl.analyse.words import as_words, is_total_label
from wpxl.analyse.work_marks import spans_as_digits
from wpxl.model import Measure

_UNIT = r"(?:\s*(?:weeks?|wks?|months?|mths?|days?))?"
_FROM_NONE = re.compile(
    r"\s*(?:(?:under|below|less\s+than|fewer\s+than|up\s+to|[<\u2264]=?)\s*\d+"
    rf"|0+\s*(?:-|\u2013|to)\s*\d+|\d+{_UNIT}\s*(?:or|and)\s+(?:less|fewer|under|below))\b",
    re.IGNORECASE,
)


def ended_before_a_point(line: str) -> bool:
    """Whether a line of job starts by how long the job lasted (the caller's to know) is the
    band from none up to a bound ('Under 13 weeks', '0-12 weeks', '< 13', '12 weeks or less')."""
    return _FROM_NONE.match(spans_as_digits(as_words(line))) is not None


def other_statuses(measures: dict[int, Measure], words: dict[int, str]) -> set[int]:
    """Every other status of a breakdown of job starts holding an 'Achieved' line, or one paid,
    claimed, lasting or sustained ('In progress', 'Not yet due', 'Ended', 'Other' beside it):
    the starts shown elsewhere less those rounded give the achieved back by difference, so the
    whole breakdown goes as outcomes. A rate ('Conversion rate', 'JO %') is no such line: no
    count of starts, it makes no breakdown of them of the lines beside it ('Advisers', a count
    of staff, stays a count). A line naming its own measure ('Job starts'), a total, a period
    ('Apr 2013': a table of the starts by month) or members of staff ('Advisers' beside
    'Conversions', ``counts_staff``) is none of them. The lines so read come back: they count
    the rest, in no share of the outcomes."""
    rest = set()
    for line, text in words.items():
        status = text.strip() and not is_total_label(text) and not names_a_period(text)
        status = status and not counts_staff(text)
        if line not in measures and status:
            measures[line] = Measure.JOB_OUTCOMES
            rest.add(line)
    return rest
