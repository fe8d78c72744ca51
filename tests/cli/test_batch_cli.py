from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from wpxl.cli import app

runner = CliRunner()


def _pack(path, first=121):
    return write_book(path, {"Referrals": referrals_table([[first, 93], [307, 111]])})


def _line(tmp_path, name):
    out = tmp_path / f"{name}-sanitised.xlsx"
    return (
        f"{name}.xlsx: 2 sheets, 4 cells rounded, 5 totals rebuilt, 0 percentage sheets, "
        f"0 warnings -> {out}"
    )


def test_folder_is_sanitised_skipping_outputs_and_lock_files(tmp_path):
    _pack(tmp_path / "april.xlsx")
    _pack(tmp_path / "may.xlsx")
    (tmp_path / "~$may.xlsx").write_bytes(b"lock")
    assert runner.invoke(app, ["sanitise", str(tmp_path), "--jobs", "1"]).exit_code == 0
    again = runner.invoke(app, ["sanitise", str(tmp_path), "--jobs", "1", "--force"])
    assert again.exit_code == 0, again.output
    assert again.stdout.splitlines() == [_line(tmp_path, "april"), _line(tmp_path, "may")]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "april-sanitised.xlsx", "april.xlsx", "may-sanitised.xlsx", "may.xlsx", "~$may.xlsx",
    ]  # fmt: skip


def test_quoted_glob_pattern_is_expanded_by_wpxl(tmp_path):
    _pack(tmp_path / "april.xlsx")
    result = runner.invoke(app, ["sanitise", str(tmp_path / "apr*.xlsx")])
    assert result.exit_code == 0, result.output
    assert result.stdout == _line(tmp_path, "april") + "\n"


def test_a_refused_file_gives_exit_1_after_the_others_are_done_in_parallel(tmp_path):
    _pack(tmp_path / "april.xlsx")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04" + b"\0" * 50)
    _pack(tmp_path / "may.xlsx", first=170)
    result = runner.invoke(app, ["sanitise", str(tmp_path), "--jobs", "2"])
    assert result.exit_code == 1
    assert result.stderr == (
        "wpxl: broken.xlsx: the workbook is damaged or incomplete (not a readable zip package). "
        "Save it from Excel as an .xlsx workbook and try again.\n"
    )
    assert (tmp_path / "april-sanitised.xlsx").exists()
    assert (tmp_path / "may-sanitised.xlsx").exists()


def test_quiet_prints_only_problems(tmp_path):
    _pack(tmp_path / "april.xlsx")
    result = runner.invoke(app, ["sanitise", "--quiet", str(tmp_path / "april.xlsx")])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert (tmp_path / "april-sanitised.xlsx").exists()


def test_verbose_adds_skipped_files_timings_table_and_closing_sentence(tmp_path):
    _pack(tmp_path / "april.xlsx")
    _pack(tmp_path / "april-sanitised.xlsx")
    (tmp_path / "june.xlsx").write_bytes(b"")
    result = runner.invoke(app, ["sanitise", "-v", "-j", "1", "--force", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (f"skipped {tmp_path / 'april-sanitised.xlsx'}: a copy wpxl made already")
    assert lines[1] == _line(tmp_path, "april")
    assert lines[2].startswith("  time: read ")
    assert any("april.xlsx" in line and "ready to send" in line for line in lines)
    assert any("june.xlsx" in line and "refused" in line for line in lines)
    assert any("Warnings" in line and "Removed" in line for line in lines)  # as the cover
    assert lines[-1] == "1 ready to send, 1 refused: see why above"
    assert result.stderr == (
        "wpxl: june.xlsx: the file is empty. Save the workbook again from Excel.\n"
    )


def test_only_outputs_given_is_a_usage_error(tmp_path):
    _pack(tmp_path / "april-sanitised.xlsx")
    result = runner.invoke(app, ["sanitise", str(tmp_path / "april-sanitised.xlsx")])
    assert result.exit_code == 2
    assert result.stderr == (
        "wpxl: no workbooks to sanitise: every file given is a wpxl output or an Office lock "
        "file. Give the original .xlsx files.\n"
    )


def test_debug_shows_the_worker_traceback_of_a_file_done_in_parallel(tmp_path):
    _pack(tmp_path / "april.xlsx")
    (tmp_path / "broken.xlsx").write_bytes(b"council,referrals\n")
    result = runner.invoke(app, ["--debug", "sanitise", str(tmp_path), "--jobs", "2"])
    assert result.exit_code == 1
    first, *trace = result.stderr.splitlines()
    assert first.startswith("wpxl: broken.xlsx: not an Excel workbook")
    assert trace[0] == "Traceback (most recent call last):"
    assert any("sanitise_file" in line for line in trace)
