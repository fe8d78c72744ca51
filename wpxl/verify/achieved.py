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
from collections.abc import Callable, Mapping, Sequence

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


def bare_achieved(line: str) -> bool:
    """Whether a line is headed only 'Achieved', 'Validated' or the rest: most lines are not,
    and their table's other lines are then never gathered."""
    return _BARE_ACHIEVED.fullmatch(" ".join(as_words(line).split())) is not None


def achieved_by(
    line: str, beside: list[str], titles: list[str], of_starts: Callable[[list[list[str]]], bool]
) -> bool:
    """Whether a line headed only 'Achieved' or 'Validated' counts outcomes of the job starts
    a line ``beside`` it names, or the ``titles`` of its table (``of_starts`` tells: 'Job
    starts by status' over 'Achieved', 'In progress', 'Total'): neither those lines nor the
    titles name a profile or a target it is measured against."""
    if not bare_achieved(line) or not beside:
        return False
    if not (any(of_starts([[text]]) for text in beside) or of_starts([titles])):
        return False  # beside the starts, or among the lines of a table of them
    return not any(_MEASURED_AGAINST.search(as_words(t)) for t in [*beside, *titles])


def labels_beside(
    rows: Mapping[int, Sequence[tuple[int, str]]], figures: Sequence[int], row: int, cols: set[int]
) -> list[str]:
    """The words in the label columns ``cols`` of the other rows of ``row``'s table: the rows
    next to one another holding a figure in its column (``figures``, sorted)."""
    at = bisect_left(figures, row)
    if at == len(figures) or figures[at] != row:
        return []
    first, last = at, at
    while first > 0 and figures[first - 1] == figures[first] - 1:
        first -= 1
    while last + 1 < len(figures) and figures[last + 1] == figures[last] + 1:
        last += 1
    return [t for r in figures[first : last + 1] if r != row
            for c, t in rows.get(r, ()) if c in cols]  # fmt: skip
