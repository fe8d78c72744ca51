"""Session 36: ``wpxl check OUT --against IN --leave-out SHEET`` proves as sanitise proved.

Session 35 gave ``wpxl sanitise`` a ``--leave-out SHEET`` for a pack's data tab behind a
summary: the tab is read as a hidden sheet is, so nothing of it may show in the copy. ``wpxl
check --against`` had no such option and read the tab as a visible sheet, whose words a copy
may carry: a copy made by hand, or edited after wpxl made it, that quoted the data tab's
caseworker notes passed the check. Given the same ``--leave-out``, the check reads the input
as sanitise did and finds the note; a name matching no sheet is
refused in one sentence, and ``--leave-out`` without ``--against`` is a usage error.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from tests.builders import write_book
from wpxl import check_file
from wpxl.cli import app

NOTE = "Moved to Sheffield in May"


def _pack(path: Path) -> Path:
    """'Summary' of referrals by office; 'Data', a caseworker's note per office."""
    summary = [["Referrals by office, April to June 2013"], [], ["Office", "Referrals"]]
    summary += [["Leeds", 120], ["Bradford", 60]]
    data = [["Office", "Caseworker note"], ["Leeds", "Awaiting a housing decision"]]
    data.append(["Bradford", NOTE])
    return write_book(path, {"Summary": summary, "Data": data})


def _copies(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The pack, its copy made leaving 'Data' out, and that copy quoting the note by hand."""
    source = _pack(tmp_path / "pack.xlsx")
    made = CliRunner().invoke(
        app, ["sanitise", str(source), "--out-dir", str(tmp_path), "--leave-out", "Data"]
    )
    assert made.exit_code == 0, made.stderr
    copy = tmp_path / "pack-sanitised.xlsx"
    book = openpyxl.load_workbook(copy)
    book["Summary"]["D5"] = NOTE
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    return source, copy, edited


def _check(*args: str):
    return CliRunner().invoke(app, ["check", *args])


def test_the_sheet_left_out_is_read_as_hidden_so_its_note_is_found(tmp_path):
    source, copy, edited = _copies(tmp_path)
    assert _check(str(copy), "--against", str(source), "--leave-out", "data").exit_code == 0
    found = _check(str(edited), "--against", str(source), "--leave-out", "Data")
    assert found.exit_code == 1
    assert "'Summary' D5: text from a hidden or dropped part of the input" in found.stdout
    assert NOTE not in found.stdout
    assert check_file(edited, source, left_out=("Data",)) == [
        "'Summary' D5: text from a hidden or dropped part of the input"
    ]
    # without it the tab reads as a visible sheet, whose words a copy may quote
    assert check_file(edited, source) == []


def test_a_name_matching_no_sheet_is_refused_in_one_sentence(tmp_path):
    source, copy, _ = _copies(tmp_path)
    result = _check(str(copy), "--against", str(source), "--leave-out", "Dta")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "wpxl: pack.xlsx: --leave-out 'Dta': the workbook has no sheet of that name. "
        "Sheets: Summary, Data."
    ]


def test_leave_out_without_the_input_is_a_usage_error(tmp_path):
    _, copy, _ = _copies(tmp_path)
    result = _check(str(copy), "--leave-out", "Data")
    assert result.exit_code == 2
    assert "give --against IN too" in result.stderr
