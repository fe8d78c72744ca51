"""What ``--aggregate`` did to a sheet, said in the input's own cells so the proof can redo it.

The planner regroups a table before it is analysed again (wpxl.plan.regroup); the copy then
matches the regrouped sheet, not the input file. The proof (wpxl.verify.regrouped) takes the
regrouped sheet as its input only after checking it against the input sheet cell by cell with
these claims: every figure of a new line is the sum of the input's figures on the lines it
names, and nothing else on the sheet changed. A wrong claim is a finding, never an exemption.
"""

from __future__ import annotations

from dataclasses import dataclass

from wpxl.model import Coord, Sheet


@dataclass(frozen=True, slots=True)
class Regrouping:
    """One table regrouped along ``axis``: each new line sums the input's lines it names."""

    axis: str  # rows | columns: the lines merged
    lines: tuple[tuple[int, tuple[int, ...]], ...]  # new line -> the input lines summed into it
    labels: tuple[int, ...]  # lines across holding the names (label columns, header rows)
    across: tuple[int, ...]  # lines across holding the figures summed
    cleared: tuple[int, ...]  # the input's lines the table used to fill

    def at(self, line: int, other: int) -> Coord:
        return (line, other) if self.axis == "rows" else (other, line)


@dataclass(frozen=True, slots=True)
class RegroupedSheet:
    """An input sheet with its regrouped tables, and what was done to each."""

    sheet: Sheet
    tables: tuple[Regrouping, ...]
