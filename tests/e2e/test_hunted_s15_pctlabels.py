"""Numbers naming the rows of tables with an outcome column, where Work Programme MI reports
outcomes (by payment group number, week, age, month).

The hunt found: a table whose numeric labels sit beside an outcome column or under a title
naming outcomes ('Payment group | Referrals | Job outcomes' with groups typed 1, 2, 6, 9,
'Attachments and job outcomes' by week, 'Job outcomes by age', month codes 201304, 'Year |
Month | Referrals | Job outcomes', a long extract's 'Area | Month' with month codes) was
refused: the proof read its label numbers as outcome volumes (and, reading a run of them once
for each of its cells, took over 13 minutes on a 4,800-row extract). Payment groups 1, 2, 6, 9
with no total row were rounded as counts (0, 0, 0, 0) on a volume sheet and passed the proof,
and beside an outcome column were taken for an outcome column themselves (their
"percentages" shown, the groups gone); so were weeks 13 .. 18 over a 'Total' row typed in
their own column (rounded to 20). And the outcome percentage sheet left its numeric keys off
(listed on the cover), so its rows (or its columns: 'Payment group | 1 | 2 | 6 | 9 | Total'
across) could not be told apart: it now shows each key as the source shows it, as text.
So were payment groups typed as text ('1', '2', '6', '9'): rounded to 0 (passing the proof),
or beside job outcomes taken for an outcome column.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

REFERRALS = [137, 212, 195, 411, 389, 402, 333, 247, 229]
OUTCOMES = [41, 57, 33, 12, 29, 44, 38, 15, 27]
GROUPS = ["JSA 18-24", "JSA 25+", "JSA Early Access", "JSA Ex-IB", "ESA Volunteers",
          "ESA Flow", "ESA Ex-IB", "IB/IS Volunteers", "JSA Prison Leavers"]  # fmt: skip


def _rounded(figure: int) -> int:
    return (figure + 10) // 20 * 20


def _table(heads: list[str], keys: list[tuple], referrals: bool, total: bool) -> list[list]:
    """A title naming outcomes, a header, one row of keys per line with its figures."""
    measures = ["Referrals", "Job outcomes"] if referrals else ["Job outcomes"]
    rows: list[list] = [["Referrals and job outcomes"], [], [*heads, *measures]]
    for i, key in enumerate(keys):
        rows.append([*key, *([REFERRALS[i]] if referrals else []), OUTCOMES[i]])
    if total:
        counts = [sum(REFERRALS[: len(keys)])] if referrals else []
        rows.append(["Total", *[None] * (len(heads) - 1), *counts, sum(OUTCOMES[: len(keys)])])
    return rows


def _sanitised(tmp_path: Path, rows: list[list]) -> openpyxl.Workbook:
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Data": rows}))
    return openpyxl.load_workbook(output, data_only=True)


def _shown_keys(book: openpyxl.Workbook, heads: list[str], lines: int) -> list[tuple]:
    """The keys the outcome percentage sheet shows under its copy of the table's header."""
    rows = [list(r) for r in book["Job outcomes %"].iter_rows(values_only=True)]
    at = next(i for i, r in enumerate(rows) if r[: len(heads)] == heads)
    return [tuple(r[: len(heads)]) for r in rows[at + 1 : at + 1 + lines]]


def _as_shown(keys: list[tuple]) -> list[tuple]:
    return [tuple(str(k) if isinstance(k, int) else k for k in key) for key in keys]


PG = [(1,), (2,), (6,), (9,)]
SHAPES = {
    "payment groups": (["Payment group"], PG),
    "payment groups 1 to 9": (["Payment group"], [(g,) for g in range(1, 10)]),
    "payment groups named": (["Payment group", "Name"], [(g, GROUPS[g - 1]) for g in (1, 2, 6, 9)]),
    "weeks": (["Week"], [(w,) for w in range(13, 19)]),
    "ages": (["Age"], [(a,) for a in range(18, 25)]),
    "month codes": (["Month"], [(m,) for m in (201304, 201305, 201306, 201307)]),
    "years and months": (["Year", "Month"], [(2013, m) for m in (4, 5, 6, 7, 8)]),
}


@pytest.mark.parametrize("total", [True, False], ids=["total", "no total"])
@pytest.mark.parametrize("shape", list(SHAPES))
def test_numbered_keys_beside_an_outcome_column_are_kept(tmp_path, shape, total):
    """Refused: the proof read the keys as outcome volumes."""
    heads, keys = SHAPES[shape]
    book = _sanitised(tmp_path, _table(heads, keys, referrals=True, total=total))
    width = len(heads)
    volumes = [list(r) for r in book["Data"].iter_rows(min_row=6, values_only=True)]
    assert [tuple(r[:width]) for r in volumes[: len(keys)]] == keys
    assert [r[width] for r in volumes[: len(keys)]] == [_rounded(f) for f in REFERRALS[: len(keys)]]
    assert not any(r[width + 1] for r in volumes)  # no outcome volume


