"""The proof's slowest checks of a large copy run in a second process beside the rest of it.

On the benchmark's 1M cells in 16 sheets the proof took half of sanitise's time, two thirds of
it in checks that judge one pair of sheets alone (invariant 10's readings of the input's totals,
invariant 1's totals), while the worker that analysed ahead (wpxl.ahead) had long finished and
its core sat idle. These checks learn nothing the proof carries from sheet to sheet: each gives
its findings, and the totals over other sheets it leaves for the finish (``Proof.later``).

So once the package is judged, a copy of this process (fork) is made. It builds the pairs of the
sheets it is given, as this process does, and runs those checks on them; this process builds
every pair and runs every other check (and those checks too, on the sheets left to it), then
puts the copy's findings and later totals in their places: the findings are the very list, in
the very order, that one process makes. The copy's own learning of the input is thrown away.
A copy that cannot be made (Windows, another thread, a batch using every core) leaves the proof
to this process; one that fails or dies, to the proof again from the start, here.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from wpxl.cores import fork_context
from wpxl.verify.invariants import INVARIANTS
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof

# The checks a pair of sheets answers alone, by their name in the registry, each with its share
# of a sheet's proof time (measured on the benchmark's books). Each reads the proof's policy,
# the two books and the caches in ``Proof.kept``, and writes only ``later``.
ALONE = {
    "honest_totals": 0.18,
    "differences_worked_out": 0.01,
    "totals_of_totals_worked_out": 0.40,
    "no_total_over_suppressed": 0.01,
    "chance_totals": 0.01,
    "figures_kept": 0.045,
    "copy_hides_nothing": 0.035,
}
# The rest of a sheet's proof time: building the pair (done by both processes), and the checks
# that stay here.
PAIR, STAYS = 0.15, 0.16
# Below this much sheet XML in the copy, the proof is done here: making and feeding a copy of
# this process costs more than it saves.
MIN_BYTES = 2_000_000

Unit = tuple[int, str]  # a check (by name) of the sheet at a place
Done = tuple[list[Finding], list[tuple[str, object]]]  # a check's findings, its later totals
Sheets = dict[int, dict[str, Done]]  # by sheet place, by check

_forked: tuple[Proof, Path] | None = None  # the copy's proof and the copy's file


class Alongside:
    """The checks ``ALONE`` names of a copy's first sheets, running in a second process."""

    def __init__(self, future: Future[Sheets], units: set[Unit]) -> None:
        self._future, self._units = future, units

    def takes(self, index: int, key: str) -> bool:
        """Whether the other process runs check ``key`` on the sheet at ``index``."""
        return (index, key) in self._units

    def results(self) -> Sheets | None:
        """What the other process found, once it has; None if it failed or died."""
        try:
            return self._future.result()
        except Exception:  # a check's own error comes again when the proof runs here
            return None


@contextmanager
def started(proof: Proof, path: Path, wanted: bool = True) -> Iterator[Alongside | None]:
    """A second process proving the copy at ``path`` beside this one, or None where it is not
    ``wanted``, there is no core to spare or the copy is too small to be worth one. On leaving,
    the process is done with (waited for, if this one stopped on an error)."""
    sizes = _sizes(proof)
    context = fork_context() if wanted and sum(sizes) >= MIN_BYTES else None
    units = _shared(sizes) if context is not None else []
    if context is None or not units:
        yield None
        return
    pool = ProcessPoolExecutor(1, context, initializer=_remember, initargs=(proof, path))
    try:
        yield Alongside(pool.submit(_prove_sheets, units), set(units))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _sizes(proof: Proof) -> list[int]:
    package = proof.output.package
    return [package.getinfo(part).file_size for part in proof.output.where.values()]


def _shared(sizes: list[int]) -> list[Unit]:
    """The checks the other process runs: the first of all sheets' (in the order this process
    would run them) that leave the longer of the two processes' shares shortest. The other
    process builds the pair of each sheet it checks again; this process builds every pair."""
    keys = [key for key in ALONE if key in INVARIANTS]  # a test may take one out
    units = [(index, key) for index in range(len(sizes)) for key in keys]
    here = sum(sizes) * (PAIR + STAYS + sum(ALONE[key] for key in keys))
    there, best, taken = 0.0, here, 0
    for count, (index, key) in enumerate(units, start=1):
        size = sizes[index]
        here -= ALONE[key] * size
        there += ALONE[key] * size + (PAIR * size if key == keys[0] else 0.0)
        if max(here, there) < best:
            best, taken = max(here, there), count
    return units[:taken]


def _remember(proof: Proof, path: Path) -> None:
    """In the copy, as it starts: its proof, copied with the process rather than sent."""
    global _forked
    _forked = (proof, path)


def _prove_sheets(units: list[Unit]) -> Sheets:
    """In the copy: each check of ``units`` on its sheet, with the later totals it left. The
    copy's file is opened afresh: the one it inherited shares its place in the file with this
    process's parent, which reads it meanwhile."""
    assert _forked is not None
    proof, path = _forked
    names = list(proof.output.where)
    found: Sheets = {}
    with zipfile.ZipFile(path) as package:
        proof.output.package = package
        for index in sorted({index for index, _ in units}):
            pair = proof.pair(index, names[index])
            found[index] = {}
            for key in (key for at, key in units if at == index):
                before = len(proof.later)
                findings = INVARIANTS[key].sheet(pair, proof)
                found[index][key] = (findings, proof.later[before:])
    return found
