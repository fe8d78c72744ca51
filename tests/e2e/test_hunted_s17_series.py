"""What a hunt of time series with running totals found (session 17).

- A 'Total' column left of a single year's column (the same figures): the year was read as a
  total over the 'Total' column that adds it up, a loop, and wpxl crashed (RecursionError).
- Weeks numbered 1, 2, 3 ... across the header row, with 'YTD', 'Year to date' or 'Cumulative'
  columns among or after them and no 'Total' column: the header was read as a line of counts,
  its week numbers rounded (1 to 4 shown as 0), and the copy passed its proof, which let a
  header row of numbers stand only beside a total's words.
- Month codes typed down the first column (202104, 202105 ...) with a running line after each
  month ('Cumulative', 'Year to date'): the running lines broke the run of codes, so the codes
  were read as counts and rounded (202104 shown as 202100), and the copy passed its proof;
  then a quarter's three codes so, too few (under four rows) for a column of keys.
- Month codes by quarter, two quarters closed by a half year's line named in the code column
  ('H1', 'Half year 1'): the half year's line broke the run of codes as a quarter's did not,
  so they were rounded as counts, and the proof refused the copy.
- Months each followed by their year to date ('Apr-21', 'Year to date', 'May-21' ...), each
  quarter closed by its line ('Total Q1'), typed: the running lines were read as a chain of
  totals taking every month, so 'Total Q2' added up nothing, was rounded on its own, and the
  proof refused the copy.
- A year of one quarter named with words before it ('FY 2021/22', 'Year 2021/22') under
  'Q1 total' of the same figures: read as a year only when named by the year alone, it was
  rounded on its own (the proof refused the copy).
- Months down the rows with each area's 'YTD' column beside it and a 'Total' column, typed,
  each quarter closed by its line (the YTD cells left blank there): from the second quarter's
  line on the YTD columns were read as no running columns (that line is no sum of all before),
  and with them between the areas the 'Total' column as no total: all rounded on their own
  (Total 843 shown 840 beside Leeds 440 and Bradford 420), and the copy passed its proof.
- The same YTD columns over two years, starting again after each year's line (left blank
  there): the restart was read as no running sum, the columns rounded cell by cell, and the
  copy passed its proof.
- LEAK: months across the header, each followed by a 'Year to date' column, one area line: a
  year to date that came to a year-shaped figure (1995, 2013) under the words 'Year to date'
  was read as a year naming its column and carried unrounded, and the proof, seeing a lone
  year-shaped figure in its column, let it stand as a year.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

AREAS = ["Leeds", "Bradford"]


def _r20(figure: int) -> int:
    return (figure + 10) // 20 * 20


def _lines(copy) -> dict[str, list]:
    sheet = openpyxl.load_workbook(copy, data_only=True).worksheets[1]
    return {row[0]: list(row[1:]) for row in sheet.iter_rows(values_only=True) if row[0]}


def test_a_total_column_before_its_one_year_column_is_the_total_over_that_year(tmp_path):
    rows = [
        ["Referrals by year and area"],
        [],
        ["Area", "Total", 2013],
        ["Leeds", 109, 109],
        ["Bradford", 69, 69],
        ["Total", 178, 178],
    ]
    copy, _ = sanitised_beside(write_book(tmp_path / "year.xlsx", {"Referrals": rows}))
    lines = _lines(copy)
    assert lines["Area"][:2] == ["Total", 2013]
    assert lines["Leeds"][:2] == [100, 100]
    assert lines["Bradford"][:2] == [60, 60]
    assert lines["Total"][:2] == [160, 160]
    assert _r20(178) != 160  # the foot rounded on its own would differ


WEEKS = [[13, 297, 220, 370, 46, 9, 151, 12], [36, 39, 26, 28, 0, 16, 39, 39]]


def _weeks_with_running_columns(word: str, every: int | None, areas: int, total: bool):
    """Week numbers typed across the header, a running column (``word``) after every
    ``every`` weeks and at the end, the first ``areas`` areas a line, maybe a 'Total' line."""
    head: list = ["Area"]
    for week in range(1, 9):
        head.append(week)
        if week == 8 or (every and week % every == 0):
            head.append(word)
    rows: list[list] = [["Referrals by week"], [], head]
    for area, weeks in zip(["Leeds", "Bradford"][:areas], WEEKS, strict=False):
        line: list = [area]
        for week, figure in enumerate(weeks, start=1):
            line.append(figure)
            if week == 8 or (every and week % every == 0):
                line.append(sum(weeks[:week]))
        rows.append(line)
    if total:
        rows.append(["Total", *(sum(col) for col in zip(*(r[1:] for r in rows[3:]), strict=True))])
    return rows


@pytest.mark.parametrize(
    ("word", "every", "areas", "total"),
    [
        ("YTD", None, 1, False),
        ("Year to date", 4, 1, True),
        ("Cumulative", 4, 2, False),
        ("YTD", 4, 2, True),
    ],
    ids=["ytd-at-the-end", "ytd-after-each-4-weeks-total", "cumulative-two-areas", "ytd-both"],
)
def test_week_numbers_across_beside_running_columns_are_kept(tmp_path, word, every, areas, total):
    rows = _weeks_with_running_columns(word, every, areas, total)
    copy, _ = sanitised_beside(write_book(tmp_path / "weeks.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True).worksheets[1]
    lines = [line for line in sheet.iter_rows(values_only=True) if line[0] is not None]
    head = next(line for line in lines if line[0] == "Area")
    assert list(head[: len(rows[2])]) == rows[2]  # week numbers kept, not rounded to 0
    shown = {line[0]: list(line[1 : len(rows[2])]) for line in lines}
    for area, weeks in zip(["Leeds", "Bradford"][:areas], WEEKS, strict=False):
        rounded, want = [_r20(w) for w in weeks], []
        for week in range(1, 9):
            want.append(rounded[week - 1])
            if week == 8 or (every and week % every == 0):
                want.append(sum(rounded[:week]))
        assert shown[area] == want
    if total:
        parts = [shown[a] for a in ["Leeds", "Bradford"][:areas]]
        assert shown["Total"] == [sum(col) for col in zip(*parts, strict=True)]


CODED = [[186, 286], [137, 277], [39, 294], [251, 9], [118, 333], [405, 72]]


@pytest.mark.parametrize(
    ("word", "months"), [("Cumulative", 6), ("Year to date", 6), ("YTD", 6), ("Year to date", 3)]
)
def test_month_codes_each_followed_by_a_running_line_are_kept(tmp_path, word, months):
    """Three months alone (a quarter's report) were too few for a column of keys: rounded."""
    rows: list[list] = [["Referrals by month and area"], [], ["Month", "Leeds", "Bradford"]]
    so_far = [0, 0]
    for m, figures in enumerate(CODED[:months]):
        so_far = [a + b for a, b in zip(so_far, figures, strict=True)]
        rows += [[202104 + m, *figures], [word, *so_far]]
    rows.append(["2021/22 total", *so_far])
    copy, _ = sanitised_beside(write_book(tmp_path / "codes.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True).worksheets[1]
    lines = [row for row in sheet.iter_rows(values_only=True) if row[0] is not None][2:]
    assert [row[0] for row in lines] == [row[0] for row in rows[2:]]  # codes kept as written
    shown_so_far = [0, 0]
    for m, figures in enumerate(CODED[:months]):
        rounded = [_r20(f) for f in figures]
        shown_so_far = [a + b for a, b in zip(shown_so_far, rounded, strict=True)]
        assert list(lines[1 + 2 * m][1:3]) == rounded
        assert list(lines[2 + 2 * m][1:3]) == shown_so_far
    assert list(lines[-1][1:3]) == shown_so_far


@pytest.mark.parametrize("half", ["H{h}", "Half year {h}", "Half {h}"])
def test_month_codes_by_quarter_and_half_year_are_kept(tmp_path, half):
    rows: list[list] = [["Referrals by month and area"], [], ["Month", "Leeds", "Bradford"]]
    quarters, halves = [], []
    for m in range(12):
        figures = CODED[m % len(CODED)]
        code = (2021 + (m >= 9)) * 100 + (m + 3) % 12 + 1
        rows.append([code, *figures])
        if m % 3 == 2:
            months = [r[1:3] for r in rows[-3:]]
            quarters.append([sum(f[k] for f in months) for k in range(2)])
            rows.append([f"Q{len(quarters)}", *quarters[-1]])
        if m % 6 == 5:
            halves.append([sum(q[k] for q in quarters[-2:]) for k in range(2)])
            rows.append([half.format(h=len(halves)), *halves[-1]])
    rows.append(["2021/22", *(sum(h[k] for h in halves) for k in range(2))])
    copy, _ = sanitised_beside(write_book(tmp_path / "halves.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True).worksheets[1]
    lines = [row for row in sheet.iter_rows(values_only=True) if row[0] is not None][2:]
    assert [row[0] for row in lines] == [row[0] for row in rows[2:]]  # codes kept as written
    under: dict[str, list] = {"Q": [], "H": [], "2": []}  # what each kind of line adds up
    above = {"Q": "H", "H": "2"}  # the kind of line that adds up each kind
    for source, line in zip(rows[3:], lines[1:], strict=True):
        figures = list(line[1:3])
        if isinstance(source[0], int):
            assert figures == [_r20(f) for f in source[1:3]]
            under["Q"].append(figures)
            continue
        kind = source[0][0]  # 'Q1', 'H1' or 'Half ...', '2021/22'
        assert figures == [sum(f[k] for f in under[kind]) for k in range(2)], source[0]
        under[kind] = []
        if kind in above:
            under[above[kind]].append(figures)


MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
BY_MONTH = [[186, 286], [137, 277], [39, 294], [14, 9], [14, 333], [14, 72]]


@pytest.mark.parametrize("word", ["Year to date", "Cumulative"])
def test_months_each_with_their_year_to_date_and_quarter_lines_sum_the_rounded_months(
    tmp_path, word
):
    rows: list[list] = [["Referrals by month and area"], [], ["Month", "Leeds", "Bradford"]]
    so_far, quarter = [0, 0], [0, 0]
    for m, (month, figures) in enumerate(zip(MONTHS, BY_MONTH, strict=True)):
        so_far = [a + b for a, b in zip(so_far, figures, strict=True)]
        quarter = [a + b for a, b in zip(quarter, figures, strict=True)]
        rows += [[f"{month}-21", *figures], [word, *so_far]]
        if m % 3 == 2:
            rows.append([f"Total Q{m // 3 + 1}", *quarter])
            quarter = [0, 0]
    rows.append(["2021/22 total", *so_far])
    assert _r20(14 * 3) != 3 * _r20(14)  # 'Total Q2' rounded on its own would differ
    copy, _ = sanitised_beside(write_book(tmp_path / "ytd.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True).worksheets[1]
    lines = [row for row in sheet.iter_rows(values_only=True) if row[0] is not None][3:]
    assert [row[0] for row in lines] == [row[0] for row in rows[3:]]
    months: list[list[int]] = []
    quarter_shown: list[list[int]] = []
    for source, line in zip(rows[3:], lines, strict=True):
        figures = list(line[1:3])
        if source[0] == word:
            assert figures == [sum(f[k] for f in months) for k in range(2)]
        elif source[0].startswith("Total Q"):
            assert figures == [sum(f[k] for f in months[-3:]) for k in range(2)]
            quarter_shown.append(figures)
        elif source[0].endswith("total"):
            assert figures == [sum(q[k] for q in quarter_shown) for k in range(2)]
        else:
            assert figures == [_r20(f) for f in source[1:3]]
            months.append(figures)


@pytest.mark.parametrize("year", ["FY 2021/22", "Year 2021/22", "Financial year 2021/22"])
def test_a_year_named_with_words_over_its_one_quarter_shows_the_quarter(tmp_path, year):
    rows: list[list] = [["Attachments by month and area"], [], ["Month", "Leeds", "Total"]]
    rows += [["April 2021", 211, 211], ["May 2021", 264, 264], ["June 2021", 51, 51]]
    rows += [["Q1 total", 526, 526], [year, 526, 526]]
    copy, _ = sanitised_beside(write_book(tmp_path / "one quarter.xlsx", {"Referrals": rows}))
    lines = _lines(copy)
    quarter = _r20(211) + _r20(264) + _r20(51)
    assert quarter != _r20(526)  # rounded on its own it would differ
    assert lines["Q1 total"][:2] == [quarter, quarter]
    assert lines[year][:2] == [quarter, quarter]


YTD_MONTHS = [[68, 291], [433, 410], [391, 32], [130, 60], [253, 389], [230, 241]]


@pytest.mark.parametrize("word", ["{a} YTD", "{a} year to date"])
def test_area_ytd_columns_and_a_total_column_over_quarter_lines_sum_the_rounded_months(
    tmp_path, word
):
    head = ["Month"]
    for area in AREAS:
        head += [area, word.format(a=area)]
    rows: list[list] = [["Job starts by month and area"], [], [*head, "Total"]]
    so_far, quarter = [0, 0], [0, 0]
    for m, (month, figures) in enumerate(zip(MONTHS, YTD_MONTHS, strict=True)):
        so_far = [a + b for a, b in zip(so_far, figures, strict=True)]
        quarter = [a + b for a, b in zip(quarter, figures, strict=True)]
        line = [f"{month}-21"]
        for k in range(2):
            line += [figures[k], so_far[k]]
        rows.append([*line, sum(figures)])
        if m % 3 == 2:
            rows.append([f"Total Q{m // 3 + 1}", quarter[0], None, quarter[1], None, sum(quarter)])
            quarter = [0, 0]
    copy, _ = sanitised_beside(write_book(tmp_path / "ytd.xlsx", {"Job starts": rows}))
    shown = _lines(copy)
    months: list[list[int]] = []
    for source in rows[3:]:
        line = shown[source[0]][:5]
        if source[0].startswith("Total Q"):
            quarter = [sum(f[k] for f in months[-3:]) for k in range(2)]
            assert line == [quarter[0], None, quarter[1], None, sum(quarter)]
            continue
        figures = [_r20(source[1]), _r20(source[3])]
        months.append(figures)
        ytd = [sum(f[k] for f in months) for k in range(2)]
        assert line == [figures[0], ytd[0], figures[1], ytd[1], sum(figures)], source[0]


def test_area_ytd_columns_starting_again_each_year_sum_the_rounded_months(tmp_path):
    head = ["Month", "Leeds", "Leeds YTD", "Bradford", "Bradford YTD"]
    rows: list[list] = [["Job starts by month and area"], [], head]
    for year, months in ((2021, YTD_MONTHS[:3]), (2022, YTD_MONTHS[3:])):
        so_far = [0, 0]
        for month, figures in zip(MONTHS, months, strict=False):
            so_far = [a + b for a, b in zip(so_far, figures, strict=True)]
            rows.append([f"{month}-{year % 100}", figures[0], so_far[0], figures[1], so_far[1]])
        rows.append([f"{year}/{(year + 1) % 100} total", so_far[0], None, so_far[1], None])
    copy, _ = sanitised_beside(write_book(tmp_path / "ytd.xlsx", {"Job starts": rows}))
    shown = _lines(copy)
    months: list[list[int]] = []
    for source in rows[3:]:
        line = shown[source[0]][:4]
        if source[0].endswith("total"):
            assert line == [sum(f[0] for f in months), None, sum(f[1] for f in months), None]
            months = []
            continue
        months.append([_r20(source[1]), _r20(source[3])])
        ytd = [sum(f[k] for f in months) for k in range(2)]
        assert line == [months[-1][0], ytd[0], months[-1][1], ytd[1]], source[0]


@pytest.mark.parametrize("formulas", [False, True])
def test_a_year_to_date_that_comes_to_a_year_shaped_figure_is_rebuilt(tmp_path, formulas):
    figures = [700, 651, 662, 9]  # years to date 700, 1351, 2013, 2022
    head, line, so_far, months = ["Area"], ["Leeds"], 0, []
    for month, figure in zip(MONTHS, figures, strict=False):
        so_far += figure
        head += [month, "Year to date"]
        line.append(figure)
        months.append(len(line))  # the month's column, counted from 1
        cols = "+".join(f"{chr(64 + c)}4" for c in months)
        line.append(f"={cols}" if formulas else so_far)
    rows = [["Referrals by month"], [], head, line]
    cached = {("Referrals", f"{chr(64 + m + 1)}4"): sum(figures[: k + 1])
              for k, m in enumerate(months)}  # fmt: skip
    source = write_book(tmp_path / "ytd.xlsx", {"Referrals": rows}, cached=cached)
    copy, _ = sanitised_beside(source)
    shown = _lines(copy)["Leeds"][: 2 * len(figures)]
    rounded = [_r20(f) for f in figures]
    want = [x for k, r in enumerate(rounded) for x in (r, sum(rounded[: k + 1]))]
    assert shown == want
    assert 2013 not in shown and 2022 not in shown
