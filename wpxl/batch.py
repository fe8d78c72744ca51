"""Batches: turn what a user dropped or typed into workbooks, and sanitise them in parallel.

Inputs may be files, folders or glob patterns; patterns are expanded here too, because Windows
shells (and a drag-and-drop onto a .bat) pass them on unexpanded. wpxl's own outputs and Office
lock files are skipped, so dropping a whole folder twice does not sanitise the copies.

Each file runs in its own worker process when ``jobs`` > 1. The worker calls exactly what
``jobs`` == 1 calls, so outputs are byte-identical either way; one file's failure is returned
as that file's outcome and never stops the others. Nothing here prints: progress goes to an
optional callback.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import pickle
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from wpxl.cores import fork_context
from wpxl.errors import OutputError
from wpxl.read.own_copies import made_by_wpxl
from wpxl.report import FileResult
from wpxl.sanitise import STAGES, SUFFIX, Job, output_path, sanitise_file

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
LOCK_PREFIX = "~$"
GLOB_CHARS = frozenset("*?[")

# (file index, stage just finished or 'started', stages done, stages in all)
Progress = Callable[[int, str, int, int], None]


@dataclass(frozen=True, slots=True)
class Skipped:
    path: Path
    why: str


@dataclass(slots=True)
class Outcome:
    """What happened to one file: its result, or the error that stopped it."""

    source: Path
    result: FileResult | None = None
    error: BaseException | None = None
    trace: str | None = None  # the worker's traceback, for --debug

    @property
    def ok(self) -> bool:
        return self.result is not None and self.result.ok


def expand_inputs(
    items: Iterable[str], recursive: bool = False
) -> tuple[list[Path], list[Skipped]]:
    """The workbooks to sanitise, in the order given, each once; and what was skipped and why.

    A name that exists is taken as it is, even if it holds ``[`` or ``*``. A name that neither
    exists nor matches anything is kept, so sanitising it reports "file not found"; so is a
    folder without workbooks, which is reported as such.
    """
    found: list[Path] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()

    def add(path: Path, named: bool) -> None:
        why = _skip_reason(path)
        if why is not None:
            skipped.append(Skipped(path, why))
            return
        if not named and path.suffix.lower() not in WORKBOOK_SUFFIXES:
            return
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            found.append(path)

    for item in items:
        path = Path(item)
        if path.is_dir():
            inner = _folder_workbooks(path, recursive)
            if not inner:  # kept, so sanitising it says there is no workbook there
                add(path, named=True)
            for workbook in inner:
                add(workbook, named=False)
        elif path.exists() or not GLOB_CHARS & set(item):
            add(path, named=True)
        else:
            matches = sorted(glob.glob(item, recursive=recursive))
            if not matches:
                add(path, named=True)
            for match in matches:
                if not Path(match).is_dir():
                    add(Path(match), named=False)
    return found, skipped


def _folder_workbooks(folder: Path, recursive: bool) -> list[Path]:
    pattern = "**/*" if recursive else "*"
    return sorted(
        p for p in folder.glob(pattern) if p.suffix.lower() in WORKBOOK_SUFFIXES and p.is_file()
    )


def _skip_reason(path: Path) -> str | None:
    if path.name.startswith(LOCK_PREFIX):
        return "an Office lock file, not a workbook"
    if path.name.lower().endswith(SUFFIX) or (
        path.suffix.lower() in WORKBOOK_SUFFIXES and path.is_file() and made_by_wpxl(path)
    ):
        return "a copy wpxl made already"
    return None


def run_batch(
    sources: list[Path],
    job: Job,
    jobs: int = 1,
    progress: Progress | None = None,
    done: Callable[[int, Outcome], None] | None = None,
) -> list[Outcome]:
    """Sanitise every source; outcomes come back in the order of ``sources``.

    ``done`` is called for each file once it and every file before it have finished (so in
    input order), ``progress`` as each stage of a file finishes. With ``jobs`` > 1 the files
    run in a pool of separate processes.
    """
    outcomes: list[Outcome | None] = [None] * len(sources)
    for index, error in _taken_names(sources, job).items():
        outcomes[index] = Outcome(sources[index], error=error)
    todo = [i for i, o in enumerate(outcomes) if o is None]
    workers = max(1, min(jobs, len(todo)))
    if workers == 1:
        for index, source in enumerate(sources):
            if outcomes[index] is None:
                outcomes[index] = _sanitise_one(index, source, job, progress, keep_traceback=True)
            if done is not None:
                done(index, outcomes[index])
        return [o for o in outcomes if o is not None]
    context = start_method()
    job = replace(job, ahead=False)  # every core has a workbook already
    with (
        _ProgressChannel(context, progress) as channel,
        ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool,
    ):
        pending: dict[Future[Outcome], int] = {
            pool.submit(_worker, index, sources[index], job, channel.queue): index for index in todo
        }
        reported = 0
        while pending:
            finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            channel.drain()
            for future in finished:
                index = pending.pop(future)
                outcomes[index] = _outcome_of(future, sources[index])
            while reported < len(sources) and (outcome := outcomes[reported]) is not None:
                if done is not None:  # in input order, so logs read the same as --jobs 1
                    done(reported, outcome)
                reported += 1
        channel.drain()
    return [o for o in outcomes if o is not None]


def _taken_names(sources: list[Path], job: Job) -> dict[int, OutputError]:
    """Workbooks whose copy would take the name of an earlier one's in this batch ('x/pack.xlsx'
    and 'y/pack.xlsx' into one --out-dir). Run in parallel, both passed the look for an
    existing output and the second replaced the first unasked; one at a time, the second was
    told to use --force, which would do the same. Compared as Windows and macOS compare names,
    whatever the case."""
    first: dict[str, Path] = {}
    taken: dict[int, OutputError] = {}
    for index, source in enumerate(sources):
        target = output_path(source, job)
        key = str(target.parent.resolve() / target.name).casefold()
        if key in first:
            taken[index] = OutputError(
                f"{source.name}: its copy would be {target}, the name of the copy of "
                f"{first[key]} in this run, so it was not made. Sanitise it on its own to "
                "another --out-dir, or rename it"
            )
        else:
            first[key] = source
    return taken


def start_method() -> Any:
    """How the workers start. A copy of this process (fork) has wpxl imported already; a fresh
    interpreter (spawn, what Windows does) imports it again, about half a second a worker,
    which is most of a small batch; wpxl.cores.fork_context says when forking is safe."""
    return fork_context() or multiprocessing.get_context("spawn")


def default_jobs() -> int:
    """One worker per core the process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _sanitise_one(
    index: int, source: Path, job: Job, progress: Progress | None, keep_traceback: bool
) -> Outcome:
    def stage_done(stage: str, step: int, steps: int) -> None:
        if progress is not None:
            progress(index, stage, step, steps)

    stage_done("started", 0, len(STAGES))
    try:
        return Outcome(source, result=sanitise_file(source, job, stage_done))
    except Exception as exc:  # one file's failure is that file's outcome, never the batch's
        trace = "".join(traceback.format_exception(exc))
        if not keep_traceback:  # frames do not cross to the parent process; the text does
            exc.__traceback__ = None
        return Outcome(source, error=exc, trace=trace)


