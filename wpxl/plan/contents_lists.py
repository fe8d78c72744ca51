"""A contents sheet's lines name the sheets as the copy holds them.

Packs open on a 'Contents' sheet listing each worksheet by name beside its title, often as
links. An outcome sheet shown wholly as percentages is written as 'Job outcomes %', and the
source's 'Job outcomes' is not in the copy; a sheet the user left out is not there at all. The
contents list still named them as the source did, under their old titles: a council officer
looked for a sheet of job outcome volumes the copy does not hold. A sheet's name in a list of
the workbook's sheets (a sheet holding no figure, two or more of its texts each a sheet's name)
is written as the copy holds it now: the percentage sheet's name, its line's other words
marked as percentages; another name the sheet is written under; or, for a sheet not in the
copy (left out, hidden), its name marked so. A sheet written under its own name is listed as it
was, its title marked where its outcome figures moved to a percentage sheet. A table listed by
its number (ONS: '16' for the tab '16') keeps it, its words marked instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, MutableSequence

from wpxl.model import Coord, OutputCell, OutputSheet
from wpxl.plan.banner import refit

AS_PERCENTAGES = " (as percentages)"
NOT_IN_COPY = " (not in this copy)"
MOVED = " (its outcome figures as percentages on a sheet of their own)"
ELSEWHERE = " (as percentages on a sheet of their own)"
_FIGURES = frozenset({"count", "total", "derived", "percent"})
_WORDS = frozenset({"kept", "label"})
# what the copy holds of a sheet: the name it is written under (None: not written) and the
# names of the percentage sheets made from it
Held = tuple[str | None, tuple[str, ...]]


class ContentsLists:
    """The book's sheet names, what the copy holds of each and the lists naming them, learnt
    a group of sheets at a time; the lists are written anew once the whole book is planned."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names = {_key(n): n for n in names}
        self._held: dict[str, Held] = {}
        self._listed: dict[str, dict[Coord, str]] = {}  # by the sheet holding the list

    def absent(self, names: Iterable[str]) -> None:
        """Sheets the copy never holds (left out as asked, hidden): a list may name them."""
        self._names.update((_key(n), n) for n in names)

    def hold(self, name: str, written: str | None, made: Iterable[str]) -> None:
        """What the copy holds of sheet ``name``: ``written`` (None: not written), and the
        percentage sheets ``made`` from it."""
        self._held[name] = (written, tuple(made))

    def look(self, sheet: OutputSheet) -> None:
        """Remember the sheet's list of the book's sheets, if it holds one."""
        if listed := listed_sheets(sheet.cells, self._names):
            self._listed[sheet.name] = listed

    def relist(
        self, sheets: MutableSequence[OutputSheet], names: list[str], written: Callable[[str], None]
    ) -> None:
        """Each list written anew on its sheet (``names``: the sheets' names, in order; a
        stored sheet is loaded and stored again, which only a book with a list costs), each
        new text told to ``written``."""
        for index, name in enumerate(names):
            if name not in self._listed:
                continue
            sheet = sheets[index]
            new = relisted(sheet.cells, self._listed[name], self._held)
            if new:
                sheet.cells.update(new)
                refit(sheet)
                sheets[index] = sheet
                for cell in new.values():
                    written(str(cell.value))


def listed_sheets(cells: Mapping[Coord, OutputCell], names: Mapping[str, str]) -> dict[Coord, str]:
    """The cells of a list of the workbook's sheets that name one (``names``: each sheet's name
    by its ``_key``), by the name; none on a sheet holding a figure, or naming fewer than two
    sheets (a header 'Referrals' over a column is no list)."""
    listed = {}
    for coord, cell in cells.items():
        if cell.kind in _FIGURES:
            return {}
        if cell.kind in _WORDS and isinstance(cell.value, str | int):
            name = names.get(_key(cell.value))
            if name is not None:
                listed[coord] = name
    return listed if len(set(listed.values())) >= 2 else {}


def relisted(
    cells: Mapping[Coord, OutputCell], listed: Mapping[Coord, str], held: Mapping[str, Held]
) -> dict[Coord, OutputCell]:
    """The list's cells written anew, by place: each naming a sheet the copy holds otherwise
    (``held``: what the copy holds of each sheet; one it does not know is not in the copy),
    and the other words of a line naming a sheet now shown as percentages."""
    new: dict[Coord, OutputCell] = {}
    for (row, col), name in listed.items():
        cell = cells.get((row, col))
        if cell is None or _key(cell.value) != _key(name):
            continue  # taken out since (it named a person, or quoted a figure)
        written, percent = held.get(name, (None, ()))
        if written == name:  # its outcome figures, if any, moved to a percentage sheet
            new.update(_words_marked(cells, listed, row, MOVED) if percent else {})
            continue
        if not isinstance(cell.value, str):  # a numbered table ('16'): its number stays, as
            # the list numbers its lines so (the proof reads them as a run), its words say it
            mark = ELSEWHERE if percent else NOT_IN_COPY
            new.update(_words_marked(cells, listed, row, mark) if written is None else {})
            continue
        if written is not None:
            text = written
        elif percent:
            text = " and ".join(percent)
            new.update(_words_marked(cells, listed, row, AS_PERCENTAGES))
        else:
            text = f"{cell.value.strip()}{NOT_IN_COPY}"
        new[(row, col)] = OutputCell(text, cell.formula, cell.style, cell.kind)
    return new


def _key(name: object) -> str:
    """A sheet's name as a list may write it: in any case (Excel tells names apart so), with
    spaces for underscores ('Cover sheet' for 'Cover_sheet'), a number for a tab named by it
    (ONS's contents lists its tables '1', '2' ... typed as numbers)."""
    return " ".join(str(name).replace("_", " ").split()).casefold()


def _words_marked(
    cells: Mapping[Coord, OutputCell], listed: Mapping[Coord, str], row: int, mark: str
) -> dict[Coord, OutputCell]:
    """The line's other words (its sheet's title) with ``mark`` after them."""
    return {
        coord: OutputCell(f"{cell.value}{mark}", cell.formula, cell.style, cell.kind)
        for coord, cell in cells.items()
        if coord[0] == row
        and coord not in listed
        and cell.kind in _WORDS
        and isinstance(cell.value, str)
        and cell.value.strip()
    }
