"""Report stage: what happened to each file, in one line for people and in JSON for machines.

Reports hold counts, cell ranges and words, never a figure from the input.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from wpxl.model import Plan, Removal, Warning

REPORT_SCHEMA_VERSION = 1


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
    published_sheets: list[str] = field(default_factory=list)
    internal_sheets: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def result_from_plan(
    source: Path, output: Path, plan: Plan, tables: list[TableSummary], seconds: dict[str, float]
) -> FileResult:
    return FileResult(
        input=str(source),
        status="ok",
        output=str(output),
        sheets=len(plan.sheets),
        cells_rounded=plan.cells_rounded,
        totals_rebuilt=plan.totals_rebuilt,
        percentage_sheets=sum(1 for s in plan.sheets if s.name.endswith("%")),
        tables=tables,
        published_sheets=[s.name for s in plan.sheets if s.published],
        internal_sheets=[s.name for s in plan.sheets if not s.published],
        removed=list(plan.removals),
        warnings=list(plan.warnings),
        seconds={k: round(v, 3) for k, v in seconds.items()},
    )


def summary_line(result: FileResult) -> str:
    name = Path(result.input).name
    if not result.ok:
        return f"{name}: {result.status}"
    return (
        f"{name}: {result.sheets} sheets, {result.cells_rounded} cells rounded, "
        f"{result.totals_rebuilt} totals rebuilt, {result.percentage_sheets} percentage sheets, "
        f"{len(result.warnings)} warnings -> {result.output}"
    )


def write_json_report(results: list[FileResult], path: Path) -> None:
    from wpxl import __version__

    document = {
        "schema_version": REPORT_SCHEMA_VERSION,
        "wpxl_version": __version__,
        "files": [asdict(r) for r in results],
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
