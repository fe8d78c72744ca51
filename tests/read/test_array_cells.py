"""Which array formulas are read cell by cell, and as what (wpxl.read.array_cells)."""

from __future__ import annotations

import pytest

from wpxl.read.array_cells import cell_by_cell


@pytest.mark.parametrize(
    ("formula", "span", "expected"),
    [
        ("=B3:B5+C3:C5+D3:D5", "E3:E5", {"E3": "=B3+C3+D3", "E4": "=B4+C4+D4", "E5": "=B5+C5+D5"}),
        ("=(B3:B4 + C3:C4)*2", "E3:E4", {"E3": "=(B3 + C3)*2", "E4": "=(B4 + C4)*2"}),
        ("=B3:D3*$B$10", "B6:D6", {"B6": "=B3*B10", "C6": "=C3*B10", "D6": "=D3*B10"}),
        (
            "='Job outcomes'!E3:E4",
            "C3:C4",
            {"C3": "='Job outcomes'!E3", "C4": "='Job outcomes'!E4"},
        ),
        ("=-B3:B4%", "C3:C4", {"C3": "=-B3%", "C4": "=-B4%"}),
        ("=B2:B3*C1:D1", "C2:D3", {"C2": "=B2*C1", "D2": "=B2*D1", "C3": "=B3*C1", "D3": "=B3*D1"}),
    ],
)
def test_an_array_of_arithmetic_over_ranges_of_its_shape_is_read_cell_by_cell(
    formula, span, expected
):
    assert cell_by_cell(formula, span) == expected


@pytest.mark.parametrize(
    "formula",
    [
        "=SUM(B3:B5)",  # a function
        "=B3:B5 C3:C5",  # an intersection
        "=(B3:B5) (C3:C5)",
        "=B3:B6+C3:C6",  # a range of another height
        "=Referrals_Apr*2",  # a name
        "=Apr:Jun!B3:B5",  # a span of sheets
        "=B3:B5&C3:C5",  # joined as text
        "=B3:B5>C3:C5",
    ],
)
def test_an_array_formula_of_any_other_kind_is_not_taken_apart(formula):
    assert cell_by_cell(formula, "E3:E5") is None
