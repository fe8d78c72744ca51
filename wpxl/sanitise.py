"""Run one workbook through every stage, read -> analyse -> plan -> write -> verify -> report.

Read, analyse and plan run a group of sheets at a time (sheets whose formulas refer to each
other go together), so memory holds one group however many sheets the workbook has; the planned
sheets wait on disk until the whole workbook is known, then are written and proved one by one.
The output appears only once it has passed verification (``wpxl.files.atomic_target``), so no
half-written or unproven workbook is ever left behind.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from wpxl.ahead import analysed_groups
from wpxl.analyse import analyse_workbook
from wpxl.errors import AnalysisError, OutputError, VerificationError
from wpxl.files import (
    atomic_target,
    check_replaceable,
    prepared_folder,
    staged_target,
    sweep_abandoned_parts,
)
from wpxl.model import LEFT_OUT, Plan, Role, SheetAnalysis
from wpxl.model.collector import fewer_collections
from wpxl.model.layout import output_sheet_name
from wpxl.model.regrouping import RegroupedSheet
from wpxl.model.sheetref import a1
from wpxl.plan import Audience, PlanBuilder
from wpxl.plan.file_names import names_a_person
from wpxl.plan.quoting import names_an_outcome_amount, without_names
from wpxl.plan.regroup import not_aggregated, regroup_book
from wpxl.plan.store import StoredSheets
from wpxl.policy import Policy
from wpxl.read import (
    ReadInput,
    has_content,
    merge_counts,
    nothing_to_share,
    sheet_sizes,
    survey_workbook,
)
from wpxl.read.kept import KeptSheets
from wpxl.read.left_out import leave_out
from wpxl.read.place_numbers import without_places
from wpxl.read.quoted_figures import file_words, quotes_a_figure
from wpxl.report import FileResult, TableSummary, result_from_plan
from wpxl.report.results import report_title
from wpxl.report.rolegrid import TextRule, carried_unchanged, render_sheet_grid
from wpxl.verify import Spare, standing_by, verify_output, what_to_change
from wpxl.verify.leaks import PERSONAL, Finding
from wpxl.write import write_plan

SUFFIX = "-sanitised.xlsx"


@dataclass(frozen=True, slots=True)
class Job:
    """What to make of each input file."""

    policy: Policy
    audience: Audience
    out_dir: Path | None = None
    force: bool = False
    output_name: str | None = None  # a name pattern with {stem}; default '<stem>-sanitised.xlsx'
    grids: bool = False  # draw each sheet's role grid for the HTML report
    aggregate: tuple[str, ...] = ()  # proposals (wpxl.plan.proposals) to put in the output
    ahead: bool = True  # whether worker processes may analyse (wpxl.ahead) and prove sheets
    # a release's copy waits, proved, under a hidden name (FileResult.staged) for the register
    staged: bool = False
    left_out: tuple[str, ...] = ()  # sheets not to share (--leave-out), read as hidden ones


def output_path(source: Path, job: Job) -> Path:
    name = (job.output_name or "{stem}" + SUFFIX).format(stem=source.stem)
    folder = job.out_dir if job.out_dir is not None else source.parent
    return folder / name


STAGES = ("read", "analyse", "plan", "write", "verify")
# Told each stage as it finishes: (stage, stages done, stages in all), for progress bars.
StageProgress = Callable[[str, int, int], None]


def sanitise_file(source: Path, job: Job, progress: StageProgress | None = None) -> FileResult:
    """Make the safe copy of ``source``; raise a WpxlError subclass if it cannot be done."""
    target = output_path(source, job)
    if target.resolve() == source.resolve():
        raise OutputError(
            f"{source.name}: the output would replace the input. Choose another --out-dir"
        )
    if target.exists() and not job.force:
        raise OutputError(
            f"{source.name}: {target} already exists. Use --force to replace it, or --out-dir"
        )
    with fewer_collections():
        return _sanitise(source, target, job, _Clock(progress))


def _sanitise(source: Path, target: Path, job: Job, clock: _Clock) -> FileResult:
    survey = leave_out(survey_workbook(source), job.left_out)
    clock.steps = 3 + 2 * len(survey.groups)
    clock.lap("read")
    regrouped: dict[str, RegroupedSheet] = {}  # --aggregate's sheets, which the copy matches
    with StoredSheets() as stored, KeptSheets() as kept:
        read = ReadInput(survey, kept)  # the input as read, which the proof reads again
        with standing_by(read, sum(sheet_sizes(survey)) if job.ahead else 0) as spare:
            return _made(source, target, job, clock, read, stored, regrouped, spare)


def _made(
    source: Path,
    target: Path,
    job: Job,
    clock: _Clock,
    read: ReadInput,
    stored: StoredSheets,
    regrouped: dict[str, RegroupedSheet],
    spare: Spare | None,
) -> FileResult:
    """The copy planned, written and proved, a second process (``spare``, made while this one
    was small) sharing the proof where there is one."""
    plan, tables, grids = _plan_by_groups(source, read, job, stored, clock, regrouped)
    shown = [e.shown for e in read.survey.entries if e.state == "visible"]
    _refuse_quoting_names(source, target, plan, job.policy, shown)
    with prepared_folder(target.parent, source.name):  # once there is something to write
        check_replaceable(target)
        sweep_abandoned_parts(target)
        placing = (
            staged_target(target, remake_folder=True)
            if job.staged
            else atomic_target(target, remake_folder=True, replace=job.force)
        )
        with placing as partial:
            write_plan(plan, partial, job.policy.title, job.audience.produced)
            clock.lap("write")
            base = job.policy.rounding_base
            published = job.audience.published
            findings = verify_output(
                partial, plan, base, job.policy, regrouped, read, published, job.ahead, spare
            )
            clock.lap("verify")
            if findings:
                raise _failed_proof(source, findings, shown)
    result = result_from_plan(source, target, plan, tables, clock.laps)
    if job.staged:
        result.staged = str(partial)
    if grids is not None:
        result.grids = grids
    return result


def _plan_by_groups(
    source: Path,
    read: ReadInput,
    job: Job,
    stored: StoredSheets,
    clock: _Clock,
    regrouped: dict[str, RegroupedSheet],
) -> tuple[Plan, list[TableSummary], list[tuple[str, str]] | None]:
    """Read, analyse and plan the workbook a group of sheets at a time (sheets whose formulas
    refer to each other go together), storing each group's planned sheets on disk so only one
    group is ever in memory. Sheets ``--aggregate`` regrouped are kept in ``regrouped`` for the
    proof: the copy is made from them, not from the file's sheets."""
    policy, survey = job.policy, read.survey
    visible = [e.shown for e in survey.entries if e.state == "visible"]
    builder = PlanBuilder(source, visible, policy, job.audience)
    builder.leave_out(e.shown for e in survey.entries if e.state == LEFT_OUT)
    builder.contents.absent(e.shown for e in survey.entries if e.state not in ("visible", LEFT_OUT))
    extras, dropped_text = survey.extras, list(survey.dropped_text)
    tables: list[TableSummary] = []
    grids: list[tuple[str, str]] | None = [] if job.grids else None
    used: set[str] = set()
    content = False
    problems: list[str] = []  # every sheet wpxl will not guess about, in one refusal
    read_lap = partial(clock.lap, "read", step=False)
    for done in analysed_groups(survey, policy, read.kept, job.ahead, read_lap):
        book, analyses = done.book, done.analyses
        content = content or has_content(book)
        extras = merge_counts(extras, book.extras)
        dropped_text.extend(book.dropped_text)
        problems.extend(done.problems)  # read on: the refusal lists every problem at once
        if analyses is None:
            continue
        if job.aggregate:
            done = regroup_book(book, analyses, job.aggregate, policy)
            book, used = done.book, used | done.used
            builder.add_notes(done.notes)
            regrouped.update(done.sheets)  # the proof compares the copy with these
            analyses = analyse_workbook(book, policy)
        clock.lap("analyse")
        try:
            stored.extend(builder.add(book, analyses))  # no loop variable keeps a sheet alive
        except AnalysisError as exc:
            problems.extend(exc.problems)
            continue
        tables.extend(summarise_tables(analyses))
        if grids is not None:
            shown = _forwarded_words(builder)
            grids.extend((a.sheet.name, render_sheet_grid(a, shown=shown)) for a in analyses)
        del book, analyses, done  # the next group's sheets take their place
        clock.lap("plan")
    if problems:
        raise AnalysisError.listing(source.name, problems)
    if not content:
        raise nothing_to_share(source)
    builder.add_notes(not_aggregated(job.aggregate, used) if job.aggregate else ())
    plan = builder.finish(extras, dropped_text, stored)
    clock.lap("plan", step=False)
    return plan, tables, grids


