"""The proof finds, on its own, a named total that does not show the sum of the lines it adds
up: 'Q1 total' over its months in the input, read by a plan as the total over the 'Year' line
of the same figures under it, shows the year rounded on its own (60) beside months shown as 40
in all; every figure is a multiple of 20 and the quarter's formula is honest against the input,
so only the run of months above it tells.

The copy is written by the real writer from a real plan of a real input, then changed the way
that reading changes it.
"""

from __future__ import annotations

from tests.builders import write_book
from tests.misread import BANNER, misread_findings, proved
from wpxl.model import OutputCell
from wpxl.model.sheetref import a1
from wpxl.verify.summed_groups import NOT_ITS_GROUPS
from wpxl.verify.summed_runs import NOT_ITS_RUN

ROWS: list[list] = [
    ["Referrals by month"],
    [],
    ["Month", "Leeds", "Bradford"],
    ["Apr-13", 24, 27],
    ["May-13", 28, 17],
    ["Jun-13", 6, 20],
    ["Q1 total", 58, 64],
    ["Year 2013/14", 58, 64],
]


def test_a_named_total_not_showing_its_months_sum_is_caught(tmp_path):
    year = {(7, 1): 60.0, (7, 2): 60.0}  # the year rounded on its own
    quarter = {  # the quarter read as the year's total, the line under it
        (6, col): OutputCell(60.0, formula=f"=SUM({a1(7 + BANNER, col)})", kind="total")
        for col in (1, 2)
    }
    found = misread_findings(tmp_path, ROWS, {**year, **quarter}, "total")
    # Bradford's months round to 20 each: their sum, 60, is what the year shows there
    assert {f.part for f in found if f.kind == NOT_ITS_RUN} == {f"'Referrals' {a1(6 + BANNER, 1)}"}


def test_the_copy_the_plan_makes_passes(tmp_path):
    assert proved(tmp_path, write_book(tmp_path / "pack.xlsx", {"Referrals": ROWS})) == []


def test_a_line_named_by_its_year_alone_rounded_on_its_own_is_caught(tmp_path):
    rows: list[list] = [["Referrals by month"], [], ["Month", "Leeds", "Bradford"]]
    rows += [
        ["Apr-13", 495, 311],
        ["May-13", 291, 409],
        ["Jun-13", 74, 416],
        ["2013/14", 860, 1136],
    ]
    rows += [["Apr-14", 350, 369], ["May-14", 431, 2], ["Jun-14", 107, 288], ["2014/15", 888, 659]]
    alone = {(6, 1): 860.0, (10, 1): 880.0}  # read as periods, rounded on their own
    found = misread_findings(tmp_path, rows, alone, "rounded")
    # the months show 500 + 300 + 80 = 880 and 360 + 440 + 100 = 900
    assert {f.part for f in found if f.kind == NOT_ITS_RUN} >= {f"'Referrals' {a1(10 + BANNER, 1)}"}
    assert {f.part for f in found} >= {f"'Referrals' {a1(row + BANNER, 1)}" for row in (6, 10)}


def test_a_year_under_its_quarters_rounded_on_its_own_is_caught(tmp_path):
    """'2013/14' straight under 'Q1 total' and 'Q2 total' has no run of lines of its own: the
    quarters' lines, each over its months, are what it adds up. Read as a period like the
    months (codes, 201304, name none as words do), it is rounded on its own, and the 'Total'
    under it, the sum of that one line, agrees with it."""
    rows: list[list] = [["Referrals by month"], [], ["Month", "Leeds", "Bradford"]]
    rows += [[201304, 311, 76], [201305, 387, 367], [201306, 239, 204], ["Q1 total", 937, 647]]
    rows += [[201307, 371, 169], [201308, 64, 338], [201309, 22, 262], ["Q2 total", 457, 769]]
    rows += [["2013/14", 1394, 1416], ["Total", 1394, 1416]]
    alone: dict[tuple[int, int], object] = {(11, 1): 1400.0, (11, 2): 1420.0}
    for col, figure in ((1, 1400.0), (2, 1420.0)):
        alone[(12, col)] = OutputCell(figure, formula=f"SUM({a1(11 + BANNER, col)})", kind="total")
    found = misread_findings(tmp_path, rows, alone, "rounded")
    # Bradford's quarters show 80 + 360 + 200 = 640 and 160 + 340 + 260 = 760: 1,400 in all
    assert {f.part for f in found} == {f"'Referrals' {a1(11 + BANNER, 2)}"}
    assert {f.kind for f in found} == {NOT_ITS_GROUPS}


