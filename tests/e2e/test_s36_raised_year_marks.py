"""Session 36: years marked with a raised footnote call ('2009⁽²⁾'), as MoJ publishes them.

MoJ's prison population table A1.2 lists years 1900 to 2021 down its first column, two of them
carrying a raised '(2)' (a rich-text run set superscript) that points at a note under the table
('(2) Due to technical problems ...'). wpxl reads the run as raised characters ('2009⁽²⁾'), and
the analysis knew a year with a footnote only written flat ('2009(2)'): the column was read as
counts, every year rounded (1900 -> 1900, 1901 -> 1900 ...), and the proof refused the copy
asking the user to report it to the maintainers, after (on the whole book) an hour's reading.
The column is a label column now; and a raised call keyed by a note is a footnote's, as a flat
one is, so '2010⁽²⁾' stays though the workbook holds an unrounded count of 2010 elsewhere, and
the note keyed '(2)' stays though it holds a count of 2: in the plan (wpxl.plan.footnotes) and
in the proof's own reading (wpxl.verify.footnotes), which refused the copy otherwise.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter

from tests.e2e.runs import sanitised_beside

NOTE = "(2) Month end data were not available, so the last Friday of each month was used."


def _book(path: Path) -> Path:
    """'Year | Males | Females | Total' for 1900 to 2021, 2009 and 2010 marked with a raised
    '(2)', the note under the table keyed '(2)', a count of 2 females in 1900 and of 2010
    (unrounded) in 1995; from
    2009 to 2019 the figures are averages (decimals, removed), but 2010's males."""
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("A1_2")
    raised = book.add_format({"font_script": 1})
    sheet.write(0, 0, "Table A1.2: Prison population annual average by sex, 1900 to 2021")
    sheet.write_row(2, 0, ["Year", "Males", "Females", "Total"])
    for row, year in enumerate(range(1900, 2022), start=3):
        males, females = 14_000 + 557 * (year - 1900), 2_010 + 7 * (year - 1995)
        if year == 1900:  # a count of 2, as the note's key '(2)' reads
            females = 2
        if 2009 <= year <= 2019:  # averages of twelve month ends, as MoJ's are from 2009
            males, females = males + (year != 2010) * 0.25, females + 0.5
        if year in (2009, 2010):
            sheet.write_rich_string(row, 0, str(year), raised, "(2)")
        else:
            sheet.write_number(row, 0, year)
        sheet.write_row(row, 1, [males, females])
        sheet.write_formula(row, 3, f"=B{row + 1}+C{row + 1}", None, males + females)
    sheet.write(127, 0, NOTE)
    book.close()
    return path


def test_years_with_raised_calls_are_labels_and_keep_their_marks(tmp_path):
    source = _book(tmp_path / "prisons.xlsx")
    policy = tmp_path / "wpxl.toml"  # as the real layout's analyst wrote it
    policy.write_text('[measure_words]\nreferrals = ["prison population"]\n', encoding="utf-8")
    output, _ = sanitised_beside(source, policy)
    copy = openpyxl.load_workbook(output)["A1_2"]
    years = [copy.cell(row, 1).value for row in range(6, 128)]
    assert years[:109] == list(range(1900, 2009))
    assert years[110] == "2010⁽²⁾"  # 2009's line, every figure removed, reads as a title
    assert years[111:] == list(range(2011, 2022))
    females = [copy.cell(row, 3).value for row in range(6, 128)]
    assert females[109:120] == [None] * 11  # the averages: decimals, removed
    assert females[95] == 2_020  # 1995's 2,010, rounded: the count the marked label must not quote
    assert copy.cell(130, 1).value == NOTE
