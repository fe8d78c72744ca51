"""What a hunt for text and figures hidden by how they look, not by hiding, found (session 34).

Earlier sessions made the plan drop, and the proof refuse, text hidden by hidden rows, columns
and sheets, white-on-white plain RGB fonts, ';;;' formats and conditional formats painting a
cell white. Built as an analyst makes them (Excel's cached values, xlsxwriter; theme colours
written into the package as Excel writes them), sanitised, and the copies read cell by cell:

- A working cell made invisible by its look, not hidden: column Z of '=Outcomes!B4' formatted
  ';;;', in white on white or in a 1-point font, or a visible 'Workings' sheet of such links,
  read by '=Z4' (or '=Workings!B4') under 'Results' beside the referrals. wpxl.read drops a cell
  nobody sees, formula and all, so nothing knew what '=Z4' read: the plan took it for a total
  over nothing and removed it as 'a total over no figures wpxl shares' (the true reason, an
  outcome volume, unsaid), and where a 'Total' row summed the column it kept that SUM over the
  removed cells and the proof refused the run with 'a total over figures the copy removed',
  which points at the total, not at the white column. Worse, the proof could not follow such a
  link either: a copy carrying the 'Workings' figures rounded (40, 20, 0, 40, job outcomes)
  passed it, and with the link on the same sheet it was refused only by chance ('a total not
  the sum of what the copy shows'), never as the outcome volume it is.
  Now wpxl.read keeps the formula of each cell it drops for its look, or under a merge
  (``Sheet.unseen_formulas``); the plan (analyse/hidden_links) follows it as it follows a hidden
  line's, and removes each figure reading one that reads on to an outcome figure with one
  sentence a column naming the unseen cells and the outcomes' sheet ('a figure read from
  'Referrals' Z4:Z7, formatted to be unseen (...), which read outcome figures on 'Outcomes'
  (never shared)'; a hidden sheet is not named), so the total over them goes too; the proof
  (verify/hidden_links) follows the same cells itself and refuses the carried figures as
  outcome volumes.
- Text painted unseen through the workbook's theme (``<color theme="0"/>``, white, with or
  without a tint), the old indexed palette (``indexed="9"``) or a theme colour on a solid fill of
  the same theme colour: the plan drops it (wpxl.read resolves theme colours), but the proof's
  own judgement of the input read only plain RGB, so with read's judgement switched off a copy
  carrying the text passed it. A Style now keeps the font's and solid fill's theme or palette
  colour resolved (``theme_font``, ``theme_fill``: never written), and the proof reads them as
  it reads plain ones (verify/visibility), as it already did for the copy (verify/copy_hidden).
  White (theme 0) on a dark theme fill stays readable to it, and is carried.

Hunted and found already handled (each dropped by the plan, and the copy refused by the proof
when carried): a font in its fill's colour (plain, theme, indexed, tinted), a 1-point font, a
row 0 high or a column 0 wide without the hidden flag, text and figures under a merge, '[White]'
and '[Color2]' formats, '0;-0;;' and ';;;"' formats hiding text, outline-collapsed groups, a
pattern in the text's colour, white or theme-white rich-text runs. '"";"";""' (three sections)
shows text as it is, as Excel does, and such text is judged as any text.

- Text far outside the table, at XFD1048576 (or anywhere in Excel's last two rows), is refused
  (the banner pushes it past Excel's last row) with 'sheet 'Referrals' has data in its last
  rows', which did not say where: an analyst sees no data there. The refusal names the cell
  now ('... in its last rows (XFD1048576) ...'). And a blank cell there holding only a format (a
  yellow fill, bold: the last cell selected and shaded, a space typed) refused the workbook
  just the same, though it holds nothing anyone sees: a legitimate layout refused. Such a cell
  is left out now (plan/writable), and the copy does not reach out to it.
- Every cell dropped for its look was listed on the cover by kind alone, 'cells formatted to be
  invisible (...), workbook: not carried into the output': no sheet, no cell, so an analyst
  could not tell which of their cells went (a header in white on a fill wpxl could not read, a
  working column). wpxl.read keeps the kind of each such cell by place (``Sheet.unseen_kinds``)
  and the cover names them, "..., 'Referrals' A12: not carried into the output"
  (plan/unseen_places); the workbook-wide line stays only for what no place names.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from openpyxl.styles import Font, PatternFill
from typer.testing import CliRunner

from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from tests.robustness.conftest import rewrite_package
from wpxl.cli import app
from wpxl.errors import VerificationError
from wpxl.model import OutputCell, Plan
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
COUNTS = [(123, 57), (88, 41), (16, 9), (230, 102)]
OUTCOMES = [37, 21, 6, 48]
LOOKS = {
    "a ';;;' format": {"num_format": ";;;"},
    "a white font": {"font_color": "#FFFFFF"},
    "a one-point font": {"font_size": 1},
}
BANNER = 2  # rows the banner puts above a volume sheet's cells


def _linked_pack(path: Path, look: dict, workings: bool, total: bool) -> Path:
    """Referrals and job starts by payment group, with 'Results' read ('=Z4') from a column Z
    of '=Outcomes!B4' made unseen by ``look`` (or, with ``workings``, '=Workings!B4' from a
    visible 'Workings' sheet of such links), and a 'Total' row summing each column (with
    ``total``, 'Results' too)."""
    book = xlsxwriter.Workbook(str(path))
    book.calc_on_load = False  # as Excel saves a book: the cached values are what it shows
    unseen = book.add_format(look)
    sheet = book.add_worksheet("Referrals")
    links = book.add_worksheet("Workings") if workings else sheet
    outcomes = book.add_worksheet("Outcomes")
    sheet.write(0, 0, "Referrals and job starts by payment group")
    sheet.write_row(2, 0, ["Payment group", "Referrals", "Job starts", "Results"])
    outcomes.write(0, 0, "Job outcomes by payment group")
    outcomes.write_row(2, 0, ["Payment group", "Job outcomes"])
    link_col = 1 if workings else 25
    lines = zip(GROUPS, COUNTS, OUTCOMES, strict=True)
    for i, (group, (referrals, starts), outcome) in enumerate(lines):
        row = 3 + i
        sheet.write_row(row, 0, [group, referrals, starts])
        links.write_formula(row, link_col, f"=Outcomes!B{row + 1}", unseen, outcome)
        read = f"=Workings!B{row + 1}" if workings else f"=Z{row + 1}"
        sheet.write_formula(row, 3, read, None, outcome)
        outcomes.write_row(row, 0, [group, outcome])
    last = 3 + len(GROUPS)
    sheet.write(last, 0, "Total")
    outcomes.write(last, 0, "Total")
    outcomes.write_formula(last, 1, f"=SUM(B4:B{last})", None, sum(OUTCOMES))
    for col, letter in enumerate("BCD"[: 3 if total else 2], start=1):
        cached = sum(OUTCOMES) if letter == "D" else sum(c[col - 1] for c in COUNTS)
        sheet.write_formula(last, col, f"=SUM({letter}4:{letter}{last})", None, cached)
    book.close()
    return path


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize("workings", [False, True], ids=["same sheet", "workings sheet"])
@pytest.mark.parametrize("total", [False, True], ids=["no total", "total"])
def test_figures_read_through_unseen_links_to_outcomes_are_removed_with_the_reason(
    tmp_path, look, workings, total
):
    source = _linked_pack(tmp_path / "linked.xlsx", LOOKS[look], workings, total)
    copy, said = sanitised_beside(source)
    cells = "'Workings' B4:B7" if workings else "'Referrals' Z4:Z7"
    assert f"removed: 'Referrals' D4:D7: a figure read from {cells}, formatted to be unseen" in said
    assert "which read outcome figures on 'Outcomes' (never shared)" in said
    assert "a total over no figures" not in said
    for values in (True, False):
        sheet = openpyxl.load_workbook(copy, data_only=values)["Referrals"]
        results = [sheet.cell(row, 4).value for row in range(4 + BANNER, 9 + BANNER)]
        assert results == [None] * 5  # no figure of 'Results', nor its total
        referrals = [sheet.cell(row, 2).value for row in range(4 + BANNER, 8 + BANNER)]
        if values:
            assert referrals == [120, 80, 20, 240]


def test_an_unseen_link_on_a_hidden_outcome_sheet_is_not_named(tmp_path):
    source = _linked_pack(tmp_path / "linked.xlsx", LOOKS["a white font"], False, True)
    with zipfile.ZipFile(source) as package:
        book = package.read("xl/workbook.xml").replace(
            b'name="Outcomes" sheetId="2"', b'name="Outcomes" sheetId="2" state="hidden"'
        )
    assert b'state="hidden"' in book
    hidden = rewrite_package(source, tmp_path / "hiddenlinked.xlsx", {"xl/workbook.xml": book})
    _, said = sanitised_beside(hidden)
    assert "which read outcome figures on a hidden sheet (never shared)" in said
    assert "'Outcomes'" not in said


def _carried_results(plan: Plan) -> None:
    """'Results' carried as counts rounded to 20, as a plan that missed the links would."""
    cells = next(s for s in plan.sheets if s.name == "Referrals").cells
    for i, outcome in enumerate(OUTCOMES):
        cells[(3 + BANNER + i, 3)] = OutputCell(float((outcome + 10) // 20 * 20), kind="rounded")


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize("workings", [False, True], ids=["same sheet", "workings sheet"])
def test_the_proof_alone_refuses_figures_read_through_unseen_links(tmp_path, look, workings):
    source = _linked_pack(tmp_path / "linked.xlsx", LOOKS[look], workings, False)
    found = {(f.part, f.kind) for f in proved(tmp_path, source, _carried_results)}
    for row in range(4, 8):
        assert (f"'Referrals' D{row + BANNER}", "an outcome or sustainment volume") in found


NOTE = "Internal: Derby office under investigation"
THEMED = {  # the note's font and fill colours as the package gives them
    "white by the theme": ('<color theme="0"/>', None),
    "white by the theme, tinted": ('<color theme="0" tint="-4.9989318521683403E-2"/>', None),
    "white by the old palette": ('<color indexed="9"/>', None),
    "a theme colour on its own fill": ('<color theme="3"/>', '<fgColor theme="3"/>'),
    "a palette colour on its own fill": ('<color indexed="10"/>', '<fgColor indexed="10"/>'),
}
SEEN = {"white on a dark theme fill": ('<color theme="0"/>', '<fgColor theme="3"/>')}


def _themed_note(tmp_path: Path, font: str, fill: str | None) -> Path:
    """A referrals table and a note under it whose font (and fill) colours are ``font`` (and
    ``fill``), written into the styles part as Excel writes a theme or palette colour."""
    built = tmp_path / "built.xlsx"
    book = xlsxwriter.Workbook(str(built))
    sheet = book.add_worksheet("Referrals")
    sheet.write(0, 0, "Referrals by payment group")
    sheet.write_row(2, 0, ["Payment group", "Apr 2013", "May 2013"])
    for i, (group, counts) in enumerate(zip(GROUPS, COUNTS, strict=True)):
        sheet.write_row(3 + i, 0, [group, *counts])
    marked = {"font_color": "#ABCDEF"} | ({"bg_color": "#FEDCBA"} if fill else {})
    sheet.write(9, 0, NOTE, book.add_format(marked))
    book.close()
    with zipfile.ZipFile(built) as package:
        styles = package.read("xl/styles.xml").decode()
    styles = styles.replace('<color rgb="FFABCDEF"/>', font)
    if fill:
        styles = styles.replace('<fgColor rgb="FFFEDCBA"/>', fill)
    assert "ABCDEF" not in styles and "FEDCBA" not in styles
    return rewrite_package(built, tmp_path / "themed.xlsx", {"xl/styles.xml": styles.encode()})


def _read_shows_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """wpxl.read's judgement of what a look hides switched off: every cell is carried as read."""
    monkeypatch.setattr(
        "wpxl.read.sheetxml.as_seen",
        lambda value, formula, style_id, rich, styles, *rest: (value, styles.style(style_id)[0]),
    )
    monkeypatch.setattr("wpxl.read.sheetxml.settle", lambda *args: None, raising=False)


