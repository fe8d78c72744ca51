"""Issue 17's targets, side by side in one run: ``python benchmarks/bench.py [--quick]``.

On MI-shaped workbooks (``workbooks.py``) of 1M cells (``--quick``: 100k) it measures:
- in 16 sheets and in 2 sheets, ``wpxl sanitise`` with its proof against a bare openpyxl
  ``load_workbook`` + ``save`` of the same book: time and peak memory ratios;
- wpxl's peak memory with the same cells in 2, 4, 8 and 16 sheets, and in one sheet of a
  quarter of the cells against one sheet of all of them;
- ``wpxl check OUT --against IN`` against sanitising IN;
- a batch with ``--jobs 2`` against ``--jobs 1`` (best of three each) and ``wpxl --help``;
- one sheet of stacked blocks, a council each, against half as many (linear, or the square of
  the blocks) and against openpyxl;
- where sanitise's time goes on the 16-sheet book: the stage timings wpxl records
  (``FileResult.seconds``) and a cProfile of a separate run, top 25 by cumulative and by own
  time, written to a text file.
Every command runs in its own child process; wall time is measured around it and peak memory
is that child's own maximum resident set size from ``os.wait4``; a child still running after
``LIMIT`` is stopped and its figures shown as bounds. Prints one Markdown table, a row as each
figure is measured (``--table FILE`` keeps a copy, rewritten row by row); each row names the
commit checked out as it was written, since in a shared checkout wpxl may change mid-run. No
timing belongs in the tests: they only check that the generated books are accepted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from processes import tree_pss_kb
from workbooks import COLUMNS, make_stacked_blocks, make_workbook, sheet_shape

NAIVE = (
    "import sys, warnings; warnings.simplefilter('ignore'); import openpyxl; "
    "openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])"
)
# Top 25 by cumulative time, then the same within wpxl's own code (the first are the CLI's
# wrappers), then by own time: what the stages spend their time doing.
PROFILE_TEXT = (
    "import pstats, sys\n"
    "with open(sys.argv[2], 'w') as out:\n"
    "    for key, only in (('cumulative', ''), ('cumulative', '/wpxl/'), ('tottime', '')):\n"
    "        pstats.Stats(sys.argv[1], stream=out).sort_stats(key).print_stats(only, 25)\n"
)
STAGES = ("read", "analyse", "plan", "write", "verify")
# A child still running after this long is stopped and shown as "> LIMIT s": by then it has
# failed its time target many times over, and a slow regression must not hold the run for hours.
LIMIT = 600.0


@dataclass(frozen=True)
class Scale:
    """How big a run is: the cells of the large book, and the batch (workbooks, cells each)."""

    cells: int
    batch: tuple[int, int]
    blocks: int  # stacked on one sheet, a council each


# Full: meant to take about 15 minutes on an idle 2-core machine once sanitise is near its
# targets; on 2026-12-01 it took 63 minutes under a load of 4-6 (other runs on the machine),
# sanitise being 3x openpyxl and more. Quick: 7 minutes under that load.
SCALES = {
    "full": Scale(1_000_000, (8, 20_000), 400),
    "quick": Scale(100_000, (4, 5_000), 100),
}


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_mb: float
    code: int = 0
    stopped: bool = False  # ran past LIMIT: seconds and peak_mb are lower bounds
    tree_mb: float = 0.0  # the most its processes held between them (PSS), sampled


def run(command: list[str], allowed: tuple[int, ...] = (0,), limit: float = LIMIT) -> Measured:
    """Run ``command`` as a child; its wall time, its peak RSS (MB: the largest of it and its
    own children, each alone, as wait4 reports) and its exit code. wpxl reads and analyses
    groups of sheets in worker processes (wpxl.ahead), so what they hold between them is
    sampled too: the proportional set size of the child and its descendants every 50 ms."""
    env = dict(os.environ, SOURCE_DATE_EPOCH="1764028800")
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    tree_kb = 0
    while not (ended := os.wait4(child.pid, os.WNOHANG))[0]:
        if stopped := time.perf_counter() - start > limit:
            child.kill()
            ended = os.wait4(child.pid, 0)
            break
        tree_kb = max(tree_kb, tree_pss_kb(child.pid))
        time.sleep(0.05)
    _, status, usage = ended
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in allowed and not stopped:
        error = child.stderr.read().decode() if child.stderr else ""
        raise SystemExit(f"benchmark: {' '.join(command)} failed:\n{error}")
    return Measured(seconds, usage.ru_maxrss / 1024, code, stopped, tree_kb / 1024)  # KiB


def naive(source: Path, work: Path) -> Measured:
    return run([sys.executable, "-c", NAIVE, str(source), str(work / "naive.xlsx")])


def wpxl(sources: list[Path], out: Path, jobs: int = 1, *extra: str) -> Measured:
    """``wpxl sanitise`` of ``sources`` into a fresh ``out`` folder."""
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "wpxl", "sanitise", *map(str, sources)]
    return run([*command, "--out-dir", str(out), "--quiet", "--jobs", str(jobs), *extra])


def best(measure, repeat: int) -> Measured:
    """The fastest of ``repeat`` runs (the machine is shared), with that run's memory."""
    return min((measure() for _ in range(repeat)), key=lambda m: m.seconds)


