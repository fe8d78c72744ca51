"""The terminal names every cell the copy lost, as the cover does (session 34).

Only figures removed were printed ('removed: ...') and counted in the summary line; a note or
label removed (one quoting an outcome count, one naming its line's count) was on the cover
alone, so an analyst reading the terminal saw '0 warnings' and a copy missing words. Every
removal at a place of the input is printed and counted now; what the cover says of the whole
workbook (document properties are never carried) is left to the cover.
"""

from __future__ import annotations

from typer.testing import CliRunner

from tests.builders import write_book
from wpxl.cli import app


def test_a_note_quoting_an_outcome_count_is_printed_as_removed(tmp_path):
    rows = [
        ["Referrals and job outcomes by month"],
        [],
        ["Measure", "Apr 2013", "May 2013", "Total"],
        ["Referrals", 412, 388, 800],
        ["Job outcomes", 37, 41, 78],
        [],
        ["Note: 37 job outcomes were claimed in April."],
    ]
    source = write_book(tmp_path / "pack.xlsx", {"Monthly": rows})
    result = CliRunner().invoke(app, ["sanitise", str(source)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("pack.xlsx: ")
    assert ", 0 warnings, 2 removals -> " in lines[0]
    printed = [line for line in lines if line.startswith("  removed: ")]
    assert printed[0] == (
        "  removed: 'Monthly' B5:D5: outcome volumes are never shared; shown as percentages on "
        "sheet 'Job outcomes %'"
    )
    assert printed[1].startswith("  removed: 'Monthly' A7: ")
    assert not any("document properties" in line for line in lines)
