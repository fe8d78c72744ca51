"""``wpxl council``, ``wpxl releases`` and ``wpxl init`` through the real command line."""

import json
import re

import pytest
from typer.testing import CliRunner

from wpxl.cli import app
from wpxl.policy import Policy
from wpxl.policy.file import read_policy

runner = CliRunner()
DERBY = "Derby City Council"
ANN = "Ann Lee <ann.lee@derby.gov.uk>"
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")


@pytest.fixture(autouse=True)
def _register(tmp_path, monkeypatch):
    monkeypatch.setenv("WPXL_REGISTER", str(tmp_path / "register.sqlite3"))


def wpxl(*args):
    return runner.invoke(app, list(args))


def _stamped(text):
    return STAMP.sub("<time>", text)


def test_council_add_list_show_and_update(tmp_path):
    added = wpxl(
        "council",
        "add",
        DERBY,
        "--representative",
        ANN,
        "--signed",
        "2026-01-05",
        "--cpa",
        "East Midlands",
    )
    assert added.exit_code == 0
    assert added.stdout == (
        f"Added {DERBY}: representative {ANN}, agreement signed 2026-01-05, contract package "
        "area East Midlands; sharing allowed.\n"
    )
    assert wpxl("council", "add", "Leicester City Council").exit_code == 0
    listed = wpxl("council", "list")
    assert listed.stdout.splitlines() == [
        f"{DERBY}: representative {ANN}, agreement signed 2026-01-05, contract package area "
        "East Midlands; sharing allowed.",
        "Leicester City Council: representative (none), agreement signed (no date), contract "
        "package area (not given); sharing not allowed yet (no representative named).",
    ]
    updated = wpxl(
        "council",
        "update",
        "derby city council",
        "--representative",
        "Raj Patel <raj.patel@derby.gov.uk>",
    )
    assert updated.exit_code == 0
    assert updated.stdout.startswith(f"Updated {DERBY}: representative Raj Patel <raj")
    shown = wpxl("council", "show", DERBY)
    assert _stamped(shown.stdout).splitlines() == [
        DERBY,
        "  representative: Raj Patel <raj.patel@derby.gov.uk>",
        "  agreement signed: 2026-01-05",
        "  contract package area: East Midlands",
        "  added: <time>; last changed: <time>",
        "  sharing allowed",
        "  changes:",
        f"    <time>  representative: {ANN} -> Raj Patel <raj.patel@derby.gov.uk>",
        "  history: none",
    ]


def test_council_add_twice_and_unknown_council_give_one_line(tmp_path):
    wpxl("council", "add", DERBY)
    again = wpxl("council", "add", "DERBY CITY COUNCIL")
    assert again.exit_code == 1
    assert again.stderr == (
        "wpxl: DERBY CITY COUNCIL: already in the register as 'Derby City Council'. Change it "
        "with 'wpxl council update \"Derby City Council\"'.\n"
    )
    missing = wpxl("council", "show", "Nottingham")
    assert missing.exit_code == 1
    assert missing.stderr == (
        f"wpxl: Nottingham: not in the register {tmp_path / 'register.sqlite3'}. Check the name "
        "with 'wpxl council list', or add it with: wpxl council add \"Nottingham\" "
        '--representative "NAME <email>" --signed YYYY-MM-DD.\n'
    )


def test_representative_must_have_a_name_and_an_email_address():
    result = wpxl("council", "add", DERBY, "--representative", "ann.lee@derby.gov.uk")
    assert result.exit_code == 1
    assert result.stderr == (
        "wpxl: --representative 'ann.lee@derby.gov.uk': give the person's name and e-mail "
        'address, like "Jane Smith <jane.smith@council.gov.uk>".\n'
    )
    assert wpxl("council", "list").stdout.startswith("No councils in the register")


def test_signed_date_that_is_not_a_date_is_a_usage_error():
    result = wpxl("council", "add", DERBY, "--signed", "5 Jan 2026")
    assert result.exit_code == 2
    assert "Invalid value for '--signed'" in result.stderr


def test_suspend_and_resume_on_the_command_line_keep_history():
    wpxl("council", "add", DERBY, "--representative", ANN, "--signed", "2026-01-05")
    suspended = wpxl("council", "suspend", DERBY, "--by", "dwp", "--reason", "passed on")
    assert _stamped(suspended.stdout) == (
        f"Sharing with {DERBY} suspended by DWP (passed on) at <time>.\n"
    )
    refused = wpxl("council", "resume", DERBY, "--by", "provider")
    assert refused.exit_code == 1
    assert _stamped(refused.stderr) == (
        f"wpxl: {DERBY}: sharing was suspended at DWP's requirement on <time> (passed on), and "
        f'only DWP can lift that. Once DWP agrees, run: wpxl council resume "{DERBY}" --by dwp.\n'
    )
    everyone = wpxl("council", "suspend", "--all", "--by", "provider", "--reason", "review")
    assert _stamped(everyone.stdout) == (
        "Sharing with all councils suspended by the provider (review) at <time>.\n"
    )
    lifted = wpxl("council", "resume", DERBY, "--by", "dwp", "--reason", "DWP satisfied")
    assert _stamped(lifted.stdout) == (
        f"Sharing with {DERBY}: the suspension by DWP is lifted at <time>; now sharing "
        "suspended: by the provider for all councils since <time> (review).\n"
    )
    shown = wpxl("council", "show", DERBY)
    assert _stamped(shown.stdout).splitlines()[-4:] == [
        "  history:",
        f"    <time>  suspended by DWP ({DERBY}): passed on",
        "    <time>  suspended by the provider (all councils): review",
        f"    <time>  resumed by DWP ({DERBY}): DWP satisfied",
    ]


