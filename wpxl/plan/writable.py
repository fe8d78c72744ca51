"""What the copy cannot hold: a cell in Excel's last rows, a count too large for Excel's number.

Cells move down to make room for the banner, so one in Excel's last rows can't be placed. A
blank cell there holding only a format (a fill, bold, a space: a whole sheet coloured to its
end, or the last cell selected and shaded) holds nothing a reader sees, and is left out rather
than refusing the workbook; a cell holding something is named in the refusal, as the analyst
finds it in their own sheet (XFD1048576 is nowhere near the table they see).
"""

from __future__ import annotations

from wpxl.analyse.values import as_number
from wpxl.errors import AnalysisError
from wpxl.model import OutputCell, OutputSheet
from wpxl.model.sheetref import a1
from wpxl.plan.placement import Placement

EXCEL_ROWS = 1_048_576


def check_writable(sheets: list[OutputSheet], placements: dict[str, Placement]) -> None:
    """Refuse a sheet with content in rows the banner pushes past Excel's last, or a count past
    2**53 (it can't be held exactly as Excel's number, so its rounding could not be proved);
    leave out blank formatted cells there. ``placements``: by output sheet name."""
    for sheet in sheets:
        if max(sheet.cells, default=(0, 0))[0] >= EXCEL_ROWS:  # the last row's cells are greatest
            past = [coord for coord in sheet.cells if coord[0] >= EXCEL_ROWS]
            held = sorted(coord for coord in past if not _blank(sheet.cells[coord]))
            if held:
                place = placements.get(sheet.name)
                where = f" ({a1(*place.source(held[0]))})" if place is not None else ""
                raise AnalysisError(
                    f"sheet '{sheet.name}' has data in its last rows{where}, where there "
                    "is no room left for the banner. Move the data up the sheet and try again"
                )
            for coord in past:
                del sheet.cells[coord]
        if any(
            c.kind in ("count", "total") and abs(as_number(c.value) or 0) >= 2**53
            for c in sheet.cells.values()
        ):
            raise AnalysisError(
                f"sheet '{sheet.name}' holds a figure too large to be a count "
                "of people. Check the figures in Excel and try again"
            )


def _blank(cell: OutputCell) -> bool:
    """Whether a cell shows nothing but its format: no value but spaces, no formula."""
    value = cell.value
    return cell.formula is None and (
        value is None or (isinstance(value, str) and not value.strip())
    )
