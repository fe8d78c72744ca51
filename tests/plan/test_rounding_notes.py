"""Notes about rounding that the copy makes untrue go (wpxl.plan.rounding_notes)."""

from __future__ import annotations

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.builders import write_book
from wpxl.cli import app
from wpxl.plan.rounding_notes import says_other_rounding


@pytest.mark.parametrize(
    "note",
    [
        "Figures are unrounded management information.",
        "Figures have not been rounded.",
        "Counts are rounded to the nearest 5.",
        "Totals are calculated before rounding.",
        "No rounding has been applied.",
    ],
)
def test_a_note_the_copy_makes_untrue_is_removed_and_said(tmp_path, note):
    rows = [
        ["Referrals by office"],
        [],
        ["Office", "Referrals"],
        ["Leeds", 412],
        ["York", 388],
        ["Total", 800],
        [],
        [note],
        ["Source: provider MI system."],
    ]
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    result = CliRunner().invoke(app, ["sanitise", str(source)])
    assert result.exit_code == 0, result.output
    assert "  removed: 'Referrals' A8: it says how the figures are rounded, which is no " in (
        result.stdout
    )
    sheet = openpyxl.load_workbook(tmp_path / "pack-sanitised.xlsx")["Referrals"]
    texts = [v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert note not in texts
    assert "Source: provider MI system." in texts


@pytest.mark.parametrize(
    "note",
    [
        "Figures are rounded to the nearest 20.",
        "Totals may not sum due to rounding.",
        "Actual against target",
        "Rounded figures",
    ],
)
def test_a_note_true_of_the_copy_stays(note):
    assert not says_other_rounding(note, 20)
