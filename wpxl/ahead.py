"""Each group of sheets read and analysed, in the workbook's order, ready to be planned.

Planning a group (wpxl.plan) needs every group before it; reading and analysing one needs only
its own sheets. So where a second core is free, a worker process reads and analyses the next
groups while this process plans the one before: on a 1M-cell workbook in 16 sheets, the read
and analysis (two fifths of the time) run beside the planning instead of before it. One worker
keeps both cores busy; a second (measured) saved no time and held 30 MB more. Reading and
analysing take longer than planning, so while the worker is still on the group due next, this
process takes the last group sent that the worker has not started, rather than wait.

A worker is a copy of this process (fork), so the survey it reads from costs nothing to send.
It sends back its group pickled (its cells and roles packed, wpxl.model.sent, so the group
loads as compact as one analysed here), a tenth of the time analysing it took and a tenth of
the memory of the live objects, and is unpickled here only when the group's turn comes: at most
five groups wait so (three sent, two taken), and only groups of modest size are read ahead,
so this process still holds about one group (the worker, pickling, holds its group twice
over). The analysis is the same code on the same sheets either way, so the copy is
byte-identical. Where the groups are few or large (``_beside``), this process and the worker
take turns, each group's analysis waiting on disk rather than in memory. Where a copy of this
process cannot be made safely (Windows, another thread running, a batch already using every
core) or there is one group, each group is read and analysed here, one at a time.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext

from wpxl.analyse import analyse_workbook
from wpxl.cores import fork_context
from wpxl.errors import AnalysisError
from wpxl.model import Sheet, SheetAnalysis, Workbook, sent
from wpxl.policy import Policy
from wpxl.read import Survey, read_sheets, sheet_sizes
from wpxl.read.kept import Keeper, KeptSheets

WORKERS = 1
# groups sent to the worker beyond the one due: it goes on to the next at once, and the last
# is still unstarted (a worker has one running and one queued) for this process to take
WAITING = 3
HELD = 2  # groups read and analysed here that wait their turn, at most
# A group whose sheets' XML is larger than this is read here: its analysis alone is hundreds of
# megabytes, and a second one beside it would be more than the time it saves is worth.
AHEAD_LIMIT = 8_000_000
MIN_GROUPS = 3  # with fewer, most of the run would wait for the first group anyway
# what pickling a group that holds something it cannot pickle raises
_UNPICKLABLE = (pickle.PicklingError, TypeError, AttributeError, RecursionError)


@dataclass
class Analysed:
    """One group of sheets as read, and what analyse made of them (or the problems it found)."""

    book: Workbook
    analyses: list[SheetAnalysis] | None
    problems: list[str] = field(default_factory=list)
    # each sheet's place in the survey, and what read found in it that no reader sees
    found: list[tuple[int, dict[str, int], list[str]]] = field(default_factory=list)


def analysed_groups(
    survey: Survey,
    policy: Policy,
    kept: KeptSheets,
    ahead: bool = True,
    read: Callable[[], None] | None = None,
) -> Iterator[Analysed]:
    """Every group of ``survey``, in order; each sheet is also kept as read in ``kept`` (for the
    proof). ``ahead``: whether worker processes may read and analyse groups ahead; ``read``:
    told when a group read here has been read (its analysis is then timed apart)."""
    context = fork_context() if ahead and len(survey.groups) > 1 else None
    if context is not None and _worth_reading_ahead(survey):
        yield from _ahead(survey, policy, kept, context)
    elif context is not None:
        yield from _beside(survey, policy, kept, context, read)
    else:
        for group in survey.groups:
            yield _analysed(survey, group, policy, _Keep(kept), read)


def _ahead(
    survey: Survey, policy: Policy, kept: KeptSheets, context: BaseContext
) -> Iterator[Analysed]:
    groups = iter(survey.groups)
    pool = ProcessPoolExecutor(WORKERS, context, initializer=_remember, initargs=(survey, policy))
    waiting: deque[_Slot] = deque()

    def send() -> None:  # the worker kept WAITING groups ahead of the one due
        while sum(s.future is not None for s in waiting) < WAITING:
            if (group := next(groups, None)) is None:
                return
            waiting.append(_Slot(group, pool.submit(_analysed_pickled, group)))

    try:
        send()
        while waiting:
            slot = waiting.popleft()
            send()
            if not slot.ready() and sum(s.future is None for s in waiting) < HELD:
                _take_last(waiting, survey, policy, kept)
                send()
            yield _received(slot, survey, policy, kept)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _beside(
    survey: Survey,
    policy: Policy,
    kept: KeptSheets,
    context: BaseContext,
    read: Callable[[], None] | None,
) -> Iterator[Analysed]:
    """Few or large groups: this process reads and analyses every other group (the first
    at once), a worker the others, each beside this process's own, the worker's waiting
    pickled on disk, not in memory, until its turn (at most one: a large group's analysis is
    hundreds of megabytes, and this process holds only the group it plans). On 1M cells in
    two sheets the second sheet's reading and analysis (a third of the time) run beside the
    first's; the largest process holds no more than one group, as when each is read here."""
    groups = survey.groups
    with (
        tempfile.TemporaryDirectory(prefix="wpxl-ahead-") as folder,
        ProcessPoolExecutor(1, context, initializer=_remember, initargs=(survey, policy)) as pool,
    ):
        sent: dict[int, Future[str]] = {}

        def send(index: int) -> None:
            """The worker's next group, if there is one; after its last, the worker is told to
            end as soon as that is done, not once its turn comes: it held as much as this
            process while it analysed, and the first group's planning here took as long."""
            if index < len(groups):
                sent[index] = pool.submit(_analysed_spooled, groups[index], folder)
            if index + 2 >= len(groups):
                pool.shutdown(wait=False)

        send(1)
        for index, group in enumerate(groups):
            if index not in sent:
                yield _analysed(survey, group, policy, _Keep(kept), read)
                continue
            path = sent.pop(index).result()
            send(index + 2)  # the worker goes on while this process plans
            if not path:  # the worker could not send it: done here
                yield _analysed(survey, group, policy, _Keep(kept), read)
                continue
            yield _kept(_loaded(path), kept)  # no local name keeps it once planned


