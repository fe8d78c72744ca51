"""Session 37 (left): session 36's "read wrong, said wrong" leftovers, each a real pack's layout.

A provider's name holding a digit in a table's title ('A4e job outcomes by payment group,
2013-14', 'G4S job outcomes by payment group') made the cover call the table 'table 1': a title
holding any number but a year, an age band or its own 'Table 2' was judged to hide a count,
and the digit of 'A4e' was read as one. A digit between letters is no number a count is written
with, and the proof's reading of numbers finds none there: the cover names the table by its
title now (plan/table_names ``_NAMING``), as it named 'Ingeus Deloitte job outcomes by payment
group'.

The cover listed what it removed as 'job outcomes volumes' and 'sustainments volumes': the
measure's name glued before 'volumes'. It says 'job outcome volumes', 'sustainment volumes'
and 'job outcome and sustainment volumes' now (plan/unshared_outcomes ``volumes_of``).

A place named by its number ('Site 101', 'Office 245') has been a name on a sheet of volumes
since session 36, but on an outcome table's percentage sheet its label was removed as 'it
quotes an unrounded figure' (the percentage sheet's own reading of its labels had no place
words: a label's number of 100 or more that rounding would change was a figure), and, once
the plan kept it, as 'it states an amount about outcomes'; the proof refused it so too (its
percentage sheet's words read 'Site 101' as an amount). Both readings take a place's number as
its name now (plan/percentages with read/place_numbers; verify/percent_words
``_PLACE_NUMBER``, its own), and 'Site 101 job outcomes' or 'Site 1,377' is still an amount to
the proof. A tab named 'Office 245' was renamed 'Sheet 2' as quoting a figure, as the workbook
is read: the place words moved from the plan to the reading of the workbook
(read/place_numbers), which names its sheets by them (read/sheetnames) as the plan names its
labels.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import script_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.model import OutputCell, Plan
from wpxl.verify.percent_words import STATED

GROUPS = [("JSA 18-24", 413, 41), ("JSA 25+", 287, 28), ("ESA Flow", 199, 19)]


@pytest.mark.parametrize(
    "title", ["A4e job outcomes by payment group, 2013-14", "G4S job outcomes by payment group"]
)
def test_a_title_naming_a_provider_with_a_digit_names_its_table_on_the_cover(tmp_path, title):
    rows: list[list] = [[title], [], ["Payment group", "Job outcomes"]]
    rows += [[group, outcomes] for group, _, outcomes in GROUPS]
    _, printed = sanitised_beside(script_book(tmp_path / "outcomes.xlsx", {"Outcomes": rows}))
    assert f"removed: table '{title}' on 'Outcomes': outcome volumes are never shared" in printed
    assert "table 1" not in printed


def test_the_cover_says_job_outcome_volumes_not_job_outcomes_volumes(tmp_path):
    rows: list[list] = [["Referrals and job outcomes by payment group"], []]
    rows.append(["Payment group", "Referrals", "Job outcomes"])
    rows += [list(line) for line in GROUPS]
    copy, _ = sanitised_beside(script_book(tmp_path / "pack.xlsx", {"Performance": rows}))
    cover = openpyxl.load_workbook(copy)["About this workbook"]
    lines = [c.value for c in cover["A"] if isinstance(c.value, str)]
    assert any(line.startswith("- job outcome volumes, 'Performance' C4:C6") for line in lines)
    assert not any("outcomes volumes" in line for line in lines)


SITES = [("Site 101", 41), ("Site 245", 28), ("Site 1377", 19)]


def _sites(tmp_path):
    """Referrals by site on a tab named 'Office 245', and job outcomes by site (a count of 101
    among the referrals: the number a label names its site by)."""
    referrals: list[list] = [["Referrals by site"], [], ["Site", "Referrals"]]
    referrals += [["Site 101", 413], ["Site 245", 101], ["Site 1377", 199]]
    outcomes: list[list] = [["Job outcomes by site"], [], ["Site", "Job outcomes"]]
    outcomes += [list(line) for line in SITES]
    book = {"Office 245": referrals, "Outcomes": outcomes}
    return script_book(tmp_path / "sites.xlsx", book)


def test_places_named_by_number_stay_on_a_percentage_sheet_and_as_a_tabs_name(tmp_path):
    copy, printed = sanitised_beside(_sites(tmp_path))
    book = openpyxl.load_workbook(copy, data_only=True)
    assert "Office 245" in book.sheetnames
    shares = book["Job outcomes %"]
    assert [shares.cell(row, 1).value for row in (7, 8, 9)] == ["Site 101", "Site 245", "Site 1377"]
    assert "text," not in printed and "Sheet 2" not in printed


@pytest.mark.parametrize("label", ["Site 101 job outcomes", "Site 1,377", "Site 101 (12)"])
def test_the_proof_alone_refuses_a_place_carrying_an_amount_on_a_percentage_sheet(tmp_path, label):
    source = _sites(tmp_path)

    def carried(plan: Plan) -> None:  # the label written with an amount beside its name
        cells = next(s for s in plan.sheets if s.name == "Job outcomes %").cells
        cells[(6, 0)] = OutputCell(label, style=cells[(6, 0)].style, kind="label")

    assert proved(tmp_path, source) == []
    assert "'Job outcomes %' A7" in {f.part for f in proved(tmp_path, source, carried)
                                     if f.kind == STATED}  # fmt: skip
