"""Input sheets kept on disk just as wpxl.read read them, to be read again without the XML.

The proof reads the input for itself, through wpxl.read, never through what analyse or plan made
of it. Parsing every sheet's XML a second (and, for percentage sheets, a third) time cost the
proof more than all its checks; loading what the same reader produced, from an unnamed
temporary file (wpxl.model.spool), costs a fifth of that and keeps memory at one sheet.
"""

from __future__ import annotations

from wpxl.model import Cell, CellRange, Sheet, Style
from wpxl.model.spool import Entry, Spool


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
        """Cells travel as columns (coordinates, values, formulas, style numbers), which pickle
        and load faster than a tuple per cell; a Style is numbered once per object, not hashed
        per cell (the sheet's cells share a handful, kept alive by the sheet meanwhile)."""
        kept = list(sheet.cells.values())
        by_id = {id(c.style): c.style for c in kept}
        number = {key: self._spool.style_id(style) for key, style in by_id.items()}
        cells = (
            list(sheet.cells),
            [c.value for c in kept],
            [c.formula for c in kept],
            [number[id(c.style)] for c in kept],
        )
        merged = [(r.top, r.left, r.bottom, r.right) for r in sheet.merged]
        record = (
            sheet.name, sheet.state, cells, merged, sheet.col_widths, sheet.row_heights,
            sheet.hidden_rows, sheet.hidden_cols, sheet.freeze, extras, dropped,
        )  # fmt: skip
        self._entries[index] = self._spool.put(record)

    def get(self, index: int) -> tuple[Sheet, dict[str, int], list[str]] | None:
        """The sheet, the kinds of content and the text found in it; None if not kept."""
        entry = self._entries.get(index)
        if entry is None:
            return None
        (name, state, cells, merged, widths, heights, hidden_rows, hidden_cols, freeze,
         extras, dropped) = self._spool.get(entry)  # fmt: skip
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
        )
        return sheet, extras, dropped


def _cells(columns: tuple[list, ...], styles: list[Style]) -> dict[tuple[int, int], Cell]:
    """The sheet's cells again. A Cell is immutable, so the counts that are the same whole
    number in the same style share one (most of a large sheet): building a Cell costs several
    times a look-up, and fewer objects hold less memory."""
    coords, values, formulas, numbers = columns
    counts: dict[tuple[int, int], Cell] = {}  # (count, style number): not 1.0 or True
    cells: list[Cell] = []
    add = cells.append
    for value, formula, style in zip(values, formulas, numbers, strict=True):
        if formula is None and value.__class__ is int:
            cell = counts.get((value, style))
            if cell is None:
                cell = counts[(value, style)] = Cell(value, None, styles[style])
            add(cell)
        else:
            add(Cell(value, formula, styles[style]))
    return dict(zip(coords, cells, strict=True))