def _loaded(path: str) -> Analysed:
    """A group a worker pickled to ``path``, read back and the file removed."""
    with open(path, "rb") as stored:
        done: Analysed = pickle.load(stored)
    os.remove(path)
    return done


def _take_last(waiting: deque[_Slot], survey: Survey, policy: Policy, kept: KeptSheets) -> None:
    """While the worker is still on the group due next, this process would sit idle: it takes
    the last group sent that the worker has not started (cancelled there) and reads and
    analyses it here. On the benchmark's 16 sheets the worker spent 37 s reading and analysing
    to this process's 23 s planning; sharing the groups evens them out. The group keeps its
    place in the order, and waits pickled, as the worker's do, at a tenth of its size."""
    last = next((s for s in reversed(waiting) if s.future is not None), None)
    if last is None or last.future is None or not last.future.cancel():
        return  # the worker has started every group sent: nothing is left to take
    done = _analysed(survey, last.group, policy, _Keep(kept))
    last.future, last.here = None, _pickled(done) or done


@dataclass
class _Slot:
    """A group in the order it is planned: sent to the worker (``future``) or read and analysed
    by this process while the worker was busy (``here``)."""

    group: list[int]
    future: Future[bytes] | None = None
    here: Analysed | bytes = b""

    def ready(self) -> bool:
        return self.future is None or self.future.done()


def _received(slot: _Slot, survey: Survey, policy: Policy, kept: KeptSheets) -> Analysed:
    """The slot's group, once its turn comes; each sheet the worker read is kept for the proof
    here, as a sheet read here was kept when it was read (analyse changes none)."""
    if slot.future is None:
        return pickle.loads(slot.here) if isinstance(slot.here, bytes) else slot.here
    if not (pickled := slot.future.result()):  # the worker could not send it: done here
        return _analysed(survey, slot.group, policy, _Keep(kept))
    return _kept(pickle.loads(pickled), kept)


def _kept(done: Analysed, kept: KeptSheets) -> Analysed:
    """A group a worker read, each of its sheets kept for the proof here, as a sheet read here
    was kept when it was read (analyse changes none)."""
    for (index, kinds, text), sheet in zip(done.found, done.book.sheets, strict=True):
        kept.keep(index, sheet, kinds, text)
    return done


def _worth_reading_ahead(survey: Survey) -> bool:
    if len(survey.groups) < MIN_GROUPS:
        return False
    sizes = sheet_sizes(survey)
    return all(sum(sizes[i] for i in group) <= AHEAD_LIMIT for group in survey.groups)


class _Keep:
    """What read found in each sheet, passed on to the kept sheets as each is read."""

    def __init__(self, kept: Keeper | None = None) -> None:
        self.kept = kept
        self.found: list[tuple[int, dict[str, int], list[str]]] = []

    def keep(self, index: int, sheet: Sheet, kinds: dict[str, int], text: list[str]) -> None:
        self.found.append((index, kinds, text))
        if self.kept is not None:
            self.kept.keep(index, sheet, kinds, text)


def _analysed(
    survey: Survey,
    group: list[int],
    policy: Policy,
    keep: _Keep,
    read: Callable[[], None] | None = None,
) -> Analysed:
    book = read_sheets(survey, group, keep)
    if read is not None:
        read()
    try:
        return Analysed(book, analyse_workbook(book, policy), found=keep.found)
    except AnalysisError as exc:  # read on: the refusal lists every problem at once
        return Analysed(book, None, list(exc.problems), keep.found)


_job: tuple[Survey, Policy] | None = None  # a worker's survey and policy, copied by the fork


def _remember(survey: Survey, policy: Policy) -> None:
    global _job
    _job = (survey, policy)


def _analysed_pickled(group: list[int]) -> bytes:
    """In a worker: the group read and analysed, pickled here so the process that plans loads
    it only when its turn comes; empty if something in it cannot be pickled, so that the
    process that plans reads and analyses the group itself rather than fail."""
    assert _job is not None
    survey, policy = _job
    return _pickled(_analysed(survey, group, policy, _Keep()))


def _analysed_spooled(group: list[int], folder: str) -> str:
    """In a worker: the group read and analysed, pickled to a file in ``folder`` (its path);
    empty if something in it cannot be pickled, as ``_analysed_pickled``."""
    assert _job is not None
    survey, policy = _job
    done = _analysed(survey, group, policy, _Keep())
    path = os.path.join(folder, f"group-{group[0]}.pickle")
    try:
        with open(path, "wb") as spool:
            sent.dump(done, spool)
    except _UNPICKLABLE:
        return ""
    return path


def _pickled(done: Analysed) -> bytes:
    try:
        return sent.dumps(done)
    except _UNPICKLABLE:
        return b""
