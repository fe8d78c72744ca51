"""Helpers for the bad-input and robustness tests: fingerprints, real odd files, other users."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.builders import referrals_table, write_book

FIXTURES = Path(__file__).parent / "fixtures"


def fingerprint(path: Path) -> tuple[str, int]:
    """The input's bytes and modification time: both must be unchanged by any run."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns


def good_book(path: Path) -> Path:
    return write_book(path, {"Referrals": referrals_table([[121, 93], [307, 111]])})


def rewrite_package(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """Copy a real .xlsx, replacing or adding (bytes) or leaving out (None) the named parts."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as out:
        for info in src.infolist():
            if info.filename not in change:
                out.writestr(info, src.read(info.filename))
        for name, data in change.items():
            if data is not None:
                out.writestr(name, data)
    return target


@pytest.fixture(scope="session")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real workbook whose shared strings honestly inflate to 1.1 GB from about 1 MB."""
    plain = good_book(tmp_path_factory.mktemp("bomb") / "plain.xlsx")
    target = plain.with_name("bomb.xlsx")
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != "xl/sharedStrings.xml":
                out.writestr(info, src.read(info.filename))
                continue
            with out.open(info.filename, "w", force_zip64=True) as part:
                part.write(
                    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                )
                part.write(b"<si><t>")
                chunk = b"A" * (1 << 24)
                for _ in range(66):
                    part.write(chunk)
                part.write(b"</t></si></sst>")
    return target


def run_wpxl_without_root_powers(args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run the real CLI so file permissions bind as they do for an analyst.

    Tests run as root, and root reads a chmod 000 file regardless; setpriv drops the two
    capabilities that let it (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) for this one process.
    """
    command = [sys.executable, "-m", "wpxl", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: root can read any file")
        caps = "-dac_override,-dac_read_search"
        command = [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
