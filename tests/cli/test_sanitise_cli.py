import hashlib
import os
import zipfile

import openpyxl
from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from wpxl.cli import app

runner = CliRunner()


def _fingerprint(path):
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns


def test_sanitise_writes_output_beside_input_and_prints_summary(tmp_path):
    source = write_book(
        tmp_path / "pack.xlsx", {"Referrals": referrals_table([[121, 93], [307, 111]])}
    )
    before = _fingerprint(source)
    result = runner.invoke(app, ["sanitise", str(source)])
    assert result.exit_code == 0, result.output
    output = tmp_path / "pack-sanitised.xlsx"
    assert result.stdout == (
        f"pack.xlsx: 2 sheets, 4 cells rounded, 5 totals rebuilt, 0 percentage sheets, "
        f"0 warnings -> {output}\n"
    )
    assert output.exists()
    assert _fingerprint(source) == before


def test_the_summary_counts_what_it_prints_as_the_cover_counts_it(tmp_path):
    """A removed figure was printed as a warning and counted as one ('1 warning') while the
    cover said 'Warnings (0)' and listed it under 'Removed from the source': the command
    line now says and counts it as a removal, apart from the warnings, as the cover does."""
    rows = [["Referrals and payments by group"], [], ["Group", "Referrals", "Payments (£)"],
            ["JSA", 121, 4530], ["ESA", 307, 2210]]  # fmt: skip
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    result = runner.invoke(app, ["sanitise", str(source)])
    assert result.exit_code == 0, result.output
    printed = result.stdout.splitlines()
    assert printed[1:] == [
        "  removed: 'Referrals' C4:C5: an amount of money (payments can reveal volumes)"
    ]
    assert printed[0].endswith(f"0 warnings, 1 removal -> {tmp_path / 'pack-sanitised.xlsx'}")
    cover = [
        c.value for c in openpyxl.load_workbook(tmp_path / "pack-sanitised.xlsx").worksheets[0]["A"]
    ]
    assert "Warnings (0)" in cover
    assert "- figures, 'Referrals' C4:C5: an amount of money (payments can reveal volumes)" in cover


def test_sanitise_refuses_to_overwrite_without_force(tmp_path):
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table([[12, 9], [30, 11]])})
    assert runner.invoke(app, ["sanitise", str(source)]).exit_code == 0
    again = runner.invoke(app, ["sanitise", str(source)])
    assert again.exit_code == 1
    assert again.stderr == (
        f"wpxl: pack.xlsx: {tmp_path / 'pack-sanitised.xlsx'} already exists. "
        "Use --force to replace it, or --out-dir.\n"
    )
    assert runner.invoke(app, ["sanitise", "--force", str(source)]).exit_code == 0


def test_sanitise_word_document_gives_one_line_and_no_output(tmp_path):
    source = tmp_path / "monthly.xlsx"
    with zipfile.ZipFile(source, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    before = _fingerprint(source)
    result = runner.invoke(app, ["sanitise", str(source)])
    assert result.exit_code == 1
    assert result.stderr == (
        "wpxl: monthly.xlsx: not an Excel workbook (it is a Word document). "
        "Save it from Excel as an .xlsx workbook and try again.\n"
    )
    assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["monthly.xlsx"]
    assert _fingerprint(source) == before


def test_sanitise_missing_and_empty_files_fail_but_the_good_one_is_done(tmp_path):
    good = write_book(tmp_path / "good.xlsx", {"Referrals": referrals_table([[12, 9], [30, 11]])})
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    result = runner.invoke(
        app,
        [
            "sanitise",
            str(tmp_path / "missing.xlsx"),
            str(empty),
            str(good),
            "-o",
            str(tmp_path / "o"),
        ],
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "wpxl: missing.xlsx: file not found. Check the name and folder.",
        "wpxl: empty.xlsx: the file is empty. Save the workbook again from Excel.",
    ]
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["good-sanitised.xlsx"]
    assert empty.read_bytes() == b""


def test_sanitise_without_files_is_a_usage_error():
    assert runner.invoke(app, ["sanitise"]).exit_code == 2


def test_sanitise_marks_published_sheets_and_rejects_unknown_ones(tmp_path):
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table([[12, 9], [30, 11]])})
    bad = runner.invoke(app, ["sanitise", str(source), "--published", "Nope"])
    assert bad.exit_code == 1
    assert bad.stderr == (  # the sheets named as the workbook names them, in its order
        "wpxl: --published 'Nope': the workbook has no visible sheet of that name. Sheets: "
        "Referrals.\n"
    )
    ok = runner.invoke(app, ["sanitise", str(source), "--published", "Referrals"])
    assert ok.exit_code == 0
    book = openpyxl.load_workbook(tmp_path / "pack-sanitised.xlsx")
    assert book["Referrals"]["A1"].value.startswith(
        "PUBLISHED — this information is in the public domain."
    )
    assert book["About this workbook"]["A1"].value.startswith("INTERNAL MANAGEMENT INFORMATION")


def test_debug_shows_a_traceback_for_unexpected_failures_only_when_asked(tmp_path):
    source = tmp_path / "x.xlsx"
    source.write_bytes(b"")
    plain = runner.invoke(app, ["sanitise", str(source)])
    debug = runner.invoke(app, ["--debug", "sanitise", str(source)])
    assert "Traceback" not in plain.stderr
    assert "Traceback" in debug.stderr


def test_output_gets_ordinary_file_permissions_not_owner_only(tmp_path):
    source = write_book(
        tmp_path / "pack.xlsx", {"Referrals": referrals_table([[121, 93], [307, 111]])}
    )
    assert runner.invoke(app, ["sanitise", str(source)]).exit_code == 0
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "pack-sanitised.xlsx").stat().st_mode & 0o777 == 0o666 & ~mask


def test_temporary_files_of_a_killed_run_are_swept_when_an_hour_old(tmp_path):
    source = write_book(
        tmp_path / "pack.xlsx", {"Referrals": referrals_table([[121, 93], [307, 111]])}
    )
    old = tmp_path / ".pack-sanitised.abc123.part"
    fresh = tmp_path / ".pack-sanitised.def456.part"
    other = tmp_path / ".other-sanitised.abc123.part"
    for path in (old, fresh, other):
        path.write_bytes(b"half a workbook")
    two_hours_ago = os.stat(old).st_mtime - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    os.utime(other, (two_hours_ago, two_hours_ago))
    assert runner.invoke(app, ["sanitise", str(source)]).exit_code == 0
    assert not old.exists()
    assert fresh.exists() and other.exists()
