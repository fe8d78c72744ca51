"""What happened to one file, as plain data: the JSON report, the HTML page and the terminal's
table are each a view of these."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from wpxl.model import Plan, Removal, TableQuality, Warning
from wpxl.plan.contacts import holds_contact_details
from wpxl.plan.quoting import states_an_amount
from wpxl.plan.worded_amounts import states_an_amount_in_words
from wpxl.read.quoted_figures import could_quote_a_figure, figures_stated, numbers_in_text

WITHHELD = "(withheld: the copy does not show it)"


@dataclass(slots=True)
class TableSummary:
    sheet: str
    index: int
    range: str
    title: str
    measure: str
    roles: dict[str, int]
    totals: int
    # where the title's cells are, named as the plan's removals name them ("'Pack' A1"), so a
    # title the copy took out is withheld too; not part of the reports
    title_at: tuple[str, ...] = ()


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
    # where a release's proved copy waits until the register logs it (wpxl.release); not part
    # of the JSON report
    staged: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def report_title(title: str, outcomes: bool) -> str:
    """A table's title as the reports may repeat it, judged before the workbook's figures are
    known: not one holding contact details, nor, for a table that may hold outcomes (whose
    title the percentage sheet does not carry), one stating any amount ("excl. 3 prison
    leavers"), which would be an outcome volume however small."""
    if holds_contact_details(title):
        return WITHHELD
    if outcomes and (states_an_amount(title) or states_an_amount_in_words(title)):
        return WITHHELD
    if outcomes and could_quote_a_figure(title, label=False):
        return WITHHELD
    return title


def result_from_plan(
    source: Path, output: Path, plan: Plan, tables: list[TableSummary], seconds: dict[str, float]
) -> FileResult:
    """The file's result; a table's title is withheld where the copy does not show it: a title
    cell the plan took out of the copy (for any reason: an unrounded figure, a count under the
    base, contact details), or a title quoting a figure the copy must not show."""
    removed = {r.where for r in plan.removals if r.kind == "text"}
    for table in tables:
        if any(place in removed for place in table.title_at) or any(
            n in plan.forbidden_numbers for n in numbers_in_text(table.title)
        ):
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
        quality=[_labels_shown(q, plan.forbidden_numbers) for q in plan.quality],
        published_sheets=[name for name, published in plan.outline if published],
        internal_sheets=[name for name, published in plan.outline if not published],
        removed=list(plan.removals),
        warnings=list(plan.warnings),
        seconds={k: float(f"{v:.3f}") for k, v in seconds.items()},
    )


def _labels_shown(quality: TableQuality, forbidden: Collection[float]) -> TableQuality:
    """A total's label as the reports may repeat it: one quoting a figure the copy must not
    show, shaped like a year or small ("ESA Flow (2059 referrals)", "ESA flow (3)"), is
    withheld, as the copy took it out."""
    errors = tuple(
        replace(e, label=WITHHELD) if _quotes(e.label, forbidden) else e for e in quality.errors
    )
    return quality if errors == quality.errors else replace(quality, errors=errors)


def _quotes(label: str, forbidden: Collection[float]) -> bool:
    if not any(ch.isdigit() for ch in label):  # most labels: no figure at all
        return False
    quoted = [*numbers_in_text(label, years=False), *figures_stated(label)]
    return any(n in forbidden for n in quoted)