def test_suspend_needs_exactly_one_of_a_name_or_all():
    both = wpxl("council", "suspend", DERBY, "--all", "--by", "dwp", "--reason", "x")
    neither = wpxl("council", "suspend", "--by", "dwp", "--reason", "x")
    assert (both.exit_code, neither.exit_code) == (2, 2)
    assert "give a council's NAME or --all, not both and not neither" in both.stderr


def test_by_must_be_provider_or_dwp():
    result = wpxl("council", "suspend", "--all", "--by", "council", "--reason", "x")
    assert result.exit_code == 2
    assert "Invalid value for '--by'" in result.stderr


def test_agreement_summary_names_council_representative_period_and_provider(tmp_path):
    wpxl("council", "add", DERBY, "--representative", ANN, "--cpa", "East Midlands")
    policy = tmp_path / "p.toml"
    policy.write_text('provider = "Example Ltd"\n')
    result = wpxl("council", "agreement", DERBY, "--period", "2026-27", "--policy", str(policy))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"Sharing Work Programme management information with {DERBY}: summary of the "
        "confidentiality agreement"
    )
    assert lines[2] == (
        "From: Example Ltd, delivering the Work Programme in the East Midlands contract "
        "package area."
    )
    assert lines[3] == f"To: {DERBY}, whose named representative is {ANN}."
    assert lines[4] == "Covering: management information for 2026-27."


def test_releases_lists_nothing_then_json_is_an_empty_array():
    assert wpxl("releases").stdout == "No releases logged.\n"
    assert json.loads(wpxl("releases", "--json").stdout) == []
    bad = wpxl("releases", "--since", "yesterday")
    assert bad.exit_code == 2


def test_init_writes_the_default_policy_and_will_not_overwrite(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = wpxl("init")
    assert first.exit_code == 0
    assert first.stdout == (
        "Wrote wpxl.toml: every policy key with its default. Edit it; wpxl sanitise reads "
        "./wpxl.toml, or give --policy.\n"
    )
    assert read_policy(tmp_path / "wpxl.toml") == Policy()
    second = wpxl("init")
    assert second.exit_code == 1
    assert second.stderr == "wpxl: wpxl.toml: already exists. Use --force to replace it.\n"
    assert wpxl("init", "--force").exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir() if not p.is_dir()) == ["wpxl.toml"]


def test_every_command_has_help_text():
    import typer

    root = typer.main.get_command(app)
    council = root.commands["council"]
    commands = {**root.commands, **{f"council {n}": c for n, c in council.commands.items()}}
    assert {"council add", "council suspend", "council resume", "releases", "init"} <= set(commands)
    assert [name for name, command in commands.items() if not (command.help or "").strip()] == []


def test_every_command_appears_in_the_readme():
    from pathlib import Path

    import typer

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    root = typer.main.get_command(app)
    names = [n for n in root.commands if n != "council"]
    names += [f"council {n}" for n in root.commands["council"].commands]
    assert [name for name in names if f"`wpxl {name}" not in readme] == []


def test_a_register_path_that_is_a_folder_gives_one_line(tmp_path):
    result = wpxl("council", "list", "--register", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"wpxl: {tmp_path}: the register cannot be opened (unable to open database file). Give "
        "a writable --register path.\n"
    )


def test_a_council_whose_agreement_is_not_yet_in_force_is_not_shown_as_allowed(tmp_path):
    """Added with an agreement dated after today, a council was listed 'sharing allowed',
    though a release to it is refused until that date: the status line asks the release's
    own rules (wpxl.register.gate.lacks)."""
    later = wpxl("council", "add", DERBY, "--representative", ANN, "--signed", "2999-01-05")
    assert later.stdout.endswith(
        "; sharing not allowed yet (the agreement not in force until 2999-01-05).\n"
    )
    unsigned = wpxl("council", "add", "Leicester City Council", "--representative", ANN)
    assert unsigned.stdout.endswith(
        "; sharing not allowed yet (the agreement's signing not recorded).\n"
    )
    suspended = wpxl("council", "suspend", "--all", "--by", "dwp", "--reason", "audit")
    assert suspended.exit_code == 0
    shown = wpxl("council", "show", DERBY).stdout
    assert (
        "sharing not allowed yet (the agreement not in force until 2999-01-05); sharing " in shown
    )
    assert "suspended: by DWP for all councils since " in shown
