"""Every sample output, opened and recalculated by LibreOffice, shows wpxl's own numbers."""

import os
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.e2e.libreoffice import recalculate, soffice
from wpxl.sanitise import sanitise_file

needs_libreoffice = pytest.mark.skipif(
    soffice() is None and not os.environ.get("CI"),
    reason="LibreOffice is not installed (.ci/run installs it; CI never skips this)",
)


@needs_libreoffice
def test_libreoffice_really_recalculates_on_load(tmp_path):
    wrong = tmp_path / "in" / "wrong.xlsx"
    wrong.parent.mkdir()
    book = xlsxwriter.Workbook(str(wrong))
    ws = book.add_worksheet()
    ws.write(0, 0, 5)
    ws.write(1, 0, 7)
    ws.write_formula(2, 0, "=SUM(A1:A2)", None, 999)
    book.close()
    (again,) = recalculate([wrong], tmp_path / "lo")
    assert openpyxl.load_workbook(again, data_only=True).active["A3"].value == 12


@needs_libreoffice
def test_sample_totals_recalculate_to_wpxl_cached_values(samples, job, tmp_path):
    outputs = [Path(sanitise_file(p, job).output) for p in samples]
    recalculated = recalculate(outputs, tmp_path / "lo")
    checked = 0
    for ours, theirs in zip(outputs, recalculated, strict=True):
        formulas = openpyxl.load_workbook(ours)
        cached = openpyxl.load_workbook(ours, data_only=True)
        lo = openpyxl.load_workbook(theirs, data_only=True)
        for ws in formulas.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.startswith("=SUM("):
                        mine = cached[ws.title][cell.coordinate].value
                        assert lo[ws.title][cell.coordinate].value == pytest.approx(mine)
                        assert mine % 20 == 0
                        checked += 1
    assert checked > 50
