"""``wpxl council``: the councils MI may go to, their agreements, and suspensions of sharing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from wpxl.cli.options import (
    DATE_FORMATS,
    PolicyOption,
    RegisterOption,
    Who,
    checked_period,
    one_line_errors,
)

if TYPE_CHECKING:
    from wpxl.register import Council, Register, SharingEvent

council_app = typer.Typer(
    help="Keep the register of councils with a signed confidentiality agreement, and suspend or "
    "resume sharing with one council or all of them.",
    no_args_is_help=True,
)

NameArgument = Annotated[str, typer.Argument(help="The council's name, as in the register.")]
OptionalName = Annotated[
    str | None, typer.Argument(help="The council's name; or give --all instead.")
]
AllOption = Annotated[
    bool, typer.Option("--all", help="Every council, including councils added later.")
]
ByOption = Annotated[
    Who, typer.Option("--by", help="Who requires it: the provider, or DWP.", case_sensitive=False)
]
RepresentativeOption = Annotated[
    str | None,
    typer.Option(
        "--representative",
        help='The person responsible for keeping the agreement, as "NAME <email>".',
    ),
]
SignedOption = Annotated[
    datetime | None,
    typer.Option(
        "--signed", formats=DATE_FORMATS, help="When the council signed the agreement (YYYY-MM-DD)."
    ),
]
CpaOption = Annotated[
    str | None, typer.Option("--cpa", help="The council's contract package area.")
]


def _open(register: Path | None, create: bool = False) -> Register:
    """The register; only ``council add`` starts one where there is none (``create``), so a
    mistyped path is an error, never a new empty register that a suspension goes into."""
    from wpxl.register import open_register

    return open_register(register, create=create)


def _scope(name: str | None, everyone: bool) -> str | None:
    if (name is None) == (not everyone):
        raise typer.BadParameter("give a council's NAME or --all, not both and not neither")
    return name


def _describe(council: Council) -> str:
    return (
        f"representative {council.representative or '(none)'}, agreement signed "
        f"{council.signed or '(no date)'}, contract package area {council.cpa or '(not given)'}"
    )


def _event_line(event: SharingEvent) -> str:
    from wpxl.register.councils import WHO_SHOWN

    verb = "suspended" if event.action == "suspend" else "resumed"
    reason = f": {event.reason}" if event.reason else ""
    return f"{event.at}  {verb} by {WHO_SHOWN[event.required_by]} ({event.scope}){reason}"


# what a council's record lacks (wpxl.register.gate.lacks), as its status line says it
_LACKING = {
    "representative": "no representative named",
    "agreement": "the agreement's signing not recorded",
    "in force": "the agreement not in force until {signed}",
}


def _status(register: Register, council: Council | None) -> str:
    """Whether MI may go to the council (or, ``council`` None, to councils) as the register
    stands: what its record lacks, and any suspension over it."""
    from wpxl.register import active_suspensions
    from wpxl.register.councils import WHO_SHOWN, suspensions_over
    from wpxl.register.gate import lacks
    from wpxl.sanitise import today

    said = []
    if council is None:
        active = active_suspensions(register, None)
    else:
        active = suspensions_over(register, council)
        if (lacking := lacks(council, today())) is not None:
            said.append(
                f"sharing not allowed yet ({_LACKING[lacking]})".format(signed=council.signed)
            )
    if active:
        said.append("sharing suspended: " + "; ".join(
            f"by {WHO_SHOWN[e.required_by]} for {e.scope} since {e.at} ({e.reason})" for e in active
        ))  # fmt: skip
    return "; ".join(said) or "sharing allowed"


@council_app.command("add")
def add(
    name: NameArgument,
    representative: RepresentativeOption = None,
    signed: SignedOption = None,
    cpa: CpaOption = None,
    register: RegisterOption = None,
) -> None:
    """Add a council; a release needs its representative and the date it signed the agreement."""
    from wpxl.register import add_council

    _record(add_council, "Added", name, representative, signed, (cpa or "").strip(), register)


@council_app.command("list")
def list_(register: RegisterOption = None) -> None:
    """List every council in the register with its agreement and whether sharing is allowed."""
    from wpxl.register import list_councils, register_path

    if not (path := register_path(register)).exists():
        typer.echo(f"No councils in the register {path}: there is no such file yet.")
        return
    with one_line_errors("council list"), _open(register) as reg:
        councils = list_councils(reg)
        if not councils:
            typer.echo(f"No councils in the register {reg.path}.")
        for council in councils:
            typer.echo(f"{council.name}: {_describe(council)}; {_status(reg, council)}.")


@council_app.command("show")
def show(name: NameArgument, register: RegisterOption = None) -> None:
    """Show one council, whether sharing is allowed, its changes and suspension history."""
    from wpxl.register import council_changes, get_council, history

    with one_line_errors(name), _open(register) as reg:
        council = get_council(reg, name)
        typer.echo(council.name)
        typer.echo(f"  representative: {council.representative or '(none)'}")
        typer.echo(f"  agreement signed: {council.signed or '(no date)'}")
        typer.echo(f"  contract package area: {council.cpa or '(not given)'}")
        typer.echo(f"  added: {council.added_at}; last changed: {council.updated_at}")
        typer.echo(f"  {_status(reg, council)}")
        changes = council_changes(reg, council)
        typer.echo("  changes:" if changes else "  changes: none")
        for change in changes:
            typer.echo(
                f"    {change.at}  {change.field}: {change.old or '(none)'} -> "
                f"{change.new or '(none)'}"
            )
        events = sorted(history(reg, council) + history(reg, None), key=lambda e: e.id)
        typer.echo("  history:" if events else "  history: none")
        for event in events:
            typer.echo(f"    {_event_line(event)}")


@council_app.command("update")
def update(
    name: NameArgument,
    representative: RepresentativeOption = None,
    signed: SignedOption = None,
    cpa: CpaOption = None,
    register: RegisterOption = None,
) -> None:
    """Change a council's representative, agreement date or contract package area."""
    from wpxl.register import update_council

    cpa = cpa.strip() if cpa is not None else None
    _record(update_council, "Updated", name, representative, signed, cpa, register)


