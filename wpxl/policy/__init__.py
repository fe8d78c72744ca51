"""The choices a provider makes once: rounding base, measure words, thresholds, wording.

Defaults here are what wpxl does with no policy file; ``wpxl.policy.file`` reads a provider's
``wpxl.toml`` into the same dataclass. The policy's hash goes on every cover sheet and into every
release logged, so anyone can tell which rules made a workbook.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields

from wpxl.model import Measure

# Words are matched at the start of a word ("outcome" finds "outcomes"), in any case. The outcome
# phrasings providers use are built in: a count under "in work at 13 weeks" or "off benefit 26
# wks" is an outcome volume (issue 14). The capital abbreviations (JO, JOs, SP) cannot be words
# here, as "jo" would find "job starts": they are OUTCOME_ABBREVIATIONS, matched whole and in
# capitals only, as the proof (wpxl.verify.outcomes) matches them. A job start that lasted
# ("job starts lasting 6 months", "retained job starts", "still employed", "still working",
# "stayed in work", "kept their job") is a sustainment, however the table names it; a start
# paid, claimed or converted is an outcome (the programme pays for no job start). Analysts call
# sustainment payments "sustains" ("No. of sustains"), a word of its own: "sustain" would find
# "sustainable jobs", which count what their table counts.
DEFAULT_MEASURE_WORDS: dict[Measure, tuple[str, ...]] = {
    Measure.SUSTAINMENTS: (
        "sustainment",
        "sustains",
        "sustained job",
        "sustained",
        "retained job start",
        "retained in work",
        "retained at",
        "retention at",
        "jobs held for",
        "job held for",
        "lasting",
        "still employed",
        "still in work",
        "still working",
        "still in employment",
        "still in job",
        "still in a job",
        "still in post",
        "remained in work",
        "remained in employment",
        "stayed in work",
        "stayed in employment",
        "kept their job",
        "kept job",
        "sustaining",
        "continuous employment",
        "continuously employed",
    ),
    Measure.JOB_OUTCOMES: (
        "job outcome",
        "outcome",
        "paid outcome",
        "in work at",
        "in work for",
        "in employment at",
        "in employment for",
        "off benefit",
        "paid job start",
        "paid start",
        "converted job start",
        "converted start",
        "starts converted",
        "not converted",
        "claimed job start",
        "claimed start",
        "starts claimed",
    ),
    Measure.JOB_STARTS: ("job start", "starts", "started work", "into work"),
    Measure.ATTACHMENTS: ("attachment", "attached"),
    Measure.REFERRALS: ("referral", "referred"),
}

# Matched whole-word and case-sensitive, before any measure word: a "JO" column is an outcome
# volume whatever else its header says, but "Jo Smith" and "job starts" are not. "O/C" is an
# outcome ("JOB O/C", "O/Cs", and "o/comes", as "o/s" is outstanding), "Sustd" and "Sus." a
# sustainment; "OC" and "Sus" alone are not read so (an organisation's initials, a data system's
# name). "OP" is an outcome payment, as "JOP" is a job outcome payment and "JOC" a job outcome
# claim. Analysts type the stops
# and spaces as they please ("J.Os", "J.O", "J Os", "J.O's", "S.Os"), in capitals too ("JOS",
# "SPS" in a header typed in capitals): each is the same abbreviation. So are "Jos" and "Sps":
# Excel's autocorrect ("Correct TWo INitial CApitals") makes them of "JOs" and "SPs" typed alone
# in a cell, as a column's header is; "Jo" and "Jo's" stay unread, a name. "PbR" is the
# programme's payment by results, paid only for job outcomes and sustainments: a count headed so
# is theirs ("Pb R" as a joined name is read, parted at its small letter).
_JO = ("JO", "JOs", "JOS", "Jos", "J/O", "J/Os", "J.O.", "J.O.s", "J.O", "J.Os", "J Os", "J.O's",
       "JOP", "JOPs", "JOPS", "JOC", "JOCs", "JOCS", "OP", "OPs", "PbR", "Pb R", "PBR",
       "Job outc.", "Outc.", "Outc", "Outcs", "O/C", "O/Cs", "O/comes", "o/comes", "O/Comes",
       "O/come", "o/come")  # fmt: skip
_SP = ("SP", "SPs", "SPS", "Sps", "S.P.", "S.P.s", "S/P", "S/Ps", "SO", "SOs", "S.O.", "S.O.s",
       "S.O", "S.Os", "S Os", "S.O's", "Sust.", "Sust", "SUST", "SUSTs", "Susts", "SUSTS", "Sustd",
       "SUSTD", "Sus.")  # fmt: skip
OUTCOME_ABBREVIATIONS: dict[Measure, tuple[str, ...]] = {
    Measure.JOB_OUTCOMES: _JO,
    Measure.SUSTAINMENTS: _SP,
}
# A long extract codes each line's measure beside 'JO' ('Leeds | JS | 412', 'Leeds | REF | 1237',
# 'Leeds | ATT | 1100', 'Leeds | JO | 97'): each code names its measure, matched as the outcome
# abbreviations are (whole, in capitals as written) and read only where no measure word is
# found. Unread, their lines were removed as counts of nothing, or under 'Value' as money. 'Ref'
# and 'Att' alone are left: 'Ref' heads a reference as often.
VOLUME_ABBREVIATIONS: dict[Measure, tuple[str, ...]] = {
    Measure.JOB_STARTS: ("JS", "JSs"),
    Measure.ATTACHMENTS: ("ATT", "ATTs", "Atts"),
    Measure.REFERRALS: ("REF", "REFs", "Refs"),
}

# The programme's own names for a rate of outcomes: "performance" is job outcomes over referrals
# (judged against the Minimum Performance Level, "MPL"), "conversion" job outcomes over job
# starts. A text naming one and stating an amount states an outcome rate, which beside a rounded
# base gives the volume back ("JSA 18-24 performance: 10.9%" x 4,140 referrals = 451), so it is
# judged as a text naming outcomes is, by the plan (wpxl.plan.quoting) and the proof
# (wpxl.verify.amounts) alike. Words are matched at the start of a word in any case; the
# capitals whole and as written. Neither names a measure: a column's words are not read so.
OUTCOME_RATE_WORDS: tuple[str, ...] = ("performance", "conversion", "convert")
OUTCOME_RATE_CAPITALS: tuple[str, ...] = ("MPL", "MPLs")


# How far a source that rounds or perturbs its cells (source_totals = "rebuild") moves a typed
# total from the sum of its parts: a few units a part. Further, the total is not perturbed but
# something else (analyse removes it; the proof allows no more).
PERTURBATION_PER_PART = 3


# DWP's guidance: every volume rounded to the nearest 20. A policy may round coarser (a multiple
# of it), never finer.
GUIDANCE_BASE = 20


@dataclass(frozen=True, slots=True)
class Policy:
    rounding_base: int = GUIDANCE_BASE
    # Checked in this order, so outcome words win over the volume words they contain.
    measure_words: dict[Measure, tuple[str, ...]] = field(
        default_factory=lambda: dict(DEFAULT_MEASURE_WORDS)
    )
    published_sheets: tuple[str, ...] = ()
    percent_decimals: int = 0
    # Outcome percentages run down each column ("column": the share of each payment group
    # within a month, as the guidance's example) or along each row ("row").
    percent_axis: str = "column"
    small_base: int = 20
    small_cell_share: float = 0.5
    total_error_share: float = 0.25
    provider: str = "the provider"
    contract_package_area: str = ""
    title: str = "Work Programme management information"
    # What to do with a typed total that is not the sum of its parts (a source that rounds or
    # perturbs its cells, or counts a group it does not show): "refuse" names the cell;
    # "rebuild" rebuilds it from the parts (wpxl.analyse.typed_totals), with a warning.
    source_totals: str = "refuse"


def canonical_settings(policy: Policy) -> dict[str, object]:
    """Every setting as plain JSON values; measure words keep their order, which matters."""
    settings: dict[str, object] = {}
    for f in fields(policy):
        value = getattr(policy, f.name)
        if isinstance(value, dict):
            value = [[measure.value, list(words)] for measure, words in value.items()]
        elif isinstance(value, tuple):
            value = list(value)
        settings[f.name] = value
    return settings


def policy_hash(policy: Policy) -> str:
    """SHA-256 of the canonical settings: equal policies hash alike, from any file."""
    text = json.dumps(canonical_settings(policy), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
