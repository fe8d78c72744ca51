"""A workbook with several problems is refused once, with every problem on its own line."""

import pytest
from typer.testing import CliRunner

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.cli import app
from wpxl.errors import AnalysisError
from wpxl.policy import Policy
from wpxl.read import read_workbook


def _mismatched(title: str) -> list[list[object]]:
    """A table whose typed Total is not the sum of its rows (C6)."""
    return [
        [title],
        [],
        ["Payment group", "Apr 2013", "May 2013"],
        ["JSA 18-24", 120, 140],
        ["JSA 25+", 60, 80],
        ["Total", 180, 999],
    ]


def _book(tmp_path):
    return write_book(
        tmp_path / "pack.xlsx",
        {
            "Referrals": _mismatched("Referrals by payment group"),
            "Fine": _mismatched("Referrals by payment group")[:5],
            "Starts": _mismatched("Job starts by payment group"),
        },
    )


def test_refusal_lists_every_sheets_problem_with_its_cell_then_the_count(tmp_path):
    with pytest.raises(AnalysisError) as refused:
        analyse_workbook(read_workbook(_book(tmp_path)), Policy())
    lines = str(refused.value).splitlines()
    assert [line.split(":")[1] for line in lines[:2]] == [
        " sheet 'Referrals', cell C6",
        " sheet 'Starts', cell C6",
    ]
    assert lines[2] == "pack.xlsx: 2 problems; wpxl wrote nothing. Fix each one"
    assert len(refused.value.problems) == 2


def test_sanitise_prints_one_line_per_problem_and_writes_nothing(tmp_path):
    book = _book(tmp_path)
    result = CliRunner().invoke(app, ["sanitise", str(book), "--out-dir", str(tmp_path / "out")])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("wpxl: pack.xlsx: sheet 'Referrals', cell C6: this cell is ")
    assert lines[1].startswith("wpxl: pack.xlsx: sheet 'Starts', cell C6: this cell is ")
    assert lines[2] == "wpxl: pack.xlsx: 2 problems; wpxl wrote nothing. Fix each one."
    assert not (tmp_path / "out").exists()


def test_inspect_lists_the_same_problems_as_sanitise(tmp_path):
    book = _book(tmp_path)
    shown = CliRunner().invoke(app, ["inspect", str(book)])
    refused = CliRunner().invoke(app, ["sanitise", str(book), "--out-dir", str(tmp_path / "o")])
    assert shown.exit_code == refused.exit_code == 1
    assert shown.stderr.splitlines() == refused.stderr.splitlines()
    assert len(shown.stderr.splitlines()) == 3
