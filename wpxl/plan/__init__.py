"""Plan stage: decide every cell of the output before anything is written.

The plan holds only what wpxl produced (rounded counts, rebuilt totals, percentages, kept words
and the banner and cover text), so the writer has nothing else it could carry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wpxl import __version__
from wpxl.analyse.values import as_number, is_year
from wpxl.errors import AnalysisError, PolicyError
from wpxl.model import OutputSheet, Plan, Removal, Role, SheetAnalysis, Warning, Workbook
from wpxl.plan.banner import banner_text, stamp
from wpxl.plan.cover import COVER_NAME, plan_cover
from wpxl.plan.differencing import PastRelease, overlap_warnings, release_warnings
from wpxl.plan.figures import Figures
from wpxl.plan.percentages import plan_percentages
from wpxl.plan.placement import Placement
from wpxl.plan.quality import assess_sheet, table_warnings
from wpxl.plan.volumes import plan_volume_sheet
from wpxl.policy import Policy
from wpxl.sheetref import a1
from wpxl.tokens import numbers_in_text

EXCEL_ROWS = 1_048_576


@dataclass(frozen=True, slots=True)
class Release:
    """Who the output is for and when it was made: fills the banners and the cover sheet."""

    produced: dt.date
    published: tuple[str, ...] = ()
    council: str | None = None
    representative: str | None = None
    policy_hash: str = ""
    # the release log's earlier releases to this council (wpxl.register), for differencing
    previous: tuple[PastRelease, ...] = ()
    period: str | None = None


def make_plan(
    book: Workbook,
    analyses: list[SheetAnalysis],
    policy: Policy,
    release: Release,
    notes: list[Warning] | None = None,
) -> Plan:
    """``notes``: what was done before planning (tables regrouped by --aggregate), for the cover."""
    figures = Figures(analyses, policy.rounding_base)
    placements = {
        a.sheet.name: Placement(a.sheet, a.sheet.name if a.sheet.name != COVER_NAME else "Source")
        for a in analyses
    }
    taken = {p.output_name for p in placements.values()} | {COVER_NAME}
    percentages = plan_percentages(analyses, figures, policy, taken)
    plan = Plan(source=book.path, sheets=[], tables=[t for a in analyses for t in a.tables])
    plan.warnings.extend(notes or ())
    plan.removals.extend(_extras_removed(book))
    plan.removals.extend(_totals_over_hidden_lines(analyses))
    published = _published_names(release.published, analyses, percentages.sheets)
    published |= {name.lower() for name in policy.published_sheets}
    for analysis in analyses:
        volume = plan_volume_sheet(analysis, placements, figures, percentages.moved)
        plan.removals.extend(volume.removals)
        plan.cells_rounded += volume.cells_rounded
        plan.totals_rebuilt += volume.totals_rebuilt
        only_outcomes = (
            analysis.tables
            and not volume.has_figures
            and all(id(t) in percentages.moved for t in analysis.tables)
        )
        if not only_outcomes:
            plan.sheets.append(volume.sheet)
        plan.sheets.extend(s for source, s in percentages.sheets if source == analysis.sheet.name)
        quality = assess_sheet(analysis, figures, policy)
        plan.quality.extend(quality)
        plan.warnings.extend(table_warnings(quality, policy))
    plan.warnings.extend(overlap_warnings(analyses, figures))
    if release.council and release.previous:
        measures = {
            m.value
            for t in plan.tables
            for m in (t.measure, *t.row_measures.values(), *t.col_measures.values())
        } - {"unknown"}
        plan.warnings.extend(
            release_warnings(release.previous, release.council, release.period, measures)
        )
    plan.removals.extend(percentages.removals)
    _check_writable(book, plan)
    for sheet in plan.sheets:
        sheet.published = sheet.name.lower() in published
    hidden = percentages.hidden_numbers | _true_totals(analyses, figures, policy.rounding_base)
    plan.forbidden_numbers = _forbidden_numbers(book, hidden, plan, policy) - _codes(analyses)
    plan.removals.extend(_drop_quoting_text(plan))
    context = {
        "title": policy.title,
        "provider": policy.provider,
        "source": book.path.name,
        "produced": release.produced.isoformat(),
        "version": __version__,
        "council": release.council,
        "representative": release.representative,
        "base": policy.rounding_base,
        "policy_hash": release.policy_hash,
    }
    cover = plan_cover(plan.sheets, plan.removals, plan.warnings, context)
    plan.sheets.insert(0, cover)
    for sheet in plan.sheets:
        stamp(
            sheet,
            banner_text(
                sheet.published, policy.rounding_base, release.council, release.representative
            ),
        )
    plan.forbidden_text = _forbidden_text(book, plan)
    return plan


def _check_writable(book: Workbook, plan: Plan) -> None:
    """Cells move down to make room for the banner, so one in Excel's last rows can't be
    placed; and a count past 2**53 can't be held exactly as Excel's number, so its rounding
    could not be proved."""
    for sheet in plan.sheets:
        if any(row >= EXCEL_ROWS for row, _ in sheet.cells):
            raise AnalysisError(
                f"{book.path.name}: sheet '{sheet.name}' has data in its last rows, where there "
                "is no room left for the banner. Move the data up the sheet and try again"
            )
        if any(
            c.kind in ("count", "total") and abs(as_number(c.value) or 0) >= 2**53
            for c in sheet.cells.values()
        ):
            raise AnalysisError(
                f"{book.path.name}: sheet '{sheet.name}' holds a figure too large to be a count "
                "of people. Check the figures in Excel and try again"
            )


def _published_names(
    wanted: tuple[str, ...], analyses: list[SheetAnalysis], extra: list[tuple[str, OutputSheet]]
) -> set[str]:
    known = {a.sheet.name.lower() for a in analyses} | {s.name.lower() for _, s in extra}
    for name in wanted:
        if name.lower() not in known:
            raise PolicyError(
                f"--published '{name}': the workbook has no visible sheet of that name. "
                f"Sheets: {', '.join(sorted(known))}"
            )
    return {name.lower() for name in wanted}


def _extras_removed(book: Workbook) -> list[Removal]:
    return [
        Removal(kind, "workbook", f"{count} found; not carried into the output")
        for kind, count in book.extras.items()
    ]


def _totals_over_hidden_lines(analyses: list[SheetAnalysis]) -> list[Removal]:
    """A table that spans hidden rows or columns loses their cells, so its totals change."""
    removals = []
    for analysis in analyses:
        sheet = analysis.sheet
        for table in analysis.tables:
            area = table.area
            rows = any(area.top <= r <= area.bottom for r in sheet.hidden_rows)
            cols = any(area.left <= c <= area.right for c in sheet.hidden_cols)
            if rows or cols:
                lines = " and ".join(w for w, hit in (("rows", rows), ("columns", cols)) if hit)
                removals.append(
                    Removal(
                        f"hidden {lines}",
                        f"'{sheet.name}' {table.name}",
                        f"the cells of its hidden {lines} were not carried; its totals are "
                        "rebuilt as sums of the carried, rounded cells only",
                    )
                )
    return removals


def _true_totals(analyses: list[SheetAnalysis], figures: Figures, base: int) -> set[float]:
    """True totals wpxl worked out: a note quoting one must go even if no cell holds it."""
    found = set()
    for analysis in analyses:
        for table in analysis.tables:
            for coord in table.totals:
                true = figures.true((analysis.sheet.name, *coord))
                if true % base:
                    found.add(float(true))
    return found


def _forbidden_numbers(
    book: Workbook, outcome_numbers: set[float], plan: Plan, policy: Policy
) -> frozenset[float]:
    """Input numbers that must not appear: unrounded, removed or outcome figures."""
    forbidden = {float(n) for n in outcome_numbers}
    for sheet in book.sheets:
        for cell in sheet.cells.values():
            number = as_number(cell.value)
            if number is not None and number % policy.rounding_base:
                forbidden.add(float(number))
    for text in book.dropped_text:  # figures quoted in comments, properties, headers ...
        forbidden.update(n for n in numbers_in_text(text) if n % policy.rounding_base)
    kept_years = {
        float(cell.value)
        for sheet in plan.sheets
        for cell in sheet.cells.values()
        if cell.kind in ("kept", "label")
        and isinstance(cell.value, int | float)
        and is_year(cell.value)
    }
    return frozenset(forbidden - kept_years)


def _codes(analyses: list[SheetAnalysis]) -> frozenset[float]:
    """Numbers analyse read as codes or identifiers (site codes, "01234"): kept as they are."""
    return frozenset(
        float(number)
        for analysis in analyses
        for coord, role in analysis.roles.items()
        if role is Role.NONCOUNT
        and (number := as_number(analysis.sheet.cells[coord].value)) is not None
    )


def _drop_quoting_text(plan: Plan) -> list[Removal]:
    """A note or title that quotes an unrounded figure is removed rather than carried."""
    removals = []
    for sheet in plan.sheets:
        for coord, cell in list(sheet.cells.items()):
            if (
                cell.kind == "kept"
                and isinstance(cell.value, str)
                and any(n in plan.forbidden_numbers for n in numbers_in_text(cell.value))
            ):
                del sheet.cells[coord]
                removals.append(
                    Removal("text", f"'{sheet.name}' {a1(*coord)}", "it quotes an unrounded figure")
                )
    return removals


def _forbidden_text(book: Workbook, plan: Plan) -> frozenset[str]:
    """Strings only in dropped parts (hidden sheets, comments, names, properties)."""
    planned = {c.value for s in plan.sheets for c in s.cells.values() if isinstance(c.value, str)}
    planned |= {s.name for s in plan.sheets}
    everything_planned = "\x00".join(sorted(planned))
    return frozenset(t for t in book.dropped_text if len(t) >= 6 and t not in everything_planned)


__all__ = ["PastRelease", "Release", "make_plan"]
