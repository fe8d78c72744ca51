"""The ``wpxl`` command: the only place that parses arguments, prints, and picks exit codes.

Library code raises WpxlError subclasses with a sentence for the user; here each becomes one
line on stderr (``wpxl: <file>: <what is wrong>. <what to do>.``) and exit code 1. Heavy modules
are imported inside the commands, so ``wpxl --help`` stays fast.
"""

from __future__ import annotations

import typer

from wpxl import __version__
from wpxl.cli import common

app = typer.Typer(
    name="wpxl",
    help="Make Work Programme MI workbooks safe to email to a local authority: counts rounded "
    "to 20, totals rebuilt from rounded figures, outcomes shown only as percentages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"wpxl {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show a traceback when something fails."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    common.state.debug = debug


from wpxl.cli import check as _check  # noqa: E402  (each registers its command on app)
from wpxl.cli import council as _council  # noqa: E402
from wpxl.cli import init as _init  # noqa: E402
from wpxl.cli import releases as _releases  # noqa: E402
from wpxl.cli import sanitise as _sanitise  # noqa: E402

_sanitise.register(app)
_check.register(app)
_council.register(app)
_releases.register(app)
_init.register(app)

from wpxl.cli import inspect as _inspect  # noqa: E402

_inspect.register(app)


def main() -> None:
    app()
