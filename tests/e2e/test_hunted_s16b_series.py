"""What a fuzz of time series with period subtotals found (session 16, second round).

Month codes typed as numbers (201304, 201305 ...) down a column headed 'Month', each year's
(or quarter's) months closed by a line named in that column by the period alone ('2013/14',
'Year 2013/14', 'Q1'), then 'Grand total': the codes were read as counts (a line of words
between them broke their run) and rounded (201304 shown as 201300); the proof refused the copy
('a number naming a row or column, rounded as a count'). The period's line now closes the run
of codes as a total line does, and the proof reads codes over such lines as one column of keys.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

AREAS = ["Leeds", "Bradford"]
FIGURES = [[186, 286], [137, 277], [39, 294], [251, 9], [118, 333], [405, 72]]


def _r20(figure: int) -> int:
    return (figure + 10) // 20 * 20


def _grid(copy) -> list[tuple]:
    sheet = openpyxl.load_workbook(copy, data_only=True).worksheets[1]
    return [row for row in sheet.iter_rows(values_only=True) if isinstance(row[1], int | float)]


def _coded_rows(years: int, per_year: int, year_label: str, quarters: bool) -> list[list]:
    """Month codes down column A, a 'Total' column, quarter and year lines named by period."""
    rows: list[list] = [["Referrals by month and area"], [], ["Month", *AREAS, "Total"]]
    at, year_lines = 0, []
    for year in range(2013, 2013 + years):
        name = f"{year}/{(year + 1) % 100:02d}"
        months, quarter_lines = [], []
        for m in range(per_year):
            figures = FIGURES[at % len(FIGURES)]
            at += 1
            rows.append([year * 100 + 4 + m, *figures, f"=SUM(B{len(rows) + 1}:C{len(rows) + 1})"])
            months.append(len(rows))
            if quarters and m % 3 == 2:
                rows.append([f"Q{m // 3 + 1}", *_sums(months[-3:]), _row_sum(len(rows) + 1)])
                quarter_lines.append(len(rows))
        rows.append([year_label.format(y=name), *_sums(quarter_lines or months)])
        rows[-1].append(_row_sum(len(rows)))
        year_lines.append(len(rows))
    rows.append(["Grand total", *_sums(year_lines), _row_sum(len(rows) + 1)])
    return rows


def _sums(lines: list[int]) -> list[str]:
    return ["=" + "+".join(f"{col}{line}" for line in lines) for col in "BC"]


def _row_sum(line: int) -> str:
    return f"=SUM(B{line}:C{line})"


@pytest.mark.parametrize(
    ("years", "per_year", "year_label", "quarters"),
    [(1, 3, "{y}", False), (2, 6, "Year {y}", True), (2, 3, "{y}", False)],
    ids=["one-year", "quarters-and-years", "two-years"],
)
def test_month_codes_over_period_lines_are_kept_and_the_lines_sum_the_rounded_months(
    tmp_path, years, per_year, year_label, quarters
):
    rows = _coded_rows(years, per_year, year_label, quarters)
    source = write_book(tmp_path / "coded.xlsx", {"Referrals": rows})
    copy, _ = sanitised_beside(source)
    lines = _grid(copy)
    assert len(lines) == len(rows) - 3
    months: list[list[int]] = []  # the rounded months since the last period line
    quarter_or_year: list[list[int]] = []
    years_shown: list[list[int]] = []
    for source_row, shown in zip(rows[3:], lines, strict=True):
        label, figures = shown[0], list(shown[1:4])
        if isinstance(source_row[0], int):
            assert label == source_row[0]  # the code kept as written
            rounded = [_r20(f) for f in source_row[1:3]]
            assert figures == [*rounded, sum(rounded)]
            months.append(figures)
            continue
        assert label == source_row[0]
        parts = (
            years_shown
            if label == "Grand total"
            else quarter_or_year
            if label.startswith(("Year", "20")) and quarter_or_year
            else months
        )
        assert figures == [sum(p[k] for p in parts) for k in range(3)]
        if label.startswith("Q"):
            quarter_or_year.append(figures)
        elif label != "Grand total":
            years_shown.append(figures)
            quarter_or_year = []
        months = []


QUARTERS = [[311, 76], [387, 367], [239, 204], [371, 169], [64, 338], [22, 262]]


def test_a_typed_year_under_its_quarters_among_month_codes_sums_the_rounded_quarters(tmp_path):
    """Typed (no formulas): '2013/14' under 'Q1 total' and 'Q2 total' was read as a period
    like the months (their codes are no words naming months) and rounded on its own: 1,420
    shown where the quarters shown add up to 1,400, and the copy passed its proof."""
    rows: list[list] = [["Job starts by month and area"], [], ["Month", *AREAS]]
    quarters = []
    for q in range(2):
        months = QUARTERS[3 * q : 3 * q + 3]
        rows += [[201304 + 3 * q + m, *figures] for m, figures in enumerate(months)]
        quarters.append([sum(f[k] for f in months) for k in range(2)])
        rows.append([f"Q{q + 1} total", *quarters[-1]])
    year = [sum(q[k] for q in quarters) for k in range(2)]
    rows += [["2013/14", *year], ["Total", *year]]
    copy, _ = sanitised_beside(write_book(tmp_path / "typed.xlsx", {"Job starts": rows}))
    lines = {row[0]: list(row[1:3]) for row in _grid(copy)}
    shown_quarters = [
        [sum(_r20(f[k]) for f in QUARTERS[3 * q : 3 * q + 3]) for k in range(2)] for q in range(2)
    ]
    assert [lines["Q1 total"], lines["Q2 total"]] == shown_quarters
    year_shown = [sum(q[k] for q in shown_quarters) for k in range(2)]
    assert year_shown[1] != _r20(year[1])  # rounded on its own it would differ here
    assert lines["2013/14"] == year_shown
    assert lines["Total"] == year_shown
    assert all(code in lines for code in range(201304, 201310))


WEEKS = [[40, 5, 27, 3, 22, 30, 8, 21], [36, 39, 26, 28, 0, 16, 39, 39]]


def test_a_typed_year_column_right_of_numbered_weeks_sums_the_rounded_weeks(tmp_path):
    """Weeks across the columns ('Week 1' .. 'Week 8'), then the year's column ('2013-14')
    and 'Grand total', typed: the weeks' names were read as no periods, so the year was read
    as a period among them, rounded on its own (160 shown where Leeds' weeks show 140), and
    the copy passed its proof, which read only rows so."""
    head = ["Area", *(f"Week {k}" for k in range(1, 9)), "2013-14", "Grand total"]
    rows: list[list] = [["Referrals by week and area"], [], head]
    for area, weeks in zip(AREAS, WEEKS, strict=True):
        rows.append([area, *weeks, sum(weeks), sum(weeks)])
    rows.append(["Total", *(sum(col) for col in zip(*(r[1:] for r in rows[3:]), strict=True))])
    copy, _ = sanitised_beside(write_book(tmp_path / "weeks.xlsx", {"Referrals": rows}))
    shown = {row[0]: list(row[1:11]) for row in _grid(copy)}
    for area, weeks in zip(AREAS, WEEKS, strict=True):
        rounded = [_r20(w) for w in weeks]
        assert shown[area] == [*rounded, sum(rounded), sum(rounded)]
    assert _r20(sum(WEEKS[0])) != sum(_r20(w) for w in WEEKS[0])  # on its own it would differ
    assert shown["Total"] == [a + b for a, b in zip(shown["Leeds"], shown["Bradford"], strict=True)]


def _weeks_twice() -> list[list]:
    """Weeks 1 to 4 typed across the header row for each of two years, each year's total
    column after its weeks, then 'Total'; an area a line."""
    head: list = ["Area"]
    for year in ("2013-14", "2014-15"):
        head += [1, 2, 3, 4, f"{year} total"]
    rows: list[list] = [["Referrals by week and area"], [], [*head, "Total"]]
    for area, weeks in zip(AREAS, WEEKS, strict=True):
        first, second = weeks[:4], weeks[4:]
        line = [area, *first, sum(first), *second, sum(second), sum(weeks)]
        rows.append(line)
    return rows


def test_week_numbers_repeated_for_each_year_across_the_header_are_kept(tmp_path):
    """Weeks 1 to 4 of one year, its total's column, then weeks 1 to 4 of the next: the
    numbers repeating, the header row was read as a line of counts and its week numbers
    rounded (1, 2, 3, 4 shown as 0, 0, 0, 0), and the copy passed its proof."""
    rows = _weeks_twice()
    copy, _ = sanitised_beside(write_book(tmp_path / "weeks.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True).worksheets[1]
    lines = list(sheet.iter_rows(values_only=True))
    header = next(line for line in lines if line[0] == "Area")
    assert list(header[: len(rows[2])]) == rows[2]
    for area, weeks in zip(AREAS, WEEKS, strict=True):
        line = next(line for line in lines if line[0] == area)
        first, second = [_r20(w) for w in weeks[:4]], [_r20(w) for w in weeks[4:]]
        assert list(line[1:12]) == [*first, sum(first), *second, sum(second), sum(first + second)]


def _years_to_date() -> list[list]:
    """Two years of months by quarter, typed: each quarter's total, then 'Year to date', the
    last of which the year's total line repeats; 'Grand total' under the years."""
    rows: list[list] = [["Referrals by month and area"], [], ["Month", *AREAS]]
    figures = iter(FIGURES * 4)
    years = []
    for year in (2013, 2014):
        so_far = [0, 0]
        for q in range(4):
            months = [next(figures) for _ in range(3)]
            for m, line in enumerate(months):
                rows.append([f"{MONTHS[3 * q + m]}-{(year + (q == 3)) % 100:02d}", *line])
            quarter = [sum(line[k] for line in months) for k in range(2)]
            so_far = [a + b for a, b in zip(so_far, quarter, strict=True)]
            rows += [[f"Q{q + 1} total", *quarter], ["Year to date", *so_far]]
        rows.append([f"{year}-{(year + 1) % 100:02d} total", *so_far])
        years.append(so_far)
    rows.append(["Grand total", *(a + b for a, b in zip(*years, strict=True))])
    return rows


MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]


