"""A release's copy and note are put in place only as the register logs them.

Until session 34 a release's copy was put in place as soon as its proof passed, and the note
as soon as it was written; the register was asked again (a suspension made while the batch
ran) only afterwards, and a refusal then deleted both. With --force, replacing the copy and
note of an earlier release of the same pack, that deleted the earlier release's files too:
a release the log shows, lost to one it does not. Both now wait, proved, under hidden names
(wpxl.files.staged_target) and are moved into place inside the register's transaction
(wpxl.files.placed), which gives back what was there if the release is refused or its row
cannot be committed.
"""

import datetime as dt
import hashlib

import pytest
from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from wpxl.cli import app
from wpxl.errors import OutputError, RefusedError
from wpxl.register import Register, list_releases, suspend
from wpxl.release import set_up
from wpxl.sanitise import sanitise_file

runner = CliRunner()
DERBY = "Derby City Council"
ANN = "Ann Lee <ann.lee@derby.gov.uk>"
OUTPUT = "pack-derby-city-council-2026-11-25.xlsx"
NOTE = "pack-derby-city-council-2026-11-25-email.txt"


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    epoch = int(dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC).timestamp())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))


@pytest.fixture
def reg(tmp_path):
    reg = tmp_path / "register.sqlite3"
    added = runner.invoke(
        app,
        [
            *("council", "add", DERBY, "--representative", ANN),
            *("--signed", "2026-01-05", "--register", str(reg)),
        ],
    )
    assert added.exit_code == 0, added.output
    return reg


@pytest.fixture
def pack(tmp_path):
    return write_book(
        tmp_path / "pack.xlsx", {"Referrals": referrals_table([[121, 93], [307, 111]])}
    )


def _released_earlier(reg, pack):
    out = pack.parent / "out"
    args = ["sanitise", str(pack), "--for", DERBY, "--register", str(reg), "-o", str(out)]
    result = runner.invoke(app, [*args, "--email-note"])
    assert result.exit_code == 0, result.output
    return {name: (out / name).read_bytes() for name in (OUTPUT, NOTE)}


def test_a_suspension_made_while_a_forced_release_ran_keeps_the_earlier_release(reg, pack):
    earlier = _released_earlier(reg, pack)
    write_book(pack, {"Referrals": referrals_table([[141, 93], [307, 111]])})  # corrected
    setup = set_up(DERBY, reg, None, email_note=True, force=True)
    result = sanitise_file(pack, setup.job((), pack.parent / "out", True))
    with Register(reg) as register:
        suspend(register, DERBY, "provider", "wrong council on the March pack")
    with pytest.raises(RefusedError, match="sharing is suspended"):
        setup.record(pack, result)
    out = pack.parent / "out"
    assert sorted(p.name for p in out.iterdir()) == [NOTE, OUTPUT]  # no hidden part left
    assert {name: (out / name).read_bytes() for name in earlier} == earlier
    with Register(reg) as register:
        [entry] = list_releases(register)
    assert entry.output_sha256 == hashlib.sha256(earlier[OUTPUT]).hexdigest()


def test_the_copy_appears_only_when_its_release_is_logged(reg, pack):
    setup = set_up(DERBY, reg, None)
    out = pack.parent / "out"
    result = sanitise_file(pack, setup.job((), out, False))
    assert not (out / OUTPUT).exists()
    assert [p.name for p in out.iterdir()] == [p.name for p in out.glob(".pack-*.part")]
    entry = setup.record(pack, result)
    assert [p.name for p in out.iterdir()] == [OUTPUT]
    assert entry.output_sha256 == hashlib.sha256((out / OUTPUT).read_bytes()).hexdigest()
    assert result.output == str(out / OUTPUT)


def test_a_file_that_appeared_at_the_copys_name_meanwhile_is_kept_and_nothing_logged(reg, pack):
    setup = set_up(DERBY, reg, None, email_note=True)
    out = pack.parent / "out"
    result = sanitise_file(pack, setup.job((), out, False))
    (out / OUTPUT).write_bytes(b"another run's copy")
    with pytest.raises(OutputError, match="appeared while wpxl was writing it"):
        setup.record(pack, result)
    assert sorted(p.name for p in out.iterdir()) == [OUTPUT]  # neither its note nor a part
    assert (out / OUTPUT).read_bytes() == b"another run's copy"
    with Register(reg) as register:
        assert list_releases(register) == []
