"""Found in session 25: an Excel pivot pasted as values (compact form: each region's line, its
subtotal, over its authorities, 'Grand Total' last) with a region of one authority ('North
East' over 'Sunderland', the same figures). The tree took the grand total as the regions'
sum and left 'Sunderland' out of every total: counted as a line of its own in the shares'
base, it made every share too small and the Grand Total 85 % (WRONG, verified). A line left
out of every total beside its twin in one is that twin's one part (analyse/far_end)."""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s24_fuzz2 import PIVOT as BLANK_PIVOT

# the pivot of session 24's '(blank)' region, its last region 'North East' over 'Sunderland'
PIVOT = [*BLANK_PIVOT[:-3], ["North East", 317, 2621], ["Sunderland", 317, 2621], BLANK_PIVOT[-1]]


def _lines(copy, name: str) -> dict[str, object]:
    sheet = openpyxl.load_workbook(copy, data_only=True)[name]
    return {r[0]: r[1] for r in sheet.iter_rows(values_only=True) if r[0] and r[1] is not None}


def test_a_pivots_region_of_one_authority_is_a_group_of_one(tmp_path):
    copy, _ = sanitised_beside(write_book(tmp_path / "pivot.xlsx", {"Referrals": PIVOT}))
    formulas = openpyxl.load_workbook(copy)["Referrals"]
    north_east = next(r for r in formulas.iter_rows() if r[0].value == "North East")
    assert north_east[1].value == f"=SUM(B{north_east[0].row + 1})"  # over Sunderland
    shares = _lines(copy, "Job outcomes %")
    assert shares["Grand Total"] == 1
    assert shares["Yorkshire"] == round(9126 / 14959, 2)
    assert shares["North East"] == shares["Sunderland"] == round(2621 / 14959, 2)
    assert _lines(copy, "Referrals")["Grand Total"] == 7280 + 4340 + 320


# corpus book c154 (its 'Job outcomes by area' table): areas of one district written as
# formulas over it ('Derby' =SUM(B5:B5) over 'Derby Central'), one of them with its last
# month typed over ('Leicester' 138 beside 'Leicester City' 138)
AREAS: list[list] = [
    ["Job outcomes by area, 2014-15"],
    ["Area", 1, 2, 3],
    ["All", "=B4+B6+B9", "=C4+C6+C9", "=D4+D6+D9"],
    ["Derby", "=SUM(B5:B5)", "=SUM(C5:C5)", "=SUM(D5:D5)"],
    ["Derby Central", 236, 351, 210],
    ["Nottingham", "=SUM(B7:B8)", "=SUM(C7:C8)", "=SUM(D7:D8)"],
    ["Nottingham East", 245, 50, 372],
    ["Nottingham West", 158, 243, 328],
    ["Leicester", "=SUM(B10:B10)", "=SUM(C10:C10)", 138],
    ["Leicester City", 91, 120, 138],
]


def _cached() -> dict[tuple[str, str], int]:
    figures = {5: (236, 351, 210), 7: (245, 50, 372), 8: (158, 243, 328), 10: (91, 120, 138)}
    cached = {}
    for at, col in enumerate("BCD"):
        areas = {4: figures[5][at], 6: figures[7][at] + figures[8][at], 9: figures[10][at]}
        cached |= {("Outcomes", f"{col}{row}"): value for row, value in areas.items()}
        cached[("Outcomes", f"{col}3")] = sum(areas.values())
    return cached


def test_an_area_of_one_district_partly_typed_over_is_its_total(tmp_path):
    """'Leicester' over its one 'Leicester City', its last month typed over the formula: no
    total by its formulas, its line was a part of the base beside its district's, and every
    share was too small, the 'All' line 88 % (WRONG, verified; corpus book c154). Of two alike
    lines, the one written as formulas where the other is typed is the total (analyse/far_end)."""
    source = write_book(tmp_path / "areas.xlsx", {"Outcomes": AREAS}, cached=_cached())
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy, data_only=True)["Job outcomes %"]
    lines = {r[0]: r[1:4] for r in sheet.iter_rows(values_only=True) if r[0] in ("All", "Derby")}
    assert lines["All"] == (1, 1, 1)
    assert lines["Derby"] == tuple(
        round(v / t, 2) for v, t in zip((236, 351, 210), (730, 764, 1048), strict=True)
    )


def _years_over_quarters(measure: str) -> list[list]:
    """A pivot of ``measure`` by area, its columns years over their quarters, each year's
    'Total' after its quarters (2014's of one quarter), 'Grand Total' last."""
    rows: list[list] = [[f"Sum of {measure}", "Column Labels"]]
    rows += [[None, "2013", None, None, "2014", None, None]]
    rows += [["Row Labels", "Q3", "Q4", "2013 Total", "Q1", "2014 Total", "Grand Total"]]
    areas = {"Bradford": (412, 388, 97), "Leeds": (251, 307, 163), "Wakefield": (129, 77, 58)}
    for name, (q3, q4, q1) in areas.items():
        rows.append([name, q3, q4, q3 + q4, q1, q1, q3 + q4 + q1])
    totals = [sum(column) for column in zip(*[line[1:] for line in rows[3:]], strict=True)]
    return [*rows, ["Grand Total", *totals]]


def test_a_years_total_header_stays_over_its_shares(tmp_path):
    """On the shares sheet of an outcome pivot of years over quarters, '2013 Total' and '2014
    Total' were removed as quoting an unrounded figure: the years are numbers of the input,
    and are let off only where a sheet carries them as labels, which the shares sheet's keys
    ('2013' over the quarters) did not count as (WRONG: columns of shares with no name; found
    building pivots). A year a shares sheet shows as a key is a year carried."""
    rows = _years_over_quarters("Job outcomes")
    copy, _ = sanitised_beside(write_book(tmp_path / "years.xlsx", {"Job outcomes": rows}))
    sheet = openpyxl.load_workbook(copy)["Job outcomes %"]
    heads = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Row Labels")
    assert heads[:7] == ("Row Labels", "Q3", "Q4", "2013 Total", "Q1", "2014 Total", "Grand Total")
