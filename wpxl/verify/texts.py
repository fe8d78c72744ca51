"""Invariant 2 for words, and the package as a whole: no number in any text escapes judgement.

Every number in a cell's text, a sheet name, a number format's literal text or a document
property (each of several joined by / - or :, as in "1816/14602", unless they make a date, a
financial year or a time) is judged once the whole input is known: a count stated as one
("n=47") must be rounded; a year, a day of a month, an age band, a reference ("Table 3") or a
percentage is not a figure, though a percentage to a decimal place may give one back
(``precise_shares``); wpxl's own figures (base, thresholds, counts of what it removed)
may appear; a figure of the input that rounding changes, an outcome figure on a percentage
sheet, or any other number large enough to be a figure may not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from wpxl.model.sheetref import runs
from wpxl.read.numerals import raised_in_digits, roman_numerals
from wpxl.read.package import (
    CUSTOM_PROPERTIES,
    HARMLESS_PARTS,
    WRITTEN_PARTS,
    holds_no_properties,
)
from wpxl.verify.counted_references import parted
from wpxl.verify.few_words import FEW
from wpxl.verify.footnotes import footnote_numbers, unmarked
from wpxl.verify.leaks import Finding, part_words, personal_kinds
from wpxl.verify.outcome_labels import shown_as_label
from wpxl.verify.precise_shares import PRECISE_SHARE, states_a_precise_share
from wpxl.verify.proof import Proof, Words
from wpxl.verify.rounding_shifts import SHIFTED, says_a_rounding_shift
from wpxl.verify.spelt import in_digits, spells_a_number
from wpxl.verify.stated_figures import STATED_FIGURE, states_a_figure
from wpxl.verify.values import (
    is_month_code,
    is_multiple,
    joined_tokens,
    number_tokens,
    stated,
    token_shape,
)

MIN_IN_LABEL = 100  # headers and row labels name groups ("Top 50"): smaller numbers are not judged
MIN_IN_TEXT = 25  # titles and notes: "Table 3", "5 sheets" are not figures
# On percentage sheets and in sheet names any outcome figure is judged, but for one digit:
# categories are numbered so ("1 live-born male"), and a count under 10 rounds to 0 anyway.
MIN_OUTCOME = 10
_WORKSHEET = re.compile(r"^xl/worksheets/sheet\d+\.xml$")
_FORMAT_TEXT = re.compile(r'"([^"]*)"|\\(.)')
_PARTS_NAMED = {
    "docProps/core.xml": "the document properties (docProps/core.xml)",
    "docProps/app.xml": "the document properties (docProps/app.xml)",
    "xl/workbook.xml": "the workbook's sheet list (xl/workbook.xml)",
    "xl/styles.xml": "the number formats (xl/styles.xml)",
    "xl/sharedStrings.xml": "a shared string no cell shows (xl/sharedStrings.xml)",
}
BOOK = _PARTS_NAMED["xl/workbook.xml"]


def judge_words(proof: Proof) -> list[Finding]:
    """Every queued text, every number in it (cells, names, formats, properties)."""
    for where, text in package_words(proof):
        proof.queue(where, text, "wpxl")
    for index, code in enumerate(proof.output.formats):
        literal = "".join(q or e for q, e in _FORMAT_TEXT.findall(code))
        if literal:
            proof.queue(_format_user(proof, index), literal, "title")
    for code in part_words("xl/styles.xml", proof.output.read("xl/styles.xml")):
        proof.queue(_PARTS_NAMED["xl/styles.xml"], code, "title")  # used by a cell or not
    found = []
    seen: set[tuple[str, str]] = set()
    for words in proof.words:
        problem = _judge(words, proof)
        if problem and words.role == "name":
            problem = "a sheet name that quotes a figure"
        if problem and (words.where, problem) not in seen:
            seen.add((words.where, problem))
            found.append(Finding(words.where, problem))
    return found


# How wpxl counts what it did in its own sentences (cover, warnings): numbers of cells, totals
# and removals, and how it names a table ("table 112 on 'Offices'": the 112th on that sheet;
# a percentage sheet's intro, "on sheet 'Outcomes' (table 112), by payment group", where tables
# of one sheet have no title or the same one), which are no volume of people whatever value they
# happen to share with one. (Not how many hidden lines or comments it found: one may be a line
# per person, and the cover names them only.)
_WPXL_COUNTS = re.compile(
    r"\b\d+ of \d+ (?:figures|totals)\b|^(?:Warnings|Removed from the source) \(\d+\)$"
    r"|\b\d+ of its (?:typed )?totals\b|\band \d+ more\)"
    r"|\b[Tt]able \d+ on '|\(table \d+\)(?=, by | that falls in each column)"
)


COUNTED = "a count of a measure stated in words that is not rounded"
# wpxl names on the cover what it found in the input and left out, never how many: hidden
# lines or comments may each be a person's ('hidden rows, workbook: 157 found', a line per
# job outcome collapsed under its area's)
_FOUND_COUNTED = re.compile(r"\b\d[\d,]* found\b")
HIDDEN_COUNTED = "a count of what the input hid (each may be a person's), on wpxl's own page"
FORBIDDEN = "an unrounded, removed or outcome figure"
IN_FILE_NAME = "an unrounded, removed or outcome figure in the file's name, which the cover names"
# the cover's line naming the input (templates/cover.txt.j2): its name is the analyst's
_FILE_LINE = re.compile(r"^Prepared by .* from '(.*)' on \d{4}-\d{2}-\d{2} with wpxl\b")


def _in_file_name(words: Words, at: int) -> bool:
    """Whether the number at ``at`` in wpxl's own words, the input's name parted as the proof
    reads it (``_name_apart``), is in that name on the cover."""
    line = _FILE_LINE.match(_name_apart(words.text)) if words.role == "wpxl" else None
    return line is not None and line.start(1) <= at < line.end(1)


_ORDER_NUMBER = re.compile(r"^\d+_")  # '29_outcome_counts.xlsx': the file's place in a folder


# A number of two digits or more glued to a word ('JOs358.xlsx', '358JOs'), but for one digit
# ('Q1', 'v2'), a financial year ('FY1314') and an ordinal's ending ('22nd')
_GLUED_NUMBER = re.compile(
    r"(?<=[A-Za-z])(?<![Ff][Yy])(?=\d{2})|(?<=\d\d)(?=[A-Za-z])(?!(?:st|nd|rd|th)\b)"
)


def file_words(name: str) -> str:
    """A file's name with its underscores read as spaces, as its words are parted
    ('WY_outcomes_149_Q1.xlsx': 'WY outcomes 149 Q1.xlsx'), but for the number it opens with,
    its place among its folder's files, and a number glued to a word set apart from it
    ('JOs358.xlsx': 'JOs 358.xlsx'), as a person reads it."""
    order = _ORDER_NUMBER.match(name)
    start = order.end() if order else 0
    return name[:start] + _GLUED_NUMBER.sub(" ", name[start:].replace("_", " "))


def _name_apart(text: str) -> str:
    """The cover's line naming the input, its name's words parted (``file_words``)."""
    line = _FILE_LINE.match(text)
    if line is None:
        return text
    start, end = line.span(1)
    return text[:start] + file_words(text[start:end]) + text[end:]


def _judge(words: Words, proof: Proof) -> str | None:
    base, role = proof.base, words.role
    if shown_as_label(words.heading, words.text, proof.row_names):
        return None  # an outcome table's key on its percentage sheet (verify.outcome_labels)
    if states_a_precise_share(words.text, role):
        return PRECISE_SHARE
    if role != "wpxl" and says_a_rounding_shift(words.text, base):
        return SHIFTED  # 'Leeds rounded up by 3' beside Leeds' 140
    if role == "wpxl" and _FOUND_COUNTED.search(words.text):
        return HIDDEN_COUNTED
    if role in ("title", "label") and _few_counted(words.text, proof):
        return FEW_COUNTED
    text = _WPXL_COUNTS.sub(" ", _name_apart(words.text)) if role == "wpxl" else words.text
    text = parted(text) if role == "title" else text  # "Calderdale starts this month 43"
    text = raised_in_digits(text)  # 'Leeds ¹³⁷' shows 137 (wpxl.read.numerals)
    if role != "wpxl" and any(n in proof.forbidden for n in roman_numerals(text)):
        return FORBIDDEN  # 'Leeds (CXXXVII)'
    spelt: set[int] = set()
    if spells_a_number(text):  # "two thousand and fifty-nine": judged as 2059 is
        text, spelt = in_digits(text)
    unshown = _unshown_figures(proof) if role != "wpxl" else frozenset()
    if role in ("label", "title") and (footnotes := footnote_numbers(proof)):
        text = unmarked(text, footnotes)  # 'Non-criminal prisoners(2)' over a note '(2) ...'
    figure_stated = False  # told only if the text has no other problem, which says more
    for value, before, suffix, after in [*number_tokens(text), *joined_tokens(text)]:
        if stated(before, value):
            if not is_multiple(value, base):
                return "a count stated in words that is not rounded"
            continue
        shape = token_shape(value, before, suffix, after)
        if shape == "year" and len(before) in spelt:
            shape = None  # no one writes a year in words: "two thousand and fifty-nine"
        if shape in ("year", "place") and "," in text[len(before) : len(text) - len(after)]:
            shape = None  # nor with a thousands separator: '1,996 (25%)', 'Site 1,377' count
        if shape == "place" and _count_patterns(proof)[0].match(after):
            shape = None  # 'office 245 referrals': a count of the place's, as the plan reads it
        if value in unshown and states_a_figure(value, before, after, shape, role != "name"):
            figure_stated = True  # "ESA flow (3)", ": 1998", "JOs 1998", however small
        if shape is not None:
            continue
        unrounded = not is_multiple(value, base)
        small = value < MIN_IN_TEXT and unrounded
        told = (role == "title" and small) or (
            unrounded and role in _LABELS and _BROUGHT_IN.search(before) is not None
        )
        if told and _counts(before, after, proof):
            return COUNTED  # "13 duplicate referrals removed": a count whatever its size
        if role == "wpxl" and value in proof.own_figures:
            continue
        if role in ("percent", "name") and value >= MIN_OUTCOME and value in proof.outcome_figures:
            return "an outcome figure quoted in words"
        least = MIN_IN_LABEL if role in ("label", "name", "percent") else MIN_IN_TEXT
        if is_multiple(value, base) or value < least:
            continue
        if value in proof.forbidden:
            return IN_FILE_NAME if _in_file_name(words, len(before)) else FORBIDDEN
        if role == "name" and is_month_code(value):
            continue  # a monthly tab named '201304', where no figure of the input is 201304
        if words.band is not None and value in words.band:
            continue  # '53-104' among '0-13 | 14-26 | 27-52': weeks, no figure of the input
        if role != "wpxl":
            return "a number in words that is not a rounded figure"
    return STATED_FIGURE if figure_stated else None


# A count said without a number, as '<10' bounds one: 'a single referral', 'a handful of
# referrals', 'a couple of job starts', 'a few attachments' (not 'a few weeks')
FEW_COUNTED = "a small count of a measure stated in words ('a single', 'a handful') not rounded"


# up to two words between, none bringing in what is counted ('a single cause group for
# stillbirths' derives one group, it counts no stillbirth); a measure's verb ('referred') none:
# 'a single office referred them' counts offices
_FEW_BETWEEN = r"(?:\s+(?!(?:for|of|in|to|from|by|with|per|at|on|and|or)\b)[\w'+&/-]+){0,2}?"


def _either(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"


def _few_counted(text: str, proof: Proof) -> bool:
    counted = proof.kept.get("few counted")
    if counted is None:
        words = [w for found in proof.policy.measure_words.values() for w in found]
        verbs = [w for w in words if w.split()[0].lower().endswith("ed")]  # 'a few referred'
        measure = _either([*(w for w in words if w not in verbs), *_PEOPLE])
        counted = proof.kept["few counted"] = re.compile(
            rf"{_FEW_BETWEEN}\s+(?:[a-z]+-)?(?:{measure})|\s+(?:{_either(verbs)})", re.IGNORECASE
        )
    return any(counted.match(text, found.end()) for found in FEW.finditer(text))


def _unshown_figures(proof: Proof) -> frozenset[float]:
    """The input's figures that rounding would change and the copy does not show itself (a
    year header, a code are shown, so quoting them tells nothing), which a text may not state
    as a figure whatever their size. A number the input's dropped text holds (a comment's
    "note 3", a page header's "2013") is left to the rules by size: the plan reads no year
    nor small number there as a figure, and such a text is no figure of the input's cells."""
    found = proof.kept.get("unshown figures")
    if not isinstance(found, frozenset):
        found = frozenset(proof.forbidden - proof.shown_figures - proof.package_figures)
        proof.kept["unshown figures"] = found
    return found


