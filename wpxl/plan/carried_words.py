"""The words a plan carries, remembered across groups of sheets for two checks that need the
whole workbook: which texts quote one of its figures (and must go), and which of the input's
hidden or dropped texts the output shows anyway.

Most texts can be judged when their sheet is planned (they hold no number a figure could be),
so only the few that may still have to go are kept with their cells; the rest are kept as words.
"""

from __future__ import annotations

from dataclasses import dataclass

from wpxl.model import CellValue, Coord, Measure, Removal, SheetAnalysis
from wpxl.model.sheetref import a1
from wpxl.plan.coded_labels import coded_labels
from wpxl.plan.contacts import holds_contact_details
from wpxl.plan.few_counted import FEW_STATED, states_a_few
from wpxl.plan.footnotes import NONE, Footnoted, footnote_numbers, footnoted, raises_a_mark
from wpxl.plan.line_labels import LINE_FIGURE, labels_stating_their_line
from wpxl.plan.open_bands import Band, closed_band_labels
from wpxl.plan.outcome_bands import outcome_band_labels
from wpxl.plan.outcome_bases import of_outcomes, states_a_base
from wpxl.plan.quoting import Judgement, judged_alone, states_an_outcome_amount
from wpxl.plan.rounding_notes import (
    SHIFTED,
    UNTRUE_OF_THE_COPY,
    says_other_rounding,
    states_a_rounding_shift,
)
from wpxl.plan.small_lines import names_a_line, small_line_labels, states_a_whole_share
from wpxl.plan.spaced_thousands import with_commas
from wpxl.read.numerals import raised_in_digits, roman_in_digits, roman_numerals
from wpxl.read.precise_shares import states_a_precise_share

CONTACTS = (
    "it holds contact details or other personal details (an e-mail address, phone number, "
    "postcode, National Insurance number, date of birth, a person named with a title, a "
    "participant named, or a member of staff named as who prepared, checked or answers for the "
    "workbook, or with their job title)"
)
QUOTES = "it quotes an unrounded figure"
VERDICTS_HELD = 4096
OUTCOME_AMOUNT = "it states an amount about outcomes (a volume, or a rate that gives one back)"
PRECISE_SHARE = (
    "it states a percentage to a decimal place, worked out from the unrounded figures, which "
    "could give them back"
)
OUTCOME_BASE = (
    "it states a count as a base or total on a sheet of outcomes (an outcome volume, rounded "
    "or not)"
)
SMALL_BASE_SHARE = (
    "it states a percentage about a line whose counts are all below the small base, which "
    "could give them back"
)
NUMBERED_KEY = "a fraction naming the row: a percentage sheet shows no figure but percentages"


@dataclass(slots=True)
class _TextCell:
    sheet: str
    coord: Coord
    text: str
    goes: str | None  # why it goes whatever the figures (contact details, outcome amounts)
    share: bool  # it states a whole percentage: it goes if it names a small line
    base: bool  # it states a count as a base: it goes from a sheet of outcomes
    judged: Judgement
    carried: Footnoted  # the numbers it carries in a footnote's shape
    unmarked: Judgement  # the text without them, judged
    source: Coord  # the input's cell, which a removal names


_Verdict = tuple[Judgement, str | None, Footnoted, Judgement, bool, bool]


