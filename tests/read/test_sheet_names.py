"""Sheet names that could quote a figure are shown as 'Sheet N' from the moment they are read."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from tests.builders import referrals_table, write_book
from tests.conftest import PRODUCED
from tests.robustness.conftest import rewrite_package
from wpxl.analyse import analyse_workbook
from wpxl.plan import Release, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file
from wpxl.sheetnames import RENAMED, renamed_in_formula, shown_names
from wpxl.verify import verify_output
from wpxl.write import write_plan


def test_names_kept_and_names_replaced():
    names = ["Referrals 1", "Apr 2013", "JSA 18-24", "Table 3", "2013-14", "Top 50",
             "Referrals n=307", "JSA 1,234", "Base 47", "Sheet 8", "Outcomes (187)"]  # fmt: skip
    assert shown_names(names) == {
        "Referrals n=307": "Sheet 7",
        "JSA 1,234": "Sheet 8 (2)",  # 'Sheet 8' is another sheet's own name
        "Base 47": "Sheet 9",
        "Outcomes (187)": "Sheet 11",
    }


def test_formulas_refer_to_the_shown_name_whatever_the_case_or_quoting():
    renamed = {"Referrals n=307": "Sheet 5", "Pat's 1,234": "Sheet 2"}
    formula = "=SUM('Referrals n=307'!B4:B9)+'referrals N=307'!C3+'Pat''s 1,234'!A1+Other!B2+B7"
    assert renamed_in_formula(formula, renamed) == (
        "=SUM('Sheet 5'!B4:B9)+'Sheet 5'!C3+'Sheet 2'!A1+Other!B2+B7"
    )


def _book(path: Path) -> Path:
    total = "='Referrals n=307'!D6"  # the referrals table's grand total
    summary = [["Referrals summary"], [], ["Measure", "Total"], ["Referrals", total]]
    return write_book(
        path,
        {"Referrals n=307": referrals_table([[121, 93], [307, 111]]), "Summary": summary},
        cached={("Summary", "B4"): 632},
    )


def test_reading_shows_the_new_name_and_points_formulas_at_it(tmp_path):
    book = read_workbook(_book(tmp_path / "pack.xlsx"))
    assert [s.name for s in book.sheets] == ["Sheet 1", "Summary"]
    assert book.sheets[1].cells[(3, 1)].formula == "'Sheet 1'!D6"
    assert book.extras[RENAMED] == 1


def test_no_part_of_the_output_holds_the_name_and_the_summary_still_adds_up(tmp_path, job):
    output = Path(sanitise_file(_book(tmp_path / "pack.xlsx"), job).output)
    with zipfile.ZipFile(output) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    assert not [name for name, data in parts.items() if b"307" in data]
    summary = parts["xl/worksheets/sheet3.xml"].decode()
    # 121 + 307 + 93 + 111 = 632: rounded parts 120 + 300 + 100 + 120 = 640
    assert "<f>SUM('Sheet 1'!D8)</f><v>640</v>" in summary
    assert RENAMED in parts["xl/worksheets/sheet1.xml"].decode()  # the cover says so


def test_the_proof_refuses_a_sheet_name_that_quotes_a_figure(tmp_path):
    book = read_workbook(_book(tmp_path / "pack.xlsx"))
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Release(produced=PRODUCED))
    output = tmp_path / "out.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    assert verify_output(output, plan, 20) == []
    with zipfile.ZipFile(output) as package:
        book_xml = package.read("xl/workbook.xml")
    assert re.findall(rb'<sheet name="([^"]+)"', book_xml) == [
        b"About this workbook",
        b"Sheet 1",
        b"Summary",
    ]
    tampered = rewrite_package(
        output,
        output.with_name("tampered.xlsx"),
        {"xl/workbook.xml": book_xml.replace(b'name="Summary"', b'name="Summary n=632"')},
    )
    kinds = {(f.part, f.kind) for f in verify_output(tampered, plan, 20)}
    assert ("xl/workbook.xml", "a sheet name that could quote a figure") in kinds
