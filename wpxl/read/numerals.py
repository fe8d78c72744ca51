"""Numbers written in figures no reading of digits finds: raised or lowered digits ('Leeds ¹³⁷'),
numbers in circles ('Job outcomes: ㊲', '③⑦'), Roman numerals in capitals ('CXXXVII').

A run set above the line (Excel's superscript, wpxl.read.strings) or typed so reads as the
figure it shows to anyone who opens the copy, but '¹³⁷' is no digit to a regular expression's
\\d; a call of one or two raised digits is a footnote's ('Referrals²', '2013/14¹'), which the
readings of footnotes know, so only a run of three or more is a figure here, or a run standing
after a colon, where a call is glued to no word ('Job starts in York: ⁹⁵'). A Roman numeral
is read as plainly by anyone who reads 'CXXXVII'; in capitals, three letters or more of at
least two kinds, written as the rules write a number: 'MIX' and 'CIV' are such words too, so
the readings judge a numeral only against the workbook's figures that must not appear, or as
an amount where its words name outcomes. Both the plan and the proof read them here.
"""

from __future__ import annotations

import re
import unicodedata

_RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_LOWERED = "₀₁₂₃₄₅₆₇₈₉"
_AS_DIGITS = str.maketrans(_RAISED + _LOWERED, "0123456789" * 2)
_RAISED_RUN = re.compile(
    f"[{_RAISED}]{{3,}}|[{_LOWERED}]{{3,}}|(?<=:)\\s*(?:[{_RAISED}]+|[{_LOWERED}]+)"
)
# numbers in circles, in brackets or with a full stop ('③', '⑶', '⒊', '㉑', '㊲', '❸', '➂',
# '🄂'): no digit to \d, and not set above the line as a footnote's call is, so one is a figure
_ENCLOSED_RUN = re.compile(
    "[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf\U0001f100-\U0001f10c]+"
)
_ROMAN = re.compile(
    r"(?<![A-Za-z])(?=[MDCLXVI]{3,}(?![A-Za-z]))"
    r"(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?![A-Za-z])"
)
_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def raised_in_digits(text: str) -> str:
    """``text`` with each run of three or more raised or lowered digits written in plain digits,
    set apart from what it was raised after ('Leeds¹³⁷': 'Leeds 137'), and each run of numbers
    in circles or brackets ('③⑦', '㊲', '⑶⑺', '❸❼') as the number it shows ('37')."""
    if _ENCLOSED_RUN.search(text) is not None:
        text = _ENCLOSED_RUN.sub(_enclosed, text)
    if _RAISED_RUN.search(text) is None:  # most texts
        return text
    return _RAISED_RUN.sub(lambda run: " " + run.group(0).strip().translate(_AS_DIGITS), text)


def _enclosed(run: re.Match[str]) -> str:
    """A run of enclosed numbers as it reads in plain characters ('㊲' '37', '⑶' '(3)', '⒈'
    '1.', '❸' '3'), set apart from a letter or digit it is glued to; a letter in a circle ('Ⓐ')
    is left as it is."""
    plain = []
    for ch in run.group(0):
        value = unicodedata.numeric(ch, -1.0)
        if value < 0 or not value.is_integer():
            return run.group(0)
        form = unicodedata.normalize("NFKC", ch)
        plain.append(form if any(c in "0123456789" for c in form) else str(int(value)))
    text, at, end = run.string, run.start(), run.end()
    before = " " if at > 0 and text[at - 1].isalnum() else ""
    after = " " if end < len(text) and text[end].isalnum() else ""
    return before + "".join(plain) + after


def roman_numerals(text: str) -> list[float]:
    """The value of each Roman numeral written in capitals in ``text`` ('CXXXVII': 137)."""
    return [float(_value(m.group(1))) for m in _ROMAN.finditer(text) if _numeral(m.group(1))]


def roman_in_digits(text: str) -> str:
    """``text`` with each Roman numeral in capitals written in digits."""
    return _ROMAN.sub(
        lambda m: str(_value(m.group(1))) if _numeral(m.group(1)) else m.group(0), text
    )


def holds_numerals(text: str) -> bool:
    """Whether ``text`` holds a raised run of digits, an enclosed number or a Roman numeral:
    most texts, none."""
    if _RAISED_RUN.search(text) is not None or _ENCLOSED_RUN.search(text) is not None:
        return True
    return bool(roman_numerals(text))


def _numeral(letters: str) -> bool:
    """Three letters or more, of two kinds at least: 'XXX' is a placeholder as often."""
    return len(letters) >= 3 and len(set(letters)) >= 2


def _value(letters: str) -> int:
    values = [_VALUES[c] for c in letters]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