# Whom the measures count, besides the policy's measure words: "13 people were referred twice",
# "12 jobseekers", "12 service users", "12 early leavers" (providers' words for them)
_PEOPLE = (
    *("people", "person", "participant", "customer", "claimant", "client", "individual"),
    *("entrant", "starter", "joiner", "transfer", "leaver", "candidate", "learner"),
    *("jobseeker", "job seeker", "service user"),  # 'early entrants', 'transfers in'
)


# A number that names no count beside a measure: a footnote's number ("3 Deaths by age are
# ..."), a financial year written short ("13/14 outcomes") and a numbered kind ("type 1 A&E
# attendances").
_FOOTNOTE = re.compile(r" [A-Z][a-z]")
_SHORT_YEAR_START, _SHORT_YEAR_END = re.compile(r"\b\d\d/$"), re.compile(r"/\d\d\b")
_KIND = re.compile(
    r"\b(?:type|category|class|band|grade|priority|pg|area|zone|lot|route|strand|pathway"
    r"|option|district|region|ward|site|office|team)\s*$",
    re.IGNORECASE,
)


# A label's count brought in after words, by a note's opening ('Of which 19 early entrants',
# 'Job starts (of which 47 early entrants)', 'Includes 12 transfers in') or a bracket, colon
# or dash after the line's name ('Leeds (38 transfers in)', 'Leeds: 38 referrals withdrawn'):
# a count of its line, whatever its size. A line's own label opens on its number ('2
# referrals', '3 or more job starts': a band of a count per person, no count) or has it after
# a word ('Customers with 2 referrals', 'CPA 12 referrals': a band, a name).
_BROUGHT_IN = re.compile(
    r"(?:\w\W*[(:;,\u2013\u2014-]"
    r"|\b(?:of\s+which|o/w|includ(?:es|ing)|incl\.?|exclud(?:es|ing)|excl\.?))\s*:?\s*$",
    re.IGNORECASE,
)
_LABELS = ("label", "percent", "name")  # texts whose numbers under 100 are otherwise let be


