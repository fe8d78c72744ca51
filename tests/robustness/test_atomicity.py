"""A run killed mid-write leaves nothing under the output name, or the complete previous file.

``wpxl sanitise`` runs as a real process on a workbook large enough to take a while; the moment
its temporary file appears (after planning, while writing and verifying) it gets SIGKILL, which
no Python code can catch or clean up after.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import xlsxwriter

from tests.robustness.conftest import fingerprint
from wpxl.sanitise import sanitise_file

ROWS = 1_000
OUTPUT = "big-sanitised.xlsx"


@pytest.fixture(scope="module")
def big_input(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = book.add_worksheet("Referrals")
    ws.write(0, 0, "Referrals by office and month")
    ws.write_row(2, 0, ["Office"] + [f"Month {m}" for m in range(1, 13)])
    rng = random.Random(6)
    for r in range(ROWS):
        ws.write_row(3 + r, 0, [f"Office {r + 1}"] + [rng.randint(0, 500) for _ in range(12)])
    book.close()
    return path


def _kill_while_writing(source: Path, out: Path, *extra: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "wpxl", "sanitise", str(source), "-o", str(out), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if out.is_dir() and any(p.suffix == ".part" for p in out.iterdir()):
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.005)
        assert process.wait(timeout=60) == -signal.SIGKILL, "finished before it could be killed"
    finally:
        if process.poll() is None:
            process.kill()


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name != OUTPUT)


def test_killed_run_leaves_no_output_and_only_a_hidden_temporary(big_input, tmp_path):
    source = shutil.copy2(big_input, tmp_path / "big.xlsx")
    before = fingerprint(Path(source))
    out = tmp_path / "out"
    _kill_while_writing(Path(source), out)
    assert not (out / OUTPUT).exists()
    assert all(n.startswith(".big-sanitised.") and n.endswith(".part") for n in _leftovers(out))
    assert fingerprint(Path(source)) == before


def test_killed_forced_run_keeps_the_complete_previous_output(big_input, tmp_path, job, samples):
    source = Path(shutil.copy2(big_input, tmp_path / "big.xlsx"))
    before = fingerprint(source)
    out = tmp_path / "release"
    out.mkdir()
    previous = Path(sanitise_file(samples[0], job).output).read_bytes()
    (out / OUTPUT).write_bytes(previous)
    _kill_while_writing(source, out, "--force")
    assert (out / OUTPUT).read_bytes() == previous
    assert all(n.startswith(".big-sanitised.") and n.endswith(".part") for n in _leftovers(out))
    assert fingerprint(source) == before
