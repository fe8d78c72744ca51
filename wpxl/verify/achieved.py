"""The proof's own reading of a line headed only 'Achieved' or 'Validated' beside job starts.

Beside a line naming job starts (a column or a row of the same table), or among the lines of a
table of job starts ('Job starts by status': 'Achieved', 'In progress', 'Total'), one headed only
'Achieved' or 'Validated' ('No. achieved', 'of which achieved') counts the starts that achieved
an outcome, or whose claim was validated, or the rest ('Not yet achieved', 'Pending
validation': the starts less them are the outcomes); against a profile or a target ('Job starts
| Profile | Achieved') it counts the starts achieved. Every other status of a breakdown holding
one ('In progress', 'Left') counts outcomes too (``Statuses``), as does every other status of
a breakdown of the starts holding a line paid, claimed, lasting or sustained ('Not yet
due' and 'Ended' beside 'Paid', 'Validated', '26 weeks or more' or 'Sustained'): the starts
shown elsewhere less them give those back. Read here from the input's
words alone, never the analyse stage's (wpxl.analyse.starts_lines is the plan's reading).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property

from wpxl.verify.keyed_lines import Keys
from wpxl.verify.lasted import lasted_or_paid, names_period
from wpxl.verify.measure_words import Measures, as_words, names_a_rate
from wpxl.verify.staff_counts import counts_staff
from wpxl.verify.total_words import names_total

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

_OWN_COUNT = re.compile(  # events counted of their own ('Sanctions'): no status of a job start
    r"\b(?:sanction(?:s|ed)?|complaints?|appointments?|interviews?|vacanc(?:y|ies)"
    r"|doubts? raised|dnas?|did not attend|failed to attend)\b",
    re.I,
)


def counts_its_own(text: str) -> bool:
    """Whether a header names events counted of their own ('Sanctions'): no status of a start,
    nor a breakdown of the outcome line before it."""
    return _OWN_COUNT.search(" ".join(as_words(text).split())) is not None


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


class Statuses:
    """The lines of one sheet headed only 'Achieved' beside job starts, and the other statuses of
    a breakdown of the starts holding one ('In progress', 'Left' beside 'Achieved'): the starts
    shown elsewhere less those give the achieved back by difference, so the whole breakdown
    counts outcomes. A line naming a measure of its own ('Job starts'), a total or a period is
    no status."""

    def __init__(
        self,
        rows: Mapping[int, Sequence[tuple[int, str]]],
        numbers_by_col: Mapping[int, Sequence[int]],
        keys: Keys | None,
        measures: Measures,
    ) -> None:
        # the sheet's own words, never its reading (held here, that would make a cycle)
        self._rows, self._numbers_by_col = rows, numbers_by_col
        self._keys, self._measures = keys, measures
        self._held: dict[tuple[int, int, frozenset[int]], bool] = {}  # by block's first row

    def row(
        self, text: str, row: int, col: int, cols: set[int], titles: list[str], group: str = ""
    ) -> bool:
        """Whether the row labelled ``text`` (in the label columns ``cols``, under the header
        ``group``) counts outcomes of the starts, being 'Achieved' or another status of a block
        holding it or a line paid or lasting (under ``col``)."""
        figures = self._numbers_by_col.get(col, [])
        if bare_achieved(text):
            at = (row, max(cols))
            return self._achieved(text, labels_beside(self._rows, figures, row, cols), at, titles)
        if not self._any or not self._status(text):
            return False
        at = bisect_left(figures, row)
        if at == len(figures) or figures[at] != row:
            return False
        first = at
        while first > 0 and figures[first - 1] == figures[first] - 1:
            first -= 1
        key = (figures[first], col, frozenset(cols))
        if key not in self._held:
            last = first
            while last + 1 < len(figures) and figures[last + 1] == figures[last] + 1:
                last += 1
            block = figures[first : last + 1]
            self._held[key] = any(
                self._achieved(t, labels_beside(self._rows, figures, r, cols), (r, c), titles)
                for r in block for c, t in self._rows.get(r, ()) if c in cols and bare_achieved(t)
            ) or any(self._paid(t, group, titles) for r in block if r != row
                     for c, t in self._rows.get(r, ()) if c in cols)  # fmt: skip
        return self._held[key]

    def col(
        self, head: str, beside: list[tuple[int, str]], at: tuple[int, int], titles: list[str]
    ) -> bool:
        """Whether the column headed ``head`` (at ``at``) counts outcomes of the starts, being
        'Achieved' or another status beside it (``beside``: the other columns' headers)."""
        others = [t for _, t in beside]
        if self._achieved(head, others, at, titles):
            return True
        if bare_achieved(head) or not self._status(head):
            return False
        return any(
            (bare_achieved(t) and self._achieved(t, [head, *others], (at[0], c), titles))
            or self._paid(t, "", titles)
            for c, t in beside
        )

    @cached_property
    def _any(self) -> bool:
        """Whether the sheet holds a bare 'Achieved' label or a paid line: most hold neither, so
        no row's block is ever gathered. Read when first asked: a sheet of volumes asks only
        its columns' headers of the proof's reading of outcomes, never a status."""
        return any(bare_achieved(t) or self._paid(t, "", []) for texts in self._rows.values()
                   for _, t in texts)  # fmt: skip

    def _achieved(
        self, line: str, beside: list[str], at: tuple[int, int], titles: list[str]
    ) -> bool:
        """'Achieved' beside job starts (``achieved_by``) but where a key at ``at`` says not."""
        keyed = self._keys is not None and self._keys.keyed_other(line, at)
        return not keyed and achieved_by(line, beside, titles, self._measures.of_starts)

    def _paid(self, text: str, group: str, titles: list[str]) -> bool:
        """Whether a line's own words say its starts were paid, claimed or lasted (read with its
        ``group`` header and ``titles``: '26 weeks or more' under 'Time to start' is a time
        before the job; 'Sustained'): the rest of its breakdown gives them back."""
        words = " ".join(as_words(text).split())
        if not words or names_a_rate(words):  # 'Conversion rate' is no status of the starts
            return False
        return lasted_or_paid(words, group, " ".join(as_words(" ".join(titles)).split()))

    def _status(self, text: str) -> bool:
        """Whether a line's words could be a status of the starts: no measure, no total, no
        period ('Apr 2013': a table of the starts by month), no members of staff ('Advisers'
        beside 'Conversions' counts no starts)."""
        words = " ".join(as_words(text).split())
        plain = bool(words) and not names_total(words) and not names_period(words)
        plain = plain and not counts_staff(words) and not counts_its_own(words)
        return plain and self._measures.of(words) is None
