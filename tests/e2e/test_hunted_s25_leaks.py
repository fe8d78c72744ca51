"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 25).

Job outcomes typed in a cell formatted as elapsed minutes ('[m]': 41 minutes shows as 41, as a
column pasted from a system's duration field does) went out as the time they are, '0:41:00'
under 'Job outcomes', verified; in elapsed seconds ('[s]'), '0:00:41'. A number under a format
that shows a single elapsed unit alone ('[h]', '[m]', '[s]') shows as the whole figure of that
unit, and is read as that figure now (read/numformats.elapsed_factor): a count in a duration's
clothes, rounded or, under an outcome word, shown only as a percentage. And a duration of other
elapsed formats ('[h]:mm', 41 minutes showing as 0:41) is read as the time of day it is, as its
formula's cached value always was, not as text: the proof's own check that no count is shown in
a date or time format on a volume sheet refuses it carried (verify/invariants).

A note quoting a figure glued to an abbreviation before it ('Job starts c.1501 in the year',
'Job outcomes c157', 'x41', 'Tot.1501') or to what it counts after it ('Leeds 41JOs', 'Job
starts 1501ytd') went out as written, verified: a number joined to letters was read as a code
('PG1', 'E08000035') by the plan and the proof alike. A figure glued to a small-letter
abbreviation of 'about', 'times' or 'total', or to a measure's word or abbreviation, is read as
the figure (read/quoted_figures.unglued, from plan/quoting; the proof's own in
verify/values.number_tokens): the note goes, and the proof alone refuses it carried. So is one
joined to a word by a dash, a slash or an underscore ('Job starts-1501', 'Total-1501'), where
only numbers joined to numbers name a band, a year or a date ('18-24', '2013/14').

The cover counted what the input hid and the copy leaves out: 'hidden rows, workbook: 157
found', where each hidden line, collapsed under its area as an outline's detail is, was a job
outcome, told the council the outcome volume (the proof let wpxl's own sentences count). The
cover names what it left out, never how many (plan/cover; the analyst's report keeps the
count), and the proof refuses a count of things found on wpxl's own page (verify/texts).

An outcome log with no one's reference ('Local authority | Payment group', a line each job
outcome, 'Leeds | JSA 18-24' again and again) went out as it stood, verified: no figure in it
to round or remove, and how many lines there are is the outcome volume by area and payment
group. Lines repeating word for word one under another (no figure on them but a flag of 0 or
1) are records listed one by one: the sheet is refused as a case list is (analyse/record_lines),
and the proof finds such lines in a copy on its own (verify/record_lines). So with each line's
own reference beside it ('Claim ID', 'C00001', 'C00002' ...): a column whose words all differ
and each hold a digit is read past, by both.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from typer.testing import CliRunner

from tests.builders import write_book
from tests.e2e.beside_starts import AREAS, ROUNDED_STARTS, STARTS, TITLE, only_its_shares
from tests.e2e.runs import sanitised_beside
from tests.leaks import cell_numbers, package_numbers, package_text
from tests.misread import proved
from wpxl.cli import app
from wpxl.model import OutputCell, Plan

OUTCOMES = [41, 37, 29, 33, 17]
ELAPSED = {"[m]": 1440, "[mm]": 1440, "[s]": 86400, "[h]": 24}


def _in_format(path: Path, header: str, values: list[float], number_format: str) -> Path:
    """Job starts by local authority and beside them ``values`` under ``number_format``."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Performance")
    shown = book.add_format({"num_format": number_format})
    sheet.write(0, 0, TITLE)
    sheet.write_row(2, 0, ["Local authority", "Job starts", header])
    for row, (area, starts, value) in enumerate(zip(AREAS, STARTS, values, strict=True), 3):
        sheet.write_row(row, 0, [area, starts])
        sheet.write_number(row, 2, value, shown)
    book.close()
    return path


@pytest.mark.parametrize("number_format", list(ELAPSED))
def test_outcomes_typed_in_an_elapsed_units_format_are_shown_as_percentages(
    tmp_path, number_format
):
    scale = ELAPSED[number_format]
    values = [o / scale for o in OUTCOMES]
    source = _in_format(tmp_path / "elapsed.xlsx", "Job outcomes", values, number_format)
    copy, _ = sanitised_beside(source)
    assert only_its_shares(copy)
    assert not set(OUTCOMES) & cell_numbers(copy)
    assert not [t for t in ("0:41", ":41:00", "0:00:41") if t in package_text(copy)]


def test_starts_typed_in_elapsed_minutes_are_rounded_as_the_figures_they_show(tmp_path):
    source = _in_format(
        tmp_path / "starts.xlsx", "Job starts (2)", [s / 1440 for s in STARTS], "[m]"
    )
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == ROUNDED_STARTS


def test_outcomes_as_elapsed_hours_and_minutes_are_refused_by_the_proof(tmp_path):
    """'[h]:mm' shows 41 minutes as 0:41: a duration, not a plain figure to read as a count;
    under 'Job outcomes' it was carried as the text '0:41:00'. Read as the time it is, the
    proof refuses the copy holding it: a count shown in a time's format."""
    values = [o / 1440 for o in OUTCOMES]
    source = _in_format(tmp_path / "clock.xlsx", "Job outcomes", values, "[h]:mm")
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "failed its leak check ('Performance' C4: " in run.stderr  # the workbook's cell
    assert "a number format instead of a date format" in run.stderr
    assert not list(tmp_path.glob("*-sanitised.xlsx"))


GLUED = [
    "Job starts c.1501 in the year",
    "Job starts c1501 in the year",
    "Job starts ca.1501 in the year",
    "Job starts x1501",
    "Job outcomes c157 in the year",
    "Job outcomes approx157 in the year",
    "Leeds outcomes x41",
    "Leeds 41JOs, Bradford 37JOs",
    "Job starts 1501ytd",
    "Leeds 412starts this year",
    "Job starts Tot.1501",
    "Job starts-1501 in the year",
    "Total-1501",
    "Job starts/1501",
]


@pytest.mark.parametrize("note", GLUED)
def test_a_note_quoting_a_figure_glued_to_an_abbreviation_of_circa_goes(tmp_path, note):
    """'c.1501', 'c157', 'x1501': a figure written straight after an abbreviation (circa,
    approximately, times, total) is the figure, not a code like 'PG1' or 'E08000035'; so is
    one written straight before what it counts ('41JOs', '1501ytd')."""
    rows: list[list] = [[TITLE], [], ["Local authority", "Job starts"]]
    rows += [[area, starts] for area, starts in zip(AREAS, STARTS, strict=True)]
    rows += [[], [f"Note: {note}"]]
    copy, _ = sanitised_beside(write_book(tmp_path / "glued.xlsx", {"Performance": rows}))
    texts = [c.value for row in openpyxl.load_workbook(copy)["Performance"] for c in row]
    assert not [t for t in texts if isinstance(t, str) and t.startswith("Note")]


@pytest.mark.parametrize("note", GLUED)
def test_the_proof_alone_refuses_a_note_quoting_a_figure_glued_to_circa(tmp_path, note):
    rows: list[list] = [[TITLE], [], ["Local authority", "Job starts"]]
    rows += [[area, starts] for area, starts in zip(AREAS, STARTS, strict=True)]
    source = write_book(tmp_path / "glued.xlsx", {"Performance": rows})

    def carried(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Performance")
        sheet.cells[(11, 0)] = OutputCell(f"Note: {note}", kind="kept")

    assert "'Performance' A12" in {f.part for f in proved(tmp_path, source, carried)}


OUTCOMES_IN_ALL = sum(OUTCOMES)  # 157


def _detail_lines(path: Path) -> Path:
    """Job starts by local authority, under each area one hidden line per job outcome, grouped
    and collapsed as an outline's detail is."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Performance")
    sheet.write(0, 0, TITLE)
    sheet.write_row(2, 0, ["Local authority", "Job starts"])
    row = 3
    for area, starts, outcomes in zip(AREAS, STARTS, OUTCOMES, strict=True):
        sheet.write_row(row, 0, [area, starts])
        row += 1
        for n in range(outcomes):
            sheet.write_row(row, 0, [f"Job outcome {n + 1}", 1])
            sheet.set_row(row, None, None, {"hidden": True, "level": 1})
            row += 1
    book.close()
    return path


def test_the_cover_does_not_count_the_hidden_lines_it_leaves_out(tmp_path):
    """'hidden rows, workbook: 157 found' told the council how many lines were hidden: one a
    job outcome here (or a participant), an outcome volume. What wpxl found in the input and
    left out is named on the cover, never counted; the analyst's report keeps the count."""
    copy, _ = sanitised_beside(_detail_lines(tmp_path / "detail.xlsx"))
    cover = [c.value for row in openpyxl.load_workbook(copy).worksheets[0] for c in row]
    assert "- hidden rows, workbook: not carried into the output" in cover
    assert OUTCOMES_IN_ALL not in package_numbers(copy)


def test_the_proof_alone_refuses_a_cover_counting_what_it_found_hidden(tmp_path):
    source = _detail_lines(tmp_path / "detail.xlsx")

    def counted(plan: Plan) -> None:
        cover = plan.sheets[0]
        for at, cell in cover.cells.items():
            if str(cell.value).startswith("- hidden rows, workbook:"):
                told = f"- hidden rows, workbook: {OUTCOMES_IN_ALL} found; not carried"
                cover.cells[at] = replace(cell, value=told)

    assert [f for f in proved(tmp_path, source, counted) if f.part.startswith("'About")]


GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow"]


def _outcome_log(path: Path, flag: str | None, reference: str | None = None) -> Path:
    """Job starts by local authority, and a log of job outcomes with no one's reference: a line
    each ('Leeds | JSA 18-24'), with a column of 1s headed ``flag`` (none if None), and one of
    each claim's own reference headed ``reference`` (none if None)."""
    rows: list[list] = [["Job outcomes claimed, 2014-15"], []]
    heads = [*([reference] if reference else []), "Local authority", "Payment group"]
    rows.append([*heads, *([flag] if flag else [])])
    claims = iter(range(1, 1000))
    for area, outcomes in zip(AREAS, OUTCOMES, strict=True):
        for n in range(outcomes):
            own = [f"C{next(claims):05d}"] if reference else []
            rows.append([*own, area, GROUPS[n % 3], *([1] if flag else [])])
    starts: list[list] = [[TITLE], [], ["Local authority", "Job starts"]]
    starts += [[area, s] for area, s in zip(AREAS, STARTS, strict=True)]
    return write_book(path, {"Job starts": starts, "Outcome log": rows})


@pytest.mark.parametrize(
    ("flag", "reference"),
    [(None, None), ("Job outcomes", None), ("Count", None), (None, "Claim ID"), ("Count", "Ref")],
)
def test_a_log_of_outcomes_a_line_each_is_refused(tmp_path, flag, reference):
    """157 lines, 'Leeds | JSA 18-24' and the like, went out as they stood: how many lines
    there are is the outcome volume, by area and payment group."""
    source = _outcome_log(tmp_path / "log.xlsx", flag, reference)
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "sheet 'Outcome log': this sheet lists records one by one" in run.stderr
    assert not list(tmp_path.glob("*-sanitised.xlsx"))


@pytest.mark.parametrize("referenced", [False, True])
def test_the_proof_alone_refuses_lines_repeating_word_for_word(tmp_path, referenced):
    starts: list[list] = [[TITLE], [], ["Local authority", "Job starts"]]
    starts += [[area, s] for area, s in zip(AREAS, STARTS, strict=True)]
    source = write_book(tmp_path / "starts.xlsx", {"Performance": starts})

    def listed(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Performance")
        for n in range(9):
            sheet.cells[(12 + n, 0)] = OutputCell("Leeds", kind="label")
            sheet.cells[(12 + n, 1)] = OutputCell(GROUPS[n % 3], kind="label")
            if referenced:
                sheet.cells[(12 + n, 2)] = OutputCell(f"C{n + 1:05d}", kind="label")

    assert "'Performance' A16" in {f.part for f in proved(tmp_path, source, listed)}


def test_a_table_of_words_each_line_its_own_is_carried(tmp_path):
    """A list of the councils and who holds each agreement: lines of words, none repeated."""
    rows: list[list] = [["Agreements held"], [], ["Local authority", "Representative"]]
    rows += [[area, f"Head of employment, {area}"] for area in AREAS]
    starts: list[list] = [[TITLE], [], ["Local authority", "Job starts"]]
    starts += [[area, s] for area, s in zip(AREAS, STARTS, strict=True)]
    source = write_book(tmp_path / "agreed.xlsx", {"Job starts": starts, "Agreements": rows})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Agreements"]
    assert [sheet.cell(r, 1).value for r in range(6, 11)] == AREAS
