"""Bands of hours named 'Hours worked per week' ('Hours worked' and 'Hours per week' were read
as a quantity, not the two together): '16 | 20 | 30 | 37' down the table's first column over
their referrals were rounded as counts (20, 20, 40, 40), the lines no longer told apart, and
the proof passed the copy (WRONG; found building numeric label columns). A time worked per
week, each or a week names a quantity as 'Hours worked' does, in the analysis
(analyse/values.QUANTITY_WORDS) and the proof (verify/quantity_heads), which alone refuses the
bands rounded."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.verify.kept_labels import ROUNDED_LABEL

HOURS = [16, 20, 30, 37]
FIGURES = [[412, 96], [377, 81], [509, 143], [288, 61]]


def by_hours(corner: str, total: bool) -> list[list]:
    """Referrals and attachments by hours worked, down the first column; a typed Total line."""
    rows: list[list] = [["Referrals and attachments by hours worked"], []]
    rows.append([corner, "Referrals", "Attachments"])
    rows += [[hours, *line] for hours, line in zip(HOURS, FIGURES, strict=True)]
    if total:
        rows.append(["Total", *(sum(line[i] for line in FIGURES) for i in (0, 1))])
    return rows


@pytest.mark.parametrize("corner", ["Hours worked per week", "Hours worked a week"])
@pytest.mark.parametrize("total", [True, False])
def test_hours_worked_per_week_down_the_first_column_are_kept(tmp_path, corner, total):
    source = write_book(tmp_path / "hours.xlsx", {"Referrals": by_hours(corner, total)})
    output, _ = sanitised_beside(source)
    lines = list(openpyxl.load_workbook(output)["Referrals"].iter_rows(values_only=True))
    assert [line[:2] for line in lines[5:9]] == [(16, 420), (20, 380), (30, 500), (37, 280)]


def test_the_bands_rounded_as_counts_are_refused(tmp_path):
    rounded = {(3 + at, 0): float((h + 10) // 20 * 20) for at, h in enumerate(HOURS)}
    found = misread_findings(tmp_path, by_hours("Hours worked per week", True), rounded, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}
