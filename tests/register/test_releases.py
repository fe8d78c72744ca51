import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from wpxl.register import (
    Register,
    ReleaseEntry,
    add_council,
    get_council,
    list_releases,
    log_release,
)

DERBY = "Derby City Council"
WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from wpxl.register import Register, ReleaseEntry, get_council, log_release, authorise
    import datetime as dt

    path, go, tag, count = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    with Register(path) as register:
        while not go.exists():
            time.sleep(0.005)
        for i in range(count):
            with register.transaction():
                council = authorise(register, "Derby City Council", dt.date(2026, 11, 25))
                log_release(register, council, ReleaseEntry(
                    council=council.name, representative=council.representative,
                    input_name=f"{tag}-{i}.xlsx", input_sha256="0" * 64,
                    output_name=f"{tag}-{i}-out.xlsx", output_sha256="1" * 64,
                    wpxl_version="test", policy_hash="2" * 64))
    """
)


def _entry(name: str, **extra) -> ReleaseEntry:
    return ReleaseEntry(
        council=DERBY,
        representative="Ann Lee <ann.lee@derby.gov.uk>",
        input_name=name,
        input_sha256="a" * 64,
        output_name=name.replace(".xlsx", "-derby.xlsx"),
        output_sha256="b" * 64,
        wpxl_version="0.1.0",
        policy_hash="c" * 64,
        **extra,
    )


@pytest.fixture
def register(tmp_path):
    with Register(tmp_path / "register.sqlite3") as register:
        add_council(register, DERBY, "Ann Lee <ann.lee@derby.gov.uk>", dt.date(2026, 1, 5))
        add_council(
            register, "Leicester City Council", "Jo Bell <jo@leicester.gov.uk>", dt.date(2026, 1, 5)
        )
        yield register


def test_a_logged_release_reads_back_with_every_field(register):
    council = get_council(register, DERBY)
    entry = _entry(
        "april.xlsx",
        period="April 2026",
        sheets_published=["Summary"],
        sheets_internal=["About this workbook", "Referrals"],
        measures=["referrals"],
        warnings=[{"code": "low-value", "where": "Referrals", "message": "3 of 4 figures..."}],
    )
    with register.transaction():
        logged = log_release(register, council, entry)
    assert logged.id == 1
    assert logged.released_at.endswith("+00:00")
    assert list_releases(register) == [logged]
    assert logged.as_dict() | {"id": 0, "released_at": ""} == entry.as_dict()


def test_releases_can_be_listed_by_council_and_since_a_date(register):
    derby = get_council(register, DERBY)
    leicester = get_council(register, "Leicester City Council")
    with register.transaction():
        log_release(register, derby, _entry("old.xlsx", released_at="2026-01-10T09:00:00+00:00"))
        log_release(register, derby, _entry("new.xlsx", released_at="2026-06-01T09:00:00+00:00"))
        log_release(
            register,
            leicester,
            ReleaseEntry(**(_entry("l.xlsx").as_dict() | {"council": leicester.name, "id": 0})),
        )
    assert [r.input_name for r in list_releases(register, council="derby city council")] == [
        "old.xlsx",
        "new.xlsx",
    ]
    assert [r.input_name for r in list_releases(register, since=dt.date(2026, 6, 1))] == [
        "new.xlsx",
        "l.xlsx",
    ]


def test_logged_releases_can_never_be_changed_or_deleted(register):
    with register.transaction():
        log_release(register, get_council(register, DERBY), _entry("april.xlsx"))
    with pytest.raises(sqlite3.IntegrityError, match="history: rows are never changed"):
        register.db.execute("UPDATE releases SET council = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="history: rows are never deleted"):
        register.db.execute("DELETE FROM releases")
    assert len(list_releases(register)) == 1


def test_two_processes_logging_releases_at_once_lose_nothing(register, tmp_path):
    go = tmp_path / "go"
    count = 150
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(register.path), str(go), tag, str(count)]
        )
        for tag in ("first", "second")
    ]
    go.touch()
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    rows = register.db.execute(
        "SELECT substr(input_name, 1, instr(input_name, '-') - 1), count(*) FROM releases "
        "GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert [tuple(r) for r in rows] == [("first", count), ("second", count)]
    assert register.db.execute("SELECT count(DISTINCT id) FROM releases").fetchone()[0] == 2 * count


def test_two_processes_creating_the_same_new_register_at_once_both_succeed(tmp_path):
    path, go = tmp_path / "new" / "register.sqlite3", tmp_path / "go"
    script = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from wpxl.register import Register, add_council
        go = Path(sys.argv[2])
        while not go.exists():
            time.sleep(0.005)
        with Register(Path(sys.argv[1])) as register:
            add_council(register, sys.argv[3], None, None)
        """
    )
    makers = [
        subprocess.Popen([sys.executable, "-c", script, str(path), str(go), name])
        for name in ("Derby City Council", "Leicester City Council")
    ]
    go.touch()
    assert [m.wait(timeout=60) for m in makers] == [0, 0]
    with Register(path) as register:
        names = [r[0] for r in register.db.execute("SELECT name FROM councils ORDER BY name")]
    assert names == ["Derby City Council", "Leicester City Council"]
