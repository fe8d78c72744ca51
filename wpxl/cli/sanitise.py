"""``wpxl sanitise``: make the safe copy of each workbook given."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wpxl.cli.common import report_error
from wpxl.cli.options import PolicyOption, RegisterOption, one_line_errors


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
    for_council: Annotated[
        str | None,
        typer.Option(
            "--for",
            help="The council it is for: checked against the register, named on every sheet, "
            "and logged as a release.",
        ),
    ] = None,
    register: RegisterOption = None,
    policy: PolicyOption = None,
    email_note: Annotated[
        bool,
        typer.Option("--email-note", help="With --for: also write an e-mail note beside it."),
    ] = False,
    period: Annotated[
        str | None,
        typer.Option("--period", help="The period the figures cover, for the note and the log."),
    ] = None,
) -> None:
    """Round counts to 20, rebuild totals, turn outcomes into percentages, stamp every sheet."""
    from wpxl.release import set_up
    from wpxl.report import FileResult, summary_line, write_json_report
    from wpxl.sanitise import sanitise_file

    if email_note and for_council is None:
        raise typer.BadParameter("the note is addressed to a council; give --for NAME too")
    with one_line_errors(for_council or "wpxl"):
        setup = set_up(for_council, register, policy, period, email_note)
    job = setup.job(tuple(published or ()), out_dir, force)
    results: list[FileResult] = []
    for path in files:
        try:
            result = sanitise_file(path, job)
            setup.record(path, result)
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