def _forwarded_words(builder: PlanBuilder) -> TextRule:
    """The words the run report's grid may show, as it is forwarded with the copy: a header's
    or row label's the copy keeps, never one the plan takes out for its words alone."""
    return lambda role, text: (
        carried_unchanged(role, text) and not builder.words.goes_for_its_words(text)
    )


def _refuse_quoting_names(
    source: Path, target: Path, plan: Plan, policy: Policy, shown: list[str]
) -> None:
    """The copy's name, its cover and the e-mail note repeat the file's and the sheets' names,
    so a name quoting one of the workbook's unrounded or outcome figures ('Referrals
    n=307.xlsx'), or naming outcomes with an amount ('Job outcomes 1816', the sum of a table
    that no cell holds, which reading could not know when it renamed the sheets quoting a
    cell's figure), stops the run, as does a file's or a sheet's name holding a person's
    details (the proof refused the copy of one, saying only that it had failed its leak
    check). ``shown``: the input's sheet names as the cover and reports name them."""

    forbidden = plan.forbidden_numbers

    def quotes(name: str, label: bool = True) -> bool:
        """``label`` False: a file's name, which the cover quotes in a sentence, judged as the
        proof judges a note's numbers (from 25, not 100: 'pack 26' was refused by the proof
        alone, saying only that the copy had failed its leak check)."""
        name = file_words(name)  # 'WY_outcomes_149_Q1': its words apart
        # 'week 93' names a week; a tab 'Office 245' its office, as a label does
        said = without_places(name) if label else without_names(name)
        base = policy.rounding_base
        return quotes_a_figure(said, forbidden, base, label) or names_an_outcome_amount(
            name, policy.measure_words, forbidden
        )

    if names_a_person(file_words(source.stem)):  # 'Leeds MI - J Smith'
        raise OutputError(
            f"{source.name}: the file's name names a person or holds their details, and the "
            "copy's name and its cover would repeat it. Rename the file and try again"
        )
    for name in shown:  # 'Referrals AB123456C': the sheet list and the cover repeat it
        kind = next((kind for kind, found in PERSONAL.items() if found.search(name)), None)
        if kind is not None:  # as the proof reads the sheet list, which would refuse it
            raise OutputError(
                f"{source.name}: the name of {_tab(name, shown)} holds what looks like {kind}, "
                "which the copy's sheet list and cover would repeat. Rename the sheet in Excel "
                "and try again"
            )
    if quotes(source.stem, label=False):
        raise OutputError(
            f"{source.name}: the file's name quotes one of its unrounded or outcome figures, and "
            "the copy's cover would repeat it. Rename the file and try again"
        )
    if quotes(target.stem, label=False):  # named after the council: '{stem}-<council>'
        raise OutputError(
            f"{source.name}: the copy's name ({target.name}) would quote one of the workbook's "
            "unrounded or outcome figures. Rename the file, or the council in the register, and "
            "try again"
        )
    quoting = [_tab(name, shown) for name in shown if quotes(name)]  # wpxl's own quote none
    if quoting:
        raise OutputError(
            f"{source.name}: the name of {', '.join(quoting)} quotes one of the workbook's "
            "unrounded or outcome figures, and the copy would repeat it. Rename the sheet in "
            "Excel and try again"
        )