@pytest.mark.parametrize("how", THEMED)
def test_the_plan_drops_text_unseen_in_theme_or_palette_colours(tmp_path, how):
    copy, _ = sanitised_beside(_themed_note(tmp_path, *THEMED[how]))
    texts = [c.value for row in openpyxl.load_workbook(copy)["Referrals"].iter_rows() for c in row]
    assert NOTE not in texts


@pytest.mark.parametrize("how", THEMED)
def test_the_proof_alone_refuses_text_unseen_in_theme_or_palette_colours(
    tmp_path, job, monkeypatch, how
):
    _read_shows_everything(monkeypatch)
    source = _themed_note(tmp_path, *THEMED[how])
    with pytest.raises(VerificationError, match="'Referrals' A10: content the input hides"):
        sanitise_file(source, job)


@pytest.mark.parametrize("how", SEEN)
def test_control_white_by_the_theme_on_a_dark_theme_fill_is_carried(tmp_path, job, how):
    copy, _ = sanitised_beside(_themed_note(tmp_path, *SEEN[how]))
    texts = [c.value for row in openpyxl.load_workbook(copy)["Referrals"].iter_rows() for c in row]
    assert NOTE in texts


def _far_pack(path: Path, place: str, value: str | None, look: dict) -> Path:
    """Referrals by payment group, and a cell at ``place`` holding ``value`` formatted ``look``."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    sheet.append(["Referrals by payment group"])
    sheet.append([])
    sheet.append(["Payment group", "Apr 2013", "May 2013"])
    for group, counts in zip(GROUPS, COUNTS, strict=True):
        sheet.append([group, *counts])
    sheet[place] = value
    for name, setting in look.items():
        setattr(sheet[place], name, setting)
    book.save(path)
    return path


YELLOW = PatternFill("solid", "FFFF00")
FORMATTED_ONLY = {
    "a yellow fill in the last cell": ("XFD1048576", None, {"fill": YELLOW}),
    "bold in the last row": ("A1048576", None, {"font": Font(bold=True)}),
    "a space in the row before": ("A1048575", " ", {}),
}


@pytest.mark.parametrize("how", FORMATTED_ONLY)
def test_a_blank_formatted_cell_in_the_last_rows_is_left_out(tmp_path, how):
    copy, _ = sanitised_beside(_far_pack(tmp_path / "far.xlsx", *FORMATTED_ONLY[how]))
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    assert sheet.max_row < 20 and sheet.max_column < 27
    assert [c.value for c in sheet["B"][5 : 5 + len(GROUPS)]] == [120, 80, 20, 240]


@pytest.mark.parametrize("place", ["XFD1048576", "A1048575"])
def test_text_in_the_last_rows_is_refused_naming_its_cell(tmp_path, place):
    source = _far_pack(tmp_path / "far.xlsx", place, "Provisional", {})
    result = CliRunner().invoke(app, ["sanitise", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == (
        f"wpxl: far.xlsx: sheet 'Referrals' has data in its last rows ({place}), where there "
        "is no room left for the banner. Move the data up the sheet and try again.\n"
    )


NOTE_LOOKS = {  # how the note at A10 is hidden, and the kind of hidden content it is
    "a white font": ({"font_color": "#FFFFFF"}, "cells formatted to be invisible"),
    "a one-point font": ({"font_size": 1}, "cells formatted to be invisible"),
    "a ';;;' format": ({"num_format": ";;;"}, "cells whose number format shows nothing"),
}


@pytest.mark.parametrize("how", NOTE_LOOKS)
def test_the_cover_names_the_sheet_and_cell_of_what_its_look_hid(tmp_path, how):
    look, kind = NOTE_LOOKS[how]
    source = tmp_path / "noted.xlsx"
    book = xlsxwriter.Workbook(str(source))
    sheet = book.add_worksheet("Referrals")
    sheet.write(0, 0, "Referrals by payment group")
    sheet.write_row(2, 0, ["Payment group", "Apr 2013", "May 2013"])
    for i, (group, counts) in enumerate(zip(GROUPS, COUNTS, strict=True)):
        sheet.write_row(3 + i, 0, [group, *counts])
    hidden = book.add_format(look)
    sheet.write(9, 0, NOTE, hidden)
    sheet.write(9, 4, "Checked by the office", hidden)
    book.close()
    copy, _ = sanitised_beside(source)
    cover = [c.value for c in openpyxl.load_workbook(copy).worksheets[0]["A"] if c.value]
    lines = [line for line in cover if line.startswith(f"- {kind}")]
    assert len(lines) == 1 and lines[0].endswith(
        "'Referrals' A10, E10: not carried into the output"
    )


def test_the_cover_names_the_cells_under_a_merge_and_of_a_theme_white_note(tmp_path):
    source = _themed_note(tmp_path, *THEMED["white by the theme"])
    with zipfile.ZipFile(source) as package:
        xml = package.read("xl/worksheets/sheet1.xml").decode()
    end = xml.index("</row>", xml.index('<row r="3"'))  # the header's row: B3 'Apr 2013'
    merged = '<c r="D3" t="inlineStr"><is><t>Under the merge</t></is></c>'
    xml = (xml[:end] + merged + xml[end:]).replace(
        "</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="C3:D3"/></mergeCells>'
    )
    changed = {"xl/worksheets/sheet1.xml": xml.encode()}
    copy, _ = sanitised_beside(rewrite_package(source, tmp_path / "merged.xlsx", changed))
    cover = [c.value for c in openpyxl.load_workbook(copy).worksheets[0]["A"] if c.value]
    assert "- text under merged cells, 'Referrals' D3: not carried into the output" in cover
    invisible = [line for line in cover if line.startswith("- cells formatted to be invisible")]
    assert [line.split(", ")[-1] for line in invisible] == [
        "'Referrals' A10: not carried into the output"
    ]
