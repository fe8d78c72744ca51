"""Say when rounding leaves a table of little value (guidance R7), without showing true figures.

Only counts of small cells and the threshold crossed are reported: an exact relative error
next to a rounded total would let anyone work the true total back.
"""

from __future__ import annotations

from wpxl.model import Role, SheetAnalysis, Warning
from wpxl.plan.figures import Figures
from wpxl.policy import Policy


def table_warnings(analysis: SheetAnalysis, figures: Figures, policy: Policy) -> list[Warning]:
    warnings = []
    name = analysis.sheet.name
    base = policy.rounding_base
    for table in analysis.tables:
        counts = [
            (name, *c)
            for c, role in analysis.roles.items()
            if role is Role.COUNT and c in table.area and not figures.is_outcome((name, *c))
        ]
        if not counts:
            continue
        small = sum(1 for key in counts if abs(figures.true(key)) < base)
        worst = 0.0
        for coord in table.totals:
            key = (name, *coord)
            if figures.is_outcome(key):
                continue
            true = figures.true(key)
            if true:
                worst = max(worst, abs(figures.rounded(key) - true) / abs(true))
        where = table.name
        if small / len(counts) > policy.small_cell_share:
            warnings.append(
                Warning(
                    "low-value",
                    where,
                    f"{small} of {len(counts)} figures are below {base}; figures of little value"
                    " — consider showing less detail (quarters instead of months, or fewer groups)",
                )
            )
        elif worst > policy.total_error_share:
            warnings.append(
                Warning(
                    "total-distorted",
                    where,
                    f"rounding moves at least one total by more than "
                    f"{policy.total_error_share:.0%} of its true value; consider showing less "
                    "detail",
                )
            )
    return warnings
