"""The run report as one self-contained page an analyst would rather look at than read.

Warnings come first; then, per workbook, what was done, a chart of how far rounding has likely
moved the totals of each table where it is far (read from the rounded figures alone), and per
sheet the role grid (``rolegrid``).
The page has no script, no web font and no link to anything: it opens offline and can be
attached to an e-mail. Like the JSON report it shows counts of cells, thresholds and coarse
bands of error only, never a figure from the input.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from wpxl import __version__
from wpxl.model import TableQuality
from wpxl.plan.quality import BAND_LABELS, ERROR_BANDS
from wpxl.policy.wording import render_html
from wpxl.report.results import FileResult
from wpxl.report.rolegrid import legend_html

CHART_WIDTH = 360  # pixels for the whole band scale
LABEL_WIDTH = 230
ROW_HEIGHT = 20
BAND_COLOURS = ("#9ccc65", "#ffd54f", "#ffa726", "#ef6c00", "#c62828")


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    band: str
    width: int
    colour: str
    y: int


@dataclass(frozen=True, slots=True)
class Chart:
    """How far rounding has likely moved each total of one table, in bands: inline SVG."""

    table: str
    bars: tuple[Bar, ...]
    height: int
    ticks: tuple[tuple[int, str], ...]
    threshold_x: int | None


def render_html_report(results: list[FileResult]) -> str:
    """The page for one run: every file's warnings at the top, then each file in turn."""
    files = [
        {
            "result": r,
            "name": Path(r.input).name,
            "charts": [c for q in r.quality if (c := error_chart(q))],
            "grids": [(sheet, Markup(html)) for sheet, html in r.grids],
            "removed_by_kind": _count_kinds(r),
        }
        for r in results
    ]
    return render_html(
        "report.html.j2",
        version=__version__,
        files=files,
        warnings=[(Path(r.input).name, w) for r in results for w in r.warnings],
        refused=[r for r in results if not r.ok],
        legend=Markup(legend_html()),
        band_labels=BAND_LABELS,
        band_colours=BAND_COLOURS,
        label_width=LABEL_WIDTH,
        chart_width=CHART_WIDTH,
    )


def error_chart(quality: TableQuality) -> Chart | None:
    """Bars of the error band of each total, for a table where some total moves a lot."""
    if not quality.totals_over:
        return None
    step = CHART_WIDTH // len(BAND_LABELS)
    bars = tuple(
        Bar(
            label=f"{e.cell} {e.label}".strip(),
            band=BAND_LABELS[e.band],
            width=step * (e.band + 1),
            colour=BAND_COLOURS[e.band],
            y=i * ROW_HEIGHT,
        )
        for i, e in enumerate(sorted(quality.errors, key=lambda e: (-e.band, e.cell)))
    )
    ticks = tuple((step * (i + 1), f"{edge:.0%}") for i, edge in enumerate(ERROR_BANDS))
    threshold = next(
        (
            x
            for (x, _), edge in zip(ticks, ERROR_BANDS, strict=True)
            if edge == quality.total_error_share
        ),
        None,
    )
    return Chart(quality.table, bars, len(bars) * ROW_HEIGHT, ticks, threshold)


def _count_kinds(result: FileResult) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for removal in result.removed:
        counts[removal.kind] = counts.get(removal.kind, 0) + 1
    return sorted(counts.items())
