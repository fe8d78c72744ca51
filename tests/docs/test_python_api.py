"""The README's Python example is the API's contract: this runs exactly its text."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

REPO = Path(__file__).resolve().parents[2]


def _readme_example() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use it from Python", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)


def test_readme_python_example_sanitises_and_checks_the_sample(tmp_path: Path, monkeypatch) -> None:
    shutil.copytree(REPO / "sample_workbooks", tmp_path / "sample_workbooks")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user wpxl.toml
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(_readme_example(), "README.md", "exec"), {})
    output = tmp_path / "out" / "monthly_pack-sanitised.xlsx"
    lines = printed.getvalue().splitlines()
    assert len(lines) == 1  # the output line, and no finding from the check
    assert re.fullmatch(
        rf"{re.escape(str(Path('out') / output.name))} - [1-9]\d* cells rounded", lines[0]
    )
    book = openpyxl.load_workbook(output)
    assert book.sheetnames[0] == "About this workbook"


def test_sanitise_file_raises_a_typed_error_for_a_text_file(tmp_path: Path) -> None:
    import wpxl
    from wpxl.errors import InputError

    fake = tmp_path / "pack.xlsx"
    fake.write_text("Referrals,307\n")
    with pytest.raises(InputError, match=r"^pack\.xlsx: not an Excel workbook \(it is a text"):
        wpxl.sanitise_file(fake, out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()
