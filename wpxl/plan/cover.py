"""The first sheet, "About this workbook": where it came from, the rules, who may see what."""

from __future__ import annotations

import re

from wpxl.model import OutputCell, OutputSheet, Removal, Style, Warning
from wpxl.model.layout import BANNER_ROWS, COVER_NAME
from wpxl.policy.wording import render, render_lines

HEADING = Style(bold=True, font_size=12.0)
BOLD = Style(bold=True)
TEXT = Style(wrap=True, v_align="top")  # one wide column, long lines wrapped: prints as it reads
# What wpxl found in the input and left out is named on the cover, never counted: the number of
# hidden lines or comments can be a count of people (a line per job outcome, collapsed under
# its area's). The analyst's report keeps the count.
_FOUND = re.compile(r"^\d+ found; ")


def plan_cover(
    sheets: list[tuple[str, bool]],
    removals: list[Removal],
    warnings: list[Warning],
    context: dict[str, object],
) -> OutputSheet:
    cover = OutputSheet(name=COVER_NAME)
    lines: list[tuple[str, Style]] = []
    intro = render_lines("cover.txt.j2", **context)
    lines.append((intro[0], HEADING))
    lines.extend((line, TEXT) for line in intro[1:])
    lines.append(("", TEXT))
    lines.append(("Sheets in this workbook", BOLD))
    for name, published in sheets:  # (name, published) of each sheet after the cover
        status = render("cover_status.txt.j2", published=published)
        lines.append((f"{name} — {status}", TEXT))
    lines.append(("", TEXT))
    warnings = [w for w in warnings if w.cover != ""]  # "": for the analyst, not the council
    lines.append((f"Warnings ({len(warnings)})", BOLD))
    lines.extend((f"- {w.where}: {w.cover or w.message}", TEXT) for w in warnings)
    if not warnings:
        lines.append(("None.", TEXT))
    lines.append(("", TEXT))
    lines.append((f"Removed from the source ({len(removals)})", BOLD))
    lines.extend((f"- {r.kind}, {r.where}: {_FOUND.sub('', r.why)}", TEXT) for r in removals)
    if not removals:
        lines.append(("Nothing.", TEXT))
    for i, (text, style) in enumerate(lines):
        if text:
            cover.cells[(BANNER_ROWS + i, 0)] = OutputCell(text, style=style, kind="wpxl")
    cover.col_widths = {0: 120.0}
    return cover
