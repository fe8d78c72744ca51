"""What a hunt for copies whose viewers disagree found (session 32).

A copy's totals are live formulas that carry their values, so Excel (which works them out),
LibreOffice, an e-mail preview (which shows the saved values), pandas and python-calamine must
all show the same numbers. About 3,000 copies the test suite made were opened and recalculated
by headless LibreOffice, and every cell's recalculated value was compared with the value the
copy saved and with what python-calamine reads; number formats over totals, ratios, errors
kept from the input (=NA(), =1/0), sums across sheets with spaces and apostrophes in their
names were read too. LibreOffice and calamine agreed with every saved value.

A summary summing other sheets' totals, where the sheets are named as MI packs name them by
period ('Q1', 'Q2', 'Apr13', 'FY2013') or 'R1', 'TRUE', was written with the sheet named bare:
=SUM(Q1!D9). LibreOffice reads that leniently and agrees; Excel does not: a bare name shaped
like a cell reference (A1 or the start of an R1C1 one, R/C/RC alone, a boolean) is no sheet to
it, the workbook opens as damaged, and the repair drops the formula, so Excel shows a blank
total where every saved-value viewer shows the figure (Excel itself always writes 'Q1'!D9, and
xlsxwriter's quote_sheetname and Apache POI quote by the same rules). wpxl writes such a name
in quotes now (model/sheetref.quote_sheet), and the proof refuses a copy whose total names a
sheet bare that Excel reads as a cell (verify/formulas.unquoted_references).
"""

from __future__ import annotations

import re

import openpyxl
import pytest

from tests.e2e.libreoffice import recalculate, soffice
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.model import OutputCell
from wpxl.model.sheetref import quote_sheet
from wpxl.verify.formulas import unquoted_references

needs_libreoffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")

PERIODS = ["Q1", "Q2", "Apr13", "FY2013", "R1", "TRUE", "Jo's area"]
# A bare sheet name in a formula: one Excel reads as a cell reference must not be one
_BARE_SHEET = re.compile(r"(?<!['\w])([A-Za-z_][\w.]*)!")
_CELL_LIKE = re.compile(r"[A-Z]{1,3}[0-9]+|R[0-9].*|R?C[0-9].*|R|C|RC|TRUE|FALSE")


def _period_pack(path, periods: list[str]) -> None:
    """A sheet of referrals by office and month for each period, and a summary reading each
    period's grand total (='Q1'!D7, as Excel writes it) with a total under them."""
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Summary"
    for name in periods:
        sheet = book.create_sheet(name)
        sheet.append([f"Referrals {name}"])
        sheet.append([])
        sheet.append(["Office", "Apr 2013", "May 2013", "Total"])
        for i, office in enumerate(["Alpha", "Beta", "Gamma"]):
            row = 4 + i
            sheet.append([office, 13 + i * 7, 29 + i, f"=SUM(B{row}:C{row})"])
        sheet.append(["Total", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)"])
    summary.append(["Referrals summary"])
    summary.append([])
    summary.append(["Period", "Referrals"])
    for name in periods:
        quoted = "'" + name.replace("'", "''") + "'"
        summary.append([name, f"={quoted}!D7"])
    summary.append(["Total", f"=SUM(B4:B{3 + len(periods)})"])
    book.save(path)


def _summary_formulas(copy) -> dict[str, str]:
    sheet = openpyxl.load_workbook(copy)["Summary"]
    return {
        c.coordinate: c.value
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=")
    }


def test_sheets_named_like_cells_are_quoted_in_the_summary_totals(tmp_path):
    source = tmp_path / "periods.xlsx"
    _period_pack(source, PERIODS)
    copy, _ = sanitised_beside(source)
    formulas = _summary_formulas(copy)
    across = [f for f in formulas.values() if "!" in f]
    assert len(across) == len(PERIODS)
    for formula in across:
        bare = [n for n in _BARE_SHEET.findall(formula) if _CELL_LIKE.fullmatch(n.upper())]
        assert not bare, formula
    assert "=SUM('Q1'!D9)" in across
    assert "=SUM('FY2013'!D9)" in across
    assert "=SUM('Jo''s area'!D9)" in across


def test_plain_sheet_names_stay_bare(tmp_path):
    source = tmp_path / "areas.xlsx"
    _period_pack(source, ["North", "Region_one", "Leeds"])
    copy, _ = sanitised_beside(source)
    across = sorted(f for f in _summary_formulas(copy).values() if "!" in f)
    assert across == ["=SUM(Leeds!D9)", "=SUM(North!D9)", "=SUM(Region_one!D9)"]


@needs_libreoffice
def test_libreoffice_recalculates_the_summary_to_its_saved_values(tmp_path):
    source = tmp_path / "periods.xlsx"
    _period_pack(source, PERIODS)
    copy, _ = sanitised_beside(source)
    (again,) = recalculate([copy], tmp_path / "lo")
    saved = openpyxl.load_workbook(copy, data_only=True)["Summary"]
    theirs = openpyxl.load_workbook(again, data_only=True)["Summary"]
    figures = [(c.coordinate, c.value) for row in saved.iter_rows() for c in row]
    totals = [(at, v) for at, v in figures if isinstance(v, int | float) and v]
    assert len(totals) == len(PERIODS) + 1
    for at, value in totals:
        assert theirs[at].value == pytest.approx(value)


def test_the_proof_refuses_a_total_naming_a_sheet_bare_that_excel_reads_as_a_cell(tmp_path):
    source = tmp_path / "periods.xlsx"
    _period_pack(source, ["Q1", "Q2"])
    assert proved(tmp_path, source) == []

    def bare(plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Summary").cells
        for coord, cell in list(cells.items()):
            if cell.formula and "'Q1'!" in cell.formula:
                unquoted = cell.formula.replace("'Q1'!", "Q1!")
                cells[coord] = OutputCell(cell.value, unquoted, cell.style, cell.kind)

    found = proved(tmp_path, source, bare)
    assert any("'Q1' without quotes" in f.kind for f in found), found


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Q1", "'Q1'"), ("apr13", "'apr13'"), ("FY2013", "'FY2013'"), ("R1", "'R1'"),
        ("RC", "'RC'"), ("C12notes", "'C12notes'"), ("True", "'True'"),
        ("Leeds", "Leeds"), ("Region1", "Region1"), ("Rates", "Rates"), ("ABCD1", "ABCD1"),
        ("Jo's area", "'Jo''s area'"), ("2013", "'2013'"),
    ],
)  # fmt: skip
def test_quote_sheet_quotes_exactly_the_names_excel_needs_quoted(name, written):
    assert quote_sheet(name) == written
    # the proof names a bare sheet Excel reads as a cell (a name with a space or a leading
    # digit never reads as one sheet bare: not a formula wpxl writes, refused on its own)
    cell_like = written != name and name.replace("_", "").isalnum() and not name[0].isdigit()
    assert bool(unquoted_references(f"SUM({name}!B4)")) == cell_like
