"""A council's representative is named on every sheet and the cover by design: however the
register spells them ('Mrs Ann Lee', 'Ann Lee (MI analyst)'), the release is written and
proved, while a member of staff the workbook itself names is still removed."""

import datetime as dt

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from wpxl.cli import app

runner = CliRunner()
DERBY = "Derby City Council"
OUTPUT = "pack-derby-city-council-2026-11-25.xlsx"


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    epoch = int(dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC).timestamp())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))


def _release(tmp_path, representative, note):
    reg = tmp_path / "register.sqlite3"
    rows = [*referrals_table([[121, 93], [307, 111]]), [], [note]]
    pack = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    signed = ["--signed", "2026-01-05", "--register", str(reg)]
    added = runner.invoke(
        app, ["council", "add", DERBY, "--representative", representative, *signed]
    )
    assert added.exit_code == 0, added.output
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["sanitise", str(pack), "--for", DERBY, "--register", str(reg), "-o", str(out)]
    )
    return result, out / OUTPUT


def _texts(path):
    book = openpyxl.load_workbook(path)
    return [
        c
        for ws in book
        for row in ws.iter_rows(values_only=True)
        for c in row
        if c and isinstance(c, str)
    ]


@pytest.mark.parametrize(
    "representative, name",
    [
        ("Mrs Ann Lee <ann.lee@derby.gov.uk>", "Mrs Ann Lee"),
        ("Ann Lee (MI analyst) <ann.lee@derby.gov.uk>", "Ann Lee (MI analyst)"),
        ("Ann Lee - Head of Performance <ann.lee@derby.gov.uk>", "Ann Lee - Head of Performance"),
    ],
)
def test_a_representative_named_with_a_title_or_a_job_is_written_on_every_sheet(
    tmp_path, representative, name
):
    result, output = _release(tmp_path, representative, "Source: provider MI system")
    assert result.exit_code == 0, result.output
    texts = _texts(output)
    assert f"(responsible: {name})" in texts[0]
    assert any(f"responsible under the confidentiality agreement: {name}." in t for t in texts)


def test_a_member_of_staff_named_beside_the_representative_is_still_removed(tmp_path):
    result, output = _release(
        tmp_path, "Mrs Ann Lee <ann.lee@derby.gov.uk>", "Prepared by Mrs Jane Smith"
    )
    assert result.exit_code == 0, result.output
    assert not any("Jane Smith" in t for t in _texts(output))