def test_a_grand_total_under_years_closed_by_year_to_date_sums_the_years_shown(tmp_path):
    rows = _years_to_date()
    copy, _ = sanitised_beside(write_book(tmp_path / "ytd.xlsx", {"Referrals": rows}))
    lines = [row for row in _grid(copy) if isinstance(row[0], str)]
    years = [row for row in lines if row[0] in ("2013-14 total", "2014-15 total")]
    assert len(years) == 2
    grand = next(row for row in lines if row[0] == "Grand total")
    assert list(grand[1:3]) == [sum(y[k] for y in years) for k in (1, 2)]


def test_week_numbers_across_before_their_years_column_are_kept(tmp_path):
    """Weeks 1 to 8 typed across the header row, then the year's column named by the year
    alone ('2013/14'), no 'Total': the header was read as a line of counts and its week
    numbers rounded (1 to 8 shown as 0), and the copy passed its proof."""
    rows: list[list] = [["Referrals by week and area"], [], ["Area", *range(1, 9), "2013/14"]]
    for area, weeks in zip(AREAS, WEEKS, strict=True):
        rows.append([area, *weeks, sum(weeks)])
    copy, _ = sanitised_beside(write_book(tmp_path / "weeks.xlsx", {"Referrals": rows}))
    lines = list(
        openpyxl.load_workbook(copy, data_only=True).worksheets[1].iter_rows(values_only=True)
    )
    assert list(next(line for line in lines if line[0] == "Area")[:10]) == rows[2]
    for area, weeks in zip(AREAS, WEEKS, strict=True):
        rounded = [_r20(w) for w in weeks]
        assert list(next(line for line in lines if line[0] == area)[1:10]) == [
            *rounded,
            sum(rounded),
        ]


