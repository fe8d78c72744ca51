"""Lines whose figures' own number format names them as outcomes ('0" JOs"').

A column headed 'This month', or nothing, in a table of job starts, its cells showing '137 JOs'
through a format of '0" JOs"': the format's words are never carried (wpxl writes its own
formats), so the figures alone would go out as rounded job starts. Those words say what the
figures count, as a comment on the header would (wpxl.analyse.keyed_lines): where the line's own
header or label names no measure, an outcome they name is the line's measure, and it is shown
as percentages. The proof reads the same words itself (wpxl.verify.outcomes).
"""

from __future__ import annotations

from collections.abc import Iterable

from wpxl.analyse.words import header_measure
from wpxl.model import Cell, Measure
from wpxl.read.numformats import format_words


def format_outcomes(
    names: dict[int, str],
    cells: dict[int, Iterable[Cell | None]],
    measure_words: dict[Measure, tuple[str, ...]],
) -> dict[int, Measure]:
    """By line (a column or row, its header or label words in ``names``, its body cells in
    ``cells``), the outcome the number format of every figure of it names, for the lines whose
    own words name no measure. Every figure, not any: a row of areas crosses a column shown
    as '137 JOs' and the job starts beside it, and counts neither alone."""
    found: dict[int, Measure] = {}
    for line, name in names.items():
        if name.strip() and header_measure(name, measure_words) is not None:
            continue
        figures = [c for c in cells.get(line, ()) if c is not None and _is_figure(c.value)]
        named = {_outcome_shown(c, measure_words) for c in figures}
        if len(named) == 1 and (measure := named.pop()) is not None:
            found[line] = measure
    return found


def _is_figure(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _outcome_shown(cell: Cell, measure_words: dict[Measure, tuple[str, ...]]) -> Measure | None:
    """The outcome the words of the cell's number format name, if they name one."""
    shown = cell.style.input_format
    words = format_words(shown) if shown else ""
    measure = header_measure(words, measure_words) if words else None
    return measure if measure is not None and measure.is_outcome else None
