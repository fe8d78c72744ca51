"""The proof catches, on its own, numbers naming periods rounded as counts beside running totals,
where every figure of the copy is a multiple of 20 and every total its parts' sum:

- week numbers across a header row beside a running column ('Area | 1 | 2 | 3 | 4 | YTD'),
  1 to 4 shown as 0: it let a header row of numbers stand as labels only beside a total's
  words or a year;
- month codes down the first column, each followed by a running line ('202104', 'Cumulative',
  '202105', 'Cumulative' ...), 202104 shown as 202100: the running lines broke the codes' run,
  so it read no column of keys there (nor under four rows: a quarter's three months);
- an area's 'YTD' column beside its months, left blank on each quarter's line, rounded cell by
  cell (700 beside months shown as 300 and 420): the proof added the quarter's line to the
  months the column runs on, found no running column from the second quarter on, and so
  checked none; nor one starting again after each year's line;
- a year to date of 2,013 under 'Year to date', alone in its column (one area line), kept as
  written: the proof let a lone year-shaped figure in its column stand as a year.

Each copy is written by the real writer from a real plan of a real input; the plan is then
changed the way that misreading changed it, and the proof must refuse, naming the cells.
"""

from __future__ import annotations

import pytest

from tests.misread import misread_findings
from wpxl.verify.kept_labels import ROUNDED_LABEL
from wpxl.verify.running_lines import RUNNING_ALONE
from wpxl.verify.year_labels import YEAR_AMONG_COUNTS

WEEKS = [[13, 297, 220, 370], [36, 39, 26, 28]]


def _rows(word: str, areas: int) -> list[list]:
    rows: list[list] = [["Referrals by week"], [], ["Area", 1, 2, 3, 4, word]]
    for area, weeks in zip(["Leeds", "Bradford"][:areas], WEEKS[:areas], strict=True):
        rows.append([area, *weeks, sum(weeks)])
    return rows


