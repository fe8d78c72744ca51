"""The proof shared with a second process (wpxl.verify.alongside) finds what one process finds,
in the same order, on real sanitised copies and on every mutant of them the proof must refuse;
a second process that dies leaves the proof to this one, and a check's own error still stops it.

The copies here are small, so the size below which no second process is made is set to nothing
and the second process takes the first half of the sheets: the splice of its findings and later
totals into this process's is what is tested, on books of one sheet and of many.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

from tests.conftest import PRODUCED, SAMPLES
from tests.verify.mutants import MUTATIONS, Copy, write_parts
from tests.verify.test_mutants_s18 import BOOKS
from wpxl.cores import fork_context
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file
from wpxl.verify import alongside, books
from wpxl.verify import proof as proof_module
from wpxl.verify.invariants import INVARIANTS, Invariant
from wpxl.verify.proof import prove

pytestmark = pytest.mark.skipif(fork_context() is None, reason="the second process is a fork")


def _half(sizes: list[int]) -> list[tuple[int, str]]:
    """Every check of the first half of the sheets, and the first three of the next sheet's."""
    half = len(sizes) // 2
    units = [(index, key) for index in range(half) for key in alongside.ALONE]
    return units + [(half, key) for key in list(alongside.ALONE)[:3]]


@pytest.fixture(autouse=True)
def every_copy_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(alongside, "MIN_BYTES", 0)
    monkeypatch.setattr(alongside, "_shared", _half)


