"""The proof's own reading of a text saying how long people stayed in work.

The programme pays a job outcome after 13 or 26 weeks in work and a sustainment for each four
weeks after, so "3 JSA Prison Leavers reached 13 weeks in work", "2 jobs that lasted 6 months"
or "kept their job for 26 weeks" counts outcomes or sustainments without naming them: with an
amount in it, such a text states an outcome volume (wpxl.verify.amounts judges it as a text
naming outcomes). A period of counting ("in the last 13 weeks") or a time before the job is no
time in work: the words must say the job or the work lasted, was reached or kept.
"""

from __future__ import annotations

import re

_TIME = r"\d+[\s-]?(?:weeks?|wks?|months?|mths?)\b"
_LASTED = re.compile(
    r"\b(?:lasted|lasting|lasts? for|kept|keeps|keeping|stayed|stays|staying|remained"
    r"|remains|remaining|reached|reaching|hit|hits|hitting|passed|passing|completed|completing"
    r"|still (?:working|employed|in (?:work|employment|(?:a|the|their) jobs?)))\b"
    rf"[^.;:]{{0,40}}?\b{_TIME}"
    rf"|\b{_TIME}\s+(?:in (?:work|employment|(?:a|the|their) jobs?|post)|employed|point"
    r"|milestone)",
    re.IGNORECASE,
)


def says_time_in_work(text: str) -> bool:
    """Whether ``text`` says people or jobs lasted, reached or kept a time in work."""
    return _LASTED.search(text) is not None
