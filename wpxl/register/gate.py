"""May this council receive MI today? Every refusal says which rule and how to put it right.

Checked in the order a provider would fix things: the council is known, its representative is
named, its agreement is signed and in force, it is in the provider's contract package area (when
the policy names one, the council's must be recorded and match), and sharing is not suspended
for it or for every council.
"""

from __future__ import annotations

import datetime as dt

from wpxl.errors import RefusedError
from wpxl.register.councils import (
    ADD_HINT,
    WHO_SHOWN,
    Council,
    SharingEvent,
    find_council,
    suspensions_over,
)
from wpxl.register.store import Register


def authorise(register: Register, name: str, today: dt.date, provider_cpa: str = "") -> Council:
    """The council, if a release to it is allowed today; otherwise a RefusedError."""
    council = find_council(register, name)
    if council is None:
        raise RefusedError(
            f"{name}: not in the register {register.path}, so nothing was made for it. Add it "
            f"once its confidentiality agreement is signed: {ADD_HINT.format(name=name)}"
        )
    quoted = f'"{council.name}"'
    lacking = lacks(council, today)
    if lacking == "representative":
        raise RefusedError(
            f"{council.name}: the register names no representative responsible for the "
            "confidentiality agreement, so nothing was made for it. Record one with: wpxl "
            f'council update {quoted} --representative "NAME <email>"'
        )
    if lacking == "agreement":
        raise RefusedError(
            f"{council.name}: the register has no date on which the council signed the "
            "confidentiality agreement, so nothing was made for it. Once it is signed, record "
            f"it with: wpxl council update {quoted} --signed YYYY-MM-DD"
        )
    if lacking == "in force":
        raise RefusedError(
            f"{council.name}: the confidentiality agreement is dated {council.signed}, after "
            f"today ({today}), so nothing was made for it. Wait until it is in force, or correct "
            f"the date with: wpxl council update {quoted} --signed YYYY-MM-DD"
        )
    if provider_cpa and not council.cpa:
        raise RefusedError(
            f"{council.name}: the register does not say which contract package area the council "
            f"is in, and the provider delivers only in '{provider_cpa}', so nothing was made for "
            f'it. Record it with: wpxl council update {quoted} --cpa "{provider_cpa}"'
        )
    if provider_cpa and council.cpa.casefold() != provider_cpa.casefold():
        raise RefusedError(
            f"{council.name}: the council is in the contract package area '{council.cpa}', not "
            f"'{provider_cpa}' where the provider delivers, so nothing was made for it. Correct "
            "the council's --cpa or the policy's contract_package_area"
        )
    suspended = suspensions_over(register, council)
    if suspended:
        # DWP's suspension first: the provider lifting its own would not be enough.
        event = min(suspended, key=lambda e: e.required_by != "dwp")
        raise RefusedError(_suspended(council.name, event))
    return council


def lacks(council: Council, today: dt.date) -> str | None:
    """What the register's record of the council still lacks before MI may go to it today
    (suspensions and the contract package area aside): 'representative', 'agreement' (no date
    it was signed) or 'in force' (signed after today); None when nothing. Both a release and
    the council's status line ask it, so the register never says sharing is allowed where a
    release would be refused."""
    if not council.representative:
        return "representative"
    if council.signed is None:
        return "agreement"
    if council.signed > today:
        return "in force"
    return None


def _suspended(name: str, event: SharingEvent) -> str:
    target = "--all" if event.council is None else f'"{event.council}"'
    if event.council is None:
        scope = "sharing with all councils"
    elif event.council != name:  # a second record of the same council, named alike
        scope = f"sharing with '{event.council}', the same council named alike,"
    else:
        scope = "sharing"
    lift = f"wpxl council resume {target} --by {event.required_by}"
    if event.required_by == "dwp":
        how = f"Only DWP can lift it: once DWP agrees, run: {lift}"
    else:
        how = f"Lift it when sharing may go on with: {lift}"
    return (
        f"{name}: {scope} is suspended, required by {WHO_SHOWN[event.required_by]} on "
        f"{event.at} ({event.reason}), so nothing was made for it. {how}"
    )
