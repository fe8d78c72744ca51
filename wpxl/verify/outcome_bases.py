"""Invariant 3 for a base: no count stated as a base or total on a sheet of outcomes.

A provider's own breakdown of outcomes often states its base under it ("n = 380", "Base: 380",
"Total: 380"): the number of job outcomes the shares are of, an outcome volume, rounded to 20 or
not, though no word beside it names outcomes. So no text of a copied sheet (not its banner)
states a count so where the input sheet's words (its title, a header, a note) name outcomes.
Read here from the input sheet and the policy's words alone, and only on a sheet whose copy
states such a count.
"""

from __future__ import annotations

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof
from wpxl.verify.values import number_tokens, stated

OUTCOME_BASE = "a count stated as a base or total on a sheet of outcomes"


def no_outcome_bases(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Each text of a volume sheet's copy stating a count as a base, where the input sheet's
    words name outcomes."""
    sheet = pair.original or pair.source  # the input sheet, not its regrouping
    if pair.kind != "volume" or sheet is None:
        return []
    stating = pair.stating(proof.base, _states_a_count)
    if not stating:
        return []  # most sheets: their words are not read
    texts = (c.value for c in sheet.cells.values() if isinstance(c.value, str))
    if not any(proof.measures.of(text) == "outcome" for text in texts):
        return []
    return [Finding(pair.where(coord), OUTCOME_BASE) for coord, _ in stating]


def _states_a_count(text: str) -> bool:
    return any(stated(before, value) for value, before, _, _ in number_tokens(text))
