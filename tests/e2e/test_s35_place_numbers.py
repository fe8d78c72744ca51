"""Session 35: a title naming a place by its number ('office 25', 'CPA 7', 'district 12').

A pack of a sheet per office, each titled 'Referrals by payment group, office 25', lost 53 of
its 80 titles: a title is judged as a sentence, and 25 was a count somewhere in the workbook,
so 'office 25' quoted it. A number after a word naming a group ('group 25', 'cohort 3', 'wave
2') was already read as that group's name; the words naming a place are read so too now
(plan/quoting ``_REFERENCE_WORDS``: office, area, district, region, team, site, centre,
jobcentre, zone, CPA). A count the title states ('25 referrals awaiting validation, office 3')
still goes.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

COUNTS = [("JSA 18-24", 89, 65), ("JSA 25+", 29, 25), ("ESA Flow", 7, 12)]


def _sheet(title: str) -> list[list]:
    return [[title], [], ["Payment group", "Apr-13", "May-13"], *[list(line) for line in COUNTS]]


@pytest.mark.parametrize(
    "title",
    [
        "Referrals by payment group, office 25",
        "Referrals by payment group, CPA 7",
        "Referrals in district 12 by payment group",
        "Referrals by payment group: Leeds area 25",
    ],
)
def test_a_title_naming_a_place_by_its_number_is_kept(tmp_path, title):
    source = write_book(tmp_path / "offices.xlsx", {"Referrals": _sheet(title)})
    output, printed = sanitised_beside(source)
    assert openpyxl.load_workbook(output)["Referrals"]["A3"].value == title
    assert "removed" not in printed


def test_a_title_stating_a_count_beside_a_place_number_still_goes(tmp_path):
    title = "25 referrals awaiting validation, office 3"
    source = write_book(tmp_path / "offices.xlsx", {"Referrals": _sheet(title)})
    output, printed = sanitised_beside(source)
    assert openpyxl.load_workbook(output)["Referrals"]["A3"].value is None
    assert "'Referrals' A1: it quotes an unrounded figure" in printed