def book(work: Path, cells: int, sheets: int) -> Path:
    """An MI workbook of about ``cells`` cells spread evenly over ``sheets`` sheets."""
    rows = round(cells / (sheets * COLUMNS)) - 1
    if sheet_shape(cells, rows)[0] != sheets:
        raise SystemExit(f"benchmark: {cells} cells do not make {sheets} sheets")
    return make_workbook(work / f"mi-{cells}-{sheets}.xlsx", cells, rows)


def size(cells: int) -> str:
    return f"{cells / 1e6:g}M" if cells >= 1_000_000 else f"{cells // 1000}k"


def verdict(ok: bool, *runs: Measured) -> bool | None:
    """Whether a ratio met its target; a ratio over a stopped run is only a bound, so it can
    still fail its "at most" target but not be said to meet it (None: not known)."""
    return None if ok and any(m.stopped for m in runs) else ok


def seconds(m: Measured) -> str:
    return f"> {m.seconds:.0f} s (stopped)" if m.stopped else f"{m.seconds:.2f} s"


def megabytes(m: Measured) -> str:
    return f"≥ {m.peak_mb:.0f} MB" if m.stopped else f"{m.peak_mb:.0f} MB"


def shown(m: Measured) -> str:
    return f"{seconds(m)}, {megabytes(m)}"


class Table:
    """One Markdown table of every figure, printed a row at a time and kept in ``path``."""

    HEAD = (
        "| figure | wpxl | against | ratio | target | met | code measured |\n"
        "|---|---|---|---|---|---|---|"
    )

    def __init__(self, path: Path | None, intro: str) -> None:
        self.path, self.rows, self.notes = path, [intro, "", self.HEAD], []
        print(*self.rows, sep="\n", flush=True)

    def add(
        self,
        what: str,
        ours: str,
        against: str = "",
        ratio: float | None = None,
        target: str = "",
        met: bool | None = None,
    ) -> None:
        shown_ratio = "" if ratio is None else f"{ratio:.2f}x"
        verdict = {True: "yes", False: "no", None: ""}[met]
        cells = [what, ours, against, shown_ratio, target, verdict, code_measured()]
        row = "| " + " | ".join(cells) + " |"
        self.rows.append(row)
        print(row, flush=True)
        self.save()

    def note(self, line: str) -> None:
        self.notes.append(line)
        print(line, flush=True)
        self.save()

    def save(self) -> None:
        if self.path is not None:
            self.path.write_text("\n".join([*self.rows, "", *self.notes]) + "\n")


def side_by_side(table: Table, work: Path, cells: int, sheets: int) -> tuple[Path, Path, Measured]:
    """wpxl sanitise against openpyxl load + save of one book; (input, output, wpxl's run)."""
    source = book(work, cells, sheets)
    a = naive(source, work)
    out = work / f"out-{sheets}"
    b = wpxl([source], out, 1, "--report", str(work / f"report-{sheets}.json"))
    what = f"{size(cells)} cells in {sheets} sheets, sanitise vs openpyxl load + save"
    time_ratio, memory_ratio = b.seconds / a.seconds, b.peak_mb / a.peak_mb
    table.add(
        f"{what}: time",
        seconds(b),
        f"{a.seconds:.2f} s",
        time_ratio,
        "≤ 1.0x (stretch ≤ 0.7x)",
        verdict(time_ratio <= 1.0, b),
    )
    table.add(
        f"{what}: peak memory",
        megabytes(b),
        f"{a.peak_mb:.0f} MB",
        memory_ratio,
        "≤ 0.2x",
        verdict(memory_ratio <= 0.2, b),
    )
    tree_ratio = b.tree_mb / a.tree_mb if a.tree_mb else float("nan")
    table.add(
        f"{what}: peak memory of all its processes (PSS, sampled every 50 ms)",
        f"{b.tree_mb:.0f} MB",
        f"{a.tree_mb:.0f} MB",
        tree_ratio,
        "≤ 0.2x",
        verdict(tree_ratio <= 0.2, b),
    )
    return source, out / f"{source.stem}-sanitised.xlsx", b


