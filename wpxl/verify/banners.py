"""Every sheet of the copy opens with the line saying who may see it (published or internal).

The opening words are the banner templates' own, rendered here (wpxl.policy.wording), so a
banner the plan left out or changed is found whatever else the sheet holds.
"""

from __future__ import annotations

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof


def banners(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Every sheet opens with the line saying who may see it."""
    first = pair.cells.get((0, 0))
    text = first[0] if first is not None else None
    if isinstance(text, str) and text.startswith(banner_openings(proof.base)):
        return []
    return [Finding(pair.where((0, 0)), "no published/internal banner")]


def banner_openings(base: int) -> tuple[str, ...]:
    from wpxl.policy.wording import render

    return tuple(
        render(name, base=base, council=None, representative=None).split(" — ")[0]
        for name in ("banner_published.txt.j2", "banner_internal.txt.j2")
    )
