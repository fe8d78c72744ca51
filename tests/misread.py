"""The proof's findings on the copy a real plan makes of a real input, as it stands or changed the
way a misreading would change it (for tests that the proof refuses such a copy on its own)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from tests.builders import write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import PLAIN, OutputCell, Plan
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import Finding, verify_output
from wpxl.write import write_plan

BANNER = 2  # rows the banner puts above a volume sheet's cells


def carried_rounded(counts: list[int], sheet: str = "Performance") -> Callable[[Plan], None]:
    """A change writing ``counts`` rounded to 20 (halves up) down column C of ``sheet`` from its
    first line under the header (row 3 of the input), as a plan that took outcomes for counts
    would carry them."""

    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == sheet).cells
        for row, count in enumerate(counts, start=3 + BANNER):
            cells[(row, 2)] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    return carried


def carried_text(text: str, at: tuple[int, int], sheet: str) -> Callable[[Plan], None]:
    """A change keeping ``text`` at the copy's place ``at`` of ``sheet``, as a plan that found
    nothing in it would carry it."""

    def carried(plan: Plan) -> None:
        next(s for s in plan.sheets if s.name == sheet).cells[at] = OutputCell(text, kind="kept")

    return carried


def proved(
    tmp_path: Path,
    source: Path,
    change: Callable[[Plan], None] | None = None,
    policy: Policy | None = None,
) -> list[Finding]:
    """The proof's findings on the copy of ``source`` its plan makes (under ``policy``, the
    defaults when None), as it stands or as ``change`` alters it (the way a misreading would)."""
    return _proved(tmp_path, source, {}, "kept", policy, change)


def misread_findings(
    tmp_path: Path,
    rows: list[list],
    written: dict[tuple[int, int], object],
    kind: str,
    cached: dict[tuple[str, str], object] | None = None,
    policy: Policy | None = None,
) -> list[Finding]:
    """The proof's findings on a copy of ``rows`` (sheet 'Referrals', its formulas' values
    ``cached`` as write_book takes them) whose plan writes the values ``written`` gives at their
    input places (kept as ``kind``: 'kept', 'rounded'; an OutputCell, a formula with its cached
    value, is written as it is), made under ``policy`` (the defaults when None)."""
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows}, cached=cached)
    return _proved(tmp_path, source, written, kind, policy or Policy())


def _proved(
    tmp_path: Path,
    source: Path,
    written: dict[tuple[int, int], object],
    kind: str,
    policy: Policy | None = None,
    change: Callable[[Plan], None] | None = None,
) -> list[Finding]:
    book = read_workbook(source)
    policy = policy or Policy()
    plan: Plan = make_plan(
        book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED)
    )
    if written:
        sheet = next(s for s in plan.sheets if s.name == "Referrals")
        for (row, col), value in written.items():
            planned = sheet.cells.get((row + BANNER, col))  # none where the plan removed it
            style = planned.style if planned is not None else PLAIN
            cell = value if isinstance(value, OutputCell) else OutputCell(value, kind=kind)
            sheet.cells[(row + BANNER, col)] = replace(cell, style=style)
    if change is not None:
        change(plan)
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return verify_output(output, plan, 20)
