"""The first sheet, "About this workbook": where it came from, the rules, who may see what."""

from __future__ import annotations

from wpxl.model import OutputCell, OutputSheet, Removal, Style, Warning
from wpxl.plan.placement import BANNER_ROWS
from wpxl.wording import render, render_lines

COVER_NAME = "About this workbook"
HEADING = Style(bold=True, font_size=12.0)
BOLD = Style(bold=True)


def plan_cover(
    sheets: list[OutputSheet],
    removals: list[Removal],
    warnings: list[Warning],
    context: dict[str, object],
) -> OutputSheet:
    cover = OutputSheet(name=COVER_NAME)
    lines: list[tuple[str, Style] | tuple[str, str, Style]] = []
    intro = render_lines("cover.txt.j2", **context)
    lines.append((intro[0], HEADING))
    lines.extend((line, Style()) for line in intro[1:])
    lines.append(("", Style()))
    lines.append(("Sheets in this workbook", BOLD))
    for sheet in sheets:
        status = render("cover_status.txt.j2", published=sheet.published)
        lines.append((sheet.name, status, Style()))
    lines.append(("", Style()))
    lines.append((f"Warnings ({len(warnings)})", BOLD))
    lines.extend((f"- {w.where}: {w.cover or w.message}", Style()) for w in warnings)
    if not warnings:
        lines.append(("None.", Style()))
    lines.append(("", Style()))
    lines.append((f"Removed from the source ({len(removals)})", BOLD))
    lines.extend((f"- {r.kind}, {r.where}: {r.why}", Style()) for r in removals)
    if not removals:
        lines.append(("Nothing.", Style()))
    for i, line in enumerate(lines):
        row = BANNER_ROWS + i
        if len(line) == 3:
            cover.cells[(row, 0)] = OutputCell(line[0], style=line[2], kind="wpxl")
            cover.cells[(row, 1)] = OutputCell(line[1], style=line[2], kind="wpxl")
        elif line[0]:
            cover.cells[(row, 0)] = OutputCell(line[0], style=line[1], kind="wpxl")
    cover.col_widths = {0: 40.0, 1: 45.0}
    return cover
