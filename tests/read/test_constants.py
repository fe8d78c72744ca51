"""A formula of constants saved without its value (by a script) is worked out as Excel would."""

from __future__ import annotations

import pytest

from wpxl.model import ExcelError
from wpxl.read.constants import constant_value


@pytest.mark.parametrize(
    ("formula", "value"),
    [
        ("377-15", 362), ("2213", 2213), ("(120+35)*2", 310), ("1.5E3", 1500), ("7/2", 3.5),
        ("-2^2", 4), ("2^3^2", 64), ("50%", 0.5), ("-5%*100", -5), (" 4649 + 2213 - 4649 ", 2213),
        ("1/0", ExcelError("#DIV/0!")),
    ],
)  # fmt: skip
def test_a_formula_of_constants_is_worked_out_with_excels_precedence(formula, value):
    assert constant_value(formula) == value


@pytest.mark.parametrize("formula", ["1,234", "(1+2", "1+", "9^999", "(-8)^0.5", "2 3"])
def test_a_formula_of_constants_not_worked_out_here_has_no_value(formula):
    assert constant_value(formula) is None
