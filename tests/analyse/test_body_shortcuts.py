"""The shortcuts a table's reader takes over most body cells give what the full reading does."""

from itertools import product

from wpxl.analyse.body import cells_in_role
from wpxl.analyse.cells import Words, is_typed_count, read_cell
from wpxl.model import Cell, CellRange, Measure, Role, Style, Table

_FORMATS = ("General", "0", "#,##0", "0%", "£#,##0", "0.0", "dd/mm/yyyy", "@")
# formats showing words, kept beside the format read: money by its words, or a count's
_SHOWN = (("#,##0", '#,##0" pounds"'), ("0", '0" JOs"'), ("0", '0" starts"'))
_STYLES = [Style(number_format=f) for f in _FORMATS]
_STYLES += [Style(number_format=f, input_format=shown) for f, shown in _SHOWN]


def test_typed_count_shortcut_agrees_with_reading_each_cell():
    for style, flags, outcome in product(_STYLES, product((False, True), repeat=7), (False, True)):
        words = Words(*flags)
        shortcut = is_typed_count(style, words, outcome)
        if words.period or words.contact:  # such a number is read in full, cell by cell
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
