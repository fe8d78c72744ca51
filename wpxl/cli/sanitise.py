"""``wpxl sanitise``: make the safe copy of each workbook given."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wpxl.cli.common import report_error


def sanitise(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Workbooks (.xlsx or .xlsm) to make safe.",
            readable=False,  # an unreadable file gets wpxl's own sentence and exit 1, not 2
        ),
    ],
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out-dir", "-o", help="Folder for the outputs (default: beside each input)."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace outputs that already exist.")
    ] = False,
    published: Annotated[
        list[str] | None,
        typer.Option("--published", help="A sheet whose figures are already public (repeatable)."),
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option("--report", help="Also write a JSON report of every decision to this file."),
    ] = None,
) -> None:
    """Round counts to 20, rebuild totals, turn outcomes into percentages, stamp every sheet."""
    from wpxl.plan import Release
    from wpxl.policy import Policy
    from wpxl.report import FileResult, summary_line, write_json_report
    from wpxl.sanitise import Job, sanitise_file, today

    job = Job(
        policy=Policy(),
        release=Release(produced=today(), published=tuple(published or ())),
        out_dir=out_dir,
        force=force,
    )
    results: list[FileResult] = []
    for path in files:
        try:
            result = sanitise_file(path, job)
        except Exception as exc:
            report_error(exc, path.name)
            results.append(FileResult(input=str(path), status="refused", message=str(exc)))
            continue
        results.append(result)
        typer.echo(summary_line(result))
        for warning in result.warnings:
            typer.echo(f"  warning: {warning.where}: {warning.message}")
    if report is not None:
        write_json_report(results, report)
    if not all(r.ok for r in results):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("sanitise")(sanitise)
