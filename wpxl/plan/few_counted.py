"""A count of referrals, attachments or starts stated in words with no number: 'Selby had a
single referral in May', 'a handful of referrals', 'a couple of job starts', 'a few
attachments'.

'Selby had one referral in May' is removed as quoting an unrounded figure (a number word counts
as the number it spells), but 'a single referral' said the same and was kept: rounding to the
nearest 20 shows 0 for any count under 10, so that no one is picked out, and 'a single', 'a
couple', 'a handful' or 'a few' before a measure's word (or whom it counts) says how many
there were below it. Such a text is removed, as '3 referrals' is; 'a few weeks', 'a single
office' count no measure. A measure's word that is a verb ('referred', 'attached') counts only
straight after ('a few referred'): 'a single office referred them' counts offices, and was
removed until session 38. Outcomes said so are removed as stating an amount about outcomes
(wpxl.plan.worded_amounts). The proof reads the same texts its own way (wpxl.verify.texts).
"""

from __future__ import annotations

import re
from functools import cache

from wpxl.model import Measure

FEW_STATED = (
    "it states a small count in words ('a single', 'a handful', 'a few'), which rounding to "
    "the nearest 20 would not show"
)
_FEW = r"\ba\s+(?:single|lone|sole|solitary|couple|pair|handful|few)(?:\s+of)?"
# up to two words between, none bringing in what is counted ('a single cause group for
# stillbirths' derives one group: it counts no stillbirth)
_BETWEEN = r"(?:\s+(?!(?:for|of|in|to|from|by|with|per|at|on|and|or)\b)[\w'+&/-]+){0,2}?"
# whom the measures count, besides the policy's words (the proof lists them too)
_PEOPLE = (
    *("people", "person", "participant", "customer", "claimant", "client", "individual"),
    *("entrant", "starter", "joiner", "transfer", "leaver", "candidate", "learner"),
    *("jobseeker", "job seeker", "service user"),
)


def states_a_few(text: str, measure_words: dict[Measure, tuple[str, ...]]) -> bool:
    """Whether the text says how many of a measure there were below the base in words."""
    if "a " not in text.lower():  # most texts: no 'a single', 'a few' at all
        return False
    return _few(tuple(measure_words.items())).search(text) is not None


@cache
def _few(words: tuple[tuple[Measure, tuple[str, ...]], ...]) -> re.Pattern[str]:
    """'a handful of', up to two words, then a measure's word or whom it counts (keyed by the
    policy's words as given: the key is built for every text holding 'a ', most labels)."""
    names = [w for _, ws in words for w in ws] + list(_PEOPLE)
    verbs = [w for w in names if w.split()[0].lower().endswith("ed")]  # 'referred', 'attached'
    nouns = _alternatives([w for w in names if w not in verbs])
    return re.compile(
        rf"{_FEW}(?:{_BETWEEN}\s+(?:[a-z]+-)?(?:{nouns})|\s+(?:{_alternatives(verbs)}))",
        re.IGNORECASE,
    )


def _alternatives(names: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in names) or "(?!)"
