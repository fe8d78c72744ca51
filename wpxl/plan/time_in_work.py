"""Whether a note, title or label says how long people stayed in work: then it names outcomes.

A job outcome is paid after 13 or 26 weeks in work and a sustainment for each four weeks after,
so "3 JSA Prison Leavers reached 13 weeks in work", "2 jobs that lasted 6 months" or "kept their
job for 26 weeks" counts outcomes or sustainments without the words for them. With an amount in
it such a text goes, as one naming outcomes does (wpxl.plan.quoting). The words must say that a
job or the work lasted, was reached or kept: a period of counting ("job starts in the last 13
weeks") or a time before the job is no time in work.
"""

from __future__ import annotations

import re

_LENGTH = r"\d+[\s-]?(?:weeks?|wks?|months?|mths?)\b"
_KEPT = (
    r"lasted|lasting|lasts? for|kept|keeps|keeping|stayed|stays|staying|remained|remains"
    r"|remaining|reached|reaching|hit|hits|hitting|passed|passing|completed|completing"
    r"|still (?:working|employed|in (?:work|employment|(?:a|the|their) jobs?))"
)
_IN_WORK = r"in (?:work|employment|(?:a|the|their) jobs?|post)|employed|point|milestone"
_SAYS = re.compile(
    rf"\b(?:{_KEPT})\b[^.;:]{{0,40}}?\b{_LENGTH}|\b{_LENGTH}\s+(?:{_IN_WORK})", re.IGNORECASE
)


def says_time_in_work(text: str) -> bool:
    """Whether ``text`` says people or jobs lasted, reached or kept a time in work."""
    return _SAYS.search(text) is not None