@pytest.fixture
def proof_runs(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each run of the proof shared it (a second run is the proof done again here)."""
    runs: list[bool] = []
    run = proof_module._prove

    def counted(*args: object) -> object:
        runs.append(bool(args[6]))  # alongside
        return run(*args)

    monkeypatch.setattr(proof_module, "_prove", counted)
    return runs


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> list[Copy]:
    folder = tmp_path_factory.mktemp("alongside")
    job = Job(policy=Policy(), audience=Audience(produced=PRODUCED), out_dir=folder, ahead=False)
    return [Copy.of(Path(sanitise_file(book, job).output), book) for book in BOOKS]


def _both(path: Path, source: Path) -> tuple[list, list]:
    shared = prove(path, source, Policy(), published=(), alongside=True)
    alone = prove(path, source, Policy(), published=(), alongside=False)
    return shared, alone


def test_a_shared_proof_refuses_every_mutant_with_the_same_findings(copies, tmp_path):
    compared = 0
    for copy in copies:
        for kind, mutation in sorted(MUTATIONS.items()):
            parts = mutation(copy)
            if parts is None:
                continue
            mutant = write_parts(parts, tmp_path / f"{copy.name}.xlsx")
            shared, alone = _both(mutant, copy.path)
            assert shared == alone, (copy.name, kind)
            assert shared, (copy.name, kind)
            compared += 1
    assert compared > 100


def test_a_shared_proof_passes_every_copy_unchanged(copies, tmp_path):
    for copy in copies:
        path = write_parts(copy.parts, tmp_path / f"{copy.name}.xlsx")
        assert _both(path, copy.path) == ([], []), copy.name


def test_the_second_process_takes_the_checks_this_one_has_not_come_to(
    copies, tmp_path, monkeypatch
):
    """Given no share of its own and this process slowed on every sheet, it takes the checks
    of the sheets ahead of this one as it finishes each (wpxl.verify.board), and this process
    runs only those left free: the findings are still the very list one process finds."""
    monkeypatch.setattr(alongside, "_shared", lambda sizes: [])
    banners = INVARIANTS["banners"]

    def slowly(pair: object, proof: object) -> list:
        time.sleep(0.3)  # a check the second process never runs
        return banners.sheet(pair, proof)  # type: ignore[arg-type]

    monkeypatch.setitem(INVARIANTS, "banners", Invariant(banners.doc, sheet=slowly))
    taken: list[int] = []
    results = alongside.Spare.results

    def counted(spare: alongside.Spare) -> object:
        found = results(spare)
        taken.append(sum(len(checks) for checks in (found or {}).values()))
        return found

    monkeypatch.setattr(alongside.Spare, "results", counted)
    copy = max(copies, key=lambda c: len(c.where))
    parts = MUTATIONS["rounded_original_total_value"](copy) or copy.parts
    mutant = write_parts(parts, tmp_path / "mutant.xlsx")
    shared, alone = _both(mutant, copy.path)
    assert shared == alone
    assert len(copy.where) > 2 and taken[0] > 0


def test_a_second_process_that_dies_leaves_the_whole_proof_to_this_one(
    copies, tmp_path, monkeypatch, proof_runs
):
    """It is made only once the package is judged, so it dies as it opens the copy."""
    copy = next(c for c in copies if len(c.where) > 2)
    parts = MUTATIONS["rounded_original_total_value"](copy) or copy.parts
    mutant = write_parts(parts, tmp_path / "mutant.xlsx")
    alone = prove(mutant, copy.path, Policy(), published=(), alongside=False)

    class Dying:  # the copy's file, opened only in the second process
        @staticmethod
        def ZipFile(*_: object) -> None:  # as zipfile names it
            os._exit(3)

    monkeypatch.setattr(alongside, "zipfile", Dying)
    assert prove(mutant, copy.path, Policy(), published=(), alongside=True) == alone
    # alone; then shared, the second process dying; then all of it here again
    assert proof_runs == [False, True, False]


def test_a_check_that_fails_in_the_second_process_still_stops_the_proof(
    copies, tmp_path, monkeypatch
):
    def broken(*_: object) -> list:
        raise ZeroDivisionError("a check's own mistake")

    monkeypatch.setitem(INVARIANTS, "figures_kept", Invariant("broken", sheet=broken))
    copy = copies[0]
    path = write_parts(copy.parts, tmp_path / f"{copy.name}.xlsx")
    with pytest.raises(ZeroDivisionError):
        prove(path, copy.path, Policy(), published=(), alongside=True)


def test_sanitise_with_the_proof_shared_writes_the_same_bytes(tmp_path):
    """Sanitise's proof reads the input as it was kept on disk (wpxl.read.kept): both processes
    read that file at once, neither moving the other's place in it."""
    for name in ("monthly_pack", "summary_pack", "awkward"):
        outputs = []
        for ahead in (True, False):
            folder = tmp_path / f"{name}-{ahead}"
            job = Job(Policy(), Audience(produced=PRODUCED), out_dir=folder, ahead=ahead)
            outputs.append(Path(sanitise_file(SAMPLES / f"{name}.xlsx", job).output).read_bytes())
        assert outputs[0] == outputs[1], name


def test_the_second_process_reads_the_input_as_sanitise_kept_it(tmp_path, monkeypatch, proof_runs):
    """Made as sanitise starts, before a sheet is read, it is told where each was kept since:
    it parses none of the input again, and its share needs no second run of the proof."""

    def parsed(*_: object) -> None:
        raise AssertionError("the input parsed again")

    monkeypatch.setattr(books, "read_sheets", parsed)
    job = Job(Policy(), Audience(produced=PRODUCED), out_dir=tmp_path)
    assert sanitise_file(SAMPLES / "monthly_pack.xlsx", job).output
    assert proof_runs == [True]


def test_an_interrupt_stops_the_waiting_second_process_quietly(capfd):
    """Ctrl-C reaches both processes; the first reports it, the second prints nothing."""
    with alongside.standing_by(None, alongside.MIN_BYTES) as spare:
        assert spare is not None
        (second,) = multiprocessing.active_children()
        _until_waiting(second.pid)  # type: ignore[arg-type]
        os.kill(second.pid, signal.SIGINT)  # type: ignore[arg-type]
        second.join(timeout=60)  # returns once it exits: a loaded machine took over 10 s
        assert second.exitcode == 0
    assert "Traceback" not in capfd.readouterr().err


def _until_waiting(pid: int) -> None:
    """Until the process has slept a while (blocked on its task): a signal as it is made is
    lost, and on a loaded machine it may not be waiting a second after it was made."""
    time.sleep(1)
    deadline, asleep = time.monotonic() + 30, 0
    while asleep < 5 and time.monotonic() < deadline:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        asleep = asleep + 1 if state == "S" else 0
        time.sleep(0.1)
