"""Session 15's second hunt for personal details (after tests/e2e/test_hunted_s15_hidden_staff.py)
found members of staff named where no role word stood over them.

A column of people's names headed 'Employer contact', 'Contact name', 'Case owner' or 'Referred
by' went through beside each line's figures: only 'Adviser', 'Work coach', 'Key worker' and
their kin were read as a role's header. A 'Referred by' column of sources ('Jobcentre Plus',
'Self-referral', 'Probation service', 'GP') names no one and stays.

A table only its title said was by member of staff ('Job starts by adviser, 2013') carried
every name: across, the advisers heading the columns right of 'Month' or of an empty corner;
down, the advisers' names under 'Name' or an empty corner beside a line of months. A table by
adviser team ('by adviser team') names no one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s15_hidden import shown

PEOPLE = ["Jane Whitfield", "Amir Patel", "Joanne Okafor"]
MONTHS = ["April 2013", "May 2013", "June 2013"]


def starts_by_employer(path: Path, header: str) -> Path:
    """Job starts by employer, a column of people's names under ``header`` beside them."""
    rows: list[list] = [
        ["Job starts by employer, April 2013"],
        [],
        ["Employer", header, "Job starts"],
    ]
    employers = ["Tesco Derby", "Boots Nottingham", "Asda Leicester"]
    for employer, person, starts in zip(employers, PEOPLE, [41, 37, 52], strict=True):
        rows.append([employer, person, starts])
    return write_book(path, {"Starts": rows})


COLUMN_HEADERS = ["Employer contact", "Contact name", "Case owner", "Referred by", "Contact"]


@pytest.mark.parametrize("header", COLUMN_HEADERS)
def test_a_column_of_names_under_a_contact_or_owner_header_goes(tmp_path, header):
    output, _ = sanitised_beside(starts_by_employer(tmp_path / "employers.xlsx", header))
    values = shown(output)
    assert not set(PEOPLE) & set(values)
    assert {"Tesco Derby", "Asda Leicester", header} <= set(values)
    assert [v for v in values if isinstance(v, int)] == [40, 40, 60]


SOURCES = ["Jobcentre Plus", "Self-referral", "Probation service", "GP", "Housing association"]


def test_a_referred_by_column_of_sources_stays(tmp_path):
    rows = [["Referrals by source, April 2013"], [], ["Referred by", "Referrals"]]
    rows += [[source, n] for source, n in zip(SOURCES, [341, 37, 52, 23, 44], strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "sources.xlsx", {"Referrals": rows}))
    assert set(SOURCES) <= set(shown(output))


def by_title(title: str, corner: str | None, across: bool, labels: list[str] = PEOPLE) -> dict:
    """Job starts under a title saying who they are by: the people across the header line
    (months down) or down the first column (months across), ``corner`` heading the table."""
    rows: list[list] = [[title], []]
    if across:
        rows.append([corner, *labels])
        rows += [[month, 37 + i, 45, 51 - i] for i, month in enumerate(MONTHS)]
    else:
        rows.append([corner, *MONTHS])
        rows += [[label, 37 + i, 45, 51 - i] for i, label in enumerate(labels)]
    return {"Starts": rows}


TITLED = [
    ("Job starts by adviser, 2013", "Month", True),
    ("Job starts by work coach, 2013", None, True),
    ("Job starts by caseworker and month", "Month", True),
    ("Job starts by adviser, 2013", "Name", False),
    ("Job starts per employment consultant, 2013", None, False),
]


@pytest.mark.parametrize(("title", "corner", "across"), TITLED)
def test_staff_a_title_says_the_table_is_by_are_removed(tmp_path, title, corner, across):
    source = write_book(tmp_path / "titled.xlsx", by_title(title, corner, across))
    values = shown(sanitised_beside(source)[0])
    assert not set(PEOPLE) & set(values)
    assert set(MONTHS) <= set(values)
    assert [v for v in values if isinstance(v, int)] == [40, 40, 60, 40, 40, 60, 40, 40, 40]


def test_teams_under_a_title_by_adviser_team_stay(tmp_path):
    teams = ["Team North", "Team South", "Leeds Office"]
    book = by_title("Job starts by adviser team, 2013", "Month", True, teams)
    values = shown(sanitised_beside(write_book(tmp_path / "teams.xlsx", book))[0])
    assert set(teams) <= set(values)
