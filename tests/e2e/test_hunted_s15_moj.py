"""What a hunt through MoJ's prison population workbook found (session 15, after the nested
totals were fixed).

MoJ marks its labels with footnote numbers joined to them ('Non-criminal prisoners(2)',
"Secure Children's Homes(3,4)"), and keys its notes below the table with the same numbers
('(2) As a result of data quality work ...'). Each such number was read as a figure stated in
brackets ('ESA flow (3)'), and MoJ's tables hold 2s and 3s, so the lines lost their names and
the notes went with them. A number is a footnote's when a label of the workbook carries it as a
marker at its end and a note of the workbook opens with it: both are kept now. A number in
brackets that no note is keyed by ('Buxton (17)', 17 being a count of the table) is still a
figure stated, and goes.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

MARKED = [
    "Remand(1)",
    "Sentenced (2)(3)",
    "Fine defaulters 2",
    "Recalls\u00b9",
    "Non-criminal prisoners(2)",
    "Secure Children's Homes(3,4)",
    "Immigration detainees [note 4]",
    "Other (a)",
]
NOTES = [
    "(1) Untried and convicted unsentenced prisoners.",
    "(2) As a result of data quality work from April 2013, around 300 prisoners who had "
    "previously been recorded as sentenced prisoners are now recorded as non-criminals.",
    "(3) Provisional, pending the annual Youth Justice Statistics.",
    "(4) Held under immigration powers.",
]


def _table(labels: list[str], notes: list[str], total: str = "Total(3)") -> list[list]:
    """A title, the years, a total line over the labelled lines (small counts among them:
    1, 2, 3), a blank line and the notes."""
    lines = [[label, 1 + 37 * i, 2 + 31 * i, 3 + 43 * i] for i, label in enumerate(labels)]
    sums = [sum(line[j] for line in lines) for j in (1, 2, 3)]
    rows: list[list] = [
        ["Table A1.1: Referrals by type of custody"],
        [],
        ["", "2019", "2020", "2021"],
    ]
    rows += [[total, *sums], *lines, []]
    return rows + [[note] for note in notes]


def _shown(tmp_path: Path, rows: list[list]) -> list[list]:
    output, _ = sanitised_beside(write_book(tmp_path / "custody.xlsx", {"A1_1": rows}))
    sheet = openpyxl.load_workbook(output, data_only=True)["A1_1"]
    return [list(line) for line in sheet.iter_rows(values_only=True)]


def test_footnote_markers_keyed_by_notes_keep_their_labels_and_notes(tmp_path):
    lines = _shown(tmp_path, _table(MARKED, NOTES))
    texts = {line[0] for line in lines}
    assert {"Total(3)", *MARKED, *NOTES} <= texts
    for line in lines:
        if line[0] in MARKED:
            assert all(isinstance(v, int) and v % 20 == 0 for v in line[1:4]), line


def test_a_number_in_brackets_no_note_is_keyed_by_is_a_figure(tmp_path):
    """'Buxton (17)' states 17, a count of the table; the notes are keyed by other numbers."""
    labels = ["Buxton (17)", "Remand(2)", "North (1,234)", *MARKED[-2:]]
    rows = _table(labels, NOTES[2:])
    rows[5][2] = 17  # a count of the table equal to the number in brackets
    rows[3][2] = sum(line[2] for line in rows[4 : 4 + len(labels)])
    texts = {line[0] for line in _shown(tmp_path, rows)}
    assert not {"Buxton (17)", "Remand(2)", "North (1,234)"} & texts
    assert {*MARKED[-2:], NOTES[3]} <= texts
