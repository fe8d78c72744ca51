import datetime as dt
import sqlite3

import pytest

from wpxl.errors import RegisterError
from wpxl.register import (
    Register,
    add_council,
    council_changes,
    get_council,
    open_register,
    register_path,
    suspend,
    update_council,
)
from wpxl.register.store import MIGRATIONS, SCHEMA_VERSION


def test_register_is_created_on_first_use_with_schema_version_and_wal(tmp_path):
    path = tmp_path / "deep" / "folder" / "register.sqlite3"
    with Register(path) as register:
        assert register.schema_version() == SCHEMA_VERSION
    assert path.is_file()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"councils", "sharing_events", "releases", "council_changes"}
    db.close()


def test_reopening_keeps_the_councils_and_does_not_migrate_twice(tmp_path):
    path = tmp_path / "register.sqlite3"
    with Register(path) as register:
        add_council(register, "Derby City Council", None, None)
    with Register(path) as register:
        assert register.schema_version() == SCHEMA_VERSION
        names = [r[0] for r in register.db.execute("SELECT name FROM councils")]
    assert names == ["Derby City Council"]


def test_register_made_by_a_newer_wpxl_is_refused(tmp_path):
    path = tmp_path / "register.sqlite3"
    Register(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(RegisterError) as caught:
        Register(path)
    assert str(caught.value) == (
        f"{path}: the register was made by a newer wpxl (schema {SCHEMA_VERSION + 1}, this wpxl "
        f"knows {SCHEMA_VERSION}). Upgrade wpxl"
    )


def test_a_file_that_is_not_a_database_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("councils: Derby\n" * 100)
    with pytest.raises(RegisterError) as caught:
        Register(path)
    assert str(caught.value) == (
        f"{path}: not a wpxl register (file is not a database). Give another --register path, "
        "or move this file away"
    )
    assert path.read_text() == "councils: Derby\n" * 100


def test_suspension_history_rows_can_never_be_changed_or_deleted(tmp_path):
    with Register(tmp_path / "r.sqlite3") as register:
        add_council(register, "Derby City Council", None, None)
        suspend(register, "Derby City Council", "dwp", "passed on to a newspaper")
        with pytest.raises(sqlite3.IntegrityError, match="history: rows are never changed"):
            register.db.execute("UPDATE sharing_events SET required_by = 'provider'")
        with pytest.raises(sqlite3.IntegrityError, match="history: rows are never deleted"):
            register.db.execute("DELETE FROM sharing_events")
        assert register.db.execute("SELECT count(*) FROM sharing_events").fetchone()[0] == 1


def test_register_path_is_the_option_else_the_environment_else_the_user_data_folder(
    tmp_path, monkeypatch
):
    default = tmp_path / "user-data" / "wpxl" / "register.sqlite3"
    assert register_path(None) == default
    monkeypatch.setenv("WPXL_REGISTER", str(tmp_path / "env.sqlite3"))
    assert register_path(None) == tmp_path / "env.sqlite3"
    assert register_path(tmp_path / "opt.sqlite3") == tmp_path / "opt.sqlite3"
    monkeypatch.delenv("WPXL_REGISTER")
    open_register().close()
    assert default.is_file()


def test_a_version_1_register_is_migrated_keeping_its_councils(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        old.execute(statement)
    old.execute("PRAGMA user_version = 1")
    old.execute(
        "INSERT INTO councils (name, representative, signed, cpa, added_at, updated_at) "
        "VALUES ('Derby City Council', 'Ann Lee <ann@derby.gov.uk>', '2026-01-05', '', 't', 't')"
    )
    old.commit()
    old.close()
    with Register(path) as register:
        assert register.schema_version() == SCHEMA_VERSION == 2
        council = get_council(register, "derby city council")
        assert council.signed == dt.date(2026, 1, 5)
        update_council(register, council.name, representative="Raj Patel <raj@derby.gov.uk>")
        [change] = council_changes(register, council)
    assert (change.field, change.old, change.new) == (
        "representative",
        "Ann Lee <ann@derby.gov.uk>",
        "Raj Patel <raj@derby.gov.uk>",
    )


def test_council_updates_are_kept_as_changes_and_unchanged_values_are_not(tmp_path):
    with Register(tmp_path / "r.sqlite3") as register:
        council = add_council(register, "Derby City Council", None, dt.date(2026, 1, 5), "EM")
        update_council(register, council.name, signed=dt.date(2026, 1, 5), cpa="East Midlands")
        update_council(register, council.name, signed=dt.date(2026, 2, 1))
        changes = [(c.field, c.old, c.new) for c in council_changes(register, council)]
        with pytest.raises(sqlite3.IntegrityError, match="history: rows are never changed"):
            register.db.execute("UPDATE council_changes SET new = 'x'")
    assert changes == [("cpa", "EM", "East Midlands"), ("signed", "2026-01-05", "2026-02-01")]
