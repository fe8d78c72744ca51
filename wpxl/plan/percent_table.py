"""An outcome table's percentage sheet as the plan writes it, kept until the whole book is
planned: the book's breakdowns are then settled together (``percentages.settle_book``) and a
line made coarser is written again."""

from __future__ import annotations

from dataclasses import dataclass

from wpxl.model import Coord, OutputCell, OutputSheet, SheetAnalysis, Style, Warning
from wpxl.model.sheetref import a1
from wpxl.plan.coarsen import WITHHELD_MARK, TableLines, line_warning
from wpxl.plan.placement import BANNER_ROWS
from wpxl.policy import Policy
from wpxl.policy.wording import render

INTRO_STYLE = Style(italic=True, wrap=False)
MARK_STYLE = Style(italic=True, h_align="right")


@dataclass(slots=True)
class PercentTable:
    """An outcome table's breakdowns as its percentage sheet shows them, kept until the whole
    book is planned: the book's breakdowns are then searched together (``settle_book``) and a
    line made coarser is written again."""

    sheet: str
    table: str
    measure: str
    place: dict[Coord, Coord]  # outcome cell of the input -> its share's cell on the sheet
    styles: dict[Coord, Style]  # outcome cell of the input -> how its share is shown
    lines: TableLines
    left_out: str = ""  # what the note says of breakdowns with a part wpxl could not read

    def write_line(self, sheet: OutputSheet, key: int) -> None:
        """Write one breakdown's shares (its column, or its row), or its withheld marks."""
        line, decided = self.lines.breakdowns[key], self.lines.decided[key]
        shares = decided.shares or (None,) * len(line.cells)
        for coord, share in zip(line.cells, shares, strict=True):
            if coord not in self.place:
                continue  # a group of one's part, shown as its total (plan/twin_parts)
            if share is None:
                mark = OutputCell(WITHHELD_MARK, style=MARK_STYLE, kind="wpxl")
                sheet.cells[self.place[coord]] = mark
            else:
                cell = OutputCell(share, style=self.styles[coord], kind="percent")
                sheet.cells[self.place[coord]] = cell

    def warning(self, key: int) -> Warning:
        """What the cover says of a coarsened or withheld breakdown."""
        ends = sorted(self.place[c] for c in self.lines.breakdowns[key].cells if c in self.place)
        where = f"{a1(*ends[0])}:{a1(*ends[-1])}"
        step = self.lines.decided[key].step
        return line_warning(self.sheet, where, self.measure, step, self.table)

    def write_note(self, sheet: OutputSheet, coarsened: bool = True) -> str:
        """The sheet's note that some of its shares are coarser or withheld, and which are of
        the parts shown only; its words."""
        said = render("percentages_coarsened.txt.j2", mark=WITHHELD_MARK, measure=self.measure)
        note = " ".join(text for text in (said if coarsened else "", self.left_out) if text)
        sheet.cells[(BANNER_ROWS + 2, 0)] = OutputCell(note, style=INTRO_STYLE, kind="wpxl")
        return note


def share_styles(cells: list[Coord], analysis: SheetAnalysis, policy: Policy) -> dict[Coord, Style]:
    """How each outcome cell's share is shown: the policy's decimals, the input cell's bold and
    borders."""
    fmt = "0%" if policy.percent_decimals == 0 else "0." + "0" * policy.percent_decimals + "%"
    styles = {}
    for coord in cells:
        source = analysis.sheet.cells[coord].style
        styles[coord] = Style(
            number_format=fmt,
            bold=source.bold,
            border_top=source.border_top,
            border_bottom=source.border_bottom,
        )
    return styles
