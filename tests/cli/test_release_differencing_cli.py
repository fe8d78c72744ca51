"""A release overlapping an earlier one in the release log is warned before it is written, so the
warning is on the council's cover sheet as well as on stdout and in the log."""

import datetime as dt

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from wpxl.cli import app
from wpxl.register.releases import list_releases
from wpxl.register.store import Register

runner = CliRunner()
DERBY = "Derby City Council"


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    epoch = int(dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC).timestamp())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))


def test_overlapping_release_is_warned_on_the_cover_sheet_once(tmp_path):
    reg = tmp_path / "register.sqlite3"
    pack = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table([[121, 93]])})
    added = runner.invoke(
        app,
        ["council", "add", DERBY, "--representative", "Ann Lee <ann.lee@derby.gov.uk>",
         "--signed", "2026-01-05", "--register", str(reg)],
    )  # fmt: skip
    assert added.exit_code == 0, added.output

    def release(period, out):
        args = ["sanitise", str(pack), "--for", DERBY, "--register", str(reg), "-o", str(out)]
        return runner.invoke(app, [*args, "--period", period])

    assert release("April to September 2013", tmp_path / "first").exit_code == 0
    with Register(reg) as register:
        (first,) = list_releases(register, council=DERBY)
    when = first.released_at[:10]  # the log keeps the real time (UTC); the file, the build date
    second = release("2013-07 to 2013-12", tmp_path / "second")
    assert second.exit_code == 0, second.output
    message = (
        f"{DERBY} already received pack-derby-city-council-2026-11-25.xlsx on {when} for an "
        "overlapping period (April to September 2013) and referrals; comparing the two releases "
        "may reveal small differences that rounding hides. Send one corrected release rather "
        "than overlapping ones"
    )
    assert second.stdout.splitlines()[1:] == [f"  warning: release: {message}"]
    (output,) = (tmp_path / "second").glob("*.xlsx")
    cover = openpyxl.load_workbook(output)["About this workbook"]
    assert f"- release: {message}" in [c.value for c in cover["A"]]
