"""``wpxl sanitise``: make the safe copy of each workbook given."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wpxl.cli.common import fail_line


def sanitise(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Workbooks (.xlsx or .xlsm), folders of them, or patterns such as '*.xlsx'. "
            "wpxl's own outputs and Office lock files (~$...) are skipped.",
            show_default=False,
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
    recursive: Annotated[
        bool, typer.Option("--recursive", "-r", help="Look inside sub-folders of folders given.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Workbooks done at once (default: one per core)."),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only problems, one line each.")
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="Also show skipped files, stage timings and a final table."
        ),
    ] = False,
) -> None:
    """Round counts to 20, rebuild totals, turn outcomes into percentages, stamp every sheet."""
    from wpxl.batch import default_jobs, expand_inputs, run_batch
    from wpxl.cli.progress import BatchDisplay, status_of
    from wpxl.plan import Release
    from wpxl.policy import Policy
    from wpxl.report import FileResult, write_json_report
    from wpxl.sanitise import Job, today

    job = Job(
        policy=Policy(),
        release=Release(produced=today(), published=tuple(published or ())),
        out_dir=out_dir,
        force=force,
    )
    sources, skipped = expand_inputs(files, recursive)
    if not sources:
        typer.echo(
            fail_line(
                "no workbooks to sanitise: every file given is a wpxl output or an Office lock "
                "file. Give the original .xlsx files"
            ),
            err=True,
        )
        raise typer.Exit(2)
    with BatchDisplay(sources, quiet=quiet, verbose=verbose) as display:
        display.skipped(skipped)
        outcomes = run_batch(
            sources,
            job,
            jobs=jobs or default_jobs(),
            progress=display.stage if display.live else None,
            done=display.file_done,
        )
    display.finish(outcomes)
    results = [
        o.result
        if o.result is not None
        else FileResult(input=str(o.source), status=status_of(o), message=str(o.error))
        for o in outcomes
    ]
    if report is not None:
        write_json_report(results, report)
    if not all(r.ok for r in results):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("sanitise")(sanitise)
