"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 21).

A column beside the job starts counting those whose job ended ('Fell out of work', 'Left their
job', 'No longer in work', 'Job ended', 'Returned to benefit') went out as rounded counts: the
starts less it are the starts still in work, a sustainment volume (as 'Yet to sustain' and
'Failed to sustain' give back), so it is read as the starts' outcome breakdown now and shown as
percentages, by the analysis (analyse/words) and the proof (verify/lasted) alike.

A note stating a count with separators after a word the plan takes for a reference ('Total
referrals this year 1,377', 'Number 1,377') was read as 'year 1' and kept, and its proof
refused the copy: such a count is no reference below 100 (plan/quoting), and the note goes.

Figures beside the job starts whose number format named them ('0" JOs"', '#,##0" job
outcomes"', '0\\ \\J\\O\\s') under a header naming nothing ('This month', blank) went out
as rounded job starts: the format's words are not carried, and nothing read them. They say
what the line counts now, as a comment on its header does (analyse/format_words), and the proof
reads the input's formats itself (verify/outcomes).

Figures beside the job starts read by formulas from a hidden sheet of job outcomes ('=JO!B4',
a defined name over it, '=SUM(JO!B4:C4)', '=VLOOKUP(A4,JO!A:B,2,FALSE)', INDEX and MATCH,
SUMIF, '=OFFSET(JO!A1,3,1)') under a header naming nothing went out as rounded
job starts: wpxl.read keeps such a formula's value, not the formula, and the hidden sheet was
never read for what it counts; so did the cells an array formula over the column fills (as a
dynamic array spills), which hold values only. The reader keeps the formula aside now
(Sheet.hidden_links; an array formula's for every cell it fills, read/seen.Links), a figure
reading a hidden sheet's outcome figure is removed (analyse/hidden_links), and the proof reads
the links and the hidden sheet itself (verify/hidden_links). A VLOOKUP with a literal column
reads that column of its table only: job starts looked up beside the outcomes in one hidden
table stay rounded.

So did figures linked from hidden working lines of the same sheet ('=H4', H a hidden column
headed 'Job outcomes'; '=B12' over hidden rows under a line 'Job outcomes'): a total all of
whose parts are hidden became a count of its own, as Excel's collapsed subtotals do. Such a
link over hidden lines whose words name an outcome is removed now (analyse/hidden_totals), and
the proof follows a formula reading only hidden lines to the figures it reads (verify/outcomes).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.builders import write_book
from tests.e2e.beside_starts import (
    AREAS,
    ROUNDED_STARTS,
    STARTS,
    TITLE,
    beside_starts,
    only_its_shares,
)
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl import analyse
from wpxl.analyse import hidden_totals, line_measures
from wpxl.verify import Finding

STILL_IN_WORK = [137, 121, 88, 102, 49]


ENDED = [
    "Fell out of work",
    "Fallen out of employment",
    "Dropped out of work",
    "Left their job",
    "Lost job",
    "No longer in work",
    "No longer working",
    "Job ended",
    "Returned to benefit",
    "Back on benefits",
]


@pytest.mark.parametrize("header", ENDED)
def test_starts_whose_job_ended_beside_the_starts_are_shown_as_percentages(tmp_path, header):
    """412 starts of which 275 fell out of work: 137 still in work, within rounding."""
    ended = [s - w for s, w in zip(STARTS, STILL_IN_WORK, strict=True)]
    source = write_book(tmp_path / "ended.xlsx", {"Performance": beside_starts(header, ended)})
    copy, _ = sanitised_beside(source)
    assert only_its_shares(copy)


@pytest.mark.parametrize(
    "header", ["Left programme into work", "Out of work 2 years or more", "Left the programme"]
)
def test_starts_by_words_naming_no_job_ending_keep_their_counts(tmp_path, header):
    """Leaving the programme into work is a job start; a time out of work before the job, or
    leaving the programme, says nothing of the job lasting."""
    source = write_book(tmp_path / "kept.xlsx", {"Performance": beside_starts(header, STARTS)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == ROUNDED_STARTS


@pytest.mark.parametrize("header", ["Fell out of work", "No longer in work", "Back on benefits"])
def test_the_proof_alone_refuses_starts_whose_job_ended_carried_as_counts(
    tmp_path, monkeypatch, header
):
    """The plan made without reading such a line as the starts' outcomes carries it rounded;
    the proof, with its own words, refuses every figure of it."""
    monkeypatch.setattr(line_measures, "is_starts_outcome_line", lambda *_: False)
    ended = [s - w for s, w in zip(STARTS, STILL_IN_WORK, strict=True)]
    source = write_book(tmp_path / "ended.xlsx", {"Performance": beside_starts(header, ended)})
    findings = proved(tmp_path, source)
    volumes = [f.part for f in findings if f.kind == "an outcome or sustainment volume"]
    assert {f"'Performance' C{r}" for r in range(6, 11)} == set(volumes)
    assert Finding("'Performance' B6", "an outcome or sustainment volume") not in findings


@pytest.mark.parametrize(
    "note",
    ["Total referrals this year 1,377", "Top 1,377", "Number 1,377", "Week 1,377 referrals"],
)
def test_a_count_with_separators_after_a_reference_word_is_removed_not_refused(tmp_path, note):
    """'year 1,377' read as a reference to year 1, and the rest left, so the copy kept the
    note and its proof refused it: a count written with separators is no reference."""
    rows = beside_starts("Attachments", STARTS)
    source = write_book(tmp_path / "note.xlsx", {"Performance": [*rows, [], [note]]})
    copy, _ = sanitised_beside(source)
    texts = [c.value for row in openpyxl.load_workbook(copy)["Performance"] for c in row]
    assert note not in texts


def formatted_beside_starts(path: Path, header: str, number_format: str) -> Path:
    """Job starts by local authority and, beside them under ``header``, the still in work
    written as plain numbers in ``number_format`` (its own words show beside every value)."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Performance")
    shown = book.add_format({"num_format": number_format})
    sheet.write(0, 0, TITLE)
    sheet.write_row(2, 0, ["Local authority", "Job starts", header])
    for i, (area, starts, lasted) in enumerate(zip(AREAS, STARTS, STILL_IN_WORK, strict=True)):
        sheet.write_row(3 + i, 0, [area, starts])
        sheet.write_number(3 + i, 2, lasted, shown)
    book.close()
    return path


OUTCOME_FORMATS = [
    ("This month", '0" JOs"'),
    ("", '#,##0" job outcomes"'),
    ("Mar-14", "0\\ \\J\\O\\s"),
    ("", '0" sustained"'),
]


@pytest.mark.parametrize(("header", "number_format"), OUTCOME_FORMATS)
def test_figures_their_number_format_names_as_outcomes_are_shown_as_percentages(
    tmp_path, header, number_format
):
    """Cells showing '137 JOs' under a header naming nothing, in a table of job starts: the
    format's words are not carried, but they say what the figures count."""
    source = formatted_beside_starts(tmp_path / "shown.xlsx", header, number_format)
    copy, _ = sanitised_beside(source)
    assert only_its_shares(copy)


@pytest.mark.parametrize("number_format", ['0" starts"', '0" people"', '0" in month"'])
def test_figures_their_number_format_names_no_outcome_keep_their_counts(tmp_path, number_format):
    source = formatted_beside_starts(tmp_path / "shown.xlsx", "This month", number_format)
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [140, 120, 80, 100, 40]


@pytest.mark.parametrize(("header", "number_format"), OUTCOME_FORMATS)
def test_the_proof_alone_refuses_figures_their_format_names_as_outcomes_carried_as_counts(
    tmp_path, monkeypatch, header, number_format
):
    """The plan made without reading the formats' words carries the figures rounded; the
    proof, reading the input's formats itself, refuses every one."""
    monkeypatch.setattr(analyse, "format_outcomes", lambda *_: {})
    source = formatted_beside_starts(tmp_path / "shown.xlsx", header, number_format)
    findings = proved(tmp_path, source)
    volumes = [f.part for f in findings if f.kind == "an outcome or sustainment volume"]
    assert {f"'Performance' C{r}" for r in range(6, 11)} == set(volumes)


def linked_to_hidden_outcomes(path: Path, header: str, link: str) -> Path:
    """Job starts by local authority and, beside them under ``header``, each area's figure
    read from a hidden sheet of job outcomes by ``link`` ('cell': =JO!B4; 'name': a defined
    name of that cell; 'sum': =SUM over a range of it), saved with the values Excel showed."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Performance")
    data = book.add_worksheet("JO")
    data.write(0, 0, "Job outcomes by local authority, April 2013 to March 2014")
    data.write_row(2, 0, ["Local authority", "Job outcomes"])
    sheet.write(0, 0, TITLE)
    sheet.write_row(2, 0, ["Local authority", "Job starts", header])
    for i, (area, starts, lasted) in enumerate(zip(AREAS, STARTS, STILL_IN_WORK, strict=True)):
        data.write_row(3 + i, 0, [area, lasted])
        book.define_name(f"JO_{i}", f"=JO!$B${4 + i}")
        formula = {
            "cell": f"=JO!B{4 + i}",
            "name": f"=JO_{i}",
            "sum": f"=SUM(JO!B{4 + i}:C{4 + i})",
        }
        sheet.write_row(3 + i, 0, [area, starts])
        sheet.write_formula(3 + i, 2, formula[link], None, lasted)
    data.hide()
    book.close()
    return path


def filled_down(path: Path, kind: str) -> Path:
    """The linked pack with its five links written as Excel writes a formula filled down
    ('shared': the first cell's text, the others pointing at it) or entered once over the
    column ('array', as a dynamic array spills too: the other cells hold only values)."""
    source = linked_to_hidden_outcomes(path.with_name("cells.xlsx"), "This month", "cell")
    with zipfile.ZipFile(source) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    first = {"shared": '<f t="shared" ref="C4:C8" si="0">JO!B4</f>',
             "array": '<f t="array" ref="C4:C8">JO!B4:B8</f>'}[kind]  # fmt: skip
    xml = xml.replace("<f>JO!B4</f>", first)
    for row in range(5, 9):
        xml = xml.replace(f"<f>JO!B{row}</f>", '<f t="shared" si="0"/>' if kind == "shared" else "")
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def hidden_links(tmp_path: Path, header: str, link: str) -> Path:
    if link in ("shared", "array"):
        return filled_down(tmp_path / "linked.xlsx", link)
    return linked_to_hidden_outcomes(tmp_path / "linked.xlsx", header, link)


@pytest.mark.parametrize("header", ["This month", "Achieved", ""])
@pytest.mark.parametrize("link", ["cell", "name", "sum", "shared", "array"])
def test_figures_read_from_a_hidden_sheets_outcomes_are_not_carried(tmp_path, header, link):
    """137 read from the hidden sheet's job outcomes showed as 140 'This month' job starts."""
    source = hidden_links(tmp_path, header, link)
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == ROUNDED_STARTS
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [None] * 5


@pytest.mark.parametrize("link", ["cell", "name", "sum", "shared", "array"])
def test_the_proof_alone_refuses_figures_read_from_a_hidden_sheets_outcomes(
    tmp_path, monkeypatch, link
):
    """The plan made without reading the hidden sheet carries the figures rounded; the proof,
    reading the links and the hidden sheet itself, refuses every one."""
    monkeypatch.setattr(analyse, "drop_hidden_outcomes", lambda *_: None)
    source = hidden_links(tmp_path, "This month", link)
    findings = proved(tmp_path, source)
    volumes = [f.part for f in findings if f.kind == "an outcome or sustainment volume"]
    assert {f"'Performance' C{r}" for r in range(6, 11)} == set(volumes)


LOOKUPS = [
    "=VLOOKUP(A{r},JO!A:B,2,FALSE)",
    "=VLOOKUP(A{r},JO!$A$4:$B$8,2,FALSE)",
    "=INDEX(JO!B:B,MATCH(A{r},JO!A:A,0))",
    "=SUMIF(JO!A:A,A{r},JO!B:B)",
    "=OFFSET(JO!A1,{r}-1,1)",
    "=OFFSET(JO!$A$1,ROW()-1,1)",
]


@pytest.mark.parametrize("lookup", LOOKUPS)
def test_figures_looked_up_in_a_hidden_sheets_outcomes_are_not_carried(tmp_path, lookup):
    """Looked up by area in whole columns of the hidden sheet: any outcome figure there."""
    source = looked_up(tmp_path / "looked.xlsx", lookup)
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == ROUNDED_STARTS
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [None] * 5


@pytest.mark.parametrize("lookup", LOOKUPS)
def test_the_proof_alone_refuses_figures_looked_up_in_a_hidden_sheets_outcomes(
    tmp_path, monkeypatch, lookup
):
    monkeypatch.setattr(analyse, "drop_hidden_outcomes", lambda *_: None)
    findings = proved(tmp_path, looked_up(tmp_path / "looked.xlsx", lookup))
    volumes = [f.part for f in findings if f.kind == "an outcome or sustainment volume"]
    assert {f"'Performance' C{r}" for r in range(6, 11)} == set(volumes)


def test_figures_looked_up_in_a_hidden_sheet_of_job_starts_are_rounded(tmp_path):
    """The same lookup into a hidden sheet of job starts: rounded as before."""
    source = looked_up(tmp_path / "looked.xlsx", LOOKUPS[0], "Job starts")
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [140, 120, 80, 100, 40]


def looked_up(path: Path, lookup: str, measure: str = "Job outcomes") -> Path:
    """Job starts by local authority and, beside them under 'This month', each area's figure
    looked up (``lookup``, {r} its row) in a hidden sheet of ``measure`` by area."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Performance")
    data = book.add_worksheet("JO")
    data.write(0, 0, f"{measure} by local authority, April 2013 to March 2014")
    data.write_row(2, 0, ["Local authority", measure])
    sheet.write(0, 0, TITLE)
    sheet.write_row(2, 0, ["Local authority", "Job starts", "This month"])
    for i, (area, starts, lasted) in enumerate(zip(AREAS, STARTS, STILL_IN_WORK, strict=True)):
        data.write_row(3 + i, 0, [area, lasted])
        sheet.write_row(3 + i, 0, [area, starts])
        sheet.write_formula(3 + i, 2, lookup.format(r=4 + i), None, lasted)
    data.hide()
    book.close()
    return path


def linked_to_hidden_column(
    path: Path, hide: str = "column", measure: str = "Job outcomes"
) -> Path:
    """Job starts by local authority and, beside them under 'This month', each area's figure
    linked ('=H4') from a hidden working column (``hide``: 'column'; 'rows': the working figures
    in hidden rows under the table instead) headed ``measure``."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Performance")
    sheet.write(0, 0, TITLE)
    sheet.write_row(2, 0, ["Local authority", "Job starts", "This month"])
    if hide == "column":
        sheet.write(2, 7, measure)
    else:
        sheet.write(10, 0, measure)
    for i, (area, starts, lasted) in enumerate(zip(AREAS, STARTS, STILL_IN_WORK, strict=True)):
        sheet.write_row(3 + i, 0, [area, starts])
        if hide == "column":
            sheet.write(3 + i, 7, lasted)
            sheet.write_formula(3 + i, 2, f"=H{4 + i}", None, lasted)
        else:
            sheet.write_row(11 + i, 0, [area, lasted])
            sheet.write_formula(3 + i, 2, f"=B{12 + i}", None, lasted)
            sheet.set_row(11 + i, None, None, {"hidden": True})
    if hide == "column":
        sheet.set_column(7, 7, None, None, {"hidden": True})
    else:
        sheet.set_row(10, None, None, {"hidden": True})
    book.close()
    return path


@pytest.mark.parametrize("hide", ["column", "rows"])
def test_figures_linked_from_hidden_working_lines_of_outcomes_are_not_carried(tmp_path, hide):
    """'=H4' beside the starts, H a hidden column of job outcomes: 137 showed as 140."""
    copy, _ = sanitised_beside(linked_to_hidden_column(tmp_path / "linked.xlsx", hide))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == ROUNDED_STARTS
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [None] * 5


def test_figures_linked_from_a_hidden_working_column_of_starts_are_rounded(tmp_path):
    source = linked_to_hidden_column(tmp_path / "linked.xlsx", measure="Job starts")
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [140, 120, 80, 100, 40]


@pytest.mark.parametrize("hide", ["column", "rows"])
def test_the_proof_alone_refuses_figures_linked_from_hidden_working_lines_of_outcomes(
    tmp_path, monkeypatch, hide
):
    monkeypatch.setattr(hidden_totals, "outcome_parts_hidden", lambda *_: False)
    findings = proved(tmp_path, linked_to_hidden_column(tmp_path / "linked.xlsx", hide))
    volumes = [f.part for f in findings if f.kind == "an outcome or sustainment volume"]
    assert {f"'Performance' C{r}" for r in range(6, 11)} <= set(volumes)


def test_a_typed_line_adding_the_outcomes_to_the_attachments_is_not_carried(tmp_path):
    rows: list[list] = [["Work Programme results by local authority, 2013-14"], []]
    rows.append(["Local authority", "Attachments", "Job outcomes"])
    rows += [[a, s, o] for a, s, o in zip(AREAS, STARTS, STILL_IN_WORK, strict=True)]
    rows.append(["Total", sum(STARTS), sum(STILL_IN_WORK)])
    rows.append(["Total (all measures)", sum(STARTS) + sum(STILL_IN_WORK)])
    copy, _ = sanitised_beside(write_book(tmp_path / "summed.xlsx", {"Results": rows}))
    sheet = openpyxl.load_workbook(copy)["Results"]
    assert sheet.cell(12, 1).value == "Total (all measures)"
    assert sheet.cell(12, 2).value is None


def looked_up_by_column(path: Path, column: int) -> Path:
    """Each area's figure looked up in column ``column`` of a hidden sheet holding the job
    starts (column 2) and the job outcomes (column 3) by area, under 'Job starts'."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Performance")
    data = book.add_worksheet("Data")
    data.write(0, 0, "Performance by local authority, April 2013 to March 2014")
    data.write_row(2, 0, ["Local authority", "Job starts", "Job outcomes"])
    sheet.write(0, 0, TITLE)
    sheet.write_row(2, 0, ["Local authority", "Job starts"])
    for i, (area, starts, lasted) in enumerate(zip(AREAS, STARTS, STILL_IN_WORK, strict=True)):
        data.write_row(3 + i, 0, [area, starts, lasted])
        sheet.write(3 + i, 0, area)
        shown = [starts, lasted][column - 2]
        sheet.write_formula(3 + i, 1, f"=VLOOKUP(A{4 + i},Data!A:C,{column},FALSE)", None, shown)
    data.hide()
    book.close()
    return path


def test_starts_looked_up_beside_outcomes_in_a_hidden_sheet_are_rounded(tmp_path):
    """VLOOKUP's column 2 of Data!A:C is the job starts: only that column is read, not the
    outcomes beside it in the same range."""
    copy, _ = sanitised_beside(looked_up_by_column(tmp_path / "looked.xlsx", 2))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == ROUNDED_STARTS


def test_outcomes_looked_up_beside_starts_in_a_hidden_sheet_are_not_carried(tmp_path):
    copy, _ = sanitised_beside(looked_up_by_column(tmp_path / "looked.xlsx", 3))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == [None] * 5


@pytest.mark.parametrize("column", [2, 3])
def test_the_proof_reads_a_lookups_own_column_in_a_hidden_sheet(tmp_path, monkeypatch, column):
    """Without the analysis's reading, the proof refuses the outcomes looked up (column 3) and
    passes the starts (column 2)."""
    monkeypatch.setattr(analyse, "drop_hidden_outcomes", lambda *_: None)
    findings = proved(tmp_path, looked_up_by_column(tmp_path / "looked.xlsx", column))
    volumes = {f.part for f in findings if f.kind == "an outcome or sustainment volume"}
    assert volumes == ({f"'Performance' B{r}" for r in range(6, 11)} if column == 3 else set())
