"""The drag-and-drop scripts: the .sh run for real; the .bat checked as far as Linux allows.

Not tested here (no Windows): that cmd.exe runs the .bat, that Explorer's drop quoting reaches
wpxl intact, and the ``pause`` at the end. What is tested is that the .bat calls the very same
command line as the .sh, with CRLF endings cmd.exe needs for labels.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.builders import referrals_table, write_book

SCRIPTS = Path(__file__).parents[2] / "scripts"
WPXL = Path(sys.executable).with_name("wpxl")
NAMES = ["pack with spaces.xlsx", 'council\'s "final" pack.xlsx', "Ynys Môn \u2013 März.xlsx"]


def _drop(*paths: Path, pause: bool = False, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, WPXL=str(WPXL), WPXL_DROP_NO_PAUSE="" if pause else "1")
    return subprocess.run(
        ["bash", str(SCRIPTS / "wpxl-drop.sh"), *map(str, paths)],
        env=env, input=stdin, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _pack(path: Path) -> Path:
    return write_book(path, {"Referrals": referrals_table([[121, 93], [307, 111]])})


def test_dropping_awkward_names_makes_copies_beside_them_and_sums_up(tmp_path):
    folder = tmp_path / "Monthly packs (Nov)"
    folder.mkdir()
    sources = [_pack(folder / name) for name in NAMES]
    broken = folder / "broken pack.xlsx"
    broken.write_bytes(b"not a workbook\n")
    result = _drop(*sources, broken)
    assert result.returncode == 1
    for source in sources:
        assert (folder / f"{source.stem}-sanitised.xlsx").exists()
        assert f"{source.name}: 2 sheets, 4 cells rounded" in result.stdout
    assert not (folder / "broken pack-sanitised.xlsx").exists()
    assert result.stderr == (
        "wpxl: broken pack.xlsx: not an Excel workbook (it is a text or CSV file). "
        "Save it from Excel as an .xlsx workbook and try again.\n"
    )
    assert result.stdout.splitlines()[-1] == "3 ready to send, 1 refused: see why above"


def test_dropping_again_remakes_the_copies_and_skips_them_as_inputs(tmp_path):
    source = _pack(tmp_path / NAMES[2])
    assert _drop(source).returncode == 0
    again = _drop(tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == "1 ready to send"
    assert "a copy wpxl made already" in again.stdout


def test_window_waits_for_a_key_unless_told_not_to(tmp_path):
    source = _pack(tmp_path / NAMES[0])
    waited = _drop(source, pause=True, stdin="x")
    assert waited.returncode == 0
    assert waited.stdout.endswith("1 ready to send\n\nPress any key to close this window.\n")
    assert "Press any key" not in _drop(source).stdout


def test_dropping_nothing_explains_what_to_do():
    result = _drop()
    assert result.returncode == 2
    assert result.stdout == (
        "Drop one or more Excel workbooks (or a folder of them) onto this script.\n"
    )


def _command(script: str, program: str, rest: str) -> list[str]:
    lines = [line for line in script.splitlines() if " sanitise " in line]
    assert len(lines) == 1
    words = lines[0].split()
    assert (words[0], words[-1]) == (program, rest)
    return words[1:-1]


def test_bat_calls_the_same_command_line_as_the_sh():
    bat = (SCRIPTS / "wpxl-drop.bat").read_bytes()
    sh = (SCRIPTS / "wpxl-drop.sh").read_text()
    assert bat.count(b"\r\n") == bat.count(b"\n")  # cmd.exe needs CRLF for labels and goto
    text = bat.decode("ascii").replace("\r\n", "\n")
    assert _command(text, '"%WPXL_CMD%"', "%*") == _command(sh, '"$wpxl"', '"$@"')
    assert _command(sh, '"$wpxl"', '"$@"') == ["sanitise", "--verbose", "--force", "--"]
    assert re.search(r"^if not defined WPXL_DROP_NO_PAUSE \($", text, re.MULTILINE)
    assert 'set "STATUS=%ERRORLEVEL%"' in text and "exit /b %STATUS%" in text
