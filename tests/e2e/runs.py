"""Sanitise a test's workbook as a user would, through the command line."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from wpxl.cli import app


def sanitised_beside(source: Path) -> tuple[Path, str]:
    """``wpxl sanitise`` of ``source`` into its own folder, which must succeed: the copy's path
    and what the command printed."""
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(source.parent)])
    assert result.exit_code == 0, result.stderr
    return source.parent / f"{source.stem}-sanitised.xlsx", result.stdout
