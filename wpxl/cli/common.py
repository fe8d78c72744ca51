"""What every command shares: the debug switch and turning errors into one line on stderr."""

from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass

import typer


@dataclass
class _State:
    debug: bool = False


state = _State()


def fail_line(message: str) -> str:
    """``wpxl: <message>.``; a message listing several problems gets that shape on each line,
    as a compiler prints one line per error."""
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    return "\n".join(
        f"wpxl: {text}" + ("" if text.endswith((".", "?", "!")) else ".") for text in lines
    )


def report_error(exc: BaseException, name: str, trace: str | None = None) -> None:
    """Print one line for ``exc``; a traceback too with --debug (``trace`` when it came from a
    worker process, whose exceptions arrive without one)."""
    from wpxl.errors import WpxlError

    if isinstance(exc, WpxlError):
        typer.echo(fail_line(str(exc)), err=True)
    else:
        typer.echo(
            fail_line(
                f"{name}: wpxl hit an unexpected problem ({type(exc).__name__}) and wrote nothing. "
                "Run again with --debug and report the message"
            ),
            err=True,
        )
    if state.debug and trace and exc.__traceback__ is None:
        sys.stderr.write(trace)
    elif state.debug:
        traceback.print_exception(exc, file=sys.stderr)
