import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.builders import referrals_table, write_book
from wpxl.batch import expand_inputs, run_batch, start_method
from wpxl.errors import InputError


def _pack(path: Path, first: int = 12) -> Path:
    return write_book(path, {"Referrals": referrals_table([[first, 9], [30, 11]])})


def test_folder_gives_its_workbooks_sorted_and_skips_outputs_lock_files_and_others(tmp_path):
    _pack(tmp_path / "b.xlsx")
    _pack(tmp_path / "a.xlsm")
    _pack(tmp_path / "b-sanitised.xlsx")
    (tmp_path / "~$b.xlsx").write_bytes(b"lock")
    (tmp_path / "notes.txt").write_text("not a workbook")
    (tmp_path / "sub").mkdir()
    _pack(tmp_path / "sub" / "c.xlsx")
    found, skipped = expand_inputs([str(tmp_path)])
    assert found == [tmp_path / "a.xlsm", tmp_path / "b.xlsx"]
    assert {(s.path.name, s.why) for s in skipped} == {
        ("b-sanitised.xlsx", "a copy wpxl made already"),
        ("~$b.xlsx", "an Office lock file, not a workbook"),
    }
    deep, _ = expand_inputs([str(tmp_path)], recursive=True)
    assert deep == [tmp_path / "a.xlsm", tmp_path / "b.xlsx", tmp_path / "sub" / "c.xlsx"]


def test_glob_patterns_are_expanded_as_a_windows_shell_would_not(tmp_path):
    for name in ("may.xlsx", "june.xlsx", "june-sanitised.xlsx", "june.csv"):
        (tmp_path / name).write_bytes(b"x")
    found, skipped = expand_inputs([str(tmp_path / "*")])
    assert found == [tmp_path / "june.xlsx", tmp_path / "may.xlsx"]
    assert [s.path.name for s in skipped] == ["june-sanitised.xlsx"]


def test_a_name_that_exists_is_taken_literally_and_a_missing_one_is_kept_to_be_reported(tmp_path):
    odd = tmp_path / "pack [v2] *final*.xlsx"
    odd.write_bytes(b"x")
    missing = tmp_path / "missing.xlsx"
    found, _ = expand_inputs([str(odd), str(missing), str(tmp_path / "nothing*.xlsx"), str(odd)])
    assert found == [odd, missing, tmp_path / "nothing*.xlsx"]


def test_one_bad_file_never_stops_the_batch_and_outcomes_keep_input_order(tmp_path, job):
    good = _pack(tmp_path / "good.xlsx")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"council,referrals\n")
    other = _pack(tmp_path / "other.xlsx", first=50)
    outcomes = run_batch([bad, good, other], job, jobs=2)
    assert [o.source for o in outcomes] == [bad, good, other]
    assert [o.ok for o in outcomes] == [False, True, True]
    assert isinstance(outcomes[0].error, InputError)
    assert str(outcomes[0].error).startswith("bad.xlsx: not an Excel workbook")


@pytest.fixture(params=["forked", "spawned"])
def workers_start(request) -> Iterator[str]:
    """Workers forked from a process running only this thread, or spawned because another
    thread runs (as the live progress display does in a terminal)."""
    if request.param == "forked":
        yield "fork"
        return
    stop = threading.Event()
    display = threading.Thread(target=stop.wait)
    display.start()
    try:
        yield "spawn"
    finally:
        stop.set()
        display.join()


def test_a_process_with_another_thread_running_is_never_forked(workers_start):
    assert start_method().get_start_method() == workers_start


def test_parallel_outputs_are_byte_identical_to_serial_ones(tmp_path, job, workers_start):
    sources = [_pack(tmp_path / f"pack{i}.xlsx", first=i * 7) for i in range(4)]
    serial = type(job)(policy=job.policy, audience=job.audience, out_dir=tmp_path / "serial")
    parallel = type(job)(policy=job.policy, audience=job.audience, out_dir=tmp_path / "parallel")
    run_batch(sources, serial, jobs=1)
    seen: list[tuple[int, str]] = []
    run_batch(sources, parallel, jobs=2, progress=lambda i, stage, *_: seen.append((i, stage)))
    for source in sources:
        name = f"{source.stem}-sanitised.xlsx"
        assert (tmp_path / "parallel" / name).read_bytes() == (
            tmp_path / "serial" / name
        ).read_bytes()
    assert sorted(seen) == sorted(
        (i, stage)
        for i in range(4)
        for stage in ("started", "read", "analyse", "plan", "write", "verify")
    )
