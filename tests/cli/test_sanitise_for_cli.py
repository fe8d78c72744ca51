"""``wpxl sanitise --for``: every refusal leaves no output and says how to fix it."""

import datetime as dt
import hashlib
import json

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from wpxl.cli import app
from wpxl.errors import RefusedError
from wpxl.policy import Policy, policy_hash
from wpxl.read.quoted_figures import numbers_in_text
from wpxl.register import Register, history, list_releases, suspend
from wpxl.release import set_up
from wpxl.sanitise import sanitise_file

runner = CliRunner()
TODAY = dt.date(2026, 11, 25)
DERBY = "Derby City Council"
ANN = "Ann Lee <ann.lee@derby.gov.uk>"
OUTPUT = "pack-derby-city-council-2026-11-25.xlsx"
TRUE_FIGURES = ("121", "93", "307", "111", "428", "204", "214", "418", "632")


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    epoch = int(dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC).timestamp())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))


@pytest.fixture
def reg(tmp_path):
    return tmp_path / "register.sqlite3"


@pytest.fixture
def pack(tmp_path):
    return write_book(
        tmp_path / "pack.xlsx", {"Referrals": referrals_table([[121, 93], [307, 111]])}
    )


def _council(reg, *args):
    result = runner.invoke(app, ["council", "add", DERBY, *args, "--register", str(reg)])
    assert result.exit_code == 0, result.output


def _sanitise(reg, pack, *extra):
    out = pack.parent / "out"
    result = runner.invoke(
        app, ["sanitise", str(pack), "--for", DERBY, "--register", str(reg), "-o", str(out), *extra]
    )
    return result, out


def _refused(reg, pack, message):
    result, out = _sanitise(reg, pack)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"wpxl: {message}.\n"
    assert not out.exists()
    with Register(reg) as register:
        assert list_releases(register) == []


def _last_event(reg):
    with Register(reg) as register:
        from wpxl.register import find_council

        council = find_council(register, DERBY)
        return (history(register, council) + history(register, None))[-1]


def test_refused_when_the_council_is_not_in_the_register(reg, pack):
    other = runner.invoke(app, ["council", "add", "Leicester City Council", "--register", str(reg)])
    assert other.exit_code == 0, other.output
    _refused(
        reg,
        pack,
        f"{DERBY}: not in the register {reg}, so nothing was made for it. Add it once its "
        f'confidentiality agreement is signed: wpxl council add "{DERBY}" --representative '
        '"NAME <email>" --signed YYYY-MM-DD',
    )


def test_refused_when_no_representative_is_named(reg, pack):
    _council(reg, "--signed", "2026-01-05")
    _refused(
        reg,
        pack,
        f"{DERBY}: the register names no representative responsible for the confidentiality "
        f'agreement, so nothing was made for it. Record one with: wpxl council update "{DERBY}" '
        '--representative "NAME <email>"',
    )


def test_refused_when_the_agreement_has_no_signed_date(reg, pack):
    _council(reg, "--representative", ANN)
    _refused(
        reg,
        pack,
        f"{DERBY}: the register has no date on which the council signed the confidentiality "
        "agreement, so nothing was made for it. Once it is signed, record it with: wpxl council "
        f'update "{DERBY}" --signed YYYY-MM-DD',
    )


def test_refused_when_the_agreement_is_dated_in_the_future(reg, pack):
    _council(reg, "--representative", ANN, "--signed", "2026-11-26")
    _refused(
        reg,
        pack,
        f"{DERBY}: the confidentiality agreement is dated 2026-11-26, after today (2026-11-25), "
        "so nothing was made for it. Wait until it is in force, or correct the date with: wpxl "
        f'council update "{DERBY}" --signed YYYY-MM-DD',
    )


def test_refused_when_the_council_is_outside_the_providers_contract_package_area(
    reg, pack, tmp_path
):
    _council(reg, "--representative", ANN, "--signed", "2026-01-05", "--cpa", "East Midlands")
    policy = tmp_path / "policy.toml"
    policy.write_text('contract_package_area = "West Midlands"\n')
    result, out = _sanitise(reg, pack, "--policy", str(policy))
    assert result.exit_code == 1
    assert result.stderr == (
        f"wpxl: {DERBY}: the council is in the contract package area 'East Midlands', not "
        "'West Midlands' where the provider delivers, so nothing was made for it. Correct the "
        "council's --cpa or the policy's contract_package_area.\n"
    )
    assert not out.exists()


