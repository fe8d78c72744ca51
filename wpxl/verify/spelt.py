"""Counts spelt otherwise than in plain digits: with a leading zero ("0687"), an exponent
("6.87E2"), or in words ("four thousand one hundred and thirty-nine").

Some exports write counts so, and a reader takes "0687" for 687 as readily as a number; only a
code is written that way on purpose, under code words ("Area code", "ID"), or as a label
beside or over the figures. So among the input's figures, such a text is judged as the number
it spells: a count that rounding would change may not be shown, nor an outcome volume. A note
that writes a count in words is read with its words written in digits (``in_digits``), so the
numbers it spells are judged as digits are.

So are counts written as plain digits or with a mark ("47", "1,234", "47p", "c.47"): such a
text among the input's figures shows the count as plainly as the number would, yet the check
of figures judges only numbers and the check of words leaves small numbers in a label alone
(a plan writing 47 referrals as the text '47' passed the proof). A number the input's layout
names a line with ('6' under 'Payment group') is a label, left to ``label_figures``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from wpxl.verify.bare_refs import is_bare_ref
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.few_words import dozens_in, set_number
from wpxl.verify.leaks import Finding
from wpxl.verify.place_codes import text_place_code
from wpxl.verify.values import is_marked_number, is_multiple

if TYPE_CHECKING:  # the proof asks this module whether a text spells a number
    from wpxl.verify.proof import Proof

UNROUNDED = "a count written as text that is not rounded"
_LEADING_ZERO = re.compile(r"\s*0\d+\s*")
_EXPONENT = re.compile(r"\s*\d+(?:\.\d+)?[eE][+-]?\d{1,3}\s*")
_DIGITS = re.compile(  # "1,234", "1 234" (a space of any width between the thousands)
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
_APART = re.compile(r"[, \u00a0\u2009\u202f]")
# the identifier the header ends on ('Site code', 'Referral ID', 'Ref no.', 'Code (ONS)'): a word
# after it names what is counted ('ID checks', 'Code changes')
_IDENTIFIER = re.compile(
    r"\b(code|id|ref|reference|urn|ukprn)\b(?:\s+(?:number|no\.?|code))?\s*(?:\([^)]*\))?\s*:?\s*$",
    re.IGNORECASE,
)
# a site names codes alone ('Site' over its numbers), a postcode or a phone where no measure
# is named beside it ('DE postcode district'): 'Outreach site', 'Referrals by site' or 'Phone
# referrals' head counts
_SITE = re.compile(r"^\s*site\s*:?\s*$", re.IGNORECASE)
# code words after counts name what the counts are broken down by: 'Referral code' is a code,
# but 'Referrals by area code' and 'Job starts per office code' head counts, which stood
# unrounded as codes
_COUNTED = re.compile(
    r"\b(?:referrals|attachments|starts|jobs|outcomes|sustainments|claimants|participants"
    r"|customers|people|volumes?|counts?|referred|attached|started)\b",
    re.IGNORECASE,
)
# a place to reach or find someone, named last ('Phone', 'Postcode district'): 'Phone calls' and
# 'Telephone contacts' count
_PLACE = re.compile(
    r"\b(?:postcode|phone|telephone)(?:\s+(?:number|no\.?|district|sector))?\s*:?\s*$",
    re.IGNORECASE,
)
# 'Office no.', 'Number' over 1, 2, 3 (or 'by number of previous children') name lines; but
# 'Number of referrals', 'No. of JSA job starts', 'Referrals (no.)' name counts: the number of
# a measure. A bare number word ('No.', '#') names lines only left of their names
# (``code_column``) or over a table's first column (``label_heads.numbers_lines``)
BARE_NUMBER = re.compile(r"^\s*(?:number|no\.?|\#)\s*:?\s*$", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"\b(number|no\.?)(?=\W|$)", re.IGNORECASE)
# how many of anything ('Number of households'), but for a breakdown by it ('by number of
# previous children', whose numbers name lines)
_NUMBER_OF = re.compile(r"(?<!\bby\s)\b(?:number|no\.?)\s*of\b", re.IGNORECASE)
_IN_NUMBERS = re.compile(r"\(\s*(?:number|no\.?)\s*\)", re.IGNORECASE)  # 'Interviews (number)'

_MEASURE = (
    r"(?:referr|attach|start|outcome|sustain|job|claimant|participant|customer|people|person"
    r"|volume|count)"
)
_MEASURED = re.compile(_MEASURE, re.IGNORECASE)
_NUMBER_OF_MEASURE = re.compile(
    rf"\b(?:number|no\.?)\s*of\s+(?:[\w+-]+\s+){{0,2}}?{_MEASURE}"
    rf"|\b{_MEASURE}\w*\s*\(?\s*(?:number|no\.?)\s*\)?\s*$",
    re.IGNORECASE,
)


def spelt_number(text: str) -> float | None:
    """The number a text of digits with a leading zero or an exponent spells; None for any
    other text."""
    if _LEADING_ZERO.fullmatch(text):
        return float(int(text))
    if _EXPONENT.fullmatch(text):
        return float(text)
    return None


def written_number(text: str) -> float | None:
    """The number a text shows as digits ("47", "1,234"), maybe marked ("47p", "c.47",
    "(11)"), or spells otherwise (``spelt_number``), or wholly in words ("twelve", "One
    hundred and sixty-three", "a dozen": a count an analyst typed so); None for any other text."""
    spelt = spelt_number(text)
    if spelt is None:
        spelt = _worded_number(text)
    if spelt is None:
        spelt = set_number(text)
    if spelt is not None or not is_marked_number(text):
        return spelt
    digits = _DIGITS.search(text)
    return None if digits is None else float(_APART.sub("", digits.group(0)))


def _worded_number(text: str) -> float | None:
    """The number a text spells when it is wholly one number in words."""
    words = text.strip().rstrip(".")
    found = _words_numbers(words) if spells_a_number(words) else []
    if len(found) == 1 and found[0][:2] == (0, len(words)):
        return float(found[0][2])
    return None


def code_column(pair: SheetPair, coord: Coord) -> bool:
    """A figure (or digits as text) under a header naming an identifier ('Site code', 'URN'): a
    code, kept as it is. (Words in a row's label, such as 'No ID on file', exempt nothing.) A
    bare number word ('Number', 'No.') heads the count beside a line's name as often
    ('Payment group | Number', JSA 25+ 159; 'CPA | Number', 3 | 359): it names codes only
    with nothing left of the figure in its row, numbering the lines left of their names."""
    at = pair.input_coord(coord)
    if at is None or pair.context is None:
        return False
    if pair.source is not None and text_place_code(pair.source.cells, at):
        return True  # 'Office' over '120', '7', '2019': the offices' codes
    naming = [text for text in pair.context.headers(at) if _names_codes(text)]
    if naming and all(BARE_NUMBER.match(text) for text in naming):
        return not _filled_left(pair, at) or _numbers_its_name(pair, at)
    return bool(naming)


def _numbers_its_name(pair: SheetPair, at: Coord) -> bool:
    """Whether the figure stands between a blank cell and its line's name ('No. | Area' set
    beside another table on the same rows): the number of the line, as with nothing left."""
    cells = pair.source.cells if pair.source is not None else {}
    row, col = at
    left, right = cells.get((row, col - 1)), cells.get((row, col + 1))
    named = right is not None and isinstance(right.value, str) and bool(right.value.strip())
    return named and (left is None or left.value in (None, ""))


def identifier_column(pair: SheetPair, coord: Coord) -> bool:
    """A figure under words naming an identifier ('UKPRN', 'Site code'), not merely a number
    word ('No.' heads counts as often): a code, which must stand as written."""
    at = pair.input_coord(coord)
    if at is None or pair.context is None:
        return False
    return any(
        _IDENTIFIER.search(text) and not _COUNTED.search(text) and not is_bare_ref(text)
        for text in pair.context.headers(at)
    )


def _filled_left(pair: SheetPair, at: Coord) -> bool:
    """Whether the input's row holds anything left of ``at`` (a line's name or number)."""
    cells = pair.source.cells if pair.source is not None else {}
    row, col = at
    return any(getattr(cells.get((row, c)), "value", None) not in (None, "") for c in range(col))


def _names_codes(header: str) -> bool:
    if BARE_NUMBER.match(header):
        return True  # 'No.', '#': numbering the lines only with nothing left (``code_column``)
    if _IDENTIFIER.search(header):
        return _COUNTED.search(header) is None and not is_bare_ref(header)
    if _SITE.match(header):
        return True
    if _PLACE.search(header):
        return _MEASURED.search(header) is None
    if _NUMBER_OF.search(header) or _IN_NUMBERS.search(header):
        return False  # 'Number of children', 'Vacancies (no.)': how many, counts
    return _NUMBER_WORD.search(header) is not None and not _NUMBER_OF_MEASURE.search(header)


def spelt_counts(
    pair: SheetPair, proof: Proof, names: Callable[[Coord], bool] | None = None
) -> list[Finding]:
    """Each text of a volume sheet that writes a number (``written_number``), stands where the
    input's row and its column hold figures (a site "001" beside them, or a month "04" over
    them, is a label), under no code words, naming no line by the input's layout (``names``,
    asked of the input's place), and is no multiple of the base."""
    if pair.kind != "volume" or pair.source is None:
        return []
    found = []
    lines: tuple[set[int], set[int]] | None = None
    for coord, text in pair.indexed(proof.base).texts:
        value = written_number(text)
        if value is None or is_multiple(value, proof.base):
            continue
        at = pair.input_coord(coord)
        if at is None or code_column(pair, coord) or _open_age_band(pair, at, text):
            continue
        if _closes_a_numbering(pair, at, text):
            continue
        if lines is None:
            lines = _figure_lines(pair)
        if at[0] in lines[0] and at[1] in lines[1] and not (names is not None and names(at)):
            found.append(Finding(pair.where(coord), UNROUNDED))
    return found


# a band of ages open at its top ('25+', 'Aged 50+'), and what names ages above it: a band
# ('18-24', 'Aged 18 to 24') or an age's words ('Age band', 'Aged')
_OPEN_BAND = re.compile(r"\s*(?:aged\s+)?\d{1,2}\s*\+\s*", re.IGNORECASE)
_AGES = re.compile(r"\bage[ds]?\b|^\s*\d{1,2}\s*(?:-|\u2013|to)\s*\d{1,2}\s*$", re.IGNORECASE)


def _open_age_band(pair: SheetPair, at: Coord, text: str) -> bool:
    """Whether the text is a band of ages open at its top ('25+') in a run of words naming
    ages: up its column, over words and single years of age only (no other figure, no blank),
    a band ('18-24') or an age's words ('Age band', 'Age' over 18, 19 ... 24). A marked count
    ('436+') stands among figures, never under such words alone; a table of age bands stacked
    over payment groups numbered 1, 2, 6 puts the column's typed numbers beside '25+', which
    then seemed a count written as text."""
    if pair.source is None or _OPEN_BAND.fullmatch(text) is None:
        return False
    cells = pair.source.cells
    row, col = at
    while row > 0:
        row -= 1
        cell = cells.get((row, col))
        value = None if cell is None else cell.value
        if _single_age(cell):
            continue  # 'Age' over 18, 19 ... 24, then '25+'
        if not isinstance(value, str) or not value.strip():
            return False
        if _AGES.search(value):
            return True
    return False


_OPEN_NUMBER = re.compile(r"\s*(\d{1,2})\s*\+\s*")
_MIN_RUN = 3


def _closes_a_numbering(pair: SheetPair, at: Coord, text: str) -> bool:
    """Whether the text is a number open at its top ('4+') closing the numbers typed up its
    column, running one apart to the one before it ('Number of children | 0 | 1 | 2 | 3 | 4+'):
    the last line of a numbering, as no count stands under a run of counts so."""
    found = _OPEN_NUMBER.fullmatch(text)
    if pair.source is None or found is None:
        return False
    cells = pair.source.cells
    row, col = at
    expected = int(found.group(1)) - 1
    run = 0
    while expected >= 0 and _whole_at(cells.get((row - run - 1, col))) == expected:
        run += 1
        expected -= 1
    return run >= _MIN_RUN


def _whole_at(cell: object) -> int | None:
    """A typed whole number's value; None for anything else."""
    value = getattr(cell, "value", None)
    if getattr(cell, "formula", "") is not None or isinstance(value, bool):
        return None
    if isinstance(value, int | float) and float(value).is_integer():
        return int(value)
    return None


def _single_age(cell: object) -> bool:
    value = getattr(cell, "value", None)
    typed = getattr(cell, "formula", "") is None and isinstance(value, int | float)
    return typed and not isinstance(value, bool) and float(value).is_integer() and 0 < value <= 120


def _figure_lines(pair: SheetPair) -> tuple[set[int], set[int]]:
    """The rows and columns of the input sheet holding a typed figure."""
    rows: set[int] = set()
    cols: set[int] = set()
    for (row, col), cell in pair.source.cells.items():  # type: ignore[union-attr]
        kind = cell.value.__class__
        if kind is int or kind is float:
            rows.add(row)
            cols.add(col)
    return rows, cols


_ONES = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
COUNTING_WORDS = (*_ONES, *_TENS)  # one to ninety's words, as a note spells them
_VALUE = {w: n for n, w in enumerate(_ONES, 1)} | {w: 10 * n for n, w in enumerate(_TENS, 2)}
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_ANY_WORD = re.compile(rf"\b(?:{'|'.join([*_VALUE, *_SCALE])})\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_JOIN = re.compile(r"\s+|\s*-\s*")  # "thirty nine", "thirty-nine"


def spells_a_number(text: str) -> bool:
    """Whether a text holds a number word ("thirteen", "hundred", "a dozen"): most texts hold
    none."""
    return _ANY_WORD.search(text) is not None or bool(dozens_in(text))


def in_digits(text: str) -> tuple[str, set[int]]:
    """``text`` with each number written in words written in digits, and where each of those
    starts in it: "two thousand and fifty-nine referrals" is "2059 referrals"."""
    out, at, starts = [], 0, set()
    for start, end, value in _numbers_in_words(text):
        out.append(text[at:start])
        starts.add(sum(map(len, out)))
        out.append(str(value))
        at = end
    return "".join(out) + text[at:], starts


def _numbers_in_words(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of each number in words (``_words_numbers``) and each dozen ('a
    dozen', 'two dozen': wpxl.verify.few_words), a dozen taking the word before it."""
    found, dozen = _words_numbers(text), dozens_in(text)
    if not dozen:
        return found
    apart = [f for f in found if not any(f[0] < end and start < f[1] for start, end, _ in dozen)]
    return sorted([*apart, *dozen])


def _words_numbers(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of each number in words: a run of number words, each joined to the
    one before by a space, a hyphen or (after "hundred", "thousand", "million") "and", spaced
    or hyphened ("four-hundred-and-twelve"), that reads as one number; "one two" is two
    numbers, "hundreds" none."""
    found = []
    words = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        start, end, word = words[i]
        if word not in _VALUE:
            i += 1
            continue
        total, group, small, scale = 0, _VALUE[word], _VALUE[word], 10**9
        i += 1
        while i < len(words):
            nxt_start, nxt_end, nxt = words[i]
            gap = text[end:nxt_start]
            if nxt == "and" and small == 0 and i + 1 < len(words) and _JOIN.fullmatch(gap):
                after = text[nxt_end : words[i + 1][0]]  # "hundred and fifty", "hundred-and-"
                nxt_start, nxt_end, nxt = words[i + 1]
                if nxt not in _VALUE or not _JOIN.fullmatch(after):
                    break
                i += 1
            elif not _JOIN.fullmatch(gap):
                break
            if nxt in _SCALE and nxt != "hundred":
                if not (0 < group < 1000 and _SCALE[nxt] < scale):
                    break
                total, group, small, scale = total + group * _SCALE[nxt], 0, 0, _SCALE[nxt]
            elif nxt == "hundred":  # "three hundred"; first, "fifteen hundred" (1,500)
                if not (0 < group < 10 or (total == 0 and 10 < group < 100)):
                    break
                group, small = group * 100, 0
            elif nxt in _VALUE and (small == 0 or (small % 10 == 0 and small >= 20 > _VALUE[nxt])):
                group, small = group + _VALUE[nxt], _VALUE[nxt]
            else:
                break
            end = nxt_end
            i += 1
        found.append((start, end, total + group))
    return found
