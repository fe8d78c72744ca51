"""Plan stage: decide every cell of the output before anything is written.

The plan holds only what wpxl produced (rounded counts, rebuilt totals, percentages, kept words
and the banner and cover text), so the writer has nothing else it could carry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, MutableSequence
from dataclasses import dataclass
from pathlib import Path

from wpxl import __version__
from wpxl.analyse.formulas import sum_refs
from wpxl.analyse.values import is_year
from wpxl.errors import AnalysisError, PolicyError
from wpxl.model import OutputSheet, Plan, Removal, SheetAnalysis, Warning, Workbook
from wpxl.model.layout import output_sheet_name
from wpxl.plan.banner import banner_text, refit, stamp
from wpxl.plan.carried_words import CarriedWords
from wpxl.plan.contents_lists import ContentsLists
from wpxl.plan.cover import COVER_NAME, plan_cover
from wpxl.plan.differencing import (
    PastRelease,
    Profile,
    release_warnings,
    sum_warning,
    summary_rebuilt,
    summed_tables,
    table_profiles,
)
from wpxl.plan.figures import Figures
from wpxl.plan.forbidden import codes, true_totals, unrounded_numbers
from wpxl.plan.hidden_lines import totals_over_hidden_lines
from wpxl.plan.lone_texts import lone_rows
from wpxl.plan.moved_away import on_sheet_left_out
from wpxl.plan.notices import source_total_warnings
from wpxl.plan.omitted import omitted_line_warnings
from wpxl.plan.outcome_links import OutcomeTotals, outcome_totals, remove_outcome_totals
from wpxl.plan.overlaps import overlap_warnings
from wpxl.plan.percent_table import PercentTable
from wpxl.plan.percentages import plan_percentages, settle_book
from wpxl.plan.placement import Placement
from wpxl.plan.proposals import RowWords
from wpxl.plan.quality import assess_sheet, table_warnings
from wpxl.plan.running import rebuild_from_other_sheets, running_table_warnings
from wpxl.plan.summaries import rebuild_summaries
from wpxl.plan.table_names import name_tables
from wpxl.plan.unlabelled import without_texts
from wpxl.plan.unseen_places import LEFT_OUT_WHY, unseen_removals, workbook_removals
from wpxl.plan.volumes import plan_volume_sheet
from wpxl.plan.writable import check_writable
from wpxl.policy import Policy
from wpxl.read.quoted_figures import numbers_in_text
from wpxl.read.sheetnames import month_code


@dataclass(frozen=True, slots=True)
class Audience:
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
    audience: Audience,
    notes: list[Warning] | None = None,
) -> Plan:
    """The whole workbook's plan at once, its sheets in memory.

    ``notes``: what was done before planning (tables regrouped by --aggregate), for the cover.
    """
    builder = PlanBuilder(book.path, [s.name for s in book.sheets if s.visible], policy, audience)
    builder.add_notes(notes or ())
    sheets = builder.add(book, analyses)
    return builder.finish(book.extras, book.dropped_text, sheets)


class PlanBuilder:
    """Plans a workbook a group of sheets at a time, keeping only what the workbook as a whole
    needs (names, removals, warnings, small table profiles and the figures that must not
    appear), so each group's sheets can leave memory before the next is read.

    ``add`` plans one group's output sheets; ``finish`` makes the cover, removals and warnings,
    and says which carried words (``words``, asked by the run report's grid too) must still go
    as they quote a figure found anywhere in the workbook (taken out of the planned sheets).
    """

    def __init__(
        self, source: Path, visible_names: list[str], policy: Policy, audience: Audience
    ) -> None:
        self.source = source
        self.policy = policy
        self.audience = audience
        self._taken = {output_sheet_name(n) for n in visible_names} | {COVER_NAME}
        self._published = {n.lower() for n in (*audience.published, *policy.published_sheets)}
        self._known = {n.lower(): n for n in visible_names}  # as --published may name them
        self.contents = ContentsLists(visible_names)  # a contents sheet's list of them
        self._notes: list[Warning] = []
        self._hidden_lines: list[Removal] = []
        self._asked: list[Removal] = []  # sheets left out as the user asked
        self._unseen: list[tuple[Removal, int]] = []  # cells hidden by their look, by place
        self._volume_removals: list[Removal] = []
        self._percent_removals: list[Removal] = []
        self._sheet_warnings: list[Warning] = []
        self._percent_tables: list[PercentTable] = []  # every outcome table's breakdowns
        self._profiles: list[Profile] = []
        self._outcome_totals: list[OutcomeTotals] = []  # small outcome tables' (outcome_links)
        self._measures: set[str] = set()
        self._hidden: set[float] = set()
        self._numbers: set[float] = set()
        self._kept_years: set[float] = set()
        self._codes: set[float] = set()
        self.words = CarriedWords(policy.rounding_base, policy.measure_words, policy.small_base)
        self._outline: list[tuple[str, bool]] = []
        self._cross_refs: dict[str, set[tuple[int, int]]] = {}
        self._plan = Plan(source=source, sheets=[])

    def add_notes(self, notes: Iterable[Warning]) -> None:
        self._notes.extend(notes)

    def leave_out(self, names: Iterable[str]) -> None:
        """The sheets the user asked to leave out (--leave-out), each named on the cover."""
        self.contents.absent(names := list(names))
        self._asked = [Removal("sheet", f"'{name}'", LEFT_OUT_WHY) for name in names]

    def add(self, book: Workbook, analyses: list[SheetAnalysis]) -> list[OutputSheet]:
        """Plan the output sheets of one group of sheets (every sheet its formulas refer to)."""
        try:
            return self._add(book, analyses)
        except AnalysisError as exc:  # the sentence names sheet and cell; the user needs the file
            raise AnalysisError(f"{self.source.name}: {exc}") from exc

    def _add(self, book: Workbook, analyses: list[SheetAnalysis]) -> list[OutputSheet]:
        policy, plan = self.policy, self._plan
        base = policy.rounding_base
        name_tables(analyses)
        figures = Figures(analyses, base)
        placements = {
            a.sheet.name: Placement(a.sheet, output_sheet_name(a.sheet.name)) for a in analyses
        }
        percentages = plan_percentages(analyses, figures, policy, self._taken)
        self._hidden_lines.extend(totals_over_hidden_lines(analyses))
        self._unseen.extend(unseen_removals(analyses))
        sheets: list[OutputSheet] = []
        for analysis in analyses:
            volume = plan_volume_sheet(analysis, placements, figures, percentages.moved)
            self._volume_removals.extend(volume.removals)
            plan.cells_rounded += volume.cells_rounded
            plan.totals_rebuilt += volume.totals_rebuilt
            only_outcomes = (
                analysis.tables
                and not volume.has_figures
                and all(id(t) in percentages.moved for t in analysis.tables)
            )
            if not only_outcomes:
                sheets.append(volume.sheet)
            else:  # what else it held goes with it: named (principle 7)
                left = on_sheet_left_out(
                    volume.sheet, placements[analysis.sheet.name], analysis, percentages.moved
                )
                self._volume_removals.extend(left)
            made = [s for source, s in percentages.sheets if source == analysis.sheet.name]
            sheets.extend(made)
            written = None if only_outcomes else volume.sheet.name
            self.contents.hold(analysis.sheet.name, written, (s.name for s in made))
            row_words = RowWords(analysis)
            quality = assess_sheet(analysis, figures, policy, row_words)
            plan.quality.extend(quality)
            self._sheet_warnings.extend(table_warnings(quality, policy))
            place = placements[analysis.sheet.name]
            self.words.learn_sheet(place.output_name, analysis)
            self._profiles.extend(table_profiles(analysis, figures, row_words, volume.sheet, place))
            self._outcome_totals.extend(outcome_totals(analysis, figures))
        self._sheet_warnings.extend(source_total_warnings(analyses))
        self._sheet_warnings.extend(omitted_line_warnings(analyses))
        self._sheet_warnings.extend(running_table_warnings(analyses))
        self._measures |= {
            m.value
            for a in analyses
            for t in a.tables
            for m in (t.measure, *t.row_measures.values(), *t.col_measures.values())
        } - {"unknown"}
        self._percent_removals.extend(percentages.removals)
        self._sheet_warnings.extend(percentages.warnings)
        self._percent_tables.extend(percentages.tables)
        check_writable(sheets, {p.output_name: p for p in placements.values()})
        self._known |= {s.name.lower(): s.name for _, s in percentages.sheets}
        self._hidden |= percentages.hidden_numbers | true_totals(analyses, figures, base)
        self._numbers |= unrounded_numbers(book, base)
        self._codes |= codes(analyses)
        by_output = {p.output_name: p for p in placements.values()}
        for sheet in sheets:
            sheet.published = sheet.name.lower() in self._published
            stamp(sheet, self._banner(sheet.published))
            self._outline.append((sheet.name, sheet.published))
            self._remember_words(sheet, by_output.get(sheet.name))
            self._remember_cross_refs(sheet)
            self.contents.look(sheet)
        return sheets

    def finish(
        self,
        extras: dict[str, int],
        dropped_text: list[str],
        sheets: MutableSequence[OutputSheet],
    ) -> Plan:
        """The plan of the whole workbook, its cover first; ``sheets``: what ``add`` returned
        (in memory, or a store that loads them one at a time)."""
        policy, audience, plan = self.policy, self.audience, self._plan
        for name in audience.published:
            if name.lower() not in self._known:
                raise PolicyError(
                    f"--published '{name}': the workbook has no visible sheet of that name. "
                    f"Sheets: {', '.join(self._known.values())}"
                )
        self._settle_book(sheets)
        base = policy.rounding_base
        forbidden = set(self._hidden) | self._numbers
        for text in dropped_text:  # figures quoted in comments, properties, headers ...
            forbidden.update(n for n in numbers_in_text(text) if n % base)
        plan.forbidden_numbers = frozenset(forbidden - self._kept_years) - self._codes
        text_removals = self.words.drop_quoting(plan.forbidden_numbers)
        self._apply_deletions(sheets)
        self.contents.relist(sheets, [name for name, _ in self._outline], self.words.add_words)
        summaries = self._summaries(sheets)  # before the sheet warnings: it replaces some
        names = [name for name, _ in self._outline]
        removed, outcome_totals_gone = remove_outcome_totals(
            self._profiles, self._outcome_totals, sheets, names
        )
        plan.warnings = [
            *self._notes,
            *self._sheet_warnings,
            *overlap_warnings(self._profiles),
            *summaries,
            *outcome_totals_gone,
        ]
        if audience.council and audience.previous:
            plan.warnings.extend(
                release_warnings(
                    audience.previous, audience.council, audience.period, self._measures
                )
            )
        plan.removals = [
            *self._asked,
            *workbook_removals(extras, self._unseen),
            *(removal for removal, _ in self._unseen),
            *self._hidden_lines,
            *self._volume_removals,
            *self._percent_removals,
            *text_removals,
            *removed,
        ]
        cover = self._cover(plan)
        plan.sheets = sheets
        plan.sheets.insert(0, cover)
        plan.outline = [(cover.name, cover.published), *self._outline]
        planned = self.words.planned()
        planned |= {name for name, _ in self._outline} | {COVER_NAME}
        everything_planned = "\x00".join(sorted(planned))
        plan.forbidden_text = frozenset(
            t for t in dropped_text if len(t) >= 6 and t not in everything_planned
        )
        return plan

    def _summaries(self, sheets: MutableSequence[OutputSheet]) -> list[Warning]:
        """Summary tables typed as the sum of others rebuilt as totals over them where every
        cell matches (wpxl.plan.summaries); the others warned about."""
        summed = summed_tables(self._profiles)
        names = [name for name, _ in self._outline]
        wholes = [(w.cells, [p.cells for p in parts]) for w, parts in summed]
        rebuilt = {
            id(c): len(c.leaves) for c in rebuild_summaries(wholes, sheets, names, self._cross_refs)
        }
        self._running(summed, rebuilt, sheets, names)
        self._plan.cells_rounded -= sum(rebuilt.values())
        self._plan.totals_rebuilt += sum(rebuilt.values())
        return [
            summary_rebuilt(w, parts) if id(w.cells) in rebuilt else sum_warning(w, parts)
            for w, parts in summed
        ]

    def _running(
        self,
        summed: list[tuple[Profile, tuple[Profile, ...]]],
        rebuilt: dict[int, int],
        sheets: MutableSequence[OutputSheet],
        names: list[str],
    ) -> None:
        """Typed running totals of another sheet's months rebuilt as sums over them
        (wpxl.plan.running), each one's warning replaced by a note; counted in ``rebuilt`` (the
        summaries rebuilt, by their cells' id). Left as they are: sheets whose cells a total on
        another sheet adds up, those of typed summaries, and those of the parts just summed."""
        skip = set(self._cross_refs) | {
            p.cells.sheet
            for w, parts in summed
            for p in (w, *(parts if id(w.cells) in rebuilt else ()))
            if p.cells is not None
        }
        self._sheet_warnings, done = rebuild_from_other_sheets(
            self._profiles, self._sheet_warnings, sheets, names, skip
        )
        rebuilt.update(done)

    def _settle_book(self, sheets: MutableSequence[OutputSheet]) -> None:
        """Breakdowns on one true base searched together, across every group of sheets; a
        line made coarser or withheld there has its warning replaced (or gets one)."""
        warnings, words = settle_book(self._percent_tables, sheets, self.policy)
        new = {w.where: w for w in warnings}
        self._sheet_warnings = [new.pop(w.where, w) for w in self._sheet_warnings]
        self._sheet_warnings.extend(new.values())
        for text in words:
            self.words.add_words(text)

    def _cover(self, plan: Plan) -> OutputSheet:
        """The cover sheet: what the workbook is, for whom, and everything removed or warned."""
        policy, audience = self.policy, self.audience
        context = {
            "title": policy.title,
            "provider": policy.provider,
            "source": self.source.name,
            "produced": audience.produced.isoformat(),
            "version": __version__,
            "council": audience.council,
            "representative": audience.representative,
            "base": policy.rounding_base,
            "policy_hash": audience.policy_hash,
        }
        cover = plan_cover(self._outline, plan.removals, plan.warnings, context)
        cover.published = COVER_NAME.lower() in self._published
        stamp(cover, self._banner(cover.published))
        self._remember_words(cover)
        return cover

    def _banner(self, published: bool) -> str:
        audience = self.audience
        return banner_text(
            published, self.policy.rounding_base, audience.council, audience.representative
        )

    def _remember_words(self, sheet: OutputSheet, place: Placement | None = None) -> None:
        """Carried words that may quote a figure are checked once the whole workbook is known;
        years carried as labels (or a percentage sheet's keys) are never forbidden. ``place``
        names a removal's input cell."""
        words = self.words
        lone = lone_rows(sheet.cells) if place else set()  # a title over a column: 'lone_texts'
        for coord, cell in sheet.cells.items():
            value = cell.value
            if cell.kind in ("kept", "label"):
                if isinstance(value, str):
                    at = place.source(coord) if place else coord
                    label = cell.kind == "label" and coord[0] not in lone
                    words.add_text(sheet.name, coord, value, label, at)
                    value = int(value) if value.strip().isdecimal() else None  # '2023' as text
                    if cell.kind == "label" and value is not None and month_code(float(value)):
                        self._kept_years.add(float(value))  # '201304' heading its column
                if isinstance(value, int | float) and is_year(value):
                    self._kept_years.add(float(value))
            elif isinstance(value, str):
                words.add_words(value)
                if cell.kind == "key" and value.isdecimal() and is_year(int(value)):
                    self._kept_years.add(float(value))  # a % sheet's year over its columns

    def _remember_cross_refs(self, sheet: OutputSheet) -> None:
        """The cells each total over other sheets adds up, by sheet: a typed summary whose cells
        such a total adds up is not rebuilt under it (wpxl.plan.summaries)."""
        for cell in sheet.cells.values():
            if cell.formula is None or cell.kind != "total" or "!" not in cell.formula:
                continue
            refs = sum_refs(cell.formula) or []
            if any(ref.sheet and ref.sheet != sheet.name for ref in refs):
                for ref in refs:
                    self._cross_refs.setdefault(ref.sheet or sheet.name, set()).update(ref.coords())

    def _apply_deletions(self, sheets: MutableSequence[OutputSheet]) -> None:
        """Take the words found to quote a figure out of the sheets already planned; a stored
        sheet is loaded and stored again, which only the rare sheet with such words costs."""
        deletions = self.words.deletions
        if not deletions:
            return
        for index, sheet in enumerate(sheets):
            gone = deletions.get(sheet.name)
            if gone:
                sheet.cells = without_texts(sheet.cells, gone)
                refit(sheet)
                sheets[index] = sheet


__all__ = ["PastRelease", "Release", "make_plan"]
