"""Session 32's hunt of the register: who may receive MI, suspensions, and the files around
the workbook (the e-mail note, the release log, the outputs of a batch), through the real CLI
and a real SQLite register.

What was found, and how it is read now:

- A council named another way was another council. The register's UNIQUE name folded ASCII
  case only, so after DWP suspended 'Brighton & Hove City Council', `council add "Brighton and
  Hove City Council"` (or 'brighton  &  hove city council', 'Brighton & Hove City Council.',
  'BRIGHTON-AND-HOVE CITY COUNCIL') made a second record, with a representative and a signed
  date and none of the suspensions, and `sanitise --for` it made, logged and named a release:
  MI sent to a council DWP had stopped. Names are matched on a key now
  (wpxl.register.names.council_key: case in any script, spaces, punctuation, hyphens,
  apostrophes, '&' for 'and'): `council add` refuses the second spelling naming the first,
  `--for`, `suspend`, `show` and `releases --council` find the council however it is typed,
  and a register that already holds two records named alike refuses a release to either while
  the other is suspended (wpxl.register.councils.suspensions_over, asked by the gate and by
  `council list`).
- `--period` went into the e-mail note as typed: 'Q1 2013 (307 referrals, 57 job outcomes)'
  reached the council in the note's subject and first line, an unrounded count and an outcome
  volume, since the proof reads the workbook, not the note; the release log kept it, and the
  next release's cover quoted it in its differencing warning, where the proof refused the copy
  with a message about text the analyst never typed into it. A period holds only the numbers
  a period is told by, and names nothing counted (wpxl.policy.period_text); anything else is a
  usage error (exit 2) before any work, for `sanitise` and `council agreement` alike.
- A representative recorded with a number in their name ('Ann Lee (ext 307)') made every
  release to the council fail its proof on wpxl's own banner and cover, with a message asking
  to reword text the analyst never typed; `council add` and `update` refuse such a name.
- Two workbooks of one name ('leeds/pack.xlsx', 'bradford/pack.xlsx') sanitised into one
  --out-dir: in parallel (the default) both passed the look for an existing copy, the second
  replaced the first unasked and the run said both were made (exit 0); with --for both were
  logged as releases, each naming the second copy's hash. One at a time, the second was told
  to use --force, which would have done the same. The batch refuses the later one before any
  work (wpxl.batch._taken_names). Two separate runs writing one name at once did the same to
  each other: without --force a copy is put in place by a hard link, which fails on a name
  that appeared meanwhile (wpxl.files._place_new), and the run says so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from wpxl.cli import app
from wpxl.register import Register, list_councils, list_releases

runner = CliRunner()
BH = "Brighton & Hove City Council"
ANN = "Ann Lee <ann.lee@brighton-hove.gov.uk>"
TRUE = ("121", "93", "307", "111", "44", "57", "66")  # a week number may be any small one


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    epoch = int(dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC).timestamp())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))


@pytest.fixture
def reg(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


def analysts_pack(path: Path) -> Path:
    """Referrals by payment group with SUM totals, and job outcomes on a sheet of their own,
    as an analyst lays out a monthly pack."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    sheet.append(["Referrals by payment group"])
    sheet.append([])
    sheet.append(["Payment group", "Apr 2013", "May 2013", "Total"])
    for row, (group, apr, may) in enumerate(
        [("JSA 18-24", 121, 93), ("JSA 25+", 307, 111), ("ESA Flow", 17, 44)], start=4
    ):
        sheet.append([group, apr, may, f"=SUM(B{row}:C{row})"])
    sheet.append(["Total", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)"])
    outcomes = book.create_sheet("Job outcomes")
    outcomes.append(["Job outcomes by payment group"])
    outcomes.append([])
    outcomes.append(["Payment group", "Apr 2013", "May 2013"])
    for line in [("JSA 18-24", 13, 29), ("JSA 25+", 41, 37), ("ESA Flow", 3, 0)]:
        outcomes.append(list(line))
    outcomes.append(["Total", 57, 66])
    book.save(path)
    return path


def wpxl(reg: Path, *args: str):
    return runner.invoke(app, [*args, "--register", str(reg)])


def release(reg: Path, pack: Path, council: str, *extra: str):
    out = pack.parent / "out"
    return wpxl(reg, "sanitise", str(pack), "--for", council, "-o", str(out), *extra), out


def add_brighton(reg: Path) -> None:
    added = wpxl(reg, "council", "add", BH, "--representative", ANN, "--signed", "2026-01-05")
    assert added.exit_code == 0, added.output


@pytest.mark.parametrize(
    "spelling",
    [
        "Brighton and Hove City Council",
        "brighton  &  hove city council",
        "Brighton & Hove City Council.",
        "BRIGHTON-AND-HOVE CITY COUNCIL",
        "Brighton\u00a0& Hove City Council",
    ],
)
def test_a_suspended_council_added_again_under_another_spelling_is_refused(tmp_path, reg, spelling):
    add_brighton(reg)
    suspended = wpxl(reg, "council", "suspend", BH, "--by", "dwp", "--reason", "passed on")
    assert suspended.exit_code == 0, suspended.output
    again = wpxl(reg, "council", "add", spelling, "--representative", ANN, "--signed", "2026-01-05")
    assert again.exit_code == 1
    assert again.stderr == (
        f"wpxl: {spelling.strip()}: already in the register as '{BH}'. Change it with 'wpxl "
        f'council update "{BH}"\'.\n'
    )
    result, out = release(reg, analysts_pack(tmp_path / "pack.xlsx"), spelling)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"wpxl: {BH}: sharing is suspended, required by DWP on ")
    assert not out.exists()
    with Register(reg) as register:
        assert [c.name for c in list_councils(register)] == [BH]
        assert list_releases(register) == []