def test_month_codes_across_with_quarter_total_columns_are_kept(tmp_path):
    """Month codes typed across the header row, each quarter's months closed by its 'Q1 total'
    column (a SUM): the proof read a header row's total column only by words starting 'Total',
    so it refused the codes kept as labels."""
    head: list = ["Area"]
    for q in range(2):
        head += [201304 + 3 * q + m for m in range(3)] + [f"Q{q + 1} total"]
    rows: list[list] = [["Referrals by month and area"], [], head]
    for r, (area, weeks) in enumerate(zip(AREAS, WEEKS, strict=True), start=4):
        rows.append([area, *weeks[:3], f"=SUM(B{r}:D{r})", *weeks[3:6], f"=SUM(F{r}:H{r})"])
    cached = {
        ("Referrals", f"{col}{r}"): sum(w[k : k + 3])
        for r, w in enumerate(WEEKS, start=4)
        for col, k in (("E", 0), ("I", 3))
    }
    source = write_book(tmp_path / "codes.xlsx", {"Referrals": rows}, cached=cached)
    copy, _ = sanitised_beside(source)
    lines = list(
        openpyxl.load_workbook(copy, data_only=True).worksheets[1].iter_rows(values_only=True)
    )
    assert list(next(line for line in lines if line[0] == "Area")[:9]) == head
    for area, weeks in zip(AREAS, WEEKS, strict=True):
        first, second = [_r20(w) for w in weeks[:3]], [_r20(w) for w in weeks[3:6]]
        line = next(line for line in lines if line[0] == area)
        assert list(line[1:9]) == [*first, sum(first), *second, sum(second)]
