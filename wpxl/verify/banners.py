"""Every sheet of the copy opens with the line saying who may see it (published or internal).

The opening words are the banner templates' own, rendered here (wpxl.policy.wording), so a
banner the plan left out or changed is found whatever else the sheet holds. Where the user's
list of published sheets is known (sanitise's ``--published`` and the policy's), a sheet not
on it saying it is published is found too: internal MI so marked could be passed on.
"""

from __future__ import annotations

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof

NOT_PUBLISHED = "a published banner on a sheet the user did not publish"


def banners(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Every sheet opens with the line saying who may see it."""
    first = pair.cells.get((0, 0))
    text = first[0] if first is not None else None
    openings = banner_openings(proof.base)
    if not isinstance(text, str) or not text.startswith(openings):
        return [Finding(pair.where((0, 0)), "no published/internal banner")]
    published = proof.published
    if (
        published is not None
        and text.startswith(openings[0])
        and pair.name.lower() not in published
    ):
        return [Finding(pair.where((0, 0)), NOT_PUBLISHED)]
    return []


def banner_openings(base: int) -> tuple[str, ...]:
    from wpxl.policy.wording import render

    return tuple(
        render(name, base=base, council=None, representative=None).split(" — ")[0]
        for name in ("banner_published.txt.j2", "banner_internal.txt.j2")
    )
