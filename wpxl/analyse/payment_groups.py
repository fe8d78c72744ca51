"""Lines named by Work Programme payment groups, none of which is a total of the others.

'JSA 18-24 | JSA 25+ | ESA Flow | ESA Ex-IB ...' down a table: each payment group holds its own
participants, never those of another group, whatever its figures add up to. Small counts add
up by chance ('JSA Ex-IB' 2, 3, 3 the sum of 'ESA Ex-IB' 0, 1, 1 and 'JSA Early Access' 2, 2, 2),
and a reading by arithmetic alone rewrote such a line as a SUM of the two above it, a real count
shown as a total it is not. Words win: a line named a payment group is no total of lines named
other payment groups. A line of other words ('JSA', 'All ESA', 'ESA Flow' over 'ESA Flow - 12
month prognosis') is read by arithmetic as before. The proof holds its own list of the groups
(wpxl.verify.payment_group_lines), so a name wrongly added here is not trusted there too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wpxl.analyse.sibling_values import names_a_sibling

_GROUPS = frozenset(
    {
        "jsa 18-24",
        "jsa 25+",
        "jsa early access",
        "jsa ex-ib",
        "jsa ex-incapacity benefit",
        "jsa prison leavers",
        "esa volunteers",
        "esa flow",
        "esa ex-ib",
        "ib/is volunteers",
    }
)
_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")


def _name(label: str) -> str:
    return _DASH.sub("-", " ".join(label.split()).casefold())


def payment_groups_alone(labels: Iterable[str]) -> bool:
    """Whether every label names a payment group, none twice: lines none of which is a total."""
    names = [_name(label) for label in labels]
    return bool(names) and set(names) <= _GROUPS and len(set(names)) == len(names)


def words_over_arithmetic(
    tree: dict[int, list[int]], labels: dict[int, str]
) -> dict[int, list[int]]:
    """The tree without the totals that are payment groups over payment groups, or values of a
    characteristic over another of its values ('Male' over 'Female': ``sibling_values``), and
    that no other total adds up, read again until none is left (a payment group over one such
    goes first, then the one under it). A total the tree adds up into another is left: the other
    total, the book's own, counts it for the lines under it, not beside them."""
    tree = dict(tree)
    while True:
        under = set().union(*tree.values())
        dropped = [
            line
            for line, parts in tree.items()
            if line not in under
            and (
                payment_groups_alone(named := [labels.get(x, "") for x in (line, *parts)])
                or names_a_sibling(named[0], named[1:])
            )
        ]
        if not dropped:
            return tree
        for line in dropped:
            del tree[line]
