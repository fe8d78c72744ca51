"""A ratio written as a time of day is ("1:12"), read as the amount it is.

Two numbers joined by a colon were taken for a time of day by every reading of amounts: "Ratio
of job outcomes to starts in Leeds: 1:12" and "Leeds JOs 1:37" went out beside Leeds' rounded
job starts, which with the ratio give the outcomes' volume back. A colon's pair is a time only
where something says so; else, in a text naming outcomes, it is an amount (the proof reads the
same in wpxl.verify.amounts).
"""

from __future__ import annotations

import re

# A pair joined by a colon shaped like a time of day ('1:12', '10:33') that no word reads as one:
# none before it ('at', 'by', 'from', 'until' ...), no 'am', 'pm' or 'hrs' after it, no seconds,
# no other time it runs to. Said of outcomes it is a ratio ('job outcomes to starts 1:12'), which
# with the rounded starts beside it gives their volume back.
_RATIO = re.compile(
    r"(?<![\d:.])(?<!\bat\s)(?<!\bby\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\btill\s)"
    r"(?<!\bbefore\s)(?<!\bafter\s)(?<!\baround\s)(?<!-)\d{1,2}:[0-5]\d(?![\d:])"
    r"(?!\s*(?:[ap]\.?m\b|hrs?\b|hours\b|o'clock|-|to\s+\d))",
    re.IGNORECASE,
)


def states_a_ratio(text: str) -> bool:
    """Whether ``text`` joins two numbers by a colon as a time is written, with no word saying it
    is one."""
    return _RATIO.search(text) is not None
