"""``wpxl inspect``: what wpxl reads in a workbook (tables, totals, measures), before sharing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wpxl.cli.common import report_error
from wpxl.cli.options import PolicyOption


def inspect(
    file: Annotated[Path, typer.Argument(help="The workbook (.xlsx or .xlsm) to look at.")],
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Also write a page drawing each sheet coloured by role."),
    ] = None,
    policy: PolicyOption = None,
) -> None:
    """List each sheet's tables, headers, label columns, measures and totals with their parts."""
    from wpxl.errors import OutputError
    from wpxl.policy.file import load_policy
    from wpxl.report.inspect import describe, inspect_workbook
    from wpxl.report.inspect_page import write_page

    try:
        inspection = inspect_workbook(file, load_policy(policy).policy)
        if html is not None:
            try:
                write_page(inspection, html)
            except OSError as exc:
                raise OutputError(
                    f"{file.name}: cannot write {html} ({exc.strerror}). Choose another --html path"
                ) from exc
    except Exception as exc:
        report_error(exc, file.name)
        raise typer.Exit(1) from None
    for line in describe(inspection):
        typer.echo(line)
    if html is not None:
        typer.echo(f"page: {html}")


def register(app: typer.Typer) -> None:
    app.command("inspect")(inspect)