def _record(
    change: Callable[..., Council],
    done: str,
    name: str,
    representative: str | None,
    signed: datetime | None,
    cpa: str | None,
    register: Path | None,
) -> None:
    """The one body of ``add`` and ``update``: check the representative, write, say what is now
    recorded and whether sharing is allowed."""
    from wpxl.register import check_representative

    with one_line_errors(name):
        rep = check_representative(representative) if representative is not None else None
        with _open(register, create=done == "Added") as reg:
            council = change(reg, name, rep, signed.date() if signed else None, cpa)
            typer.echo(f"{done} {council.name}: {_describe(council)}; {_status(reg, council)}.")


@council_app.command("suspend")
def suspend(
    by: ByOption,
    reason: Annotated[str, typer.Option("--reason", help="Why sharing is suspended.")],
    name: OptionalName = None,
    everyone: AllOption = False,
    register: RegisterOption = None,
) -> None:
    """Suspend sharing with one council or all; kept in the history, never overwritten."""
    from wpxl.register import suspend as suspend_sharing
    from wpxl.register.councils import WHO_SHOWN

    scope = _scope(name, everyone)
    with one_line_errors(name or "all councils"), _open(register) as reg:
        event = suspend_sharing(reg, scope, by.value, reason)
        typer.echo(
            f"Sharing with {event.scope} suspended by {WHO_SHOWN[event.required_by]} "
            f"({event.reason}) at {event.at}."
        )


@council_app.command("resume")
def resume(
    by: ByOption,
    name: OptionalName = None,
    everyone: AllOption = False,
    reason: Annotated[str, typer.Option("--reason", help="Why sharing may go on.")] = "",
    register: RegisterOption = None,
) -> None:
    """Lift a suspension; one DWP required can only be lifted with --by dwp."""
    from wpxl.register import find_council
    from wpxl.register import resume as resume_sharing
    from wpxl.register.councils import WHO_SHOWN

    scope = _scope(name, everyone)
    with one_line_errors(name or "all councils"), _open(register) as reg:
        event = resume_sharing(reg, scope, by.value, reason)
        council = find_council(reg, scope) if scope is not None else None
        typer.echo(
            f"Sharing with {event.scope}: the suspension by {WHO_SHOWN[event.required_by]} is "
            f"lifted at {event.at}; now {_status(reg, council)}."
        )


@council_app.command("agreement")
def agreement(
    name: NameArgument,
    period: Annotated[
        str | None, typer.Option("--period", help="The period the MI will cover.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the summary to this file.")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the --out file if it exists.")
    ] = False,
    register: RegisterOption = None,
    policy: PolicyOption = None,
) -> None:
    """Print a summary of the confidentiality agreement to give the council."""
    from wpxl.files import write_atomically
    from wpxl.policy.file import load_policy
    from wpxl.policy.wording import render
    from wpxl.register import get_council

    period = checked_period(period)
    with one_line_errors(name):
        if out is not None:
            _check_summary_target(out, register, force)
        rules = load_policy(policy).policy
        with _open(register) as reg:
            council = get_council(reg, name)
        text = render(
            "agreement_summary.txt.j2",
            council=council.name,
            representative=council.representative,
            cpa=council.cpa or rules.contract_package_area,
            period=period,
            provider=rules.provider,
            base=rules.rounding_base,
        )
        if out is None:
            typer.echo(text)
        else:
            write_atomically(out, text + "\n", replace=force)
            typer.echo(f"Wrote the agreement summary for {council.name} to {out}.")


def _check_summary_target(out: Path, register: Path | None, force: bool) -> None:
    """``--out`` wrote over whatever it named, unasked: a workbook, or the register itself
    (every council, suspension and release gone). The register is never replaced; another
    file only with --force."""
    import os

    from wpxl.errors import OutputError
    from wpxl.register import register_path

    if out.exists() and out.resolve() == register_path(register).resolve():
        raise OutputError(f"{out.name}: {out} is the register. Give another --out file")
    if out.is_dir():
        raise OutputError(f"{out.name}: {out} is a folder. Give a file's name to --out")
    folder = out.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        why = "is not writable" if folder.is_dir() else "does not exist"
        raise OutputError(f"{out.name}: the folder {folder} {why}. Give another --out file")
    if out.exists() and not force:
        raise OutputError(
            f"{out.name}: {out} already exists. Use --force to replace it, or another --out file"
        )


def register(app: typer.Typer) -> None:
    app.add_typer(council_app, name="council")
