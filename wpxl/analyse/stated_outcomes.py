"""An outcome figure typed as text with words about it ('about 140', '140 (est.)', '140-159').

An analyst types a provisional or estimated outcome figure as text, with the words that say so.
Read as text, it was kept where it stood beside the rounded job starts: it quotes no unrounded
figure (140 is a multiple of the base), yet it is an outcome volume, which may never be shown
(guidance R2). A text stating a number, in digits or in words ('a dozen', 'a few' too), among
the figures of a line that counts outcomes is removed, and listed; a marker or note stating none
('[c]', 'n/a', 'Not yet known', '[note 3]') stays.
"""

from __future__ import annotations

import re

from wpxl.analyse.body import cells_in_role
from wpxl.model import Cell, Coord, Role, Table
from wpxl.read.idioms import idiom_number, says_few
from wpxl.read.quoted_figures import spells_a_number

STATED_OUTCOME = "an outcome figure written as text (outcome volumes are never shared)"
_DIGIT = re.compile(r"\d")
# a reference to a note alone ('[note 3]', '(see note 3a)', 'Note 12'): the GSS standard's
# 'Notes' column beside a line of outcomes numbers its notes, not its people
_NOTE = re.compile(r"^\s*[\[(]?\s*(?:see\s+)?notes?\s*\d+[a-z]?\s*[\])]?\s*$", re.IGNORECASE)


def drop_stated_outcomes(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    if not table.may_hold_outcomes:
        return  # most tables
    for coord in cells_in_role(table, roles, Role.TEXT):
        value = cells[coord].value
        if not isinstance(value, str) or not _states_a_number(value):
            continue
        if _NOTE.match(value):
            continue
        if table.measure_of(coord).is_outcome:
            roles[coord], reasons[coord] = Role.DROPPED, STATED_OUTCOME


def _states_a_number(text: str) -> bool:
    """Whether a text holds a number in digits or in words, names one ('a dozen'), or says
    only that there are few ('a handful'): each an amount where an outcome's figure stood."""
    return bool(_DIGIT.search(text) or spells_a_number(text) or says_few(text)) or (
        idiom_number(text) is not None
    )
