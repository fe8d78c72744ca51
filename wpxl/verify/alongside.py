"""The proof's slowest checks of a large copy run in a second process beside the rest of it.

On the benchmark's 1M cells in 16 sheets the proof took half of sanitise's time, two thirds of
it in checks that judge one pair of sheets alone (invariant 10's readings of the input's totals,
invariant 1's totals), while the worker that analysed ahead (wpxl.ahead) had long finished and
its core sat idle. These checks learn nothing the proof carries from sheet to sheet: each gives
its findings, and the totals over other sheets it leaves for the finish (``Proof.later``).

So a second process (``Spare``) builds its own proof of the copy, the pairs of the sheets it
is given, and runs those checks on them; this process builds every pair and runs every other
check (and those checks too, on the sheets left to it), then puts the second's findings and
later totals in their places: the findings are the very list, in the very order, that one
process makes. The second process is a copy of this one (fork) made as sanitise starts, while
this process is small (53 MB): made when the proof starts, it began with every page the
analysis had left this process. On the benchmark's 2 sheets of 500k cells it peaks at 369 MB
proving one (this process at 358 MB, 348 MB proving alone), and takes the proof from 18.9 s to
11.4 s. It reads the input's sheets as kept on disk (wpxl.read.kept), at their offsets. None is
made where a copy cannot be made safely (Windows, another thread, a batch using every core) or
the sheets are too small to be worth one; one that fails or dies leaves the proof to run again,
here.

Its share is first the one the weights below foretell; then, done with it, it takes checks this
process has not come to yet (``Board``), so neither waits long for the other. The weights are
measured in one process: this one, grown by the analysis, ran its share about a quarter slower
than the second process ran its own, and after the second had finished it worked on alone for
3.5 s of CPU on the 16-sheet book.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from pathlib import Path

from wpxl.cores import fork_context
from wpxl.model.regrouping import RegroupedSheet
from wpxl.policy import Policy
from wpxl.read import ReadInput
from wpxl.verify.board import CAPACITY, Board
from wpxl.verify.invariants import INVARIANTS
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof

# The checks a pair of sheets answers alone, by their name in the registry, each with its share
# of a sheet's proof time (measured on the benchmark's 16-sheet book, December 2026). Each reads
# the proof's policy, the two books and the caches in ``Proof.kept``, and writes only ``later``.
ALONE = {
    "personal_details": 0.045,
    "honest_totals": 0.11,
    "labels_kept": 0.13,
    "no_outcome_volumes": 0.055,
    "differences_worked_out": 0.005,
    "totals_of_totals_worked_out": 0.37,
    "no_total_over_suppressed": 0.015,
    "chance_totals": 0.01,
    "figures_kept": 0.06,
    "copy_hides_nothing": 0.01,
}
# The rest of a sheet's proof time: building the pair (done by both processes), and the checks
# that stay here.
PAIR, STAYS = 0.13, 0.11
# Below this much sheet XML (the input's, then the copy's), the proof is done here: making and
# feeding a second process costs more than it saves.
MIN_BYTES = 2_000_000

Unit = tuple[int, str]  # a check (by name) of the sheet at a place
Done = tuple[list[Finding], list[tuple[str, object]]]  # a check's findings, its later totals
Sheets = dict[int, dict[str, Done]]  # by sheet place, by check


@dataclass(frozen=True)
class _Task:
    """What the second process needs to build the proof this process built, and its share:
    ``reserved`` of the checks of ``units`` (every sheet's, in the order this process comes to
    them), then those it takes from the board."""

    units: list[Unit]
    reserved: list[Unit]
    output: Path
    source: Path
    policy: Policy
    regrouped: Mapping[str, RegroupedSheet] | None
    kept: tuple | None  # wpxl.read.kept.KeptSheets.index() of this process


class Spare:
    """A second process waiting to prove sheets of one copy: asked once, then stopped."""

    def __init__(self, context: BaseContext, read: ReadInput | None) -> None:
        self.read = read
        self._conn, theirs = context.Pipe()
        self._board = Board(context)
        self._process = context.Process(
            target=_serve, args=(theirs, read, self._board), daemon=True
        )
        self._process.start()
        theirs.close()
        self._places: dict[Unit, int] = {}

    def send(self, task: _Task) -> None:
        self._places = {unit: place for place, unit in enumerate(task.units)}
        self._board.deal(len(task.units), {self._places[unit] for unit in task.reserved})
        self._conn.send(task)

    def reach(self, index: int) -> None:
        """This process has come to the sheet at ``index``."""
        self._board.reach(index)

    def takes(self, index: int, key: str) -> bool:
        """Whether the other process runs check ``key`` on the sheet at ``index``; if not,
        this process does, and the other no longer may."""
        place = self._places.get((index, key))
        return place is not None and not self._board.here(place)

    def results(self) -> Sheets | None:
        """What the other process found, once it has; None if it failed or died."""
        try:
            found: Sheets | None = self._conn.recv()
        except (EOFError, OSError):
            return None
        return found

    def stop(self) -> None:
        with suppress(OSError):  # it has gone already
            self._conn.send(None)
        self._conn.close()
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()


@contextmanager
def standing_by(read: ReadInput | None, size: int) -> Iterator[Spare | None]:
    """A second process for the proof, made now (while this process is small), or None where
    no copy of this process can be made safely or the ``size`` of the sheets to prove (bytes of
    XML; 0 where none is wanted) is too small to be worth one. Stopped on leaving."""
    context = fork_context() if size >= MIN_BYTES else None
    if context is None:
        yield None
        return
    spare = Spare(context, read)
    try:
        yield spare
    finally:
        spare.stop()


@contextmanager
def second(proof: Proof, spare: Spare | None, wanted: bool) -> Iterator[Spare | None]:
    """The second process for this proof where one is ``wanted``: ``spare``, made as sanitise
    started, or (``wpxl check``) one made now where the copy is large enough."""
    if not wanted or spare is not None:
        yield spare if wanted else None
        return
    with standing_by(None, sum(_copy_sizes(proof))) as made:
        yield made


def started(
    proof: Proof,
    path: Path,
    spare: Spare | None,
    regrouped: Mapping[str, RegroupedSheet] | None = None,
) -> Spare | None:
    """``spare`` given its share of proving the copy at ``path``, or None where there is no
    second process or the copy is too small for it to have a share."""
    sizes = _copy_sizes(proof)
    if spare is None or sum(sizes) < MIN_BYTES:
        return None
    units = [(index, key) for index in range(len(sizes)) for key in _keys()]
    boarded = set(units[:CAPACITY])
    reserved = [unit for unit in _shared(sizes) if unit in boarded]
    kept = spare.read.kept.index() if spare.read is not None else None
    source = proof.source.survey.path
    spare.send(_Task(units, reserved, path, source, proof.policy, regrouped, kept))
    return spare


def _copy_sizes(proof: Proof) -> list[int]:
    """The size of each of the copy's sheets' XML, in the order they are proved."""
    package = proof.output.package
    return [package.getinfo(part).file_size for part in proof.output.where.values()]


def _keys() -> list[str]:
    """The checks a second process may run, in the order this process comes to them."""
    return [key for key in INVARIANTS if key in ALONE]  # a test may take one out


def _shared(sizes: list[int]) -> list[Unit]:
    """The checks the other process runs first: the first of all sheets' (in the order this
    process would run them) that leave the longer of the two processes' foretold shares
    shortest. The other process builds the pair of each sheet it checks again; this process
    builds every pair."""
    keys = _keys()
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


def _serve(conn: Connection, read: ReadInput | None, board: Board) -> None:
    """The second process: waits for its task, sends what it found (None if it failed). An
    interrupt (Ctrl-C reaches both processes) is the first process's to report: this one
    leaves quietly, printing no traceback of its own."""
    try:
        _answer(conn, read, board)
    except KeyboardInterrupt:
        return


def _answer(conn: Connection, read: ReadInput | None, board: Board) -> None:
    try:
        task = conn.recv()
    except EOFError:  # the process that made it has gone
        return
    if task is None:
        return
    try:
        found: Sheets | None = _prove_units(task, read, board)
    except Exception:  # a check's own error comes again when the proof runs there
        found = None
    conn.send(found)


def _prove_units(task: _Task, read: ReadInput | None, board: Board) -> Sheets:
    """Each check of the task's share on its sheet, with the later totals it left, from a
    proof built as the other process built its own."""
    if read is not None and task.kept is not None:
        read.kept.adopt(task.kept)  # the sheets kept since this process was made
    found: Sheets = {}
    with zipfile.ZipFile(task.output) as package:
        proof = Proof.made(package, task.source, task.policy, task.regrouped, read)
        names = list(proof.output.where)
        held, pair = None, None
        for index, key in _share(task, board):
            if index != held:
                del pair  # the next sheet's cells take its place, not join it
                held, pair = index, proof.pair(index, names[index])
            before = len(proof.later)
            findings = INVARIANTS[key].sheet(pair, proof)
            found.setdefault(index, {})[key] = (findings, proof.later[before:])
    return found


def _share(task: _Task, board: Board) -> Iterator[Unit]:
    """The reserved checks, then those taken from the board as each is done."""
    yield from task.reserved
    sheets = [index for index, _ in task.units]
    holding = task.reserved[-1][0] if task.reserved else None
    while (place := board.take(sheets, holding)) is not None:
        holding = sheets[place]
        yield task.units[place]
