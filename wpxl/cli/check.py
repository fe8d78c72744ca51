"""``wpxl check``: prove a workbook is safe to share, whoever made it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wpxl.cli.common import report_error
from wpxl.cli.options import PolicyOption


def check(
    workbook: Annotated[
        Path, typer.Argument(help="The workbook to check before it is sent.", readable=False)
    ],
    against: Annotated[
        Path | None,
        typer.Option(
            "--against",
            help="The input it was made from: also search for every figure and dropped string "
            "of that input that must not appear.",
            readable=False,
        ),
    ] = None,
    policy: PolicyOption = None,
    published: Annotated[
        list[str] | None,
        typer.Option(
            "--published",
            help="With --against: a sheet it was made to publish (repeatable); no other sheet "
            "may say it is published.",
        ),
    ] = None,
    leave_out: Annotated[
        list[str] | None,
        typer.Option(
            "--leave-out",
            help="With --against: a sheet the copy was made leaving out (sanitise's "
            "--leave-out), read as hidden so nothing of it may show (repeatable).",
        ),
    ] = None,
) -> None:
    """Check for hidden content, unrounded counts, wrong totals, outcome volumes, missing
    banners and personal details; exit 0 if clean, 1 with one line per finding."""
    if leave_out and against is None:
        raise typer.BadParameter(
            "it names a sheet of the input the copy was made from: give --against IN too",
            param_hint="--leave-out",
        )
    from wpxl.policy.file import load_policy
    from wpxl.verify.check import check_output

    try:
        chosen = load_policy(policy).policy
        findings = check_output(
            workbook,
            chosen,
            against,
            tuple(published) if published else None,
            tuple(leave_out or ()),
        )
    except Exception as exc:
        report_error(exc, workbook.name)
        raise typer.Exit(1) from exc
    for finding in findings:
        typer.echo(f"{workbook.name}: {finding}")
    if findings:
        raise typer.Exit(1)
    typer.echo(f"{workbook.name}: no findings")


def register(app: typer.Typer) -> None:
    app.command("check")(check)
