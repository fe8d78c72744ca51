"""The shortcuts a table's reader takes over most body cells give what the full reading does."""

from itertools import product

from wpxl.analyse.body import cells_in_role
from wpxl.analyse.book_sums import _typed_lines
from wpxl.analyse.cells import Words, is_typed_count, read_cell
from wpxl.analyse.roles import TableReader
from wpxl.analyse.sheet_texts import body_texts, text_cells, texts_by_row
from wpxl.analyse.shown import ShownOnce
from wpxl.analyse.stray_figures import find_tables
from wpxl.analyse.totals import Axis
from wpxl.analyse.typed_totals import body_numbers
from wpxl.model import Cell, CellRange, Measure, Role, Sheet, Style, Table
from wpxl.policy import Policy

_FORMATS = ("General", "0", "#,##0", "0%", "£#,##0", "0.0", "dd/mm/yyyy", "@")
# formats showing words, kept beside the format read: money by its words, or a count's
_SHOWN = (("#,##0", '#,##0" pounds"'), ("0", '0" JOs"'), ("0", '0" starts"'))
_STYLES = [Style(number_format=f) for f in _FORMATS]
_STYLES += [Style(number_format=f, input_format=shown) for f, shown in _SHOWN]


def test_typed_count_shortcut_agrees_with_reading_each_cell():
    for style, flags, outcome in product(_STYLES, product((False, True), repeat=7), (False, True)):
        words = Words(*flags)
        shortcut = is_typed_count(style, words, outcome)
        # such a number is read in full, cell by cell; under a percentage's format, by its
        # number (398 past 100 % is a count given the format by a slip: analyse/slips)
        if words.period or words.contact or style.number_format == "0%":
            assert not shortcut
            continue
        for value in (0, 7, 2015, 123456):
            cell = Cell(value, style=style)
            counted = read_cell(cell, words, outcome, "S", {}).role is Role.COUNT
            assert shortcut == counted, (style, words, outcome, value)


def test_cells_in_role_lists_the_body_cells_row_by_row():
    table = Table(sheet="S", index=1, area=CellRange(0, 0, 3, 3), title="", body_rows=[1, 2, 3],
                  body_cols=[1, 2, 3], measure=Measure.REFERRALS)  # fmt: skip
    roles = {(1, 2): Role.DERIVED, (3, 1): Role.DERIVED, (2, 3): Role.DERIVED,
             (0, 1): Role.DERIVED, (2, 2): Role.COUNT, (1, 1): Role.NONCOUNT}  # fmt: skip
    assert cells_in_role(table, roles, Role.DERIVED) == [(1, 2), (2, 3), (3, 1)]
    assert cells_in_role(table, roles, Role.TOTAL) == []


def _reader_of(rows: list[list[object]]) -> TableReader:
    """A table's reader once its roles are read: a sheet from ``rows`` (a string starting '='
    is a formula, its cached value the number after '|')."""
    cells = {}
    for r, line in enumerate(rows):
        for c, value in enumerate(line):
            if isinstance(value, str) and value.startswith("="):
                formula, cached = value[1:].split("|")
                cells[(r, c)] = Cell(float(cached) if "." in cached else int(cached), formula)
            elif value is not None:
                cells[(r, c)] = Cell(value)
    sheet = Sheet(name="Referrals", cells=cells)
    (layout,), _ = find_tables(cells)
    reader = TableReader(sheet, layout, 1, Policy(), {}, {})
    reader.read()
    return reader


def test_shown_numbers_read_whole_from_the_grid_agree_with_each_cell_read_alone():
    """``ShownOnce.vectors`` reads a body's lines from its grid, typed counts filled a row at
    a time; each number must be what the cell read on its own (a fresh reader) shows: counts,
    formula totals worked out from their parts (cached as 0, as some programs save them) of a
    row, of a column and of totals; a decimal, a marker and the totals over them."""
    clean = [
        ["Area", "Apr", "May", "Jun", "Total"],
        ["Leeds", 12, 7, 3, "=SUM(B2:D2)|0"],
        ["York", 4, 5, 9, "=SUM(B3:D3)|0"],
        ["Hull", 0, 6, 2, "=B4+C4+D4|0"],
        ["Total", "=SUM(B2:B4)|0", "=SUM(C2:C4)|0", "=SUM(D2:D4)|0", "=SUM(E2:E4)|0"],
    ]
    marked = [list(line) for line in clean]
    marked[1][3], marked[2][2] = 3.5, ".."
    for rows in (clean, marked):
        reader = _reader_of(rows)
        table = reader.table
        for by_row in (True, False):
            lines, across = (
                (table.body_rows, table.body_cols) if by_row else (table.body_cols, table.body_rows)
            )
            axis = Axis(by_row, list(lines), list(across), {})
            grid = ShownOnce(reader).vectors(axis)
            alone = {
                line: [ShownOnce(reader)(axis.coord(line, other)) for other in across]
                for line in lines
            }
            assert grid == alone
            if rows is clean:  # its grand total worked out from the totals, not its cache
                assert grid[lines[-1]][-1] == 48


