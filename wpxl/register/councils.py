"""Councils and their agreements, and the history of suspensions (guidance R9 to R13).

A suspension is one of two switches on a scope: one the provider set, one DWP required. The
scope is one council or, with ``council_id`` NULL, every council, including councils added
after it. Switches are never overwritten: each suspend and resume is a new row, and a switch is
on while its latest row says 'suspend'. Only DWP may turn off DWP's switch.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from email.utils import parseaddr

from wpxl.errors import RefusedError, RegisterError
from wpxl.register.names import council_key
from wpxl.register.store import Register, now

WHO_SHOWN = {"provider": "the provider", "dwp": "DWP"}
ADD_HINT = 'wpxl council add "{name}" --representative "NAME <email>" --signed YYYY-MM-DD'


@dataclass(frozen=True, slots=True)
class Council:
    id: int
    name: str
    representative: str | None
    signed: dt.date | None
    cpa: str
    added_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class CouncilChange:
    field: str  # representative | signed | cpa
    old: str | None
    new: str | None
    at: str


@dataclass(frozen=True, slots=True)
class SharingEvent:
    """One row of the suspension history; ``council`` None means every council."""

    id: int
    council: str | None
    action: str  # suspend | resume
    required_by: str  # provider | dwp
    reason: str
    at: str

    @property
    def scope(self) -> str:
        return self.council if self.council is not None else "all councils"


def check_representative(text: str) -> str:
    """'NAME <email>': the person responsible for keeping the agreement, and how to reach them."""
    name, address = parseaddr(text)
    local, _, domain = address.partition("@")
    if not name.strip() or not local or "." not in domain or "<" not in text:
        raise RegisterError(
            f"--representative '{text}': give the person's name and e-mail address, like "
            '"Jane Smith <jane.smith@council.gov.uk>"'
        )
    if any(ch.isdigit() for ch in name):  # 'Ann Lee (ext 307)': every banner names them
        raise RegisterError(
            f"--representative '{text}': the name holds a number, which every sheet's banner, "
            "the cover and the e-mail note would repeat, and the leak proof would refuse as a "
            'figure. Give the name alone, like "Jane Smith <jane.smith@council.gov.uk>"'
        )
    return f"{name.strip()} <{address}>"


def _council(row: sqlite3.Row) -> Council:
    return Council(
        id=row["id"],
        name=row["name"],
        representative=row["representative"],
        signed=dt.date.fromisoformat(row["signed"]) if row["signed"] else None,
        cpa=row["cpa"],
        added_at=row["added_at"],
        updated_at=row["updated_at"],
    )


def find_council(register: Register, name: str) -> Council | None:
    """The council of that name as typed, else the one council named alike (``council_key``:
    'Brighton and Hove' finds 'Brighton & Hove'); None when there is none."""
    row = register.db.execute("SELECT * FROM councils WHERE name = ?", (name.strip(),)).fetchone()
    if row:
        return _council(row)
    alike = named_alike(register, name)
    if len(alike) > 1:
        raise RegisterError(
            f"{name}: the register holds {len(alike)} councils named alike ("
            + ", ".join(f"'{c.name}'" for c in alike)
            + "). Give the name exactly as 'wpxl council list' shows it"
        )
    return alike[0] if alike else None


def named_alike(register: Register, name: str) -> list[Council]:
    """Every council whose name has the key ``name`` has, the name itself included."""
    key = council_key(name)
    return [c for c in list_councils(register) if council_key(c.name) == key]


def get_council(register: Register, name: str) -> Council:
    council = find_council(register, name)
    if council is None:
        raise RegisterError(
            f"{name}: not in the register {register.path}. Check the name with 'wpxl council "
            f"list', or add it with: {ADD_HINT.format(name=name)}"
        )
    return council


def list_councils(register: Register) -> list[Council]:
    rows = register.db.execute("SELECT * FROM councils ORDER BY name").fetchall()
    return [_council(row) for row in rows]


def add_council(
    register: Register,
    name: str,
    representative: str | None,
    signed: dt.date | None,
    cpa: str = "",
) -> Council:
    name = name.strip()
    if not name:
        raise RegisterError("council add: the council's name is empty. Give its name")
    stamp = now()
    with register.transaction() as db:
        known = find_council(register, name)
        if known is not None:
            spelt = "" if known.name == name else f" as '{known.name}'"
            raise RegisterError(
                f"{name}: already in the register{spelt}. Change it with 'wpxl council update "
                f'"{known.name}"\''
            )
        db.execute(
            "INSERT INTO councils (name, representative, signed, cpa, added_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (name, representative, signed.isoformat() if signed else None, cpa, stamp, stamp),
        )
    return get_council(register, name)


def update_council(
    register: Register,
    name: str,
    representative: str | None = None,
    signed: dt.date | None = None,
    cpa: str | None = None,
) -> Council:
    changes: dict[str, str] = {}
    if representative is not None:
        changes["representative"] = representative
    if signed is not None:
        changes["signed"] = signed.isoformat()
    if cpa is not None:
        changes["cpa"] = cpa
    if not changes:
        raise RegisterError(f"{name}: nothing to change. Give --representative, --signed or --cpa")
    stamp = now()
    with register.transaction() as db:
        council = get_council(register, name)
        before = db.execute("SELECT * FROM councils WHERE id = ?", (council.id,)).fetchone()
        changed = {k: v for k, v in changes.items() if before[k] != v}
        if changed:
            assignments = ", ".join(f"{column} = ?" for column in changed)
            db.execute(
                f"UPDATE councils SET {assignments}, updated_at = ? WHERE id = ?",
                (*changed.values(), stamp, council.id),
            )
        db.executemany(
            "INSERT INTO council_changes (council_id, field, old, new, at) VALUES (?, ?, ?, ?, ?)",
            [(council.id, k, before[k], v, stamp) for k, v in changed.items()],
        )
    return get_council(register, council.name)


def council_changes(register: Register, council: Council) -> list[CouncilChange]:
    """Every change to a council's representative, agreement date or area, oldest first."""
    rows = register.db.execute(
        "SELECT * FROM council_changes WHERE council_id = ? ORDER BY id", (council.id,)
    ).fetchall()
    return [CouncilChange(r["field"], r["old"], r["new"], r["at"]) for r in rows]


