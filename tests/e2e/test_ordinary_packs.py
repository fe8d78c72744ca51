"""Ordinary packs the rules widened against leaks must leave alone: notes that state no amount
about outcomes, volume tables whose words only look like outcomes, codes written with a leading
zero as labels or headers, organisations named after a person, names telling copies apart."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

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


def _offices(path: Path, count: int) -> set[int]:
    """A sheet of ``count`` offices' referrals stacked, titles and totals in bold, with mostly
    small counts (so the cover warns of each table); the figures rounding changes."""
    book = xlsxwriter.Workbook(str(path))
    ws, bold = book.add_worksheet("Offices"), book.add_format({"bold": True})
    figures: set[int] = set()
    top = 0
    for office in range(count):
        ws.write(top, 0, f"Referrals by payment group - office {office + 1}", bold)
        ws.write_row(top + 2, 0, ["Payment group", "Apr 2013", "May 2013", "Jun 2013", "Total"])
        body = top + 3
        for i, group in enumerate(["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]):
            spread = 97 if i == 0 else 17  # one line of larger counts, three of small ones
            counts = [(office * 7 + i * 13 + k * 5) % spread + 3 for k in range(3)]
            row = body + i
            ws.write_row(row, 0, [group, *counts])
            ws.write_formula(row, 4, f"=SUM(B{row + 1}:D{row + 1})", None, sum(counts))
            figures |= {*counts, sum(counts)}
        ws.write(body + 4, 0, "Total", bold)
        for k, letter in enumerate("BCDE"):
            ws.write_formula(body + 4, 1 + k, f"=SUM({letter}{body + 1}:{letter}{body + 4})")
        top = body + 7
    book.close()
    return {n for n in figures if n % 20}


def test_wpxl_naming_its_hundredth_table_is_no_figure_however_the_input_counts(tmp_path, job):
    # "table 112 on 'Offices'" on the cover is wpxl's own name for a table, never a figure,
    # even where 112 is also an unrounded figure of the input
    figures = _offices(tmp_path / "offices.xlsx", 130)
    result = sanitise_file(tmp_path / "offices.xlsx", job)
    cover = openpyxl.load_workbook(result.output).worksheets[0]
    texts = [v for row in cover.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    named = {int(t.split()[2]) for t in texts if t.startswith("- table ")}
    assert {n for n in named if n >= 100} & figures  # the case: a name sharing a figure
