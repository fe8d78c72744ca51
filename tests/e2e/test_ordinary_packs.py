"""Ordinary packs the rules widened against leaks must leave alone: notes that state no amount
about outcomes, volume tables whose words only look like outcomes, codes written with a leading
zero as labels or headers, organisations named after a person, names telling copies apart."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import referrals_table, write_book
from wpxl.sanitise import sanitise_file

COUNTS = [[1234, 1517, 1388], [2213, 2451, 2379], [687, 713, 659]]
NOTES = [
    "Job outcome percentages may not sum to 100 due to rounding",
    "Outcome data extracted 2014-06-22, refreshed at 09:30 on 03/04/2014",
    "13/14 outcomes are shown on sheet 2; version 2.1 now includes job outcomes",
    "Outcomes: CPA 12 (East Midlands), paid after three or six months in work",
    "Job outcomes page 2 of 3",
    "Prepared by Dr Foster Intelligence for Mr Motivator Ltd",
]


def _shown(output: Path) -> set[object]:
    book = openpyxl.load_workbook(output)
    return {c.value for ws in book.worksheets for row in ws.iter_rows() for c in row}


def test_notes_stating_no_amount_about_outcomes_are_carried_and_proved(tmp_path, job):
    outcomes = referrals_table([[137, 163, 151], [211, 247, 229], [113, 127, 119]])
    outcomes[0] = ["Job outcomes by payment group"]
    rows = referrals_table(COUNTS) + [[note] for note in NOTES]
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows, "Outcomes": outcomes})
    assert set(NOTES) <= _shown(Path(sanitise_file(source, job).output))


@pytest.mark.parametrize(
    ("title", "heads"),
    [
        ("Referrals converted to attachments", None),
        ("Referrals by benefit claimed", None),
        ("Referrals by source", ["New claims", "Re-referrals", "Retention"]),
        ("Job starts by time from attachment",
         ["Job starts 0-6 months after attachment", "Job starts 6-12 months after attachment",
          "Job starts 12+ months after attachment"]),
        ("Referrals by payment group", ["04", "05", "06"]),
    ],
)  # fmt: skip
def test_volume_tables_whose_words_only_look_like_outcomes_stay_volumes(
    tmp_path, job, title, heads
):
    rows = referrals_table(COUNTS)
    rows[0] = [title]
    if heads is not None:
        rows[2][1:4] = heads
    source = write_book(tmp_path / "pack.xlsx", {"Volumes": rows})
    output = Path(sanitise_file(source, job).output)
    assert openpyxl.load_workbook(output).sheetnames == ["About this workbook", "Volumes"]
    assert {1240, 1520, 2220} <= _shown(output)  # rounded, not shown as percentages


def test_site_codes_and_a_prognosis_label_are_labels(tmp_path, job):
    rows = referrals_table(COUNTS)
    rows[2][0] = "Site"
    rows[3][0], rows[4][0] = "001", "Employment and Support Allowance, 12 months prognosis"
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    shown = _shown(Path(sanitise_file(source, job).output))
    assert {"001", "Employment and Support Allowance, 12 months prognosis", 2220} <= shown
