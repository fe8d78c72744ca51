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
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from openpyxl.worksheet.table import Table

from tests.builders import referrals_table, write_book
from tests.robustness.conftest import fingerprint
from wpxl.errors import OutputError
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


def test_output_open_in_excel_is_refused_in_one_sentence(job, tmp_path: Path) -> None:
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table([[12, 30], [7, 45]])})
    target = job.out_dir / "pack-sanitised.xlsx"
    job.out_dir.mkdir()
    target.write_bytes(b"an earlier copy")
    (job.out_dir / "~$pack-sanitised.xlsx").write_bytes(b"lock")
    with pytest.raises(OutputError) as refused:
        sanitise_file(source, replace(job, force=True))
    assert str(refused.value) == (
        f"pack-sanitised.xlsx: {target} is open in Excel (its lock file ~$pack-sanitised.xlsx is "
        "beside it). Close it and try again, or choose another --out-dir"
    )
    assert target.read_bytes() == b"an earlier copy"


def test_output_name_taken_by_a_folder_is_refused_in_one_sentence(job, tmp_path: Path) -> None:
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table([[12, 30], [7, 45]])})
    target = job.out_dir / "pack-sanitised.xlsx"
    target.mkdir(parents=True)
    with pytest.raises(OutputError, match=r"is a folder\. Remove or rename it"):
        sanitise_file(source, replace(job, force=True))
    assert not list(job.out_dir.glob(".*.part"))


def _unsaved_table(path: Path) -> Path:
    """An Excel table saved by openpyxl, its formulas without values: the proof refuses its
    copy (it cannot check the totals row against values the input does not store)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Table_1"
    sheet.append(["Table 1: Referrals and attachments by local authority, 2022-23"])
    sheet.append(["Local authority", "Referrals", "Attachments", "Referrals not attached"])
    this_row = "Table1[[#This Row],[{}]]"
    difference = f"={this_row.format('Referrals')}-{this_row.format('Attachments')}"
    for line in (["Bolton", 1412, 1203], ["Bury", 977, 811], ["Oldham", 1098, 941]):
        sheet.append([*line, difference])
    heads = ["Referrals", "Attachments", "Referrals not attached"]
    sheet.append(["Total", *[f"=SUBTOTAL(109,Table1[{h}])" for h in heads]])
    sheet.add_table(Table(displayName="Table1", ref="A2:D6", totalsRowCount=1))
    book.save(path)
    return path


def test_a_copy_the_proof_refuses_leaves_no_new_output_folder(tmp_path):
    """Found in session 26 and mended in session 27: the output folder was made before the copy
    was written, and a refused copy left it behind, empty. The folders a run makes go again
    when its copy is refused."""
    source = _unsaved_table(tmp_path / "t.xlsx")
    out = tmp_path / "new" / "out"
    process = subprocess.run(
        [sys.executable, "-m", "wpxl", "sanitise", str(source), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert process.returncode == 1
    assert "failed its leak check" in process.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.xlsx"]


def test_a_copy_the_proof_refuses_leaves_the_users_own_folder(tmp_path):
    source = _unsaved_table(tmp_path / "t.xlsx")
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.run(
        [sys.executable, "-m", "wpxl", "sanitise", str(source), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert process.returncode == 1
    assert out.is_dir() and list(out.iterdir()) == []
