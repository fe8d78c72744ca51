"""Excel's Data > Subtotal output collapsed to its office totals: the detail rows are hidden,
so they never travel; the office totals its reader sees become rounded counts, and the grand
total is rebuilt over them (before, every figure was removed and the table left empty)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import xlsxwriter

from wpxl.sanitise import sanitise_file

OFFICES = {"Derby": [[17, 33, 8], [41, 12, 29]], "Buxton": [[23, 6, 38], [14, 47, 21]]}
BANNER = 2


def _round(n: int) -> int:
    return (n + 10) // 20 * 20


def _collapsed(path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Referrals")
    sheet.write_row(0, 0, ["Referrals by office"])
    sheet.write_row(2, 0, ["Office", "Payment group", "Q1", "Q2", "Q3"])
    row, grand = 3, [0, 0, 0]
    for office, lines in OFFICES.items():
        first = row
        for i, figures in enumerate(lines):
            sheet.write_row(row, 0, [office, f"Group {i + 1}", *figures])
            sheet.set_row(row, None, None, {"level": 2, "hidden": True})
            row += 1
        sheet.write(row, 0, f"{office} Total")
        for k, col in enumerate("CDE"):
            total = sum(f[k] for f in lines)
            grand[k] += total
            sheet.write_formula(
                row, 2 + k, f"=SUBTOTAL(9,{col}{first + 1}:{col}{row})", None, total
            )
        sheet.set_row(row, None, None, {"level": 1, "collapsed": True})
        row += 1
    sheet.write(row, 0, "Grand Total")
    for k, col in enumerate("CDE"):
        sheet.write_formula(row, 2 + k, f"=SUBTOTAL(9,{col}4:{col}{row})", None, grand[k])
    book.close()
    return path


def test_office_totals_over_hidden_detail_are_counts_under_a_rebuilt_grand_total(tmp_path, job):
    output = Path(sanitise_file(_collapsed(tmp_path / "outline.xlsx"), job).output)
    formulas = openpyxl.load_workbook(output)["Referrals"]
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    labels = [formulas.cell(r, 1).value for r in range(1 + BANNER, formulas.max_row + 1)]
    assert "Derby" not in labels  # the hidden detail rows did not travel
    derby = [sum(f[k] for f in OFFICES["Derby"]) for k in range(3)]
    buxton = [sum(f[k] for f in OFFICES["Buxton"]) for k in range(3)]
    at = {v: r for r in range(1, formulas.max_row + 1) if (v := formulas.cell(r, 1).value)}
    assert [formulas.cell(at["Derby Total"], c).value for c in (3, 4, 5)] == list(
        map(_round, derby)
    )
    grand = at["Grand Total"]
    assert formulas.cell(grand, 3).value == f"=SUM(C{at['Derby Total']}:C{at['Buxton Total']})"
    assert values.cell(grand, 3).value == _round(derby[0]) + _round(buxton[0])


REGIONS = {"North East": [[412, 96], [377, 81]], "Yorkshire": [[509, 143], [288, 61], [97, 23]]}


def _regions_pasted(path: Path, total: str) -> Path:
    """An outline pasted as values: each region's line typed (its areas' sums) over its areas,
    collapsed; 'England' a formula over the region lines (``total``, B and C for the column)."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Referrals")
    sheet.write_row(0, 0, ["Referrals and attachments by region"])
    sheet.write_row(2, 0, ["Area", "Referrals", "Attachments"])
    row, lines = 3, []
    for region, areas in REGIONS.items():
        sheet.write_row(row, 0, [region, *(sum(a[k] for a in areas) for k in (0, 1))])
        sheet.set_row(row, None, None, {"collapsed": True})
        lines.append(row + 1)
        for i, figures in enumerate(areas):
            sheet.write_row(row + 1 + i, 0, [f"{region} area {i + 1}", *figures])
            sheet.set_row(row + 1 + i, None, None, {"level": 1, "hidden": True})
        row += 1 + len(areas)
    sheet.write(row, 0, "England")
    for k, col in enumerate("BC"):
        grand = sum(a[k] for areas in REGIONS.values() for a in areas)
        sheet.write_formula(row, 1 + k, total.format(*(f"{col}{n}" for n in lines)), None, grand)
    book.close()
    return path


def test_a_total_naming_typed_region_lines_over_collapsed_areas_is_rebuilt(tmp_path, job):
    """England '=B4+B7' over the typed region lines, each region's areas collapsed under it,
    was removed as 'a total over hidden rows' (WRONG: a total of two shown lines lost; found
    building collapsed outlines): the hidden areas lay between its parts, though it names
    each of its cells, none hidden (analyse/hidden_totals._names_shown_cells)."""
    for total in ("={}+{}", "=SUM({},{})"):
        source = _regions_pasted(tmp_path / "regions.xlsx", total)
        output = Path(sanitise_file(source, replace(job, force=True)).output)
        sheet = openpyxl.load_workbook(output)["Referrals"]
        lines = {line[0]: list(line[1:]) for line in sheet.iter_rows(max_col=3, values_only=True)}
        assert lines["North East"] == [780, 180]
        assert lines["England"] == ["=SUM(B6:B7)", "=SUM(C6:C7)"]