@pytest.mark.parametrize("referrals", [True, False], ids=["with referrals", "outcomes alone"])
@pytest.mark.parametrize("shape", list(SHAPES))
def test_numbered_keys_of_an_outcome_table_are_shown_on_its_percentage_sheet(
    tmp_path, shape, referrals
):
    """Left off (listed on the cover), the keys left rows that could not be told apart."""
    heads, keys = SHAPES[shape]
    book = _sanitised(tmp_path, _table(heads, keys, referrals=referrals, total=True))
    assert _shown_keys(book, heads, len(keys)) == _as_shown(keys)
    shares = book["Job outcomes %"]
    numbers = [c.value for row in shares.iter_rows() for c in row if c.data_type == "n"]
    assert all(v is None or 0 <= v <= 1 for v in numbers)


@pytest.mark.parametrize(
    ("heads", "keys"),
    [
        (["Payment group"], PG),
        (["Payment group", "Name"], [(g, GROUPS[g - 1]) for g in (1, 2, 6, 9)]),
        (["Week"], [(w,) for w in range(13, 19)]),
    ],
)
@pytest.mark.parametrize("total", [True, False], ids=["total", "no total"])
def test_numbered_keys_of_a_volume_table_are_kept(tmp_path, heads, keys, total):
    """Payment groups with no total row read 0, 0, 0, 0; weeks over a 'Total' typed in their
    own column read 20, 20 ...: both passed the proof."""
    rows: list[list] = [["Referrals by payment group"], [], [*heads, "Referrals"]]
    rows += [[*key, REFERRALS[i]] for i, key in enumerate(keys)]
    if total:
        rows.append(["Total", *[None] * (len(heads) - 1), sum(REFERRALS[: len(keys)])])
    book = _sanitised(tmp_path, rows)
    width = len(heads)
    volumes = [list(r) for r in book["Data"].iter_rows(min_row=6, values_only=True)]
    assert [tuple(r[:width]) for r in volumes[: len(keys)]] == keys
    assert [r[width] for r in volumes[: len(keys)]] == [_rounded(f) for f in REFERRALS[: len(keys)]]


@pytest.mark.parametrize("referrals", [True, False], ids=["with referrals", "outcomes alone"])
def test_payment_groups_heading_the_columns_of_outcomes_are_shown(tmp_path, referrals):
    """'Payment group | 1 | 2 | 6 | 9 | Total' over a line of job outcomes (and one of
    referrals): the groups head the percentage sheet's columns, as words."""
    rows: list[list] = [["Referrals and job outcomes by payment group"], []]
    rows.append(["Payment group", 1, 2, 6, 9, "Total"])
    if referrals:
        rows.append(["Referrals", *REFERRALS[:4], sum(REFERRALS[:4])])
    rows.append(["Job outcomes", *OUTCOMES[:4], sum(OUTCOMES[:4])])
    book = _sanitised(tmp_path, rows)
    lines = [list(r[:6]) for r in book["Job outcomes %"].iter_rows(values_only=True)]
    assert ["Payment group", "1", "2", "6", "9", "Total"] in lines
    if referrals:
        volumes = [list(r[:5]) for r in book["Data"].iter_rows(min_row=5, values_only=True)]
        assert volumes[0] == ["Payment group", 1, 2, 6, 9]


def test_month_codes_of_an_extract_with_outcomes_are_kept_and_shown(tmp_path):
    """'Area | Month | Referrals | Job outcomes', month codes once for each area: refused."""
    keys = [(area, month) for area in ("Derby", "Buxton", "Matlock") for month in (202404, 202405)]
    book = _sanitised(tmp_path, _table(["Area", "Month"], keys, referrals=True, total=False))
    volumes = [list(r) for r in book["Data"].iter_rows(min_row=6, values_only=True)]
    assert [tuple(r[:2]) for r in volumes[: len(keys)]] == keys
    assert _shown_keys(book, ["Area", "Month"], len(keys)) == _as_shown(keys)


@pytest.mark.parametrize("outcomes", [False, True], ids=["referrals", "with job outcomes"])
def test_payment_groups_typed_as_text_are_kept(tmp_path, outcomes):
    """Read as counts typed as text: rounded to 0 under referrals (passing the proof, which
    read only typed numbers as labels); beside job outcomes, taken for an outcome column."""
    keys = [(str(g),) for g in (1, 2, 6, 9)]
    rows = _table(["Payment group"], keys, referrals=True, total=True)
    if not outcomes:
        rows = [[*r[:2]] for r in rows]
    book = _sanitised(tmp_path, rows)
    volumes = [list(r) for r in book["Data"].iter_rows(min_row=6, values_only=True)]
    assert [tuple(r[:1]) for r in volumes[:4]] == keys
    assert [r[1] for r in volumes[:4]] == [_rounded(f) for f in REFERRALS[:4]]
    if outcomes:
        assert _shown_keys(book, ["Payment group"], 4) == keys
