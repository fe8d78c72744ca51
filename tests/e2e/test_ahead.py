"""Groups of sheets read and analysed ahead in worker processes give the very same copy, and the
same refusal, as groups read and analysed one at a time in this process."""

from __future__ import annotations

import multiprocessing
import time
from dataclasses import replace
from pathlib import Path

import pytest

from tests.builders import quarter_by_payment_group, write_book
from wpxl import ahead
from wpxl.ahead import analysed_groups
from wpxl.cores import fork_context
from wpxl.errors import AnalysisError
from wpxl.policy import Policy
from wpxl.read import survey_workbook
from wpxl.read.kept import KeptSheets
from wpxl.sanitise import Job, sanitise_file

pytestmark = pytest.mark.skipif(fork_context() is None, reason="workers are forked, not here")

MEASURES = ("Referrals", "Attachments", "Job starts", "Job outcomes", "Referrals")


def _book(tmp_path: Path, refused: bool = False) -> Path:
    sheets = {f"{m} {i + 1}": quarter_by_payment_group(m, i) for i, m in enumerate(MEASURES)}
    if refused:  # two sheets wpxl will not guess about: the refusal names both
        sheets["Misc 1"] = [["Figures"], [], ["Group", "Apr"], ["JSA 18-24", 17], ["Total", 17]]
        sheets["Misc 2"] = [["Figures"], [], ["Group", "May"], ["JSA 25+", 29], ["Total", 29]]
    return write_book(tmp_path / "offices.xlsx", sheets)


def _copy(source: Path, job: Job, ahead: bool, folder: str) -> bytes:
    done = sanitise_file(source, replace(job, ahead=ahead, out_dir=source.parent / folder))
    return Path(done.output).read_bytes()


def test_the_copy_is_byte_identical_with_workers_or_without(tmp_path, job):
    source = _book(tmp_path)
    assert _copy(source, job, True, "ahead") == _copy(source, job, False, "here")


def test_groups_are_analysed_in_worker_processes_and_come_back_in_order(tmp_path):
    survey = survey_workbook(_book(tmp_path))
    assert len(survey.groups) == len(MEASURES)
    with KeptSheets() as kept:
        seen, workers = [], set()
        for done in analysed_groups(survey, Policy(), kept):
            seen.append([s.name for s in done.book.sheets])
            workers.update(p.pid for p in multiprocessing.active_children())
            assert done.analyses is not None
        assert seen == [[f"{m} {i + 1}"] for i, m in enumerate(MEASURES)]
        assert workers  # read and analysed elsewhere
        assert all(kept.get(i) is not None for i in range(len(MEASURES)))  # for the proof


def test_a_refusal_lists_every_group_s_problems_either_way(tmp_path, job):
    source = _book(tmp_path, refused=True)
    messages = []
    for workers in (True, False):
        with pytest.raises(AnalysisError) as caught:
            sanitise_file(source, replace(job, ahead=workers))
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert "Misc 1" in messages[0] and "Misc 2" in messages[0]


def _unsendable(group: list[int]) -> bytes:
    """A worker whose group holds something that cannot be pickled sends nothing."""
    return b""


def test_a_group_a_worker_cannot_send_is_read_and_analysed_here(tmp_path, job, monkeypatch):
    source = _book(tmp_path)
    here = _copy(source, job, False, "here")
    monkeypatch.setattr(ahead, "_analysed_pickled", _unsendable)  # the workers are forked after
    assert _copy(source, job, True, "ahead") == here


_WORKER_READS = ahead._analysed_pickled


def _slow(group: list[int]) -> bytes:
    """A worker that takes its time over every group, as on a loaded machine."""
    time.sleep(1.5)
    return _WORKER_READS(group)


def test_while_the_worker_is_busy_this_process_reads_groups_too(tmp_path, job, monkeypatch):
    source = _book(tmp_path)
    alone = _copy(source, job, False, "here")
    analysed = ahead._analysed
    here: list[list[int]] = []  # the groups this process read (the worker's calls are its own)

    def spy(survey, group, *args, **kwargs):
        here.append(group)
        return analysed(survey, group, *args, **kwargs)

    monkeypatch.setattr(ahead, "_analysed_pickled", _slow)
    monkeypatch.setattr(ahead, "_analysed", spy)
    assert _copy(source, job, True, "shared") == alone
    assert here and len(here) < len(MEASURES)  # shared: some here, the rest by the worker


def _two_sheets(tmp_path: Path) -> Path:
    sheets = {f"{m} {i + 1}": quarter_by_payment_group(m, i) for i, m in enumerate(MEASURES[:2])}
    return write_book(tmp_path / "two.xlsx", sheets)


def test_with_two_groups_the_worker_analyses_the_second_beside_the_first(tmp_path, monkeypatch):
    survey = survey_workbook(_two_sheets(tmp_path))
    assert len(survey.groups) == 2 and not ahead._worth_reading_ahead(survey)
    analysed, loaded, here, paths = ahead._analysed, ahead._loaded, [], []

    def spy(survey, group, *args, **kwargs):
        here.append(group)
        return analysed(survey, group, *args, **kwargs)

    def load(path):
        paths.append(Path(path))
        return loaded(path)

    monkeypatch.setattr(ahead, "_analysed", spy)
    monkeypatch.setattr(ahead, "_loaded", load)
    with KeptSheets() as kept:
        names = []
        for done in analysed_groups(survey, Policy(), kept):
            names.append([s.name for s in done.book.sheets])
            assert done.analyses is not None
        assert names == [["Referrals 1"], ["Attachments 2"]]
        assert here == [survey.groups[0]]  # the second was read and analysed by the worker
        assert kept.get(0) is not None and kept.get(1) is not None  # both kept for the proof
    assert len(paths) == 1 and not paths[0].parent.exists()  # it waited on disk, then went


def test_two_groups_give_the_same_copy_beside_or_here(tmp_path, job):
    source = _two_sheets(tmp_path)
    assert _copy(source, job, True, "beside") == _copy(source, job, False, "here")


def _unspooled(group: list[int], folder: str) -> str:
    """A worker whose group holds something that cannot be pickled leaves no file."""
    return ""


def test_a_second_group_the_worker_cannot_pickle_is_read_here(tmp_path, job, monkeypatch):
    source = _two_sheets(tmp_path)
    here = _copy(source, job, False, "here")
    monkeypatch.setattr(ahead, "_analysed_spooled", _unspooled)
    assert _copy(source, job, True, "beside") == here