def _found(tmp_path, rows: list[list], rounded: list[tuple[int, int]]) -> set[str]:
    written = {(r, c): (rows[r][c] + 10) // 20 * 20 for r, c in rounded}
    found = misread_findings(tmp_path, rows, written, "rounded")
    return {f.part for f in found if f.kind == ROUNDED_LABEL}


@pytest.mark.parametrize("word", ["YTD", "Year to date", "Cumulative", "Referrals to date"])
@pytest.mark.parametrize("areas", [1, 2])
def test_week_numbers_beside_a_running_column_rounded_are_caught(tmp_path, word, areas):
    found = _found(tmp_path, _rows(word, areas), [(2, c) for c in range(1, 5)])
    assert found == {"'Referrals' B5", "'Referrals' C5", "'Referrals' D5", "'Referrals' E5"}


def test_week_numbers_kept_beside_a_running_column_are_not_caught(tmp_path):
    assert _found(tmp_path, _rows("YTD", 1), []) == set()


def test_a_line_of_counts_beside_running_words_rounded_is_not_caught(tmp_path):
    """Fail closed the other way: a line of counts under a line of counts (a figure over each
    number) is counted, whatever words stand beside it, and rounding it is right."""
    rows: list[list] = [["Referrals by week"], [], ["Area", "Apr", "May", "Jun", "Jul", "YTD"]]
    rows += [["Leeds", 13, 297, 220, 370, 900], ["Bradford", 1, 2, 3, 4, 10]]
    assert _found(tmp_path, rows, [(4, c) for c in range(1, 6)]) == set()


CODED = [[186, 286], [137, 277], [39, 294], [251, 9], [118, 333]]


@pytest.mark.parametrize(
    ("word", "months"), [("Cumulative", 5), ("Year to date", 5), ("YTD", 5), ("Cumulative", 3)]
)
def test_month_codes_between_running_lines_rounded_are_caught(tmp_path, word, months):
    """A quarter's three codes too: the proof read no column of keys under four rows."""
    rows: list[list] = [["Referrals by month and area"], [], ["Month", "Leeds", "Bradford"]]
    so_far = [0, 0]
    for m, figures in enumerate(CODED[:months]):
        so_far = [a + b for a, b in zip(so_far, figures, strict=True)]
        rows += [[202104 + m, *figures], [word, *so_far]]
    codes = [3 + 2 * m for m in range(months)]
    assert _found(tmp_path, rows, []) == set()
    found = _found(tmp_path, rows, [(r, 0) for r in codes])
    assert found == {f"'Referrals' A{r + 3}" for r in codes}


BY_MONTH = [[291, 68], [410, 433], [32, 391], [60, 130], [389, 253]]


def _ytd_by_quarter() -> list[list]:
    """Months down the rows, Bradford and its 'Bradford YTD' column, then Leeds; each quarter's
    line leaves the YTD blank."""
    rows: list[list] = [["Referrals by month"], [], ["Month", "Bradford", "Bradford YTD", "Leeds"]]
    so_far = 0
    for m, (month, (bradford, leeds)) in enumerate(zip(["Apr", "May", "Jun", "Jul", "Aug"],
                                                       BY_MONTH, strict=True)):  # fmt: skip
        so_far += bradford
        rows.append([f"{month}-21", bradford, so_far, leeds])
        if m == 2:
            rows.append(["Total Q1", so_far, None, sum(f[1] for f in BY_MONTH[:3])])
    return rows


def test_a_ytd_column_left_blank_on_quarter_lines_rounded_alone_is_caught(tmp_path):
    rows = _ytd_by_quarter()
    running = [(r, 2) for r in range(3, len(rows)) if rows[r][2] is not None]
    found = misread_findings(tmp_path, rows, {}, "rounded")
    assert not [f for f in found if f.kind == RUNNING_ALONE]
    rounded = {at: (rows[at[0]][2] + 10) // 20 * 20 for at in running}
    found = misread_findings(tmp_path, rows, rounded, "rounded")
    alone = {f.part for f in found if f.kind == RUNNING_ALONE}
    assert "'Referrals' C7" in alone  # May: 701 rounded alone to 700, months shown 300 + 420
    assert "'Referrals' C10" in alone  # Jul, after the quarter's line


def test_a_ytd_column_starting_again_after_the_years_line_rounded_alone_is_caught(tmp_path):
    rows: list[list] = [["Referrals by month"], [], ["Month", "Bradford", "Bradford YTD", "Leeds"]]
    for year, months in ((2021, BY_MONTH[:3]), (2022, BY_MONTH[1:4])):
        so_far = 0
        for month, (bradford, leeds) in zip(["Apr", "May", "Jun"], months, strict=True):
            so_far += bradford
            rows.append([f"{month}-{year % 100}", bradford, so_far, leeds])
        rows.append([f"{year}/{year % 100 + 1} total", so_far, None, sum(f[1] for f in months)])
    running = [(r, 2) for r in range(3, len(rows)) if rows[r][2] is not None]
    found = misread_findings(tmp_path, rows, {}, "rounded")
    assert not [f for f in found if f.kind == RUNNING_ALONE]
    rounded = {at: (rows[at[0]][2] + 10) // 20 * 20 for at in running}
    found = misread_findings(tmp_path, rows, rounded, "rounded")
    alone = {f.part for f in found if f.kind == RUNNING_ALONE}
    assert "'Referrals' C11" in alone  # 2022's 410 + 32 rounded alone 440, shown 420 + 40


def test_a_year_shaped_year_to_date_kept_as_written_is_caught(tmp_path):
    rows: list[list] = [["Referrals by month"], []]
    rows.append(["Area", "Apr", "Year to date", "May", "Year to date"])
    rows.append(["Leeds", 700, 700, 1313, 2013])
    found = misread_findings(tmp_path, rows, {(3, 4): 2013}, "kept")
    assert {f.part for f in found if f.kind == YEAR_AMONG_COUNTS} == {"'Referrals' E6"}