def test_refused_when_the_policy_names_an_area_but_the_councils_is_not_recorded(
    reg, pack, tmp_path
):
    _council(reg, "--representative", ANN, "--signed", "2026-01-05")
    policy = tmp_path / "policy.toml"
    policy.write_text('contract_package_area = "East Midlands"\n')
    result, out = _sanitise(reg, pack, "--policy", str(policy))
    assert result.exit_code == 1
    assert result.stderr == (
        f"wpxl: {DERBY}: the register does not say which contract package area the council is "
        "in, and the provider delivers only in 'East Midlands', so nothing was made for it. "
        f'Record it with: wpxl council update "{DERBY}" --cpa "East Midlands".\n'
    )
    assert not out.exists()
    runner.invoke(
        app, ["council", "update", DERBY, "--cpa", "east midlands", "--register", str(reg)]
    )
    assert _sanitise(reg, pack, "--policy", str(policy))[0].exit_code == 0


def test_refused_when_the_provider_suspended_sharing_with_the_council(reg, pack):
    _council(reg, "--representative", ANN, "--signed", "2026-01-05")
    runner.invoke(
        app,
        [
            "council",
            "suspend",
            DERBY,
            "--by",
            "provider",
            "--reason",
            "new contact awaited",
            "--register",
            str(reg),
        ],
    )
    at = _last_event(reg).at
    _refused(
        reg,
        pack,
        f"{DERBY}: sharing is suspended, required by the provider on {at} (new contact "
        "awaited), so nothing was made for it. Lift it when sharing may go on with: wpxl "
        f'council resume "{DERBY}" --by provider',
    )


def test_refused_when_dwp_required_sharing_with_the_council_suspended(reg, pack):
    _council(reg, "--representative", ANN, "--signed", "2026-01-05")
    runner.invoke(
        app,
        [
            "council",
            "suspend",
            DERBY,
            "--by",
            "dwp",
            "--reason",
            "figures passed on",
            "--register",
            str(reg),
        ],
    )
    at = _last_event(reg).at
    _refused(
        reg,
        pack,
        f"{DERBY}: sharing is suspended, required by DWP on {at} (figures passed on), so "
        "nothing was made for it. Only DWP can lift it: once DWP agrees, run: wpxl council "
        f'resume "{DERBY}" --by dwp',
    )


def test_refused_when_sharing_with_all_councils_is_suspended_even_for_a_council_added_later(
    reg, pack
):
    # a register is started by adding a council: suspending all in none is refused
    runner.invoke(app, ["council", "add", "Leicester City Council", "--register", str(reg)])
    runner.invoke(
        app,
        [
            "council",
            "suspend",
            "--all",
            "--by",
            "provider",
            "--reason",
            "contract review",
            "--register",
            str(reg),
        ],
    )
    _council(reg, "--representative", ANN, "--signed", "2026-01-05")
    at = _last_event(reg).at
    _refused(
        reg,
        pack,
        f"{DERBY}: sharing with all councils is suspended, required by the provider on {at} "
        "(contract review), so nothing was made for it. Lift it when sharing may go on with: "
        "wpxl council resume --all --by provider",
    )


def test_release_names_the_council_everywhere_and_is_logged_once_in_place(reg, pack):
    _council(reg, "--representative", ANN, "--signed", "2026-01-05")
    result, out = _sanitise(reg, pack, "--email-note", "--period", "April to May 2013")
    assert result.exit_code == 0, result.output
    output = out / OUTPUT
    assert result.stdout.endswith(f"-> {output}\n")
    assert sorted(p.name for p in out.iterdir()) == [
        "pack-derby-city-council-2026-11-25-email.txt",
        OUTPUT,
    ]
    book = openpyxl.load_workbook(output)
    for sheet in book.worksheets:
        assert f"for {DERBY} only (responsible: Ann Lee)" in sheet["A1"].value
    cover = [c.value for c in book["About this workbook"]["A"] if c.value]
    digest = policy_hash(Policy())
    assert f"Policy: sha256 {digest} (identifies the policy settings used)." in cover
    assert f"For {DERBY}; responsible under the confidentiality agreement: Ann Lee." in cover
    with Register(reg) as register:
        [entry] = list_releases(register)
    assert (entry.council, entry.representative, entry.period) == (DERBY, ANN, "April to May 2013")
    assert (entry.input_name, entry.output_name) == ("pack.xlsx", OUTPUT)
    assert entry.input_sha256 == hashlib.sha256(pack.read_bytes()).hexdigest()
    assert entry.output_sha256 == hashlib.sha256(output.read_bytes()).hexdigest()
    assert entry.policy_hash == digest
    assert (entry.sheets_published, entry.sheets_internal) == (
        [],
        ["About this workbook", "Referrals"],
    )
    assert entry.measures == ["referrals"]
    hashes = ("sha256", "policy_hash")  # hex digits may hold any figure by chance
    logged = " ".join(str(v) for k, v in entry.as_dict().items() if not k.endswith(hashes))
    assert not any(figure in logged for figure in TRUE_FIGURES)


