"""The line at the top of every sheet that says who may see it (guidance R8)."""

from __future__ import annotations

from wpxl.model import CellRange, OutputCell, OutputSheet, Style
from wpxl.policy.wording import render

INTERNAL_STYLE = Style(
    bold=True, font_color="FFFFFF", fill_color="9C0006", wrap=True, v_align="center"
)
PUBLISHED_STYLE = Style(
    bold=True, font_color="FFFFFF", fill_color="006100", wrap=True, v_align="center"
)
BANNER_WIDTH = 10  # columns the banner is merged across
BANNER_HEIGHT = 32.0


def banner_text(published: bool, base: int, council: str | None, representative: str | None) -> str:
    if published:
        return render("banner_published.txt.j2", base=base)
    return render(
        "banner_internal.txt.j2", base=base, council=council, representative=representative
    )


def stamp(sheet: OutputSheet, text: str) -> None:
    """Put the banner in the sheet's first row, merged across the table's width."""
    style = PUBLISHED_STYLE if sheet.published else INTERNAL_STYLE
    sheet.cells[(0, 0)] = OutputCell(text, style=style, kind="banner")
    sheet.merged.insert(0, _banner_range(sheet))
    sheet.row_heights[0] = BANNER_HEIGHT


def refit(sheet: OutputSheet) -> None:
    """Merge the stamped banner across the width left once cells were taken out (a note far to
    the right that quoted a figure), so no empty banner cell marks where it stood."""
    sheet.merged[0] = _banner_range(sheet)


def _banner_range(sheet: OutputSheet) -> CellRange:
    width = max(BANNER_WIDTH, max((c for _, c in sheet.cells), default=-1) + 1)
    return CellRange(0, 0, 0, min(width, 26) - 1)
