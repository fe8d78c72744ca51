"""Input sheets kept on disk just as wpxl.read read them, to be read again without the XML.

The proof reads the input for itself, through wpxl.read, never through what analyse or plan made
of it. Parsing every sheet's XML a second (and, for percentage sheets, a third) time cost the
proof more than all its checks; loading what the same reader produced, from an unnamed
temporary file (wpxl.model.spool), costs a fifth of that and keeps memory at one sheet.
"""

from __future__ import annotations

from typing import Protocol

from wpxl.model import Cell, CellRange, Sheet, Style
from wpxl.model.spool import Entry, Packed, Spool, packed, unpacked


class Keeper(Protocol):
    """Told each sheet as it is read, with the kinds of content and the text found in it."""

    def keep(
        self, index: int, sheet: Sheet, extras: dict[str, int], dropped: list[str]
    ) -> None: ...


class KeptSheets:
    """Sheets by their place in the survey, each with the text and kinds of content wpxl.read
    found in it that no reader sees; ``get`` is None for a sheet not kept."""

    def __init__(self) -> None:
        self._spool = Spool("wpxl-read-")
        self._entries: dict[int, Entry] = {}

    def close(self) -> None:
        self._spool.close()

    def __enter__(self) -> KeptSheets:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def keep(self, index: int, sheet: Sheet, extras: dict[str, int], dropped: list[str]) -> None:
        """Cells travel as their coordinates and, for each, the place of its Cell in a table of
        the sheet's distinct Cells (value, formula, style number). The reader shares one Cell
        among equal counts, so the table is short, and the sheet comes back sharing them just
        the same: a Cell is built and its Style numbered once, not once a cell."""
        number = self._spool.style_id
        cells = packed(sheet.cells, lambda cell: (cell.value, cell.formula, number(cell.style)))
        merged = [(r.top, r.left, r.bottom, r.right) for r in sheet.merged]
        centred = [(r.top, r.left, r.bottom, r.right) for r in sheet.centred]
        record = (
            sheet.name, sheet.state, cells, merged, sheet.col_widths, sheet.row_heights,
            sheet.hidden_rows, sheet.hidden_cols, sheet.freeze, extras, dropped, centred,
            sheet.conditional, sheet.comments, sheet.row_outline, sheet.col_outline,
            sheet.default_row_height, sheet.default_col_width, sheet.hidden_links, sheet.date1904,
            sheet.unseen_formulas, sheet.unseen_kinds,
        )  # fmt: skip
        self._entries[index] = self._spool.put(record)

    def index(self) -> tuple[dict[int, Entry], list[Style]]:
        """Where each kept sheet lies in the file, and the Styles its cells are numbered by:
        what a copy of this process made before the sheets were kept needs to read them."""
        return dict(self._entries), list(self._spool.styles)

    def adopt(self, index: tuple[dict[int, Entry], list[Style]]) -> None:
        """In such a copy: read the sheets kept since it was made (``index`` of the original)."""
        entries, styles = index
        self._entries = dict(entries)
        self._spool.styles[:] = styles

    def get(self, index: int) -> tuple[Sheet, dict[str, int], list[str]] | None:
        """The sheet, the kinds of content and the text found in it; None if not kept."""
        entry = self._entries.get(index)
        if entry is None:
            return None
        (name, state, cells, merged, widths, heights, hidden_rows, hidden_cols, freeze,
         extras, dropped, centred, conditional, comments, row_outline, col_outline,
         default_row_height, default_col_width, hidden_links,
         date1904, unseen_formulas, unseen_kinds) = self._spool.get(entry)  # fmt: skip
        styles = self._spool.styles
        sheet = Sheet(
            name=name,
            state=state,
            cells=_cells(cells, styles),
            merged=[CellRange(*m) for m in merged],
            col_widths=widths,
            row_heights=heights,
            hidden_rows=hidden_rows,
            hidden_cols=hidden_cols,
            freeze=freeze,
            centred=[CellRange(*c) for c in centred],
            conditional=conditional,
            comments=comments,
            row_outline=row_outline,
            col_outline=col_outline,
            default_row_height=default_row_height,
            default_col_width=default_col_width,
            hidden_links=hidden_links,
            date1904=date1904,
            unseen_formulas=unseen_formulas,
            unseen_kinds=unseen_kinds,
        )
        return sheet, extras, dropped


def _cells(cells: Packed, styles: list[Style]) -> dict[tuple[int, int], Cell]:
    """The sheet's cells again, each distinct Cell built once."""
    made = [Cell(value, formula, styles[style]) for value, formula, style in cells[1]]
    return unpacked(cells, made)
