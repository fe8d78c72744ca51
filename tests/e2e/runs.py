"""Sanitise a test's workbook as a user would, through the command line."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from wpxl.cli import app


def sanitised_beside(source: Path, policy: Path | None = None) -> tuple[Path, str]:
    """``wpxl sanitise`` of ``source`` into its own folder (with the ``policy`` file given),
    which must succeed: the copy's path and what the command printed. A wpxl.toml beside the
    source is not read: wpxl reads the working folder's."""
    chosen = ["--policy", str(policy)] if policy is not None else []
    args = ["sanitise", str(source), "--out-dir", str(source.parent), *chosen]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    return source.parent / f"{source.stem}-sanitised.xlsx", result.stdout
