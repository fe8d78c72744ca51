"""Benchmark wpxl against the naive approach, side by side: ``python benchmarks/bench.py``.

For MI-shaped workbooks of 10k, 100k and 1M cells it measures (a) a bare openpyxl
``load_workbook`` + ``save`` of the same file, the cost of the naive tool, and (b) ``wpxl
sanitise`` including verification. Each runs in its own child process; wall time is measured
around it and peak memory is that child's own maximum resident set size from ``os.wait4``. It
also checks that memory stays flat as sheets are added, that ``--jobs 2`` speeds a batch of 20
workbooks up, and how fast ``wpxl --help`` answers. Prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from workbooks import COLUMNS, ROWS_PER_SHEET, make_workbook, sheet_shape

NAIVE = (
    "import sys, warnings; warnings.simplefilter('ignore'); import openpyxl; "
    "openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])"
)
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
BATCH_CELLS = 20_000
PER_SHEET = (ROWS_PER_SHEET + 1) * COLUMNS


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_mb: float


def run(command: list[str]) -> Measured:
    """Run ``command`` as a child; its wall time and its own peak RSS (MB)."""
    env = dict(os.environ, SOURCE_DATE_EPOCH="1764028800")
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        error = child.stderr.read().decode() if child.stderr else ""
        raise SystemExit(f"benchmark: {' '.join(command)} failed:\n{error}")
    return Measured(seconds, usage.ru_maxrss / 1024)  # Linux reports KiB


def naive(source: Path, work: Path) -> Measured:
    return run([sys.executable, "-c", NAIVE, str(source), str(work / "naive.xlsx")])


def wpxl(sources: list[Path], work: Path, jobs: int = 1) -> Measured:
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "wpxl", "sanitise", *map(str, sources)]
    return run([*command, "--out-dir", str(out), "--quiet", "--jobs", str(jobs)])


def best(measure, repeat: int) -> Measured:
    """The fastest of ``repeat`` runs (the machine is shared), with that run's memory."""
    return min((measure() for _ in range(repeat)), key=lambda m: m.seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1M", help="comma-separated: 10k,100k,1M")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (best kept)")
    parser.add_argument("--skip-extra", action="store_true", help="only the size table")
    parser.add_argument(
        "--batch-repeat", type=int, default=3,
        help="runs of each batch measurement (best kept): a ratio of two short runs is the "
        "measurement a shared machine's noise moves most",
    )  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wpxl-bench-") as folder:
        work = Path(folder)
        print("| cells | sheets | openpyxl load+save | wpxl sanitise | time ratio | memory ratio |")
        print("|---|---|---|---|---|---|")
        measured: dict[str, Measured] = {}
        for label in args.sizes.split(","):
            cells = SIZES[label]
            source = make_workbook(work / f"mi-{label}.xlsx", cells)
            a = best(lambda s=source: naive(s, work), args.repeat)
            largest = (label, source, a)
            b = measured[label] = best(lambda s=source: wpxl([s], work), args.repeat)
            print(
                f"| {label} | {sheet_shape(cells)[0]} | {a.seconds:.2f} s, {a.peak_mb:.0f} MB "
                f"| {b.seconds:.2f} s, {b.peak_mb:.0f} MB | {b.seconds / a.seconds:.2f} "
                f"| {b.peak_mb / a.peak_mb:.2f} |",
                flush=True,
            )
        _floor(*largest)
        if args.skip_extra:
            return
        print(
            f"\nPeak memory of wpxl as sheets ({ROWS_PER_SHEET:,} councils x 24 months) are added:"
        )
        for sheets in (2, 4, 8) + ((16,) if "1M" not in measured else ()):
            source = make_workbook(work / f"sheets-{sheets}.xlsx", sheets * PER_SHEET)
            print(f"- {sheets} sheets: {wpxl([source], work).peak_mb:.0f} MB", flush=True)
        if "1M" in measured:
            print(f"- 16 sheets (the 1M workbook above): {measured['1M'].peak_mb:.0f} MB")
        batch = [make_workbook(work / f"pack-{i:02d}.xlsx", BATCH_CELLS, seed=i) for i in range(20)]
        one = best(lambda: wpxl(batch, work, jobs=1), args.batch_repeat)
        two = best(lambda: wpxl(batch, work, jobs=2), args.batch_repeat)
        print(
            f"\nBatch of 20 workbooks of {BATCH_CELLS // 1000}k cells: "
            f"--jobs 1 {one.seconds:.2f} s,"
            f" --jobs 2 {two.seconds:.2f} s, speed-up {one.seconds / two.seconds:.2f}x",
            flush=True,
        )
        script = Path(sys.executable).with_name("wpxl")
        command = [str(script)] if script.exists() else [sys.executable, "-m", "wpxl"]
        helped = best(lambda: run([*command, "--help"]), 5)
        print(f"`wpxl --help`: {helped.seconds:.3f} s")


def _floor(label: str, source: Path, naive_run: Measured) -> None:
    """The floor's steps on the largest workbook, against the same run's openpyxl figure."""
    try:
        import python_calamine  # noqa: F401 (only the floor's children use it)
    except ImportError:
        print("\n(pip install python-calamine to measure the floor as well)")
        return
    from floor import measure_steps  # beside this script; it imports from this module

    # Time only: a child's peak memory as the kernel reports it starts from this process's,
    # which holds more than these small children do (floor.py alone measures their memory).
    print(f"\nThe floor's steps on the {label} workbook, against (a) above:")
    for what, m in measure_steps(source).items():
        print(f"- {what}: {m.seconds:.2f} s ({m.seconds / naive_run.seconds:.2f}x)", flush=True)


if __name__ == "__main__":
    main()
