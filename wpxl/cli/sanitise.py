"""``wpxl sanitise``: make the safe copy of each workbook given."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from wpxl.cli.common import fail_line, report_error
from wpxl.cli.options import PolicyOption, RegisterOption, checked_period, one_line_errors

if TYPE_CHECKING:
    from wpxl.batch import Outcome
    from wpxl.report import FileResult


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
    leave_out: Annotated[
        list[str] | None,
        typer.Option(
            "--leave-out",
            help="A sheet not to share (a data tab behind a summary): left out as a hidden "
            "sheet is, the values other sheets showed from it kept (repeatable).",
        ),
    ] = None,
    report: Annotated[
        list[Path] | None,
        typer.Option(
            "--report",
            help="Also write a report of every decision: report.json (for machines, schema in "
            "wpxl/report/report.schema.json) or report.html (a page to read). Repeatable.",
        ),
    ] = None,
    aggregate: Annotated[
        list[str] | None,
        typer.Option(
            "--aggregate",
            help="Share less detail where wpxl proposed it: quarters, jsa-esa-other, whole-cpa, "
            "drop-rows or drop-columns (repeatable).",
        ),
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
    import traceback
    from dataclasses import replace

    from wpxl.batch import default_jobs, expand_inputs, run_batch
    from wpxl.cli.progress import BatchDisplay, status_of
    from wpxl.release import set_up
    from wpxl.report import FileResult

    reports = check_reports(report or [], aggregate or [])
    if email_note and for_council is None:
        raise typer.BadParameter("the note is addressed to a council; give --for NAME too")
    period = checked_period(period)
    with one_line_errors(for_council or "wpxl"):
        setup = set_up(for_council, register, policy, period, email_note, force)
    job = replace(
        setup.job(tuple(published or ()), out_dir, force),
        grids=any(r.suffix.lower() == ".html" for r in reports),
        aggregate=tuple(aggregate or ()),
        left_out=tuple(leave_out or ()),
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

    def finished(index: int, outcome: Outcome) -> None:
        """Log the release here, in the one process that holds the register, then show it."""
        if outcome.result is not None:
            try:
                setup.record(outcome.source, outcome.result)
            except Exception as exc:
                outcome.result, outcome.error = None, exc
                outcome.trace = "".join(traceback.format_exception(exc))
        display.file_done(index, outcome)

    with BatchDisplay(sources, quiet=quiet, verbose=verbose, extra=proposal_lines) as display:
        display.skipped(skipped)
        outcomes = run_batch(
            sources,
            job,
            jobs=jobs or default_jobs(),
            progress=display.stage if display.live else None,
            done=finished,
        )
    display.finish(outcomes)
    results = [
        o.result
        if o.result is not None
        else FileResult(input=str(o.source), status=status_of(o), message=str(o.error))
        for o in outcomes
    ]
    if not (write_reports(results, reports) and all(r.ok for r in results)):
        raise typer.Exit(1)


def check_reports(reports: list[Path], aggregate: list[str]) -> list[Path]:
    """Usage errors in --report and --aggregate, found before any workbook is read."""
    from wpxl.errors import WpxlError
    from wpxl.plan.proposals import PROPOSALS
    from wpxl.report import check_report_path

    for path in reports:
        try:
            check_report_path(path)
        except WpxlError as exc:
            raise typer.BadParameter(str(exc), param_hint="--report") from exc
    for name in aggregate:
        if name not in PROPOSALS:
            raise typer.BadParameter(
                f"'{name}' is not a proposal wpxl makes. Choose one of {', '.join(PROPOSALS)}",
                param_hint="--aggregate",
            )
    return reports


def proposal_lines(result: FileResult) -> list[str]:
    """How to take up each proposal, for the analyst at the terminal (not for the council)."""
    return [
        f"  less detail for {q.table}: --aggregate "
        + " | ".join(f"{p.name} ({p.small} of {p.cells} small)" for p in q.proposals)
        for q in result.quality
        if q.proposals
    ]


def write_reports(results: list[FileResult], reports: list[Path]) -> bool:
    from wpxl.report import write_report

    written = True
    for path in reports:
        try:
            write_report(results, path)
        except Exception as exc:
            report_error(exc, path.name)
            written = False
    return written


def register(app: typer.Typer) -> None:
    app.command("sanitise")(sanitise)
