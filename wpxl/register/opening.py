"""Whether a file is a register wpxl may use, and what to say when it is not.

Found by session 32's hunt: any SQLite file was taken for a register. Another program's
database (``user_version`` 0, tables of its own) had wpxl's tables added to it and was switched
to WAL; one whose ``user_version`` happened to be 1 or 2 was taken for a register of that schema
and every command ended in 'an unexpected problem (OperationalError)'. A read-only register, or
one in a read-only folder, was called 'not a wpxl register', or let a release do all its work
before failing to log it; a register that was not there at all was made, empty, by any command,
so `council suspend --all` against a mistyped path said sharing was suspended while the
register releases are checked against was left as it was.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from wpxl.errors import RegisterError

# The tables each schema version has; a file claiming a version must hold them.
TABLES_BY_VERSION: tuple[frozenset[str], ...] = (
    frozenset(),
    frozenset({"councils", "sharing_events", "releases"}),
    frozenset({"councils", "sharing_events", "releases", "council_changes"}),
)


def missing(path: Path) -> RegisterError:
    return RegisterError(
        f"{path}: there is no register here, so nothing was changed or made. Give the path of "
        "your register with --register or $WPXL_REGISTER; a new register is started only by "
        "'wpxl council add'"
    )


def check_kind(db: sqlite3.Connection, path: Path, version: int) -> None:
    """Refuse, before anything is written to it, a database that is not a wpxl register."""
    tables = {
        row[0]
        for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not str(row[0]).startswith("sqlite_")
    }
    if version >= len(TABLES_BY_VERSION):
        return  # a newer wpxl's register: the migration refuses it, naming the versions
    lacking = sorted(TABLES_BY_VERSION[version] - tables)
    if (version == 0 and tables) or lacking:
        held = ", ".join(sorted(tables)[:3]) or "no tables"
        raise RegisterError(
            f"{path}: not a wpxl register but another program's database (it holds {held}), "
            "so wpxl left it as it was. Give the path of your register with --register or "
            "$WPXL_REGISTER"
        )


def check_writable(path: Path) -> None:
    """A release logs itself in the register, and SQLite keeps its WAL files beside it: a
    read-only file or folder is refused before any workbook is read."""
    for place, what in ((path, "file"), (path.parent, "folder")):
        if not os.access(place, os.W_OK):
            raise RegisterError(
                f"{path}: the register's {what} is read-only, and a release must be logged in "
                "it, so nothing was made. Make it writable, or give another --register path"
            )


def failure(path: Path, exc: sqlite3.Error) -> RegisterError:
    """SQLite's complaint about an existing register, as one sentence saying what to do."""
    said = str(exc)
    if "readonly" in said or "read-only" in said:
        return RegisterError(
            f"{path}: the register cannot be written ({said}): wpxl writes to it and keeps its "
            "WAL files beside it. Make the file and its folder writable, or give another "
            "--register path"
        )
    if "locked" in said or "busy" in said:
        return RegisterError(
            f"{path}: the register stayed locked by another program ({said}). Close what holds "
            "it open and try again"
        )
    return RegisterError(
        f"{path}: not a wpxl register ({said}). Give another --register path, or move this "
        "file away"
    )
