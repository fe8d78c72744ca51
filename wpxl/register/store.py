"""The register's SQLite file: where it lives, its schema and migrations, and its transactions.

One file holds the councils, the history of suspensions and the release log. It is opened in WAL
mode with a busy timeout, and every write is one ``BEGIN IMMEDIATE`` transaction, so two wpxl
processes (two analysts, or a batch and a ``council suspend``) can use it at once without losing
a row. ``PRAGMA user_version`` records the schema version; migrations run in order, each in its
own transaction, and a register made by a newer wpxl is refused rather than guessed at.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from wpxl.errors import RegisterError
from wpxl.register import opening

ENV_VAR = "WPXL_REGISTER"
FILE_NAME = "register.sqlite3"
BUSY_TIMEOUT_SECONDS = 30.0

_APPEND_ONLY = (
    "CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
    "BEGIN SELECT RAISE(ABORT, '{table} is a history: rows are never changed'); END",
    "CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
    "BEGIN SELECT RAISE(ABORT, '{table} is a history: rows are never deleted'); END",
)

# Each migration is a list of statements; the n-th brings the schema to user_version n.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE councils (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            representative TEXT,
            signed TEXT,
            cpa TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE sharing_events (
            id INTEGER PRIMARY KEY,
            council_id INTEGER REFERENCES councils(id),
            action TEXT NOT NULL CHECK (action IN ('suspend', 'resume')),
            required_by TEXT NOT NULL CHECK (required_by IN ('provider', 'dwp')),
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
        """CREATE TABLE releases (
            id INTEGER PRIMARY KEY,
            council_id INTEGER NOT NULL REFERENCES councils(id),
            council TEXT NOT NULL,
            representative TEXT NOT NULL,
            input_name TEXT NOT NULL,
            input_sha256 TEXT NOT NULL,
            output_name TEXT NOT NULL,
            output_sha256 TEXT NOT NULL,
            released_at TEXT NOT NULL,
            wpxl_version TEXT NOT NULL,
            policy_hash TEXT NOT NULL,
            period TEXT,
            sheets_published TEXT NOT NULL,
            sheets_internal TEXT NOT NULL,
            measures TEXT NOT NULL,
            warnings TEXT NOT NULL
        )""",
        "CREATE INDEX sharing_events_by_council ON sharing_events (council_id, required_by)",
        "CREATE INDEX releases_by_council ON releases (council_id, released_at)",
        *(s.format(table="sharing_events") for s in _APPEND_ONLY),
        *(s.format(table="releases") for s in _APPEND_ONLY),
    ),
    (
        # Who the representative was, and when an agreement date changed, must stay on record.
        """CREATE TABLE council_changes (
            id INTEGER PRIMARY KEY,
            council_id INTEGER NOT NULL REFERENCES councils(id),
            field TEXT NOT NULL,
            old TEXT,
            new TEXT,
            at TEXT NOT NULL
        )""",
        *(s.format(table="council_changes") for s in _APPEND_ONLY),
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def default_register_path() -> Path:
    return Path(platformdirs.user_data_dir("wpxl", appauthor=False)) / FILE_NAME


def register_path(explicit: Path | None) -> Path:
    """``--register PATH``, else $WPXL_REGISTER, else the user data folder."""
    if explicit is not None:
        return explicit
    from_env = os.environ.get(ENV_VAR, "").strip()
    return Path(from_env) if from_env else default_register_path()


def now() -> str:
    """A UTC timestamp to the second, the form every row of the register uses."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Register:
    """An open register file; use as a context manager so the connection is closed."""

    def __init__(self, path: Path, create: bool = True) -> None:
        """``create`` False: a register that is not there is an error, not a new empty one
        (only adding a council starts a register)."""
        self.path = path
        if not create and not path.exists():
            raise opening.missing(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise RegisterError(
                f"{path}: the register cannot be opened ({exc}). Give a writable --register path"
            ) from exc
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            opening.check_kind(self.db, path, self.schema_version())
            self._use_wal()
            self.db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise opening.failure(path, exc) from exc
        except BaseException:
            self.db.close()
            raise

    def __enter__(self) -> Register:
        return self

    def _use_wal(self) -> None:
        """Switching a new file to WAL needs it alone for a moment, and SQLite answers "locked"
        at once instead of waiting (its busy handler is not called for this): two processes
        creating the same register together try again, within the busy timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taking the write lock at once so reads inside it stay true."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise opening.failure(self.path, exc) from exc
        try:
            yield self.db
        except sqlite3.OperationalError as exc:  # a read-only file refuses the first write
            self.db.execute("ROLLBACK")
            raise opening.failure(self.path, exc) from exc
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise opening.failure(self.path, exc) from exc

    def check_writable(self) -> None:
        opening.check_writable(self.path)

    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        if self.schema_version() == SCHEMA_VERSION:
            return
        with self.transaction() as db:
            version = self.schema_version()
            if version > SCHEMA_VERSION:
                raise RegisterError(
                    f"{self.path}: the register was made by a newer wpxl (schema {version}, this "
                    f"wpxl knows {SCHEMA_VERSION}). Upgrade wpxl"
                )
            for number in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[number - 1]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")


def open_register(explicit: Path | None = None, create: bool = True) -> Register:
    return Register(register_path(explicit), create=create)
