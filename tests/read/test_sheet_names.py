"""Sheet names that could quote a figure are shown as 'Sheet N' from the moment they are read."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from tests.conftest import PRODUCED
from tests.robustness.conftest import rewrite_package
from wpxl import sanitise
from wpxl.analyse import analyse_workbook
from wpxl.cli import app
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.read.sheetnames import RENAMED, numbers_named, renamed_in_formula, shown_names
from wpxl.sanitise import sanitise_file
from wpxl.verify import verify_output
from wpxl.write import write_plan

runner = CliRunner()


def test_names_kept_and_names_replaced():
    names = ["Referrals 1", "Apr 2013", "JSA 18-24", "Table 3", "2013-14", "Top 50",
             "Referrals n=307", "JSA 1,234", "Base 47", "Sheet 8", "Outcomes (187)",
             "201304", "Leeds 101", "Region 101"]  # fmt: skip
    assert numbers_named(names) == {201304.0}  # a month code: a figure only if a cell holds it
    assert shown_names(names, set()) == {
        "Referrals n=307": "Sheet 7",
        "JSA 1,234": "Sheet 8 (2)",  # 'Sheet 8' is another sheet's own name
        "Base 47": "Sheet 9",  # a stated count, whatever the cells hold
        "Outcomes (187)": "Sheet 11",  # a table's sum, say, which no cell holds
        "Leeds 101": "Sheet 13",  # 'Region 101' names its region (read/place_numbers)
    }
    assert shown_names(names, {201304.0})["201304"] == "Sheet 12"


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


def test_a_name_whose_number_no_cell_holds_is_kept(tmp_path):
    """Monthly sheets named 201304, 201305: no cell holds those numbers, so they are no figures;
    a sheet named after a count its cells hold (307) is renamed, and so is one named after a
    number no cell holds that is no month (the copy's proof would refuse either)."""
    table = referrals_table([[121, 93], [307, 111]])
    sheets = {"201304": table, "201305": table, "Leeds 307": table, "Leeds 9999": table}
    book = read_workbook(write_book(tmp_path / "months.xlsx", sheets))
    assert [s.name for s in book.sheets] == ["201304", "201305", "Sheet 3", "Sheet 4"]


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
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
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
    assert ("the name of sheet 'Summary n=632'", "a sheet name that quotes a figure") in kinds


def test_a_name_quoting_a_total_no_cell_shows_is_replaced_and_the_copy_made(tmp_path):
    """632 is the table's true grand total, but the file caches 0 for its formulas (as files
    saved by other programs do), so no cell holds it: the name is replaced all the same, where
    it used to be kept as read and then refused, the refusal repeating the figure."""
    path = write_book(
        tmp_path / "area.xlsx", {"Leeds 632": referrals_table([[121, 93], [307, 111]])}
    )
    result = runner.invoke(app, ["sanitise", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    (output,) = (tmp_path / "out").glob("*.xlsx")
    with zipfile.ZipFile(output) as package:
        assert not [n for n in package.namelist() if b"632" in package.read(n)]
        assert b'<sheet name="Sheet 1"' in package.read("xl/workbook.xml")


def _outcome_named(tmp_path: Path) -> Path:
    """A pack whose second tab is named after a job outcome count (23) of the first."""
    rows = [["Referrals and job outcomes"], [], ["Group", "Referrals", "Job outcomes"],
            ["A", 131, 11], ["B", 247, 23]]  # fmt: skip
    tiny = [["Referrals by group"], [], ["Group", "Referrals"], ["A", 120], ["B", 240]]
    return write_book(tmp_path / "pack.xlsx", {"Referrals": rows, "JO 23": tiny})


REFUSED = (
    "wpxl: pack.xlsx: the name of sheet 2 (counting the tabs) quotes one of the workbook's "
    "unrounded or outcome figures, and the copy would repeat it. Rename the sheet in Excel and "
    "try again.\n"
)


@pytest.mark.parametrize("alone", [False, True], ids=["plan", "proof alone"])
def test_a_refusal_names_the_tab_by_its_place_not_by_its_name(tmp_path, monkeypatch, alone):
    """The refusal is kept in the report, which may be sent on: it names the sheet by its place
    among the tabs, so the outcome count in the name travels nowhere, whether the plan or (with
    the plan's refusal taken away) the proof stops the run."""
    if alone:
        monkeypatch.setattr(sanitise, "_refuse_quoting_names", lambda *args: None)
    report = tmp_path / "report.json"
    path = _outcome_named(tmp_path)
    result = runner.invoke(
        app, ["sanitise", str(path), "-o", str(tmp_path), "--report", str(report)]
    )
    assert result.exit_code == 1
    if not alone:
        assert result.stderr == REFUSED
    assert "sheet 2 (counting the tabs)" in result.stderr
    assert "Rename the sheet" in result.stderr
    assert "23" not in result.stderr.replace(str(tmp_path), "")
    assert "23" not in report.read_text().replace(str(tmp_path), "")  # 'pytest-238' may hold it
    assert not list(tmp_path.glob("*-sanitised.xlsx"))


def test_monthly_tabs_named_for_their_month_keep_their_names_in_the_copy(tmp_path, job):
    """Tabs named 201304, 201305 (a month each, no figure of the workbook): the proof used to
    refuse every such copy for a name quoting a figure."""
    table = referrals_table([[121, 93], [307, 111]])
    source = write_book(tmp_path / "months.xlsx", {"201304": table, "201305": table})
    output = sanitise_file(source, job).output
    assert openpyxl.load_workbook(output).sheetnames[1:] == ["201304", "201305"]
