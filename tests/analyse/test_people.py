"""A sheet that lists people one by one (a case list: Participant | Payment group | Job
outcomes, a row a person) is refused with a sentence saying to share counts; so is a sheet named
after one person's caseload. Counts of people ('Participants', 'Customers') and ordinary sheet
names stay. Each test writes a real input and runs the real sanitise."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.builders import referrals_table, write_book
from wpxl.analyse import analyse_workbook
from wpxl.errors import AnalysisError
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file

NAMES = ["Amir Patel", "Grace Okafor", "Liam Doherty", "Sophie Clarke"]
GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]


def _case_list(tmp_path: Path, header: str, measure: str = "Job outcomes") -> Path:
    rows: list[list[object]] = [[f"{measure} claimed, Derby, April 2013"], []]
    rows.append([header, "Payment group", measure])
    rows += [[name, group, 1] for name, group in zip(NAMES, GROUPS, strict=True)]
    rows.append(["Total", None, "=SUM(C4:C7)"])
    return write_book(tmp_path / "cases.xlsx", {"April": rows})


HEADERS = ["Participant", "Participant name", "Customer", "Claimant", "Client", "Full name",
           "Surname", "Customer ID", "participant_id", "ParticipantName", "NINO", "DOB:",
           "Date of birth"]  # fmt: skip


@pytest.mark.parametrize("header", HEADERS)
def test_a_column_of_people_is_refused_without_repeating_them(tmp_path, header):
    with pytest.raises(AnalysisError) as refused:
        analyse_workbook(read_workbook(_case_list(tmp_path, header)), Policy())
    message = str(refused.value)
    assert message.startswith("cases.xlsx: sheet 'April', cell A3: this sheet lists people one by")
    assert "Share counts by group instead" in message
    assert not any(name in message for name in NAMES)


def test_a_case_list_of_job_starts_with_ids_and_birth_dates_writes_nothing(tmp_path, job):
    rows: list[list[object]] = [["Job starts, Derby, April 2013"], []]
    rows.append(["Participant ID", "Date of birth", "Payment group", "Job starts"])
    rows += [[f"P0{4512 + i}", f"0{i + 1}/03/1991", GROUPS[i], 1] for i in range(4)]
    with pytest.raises(AnalysisError) as refused:
        sanitise_file(write_book(tmp_path / "ids.xlsx", {"April": rows}), job)
    assert [p.split(":")[1] for p in refused.value.problems] == [
        " sheet 'April', cell A3",
        " sheet 'April', cell B3",
    ]
    assert not job.out_dir.exists() or not list(job.out_dir.glob("*.xlsx"))


COUNTS_OF_PEOPLE = ["Participants", "Customers", "Claimants", "Customer group", "Persons",
                    "Client type", "Name"]  # fmt: skip


def test_counts_of_people_and_ordinary_names_are_kept(tmp_path, job):
    rows = referrals_table([[121, 93], [307, 111]])
    rows += [[], *([words] for words in COUNTS_OF_PEOPLE)]
    sheets = {
        "Referrals": rows,
        "Caseload - North East": referrals_table([[121, 93], [307, 111]]),
        "Caseload - JSA 18-24": referrals_table([[121, 93], [307, 111]]),
        "Adviser - Performance": referrals_table([[121, 93], [307, 111]]),
    }
    result = sanitise_file(write_book(tmp_path / "pack.xlsx", sheets), job)
    assert result.ok, result.message
    with zipfile.ZipFile(result.output) as package:
        text = "".join(package.read(n).decode() for n in package.namelist())
        sheet_list = package.read("xl/workbook.xml").decode()
    assert [words for words in COUNTS_OF_PEOPLE if words not in text] == []
    assert "Caseload - North East" in sheet_list and "Adviser - Performance" in sheet_list


@pytest.mark.parametrize(
    "name", ["Caseload - Amir Patel", "Adviser - Jo Smith", "Caseload \u2013 Kelly-Ann O'Brien"]
)
def test_a_sheet_named_after_a_person_is_refused_without_naming_them(tmp_path, job, name):
    book = write_book(tmp_path / "pack.xlsx", {name: referrals_table([[121, 93], [307, 111]])})
    with pytest.raises(AnalysisError) as refused:
        sanitise_file(book, job)
    assert "the sheet's name names a person" in str(refused.value)
    assert name.split(" ", 2)[-1] not in str(refused.value)
