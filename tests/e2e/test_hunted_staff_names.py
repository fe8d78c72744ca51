"""What a second hunt found after the first (tests/e2e/test_hunted_staff_notes.py): a member of
staff's name still survived in a note when it was followed by 'from' ('Prepared by Jane Smith
from the MI team'), typed in lower case ('contact: john brown'), given with a job title and no
opening phrase ('Jane Smith (MI analyst)'), after 'please contact' or 'any questions to', or as
a first name alone after 'Queries:'. Each goes now, listed as removed. 'Source: Experian Mosaic'
was taken for a person and removed: a source names a person only with a job title or a way to
reach them after it, so a product or a data set named after 'Source:' stays."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_staff_notes import shown_with_note

STAFF_NAMES = [
    ("Prepared by Jane Smith from the MI team", "Smith"),
    ("Compiled by Jane Smith from CRM data", "Smith"),
    ("prepared by jane smith", "smith"),
    ("contact: john brown", "brown"),
    ("Jane Smith (MI analyst)", "Smith"),
    ("Jane Smith, Performance Manager", "Smith"),
    ("Jane Smith - Contract Manager", "Smith"),
    ("Performance Manager: Jane Smith", "Smith"),
    ("Report owner - J Smith", "Smith"),
    ("Prepared by: J.Smith", "Smith"),
    ("Please contact Jane Smith for queries", "Smith"),
    ("Queries: Jane", "Jane"),
    ("Any questions to Jane Smith", "Smith"),
    ("Source: Jane Smith, MI analyst", "Smith"),
]


@pytest.mark.parametrize(
    ("note", "name"), [*STAFF_NAMES, ("Any questions to Jane Smith on ext 4412", "Smith")]
)
def test_a_note_naming_a_member_of_staff_goes(tmp_path, note, name):
    shown, text = shown_with_note(tmp_path, note)
    assert [v for v in shown if isinstance(v, int)] == [1240, 680, 320]
    assert name not in text


NOT_PEOPLE = [
    "Source: Experian Mosaic",
    "Source: Claimant Count",
    "Source: DWP Work Programme statistics",
    "Prepared by Leeds City Council",
    "Prepared by the MI team from CRM data",
    "prepared by the mi team",
    "source: ons mid-year estimates",
    "Please contact your local Jobcentre for details",
    "Figures for Jobcentre Plus districts",
    "Greater Manchester (lead authority)",
]


@pytest.mark.parametrize("note", NOT_PEOPLE)
def test_a_note_naming_no_one_stays(tmp_path, note):
    shown, _ = shown_with_note(tmp_path, note)
    assert note in shown


def test_areas_in_row_labels_and_headers_stay(tmp_path):
    rows = [
        ["Referrals by district"],
        [],
        ["District", "Referrals"],
        ["Tower Hamlets", 1234],
        ["North East", 687],
        ["Kingston Upon Hull", 321],
    ]
    output, _ = sanitised_beside(write_book(tmp_path / "areas.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    shown = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    for text in ("District", "Referrals", "Tower Hamlets", "North East", "Kingston Upon Hull"):
        assert text in shown