def stages(table: Table, report: Path, run_: Measured, label: str) -> None:
    """Where sanitise's time went, as wpxl recorded it per stage (FileResult.seconds)."""
    laps = json.loads(report.read_text())["files"][0]["seconds"]
    for stage in [*STAGES, *sorted(set(laps) - set(STAGES))]:
        spent = laps.get(stage, 0.0)
        table.add(
            f"{label}: stage {stage}",
            f"{spent:.2f} s ({spent / run_.seconds:.0%})",
            f"of {run_.seconds:.2f} s",
        )
    rest = run_.seconds - sum(laps.values())
    table.add(
        f"{label}: outside the stages (start-up, report)",
        f"{rest:.2f} s ({rest / run_.seconds:.0%})",
        f"of {run_.seconds:.2f} s",
    )


def check_against(table: Table, output: Path, source: Path, sanitised: Measured) -> None:
    """``wpxl check OUT --against IN`` (exit 1 means findings: timed all the same, and said)."""
    command = [sys.executable, "-m", "wpxl", "check", str(output), "--against", str(source)]
    m = run(command, allowed=(0, 1))
    found = " (exit 1: findings)" if m.code else ""
    ratio = m.seconds / sanitised.seconds
    table.add(
        f"`wpxl check OUT --against IN` vs sanitise IN ({source.stem}){found}",
        shown(m),
        shown(sanitised),
        ratio,
        "≤ 1.0x",
        verdict(ratio <= 1.0, m),
    )


def memory_by_sheets(table: Table, work: Path, cells: int, known: dict[int, Measured]) -> None:
    """Peak memory with the same cells in 2, 4, 8 and 16 sheets (``known`` are measured)."""
    for sheets in (2, 4, 8, 16):
        if sheets not in known:
            known[sheets] = wpxl([book(work, cells, sheets)], work / "out")
    peaks = [known[s].peak_mb for s in (2, 4, 8, 16)]
    spread = max(peaks) / min(peaks)
    table.add(
        f"peak memory, {size(cells)} cells in 2 / 4 / 8 / 16 sheets",
        " / ".join(megabytes(known[s]) for s in (2, 4, 8, 16)),
        "largest / smallest",
        spread,
        "flat (≤ 1.5x)",
        verdict(spread <= 1.5, *known.values()),
    )


