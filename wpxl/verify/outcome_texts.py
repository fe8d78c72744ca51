"""The proof's own reading of outcome figures a copy's body shows in other shapes than counts.

A small outcome count written as a bound ("5 or fewer", "fewer than 5", "up to 5", "n<5") tells
its volume as plainly as "<5" does, and the rounding to 20 the guidance asks for would hide it.
A rate typed as text ("33%", or a ratio "3.0:1", "1 in 3") under the programme's names for an
outcome rate ("Conversion", "Performance", "MPL") or under outcome words gives the volume back
beside the rounded job starts or referrals it is a rate of: 33% of 420 starts is 139 outcomes,
within a few. So does such a
rate in whole percentages read as a count and rounded (33 to 40 under "Performance v MPL"): the
outcomes within a tenth of the starts. Read from the input's words around each cell (its
column's headers and its row's labels; for a number, its own header line or label, as a group
header "Performance" over job starts names no rate), never the analyse stage's; a rate of
anything else ("Share of starts") is no outcome's to refuse here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wpxl.policy import OUTCOME_RATE_CAPITALS, OUTCOME_RATE_WORDS
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.outcomes import OutcomeContext
from wpxl.verify.values import is_bound

if TYPE_CHECKING:  # the proof asks this module about each volume sheet's texts
    from wpxl.verify.proof import Proof

VOLUME = "an outcome or sustainment volume"
RATE = "an outcome rate typed as text (with the counts beside it, it gives outcomes back)"
RATE_FIGURE = "an outcome rate (with the counts beside it, it gives outcomes back)"
# "33%", or a ratio to one ("3.0:1", "1 : 3", "1 in 3", "3 to 1"): 420 starts at 3.0:1 are 140
_RATE_TEXT = re.compile(
    r"^\s*(?:[+-]?\d[\d,]*(?:\.\d+)?\s*%|\d[\d,]*(?:\.\d+)?\s*(?::|to)\s*1"
    r"|1\s*(?::|in)\s*\d[\d,]*(?:\.\d+)?)\s*$",
    re.IGNORECASE,
)
_RATE_WORDS = re.compile(
    rf"\b(?i:{'|'.join(map(re.escape, OUTCOME_RATE_WORDS))})"
    rf"|(?<!\w)(?:{'|'.join(map(re.escape, OUTCOME_RATE_CAPITALS))})(?!\w)"
)


def _plain(text: str) -> str:
    return " ".join(text.split())


def outcome_texts(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Each text of a volume sheet's body that bounds an outcome volume, or states a rate under
    an outcome rate's or an outcome's words."""
    context, source = pair.context, pair.source
    if pair.kind != "volume" or context is None or source is None:
        return []
    found = []
    rated = any(
        isinstance(cell.value, str) and _RATE_WORDS.search(cell.value)
        for cell in source.cells.values()
    )
    for coord, (value, formula, _) in pair.cells.items():
        if isinstance(value, float):
            at = pair.input_coord(coord) if rated and formula is None else None
            if at is not None and _names_outcome_rate(pair, context, at, own=True):
                found.append(Finding(pair.where(coord), RATE_FIGURE))
            continue
        if not isinstance(value, str):
            continue
        plain = _plain(value)
        bound, rate = is_bound(plain), bool(_RATE_TEXT.match(plain))
        at = pair.input_coord(coord) if bound or rate else None
        if at is None:
            continue
        if bound and context.is_outcome(at):
            found.append(Finding(pair.where(coord), VOLUME))
        elif rate and (context.is_outcome(at) or _names_outcome_rate(pair, context, at)):
            found.append(Finding(pair.where(coord), RATE))
    return found


def _names_outcome_rate(
    pair: SheetPair, context: OutcomeContext, at: Coord, own: bool = False
) -> bool:
    """Whether the input's headers over the cell or the labels left of it name an outcome rate
    in the programme's words ("Conversion rate", "Performance v MPL"); ``own``: only its own
    header line (the nearest) and its own label (the nearest left of it)."""
    cells = pair.source.cells if pair.source is not None else {}
    row, col = at
    labels = [
        cell.value
        for c in range(col)
        if (cell := cells.get((row, c))) is not None and isinstance(cell.value, str)
    ]
    headers = context.headers(at)
    if own:
        headers, labels = headers[-1:], labels[-1:]
    return any(_RATE_WORDS.search(_plain(t)) for t in [*headers, *labels])
