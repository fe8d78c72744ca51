"""The workbook's own cell for each cell of the copy a refusal names.

A refused copy is deleted, and its cells stand lower than the workbook's (the banner's rows),
and higher or further left where the workbook hides rows or columns the copy leaves out. A
refusal naming "'Referrals' C15" sent the analyst to C15, where the figure is at C13, and every
piece of advice says to change the workbook at the cells named. Findings keep the copy's place
(``wpxl check`` names the copy the user holds); sanitise's refusal names the input's, worked
out from the same moves ``SheetPair.input_coord`` undoes. A cell with no input cell (the
banner, a percentage sheet, a regrouped sheet) keeps the copy's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wpxl.model.sheetref import a1, parse_a1
from wpxl.verify.books import carried_from
from wpxl.verify.leaks import Finding

_IN_A_SHEET = re.compile(r"^'(.+)' ([A-Z]{1,3}\d+)$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Moves:
    """How a volume sheet of the copy stands over the input's: the input sheet's name, as its
    tab shows it, and the rows and columns it hides (in order)."""

    name: str
    hidden_rows: list[int]
    hidden_cols: list[int]


def in_the_source(findings: list[Finding], moves: dict[str, Moves]) -> list[Finding]:
    """The findings, each naming a copy's cell also naming the input's (``Finding.source``)."""
    return [_named(finding, moves) for finding in findings]


def _named(finding: Finding, moves: dict[str, Moves]) -> Finding:
    found = _IN_A_SHEET.match(finding.part)
    moved = moves.get(found.group(1)) if found else None
    at = parse_a1(found.group(2)) if found else None
    if moved is None or at is None:
        return finding
    there = carried_from(at, moved.hidden_rows, moved.hidden_cols)
    if there is None:
        return finding
    return Finding(finding.part, finding.kind, f"'{moved.name}' {a1(*there)}")
