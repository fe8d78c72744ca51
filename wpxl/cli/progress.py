"""What a batch shows while it runs and when it ends: rich bars, summary lines, a final table.

Bars appear only when stdout is a terminal, so logs and pipes get plain lines. The per-file
summary line and the one-line error on stderr are the same in every mode (scripts and tests
read them); ``--quiet`` keeps only the errors, ``--verbose`` adds stage timings, skipped files
and the final table even when stdout is not a terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn
from rich.table import Table

from wpxl.batch import Outcome, Skipped
from wpxl.cli.common import report_error
from wpxl.errors import WpxlError
from wpxl.plan.unseen_places import NOT_CARRIED
from wpxl.report import FileResult, removed_in_place, summary_line

# A workbook this big (bytes) gets its own bar through the stages.
LARGE_WORKBOOK = 250_000
_DOING = {"started": "reading", "read": "analysing", "analyse": "planning", "plan": "writing",
          "write": "verifying", "verify": "done"}  # fmt: skip


class BatchDisplay:
    def __init__(
        self,
        sources: list[Path],
        quiet: bool,
        verbose: bool,
        extra: Callable[[FileResult], list[str]] | None = None,
    ) -> None:
        self._sources = sources
        self._extra = extra
        self._quiet = quiet
        self._verbose = verbose
        self._console = Console(highlight=False, soft_wrap=False)
        self.live = self._console.is_terminal and not quiet
        self._progress: Progress | None = None
        self._batch: TaskID | None = None
        self._files: dict[int, TaskID] = {}

    def __enter__(self) -> BatchDisplay:
        if self.live:
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=self._console,
                transient=True,
                auto_refresh=False,  # redrawn as stages end: no thread, so workers can fork
            )
            self._progress.start()
            self._batch = self._progress.add_task("workbooks", total=len(self._sources))
            self._progress.refresh()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def skipped(self, items: list[Skipped]) -> None:
        if self._verbose:
            for item in items:
                self._say(f"skipped {item.path}: {item.why}")

    def stage(self, index: int, stage: str, step: int, steps: int) -> None:
        """A stage of one file finished: move its bar, if it is big enough to have one."""
        if self._progress is None:
            return
        if stage == "started":
            source = self._sources[index]
            if source.is_file() and source.stat().st_size >= LARGE_WORKBOOK:
                self._files[index] = self._progress.add_task(source.name, total=steps)
        task = self._files.get(index)
        if task is not None:
            name = self._sources[index].name
            self._progress.update(task, completed=step, description=f"{name}: {_DOING[stage]}")
            self._progress.refresh()

    def file_done(self, index: int, outcome: Outcome) -> None:
        if self._progress is not None:
            task = self._files.pop(index, None)
            if task is not None:
                self._progress.remove_task(task)
            if self._batch is not None:
                self._progress.advance(self._batch)
            self._progress.refresh()
        if outcome.error is not None:
            report_error(outcome.error, outcome.source.name, outcome.trace)
            return
        result = outcome.result
        if result is None or self._quiet:
            return
        self._say(summary_line(result))
        for warning in result.warnings:
            self._say(f"  warning: {warning.where}: {warning.message}")
        for removal in removed_in_place(result):  # on the cover too: none leaves in silence
            # what was found there, where the reason does not say ('comments', 'white text')
            what = f"{removal.kind}, " if removal.why == NOT_CARRIED else ""
            self._say(f"  removed: {removal.where}: {what}{removal.why}")
        for line in self._extra(result) if self._extra is not None else []:
            self._say(line)
        if self._verbose:
            laps = ", ".join(
                f"{stage} {seconds:.2f} s" for stage, seconds in result.seconds.items()
            )
            self._say(f"  time: {laps}")

    def finish(self, outcomes: list[Outcome]) -> None:
        """The final table and one closing sentence, for a person looking at a window."""
        if self._quiet or not (self.live or self._verbose):
            return
        table = Table(title="wpxl sanitise", title_justify="left")
        for column in ("File", "Status", "Output", "Warnings", "Removed"):
            table.add_column(column, overflow="fold")
        for outcome in outcomes:
            result = outcome.result
            table.add_row(
                outcome.source.name,
                status_of(outcome),
                Path(result.output).name if result and result.output else "-",
                str(len(result.warnings)) if result else "-",
                str(len(removed_in_place(result))) if result else "-",
            )
        self._console.print(table)
        self._say(closing_sentence(outcomes))

    def _say(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            typer.echo(line)


def status_of(outcome: Outcome) -> str:
    if outcome.ok:
        return "ready to send"
    return "refused" if isinstance(outcome.error, WpxlError) else "failed"


def closing_sentence(outcomes: list[Outcome]) -> str:
    """'3 ready to send, 1 refused: see why above' - what a dropped batch ends with."""
    counts = {"ready to send": 0, "refused": 0, "failed": 0}
    for outcome in outcomes:
        counts[status_of(outcome)] += 1
    parts = [f"{n} {status}" for status, n in counts.items() if n or status == "ready to send"]
    sentence = ", ".join(parts)
    return sentence + (": see why above" if counts["refused"] or counts["failed"] else "")