def _failed_proof(source: Path, findings: list[Finding], shown: list[str]) -> VerificationError:
    said = "; ".join(f.in_the_workbook() for f in findings[:3])
    for finding in findings:  # a refusal is kept in reports, which may travel
        if finding.part.startswith(_NAME_OF) and finding.part.endswith("'"):
            name = finding.part.removeprefix(_NAME_OF)[:-1]
            said = said.replace(f"sheet '{name}'", _tab(name, shown))
            said = said.replace(f"'{name}'", _tab(name, shown))
    more = f" and {len(findings) - 3} more" if len(findings) > 3 else ""
    return VerificationError(
        f"{source.name}: the sanitised copy failed its leak check ({said}{more}), so it was "
        f"deleted. {what_to_change(findings)}"
    )


_NAME_OF = "the name of sheet '"


def _tab(name: str, shown: list[str]) -> str:
    """A sheet whose name quotes a figure, named by its place among the tabs Excel shows: the
    refusal, kept in reports that may be sent on, must not repeat the figure either."""
    return f"sheet {shown.index(name) + 1} (counting the tabs)" if name in shown else "a sheet"


def summarise_tables(analyses: list[SheetAnalysis]) -> list[TableSummary]:
    summaries = []
    for analysis in analyses:
        by_row: dict[int, list[tuple[int, Role]]] = {}  # once a sheet, not once a table
        for (row, col), role in analysis.roles.items():
            by_row.setdefault(row, []).append((col, role))
        for table in analysis.tables:
            area = table.area
            top, left, bottom, right = area.top, area.left, area.bottom, area.right
            found = Counter(
                role
                for row in range(top, bottom + 1)
                for col, role in by_row.get(row, ())
                if left <= col <= right
            )  # members counted, then named: each .value is a look-up, and a table has millions
            roles = {role.value: n for role, n in found.items()}
            titled = set(table.title_cells)
            if found[Role.TITLE]:  # title lines inside the table's block, above its headers
                above = min([*table.header_rows, *table.body_rows], default=bottom + 1)
                titled.update(
                    (r, c)
                    for r in range(top, above)
                    for c in range(left, right + 1)
                    if analysis.roles.get((r, c)) is Role.TITLE
                )
            shown = output_sheet_name(table.sheet)
            summaries.append(
                TableSummary(
                    sheet=table.sheet,
                    index=table.index,
                    range=f"{a1(area.top, area.left)}:{a1(area.bottom, area.right)}",
                    title=report_title(table.title, table.may_hold_outcomes),
                    measure=table.measure.value,
                    roles=dict(sorted(roles.items())),
                    totals=len(table.totals),
                    title_at=tuple(f"'{shown}' {a1(*c)}" for c in sorted(titled)),
                )
            )
    return summaries


class _Clock:
    """Time spent in each stage, and progress told as steps: the survey, analysing and planning
    each group of sheets, writing, proving."""

    def __init__(self, progress: StageProgress | None = None) -> None:
        self.laps: dict[str, float] = {}
        self.steps = len(STAGES)
        self._done = 0
        self._last = time.perf_counter()
        self._progress = progress

    def lap(self, stage: str, step: bool = True) -> None:
        """Time since the last lap goes to ``stage`` (a stage runs once per group of sheets)."""
        now = time.perf_counter()
        self.laps[stage] = self.laps.get(stage, 0.0) + now - self._last
        self._last = now
        if step:
            self._done += 1
            if self._progress is not None:
                self._progress(stage, self._done, self.steps)


def today() -> dt.date:
    """The production date: SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()