def _events(register: Register, where: str, params: tuple[object, ...]) -> list[SharingEvent]:
    rows = register.db.execute(
        "SELECT e.*, c.name AS council_name FROM sharing_events e "
        f"LEFT JOIN councils c ON c.id = e.council_id WHERE {where} ORDER BY e.id",
        params,
    ).fetchall()
    return [
        SharingEvent(
            row["id"],
            row["council_name"],
            row["action"],
            row["required_by"],
            row["reason"],
            row["at"],
        )
        for row in rows
    ]


def history(register: Register, council: Council | None) -> list[SharingEvent]:
    """Every suspension and resumption of one council (or of all councils), oldest first."""
    if council is None:
        return _events(register, "e.council_id IS NULL", ())
    return _events(register, "e.council_id = ?", (council.id,))


def active_suspensions(register: Register, council: Council | None) -> list[SharingEvent]:
    """The suspensions in force on this scope: each switch whose latest row is 'suspend'."""
    latest: dict[str, SharingEvent] = {}
    for event in history(register, council):
        latest[event.required_by] = event
    return [e for e in latest.values() if e.action == "suspend"]


def suspensions_over(register: Register, council: Council) -> list[SharingEvent]:
    """The suspensions that stop MI going to ``council``: its own, those of any council named
    alike (a second record made under another spelling before names were matched so), and
    those of every council."""
    alike = named_alike(register, council.name)
    return [
        *(e for c in alike if c.id != council.id for e in active_suspensions(register, c)),
        *active_suspensions(register, council),
        *active_suspensions(register, None),
    ]


def suspend(
    register: Register, council_name: str | None, required_by: str, reason: str
) -> SharingEvent:
    if not reason.strip():
        raise RegisterError("council suspend: --reason is empty. Say why sharing is suspended")
    with register.transaction() as db:
        council = get_council(register, council_name) if council_name is not None else None
        scope = council.name if council else "all councils"
        for event in active_suspensions(register, council):
            if event.required_by == required_by:
                raise RegisterError(
                    f"{scope}: sharing is already suspended by {WHO_SHOWN[required_by]} since "
                    f"{event.at} ({event.reason}). Nothing was changed"
                )
        cursor = db.execute(
            "INSERT INTO sharing_events (council_id, action, required_by, reason, at) "
            "VALUES (?, 'suspend', ?, ?, ?)",
            (council.id if council else None, required_by, reason.strip(), now()),
        )
        return _events(register, "e.id = ?", (cursor.lastrowid,))[0]


def resume(
    register: Register, council_name: str | None, required_by: str, reason: str = ""
) -> SharingEvent:
    """Lift the suspension ``required_by`` set; DWP's cannot be lifted by the provider."""
    with register.transaction() as db:
        council = get_council(register, council_name) if council_name is not None else None
        scope = council.name if council else "all councils"
        active = {e.required_by: e for e in active_suspensions(register, council)}
        if required_by not in active:
            raise _cannot_resume(register, council, scope, required_by, active)
        cursor = db.execute(
            "INSERT INTO sharing_events (council_id, action, required_by, reason, at) "
            "VALUES (?, 'resume', ?, ?, ?)",
            (council.id if council else None, required_by, reason.strip(), now()),
        )
        return _events(register, "e.id = ?", (cursor.lastrowid,))[0]


def _cannot_resume(
    register: Register,
    council: Council | None,
    scope: str,
    required_by: str,
    active: dict[str, SharingEvent],
) -> Exception:
    target = f'"{council.name}"' if council else "--all"
    if "dwp" in active:
        event = active["dwp"]
        return RefusedError(
            f"{scope}: sharing was suspended at DWP's requirement on {event.at} ({event.reason}), "
            f"and only DWP can lift that. Once DWP agrees, run: wpxl council resume {target} "
            "--by dwp"
        )
    if "provider" in active:
        event = active["provider"]
        return RegisterError(
            f"{scope}: sharing was suspended by the provider on {event.at}, not by DWP. "
            f"To lift it, run: wpxl council resume {target} --by provider"
        )
    everyone = active_suspensions(register, None) if council is not None else []
    if everyone:
        return RegisterError(
            f"{scope}: sharing with this council is not suspended on its own, but sharing with "
            "all councils is. To lift that, run: wpxl council resume --all --by "
            f"{everyone[-1].required_by}"
        )
    return RegisterError(f"{scope}: sharing is not suspended. Nothing was changed")
