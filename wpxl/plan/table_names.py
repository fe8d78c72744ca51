"""How messages name a table: by its title, not by its place among the sheet's tables.

The cover's warnings and removals named each table by its number on its sheet ('table 1 on
'Offices''), which the copy shows nowhere: a council officer had to count blocks down a sheet
to find which a warning was about, and every table of a one-table pack was 'table 1'. A table
is named by its title now ("table 'Referrals by office, April 2026' on 'Offices'"), where its
title is one a percentage sheet's intro may repeat (``figure_free``: it quotes no figure,
states no amount, names no person) and no other table of its sheet has the same one; a long
title is cut at a word. A title holding any number but a year, an age band ('18-24', '50+') or
its own 'Table 2:' keeps its number too: the proof reads wpxl's own sentences less strictly
than a title (a small number in them is wpxl's count), so a count a title states, which the
sheet's copy of the title was judged for, would pass on the cover unjudged. A digit between
letters ('A4e', 'G4S': a provider's name) is no number: no count is written so, and the proof
reads none there. A sentence describing the sheet's layout ('This worksheet contains one
table.', GSS's) is no part of the name. Other tables keep their number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wpxl.model import SheetAnalysis
from wpxl.plan.contacts import holds_contact_details
from wpxl.plan.outcome_events import without_units
from wpxl.plan.quoting import states_an_amount
from wpxl.plan.title_lines import without_layout
from wpxl.plan.worded_amounts import states_an_amount_in_words
from wpxl.read.quoted_figures import could_quote_a_figure

LONGEST = 60  # characters of a title a message repeats
# the numbers a title may hold and be repeated: its own number, years, age bands
_NAMING = re.compile(
    r"^\s*(?:table|figure|annex)\s+\d{1,3}[a-z]?\b|\b(?:19|20)\d\d(?:\s*[-/\u2013]\s*\d{2,4})?\b"
    r"|\b\d{2}\s*[-\u2013]\s*\d{2}\b|\b\d{2}\s*\+|(?<=[A-Za-z])\d+(?=[A-Za-z])",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


def figure_free(text: str | None) -> str | None:
    """The text, or None if it could quote a figure (any number of 25 or more that is not a
    year or a date's day, or a stated count) or states any other amount ("excl. 3 prison
    leavers") or one with no number ("none in Wakefield": wpxl.plan.worded_amounts): an outcome
    table's words may state a volume of any size, so they are judged as a note's words about
    outcomes are, not as a label's; or None if it names a person (the period the intro
    repeats runs to the title's end: "..., 2013/14 - prepared by Jane Smith")."""
    if text is None or could_quote_a_figure(text, label=False):
        return None
    if states_an_amount(without_units(text)):  # 'Job outcomes (thousands)' says a unit
        return None
    if states_an_amount_in_words(text):  # 'Job starts (every Wakefield start reached a JO)'
        return None
    return None if holds_contact_details(text) else text


def name_tables(analyses: Iterable[SheetAnalysis]) -> None:
    """Give each table whose title may be repeated its name by title (see the doc)."""
    for analysis in analyses:
        titles = [without_layout(t.title) for t in analysis.tables]
        for table, title in zip(analysis.tables, titles, strict=True):
            if table.called is not None or not title or titles.count(title) > 1:
                continue
            if figure_free(title) is not None and not _DIGIT.search(_NAMING.sub(" ", title)):
                table.called = f"table '{_cut(title)}' on '{table.sheet}'"


def _cut(title: str) -> str:
    """The title, cut at a word to ``LONGEST`` characters with '...' where longer (a cut
    through a number would show a number the title does not hold)."""
    if len(title) <= LONGEST:
        return title
    words = title[: LONGEST + 1].split(" ")[:-1]
    return (" ".join(words) or title[:LONGEST]).rstrip(" ,;:-") + "..."
