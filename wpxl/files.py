"""The rules every file wpxl writes follows, kept in one place so they cannot drift apart.

An output appears whole or not at all: it is written to a hidden temporary file beside its final
name and moved into place with ``os.replace`` only when the writer (and, for workbooks, the
proof) is done; on any failure the temporary file is removed. Outputs get the permissions any new
file of the user's would get, not mkstemp's owner-only ones, since they are made to be shared.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from wpxl.errors import OutputError

ABANDONED_AFTER_SECONDS = 3600
_ATTEMPTS = 3  # tries at a temporary file in a folder a refused run may remove
LOCK_PREFIX = "~$"  # Office keeps "~$book.xlsx" beside a workbook it has open


@cache
def plain_file_mode() -> int:
    """What ``open()`` would give a new file under the user's umask."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def atomic_target(
    target: Path, remake_folder: bool = False, replace: bool = True
) -> Iterator[Path]:
    """A temporary path to write ``target``'s content to; moved into place when the block ends
    without an error, removed when it raises. ``remake_folder``: the folder is one a run made
    (``prepared_folder``), which a refused run beside this one may have taken away again.
    ``replace`` False (no --force): a file that appeared at ``target`` while this one was
    written (another run, or another workbook of the same name in this batch) is kept, and
    this one refused, as the run checked only at its start that the name was free."""
    partial = _temporary_beside(target, remake_folder)
    try:
        yield partial
        os.chmod(partial, plain_file_mode())
        _put(partial, target, replace)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


@contextlib.contextmanager
def staged_target(target: Path, remake_folder: bool = False) -> Iterator[Path]:
    """A temporary path beside ``target`` that stays, whole, when the block ends without an
    error (removed when it raises). A release puts it at ``target`` only once the register
    has agreed to log it (``placed``): written in place at once, as ``atomic_target`` does, a
    copy replacing an earlier release's with --force was lost with it when a suspension made
    meanwhile refused the release."""
    partial = _temporary_beside(target, remake_folder)
    try:
        yield partial
        os.chmod(partial, plain_file_mode())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise


@contextlib.contextmanager
def placed(staged: Path, target: Path, replace: bool) -> Iterator[None]:
    """``staged`` put at ``target`` for the block; when the block raises (the register could
    not commit the release), ``target`` holds again what it held before, so an earlier
    release's file is never lost to one that was not logged. The earlier file is kept aside
    by a second link to it (a copy where the file system has no links) until the block ends."""
    aside = _kept_aside(target) if replace and target.exists() else None
    put = False
    try:
        _put(staged, target, replace)
        put = True
        yield
    except BaseException:
        if aside is not None:
            os.replace(aside, target)
        elif put:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
        raise
    finally:
        for leftover in (staged, aside):
            if leftover is not None:
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()


def _kept_aside(target: Path) -> Path:
    aside = _temporary_beside(target, remake_folder=False)
    aside.unlink()
    try:
        os.link(target, aside)
    except OSError:
        shutil.copy2(target, aside)
    return aside


def _temporary_beside(target: Path, remake_folder: bool) -> Path:
    """An empty hidden file beside ``target``, named so ``sweep_abandoned_parts`` finds it."""
    for attempt in range(_ATTEMPTS):
        try:
            handle, temporary = tempfile.mkstemp(
                prefix=f".{target.stem}.", suffix=".part", dir=target.parent
            )
            break
        except FileNotFoundError:
            if not remake_folder or attempt == _ATTEMPTS - 1:
                raise
            target.parent.mkdir(parents=True, exist_ok=True)
    os.close(handle)
    return Path(temporary)


def _put(partial: Path, target: Path, replace: bool) -> None:
    if replace:
        _replace(partial, target)
    else:
        _place_new(partial, target)


def write_atomically(target: Path, content: str, replace: bool = True) -> None:
    """Write a text file (report, e-mail note) whole or not at all; ``replace`` False keeps a
    file already at ``target`` and raises OutputError."""
    with atomic_target(target, replace=replace) as partial:
        partial.write_text(content, encoding="utf-8")


def _replace(partial: Path, target: Path) -> None:
    try:
        os.replace(partial, target)
    except OSError as exc:
        raise OutputError(
            f"{target.name}: cannot replace {target} ({exc.strerror}). Close it if it is open in "
            "Excel, or choose another --out-dir"
        ) from exc


def _place_new(partial: Path, target: Path) -> None:
    """Move ``partial`` to ``target`` only if no file is there: a hard link fails on an
    existing name in one step, where a look then a rename leaves a moment for another run. A
    file system without hard links (FAT, some shares) gets the look then the rename."""
    try:
        os.link(partial, target)
    except FileExistsError as exc:
        raise OutputError(
            f"{target.name}: {target} appeared while wpxl was writing it (another run, or "
            "another workbook of that name), and was kept. Use --force to replace it, or "
            "another --out-dir"
        ) from exc
    except OSError:
        if target.exists():
            raise OutputError(
                f"{target.name}: {target} appeared while wpxl was writing it, and was kept. Use "
                "--force to replace it, or another --out-dir"
            ) from None
        _replace(partial, target)


def check_replaceable(target: Path) -> None:
    """Say in one sentence why an existing output cannot be replaced, before any work is done."""
    lock = target.with_name(LOCK_PREFIX + target.name)
    if lock.exists():
        raise OutputError(
            f"{target.name}: {target} is open in Excel (its lock file {lock.name} is beside it). "
            "Close it and try again, or choose another --out-dir"
        )
    if target.is_dir():
        raise OutputError(
            f"{target.name}: {target} is a folder. Remove or rename it, or choose another --out-dir"
        )
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputError(
            f"{target.name}: {target} is read-only. Make it writable, or choose another --out-dir"
        )


@contextlib.contextmanager
def prepared_folder(folder: Path, name: str) -> Iterator[None]:
    """The output folder, created for the block with any missing folders above it, or an
    error saying why wpxl cannot write there (``name`` names the input). When the block raises
    (the proof refused the copy), the folders it created go again if still empty: a refusal
    leaves nothing new behind, as the output itself appears whole or not at all."""
    missing = []
    for place in (folder, *folder.parents):
        if place.exists():
            break
        missing.append(place)  # the deepest first
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"{name}: cannot create the output folder {folder} ({exc.strerror}). "
            "Choose another --out-dir"
        ) from exc
    try:
        if not os.access(folder, os.W_OK):
            raise OutputError(
                f"{name}: the output folder {folder} is not writable. Choose another --out-dir"
            )
        yield
    except BaseException:
        for made in missing:
            with contextlib.suppress(OSError):  # another run's output is in it: it stays
                made.rmdir()
        raise


def sweep_abandoned_parts(target: Path) -> None:
    """Remove this output's temporary files left by a run that was killed (an hour old or more:
    a run still writing one is never that slow)."""
    cutoff = time.time() - ABANDONED_AFTER_SECONDS
    for part in target.parent.glob(f".{glob.escape(target.stem)}.*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < cutoff:
                part.unlink()