def _counts(before: str, after: str, proof: Proof) -> bool:
    """Whether a number of a note or title is stated as a count of a measure, whatever its
    size: "13 duplicate referrals", "3 ESA Flow referrals", "Referrals withdrawn: 13"."""
    if (not before.strip() and _FOOTNOTE.match(after)) or _KIND.search(before):
        return False
    if _SHORT_YEAR_START.search(before) or _SHORT_YEAR_END.match(after):
        return False
    after_words, before_words = _count_patterns(proof)
    return bool(after_words.match(after) or before_words.search(before))


def _count_patterns(proof: Proof) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Up to three words, then a measure word (at the start of a word, as the policy matches
    them, or after a prefix and a hyphen: '12 re-referrals', '9 self-referrals'); a measure
    word, up to three words and ':', '=', 'were' or a change ('up', 'fell by': "Leeds job
    starts up 7 on last month", the change of two unrounded counts) before the number."""
    patterns = proof.kept.get("counted")
    if patterns is None:
        words = [w for found in proof.policy.measure_words.values() for w in found]
        measure = "|".join(r"\s+".join(map(re.escape, w.split())) for w in [*words, *_PEOPLE])
        between = r"(?:\s+[\w'+&/-]+){0,3}?"
        patterns = proof.kept["counted"] = (
            re.compile(rf"{between}\s+(?:[a-z]+-)?(?:{measure})", re.IGNORECASE),
            re.compile(
                rf"\b(?:{measure})[\w'-]*{between}"
                r"\s*(?:[:=]|\s(?:was|were|is|are|totalled|numbered"
                r"|(?:up|down|rose|fell|increased|decreased|grew|dropped)(?:\s+by)?)\b)\s*$",
                re.IGNORECASE,
            ),
        )
    return patterns  # type: ignore[return-value]


def package_words(proof: Proof) -> list[tuple[str, str]]:
    """(where, text) of every word of the package outside the worksheets' cells: a shared
    string too that no cell shows (the cells' own are judged with their cells), which is in
    the file all the same ('137 job outcomes' left in the table when its cell was cleared)."""
    words = []
    for name in proof.output.names:
        if _WORKSHEET.match(name) or name == "xl/styles.xml":
            continue  # cells: judged cell by cell; number formats: as formats (judge_words)
        where = _PARTS_NAMED.get(name, f"the package part {name}")
        if name == "xl/sharedStrings.xml":
            shown = {text for _, _, text in proof.strings}
            words.extend((where, w) for w in proof.output.strings if w not in shown)
            continue
        words.extend((where, w) for w in part_words(name, proof.output.read(name)))
    return words


def _format_user(proof: Proof, index: int) -> str:
    return proof.style_users.get(index, _PARTS_NAMED["xl/styles.xml"])


def check_package(proof: Proof) -> list[Finding]:
    """Only the parts a plain workbook needs; visible sheets; no defined names; every sheet
    the cover, a sheet of the input, or a percentage sheet."""
    book = proof.output
    found = [
        Finding(f"the package part {name}", "a part wpxl does not write for a plain workbook")
        for name in book.names
        if not WRITTEN_PARTS.match(name)
        and not HARMLESS_PARTS.match(name)  # a copy Excel saved again: its calculation order
        and not (name == CUSTOM_PROPERTIES and holds_no_properties(book.read(name)))
    ]
    if any(state != "visible" for state in book.states.values()):
        found.append(Finding(BOOK, "a hidden sheet"))
    if book.defined_names:
        found.append(Finding(BOOK, "defined names"))
    for index, name in enumerate(book.where):
        if index and name not in proof.source.by_output_name and not name.endswith("%"):
            found.append(Finding(f"sheet '{name}'", "a sheet the input does not have"))
    return found


def personal_details(places: Iterable[tuple[str, str]]) -> list[Finding]:
    """No National Insurance number, e-mail address, phone number, postcode, date of birth or
    person named with a title in any of the (where, text) ``places``."""
    found = []
    for where, text in places:
        found.extend(Finding(where, f"what looks like {kind}") for kind in personal_kinds(text))
    return found


@cache
def numbered_names(names: tuple[str, ...]) -> frozenset[str]:
    """Sheets named by number in a run ("1", "2" ... "26", as ONS names its worksheets): the
    names number the sheets, so are judged as labels, not as figures a name could hide."""
    numbers = sorted(int(n) for n in names if n.isdigit() and n.isascii())
    return frozenset(str(n) for run in runs(numbers) if len(run) >= 3 for n in run)
