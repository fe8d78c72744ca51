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

# a line counting events of its own ('Sanctions' beside 'Job outcomes' under 'Job starts by
# office'): no status of a job start, so neither the rest nor a breakdown of the starts
_OWN_COUNT = re.compile(
    r"\b(?:sanction(?:s|ed)?|complaints?|appointments?|interviews?|vacanc(?:y|ies)"
    r"|doubts?\s+raised|dnas?|did\s+not\s+attend|failed\s+to\s+attend)\b",
    re.IGNORECASE,
)


def ended_before_a_point(line: str) -> bool:
    """Whether a line of job starts by how long the job lasted (the caller's to know) is the
    band from none up to a bound ('Under 13 weeks', '0-12 weeks', '< 13', '12 weeks or less')."""
    return _FROM_NONE.match(spans_as_digits(as_words(line))) is not None


# a line counting the whole of what the table counts, its measure unnamed: 'Number' beside 'Job
# outcomes' under 'Job starts by payment group' is the starts, not a status of theirs
_COUNT_WORDS = re.compile(
    r"\s*(?:(?:total\s+)?(?:number|count|volume|no\.?|n|figures?|all|starts?|people|customers"
    r"|participants)(?:\s+of\s+\w+)?|total)\s*(?:\(n\))?\s*:?\s*",
    re.IGNORECASE,
)


def statuses_beside(measures: dict[int, Measure], words: dict[int, str]) -> bool:
    """Whether the lines naming no measure beside an outcome line, in a table of the job starts
    holding no line of them ('Job outcome | In progress | Left' under 'Job starts by office and
    status'), are its statuses: one or more, as ``other_statuses`` reads them, none a word for
    the whole count ('Number', 'Count': the starts themselves). One alone ('Job outcomes |
    Left') is the rest as surely: kept, the starts shown elsewhere less it are the outcomes."""
    lines = [words[line] for line in _status_lines(measures, words)]
    return bool(lines) and not any(_COUNT_WORDS.fullmatch(as_words(t)) for t in lines)


def _status_lines(measures: dict[int, Measure], words: dict[int, str]) -> list[int]:
    """The lines naming no measure, no total, no period and no staff: a breakdown's statuses."""
    return [line for line, text in words.items() if line not in measures and _status(text)]


def _status(text: str) -> bool:
    status = bool(text.strip()) and not is_total_label(text) and not names_a_period(text)
    return status and not counts_staff(text) and not _OWN_COUNT.search(text)


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
    rest = set(_status_lines(measures, words))
    measures.update(dict.fromkeys(rest, Measure.JOB_OUTCOMES))
    return rest
