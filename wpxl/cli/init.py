"""``wpxl init``: write a commented default policy file for a provider to edit."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wpxl.cli.options import one_line_errors


def init(
    path: Annotated[Path, typer.Argument(help="Where to write the policy file.")] = Path(
        "wpxl.toml"
    ),
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
) -> None:
    """Write wpxl.toml with every policy key, its meaning and its default."""
    from wpxl.errors import OutputError
    from wpxl.policy.file import default_policy_text

    with one_line_errors(path.name):
        if path.exists() and not force:
            raise OutputError(f"{path}: already exists. Use --force to replace it")
        partial = path.with_name(f".{path.name}.part")
        partial.write_text(default_policy_text(), encoding="utf-8")
        partial.replace(path)
        typer.echo(
            f"Wrote {path}: every policy key with its default. Edit it; wpxl sanitise reads "
            "./wpxl.toml, or give --policy."
        )


def register(app: typer.Typer) -> None:
    app.command("init")(init)
