"""Session 32's hunt of the register (2): the register file itself, missing, read-only, or
another program's database, through the real CLI.

What was found, and how it is read now:

- Another program's SQLite database given as --register (user_version 0, tables of its own)
  had wpxl's councils, suspensions and release log added to it, and was switched to WAL; one
  whose user_version happened to be 1 or 2 was taken for a register of that schema and every
  command ended 'wpxl hit an unexpected problem (OperationalError)'. A file whose tables are not
  those its version names is refused before anything is written (wpxl.register.opening).
- A read-only register (a file on a share, or one copied from a CD) passed the gate; the whole
  workbook was read, planned, written and proved, the copy put in place, and only the log's
  insert failed, as 'an unexpected problem (OperationalError)'. `council suspend` against it
  said the same. A release now asks first whether the register's file and folder can be
  written; SQLite's 'readonly' and 'locked' are said in a sentence with what to do.
- A register that was not there was made, empty, by any command: `council suspend --all --by
  dwp` against a mistyped path, or a shell where $WPXL_REGISTER was not set, said sharing was
  suspended while the register releases were checked against was left as it was. Only
  `council add` starts a register now; other commands say there is none (`council list` and
  `releases` answer that nothing is there, without making a file).
- `council agreement --out FILE` wrote over whatever it named, unasked and not atomically: a
  workbook, or the register itself (every council, suspension and release gone). It refuses
  the register always, another existing file without --force, and a missing or read-only
  folder in a sentence; it writes whole or not at all (wpxl.files.write_atomically).
- A folder given again with --for had last run's release ('pack-<council>-<date>.xlsx', not
  '-sanitised') sanitised and logged as a release of its own, a copy of a copy; sanitising
  that once more ended in 'an unexpected problem (DuplicateWorksheetName)'. wpxl's copies are
  known by their creator and cover and skipped as its '-sanitised' ones are
  (wpxl.read.own_copies). The same crash met an analyst's pack with sheets 'About this
  workbook' and 'Source' (the name wpxl shows the first under), or one named 'about this
  workbook' (Excel's names ignore case): the latter is shown as 'Source' now
  (wpxl.model.layout.output_sheet_name), the former refused in a sentence (wpxl.read).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.e2e.test_hunted_s32_register import ANN, BH, add_brighton, analysts_pack
from tests.robustness.conftest import run_wpxl_without_root_powers
from wpxl.cli import app
from wpxl.register import Register, list_releases

runner = CliRunner()


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    epoch = int(dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC).timestamp())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def another_programs_database(path: Path, user_version: int) -> Path:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
    db.execute("INSERT INTO bookmarks (url) VALUES ('https://www.gov.uk')")
    db.execute(f"PRAGMA user_version = {user_version}")
    db.commit()
    db.close()
    return path


@pytest.mark.parametrize("user_version", [0, 1, 2])
def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path, user_version):
    other = another_programs_database(tmp_path / "places.sqlite", user_version)
    before = digest(other)
    said = (
        f"wpxl: {other}: not a wpxl register but another program's database (it holds "
        "bookmarks), so wpxl left it as it was. Give the path of your register with --register "
        "or $WPXL_REGISTER.\n"
    )
    for command in (
        ["council", "add", BH, "--representative", ANN, "--signed", "2026-01-05"],
        ["council", "list"],
        ["council", "suspend", "--all", "--by", "dwp", "--reason", "leak"],
        ["releases"],
        ["sanitise", str(analysts_pack(tmp_path / "pack.xlsx")), "--for", BH],
    ):
        result = runner.invoke(app, [*command, "--register", str(other)])
        assert result.exit_code == 1, command
        assert result.stderr == said, command
    assert digest(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.xlsx", "places.sqlite"]


def test_a_read_only_register_refuses_a_release_before_any_work(tmp_path):
    reg = tmp_path / "register.sqlite3"
    add_brighton(reg)
    reg.chmod(0o444)
    pack = analysts_pack(tmp_path / "pack.xlsx")
    out = tmp_path / "out"
    result = run_wpxl_without_root_powers(
        ["sanitise", str(pack), "--for", BH, "--register", str(reg), "-o", str(out)]
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"wpxl: {reg}: the register's file is read-only, and a release must be logged in it, so "
        "nothing was made. Make it writable, or give another --register path.\n"
    )
    assert not out.exists()
    suspended = run_wpxl_without_root_powers(
        ["council", "suspend", BH, "--by", "dwp", "--reason", "leak", "--register", str(reg)]
    )
    assert suspended.returncode == 1
    assert suspended.stderr == (
        f"wpxl: {reg}: the register cannot be written (attempt to write a readonly database): "
        "wpxl writes to it and keeps its WAL files beside it. Make the file and its folder "
        "writable, or give another --register path.\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["council", "suspend", "--all", "--by", "dwp", "--reason", "information passed on"],
        ["council", "resume", "--all", "--by", "provider"],
        ["council", "update", BH, "--signed", "2026-01-05"],
        ["council", "show", BH],
        ["council", "agreement", BH],
        ["sanitise", "PACK", "--for", BH],
    ],
)
def test_a_register_that_is_not_there_is_not_made_by_any_command_but_add(tmp_path, command):
    """The register releases are checked against is at $WPXL_REGISTER; a suspension typed in
    a shell without it, or with a slip in --register, went into a new empty register made
    for it, and wpxl said sharing was suspended."""
    real = tmp_path / "real.sqlite3"
    add_brighton(real)
    slip = tmp_path / "shared" / "regsiter.sqlite3"
    pack = str(analysts_pack(tmp_path / "pack.xlsx"))
    result = runner.invoke(
        app, [pack if c == "PACK" else c for c in command] + ["--register", str(slip)]
    )
    assert result.exit_code == 1
    assert result.stderr == (
        f"wpxl: {slip}: there is no register here, so nothing was changed or made. Give the "
        "path of your register with --register or $WPXL_REGISTER; a new register is started "
        "only by 'wpxl council add'.\n"
    )
    assert not slip.parent.exists()
    assert not (tmp_path / "pack-brighton-hove-city-council-2026-11-25.xlsx").exists()
    listed = runner.invoke(app, ["council", "list", "--register", str(slip)])
    assert listed.stdout == f"No councils in the register {slip}: there is no such file yet.\n"
    assert runner.invoke(app, ["releases", "--register", str(slip)]).stdout == (
        "No releases logged.\n"
    )
    assert not slip.parent.exists()
    with Register(real) as register:
        assert list_releases(register) == []


def test_the_agreement_summary_never_writes_over_the_register_or_a_workbook(tmp_path):
    """`council agreement --out` wrote over whatever it named, unasked: a workbook, or the
    register itself, every council, suspension and release gone."""
    reg = tmp_path / "register.sqlite3"
    add_brighton(reg)
    pack = analysts_pack(tmp_path / "pack.xlsx")
    kept = {path: digest(path) for path in (reg, pack)}
    over_pack = runner.invoke(
        app, ["council", "agreement", BH, "--register", str(reg), "--out", str(pack)]
    )
    assert over_pack.exit_code == 1
    assert over_pack.stderr == (
        f"wpxl: pack.xlsx: {pack} already exists. Use --force to replace it, or another --out "
        "file.\n"
    )
    over_register = runner.invoke(
        app, ["council", "agreement", BH, "--register", str(reg), "--out", str(reg), "--force"]
    )
    assert over_register.exit_code == 1
    assert over_register.stderr == (
        f"wpxl: register.sqlite3: {reg} is the register. Give another --out file.\n"
    )
    assert {path: digest(path) for path in kept} == kept
    nowhere = tmp_path / "letters" / "agreement.txt"
    missing = runner.invoke(
        app, ["council", "agreement", BH, "--register", str(reg), "--out", str(nowhere)]
    )
    assert missing.exit_code == 1
    assert missing.stderr == (
        f"wpxl: agreement.txt: the folder {nowhere.parent} does not exist. Give another --out "
        "file.\n"
    )
    summary = tmp_path / "agreement.txt"
    for force in ([], ["--force"]):
        made = runner.invoke(
            app,
            ["council", "agreement", BH, "--register", str(reg), "--out", str(summary), *force],
        )
        assert made.exit_code == 0, made.output
    assert summary.read_text().startswith(
        f"Sharing Work Programme management information with {BH}"
    )


def test_a_folder_given_again_does_not_release_last_runs_releases(tmp_path):
    """A release is named after its council and date, not '-sanitised', so the folder given
    again with --for had last run's release sanitised once more and logged as a release of
    its own; a copy of that copy ended in 'an unexpected problem (DuplicateWorksheetName)'.
    wpxl's copies are known by their creator and their cover (wpxl.read.own_copies)."""
    reg = tmp_path / "register.sqlite3"
    add_brighton(reg)
    folder = tmp_path / "packs"
    folder.mkdir()
    analysts_pack(folder / "pack.xlsx")
    first = runner.invoke(app, ["sanitise", str(folder), "--for", BH, "--register", str(reg)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(
        app, ["sanitise", str(folder), "--for", BH, "--register", str(reg), "--force"]
    )
    assert again.exit_code == 0, again.output
    assert sorted(p.name for p in folder.iterdir()) == [
        "pack-brighton-hove-city-council-2026-11-25.xlsx",
        "pack.xlsx",
    ]
    with Register(reg) as register:
        assert [r.input_name for r in list_releases(register)] == ["pack.xlsx", "pack.xlsx"]
    named = runner.invoke(
        app, ["sanitise", str(folder / "pack-brighton-hove-city-council-2026-11-25.xlsx")]
    )
    assert named.exit_code == 2
    assert "every file given is a wpxl output" in named.stderr


@pytest.mark.parametrize(
    ("names", "shown"),
    [
        (["About this workbook", "Source"], None),
        (["Source", "about this workbook"], None),
        (["about this workbook"], ["About this workbook", "Source", "Referrals"]),
    ],
)
def test_a_sheet_named_as_wpxls_cover_is_shown_apart_or_refused_in_a_sentence(
    tmp_path, names, shown
):
    """A pack with an 'About this workbook' sheet and a 'Source' sheet (the name wpxl shows
    the first under), or one named 'about this workbook' (Excel's names ignore case), ended in
    'an unexpected problem (DuplicateWorksheetName)'."""
    pack = analysts_pack(tmp_path / "pack.xlsx")
    book = openpyxl.load_workbook(pack)
    for place, name in enumerate(names):
        book.create_sheet(name, place)["A1"] = "Figures from the case management system"
    del book["Job outcomes"]
    book.save(pack)
    result = runner.invoke(app, ["sanitise", str(pack)])
    copy = tmp_path / "pack-sanitised.xlsx"
    if shown is None:
        assert result.exit_code == 1
        assert result.stderr == (
            "wpxl: pack.xlsx: a sheet is named 'About this workbook', the name of wpxl's own "
            "first sheet, and the name wpxl would show it under, 'Source', is another sheet's. "
            "Rename one of them in Excel and try again.\n"
        )
        assert not copy.exists()
    else:
        assert result.exit_code == 0, result.output
        assert openpyxl.load_workbook(copy).sheetnames == shown
