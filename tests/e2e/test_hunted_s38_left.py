"""Session 38 (left): session 37's "read wrong, said wrong" leftovers, each a real pack's layout.

Hyperlinks, data validation and page headers and footers were listed on the cover as
'hyperlinks, workbook: not carried into the output', naming no sheet or cell, as comments were
until session 37: an analyst who had linked a note to the guidance or put a drop-down beside
the figures could not tell which went. wpxl.read notes where each was found
(``Sheet.outside_places``: a link's cell, a validation's range, the sheet whose page header or
footer it is) and the cover and the terminal name them (plan/unseen_places), "hyperlinks,
'Referrals' A5, A9"; the workbook's line stays for those of sheets not carried (a hidden one).
"""

from __future__ import annotations

import openpyxl
from openpyxl.worksheet.datavalidation import DataValidation

from tests.e2e.runs import sanitised_beside

GROUPS = [("JSA 18-24", 413, 41), ("JSA 25+", 287, 28), ("ESA Flow", 199, 19)]


def _cover_lines(copy) -> list[str]:
    cover = openpyxl.load_workbook(copy)["About this workbook"]
    return [c.value for c in cover["A"] if isinstance(c.value, str)]


def test_hyperlinks_validation_and_headers_are_named_by_sheet_and_cell(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    rows: list[list] = [["Referrals by payment group"], [], ["Payment group", "Referrals"]]
    rows += [[group, referrals] for group, referrals, _ in GROUPS]
    rows += [["Total", "=SUM(B4:B6)"], [], ["See the guidance"]]
    for row in rows:
        sheet.append(row)
    sheet["A9"].hyperlink = "https://www.gov.uk/work-programme"
    sheet["A5"].hyperlink = "#'Referrals'!B5"
    check = DataValidation(type="list", formula1='"Yes,No"', prompt="Checked?")
    sheet.add_data_validation(check)
    check.add("C4:C6")
    sheet.oddFooter.left.text = "Page &P"
    source = tmp_path / "links.xlsx"
    book.save(source)
    copy, printed = sanitised_beside(source)
    lines = _cover_lines(copy)
    assert "- hyperlinks, 'Referrals' A5, A9: not carried into the output" in lines
    assert "- data validation, 'Referrals' C4:C6: not carried into the output" in lines
    assert "- headers and footers, 'Referrals': not carried into the output" in lines
    assert not any(", workbook:" in line and "document" not in line for line in lines)
    assert "removed: 'Referrals' A5, A9: hyperlinks, not carried into the output" in printed
