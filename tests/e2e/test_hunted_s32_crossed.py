"""Session 32: cross-tabulations totalled both ways, drawn at random (tests/e2e/crossed_tables)
and read back by the oracle of tests/e2e/mixed_tables, which shares nothing with wpxl.

What the drawings found:
- **A year's column over its quarters' columns, refused by chance.** Offices by month, a total
  column after each quarter's months and a 'Total' column first, written =SUM(F6,J6,N6) over
  the quarters. The proof (verify/sibling_totals) read a SUM of single cells as one over a
  column's cells, so it asked the cells left and right of it: the line's April (10) was, to
  the last digit, its July and October (7 + 3) moved one column over, so April was taken for
  a typed total rounded on its own, and the right copy was refused. A SUM of single cells is
  over the row (or column) they share: its siblings stand above and below it.
"""

from __future__ import annotations

from tests.e2e.runs import line_of, sanitised_rows

MONTHS = [["Apr 2014", "May 2014", "Jun 2014"], ["Jul 2014", "Aug 2014", "Sep 2014"],
          ["Oct 2014", "Nov 2014", "Dec 2014"]]  # fmt: skip
QUARTERS = ["Office", "Total", *(h for q, m in enumerate(MONTHS, 1) for h in [*m, f"Q{q} total"])]


def _office(row: int, name: str, months: list[int]) -> list:
    """An office's line: its year over its quarters' columns, each quarter over its months."""
    quarters = [[*months[q * 3 : q * 3 + 3], f"=SUM({a}{row}:{b}{row})"]
                for q, (a, b) in enumerate(["CE", "GI", "KM"])]  # fmt: skip
    return [name, f"=SUM(F{row},J{row},N{row})", *(x for q in quarters for x in q)]


def test_a_year_over_its_quarters_is_no_sibling_of_the_month_beside_it(tmp_path):
    rows = [["Referrals by office and month, 2014-15"], [], [], QUARTERS,
            _office(5, "Leeds", [120, 31, 44, 57, 66, 71, 80, 95, 103]),
            _office(6, "Barnsley", [10, 52, 2, 7, 37, 125, 3, 60, 44]),  # April is 7 + 3
            ["Total", *(f"=SUM({c}5:{c}6)" for c in "BCDEFGHIJKLMN")]]  # fmt: skip
    shown, formulas = sanitised_rows(tmp_path, {"Referrals": rows})
    page = shown["Referrals"]
    barnsley = [340, 20, 60, 0, 80, 0, 40, 120, 160, 0, 60, 40, 100]
    assert line_of(page, "Barnsley") == ["Barnsley", *barnsley]
    (row,) = [r[0].row for r in page.iter_rows() if r[0].value == "Barnsley"]
    assert formulas["Referrals"][f"B{row}"].value == f"=SUM(F{row},J{row},N{row})"
    assert line_of(page, "Leeds")[1] == 680  # 200 + 200 + 280, each quarter's rounded months
    assert line_of(page, "Total")[1] == 680 + 340