def test_a_council_is_found_suspended_and_lifted_however_it_is_typed(tmp_path, reg):
    add_brighton(reg)
    typed = "brighton and hove city council"
    assert (
        wpxl(reg, "council", "suspend", typed, "--by", "provider", "--reason", "audit").exit_code
        == 0
    )
    shown = wpxl(reg, "council", "show", typed)
    assert shown.stdout.splitlines()[0] == BH
    assert "sharing suspended: by the provider for Brighton & Hove City Council" in shown.stdout
    assert wpxl(reg, "council", "resume", typed, "--by", "provider").exit_code == 0
    result, out = release(reg, analysts_pack(tmp_path / "pack.xlsx"), "BRIGHTON AND HOVE")
    assert result.exit_code == 1  # words are kept: 'Brighton and Hove' alone is another name
    result, out = release(reg, analysts_pack(tmp_path / "pack.xlsx"), typed)
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.iterdir()] == ["pack-brighton-hove-city-council-2026-11-25.xlsx"]
    listed = wpxl(reg, "releases", "--council", "Brighton and Hove City Council", "--json")
    assert '"council": "Brighton & Hove City Council"' in listed.stdout


def test_two_records_of_one_council_made_before_names_were_matched_share_a_suspension(
    tmp_path, reg
):
    """A register made before this session may hold both spellings: the one not suspended is
    refused while the other is, and `council list` says so of both."""
    add_brighton(reg)
    with Register(reg) as register, register.transaction() as db:
        db.execute(
            "INSERT INTO councils (name, representative, signed, cpa, added_at, updated_at) "
            "VALUES ('Brighton and Hove City Council', ?, '2026-01-05', '', 'x', 'x')",
            (ANN,),
        )
    assert wpxl(reg, "council", "suspend", BH, "--by", "dwp", "--reason", "leak").exit_code == 0
    result, out = release(
        reg, analysts_pack(tmp_path / "pack.xlsx"), "Brighton and Hove City Council"
    )
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "wpxl: Brighton and Hove City Council: sharing with 'Brighton & Hove City Council', the "
        "same council named alike, is suspended, required by DWP on "
    )
    assert result.stderr.endswith(
        'Only DWP can lift it: once DWP agrees, run: wpxl council resume "Brighton & Hove City '
        'Council" --by dwp.\n'
    )
    assert not out.exists()
    listed = wpxl(reg, "council", "list").stdout.splitlines()
    assert all("sharing suspended: by DWP for Brighton & Hove City Council" in x for x in listed)


def test_a_period_stating_counts_is_refused_before_the_note_is_written(tmp_path, reg):
    add_brighton(reg)
    pack = analysts_pack(tmp_path / "pack.xlsx")
    period = "Q1 2013 (307 referrals, 57 job outcomes)"
    result, out = release(reg, pack, BH, "--email-note", "--period", period)
    assert result.exit_code == 2
    assert (
        f"Invalid value for --period: '{period}': it holds a number that is not part of a date, "
        "a year, a quarter or a week, and the period goes as typed into the e-mail note and "
        "the release log, which no proof reads. Give only the time the figures cover, such as "
        "'April to June 2013', 'Q1 2013-14' or '2013/14'"
    ) in " ".join(result.stderr.split())
    assert not out.exists()
    with Register(reg) as register:
        assert list_releases(register) == []


@pytest.mark.parametrize(
    ("period", "why"),
    [
        ("April 2013, seven job outcomes", "it names what was counted ('outcomes')"),
        ("Q1 2013 n=57", "it holds a number that is not part of a date"),
        ("June 2013 - ann.lee@brighton-hove.gov.uk", "it holds an e-mail address"),
    ],
)
def test_a_period_naming_what_was_counted_or_a_person_is_refused(tmp_path, reg, period, why):
    add_brighton(reg)
    result, _ = release(reg, analysts_pack(tmp_path / "pack.xlsx"), BH, "--period", period)
    assert result.exit_code == 2
    assert why in " ".join(result.stderr.split())
    agreement = wpxl(reg, "council", "agreement", BH, "--period", period)
    assert agreement.exit_code == 2
    assert why in " ".join(agreement.stderr.split())


