"""The ``--html`` page of ``wpxl inspect``: each sheet drawn as a grid coloured by role.

One self-contained file (inline styles, no scripts, no fonts or images fetched), so it opens
the same on a machine with no network. The grid itself is ``wpxl.report.rolegrid``'s, shared with
the run report, and shows words only: figures appear as signs, never as numbers. The page never
leaves the analyst's machine, so unlike the run report's grid it shows every title and note.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from wpxl.report.inspect import Inspection, describe_sheet
from wpxl.report.rolegrid import every_word, legend_html, render_sheet_grid

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
</head>
<body style="margin:16px;font:13px sans-serif;color:#222;background:#fff">
<h1 style="font-size:18px;margin:0 0 4px">{title}</h1>
<p style="margin:0 0 8px;color:#555">What wpxl found in each sheet, before anything is shared.
Figures are shown as signs, never as numbers.</p>
{legend}
{sheets}
</body>
</html>
"""


def render_page(inspection: Inspection) -> str:
    sections = []
    for name in inspection.hidden_sheets:
        sections.append(
            f'<h2 style="font-size:15px;margin:16px 0 4px">Sheet {escape(name)!r}</h2>'
            "<p>Hidden: not carried into the output.</p>"
        )
    for analysis in inspection.analyses:
        summary = "\n".join(describe_sheet(analysis))
        sections.append(
            f'<section><h2 style="font-size:15px;margin:16px 0 4px">'
            f"Sheet &#8216;{escape(analysis.sheet.name)}&#8217;</h2>"
            f"{render_sheet_grid(analysis, shown=every_word)}"
            f'<pre style="font:11px monospace;background:#f7f7f7;padding:6px;'
            f'white-space:pre-wrap">{escape(summary)}</pre></section>'
        )
    return _PAGE.format(
        title=escape(f"wpxl inspect: {inspection.source.name}"),
        legend=legend_html(),
        sheets="\n".join(sections),
    )


def write_page(inspection: Inspection, target: Path) -> None:
    """Write the page next to its final name and move it into place (never half-written)."""
    partial = target.with_name(f".{target.name}.part")
    partial.write_text(render_page(inspection), encoding="utf-8")
    partial.replace(target)