def test_a_batch_released_by_forked_workers_is_logged_once_a_file_by_this_process(reg, pack):
    """Workers are forked while this process holds the register open: they never touch it, and
    each release is logged here, once, as with --jobs 1."""
    _council(reg, "--representative", ANN, "--signed", "2026-01-05")
    other = write_book(pack.parent / "other.xlsx", {"Referrals": referrals_table([[40, 61]])})
    out = pack.parent / "out"
    args = ["--for", DERBY, "--register", str(reg), "-o", str(out), "--jobs", "2"]
    result = runner.invoke(app, ["sanitise", str(pack), str(other), *args])
    assert result.exit_code == 0, result.output
    with Register(reg) as register:
        logged = sorted(e.input_name for e in list_releases(register))
    assert logged == ["other.xlsx", "pack.xlsx"]
    assert sorted(p.name for p in out.iterdir()) == [
        "other-derby-city-council-2026-11-25.xlsx",
        OUTPUT,
    ]


def test_email_note_addresses_the_representative_and_holds_no_figures(reg, pack):
    _council(reg, "--representative", ANN, "--signed", "2026-01-05")
    result, out = _sanitise(reg, pack, "--email-note")
    assert result.exit_code == 0, result.output
    note = (out / "pack-derby-city-council-2026-11-25-email.txt").read_text()
    assert note.startswith(f"Subject: Work Programme management information, for {DERBY}\n")
    assert "Dear Ann Lee," in note
    assert f"signed on 2026-01-05, for which you are the named representative ({ANN})" in note
    assert numbers_in_text(note) == []
    words = note.replace(policy_hash(Policy()), "")  # hex digits may hold any figure by chance
    assert not any(figure in words for figure in TRUE_FIGURES)


def test_an_earlier_email_note_is_not_replaced_without_force(reg, pack):
    """The copy's name was checked before any work and the note's was not: a note left from a
    release whose copy was since moved away was overwritten unasked (session 32's register
    hunt). It is kept now, the release refused and its copy removed; --force replaces both."""
    _council(reg, "--representative", ANN, "--signed", "2026-01-05")
    out = pack.parent / "out"
    out.mkdir()
    note = out / "pack-derby-city-council-2026-11-25-email.txt"
    note.write_text("Dear Ann, the March pack as agreed.\n")
    result, _ = _sanitise(reg, pack, "--email-note")
    assert result.exit_code == 1
    assert f"its e-mail note {note} already exists. Use --force" in " ".join(result.stderr.split())
    assert note.read_text() == "Dear Ann, the March pack as agreed.\n"
    assert sorted(p.name for p in out.iterdir()) == [note.name]  # no copy without its note
    with Register(reg) as register:
        assert list_releases(register) == []
    result, _ = _sanitise(reg, pack, "--email-note", "--force")
    assert result.exit_code == 0, result.output
    assert note.read_text().startswith("Subject: Work Programme management information")


def test_email_note_without_a_council_is_a_usage_error(reg, pack):
    result = runner.invoke(app, ["sanitise", str(pack), "--email-note"])
    assert result.exit_code == 2
    assert "the note is addressed to a council; give --for NAME too" in result.stderr
    assert sorted(p.name for p in pack.parent.iterdir()) == ["pack.xlsx"]


