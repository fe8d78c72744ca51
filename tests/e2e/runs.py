"""Sanitise a test's workbook as a user would, through the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import CliRunner

from tests.builders import script_book
from wpxl.cli import app
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file


def sanitised_beside(source: Path, policy: Path | None = None) -> tuple[Path, str]:
    """``wpxl sanitise`` of ``source`` into its own folder (with the ``policy`` file given),
    which must succeed: the copy's path and what the command printed. A wpxl.toml beside the
    source is not read: wpxl reads the working folder's."""
    chosen = ["--policy", str(policy)] if policy is not None else []
    args = ["sanitise", str(source), "--out-dir", str(source.parent), *chosen]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    return source.parent / f"{source.stem}-sanitised.xlsx", result.stdout


def sanitised_rows(
    folder: Path, rows: dict[str, list[list]], policy: Policy | None = None, name: str = "drawn"
) -> tuple[Workbook, Workbook]:
    """The copy (its values, then its formulas) of a workbook openpyxl writes from ``rows`` by
    sheet name, as a script does: its formulas hold no cached values."""
    folder.mkdir(exist_ok=True)
    source = script_book(folder / f"{name}.xlsx", rows)
    job = Job(policy or Policy(), Audience(produced=dt.date(2026, 12, 5)), folder / "out")
    copy = sanitise_file(source, job).output
    return openpyxl.load_workbook(copy, data_only=True), openpyxl.load_workbook(copy)


def line_of(sheet: Worksheet, label: object) -> list:
    """The values of the one line of ``sheet`` whose first cell is ``label``."""
    (row,) = [r for r in sheet.iter_rows() if r[0].value == label]
    return [c.value for c in row]


def copy_lines(output: Path, sheet: str = "Referrals", width: int = 4) -> list[tuple]:
    """The first ``width`` values of each line of ``sheet`` in the copy at ``output``."""
    shown = openpyxl.load_workbook(output, data_only=True)[sheet]
    return [r[:width] for r in shown.iter_rows(values_only=True)]


def copy_formulas(output: Path, sheet: str = "Referrals") -> dict[str, str]:
    """The formulas of ``sheet`` in the copy at ``output``, by cell."""
    page = openpyxl.load_workbook(output)[sheet]
    return {
        c.coordinate: c.value
        for row in page.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=")
    }
