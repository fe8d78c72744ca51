"""The proof's own reading of a line headed only 'Achieved' or 'Validated' beside job starts.

Beside a line naming job starts (a column or a row of the same table), or among the lines of a
table of job starts ('Job starts by status': 'Achieved', 'In progress', 'Total'), one headed only
'Achieved' or 'Validated' ('No. achieved', 'of which achieved') counts the starts that achieved
an outcome, or whose claim was validated, or the rest ('Not yet achieved', 'Pending
validation': the starts less them are the outcomes); against a profile or a target ('Job starts
| Profile | Achieved') it counts the starts achieved. Read here from the input's words alone,
never the analyse stage's (wpxl.analyse.starts_lines is the plan's reading).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from wpxl.verify.measure_words import as_words

_BARE_ACHIEVED = re.compile(  # or the rest ('Not yet achieved'): the starts less them
    r" ?(?:(?:of which|o/w) ?:? ?)?(?:(?:no\.?|number|total|count) (?:of )?)?"
    r"(?:(?:not (?:yet )?|un|yet to be )?(?:achieved|validated)|achievements?"
    r"|(?:pending|awaiting) validation|yet to (?:achieve|validate)) ?(?:\(n\))? ?:? ?",
    re.I,
)
_MEASURED_AGAINST = re.compile(
    r"\b(?:profiles?|profiled|targets?|forecasts?|plan(?:ned)?|expected|expectations?|goals?"
    r"|trajector(?:y|ies)|vs\.?|versus|against|variance|budget(?:ed)?)\b"
    r"|\bstarts? achieved\b|\bachieved (?:job )?starts?\b",  # 'Job starts achieved by month'
    re.I,
)


def achieved_by(
    line: str, beside: list[str], titles: list[str], of_starts: Callable[[list[list[str]]], bool]
) -> bool:
    """Whether a line headed only 'Achieved' or 'Validated' counts outcomes of the job starts
    a line ``beside`` it names, or the ``titles`` of its table (``of_starts`` tells: 'Job
    starts by status' over 'Achieved', 'In progress', 'Total'): neither those lines nor the
    titles name a profile or a target it is measured against."""
    if not _BARE_ACHIEVED.fullmatch(" ".join(as_words(line).split())) or not beside:
        return False
    if not (any(of_starts([[text]]) for text in beside) or of_starts([titles])):
        return False  # beside the starts, or among the lines of a table of them
    return not any(_MEASURED_AGAINST.search(as_words(t)) for t in [*beside, *titles])


def figure_run(figures: Sequence[int], line: int) -> list[int]:
    """The lines next to one another holding a figure (``figures``, sorted) that ``line`` is
    one of: the rows of its table, beside which 'Achieved' is asked of its neighbours."""
    at = bisect_left(figures, line)
    if at == len(figures) or figures[at] != line:
        return []
    first, last = at, at
    while first > 0 and figures[first - 1] == figures[first] - 1:
        first -= 1
    while last + 1 < len(figures) and figures[last + 1] == figures[last] + 1:
        last += 1
    return list(figures[first : last + 1])
