"""Hunted in session 24 (second fuzz helper, fuzz26.py): published MI layouts (key figures per
authority, referral cohorts, pasted pivots, totals first, years over quarters, Stat-Xplore
exports) the copy misread or the proof refused, each on a real .xlsx through the command line."""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside


def _shown(copy, sheet: str) -> dict[int, list]:
    """The figures on each line of ``sheet`` in the copy, by the line's number in the copy."""
    rows = openpyxl.load_workbook(copy)[sheet].iter_rows(values_only=True)
    return {n: [v for v in line[1:] if v is not None] for n, line in enumerate(rows, start=1)}


# fuzz26 'kpi', seeds 70104 and 70105: key figures, one block per local authority stacked with
# the authority's name above it; the last block has no header line of its own.
KEY_FIGURES = [
    ["Headline figures"],
    [],
    ["Local authority: Gateshead"],
    ["Indicator", "This month", "Last month", "Year to date"],
    ["Referrals", 2778, 2974, 1811],
    ["Job outcomes", 199, 321, 702],
    [],
    ["Bradford"],
    ["Measure", "Value"],
    ["Referrals", 103],
    ["Job starts", 385],
    ["Job outcomes", 2],
    [],
    ["Local authority: Chesterfield"],
    ["Referrals", 253],
    ["Attachments", 102],
    ["Job starts", 204],
    ["Job outcomes", 78],
]


def test_key_figures_of_a_block_with_no_header_under_value_blocks_are_counts(tmp_path):
    """A block of key figures with no header line of its own, under blocks headed 'Value' and a
    block headed 'This month | Last month | Year to date', had every figure removed as "an
    amount of money" (WRONG): its column was headed by every header above it, 'Value' among
    them, the nearest ('This month') last, and only a column whose last header is 'Value' was
    let off its money. A column whose only money word is 'Value' alone counts the measure its
    line names: the referrals, attachments and starts are rounded, the outcomes removed."""
    copy, _ = sanitised_beside(write_book(tmp_path / "kpi.xlsx", {"Summary": KEY_FIGURES}))
    shown = _shown(copy, "Summary")
    assert [shown[r] for r in range(17, 21)] == [[260], [100], [200], []]
    assert [shown[r] for r in range(12, 15)] == [[100], [380], []]
