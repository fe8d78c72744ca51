"""Options and error handling shared by the commands that use the register or the policy."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from wpxl.cli.common import report_error

RegisterOption = Annotated[
    Path | None,
    typer.Option(
        "--register",
        help="The register file (default: $WPXL_REGISTER, else wpxl's folder in your user data).",
    ),
]
PolicyOption = Annotated[
    Path | None,
    typer.Option(
        "--policy",
        help="The policy file (default: ./wpxl.toml, else wpxl.toml in your user config folder, "
        "else the built-in defaults).",
    ),
]
DATE_FORMATS = ["%Y-%m-%d"]


class Who(StrEnum):
    """Who requires a suspension: the provider itself, or DWP."""

    provider = "provider"
    dwp = "dwp"


@contextmanager
def one_line_errors(name: str) -> Iterator[None]:
    """Turn any failure into one line on stderr and exit code 1 (a traceback with --debug)."""
    try:
        yield
    except typer.Exit:
        raise
    except Exception as exc:
        report_error(exc, name)
        raise typer.Exit(1) from None


def checked_period(period: str | None) -> str | None:
    """``--period`` as a period alone (wpxl.policy.period_text), or a usage error (exit 2)."""
    from wpxl.errors import PolicyError
    from wpxl.policy.period_text import check_period

    if period is None:
        return None
    try:
        return check_period(period)
    except PolicyError as exc:
        raise typer.BadParameter(str(exc).removeprefix("--period "), param_hint="--period") from exc
