"""The proof reads a long extract's numeric keys on its own: weeks 13, 14, 15 repeated for each
area, payment groups 1, 2, 6 each over the same months, month codes first with the area after
them, CPA numbers shown once over their months as a pivot table shows them. Rounded by a plan
that misread them (20, 0, 202400), every figure is a multiple of 20 and nothing else in the
proof notices: it must name the cell. And a plan keeping as keys numbers under 'Age' that
repeat in no key's pattern must be refused: they may be counts.

Each copy is written by the real writer from a real plan of a real input; the plan is then
changed the way a misreading would change it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.misread import misread_findings
from wpxl.verify.kept_labels import ROUNDED_LABEL

FIGURES = [137, 212, 195, 411, 389, 402, 33, 47, 29]
AREAS = ["Derby", "Buxton", "Matlock"]
MONTHS = ["Apr", "May", "Jun"]


def _findings(tmp_path: Path, rows: list[list], changed: dict[tuple[int, int], int]) -> set:
    """The proof's findings (kind, cell) on a copy of ``rows`` whose plan writes the numbers
    ``changed`` gives at their input places, as a misreading would."""
    return {(f.kind, f.part) for f in misread_findings(tmp_path, rows, changed, "rounded")}


def _extract(heads: list[str], keys: list[tuple]) -> list[list]:
    rows: list[list] = [["Referrals by area and week"], [], [*heads, "Referrals"]]
    return rows + [[*key, FIGURES[i]] for i, key in enumerate(keys)]


def _rounded(rows: list[list], col: int) -> dict[tuple[int, int], int]:
    shown = [r for r in range(3, len(rows)) if rows[r][col] is not None]
    return {(r, col): (rows[r][col] + 10) // 20 * 20 for r in shown}


@pytest.mark.parametrize(
    ("heads", "keys", "col"),
    [
        (["Area", "Week"], [(a, w) for a in AREAS for w in (13, 14, 15)], 1),
        (["Payment group", "Month"], [(g, m) for g in (1, 2, 6) for m in MONTHS], 0),
        (["Month", "Area"], [(m, a) for m in (202404, 202405, 202406) for a in AREAS], 0),
        (["CPA", "Month"], [(c if m == "Apr" else None, m) for c in (3, 7, 12) for m in MONTHS], 0),
        (["Month", "Area"], [(202404, a) for a in AREAS] + [(202405, "Derby")], 0),
        (
            ["CPA", "Area", "Week"],
            [(c, a, w) for c, a in ((3, "Derby"), (7, "Buxton")) for w in (1, 2)],
            0,
        ),
    ],
)
def test_extract_keys_rounded_are_caught(tmp_path, heads, keys, col):
    rows = _extract(heads, keys)
    found = _findings(tmp_path, rows, _rounded(rows, col))
    assert (ROUNDED_LABEL, f"'Referrals' {'AB'[col]}6") in found


def test_numbers_under_age_in_no_keys_pattern_kept_are_refused(tmp_path):
    lines = ((18, 19, 20), (23, 31, 18), (40, 18, 19))
    keys = [(area, n) for area, line in zip(AREAS, lines, strict=True) for n in line]
    rows = _extract(["Area", "Age"], keys)
    kept = {(r, 1): rows[r][1] for r in range(3, len(rows))}
    found = _findings(tmp_path, rows, kept)
    assert ("a figure that is not a multiple of 20", "'Referrals' B9") in found


@pytest.mark.parametrize(
    ("heads", "keys", "col"),
    [
        (["Office no.", "Office"], [(1041, "Derby"), (1187, "Buxton"), (2230, "Matlock")], 0),
        (["Area", "Cohort"], [("Derby", 4), ("Buxton", 9), ("Matlock", 11)], 1),
    ],
)
def test_office_and_cohort_numbers_rounded_are_caught(tmp_path, heads, keys, col):
    rows = _extract(heads, keys)
    changed = _rounded(rows, col)
    rows.append(["Total", None, sum(FIGURES[:3])])
    assert (ROUNDED_LABEL, f"'Referrals' {'AB'[col]}6") in _findings(tmp_path, rows, changed)


def test_cohort_months_rounded_are_caught(tmp_path):
    rows = _extract(["Cohort"], [(201304,), (201305,), (201306,)])
    assert (ROUNDED_LABEL, "'Referrals' A6") in _findings(tmp_path, rows, _rounded(rows, 0))


def test_single_years_of_age_rounded_are_caught(tmp_path):
    rows: list[list] = [["Referrals by age"], [], ["Age", "Referrals"]]
    rows += [[age, FIGURES[i]] for i, age in enumerate(range(18, 25))]
    assert (ROUNDED_LABEL, "'Referrals' A6") in _findings(tmp_path, rows, _rounded(rows, 0))


def test_keys_repeating_between_subtotal_rows_rounded_are_caught(tmp_path):
    rows: list[list] = [["Referrals by area and age"], [], ["Area", "Age", "Referrals"]]
    rows += [["Derby", 18, 11], ["Derby", 19, 23], ["Derby total", None, 34]]
    rows += [["Buxton", 18, 41], ["Buxton", 19, 12], ["Buxton total", None, 53]]
    changed = {(r, 1): 20 for r in (3, 4, 6, 7)}
    rows.append(["Total", None, 87])
    found = _findings(tmp_path, rows, changed)
    assert {(ROUNDED_LABEL, "'Referrals' B6"), (ROUNDED_LABEL, "'Referrals' B9")} <= found


def _coded_years() -> list[list]:
    """Month codes under 'Month', each year's three months closed by its line, named in the
    code column by the year alone ('2013/14', 'Year 2014/15'), then the grand total."""
    rows: list[list] = [["Referrals by month"], [], ["Month", "Derby", "Buxton"]]
    figures = iter(FIGURES + FIGURES)
    for year, name in ((2013, "2013/14"), (2014, "Year 2014/15")):
        top = len(rows) + 1
        for month in (4, 5, 6):
            rows.append([year * 100 + month, next(figures), next(figures)])
        rows.append([name, f"=SUM(B{top}:B{top + 2})", f"=SUM(C{top}:C{top + 2})"])
    rows.append(["Grand total", "=B7+B11", "=C7+C11"])
    return rows


def test_month_codes_after_a_years_line_rounded_are_caught(tmp_path):
    rows = _coded_years()
    second_year = {(r, 0): (rows[r][0] + 10) // 20 * 20 for r in (7, 8, 9)}
    found = _findings(tmp_path, rows, second_year)
    assert (ROUNDED_LABEL, "'Referrals' A10") in found