class CarriedWords:
    def __init__(
        self, base: int, measure_words: dict[Measure, tuple[str, ...]], small_base: int
    ) -> None:
        self._base = base
        self._untrue = UNTRUE_OF_THE_COPY.format(base=base)
        self._small_base = small_base
        self._small_lines: dict[str, set[str]] = {}  # output sheet -> its small lines' labels
        self._of_outcomes: set[str] = set()  # output sheets whose input names outcomes
        self._measure_words = measure_words
        self._texts: list[_TextCell] = []
        self._words: set[str] = set()
        # a text's verdict, by text and whether it is a label: the same headers and row labels
        # are on sheet after sheet of a pack, and judging one runs dozens of patterns. Emptied
        # when full, so a book of distinct labels holds no more than a few thousand.
        self._verdicts: dict[tuple[str, bool], _Verdict] = {}
        self._markers: set[float] = set()  # numbers a text ends with as a footnote's marker
        self._keys: set[float] = set()  # numbers a note opens with as its key
        self.deletions: dict[str, set[Coord]] = {}  # sheet -> the cells of texts that go
        self._line_texts: set[str] = set()  # labels stating their own line's figure
        self._band_texts: set[str] = set()  # labels of a band of how many outcomes ('2 JOs')
        self._closed_bands: dict[str, Band] = {}  # labels of a run of bands ('53-104' weeks)
        self._coded: dict[str, float] = {}  # labels opening with their line's code ('1101 Leeds')

    def learn_sheet(self, output_name: str, analysis: SheetAnalysis) -> None:
        """What of an input sheet its copy ``output_name`` may not state: a percentage about
        its lines of small counts (wpxl.plan.small_lines), a base if it is of outcomes
        (wpxl.plan.outcome_bases), a label stating its own line's figure (wpxl.plan.
        line_labels). Each is asked only where a text of the sheet states one (walking every
        sheet's cells again would cost a large workbook a tenth of its time)."""
        sheet = analysis.sheet
        placed = [(at, c.value) for at, c in sheet.cells.items() if isinstance(c.value, str)]
        self._line_texts |= labels_stating_their_line(analysis, placed, self._base)
        self._band_texts |= outcome_band_labels(placed, self._measure_words)
        self._closed_bands |= closed_band_labels(placed)
        self._coded |= coded_labels(placed)
        texts = [text for _, text in placed]
        if any(map(states_a_whole_share, texts)):
            self._small_lines[output_name] = small_line_labels(sheet, self._small_base)
        words = self._measure_words
        if any(map(states_a_base, texts)) and of_outcomes(texts, analysis.tables, words):
            self._of_outcomes.add(output_name)

    def add_words(self, text: str) -> None:
        """Words wpxl wrote: never checked, only known."""
        self._words.add(text)

    def add_text(self, sheet: str, coord: Coord, text: str, label: bool, source: Coord) -> None:
        """A carried note, title, header (``label``) or row label (``label``)."""
        verdict = self._verdicts.get((text, label))
        if verdict is None:
            if len(self._verdicts) >= VERDICTS_HELD:
                self._verdicts.clear()
            verdict = self._verdicts[(text, label)] = self._judged(text, label)
        judged, goes, carried, unmarked, share, base = verdict
        band = self._closed_bands.get(text) if label else None
        if band is not None and judged.unrounded:  # its ends: figures only if the book's own
            judged = Judgement(False, tuple(float(end) for end in band if end is not None))
        code = self._coded.get(text) if label else None
        if code is not None and judged.unrounded:  # a figure only if the book's own
            judged = Judgement(False, (code,))
        if goes == OUTCOME_AMOUNT and label and text in self._band_texts:
            goes = None  # a band of how many outcomes each person had, not a volume
        if goes is None and text in self._line_texts:  # wherever it stands: '%' sheets too
            goes = LINE_FIGURE
        if carried is not NONE:
            self._markers.update(carried.markers)
            if carried.key is not None:
                self._keys.add(carried.key)
        if goes is None and not judged.may_quote and not share and not base:  # most texts:
            self._words.add(text)  # carried whatever the workbook holds
        else:
            cell = _TextCell(
                sheet, coord, text, goes, share, base, judged, carried, unmarked, source
            )
            self._texts.append(cell)

    def _judged(self, text: str, label: bool) -> _Verdict:
        """How the text is judged before the figures are known, why it goes whatever they
        are (None: it may stay), the footnote numbers it may carry, and how the text without
        them is judged."""
        words = self._measure_words
        text = raised_in_digits(with_commas(text))  # '7 081 in all' quotes 7081 as '7,081' does
        judged = judged_alone(text, label, self._base, words)
        if numerals := roman_numerals(text):  # 'Leeds (CXXXVII)': judged against the figures
            judged = Judgement(judged.unrounded, judged.figures + tuple(numerals))
        goes = CONTACTS if holds_contact_details(text) else None
        if goes is None and says_other_rounding(text, self._base):
            goes = self._untrue
        if goes is None and states_a_rounding_shift(text, self._base):
            goes = SHIFTED  # 'Leeds rounded up by 3': 140 less 3
        if goes is None and states_an_outcome_amount(roman_in_digits(text), words):
            goes = OUTCOME_AMOUNT
        if goes is None and states_a_precise_share(text):
            goes = PRECISE_SHARE
        if goes is None and states_a_few(text, words):
            goes = FEW_STATED
        share, base = states_a_whole_share(text), states_a_base(text)
        carried = footnoted(text) if judged.figures or raises_a_mark(text) else NONE
        if carried is NONE:
            return judged, goes, NONE, judged, share, base
        unmarked = judged_alone(carried.unmarked, label, self._base, words)
        return judged, goes, carried, unmarked, share, base

    def drop_quoting(self, forbidden: frozenset[float]) -> list[Removal]:
        """A note, title, header or label that holds contact details (wpxl.plan.contacts),
        says the figures are unrounded or rounded otherwise (wpxl.plan.rounding_notes), names
        outcomes and states an amount, states a percentage to a decimal place
        (wpxl.plan.precise_shares), quotes an unrounded figure (one of the workbook's, or any
        figure rounding would change: wpxl.plan.quoting), states a whole percentage about a
        line of small counts on its sheet (wpxl.plan.small_lines), or states a base on a sheet
        of outcomes (wpxl.plan.outcome_bases) is removed. Its
        cell goes into ``deletions``. A footnote's number (wpxl.plan.footnotes) quotes nothing."""
        removals = []
        footnotes = footnote_numbers(self._markers, self._keys)
        for text in self._texts:
            judged = text.judged
            if footnotes and text.carried is not NONE and text.carried.numbers() <= footnotes:
                judged = text.unmarked  # each number it carries a footnote's
            if text.goes is not None and text.goes != self._untrue:
                why = text.goes
            elif judged.quotes(forbidden):
                why = QUOTES  # the graver reason for a note that also says it is unrounded
            elif text.goes is not None:
                why = text.goes
            elif text.share and names_a_line(text.text, self._small_lines.get(text.sheet, set())):
                why = SMALL_BASE_SHARE
            elif text.base and text.sheet in self._of_outcomes:
                why = OUTCOME_BASE
            else:
                continue
            self.deletions.setdefault(text.sheet, set()).add(text.coord)
            removals.append(Removal("text", f"'{text.sheet}' {a1(*text.source)}", why))
        return removals

    def goes_for_its_words(self, text: str) -> bool:
        """Whether a header or row label goes from the copy whatever the workbook's figures
        (contact details, an amount of outcomes in words, a rounding shift, its line's own
        figure): the run report's grid, forwarded with the copy and drawn before the figures
        are all known, may not show it either ('Wakefield (every start reached a job
        outcome)' went from the copy and stood in the grid)."""
        verdict = self._verdicts.get((text, True)) or self._judged(text, True)
        goes = verdict[1]
        if goes == OUTCOME_AMOUNT and text in self._band_texts:
            goes = None  # a band of how many outcomes each person had, as add_text keeps it
        return goes is not None or text in self._line_texts

    def planned(self) -> set[str]:
        """Every text the output shows."""
        kept = (t.text for t in self._texts if t.coord not in self.deletions.get(t.sheet, ()))
        return self._words.union(kept)


def numbered_label(value: CellValue) -> tuple[CellValue, str | None] | None:
    """A number labelling an outcome table's row as a percentage sheet may show it, or why it
    may not (None: the label is words): a percentage sheet shows no figure but its
    percentages (the proof holds it to that), so a whole number naming its row (a year, week
    13, payment group 6, 202404), typed or written as digits, is shown as its digits, words
    the proof judges against its own reading of the input's labels; another is left off."""
    if isinstance(value, str):
        digits = value.strip()
        return (digits, None) if digits.isdigit() and digits.isascii() else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if float(value).is_integer():
        return str(int(value)), None
    return None, NUMBERED_KEY
