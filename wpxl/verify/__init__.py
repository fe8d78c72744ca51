"""Verify stage: prove a copy safe and right from the copy and its input alone.

The proof reads the written file as the zip it is and the input through wpxl.read, and holds
the invariants of ``wpxl.verify.invariants.INVARIANTS`` (issue 14) between them: totals honest
against the input, every number allowlisted, no outcome volume, nothing hidden carried, no input
number format, years only as labels, no total over removed parts. It imports nothing from the
analyse or plan stages (an import-linter contract in pyproject.toml holds it to that), so a
misreading there cannot also blind the proof. Findings name the sheet and cell (or the part of
the package) and the kind, never the value.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

from wpxl.model import Plan
from wpxl.model.regrouping import RegroupedSheet
from wpxl.policy import Policy
from wpxl.read import ReadInput
from wpxl.verify.advice import what_to_change
from wpxl.verify.alongside import Spare, standing_by
from wpxl.verify.invariants import INVARIANTS, Invariant
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import prove


def verify_output(
    path: Path,
    plan: Plan,
    base: int,
    policy: Policy | None = None,
    regrouped: Mapping[str, RegroupedSheet] | None = None,
    read: ReadInput | None = None,
    published: Collection[str] = (),
    alongside: bool = True,
    spare: Spare | None = None,
) -> list[Finding]:
    """Every finding that makes ``path`` unsafe to share; an empty list is the proof.

    The plan is used only for where the input is (``plan.source``): no decision of the plan
    exempts anything. ``policy`` gives the outcome words (default: the built-in ones with
    ``base``). ``regrouped`` holds the sheets ``--aggregate`` rebuilt, by input sheet name: the
    copy is compared with them, and they are held to the input's own counts. ``read``: the
    input as wpxl.read read it earlier in the run, not parsed again. ``published``: the sheets
    the user said are published (the policy's too): no other sheet may say so. ``alongside``:
    whether a second process may share the proof of a large copy (wpxl.verify.alongside):
    ``spare``, made as the run started, or one made here."""
    chosen = policy if policy is not None else Policy(rounding_base=base)
    if chosen.rounding_base != base:
        chosen = Policy(**{**_fields(chosen), "rounding_base": base})
    return prove(path, plan.source, chosen, regrouped, read, published, alongside, spare)


def _fields(policy: Policy) -> dict[str, object]:
    return {name: getattr(policy, name) for name in policy.__dataclass_fields__}


__all__ = [
    "INVARIANTS",
    "Finding",
    "Invariant",
    "Spare",
    "standing_by",
    "verify_output",
    "what_to_change",
]