def _worker(index: int, source: Path, job: Job, queue: Any) -> Outcome:
    progress: Progress | None = None
    if queue is not None:

        def progress(i: int, stage: str, step: int, steps: int) -> None:
            queue.put((i, stage, step, steps))

    outcome = _sanitise_one(index, source, job, progress, keep_traceback=False)
    if outcome.error is not None and not _picklable(outcome.error):
        outcome.error = RuntimeError(f"{type(outcome.error).__name__}: {outcome.error}")
    return outcome


def _picklable(exc: BaseException) -> bool:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return False
    return True


def _outcome_of(future: Future[Outcome], source: Path) -> Outcome:
    try:
        return future.result()
    except Exception as exc:  # the worker itself died (out of memory, killed)
        return Outcome(source, error=exc, trace="".join(traceback.format_exception(exc)))


class _ProgressChannel:
    """A queue workers report stages on; made only when someone listens, as it costs a process."""

    def __init__(self, context: Any, progress: Progress | None) -> None:
        self._context = context
        self._progress = progress
        self._manager: Any = None
        self.queue: Any = None

    def __enter__(self) -> _ProgressChannel:
        if self._progress is not None:
            self._manager = self._context.Manager()
            self.queue = self._manager.Queue()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._manager is not None:
            self._manager.shutdown()

    def drain(self) -> None:
        if self.queue is None or self._progress is None:
            return
        while not self.queue.empty():
            self._progress(*self.queue.get_nowait())
