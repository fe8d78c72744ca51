"""``wpxl releases``: what went to which council and when, from the register's release log."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated

import typer

from wpxl.cli.options import DATE_FORMATS, RegisterOption, one_line_errors


def releases(
    council: Annotated[
        str | None, typer.Option("--council", help="Only releases to this council.")
    ] = None,
    since: Annotated[
        datetime | None,
        typer.Option("--since", formats=DATE_FORMATS, help="Only releases on or after this date."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the releases as a JSON array.")
    ] = False,
    register: RegisterOption = None,
) -> None:
    """List releases logged by 'wpxl sanitise --for', oldest first: files, hashes, policy."""
    from wpxl.register import ReleaseEntry, list_releases, open_register, register_path
    from wpxl.report import quantity

    found: list[ReleaseEntry] = []
    if register_path(register).exists():  # no register, no releases: none is made to say so
        with one_line_errors("releases"), open_register(register) as reg:
            found = list_releases(reg, council, since.date() if since else None)
    if as_json:
        typer.echo(json.dumps([r.as_dict() for r in found], indent=2, ensure_ascii=False))
        return
    if not found:
        typer.echo("No releases logged.")
    for r in found:
        period = f" for {r.period}" if r.period else ""
        typer.echo(
            f"{r.released_at}  {r.council} ({r.representative}){period}: {r.input_name} -> "
            f"{r.output_name} sha256 {r.output_sha256[:16]}; "
            f"{quantity(len(r.sheets_published), 'published sheet')} and "
            f"{quantity(len(r.sheets_internal), 'internal sheet')}, "
            f"{quantity(len(r.warnings), 'warning')}; wpxl {r.wpxl_version}, "
            f"policy {r.policy_hash[:16]}"
        )


def register(app: typer.Typer) -> None:
    app.command("releases")(releases)