def memory_by_sheet_size(table: Table, work: Path, cells: int) -> None:
    """Peak memory of one sheet of ``cells`` against one sheet of a quarter as many."""
    small = wpxl([book(work, cells // 4, 1)], work / "out")
    large = wpxl([book(work, cells, 1)], work / "out")
    ratio = large.peak_mb / small.peak_mb
    table.add(
        f"peak memory, 1 sheet of {size(cells)} vs 1 sheet of {size(cells // 4)} cells",
        shown(large),
        shown(small),
        ratio,
        "≤ 1.5x",
        verdict(ratio <= 1.5, large, small),
    )


def jobs(table: Table, work: Path, count: int, cells: int) -> None:
    """A batch with --jobs 2 against --jobs 1, best of three each."""
    batch = [make_workbook(work / f"pack-{i:02d}.xlsx", cells, seed=i) for i in range(count)]
    one = best(lambda: wpxl(batch, work / "out", 1), 3)
    two = best(lambda: wpxl(batch, work / "out", 2), 3)
    speed_up = one.seconds / two.seconds
    table.add(
        f"batch of {count} workbooks of {size(cells)} cells: `--jobs 2` vs `--jobs 1`",
        f"{two.seconds:.2f} s",
        f"{one.seconds:.2f} s",
        speed_up,
        "≥ 1.7x speed-up (ratio is jobs 1 / jobs 2)",
        verdict(speed_up >= 1.7, one, two),
    )


def stacked_blocks(table: Table, work: Path, blocks: int) -> None:
    """One sheet of ``blocks`` stacked blocks against half as many (twice the time where the
    readings are linear), and against openpyxl load + save of the larger."""
    large = make_stacked_blocks(work / "blocks-large.xlsx", blocks)  # no figure in a name
    small = make_stacked_blocks(work / "blocks-small.xlsx", blocks // 2)
    a, b = wpxl([small], work / "out"), wpxl([large], work / "out")
    growth = b.seconds / a.seconds
    table.add(
        f"one sheet of {blocks} stacked blocks (a council each) vs {blocks // 2}: time",
        seconds(b),
        seconds(a),
        growth,
        "≤ 2.5x (linear in the blocks)",
        verdict(growth <= 2.5, a, b),
    )
    plain = naive(large, work)
    ratio = b.seconds / plain.seconds
    table.add(
        f"one sheet of {blocks} stacked blocks, sanitise vs openpyxl load + save: time",
        seconds(b),
        f"{plain.seconds:.2f} s",
        ratio,
        "≤ 1.0x",
        verdict(ratio <= 1.0, b),
    )


def start_up(table: Table) -> None:
    script = Path(sys.executable).with_name("wpxl")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "wpxl"]
    helped = best(lambda: run([*command, "--help"]), 5)
    table.add(
        "`wpxl --help` (best of 5)",
        f"{helped.seconds:.3f} s",
        target="≤ 0.3 s",
        met=helped.seconds <= 0.3,
    )


def profile(table: Table, source: Path, work: Path, text: Path) -> None:
    """Sanitise ``source`` once more under cProfile; its top 25 functions go to ``text``."""
    stats = work / "sanitise.prof"
    shutil.rmtree(work / "out", ignore_errors=True)
    command = [sys.executable, "-m", "cProfile", "-o", str(stats), "-m", "wpxl", "sanitise"]
    arguments = [str(source), "--out-dir", str(work / "out"), "--quiet", "--jobs", "1"]
    m = run([*command, *arguments], limit=4 * LIMIT)  # cProfile slows it about 3.5x
    if not m.stopped:
        run([sys.executable, "-c", PROFILE_TEXT, str(stats), str(text)])
    table.add(f"{source.stem} sanitise under cProfile (profile in {text})", shown(m))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100k cells instead of 1M")
    parser.add_argument("--table", type=Path, help="also write the table to this file")
    parser.add_argument(
        "--profile",
        type=Path,
        default=Path(__file__).resolve().parent / "profile.txt",
        help="where the cProfile top 25 goes (default: %(default)s)",
    )
    args = parser.parse_args()
    scale = SCALES["quick" if args.quick else "full"]
    compile_wpxl()
    started, load = time.perf_counter(), os.getloadavg()
    table = Table(args.table, f"wpxl benchmark started {time.ctime()} at {code_measured()}:")
    with tempfile.TemporaryDirectory(prefix="wpxl-bench-") as folder:
        work = Path(folder)
        label = f"{size(scale.cells)} cells, 16 sheets"
        source, output, sixteen = side_by_side(table, work, scale.cells, 16)
        if sixteen.stopped:
            table.add(f"{label}: stage timings and check", "not measured: sanitise stopped")
        else:
            stages(table, work / "report-16.json", sixteen, label)
            check_against(table, output, source, sixteen)
        two = side_by_side(table, work, scale.cells, 2)[2]
        jobs(table, work, *scale.batch)
        stacked_blocks(table, work, scale.blocks)
        start_up(table)
        memory_by_sheets(table, work, scale.cells, {16: sixteen, 2: two})
        memory_by_sheet_size(table, work, scale.cells)
        profile(table, source, work, args.profile.resolve())
    table.note(
        f"\nLoad average (1, 5, 15 min) before: {', '.join(f'{x:.2f}' for x in load)}; "
        f"after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}; "
        f"{os.cpu_count()} cores; whole run {time.perf_counter() - started:.0f} s."
    )


def compile_wpxl() -> None:
    """Write wpxl's bytecode before timing it, as pip does when it installs a wheel (and as
    openpyxl's was when it was installed): a checkout run with PYTHONDONTWRITEBYTECODE set
    would otherwise compile every module at each start, about 0.3 s a process that no
    installed copy pays."""
    package = Path(__file__).resolve().parent.parent / "wpxl"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)


def code_measured() -> str:
    """The commit just measured, and whether wpxl/ had uncommitted changes: in a shared
    checkout the code can change between rows of one run, and the table must say so."""
    git = ["git", "-C", str(Path(__file__).parent)]
    head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run([*git, "status", "--porcelain", "--", "../wpxl"], capture_output=True)
    edited = " + edits in wpxl/" if dirty.stdout.strip() else ""
    return f"{head.stdout.strip() or '?'}{edited}"


if __name__ == "__main__":
    main()
