"""Summaries of other sheets' totals, found by the session 18 fuzz of summaries across sheets
(each area's, or each measure's, total typed on a 'Summary' sheet as values).

Found: a summary with only a 'Total' column, over area sheets that have a Total row and no
Total column, rounded each area's grand total on its own (Leeds 191 shown 200 beside a Leeds
sheet whose rounded cells add up to 180) and the proof passed it (WRONG AND VERIFIED: two
roundings of one figure narrow it). Now each is the sum of the area's rounded Total row, as a
formula over it. And a summary by month whose 'All areas' line is typed was refused: the proof
counted each area's Total cell as one cell under the 'All areas' total, so the honest sum of
the rebuilt lines looked too far from the input's.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

# each area's counts by payment group (rows) and month (columns)
AREAS = {
    "Leeds": [[16, 27], [46, 38], [9, 55]],
    "Bradford": [[29, 12], [25, 48], [9, 69]],
}
GROUPS = ["JSA 18-24", "JSA 25+", "ESA Volunteers"]
MONTHS = ["Apr-13", "May-13"]


def r20(value: int) -> int:
    return (value + 10) // 20 * 20


def area_sheet(name: str, figures: list[list[int]]) -> list[list[object]]:
    """An area's sheet: its title, the months, its groups and a typed Total row."""
    rows: list[list[object]] = [[f"Referrals in {name} by payment group and month"], []]
    rows.append(["Payment group", *MONTHS])
    rows += [[group, *line] for group, line in zip(GROUPS, figures, strict=True)]
    rows.append(["Total", *(sum(column) for column in zip(*figures, strict=True))])
    return rows


def true_total(name: str) -> int:
    return sum(map(sum, AREAS[name]))


def shown_total(name: str) -> int:
    """What the area's sheet shows its counts add up to, rounded one by one."""
    return sum(r20(v) for line in AREAS[name] for v in line)


def summary_book(tmp_path: Path, by_month: bool) -> Path:
    """Areas' sheets and a 'Summary' of their totals typed as values, with a typed 'All
    areas' line: by month and in all (``by_month``), or in all only."""
    sheets = {name: area_sheet(name, figures) for name, figures in AREAS.items()}
    return write_book(tmp_path / "summary.xlsx", {**sheets, "Summary": summary_rows(by_month)})


def summary_rows(by_month: bool) -> list[list[object]]:
    rows: list[list[object]] = [["Referrals summary by area"], []]
    rows.append(["Area", *(MONTHS if by_month else []), "Total"])
    for name, figures in AREAS.items():
        months = [sum(c) for c in zip(*figures, strict=True)] if by_month else []
        rows.append([name, *months, true_total(name)])
    width = len(rows[-1]) - 1
    rows.append(["All areas", *(sum(r[1 + k] for r in rows[3:]) for k in range(width))])
    return rows


def _summary(copy: Path) -> dict[str, list[object]]:
    book = openpyxl.load_workbook(copy, data_only=True)
    lines = book["Summary"].iter_rows(values_only=True)
    wanted = {*AREAS, "All areas"}
    return {line[0]: [v for v in line[1:] if v is not None] for line in lines if line[0] in wanted}


def test_an_areas_grand_total_typed_on_a_summary_is_the_sum_of_its_rounded_cells(tmp_path):
    assert any(r20(true_total(n)) != shown_total(n) for n in AREAS)  # rounding alone differs
    copy, _ = sanitised_beside(summary_book(tmp_path, by_month=False))
    shown = _summary(copy)
    for name in AREAS:
        assert shown[name][0] == shown_total(name)
    assert shown["All areas"][0] == sum(shown_total(name) for name in AREAS)
    formulas = openpyxl.load_workbook(copy)["Summary"]
    written = [c.value for row in formulas.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(text.startswith("=SUM(Leeds!") for text in written), written


def test_a_summary_by_month_with_a_typed_all_areas_line_goes_through(tmp_path):
    copy, _ = sanitised_beside(summary_book(tmp_path, by_month=True))
    shown = _summary(copy)
    for name, figures in AREAS.items():
        months = [sum(r20(v) for v in column) for column in zip(*figures, strict=True)]
        assert shown[name] == [*months, shown_total(name)]
    assert shown["All areas"] == [sum(col) for col in zip(*(shown[n] for n in AREAS), strict=True)]
