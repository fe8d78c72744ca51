"""The extract layout 'Year | Month | JSA | ESA | Total' (months 4 .. 12, 1 .. 3) and 'Year |
Quarter' keep their months and quarters as written through the whole pipeline, its proof
included, while the counts beside them are rounded and the totals rebuilt.

Round 4's hunt (#8): the Month and Quarter columns were rounded as counts (4 .. 9 became 0,
10 .. 12 became 20) and the rows could no longer be told apart."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from wpxl.sanitise import sanitise_file

FISCAL = [(2013 if m >= 4 else 2014, m) for m in [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]]
QUARTERS = [(y, q) for y in (2012, 2013) for q in (1, 2, 3, 4)]


def _extract(path: Path, head: str, keys: list[tuple[int, int]]) -> tuple[Path, list[list[int]]]:
    """The extract with a formula Total column and row, cached values as Excel writes them;
    also the counts."""
    counts = [[100 + 37 * i, 5 + 11 * i] for i in range(len(keys))]
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    ws.write(0, 0, "Referrals by period")
    ws.write_row(2, 0, ["Year", head, "JSA", "ESA", "Total"])
    for i, (key, line) in enumerate(zip(keys, counts, strict=True)):
        ws.write_row(3 + i, 0, [*key, *line])
        ws.write_formula(3 + i, 4, f"=C{4 + i}+D{4 + i}", None, sum(line))
    last = 3 + len(keys)
    ws.write(last, 0, "Total")
    for j, col in enumerate("CDE"):
        cached = sum([*line, sum(line)][j] for line in counts)
        ws.write_formula(last, 2 + j, f"=SUM({col}4:{col}{last})", None, cached)
    book.close()
    return path, counts


@pytest.mark.parametrize(("head", "keys"), [("Month", FISCAL), ("Quarter", QUARTERS)])
def test_months_and_quarters_beside_their_years_are_kept_as_written(tmp_path, job, head, keys):
    source, counts = _extract(tmp_path / "extract.xlsx", head, keys)
    result = sanitise_file(source, job)
    assert result.ok
    sheet = openpyxl.load_workbook(result.output)["Referrals"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    top = next(i for i, r in enumerate(rows) if r[1] == head) + 1
    body = rows[top : top + len(keys)]
    assert [tuple(r[:2]) for r in body] == keys
    assert [r[2:4] for r in body] == [[(v + 10) // 20 * 20 for v in line] for line in counts]
    assert all(str(r[4]).startswith("=") for r in body)
