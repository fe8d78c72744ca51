"""Outputs stay byte-identical unless a change means them to differ.

``golden_outputs.json`` holds the SHA-256 of the copy wpxl makes of every bundled sample and
every corpus book (or that it refuses it). A refactoring must leave them all as they are; a
change meant to alter outputs regenerates the file in the same commit and says why:
``python -m tests.e2e.test_golden_outputs``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import tempfile
from pathlib import Path

import pytest

from wpxl.errors import WpxlError
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file

REPO = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).with_name("golden_outputs.json")
PRODUCED = dt.date(2026, 11, 25)
BOOKS = sorted((REPO / "sample_workbooks").glob("*.xlsx")) + sorted(
    (REPO / "tests/analyse/corpus").glob("*.xlsx")
)


def _fingerprint(book: Path, out_dir: Path) -> str:
    job = Job(Policy(), Audience(produced=PRODUCED), out_dir=out_dir, force=True)
    try:
        output = sanitise_file(book, job).output
    except WpxlError as exc:
        return f"refused: {type(exc).__name__}"
    return hashlib.sha256(Path(output or "").read_bytes()).hexdigest()


@pytest.mark.parametrize("book", BOOKS, ids=lambda p: p.name)
def test_output_is_byte_identical_to_the_recorded_one(book: Path, tmp_path: Path) -> None:
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    key = str(book.relative_to(REPO))
    assert key in recorded, f"{key} has no recorded output: regenerate {GOLDEN.name}"
    assert _fingerprint(book, tmp_path) == recorded[key]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        prints = {str(b.relative_to(REPO)): _fingerprint(b, Path(folder)) for b in BOOKS}
    GOLDEN.write_text(json.dumps(prints, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(prints)} outputs recorded in {GOLDEN}\n")