@pytest.mark.parametrize(
    "period",
    [
        "April to June 2013",
        "Q1 2013-14",
        "2013/14",
        "01/04/2013 to 30/06/2013",
        "1 April to 30 June 2013",
        "April 1st - June 30th 2013",
        "Weeks 1 to 13, 2013",
        "Period 3 2013/14",
        "201304",
    ],
)
def test_a_period_told_by_dates_quarters_and_weeks_goes_into_the_note(tmp_path, reg, period):
    add_brighton(reg)
    result, out = release(
        reg, analysts_pack(tmp_path / "pack.xlsx"), BH, "--email-note", "--period", period
    )
    assert result.exit_code == 0, result.output
    note = (out / "pack-brighton-hove-city-council-2026-11-25-email.txt").read_text()
    assert f"for {period}, prepared by" in note
    assert not set(TRUE) & set(note.replace(",", " ").replace("(", " ").split())


def twin_packs(tmp_path: Path) -> tuple[Path, Path]:
    """Two offices' packs saved under one name in folders of their own, as a shared drive
    holds them; their JSA 18-24 referrals in April differ (121 and 555)."""
    for office in ("leeds", "bradford"):
        (tmp_path / office).mkdir()
    first = analysts_pack(tmp_path / "leeds" / "pack.xlsx")
    second = analysts_pack(tmp_path / "bradford" / "pack.xlsx")
    book = openpyxl.load_workbook(second)
    book["Referrals"]["B4"] = 555
    book.save(second)
    return first, second


def april_jsa(copy: Path) -> object:
    """The copy's rounded JSA 18-24 referrals in April: 120 from the first pack, 560 from the
    second."""
    rows = openpyxl.load_workbook(copy, data_only=True)["Referrals"].iter_rows(values_only=True)
    return next(row[1] for row in rows if row[0] == "JSA 18-24")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_two_workbooks_of_one_name_in_a_batch_keep_the_first_copy(tmp_path, reg, jobs):
    """In parallel both copies were made, the second over the first unasked (exit 0), and
    with --for both were logged as releases with the second copy's hash; one at a time the
    second was told to use --force, which would have done the same."""
    add_brighton(reg)
    first, second = twin_packs(tmp_path)
    out = tmp_path / "out"
    result = wpxl(
        reg, "sanitise", str(first), str(second), "--for", BH, "-o", str(out), "--jobs", jobs
    )
    assert result.exit_code == 1
    copy = out / "pack-brighton-hove-city-council-2026-11-25.xlsx"
    assert result.stderr == (
        f"wpxl: pack.xlsx: its copy would be {copy}, the name of the copy of {first} in this "
        "run, so it was not made. Sanitise it on its own to another --out-dir, or rename it.\n"
    )
    assert [p.name for p in out.iterdir()] == [copy.name]
    assert april_jsa(copy) == 120
    with Register(reg) as register:
        logged = list_releases(register)
    assert [(r.input_sha256, r.output_name) for r in logged] == [
        (hashlib.sha256(first.read_bytes()).hexdigest(), copy.name)
    ]
    forced = wpxl(reg, "sanitise", str(first), str(second), "--for", BH, "-o", str(out), "--force")
    assert forced.exit_code == 1
    assert "the name of the copy of" in forced.stderr
    assert april_jsa(copy) == 120


def test_two_runs_at_once_writing_one_name_keep_one_copy_and_refuse_the_other(tmp_path):
    """Two analysts sanitising their office's 'pack.xlsx' into one shared folder at the same
    moment: each run looked for an existing copy when it began, so both found none and the
    later one replaced the earlier's copy, both saying they had made it."""
    first, second = twin_packs(tmp_path)
    out = tmp_path / "shared"
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "wpxl", "sanitise", str(pack), "-o", str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for pack in (first, second)
    ]
    said = [run.communicate(timeout=300) for run in runs]
    codes = [run.returncode for run in runs]
    assert sorted(codes) == [0, 1], said
    made = codes.index(0)
    refused = said[1 - made][1]
    assert refused.startswith("wpxl: pack-sanitised.xlsx: ") or refused.startswith(
        "wpxl: pack.xlsx: "
    )
    assert "Use --force to replace it" in refused
    assert april_jsa(out / "pack-sanitised.xlsx") == (120, 560)[made]
    assert [p.name for p in out.iterdir()] == ["pack-sanitised.xlsx"]


def test_a_representative_named_with_a_number_is_refused_when_recorded(tmp_path, reg):
    """'Ann Lee (ext 307) <...>' was recorded; every release to the council then failed its
    leak proof on wpxl's own banner and cover ('Reword the text named so that it quotes no
    figure'), text the analyst never typed into the workbook."""
    add_brighton(reg)
    numbered = "Ann Lee (ext 307) <ann.lee@brighton-hove.gov.uk>"
    for command in (["add", "Derby City Council"], ["update", BH]):
        result = wpxl(reg, "council", *command, "--representative", numbered)
        assert result.exit_code == 1
        assert result.stderr == (
            f"wpxl: --representative '{numbered}': the name holds a number, which every sheet's "
            "banner, the cover and the e-mail note would repeat, and the leak proof would "
            'refuse as a figure. Give the name alone, like "Jane Smith '
            '<jane.smith@council.gov.uk>".\n'
        )
    shown = wpxl(reg, "council", "show", BH).stdout
    assert f"representative: {ANN}" in shown
