"""The choices a provider makes once: rounding base, measure words, thresholds, wording."""

from __future__ import annotations

from dataclasses import dataclass, field

from wpxl.model import Measure

DEFAULT_MEASURE_WORDS: dict[Measure, tuple[str, ...]] = {
    Measure.SUSTAINMENTS: ("sustainment", "sustained job", "sustained"),
    Measure.JOB_OUTCOMES: ("job outcome", "outcome"),
    Measure.JOB_STARTS: ("job start", "starts", "started work", "into work"),
    Measure.ATTACHMENTS: ("attachment", "attached"),
    Measure.REFERRALS: ("referral", "referred"),
}


@dataclass(frozen=True, slots=True)
class Policy:
    rounding_base: int = 20
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
