"""The proof's own judgement of numbers a conditional format may hide.

A rule over a count may show it as nothing (its number format ';;;' or '"";""', or a data bar
or icon set set to show no value) or paint it in its background's colour (a white font on the
sheet's white): a reader of the input never sees that count. The proof decides afresh from the
rules wpxl.read records: a rule comparing the value with numbers applies only where the value
meets it ('less than 10'); any other is taken to apply. A zero shown as nothing hides nothing
worth counting.
"""

from __future__ import annotations

import re

from wpxl.model import ConditionalLook, Style
from wpxl.verify.visibility import background, inks, near

_OUTSIDE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')  # quoted, escaped, bracketed, padding
_SHOWS = re.compile(r"[0#?]|general", re.IGNORECASE)  # what shows a number's digits
_CONDITION = re.compile(r"\[\s*[<>=]")


def number_hidden(rules: list[ConditionalLook], style: Style, value: float) -> bool:
    """Whether some rule that may apply to ``value`` shows it as nothing, or in a colour lost
    in the colour behind it (the rule's fill, else the cell's own or another rule's)."""
    if not value:
        return False
    sign = 1 if value > 0 else -1
    applying = [rule for rule in rules if _applies(rule, value)]
    if any(rule.number_format and _shows_nothing(rule.number_format, sign) for rule in applying):
        return True
    own = [ink for ink in inks(style, sign) if ink]
    behind = background(style)
    for rule in applying:
        others = [r for r in applying if r is not rule]
        fonts = [rule.font_color] if rule.font_color else [*own, *(r.font_color for r in others)]
        fills = [rule.fill_color] if rule.fill_color else [behind]
        fills += [] if rule.fill_color else [r.fill_color for r in others]
        if any(f and b and near(f, b) for f in fonts for b in fills):
            return True
    return False


def _applies(rule: ConditionalLook, value: float) -> bool:
    """Whether the rule's condition may hold for ``value``: any it does not state in numbers."""
    operands, operator = rule.operands, rule.operator
    if operator is None or not operands:
        return True
    low, high = min(operands), max(operands)
    checks = {
        "lessThan": value < operands[0],
        "lessThanOrEqual": value <= operands[0],
        "greaterThan": value > operands[0],
        "greaterThanOrEqual": value >= operands[0],
        "equal": value == operands[0],
        "notEqual": value != operands[0],
        "between": low <= value <= high,
        "notBetween": not low <= value <= high,
    }
    return checks.get(operator, True)


def _shows_nothing(code: str, sign: int) -> bool:
    """Whether the format's section for a number of ``sign`` shows no digit: the first for a
    positive number, the second (if any) for a negative; any section when they carry
    conditions ([<10])."""
    sections = _split(code)
    if _CONDITION.search(sections[0]):
        chosen = sections[:3]
    else:
        chosen = [sections[1] if sign < 0 and len(sections) > 1 else sections[0]]
    return any(not _SHOWS.search(_OUTSIDE.sub("", section)) for section in chosen)


def _split(code: str) -> list[str]:
    """The format's sections, split at each ';' outside quotes."""
    sections, current, quoted = [], "", False
    for char in code:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            sections.append(current)
            current = ""
        else:
            current += char
    return [*sections, current]
