"""The release log: what went to which council, when, made by which wpxl under which policy.

A row names files by name and SHA-256 and lists sheet names, measures and the warnings shown on
the cover sheet (which passed the leak proof); it never holds a figure from a workbook. Rows are
only ever added: the table refuses updates and deletes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import asdict, dataclass, field

from wpxl.errors import RegisterError
from wpxl.register.councils import Council
from wpxl.register.names import council_key
from wpxl.register.store import Register, now

_LISTS = ("sheets_published", "sheets_internal", "measures", "warnings")


@dataclass(frozen=True, slots=True)
class ReleaseEntry:
    council: str
    representative: str
    input_name: str
    input_sha256: str
    output_name: str
    output_sha256: str
    wpxl_version: str
    policy_hash: str
    period: str | None = None
    sheets_published: list[str] = field(default_factory=list)
    sheets_internal: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    released_at: str = ""
    id: int = 0

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def log_release(register: Register, council: Council, entry: ReleaseEntry) -> ReleaseEntry:
    """Add the row; the caller holds the transaction, so the row and its checks commit as one."""
    released_at = entry.released_at or now()
    values = {
        **{k: v for k, v in entry.as_dict().items() if k not in ("id", *_LISTS)},
        **{k: json.dumps(getattr(entry, k), ensure_ascii=False) for k in _LISTS},
        "released_at": released_at,
        "council_id": council.id,
    }
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor = register.db.execute(
        f"INSERT INTO releases ({columns}) VALUES ({marks})", tuple(values.values())
    )
    return list_releases(register, release_id=cursor.lastrowid)[0]


def list_releases(
    register: Register,
    council: str | None = None,
    since: dt.date | None = None,
    release_id: int | None = None,
) -> list[ReleaseEntry]:
    """Releases oldest first, optionally for one council (named as the register matches
    names, ``council_key``) or from a date (UTC) on."""
    where: list[str] = ["1 = 1"]
    params: list[object] = []
    if since is not None:
        where.append("released_at >= ?")
        params.append(since.isoformat())
    if release_id is not None:
        where.append("id = ?")
        params.append(release_id)
    try:
        rows = register.db.execute(
            f"SELECT * FROM releases WHERE {' AND '.join(where)} ORDER BY id", params
        ).fetchall()
    except sqlite3.Error as exc:
        raise RegisterError(
            f"{register.path}: the release log cannot be read ({exc}). Check the --register path"
        ) from exc
    key = council_key(council) if council is not None else None
    return [_entry(row) for row in rows if key is None or council_key(row["council"]) == key]


def _entry(row: sqlite3.Row) -> ReleaseEntry:
    data = {k: row[k] for k in row.keys() if k != "council_id"}  # noqa: SIM118 (sqlite3.Row)
    for key in _LISTS:
        data[key] = json.loads(data[key])
    return ReleaseEntry(**data)
