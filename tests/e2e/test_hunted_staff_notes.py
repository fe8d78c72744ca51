"""What a short hunt found: a note naming the member of staff who made or checks the workbook
('Prepared by Jane Smith', 'Contact: John Brown (MI team)', 'Checked by: A. Patel', 'Source:
Jane Smith, MI analyst') was carried as it was; only a name after a title ('Mr Amir Patel') or
under a role's header was known. Such a note goes now, listed as removed; a note naming a
team, a survey or an organisation stays, and so does the cover's 'Prepared by' the provider."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import package_text


def referrals_noted(note: str) -> list[list]:
    return [
        ["Referrals by payment group"],
        [],
        ["Payment group", "Referrals"],
        ["JSA 18-24", 1234],
        ["JSA 25+", 687],
        ["ESA Flow", 321],
        [],
        [note],
    ]


def shown_with_note(tmp_path, note: str) -> tuple[list, str]:
    """The copy's Referrals cells, and every text of its package, of a table noted so."""
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    shown = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    return shown, package_text(output)


STAFF_NOTES = [
    ("Prepared by Jane Smith", "Smith"),
    ("Contact: John Brown (MI team)", "Brown"),
    ("Checked by: A. Patel", "Patel"),
    ("Source: Jane Smith, MI analyst", "Smith"),
    ("Produced by Amir Patel-Khan on 3 June 2014", "Khan"),
    ("Compiled by: Sarah O'Neil and Tom Hale", "Neil"),
    ("Enquiries to: Mary Ann Jones", "Jones"),
]


@pytest.mark.parametrize(("note", "surname"), STAFF_NOTES)
def test_a_note_naming_who_made_the_workbook_goes(tmp_path, note, surname):
    shown, text = shown_with_note(tmp_path, note)
    assert [v for v in shown if isinstance(v, int)] == [1240, 680, 320]
    assert surname not in text


NOT_PEOPLE = [
    "Source: Annual Population Survey",
    "Source: Jobcentre Plus",
    "Prepared by the MI team",
    "Prepared by Performance Team",
    "Contact: Business Intelligence Unit",
    "Source: DWP Work Programme statistics",
    "Prepared by Leeds City Council",
    "Source: Provider Referrals and Payments (PRaP)",
]


@pytest.mark.parametrize("note", NOT_PEOPLE)
def test_a_note_naming_a_team_or_a_source_stays(tmp_path, note):
    shown, _ = shown_with_note(tmp_path, note)
    assert note in shown
