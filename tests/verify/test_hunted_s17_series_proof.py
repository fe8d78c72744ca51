"""The proof catches, on its own, numbers naming periods rounded as counts beside running totals,
where every figure of the copy is a multiple of 20 and every total its parts' sum:

- week numbers across a header row beside a running column ('Area | 1 | 2 | 3 | 4 | YTD'),
  1 to 4 shown as 0: it let a header row of numbers stand as labels only beside a total's
  words or a year;
- month codes down the first column, each followed by a running line ('202104', 'Cumulative',
  '202105', 'Cumulative' ...), 202104 shown as 202100: the running lines broke the codes' run,
  so it read no column of keys there (nor under four rows: a quarter's three months).

Each copy is written by the real writer from a real plan of a real input; the plan is then
changed the way that misreading changed it, and the proof must refuse, naming the cells.
"""

from __future__ import annotations

import pytest

from tests.misread import misread_findings
from wpxl.verify.kept_labels import ROUNDED_LABEL

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
