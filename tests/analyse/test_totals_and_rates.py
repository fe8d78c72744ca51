"""The arithmetic behind total and rate finding, on small hand-made grids."""

import pytest

from wpxl.analyse.ratios import typed_ratio
from wpxl.analyse.totals import Axis, Values, find_arithmetic_total, group_totals
from wpxl.errors import AnalysisError


def _values(grid: dict[tuple[int, int], float]) -> Values:
    return Values(typed=grid.get, figure=grid.get)


def _rows(rows: list[list[float]], labels: dict[int, str] | None = None) -> tuple[Axis, Values]:
    grid = {(r, c): v for r, line in enumerate(rows) for c, v in enumerate(line)}
    axis = Axis(True, list(range(len(rows))), list(range(len(rows[0]))), labels or {})
    return axis, _values(grid)


def test_last_row_equal_to_the_others_everywhere_is_a_total():
    axis, values = _rows([[5, 7], [11, 13], [17, 19], [33, 39]])
    assert find_arithmetic_total(axis, values, "S") == 3


def test_first_row_equal_to_the_others_is_a_total_above():
    axis, values = _rows([[33, 39], [5, 7], [11, 13], [17, 19]])
    assert find_arithmetic_total(axis, values, "S") == 0


def test_one_chance_match_among_misses_is_a_coincidence_not_a_total():
    axis, values = _rows([[5, 7, 1], [11, 13, 2], [17, 19, 3], [33, 40, 4]])
    assert find_arithmetic_total(axis, values, "S") is None


def test_two_matches_and_one_miss_are_refused_naming_the_first_matching_cell():
    axis, values = _rows([[5, 7, 1], [11, 13, 2], [17, 19, 3], [33, 39, 7]])
    with pytest.raises(AnalysisError, match=r"^sheet 'S', cell A4: this row is the sum"):
        find_arithmetic_total(axis, values, "S")


def test_grand_total_adds_up_the_subtotals_and_lines_no_subtotal_covers():
    rows = [[1], [2], [3], [4], [5], [12]]
    axis, values = _rows(rows, {2: "North subtotal", 5: "Grand total"})
    axis.totals = {2, 5}
    assert group_totals(axis, values, "S", check_typed=True) == {2: [0, 1], 5: [2, 3, 4]}


def test_total_words_on_a_subtotal_give_way_to_its_typed_figures():
    rows = [[1], [2], [3], [4], [5], [9], [12]]
    axis, values = _rows(rows, {2: "All JSA", 5: "All ESA", 6: "All payment groups"})
    axis.totals = {2, 5, 6}
    assert group_totals(axis, values, "S", check_typed=True) == {
        2: [0, 1],
        5: [3, 4],
        6: [2, 5],
    }


def test_typed_total_that_fits_no_reading_is_refused():
    axis, values = _rows([[1], [2], [4]], {2: "Total"})
    axis.totals = {2}
    with pytest.raises(AnalysisError, match="labelled as a total but is not the sum"):
        group_totals(axis, values, "S", check_typed=True)


def test_typed_rate_is_the_one_pair_that_gives_it_to_its_typed_precision():
    row = [((4, 1), 1000.0), ((4, 2), 734.0)]
    assert typed_ratio(0.734, row, []) == ((4, 2), (4, 1))
    assert typed_ratio(73.4, row, []) is None  # a whole percentage: A/B would show 0.734
    assert typed_ratio(0.7341, row, []) is None  # more precise than the pair gives


def test_typed_rate_two_pairs_could_give_is_not_rebuilt():
    row = [((1, 1), 200.0), ((1, 2), 100.0), ((1, 3), 50.0)]
    assert typed_ratio(0.5, row, []) is None


@pytest.mark.parametrize(
    "formula",
    [
        "SUM(B5:M5)", "SUM(A1,B2:C3)", "SUM($B$5:$M$5)", "SUM(B5)", "SUM(B5:B6:B7)",
        "SUM(XFD1:XFE2)", "SUM(B5:M5)+SUM(B7)", "sum(b5:m5)", "SUM(B5:M5, C1)", "SUM(North!B5:B6)",
    ],
)  # fmt: skip
def test_plain_sums_read_without_the_tokenizer_as_the_tokenizer_reads_them(formula, monkeypatch):
    import re

    from wpxl.analyse import formulas

    shortcut = (formulas.sum_refs(formula), formulas.ratio_refs(formula))
    monkeypatch.setattr(formulas, "_PLAIN_SUM", re.compile("(?!)"))  # matches nothing
    assert (formulas.sum_refs(formula), formulas.ratio_refs(formula)) == shortcut