def test_without_for_nothing_is_logged_and_banners_say_signed_agreement_only(pack, tmp_path):
    result = runner.invoke(app, ["sanitise", str(pack)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(tmp_path / "pack-sanitised.xlsx")
    assert "only for a local authority that has signed the confidentiality agreement" in (
        book["Referrals"]["A1"].value
    )
    cover = [c.value for c in book["About this workbook"]["A"] if c.value]
    assert f"Policy: sha256 {policy_hash(Policy())} (identifies the policy settings used)." in cover
    assert not (tmp_path / "user-data").exists()


def test_policy_file_in_the_working_folder_sets_the_rounding_base(pack, tmp_path, monkeypatch):
    (tmp_path / "wpxl.toml").write_text('rounding_base = 40\nprovider = "Example Ltd"\n')
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["sanitise", str(pack)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(tmp_path / "pack-sanitised.xlsx")
    figures = [c.value for row in book["Referrals"].iter_rows() for c in row]
    assert 120 in figures and 320 in figures
    cover = [c.value for c in book["About this workbook"]["A"] if c.value]
    assert any(line.startswith("Prepared by Example Ltd") for line in cover)
    assert any("nearest 40 (20 rounds up to 40; 0 to 19 show as 0)" in line for line in cover)
    assert any(policy_hash(Policy(rounding_base=40, provider="Example Ltd")) in x for x in cover)


def test_bad_policy_file_refuses_before_any_output(pack, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text("rounding_base = 0\n")
    result = runner.invoke(app, ["sanitise", str(pack), "--policy", str(policy)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"wpxl: {policy}, line 1: 'rounding_base' is 0; it must be 20 or a multiple of it, "
        "such as 100. Correct the value, or delete the line to use the default.\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.xlsx", "policy.toml"]


def test_suspension_made_while_a_batch_runs_stops_the_release_and_removes_the_output(reg, pack):
    _council(reg, "--representative", ANN, "--signed", "2026-01-05")
    setup = set_up(DERBY, reg, None, email_note=True)
    job = setup.job((), pack.parent / "out", False)
    result = sanitise_file(pack, job)
    with Register(reg) as register:
        suspend(register, None, "dwp", "leak under investigation")
    with pytest.raises(RefusedError, match="sharing with all councils is suspended"):
        setup.record(pack, result)
    assert list((pack.parent / "out").iterdir()) == []
    with Register(reg) as register:
        assert list_releases(register) == []


def test_releases_command_counts_one_sheet_as_one_sheet(reg, pack):
    _council(reg, "--representative", ANN, "--signed", "2026-01-05")
    assert _sanitise(reg, pack, "--published", "Referrals")[0].exit_code == 0
    listed = runner.invoke(app, ["releases", "--register", str(reg)])
    assert "; 1 published sheet and 1 internal sheet, 0 warnings; wpxl " in listed.stdout


def test_releases_command_lists_the_logged_release(reg, pack):
    _council(reg, "--representative", ANN, "--signed", "2026-01-05")
    assert _sanitise(reg, pack, "--period", "May 2013")[0].exit_code == 0
    with Register(reg) as register:
        [entry] = list_releases(register)
    listed = runner.invoke(
        app, ["releases", "--council", "derby city council", "--register", str(reg)]
    )
    assert listed.stdout == (
        f"{entry.released_at}  {DERBY} ({ANN}) for May 2013: pack.xlsx -> {OUTPUT} sha256 "
        f"{entry.output_sha256[:16]}; 0 published sheets and 2 internal sheets, 0 warnings; wpxl "
        f"{entry.wpxl_version}, policy {entry.policy_hash[:16]}\n"
    )
    other = runner.invoke(app, ["releases", "--council", "Leicester", "--register", str(reg)])
    assert other.stdout == "No releases logged.\n"
    later = runner.invoke(app, ["releases", "--since", "2999-01-01", "--register", str(reg)])
    assert later.stdout == "No releases logged.\n"
    as_json = runner.invoke(app, ["releases", "--json", "--register", str(reg)])
    assert json.loads(as_json.stdout) == [entry.as_dict()]


def test_second_release_of_the_same_period_and_measure_warns_about_differencing(reg, pack):
    _council(reg, "--representative", ANN, "--signed", "2026-01-05")
    assert _sanitise(reg, pack, "--period", "May 2013")[0].exit_code == 0
    other_period, _ = _sanitise(reg, pack, "--period", "June 2013", "--force")
    assert "  warning:" not in other_period.stdout
    again, _ = _sanitise(reg, pack, "--period", "may  2013", "--force")
    assert again.exit_code == 0, again.output
    with Register(reg) as register:
        first, _, third = list_releases(register)
    message = (
        f"{DERBY} already received {OUTPUT} on {first.released_at[:10]} for the same period "
        "(May 2013) and referrals; comparing the two releases may reveal small differences that "
        "rounding hides. Send one corrected release rather than overlapping ones"
    )
    assert again.stdout.splitlines()[1:] == [f"  warning: release: {message}"]
    assert third.warnings == [{"code": "differencing", "where": "release", "message": message}]
