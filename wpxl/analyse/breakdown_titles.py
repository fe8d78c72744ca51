"""A title naming outcomes alone, then what they are broken down by: its lines are kinds.

'Job outcomes by referral source' over 'JCP referral' and 'Self-referral', 'Job outcomes by
route' over 'Referred by Jobcentre Plus', 'Job outcomes by job start' over 'Full-time job
start': each line's words hold another measure's word, but they name a kind of the breakdown,
not a line of referrals or starts. Read as their own words say, such lines were shown as
counts rounded to 20: outcome volumes (a leak the proof passed, reading them alike). Under such
a title no line's words make it another measure; a title naming another measure too ('Referrals
and job outcomes by area'), or a rate ('Job outcome rate by area'), leaves its lines their own.
A column headed by another measure's plural name alone ('Referrals', 'Job starts', 'Number of
attachments') is no kind: 'Job outcomes by referral cohort' over 'Referrals' and '3 months',
'6 months' counts the cohort's referrals beside its outcomes; so does the measure's participle
after a word for a number or for people ('Number referred', 'People referred'), as cohort
tables head their referrals ('Referred' alone may be a kind: 'Referred | Not referred'). The
proof reads such titles and headers for itself (wpxl.verify.outcomes).

A title listing two measures ('Referrals and job outcomes by office') over a table whose label
column is headed by one of them alone ('Referrals') names what the table holds no better than
its header: the header says which of the two it counts, and the table's referrals are shown
rounded, not turned into outcome shares (``header_picked``). So does such a header over a
column of figures with no header of its own, before a column headed by another measure
('Referrals | (blank) | Job outcomes'): the unheaded figures are the header's measure (the
analyst's header one column left of its figures), not the title's outcome (``corner_owned``);
the proof reads them so too (wpxl.verify.corner_heads).
"""

from __future__ import annotations

import re

from wpxl.analyse.words import header_measure, is_rate_words, measures_named, outcome_named
from wpxl.model import Measure

_BY = re.compile(r"\bby\b", re.IGNORECASE)
_COUNTED = re.compile(r"^(?:(?:total|all|number\s+of|no\.?\s+of)\s+)?(.*?)(?:\s*\(n\))?$")
# 'Number referred', 'People referred': a participle among the measure's words ('referred')
_PARTICIPLE = re.compile(
    r"^(?:total|number|no\.?|people|participants|customers|individuals)\s+(\w+ed)(?:\s*\(n\))?$"
)


def outcomes_by(title: str, measure_words: dict[Measure, tuple[str, ...]]) -> bool:
    """Whether ``title`` names outcomes, and no other measure nor a rate, before its 'by'."""
    parts = _BY.split(title, maxsplit=1)
    if len(parts) < 2 or is_rate_words(parts[0]):
        return False
    measure = header_measure(parts[0], measure_words)
    if measure is None or not measure.is_outcome:
        return False
    named = {word.lower() for word in measures_named(parts[0], measure_words)}
    others = {w.lower() for m, words in measure_words.items() if not m.is_outcome for w in words}
    return not named & others


def names_a_measure_alone(
    text: str, measure_words: dict[Measure, tuple[str, ...]]
) -> Measure | None:
    """The measure other than outcomes a header names by its plural name and nothing else
    ('Referrals', 'Job starts', 'No. of attachments'), or None: a kind of a breakdown is named
    with more words ('JCP referral', 'Full-time job start')."""
    plain = " ".join(text.lower().split())
    name, participle = _COUNTED.match(plain), _PARTICIPLE.match(plain)
    said = name.group(1) if name is not None else ""
    done = participle.group(1) if participle is not None else None
    for measure, words in measure_words.items():
        if not measure.is_outcome and said in {w if w.endswith("s") else f"{w}s" for w in words}:
            return measure
        if not measure.is_outcome and done in {w.lower() for w in words}:
            return measure
    return None


def _listed_beside_outcomes(
    title: str, measure: Measure, measure_words: dict[Measure, tuple[str, ...]]
) -> bool:
    """Whether ``title`` names ``measure`` (no outcome) and an outcome together before its
    'by' ('Referrals and job outcomes by office', 'Job outcomes and referrals'): a list of the
    measures a workbook holds, of which a table's own header picks one."""
    listed = _BY.split(title, maxsplit=1)[0]
    named = {word.lower() for word in measures_named(listed, measure_words)}
    words = {word.lower() for word in measure_words.get(measure, ())}
    outcomes = {w.lower() for m, ws in measure_words.items() if m.is_outcome for w in ws}
    return bool(named & words) and bool(named & outcomes)


def header_picked(
    titles: list[str],
    heads: list[str],
    figure_heads: list[str],
    measure_words: dict[Measure, tuple[str, ...]],
) -> Measure | None:
    """The measure the label column's header names alone ('Referrals') where a title lists it
    beside an outcome ('Referrals and job outcomes by office') and no header over the figures
    names a word (``figure_heads``): the label column's header then heads the table's one
    line of figures, and picks which of the two it counts (read as the title's outcome, the
    referrals went as outcome shares). Headers over the figures name the columns for
    themselves ('Leeds', 'Job outcomes'): the title's outcome stays the table's, as the
    proof reads it (wpxl.verify.measure_words ``own_title_rows``)."""
    if figure_heads or outcome_named(heads, measure_words) is not None:
        return None
    named = (names_a_measure_alone(text, measure_words) for text in heads)
    measure = next((m for m in named if m is not None), None)
    listed = measure is not None and any(
        _listed_beside_outcomes(t, measure, measure_words) for t in titles
    )
    return measure if listed else None


def corner_owned(
    corner: list[str],
    col_heads: dict[int, list[str]],
    label_cols: list[int],
    measure_words: dict[Measure, tuple[str, ...]],
) -> dict[int, Measure]:
    """The measure of each figure column with no header words right of the label columns and
    before the first headed column, where the label columns' header (``corner``) names a
    measure alone and a column after them is headed (see the doc); ``col_heads``: each figure
    column's header lines."""
    named = [m for text in corner if (m := names_a_measure_alone(text, measure_words))]
    if len(named) != 1 or not label_cols:
        return {}
    unheaded = []
    for col in sorted(c for c in col_heads if c > max(label_cols)):
        if col_heads[col]:
            return dict.fromkeys(unheaded, named[0])
        unheaded.append(col)
    return {}  # no column is headed: header_picked reads a title listing two measures
