"""Excel's Data > Subtotal output collapsed to its office totals: the detail rows are hidden,
so they never travel; the office totals its reader sees become rounded counts, and the grand
total is rebuilt over them (before, every figure was removed and the table left empty)."""

from __future__ import annotations

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
