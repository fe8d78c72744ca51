"""What happened to one file, as plain data: the JSON report, the HTML page and the terminal's
table are each a view of these."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wpxl.model import Plan, Removal, TableQuality, Warning
from wpxl.read.quoted_figures import numbers_in_text

WITHHELD = "(withheld: it quotes a figure)"


@dataclass(slots=True)
class TableSummary:
    sheet: str
    index: int
    range: str
    title: str
    measure: str
    roles: dict[str, int]
    totals: int


@dataclass(slots=True)
class FileResult:
    input: str
    status: str  # ok | refused | failed
    output: str | None = None
    message: str | None = None
    sheets: int = 0
    cells_rounded: int = 0
    totals_rebuilt: int = 0
    percentage_sheets: int = 0
    tables: list[TableSummary] = field(default_factory=list)
    quality: list[TableQuality] = field(default_factory=list)
    published_sheets: list[str] = field(default_factory=list)
    internal_sheets: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    # (sheet name, HTML role grid) for the HTML report; not part of the JSON report
    grids: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def result_from_plan(
    source: Path, output: Path, plan: Plan, tables: list[TableSummary], seconds: dict[str, float]
) -> FileResult:
    for table in tables:
        if any(n in plan.forbidden_numbers for n in numbers_in_text(table.title)):
            table.title = WITHHELD
    return FileResult(
        input=str(source),
        status="ok",
        output=str(output),
        sheets=len(plan.outline),
        cells_rounded=plan.cells_rounded,
        totals_rebuilt=plan.totals_rebuilt,
        percentage_sheets=sum(1 for name, _ in plan.outline if name.endswith("%")),
        tables=tables,
        quality=list(plan.quality),
        published_sheets=[name for name, published in plan.outline if published],
        internal_sheets=[name for name, published in plan.outline if not published],
        removed=list(plan.removals),
        warnings=list(plan.warnings),
        seconds={k: float(f"{v:.3f}") for k, v in seconds.items()},
    )
