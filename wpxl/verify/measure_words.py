"""Which words name an outcome or sustainment, another measure, or money: the proof's own.

The policy's measure words, and besides them the abbreviations and phrasings providers use for
outcomes (JO, OP, SP and payments numbered so, in work at 26 weeks, paid or converted starts,
'Sustains' as analysts call sustainment payments, and their Welsh: 'Deilliannau', 'Canlyniadau
swyddi', 'Taliadau canlyniad', 'Taliadau cynnal', 'Cynaliadwyedd', 'Swyddi cynaliadwy');
an abbreviation with its stops or a space ('J.Os', 'J Os', "J.O's", 'S.Os') as without, and
'PbR' (payment by results: the programme pays it only for outcomes and sustainments);
a database extract's joined names ("job_outcomes", "JobOutcomes") are read as their words, and
a time since an event ('Months since referral') names no measure. Used by the proof's reading
of which input figures are outcome volumes (wpxl.verify.outcomes).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from itertools import pairwise

from wpxl.model import Cell, Measure
from wpxl.policy import Policy
from wpxl.read.numformats import format_words
from wpxl.verify.field_names import field_names_outcomes
from wpxl.verify.lasted import stays_in_work
from wpxl.verify.misspelt import broken_word, respelt
from wpxl.verify.money_words import is_amount_band, names_money
from wpxl.verify.when_words import without_when
from wpxl.verify.work_marks import starts_reached, times_in_digits

BUILT_IN_OUTCOME_WORDS = (
    r"job outcomes?", r"outcomes?", r"sustainments?", r"sustained", r"paid outcomes?",
    r"sustains\b",  # 'No. of sustains', as analysts say; not 'sustainable jobs'
    r"outcome payments?", r"sustainment payments?", r"in work (?:at|for|after) \d+ ?(?:weeks|wks)",
    r"off benefits? (?:at |for |after )?\d+ ?(?:weeks|wks)", r"\d+ ?\+? ?wks?\b",
    # a job start that lasted: "Job starts reaching 13 weeks", "Job starts: 6 months in work"
    r"job starts?\W*(?:(?:reaching|achieving|lasting|at|past|beyond|after)\s+)?\d+ ?\+? ?"
    r"(?:weeks?|months?)\b(?! (?:after|since|from|before) (?:attach|refer)"  # not time to start
    r"|,? (?:to|ending|ended)\b)",  # nor the period counted ('12 months to March 2014')
    r"(?:paid|claimed|converted) (?:job )?starts?", r"(?:job )?starts? (?:claimed|converted)",
    r"jobs?\s+outs?\b(?!\s+of\b)",  # 'JOBS OUT', analysts' shorthand; not 'out of work'
    # Welsh: outcomes, job outcomes ('canlyniadau' alone is any results), outcome payments,
    # sustainment payments, sustainment, sustained jobs
    r"deillian(?:t|nau)\b", r"canlyniad(?:au)?\s+(?:swydd(?:i)?|gwaith|cyflogaeth)\b",
    r"taliad(?:au)?\s+canlyniad(?:au)?\b", r"taliad(?:au)?\s+cynnal\b",
    r"cynaliadwy(?:edd|aeth)\b", r"swydd(?:i)?\s+cynaliadwy\b",
)  # fmt: skip
_ABBREVIATIONS = re.compile(
    r"(?<!\w)(?:[JS](?:\.\s?O\.?(?:'?s)?|\sO'?s|O(?:'?s)?)"  # 'JO', 'J.Os', 'J Os', "SO's"
    r"|SP[sS]?|S/Ps?|J/Os?|S\.P\.s?|JOP[sS]?|JOC[sS]?|JOS|OPs?|P[bB] ?R|Susts?\.?|SUST[sS]?"
    r"|Jos|Sps"  # "JOs", "SPs" as Excel's autocorrect leaves them first in a cell
    r"|Job outc\.|Outcs?\.?|O/Cs?|Sustd|SUSTD|Sus\.)"  # not "OC" or "Sus" (initials) ...
    r"(?!(?![\u00b9\u00b2\u00b3\u2070-\u2079\u1d43-\u1d5b])\w)"  # ... but 'JO¹' (a raised call)
    r"|(?<!\w)[Oo]/[Cc]omes?(?!\w)"  # 'Job o/comes', as 'o/s' is outstanding
    r"|(?<!\w)(?:SPs?|S/Ps?|Sust\.?|SUST|Sus|Sustain)\s?-?\d{1,2}(?!\d)"  # "SP13"
    # "JOs13"; glued on past 20, a count ('Leeds (JO37)'), as verify/values reads it
    r"|(?<!\w)(?:JOs?|J/Os?)(?:\s-?\d{1,2}|-\d{1,2}|0?(?:1\d|20|[1-9]))(?!\d)"
)  # capitals only: "jo" is a name, "sp" a typo
# a long extract's code for a line of job starts, referrals or attachments beside its 'JO' lines
# ('Leeds | JS | 412', 'Leeds | REF | 1237'), in capitals and whole: 'JSA' is a benefit, 'Ref' a
# reference as often
_STARTS_ABBREVIATION = re.compile(r"(?<!\w)JSs?(?!\w)")
_VOLUME_ABBREVIATION = re.compile(r"(?<!\w)(?:JSs?|REFs?|Refs|ATTs?|Atts)(?!\w)")
_JOINS = re.compile(r"_+|(?<=[A-Za-z])-(?=[A-Za-z])")  # "job_outcomes", "off-benefit"
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=\d)(?=[A-Z][a-z])")  # "JobOutcomes", not "JOs"


_UNSEEN_SPACE = re.compile("[\u200b-\u200d\u2060\ufeff]")  # of no width: 'J\u200bOs' is 'J Os'


def as_words(text: str) -> str:
    """A joined name's words apart ("job_outcomes", "JobOutcomes" -> "Job Outcomes"); a
    capital after a capital starts no word, so "JOs" stays an abbreviation. A soft hyphen,
    unseen, joins its word ('Out\u00adcomes')."""
    return _CAMEL.sub(" ", _JOINS.sub(" ", _UNSEEN_SPACE.sub(" ", text.replace("\u00ad", ""))))


_BY = re.compile(r"\bby\b", re.IGNORECASE)
# a table's number before a block's title ('Table 1:'), and what the block is broken down by or
# when after it ('... by payment group', '..., 2014-15'): the measure named alone between
_NUMBERED = re.compile(r"^\s*table\s+\w{1,4}\s*[:.\-\u2013]\s*", re.IGNORECASE)
_BROKEN_DOWN = re.compile(r"\s+by\s.*$|\s*,.*$", re.IGNORECASE)
_RATE = re.compile(r"\brates?\b|%|\bper ?cent|\bpercentage|\bproportion|\bshare|\bratio", re.I)


# a rate's header, an average's or one per head ('Conv. rate', 'Avg JOs', 'JOs per adviser')
_RATE_HEAD = re.compile(
    rf"{_RATE.pattern}|\bconv(?:ersion)?\b|\bconv\.|\bav(?:era)?ge?\b|\bper\s+\w", re.I
)


def names_a_rate(text: str) -> bool:
    """Whether a header names a rate or an average ('JO rate', 'Conv.', 'Avg JOs per
    adviser'): no count, it heads its own column alone and is no status of job starts."""
    return _RATE_HEAD.search(as_words(text)) is not None


def other_words(policy: Policy) -> list[str]:
    """The policy's words for the measures other than outcomes."""
    return [w for m, ws in policy.measure_words.items() if not m.is_outcome for w in ws]


class Measures:
    """Tells, for a text, whether it names an outcome, another measure, or neither."""

    def __init__(self, policy: Policy) -> None:
        outcome = [
            re.escape(w) for m, ws in policy.measure_words.items() if m.is_outcome for w in ws
        ]
        other = [
            re.escape(w) for m, ws in policy.measure_words.items() if not m.is_outcome for w in ws
        ]
        self._outcome = re.compile(
            r"\b(?:" + "|".join([*BUILT_IN_OUTCOME_WORDS, *outcome]) + r")", re.IGNORECASE
        )
        self._other = (
            re.compile(r"\b(?:" + "|".join(other) + r")", re.IGNORECASE) if other else None
        )
        starts = [re.escape(w) for w in policy.measure_words.get(Measure.JOB_STARTS, ())]
        self._starts = (
            re.compile(r"\b(?:" + "|".join(starts) + r")", re.IGNORECASE) if starts else None
        )
        self._other_words = [w.lower() for w in other_words(policy)]
        self._seen: dict[str, str | None] = {}
        self._money: dict[str, bool] = {}
        # another measure's plural name, alone ('Referrals', 'Job starts', 'No. of attachments')
        names = {w if w.endswith("s") else f"{w}s" for w in (*other_words(policy),)}
        alone = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        done = "|".join(re.escape(w) for w in other_words(policy) if w.lower().endswith("ed"))
        said = rf"(?:total|number|no\.?|people|participants|customers|individuals)\s+(?:{done})"
        self._alone = (
            re.compile(
                rf"(?:(?:total|all|number\s+of|no\.?\s+of)\s+)?(?:{alone})(?:\s*\(n\))?"
                + (rf"|{said}(?:\s*\(n\))?" if done else ""),  # 'Number referred'
                re.IGNORECASE,
            )
            if names
            else None
        )

    def of(self, text: str) -> str | None:
        """Whether the text names an outcome, another measure (other) or neither (None)."""
        if text in self._seen:
            return self._seen[text]
        found: str | None = None
        words = times_in_digits(as_words(without_when(text)))  # 'Months since referral': none
        if (
            self._outcome.search(words)
            or self._outcome.search(respelt(words))  # 'Job outcoms', 'JOBOUTCOMES'
            or field_names_outcomes(text)  # 'jo_count'
            or _ABBREVIATIONS.search(words)
            or stays_in_work(words)
            or starts_reached(words)  # 'Job starts reaching the 26-week point'
        ):
            found = "outcome"
        elif (self._other is not None and self._other.search(words)) or (
            _VOLUME_ABBREVIATION.search(words) is not None
        ):
            found = "other"
        self._seen[text] = found
        return found

    def leads(self, text: str) -> str | None:
        """The measure a header over a column of figures names for the columns after it in
        its row, with no header of their own naming one ('Job starts | Advisers'): a rate's
        ('JO rate', 'Conversion rate', 'Avg JOs per adviser') names its own column alone."""
        return None if names_a_rate(text) else self.of(text)

    def shown_kind(self, cell: Cell | None) -> str | None:
        """'outcome' when a figure's own format shows words naming one ('0" JOs"') or money."""
        words = format_words(cell.style.input_format or "") if cell is not None else ""
        return "outcome" if words and (self.of(words) == "outcome" or self.money(words)) else None

    def money(self, text: str) -> bool:
        """Whether the text names an amount of money (not a band of amounts people had)."""
        if text not in self._money:
            words = as_words(text)
            self._money[text] = names_money(words) and not is_amount_band(words)
        return self._money[text]

    def of_starts(self, levels: list[list[str]]) -> bool:
        """Whether the nearest of ``levels`` (a figure's own lines, then its title, then its
        sheet) that names a measure names job starts."""
        for texts in levels:
            words = [as_words(t) for t in texts]
            if any(_names_starts(w) for w in words) or (
                self._starts is not None and any(self._starts.search(w) for w in words)
            ):
                return True
            if any(self.of(t) is not None for t in texts):
                return False
        return False

    def outcome_only(self, text: str) -> bool:
        """Whether the text names an outcome and no other measure (a note saying what a
        table counts, not where its figures come from: "referrals and job outcomes data")."""
        other = self._other is not None and self._other.search(as_words(text)) is not None
        return self.of(text) == "outcome" and not other

    def alone(self, text: str) -> bool:
        """Whether the text is another measure's plural name and nothing else: a header
        naming what its column counts, not a kind of an outcome breakdown ('JCP referral')."""
        words = " ".join(text.split())
        return self._alone is not None and self._alone.fullmatch(words) is not None

    def own_title_rows(
        self,
        reach: tuple[int, int, int, int],
        words: Mapping[int, Sequence[tuple[int, str]]],
        titles: Collection[int],
    ) -> list[int]:
        """The title rows from ``reach``'s first row to the block's header row (its second),
        without the sheet's title over it and the blocks after it where that title lists the
        block's own: 'Job starts and job outcomes by payment group' over 'Job starts' (the
        nearest title row's words over the block's columns, ``reach``'s last two, another
        measure's plural name alone but for its table's number and what it is broken down
        by: 'Table 1: Job starts by payment group'; at or before the header's left edge, not a
        group label over some of its columns), then its block, then 'Job outcomes' over the
        next, or beside it; or a title naming the block's measure in words of its own among
        outcomes ('Starts and outcomes report'). Otherwise every row. ``words``: each row's
        words by column; ``titles``: the rows holding no figure."""
        first, top, low, high = reach
        rows = range(first, top)

        def over(row: int) -> list[tuple[int, str]]:
            return [(c, t) for c, t in words.get(row, ()) if low <= c <= high]

        titled = [r for r in rows if r in titles and over(r)]
        nearest = over(titled[-1]) if titled else []
        left = min((c for c, _ in over(top)), default=-1)
        if len(titled) < 2 or len(nearest) != 1 or nearest[0][0] > left:
            return list(rows)
        own = " ".join(_BROKEN_DOWN.sub("", _NUMBERED.sub("", nearest[0][1])).lower().split())
        farther = [t for r in titled[:-1] for _, t in words[r]]
        alone = self.alone(own)
        listing = alone and all(
            own in " ".join(t.lower().split()) or self._lists(own, t) for t in farther
        )
        return titled[-1:] if listing else list(rows)

    def _lists(self, own: str, title: str) -> bool:
        """Whether a title over a block names outcomes and, in words of its own, the measure
        the block's title names alone: 'Starts and outcomes report' over 'Job starts'."""
        mine = [w for w in self._other_words if re.search(rf"\b{re.escape(w)}", own)]
        words = " ".join(as_words(title).lower().split())
        apart = self._outcome.sub(" ", words)  # 'Starts converted to outcomes' names none
        named = any(re.search(rf"\b{re.escape(w)}", apart) for w in mine)
        return named and self.of(title) == "outcome"

    def outcomes_by(self, title: str) -> bool:
        """Whether a title names outcomes alone, and no rate, before what they are broken down
        by ('Job outcomes by referral source'): its lines are kinds of that breakdown, and a
        measure word in them ('JCP referral') names no line of another measure."""
        parts = _BY.split(title, maxsplit=1)
        return len(parts) == 2 and not _RATE.search(parts[0]) and self.outcome_only(parts[0])

    def others_by(self, title: str) -> bool:
        """Whether a title names another measure than outcomes before what it is broken down
        by ('Job starts by payment group, 2014-15'): a table's own title."""
        parts = _BY.split(title, maxsplit=1)
        return len(parts) == 2 and self.of(parts[0]) == "other"

    def strongest(self, texts: list[str]) -> str | None:
        kinds = {self.of(text) for text in texts}  # outcome over other over none
        if "outcome" not in kinds and len(texts) > 1:  # 'Sustain-' over 'ments'
            broken = (broken_word(a, b) for a, b in pairwise(texts))
            kinds |= {"outcome" for word in broken if word and self.of(word) == "outcome"}
        return "outcome" if "outcome" in kinds else "other" if "other" in kinds else None


def _names_starts(words: str) -> bool:
    """Whether the words hold the capital abbreviation of job starts ('JS')."""
    return _STARTS_ABBREVIATION.search(words) is not None


def stronger(a: str | None, b: str | None) -> str | None:
    """Outcome words win over other measures' words, which win over none."""
    if a == "outcome" or b == "outcome":
        return "outcome"
    return a or b
