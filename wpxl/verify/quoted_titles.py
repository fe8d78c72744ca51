"""Invariant 3 for the titles wpxl's own sentences quote: the input's words, judged as such.

wpxl names a table in its warnings and removals on the cover, and in a percentage sheet's
intro, by the input's title ("table 'Job starts by office' on 'Offices'"). Its own sentences
are not read for amounts (wpxl.verify.amounts): they count what wpxl did. But a title quoted
in them is the input's words, and the plan's choice of which titles to quote is what this
proof must not trust: a title stating an amount about outcomes ('Job starts by office (every
Wakefield start reached a job outcome)') was removed from its sheet and went out on the cover
in a warning naming its table, and the copy passed its proof. So each title quoted so is
judged as a carried text is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from wpxl.verify.leaks import Finding

# wpxl's way of quoting a title: "table '<title>' on '<sheet>'", "(table '<title>')"
_QUOTED = re.compile(r"\btable '(.+?)'(?=\s+on\s+'|\))")


def quoted_titles(text: str) -> list[str]:
    """The titles a sentence of wpxl's quotes."""
    return _QUOTED.findall(text)


def stating_titles(
    texts: Iterable[tuple[str, str]], states: Callable[[str], bool], finding: str
) -> list[Finding]:
    """A finding at each place (of the ``texts``: place, text) whose sentence quotes a title
    that ``states`` an amount about outcomes."""
    return [
        Finding(where, finding)
        for where, text in texts
        if "table '" in text and any(map(states, quoted_titles(text)))
    ]