def test_typed_lines_asked_at_once_agree_with_each_part_asked():
    """``book_sums._typed_lines`` keeps a total's parts whose cells hold no formula, asked all
    at once in C; the same as asking each part, with a missing cell among them too."""
    parts = tuple(("S", 4, c) for c in range(1, 7))
    cells = [Cell(1), Cell(2, "A1"), None, Cell(3), Cell(None), Cell(4, "SUM(A1:A2)")]
    for found in (cells, [c or Cell(0) for c in cells]):
        pairs = zip(parts, found, strict=True)
        one_by_one = [p[2] for p, c in pairs if c is not None and c.formula is None]
        assert _typed_lines([p[2] for p in parts], found) == one_by_one


def test_body_numbers_read_off_the_grid_agree_with_a_walk_of_the_body():
    """``ShownOnce.body_numbers`` takes the body's counts from the grid it has just made and
    looks again only at the cells the grid left; the numbers (in any order: only the step they
    are rounded to is asked) and the marker found must be those a walk of every body cell
    (``typed_totals.body_numbers``) finds: counts typed and as text, a decimal, markers, words,
    a blank, a count worked out by a formula, and totals."""
    head = ["Area", "Apr", "May", "Jun", "Total"]
    lines = [
        ["Leeds", 12, 7, 3, "=SUM(B2:D2)|22"],
        ["York", "1,240", 5, 9, "=SUM(B3:D3)|1254"],
        ["Hull", 0, 6, 2.5, "=B4+C4+D4|8.5"],
        ["Bath", "=[1]Data!B4|6", 10, 4, "=SUM(B5:D5)|20"],
    ]
    for marker, words in ((None, None), ("..", None), ("-", "n/a"), (None, "see note")):
        rows = [head, *[list(line) for line in lines]]
        rows[2][2], rows[3][3] = marker if marker is not None else 5, words or 2.5
        rows.append(["Total", "=SUM(B2:B5)|0", "=SUM(C2:C5)|0", "=SUM(D2:D5)|0", "=SUM(E2:E5)|0"])
        reader = _reader_of(rows)
        numbers, marked = ShownOnce(reader).body_numbers
        walked, walked_marked = body_numbers(reader.table, reader.cells, reader.roles)
        assert (sorted(numbers), marked) == (sorted(walked), walked_marked), rows
        assert walked and marked == (marker is not None or words == "n/a")


class _Note(str):
    """A kind of string (as a library may hand a cell's text): no body walk asks about it."""


def test_body_texts_found_by_row_agree_with_a_walk_of_the_body():
    """``sheet_texts.body_texts`` takes a table's body texts from the sheet's texts by row, as
    ``typed_totals`` asks of them; the same cells, in the same order, as a walk of every body
    cell asking for a string: markers, words, a kind of string left out, labels, headers and
    text beside the table left out."""
    rows = [
        ["Area", "Apr", "May", "Jun", "Total"],
        ["Leeds", 12, "..", 3, "=SUM(B2:D2)|15"],
        ["York", "<5", 5, _Note("x"), "=SUM(B3:D3)|5"],
        ["Hull", 0, "", "88*", "=SUM(B4:D4)|0"],
        ["Total", "=SUM(B2:B4)|0", "=SUM(C2:C4)|0", "=SUM(D2:D4)|0", "=SUM(E2:E4)|0"],
    ]
    reader = _reader_of(rows)
    cells, table = reader.cells, reader.table
    cells[(1, 7)] = Cell("beside the table")
    walked = [
        ((r, c), cell.value)
        for r in table.body_rows
        for c in table.body_cols
        if (cell := cells.get((r, c))) is not None and type(cell.value) is str
    ]
    assert body_texts(texts_by_row(text_cells(cells)), table) == walked
    assert {v for _, v in walked} == {"..", "<5", "", "88*"}