def test_a_year_column_right_of_its_weeks_rounded_on_its_own_is_caught(tmp_path):
    """Columns are read as rows are: '2013-14' adds up the weeks' columns left of it. Read as
    a period like the weeks, it is rounded on its own, and 'Grand total' right of it (the sum
    of that one column) and the 'Total' line under it agree with it."""
    weeks = [[40, 5, 27, 3, 22, 30, 8, 21], [36, 39, 26, 28, 0, 16, 39, 39]]
    head = ["Area", *(f"Week {k}" for k in range(1, 9)), "2013-14", "Grand total"]
    rows: list[list] = [["Referrals by week"], [], head]
    for area, figures in zip(("Leeds", "Bradford"), weeks, strict=True):
        rows.append([area, *figures, sum(figures), sum(figures)])
    rows.append(["Total", *(sum(col) for col in zip(*(r[1:] for r in rows[3:]), strict=True))])
    alone: dict[tuple[int, int], object] = {}
    for row in (3, 4):
        year = float((rows[row][9] + 10) // 20 * 20)  # 160 for Leeds, 220 for Bradford
        alone[(row, 9)] = year
        alone[(row, 10)] = OutputCell(year, formula=f"SUM({a1(row + BANNER, 9)})", kind="total")
    both = alone[(3, 9)] + alone[(4, 9)]  # type: ignore[operator]
    for col in (9, 10):
        ranged = f"SUM({a1(3 + BANNER, col)}:{a1(4 + BANNER, col)})"
        alone[(5, col)] = OutputCell(both, formula=ranged, kind="total")
    found = misread_findings(tmp_path, rows, alone, "rounded")
    # Leeds' weeks show 40 + 0 + 20 + 0 + 20 + 40 + 0 + 20 = 140; Bradford's 220 as rounded
    assert {f.part for f in found} == {f"'Referrals' {a1(r + BANNER, 9)}" for r in (3, 5)}
    assert {f.kind for f in found} == {NOT_ITS_RUN}


def test_a_grand_total_of_years_each_over_year_to_date_rounded_on_its_own_is_caught(tmp_path):
    """Each year's total line repeats its last 'Year to date' line, which hides its months:
    'Grand total' adds up the lines named as the one above it is, but for their figures."""
    rows: list[list] = [["Referrals by month"], [], ["Month", "Leeds", "Bradford"]]
    rows += [["Apr-13", 495, 311], ["May-13", 291, 409], ["Q1 total", 786, 720]]
    rows += [["Year to date", 786, 720], ["2013-14 total", 786, 720]]
    rows += [["Apr-14", 350, 369], ["May-14", 431, 2], ["Q1 total", 781, 371]]
    rows += [["Year to date", 781, 371], ["2014-15 total", 781, 371]]
    rows += [["Grand total", 1567, 1091]]
    alone = {(13, 1): 1560.0, (13, 2): 1100.0}  # rounded on its own
    found = misread_findings(tmp_path, rows, alone, "rounded")
    # the years show 500 + 280 = 780 and 360 + 440 = 800 for Leeds: 1,580 in all
    assert f"'Referrals' {a1(13 + BANNER, 1)}" in {
        f.part for f in found if f.kind == NOT_ITS_GROUPS
    }


def test_a_year_of_one_quarter_rounded_on_its_own_is_caught(tmp_path):
    """'2013/14' under its one 'Q1 total', one column: no run of its own above it, and too few
    figures for the twin-lines check; the year must show what the quarter shows."""
    rows: list[list] = [["Attachments by month"], [], ["Month", "Leeds"]]
    rows += [["Apr-13", 184], ["May-13", 100], ["Jun-13", 106], ["Q1 total", 390]]
    rows += [["2013/14", 390]]
    found = misread_findings(tmp_path, rows, {(7, 1): 400.0}, "rounded")  # 180 + 100 + 100
    assert {f.part for f in found if f.kind == NOT_ITS_RUN} == {f"'Referrals' {a1(7 + BANNER, 1)}"}
