"""A summary sheet typed as the sum of the office sheets is planned as totals over the offices'
rounded cells (wpxl.plan.summaries), only where every cell is exactly their sum."""

from __future__ import annotations

from pathlib import Path

from tests.builders import write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputSheet, Plan
from wpxl.model.layout import BANNER_ROWS
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook

OFFICES = {
    "Derby": [[37, 52], [11, 9]],
    "Matlock": [[64, 18], [33, 71]],
    "Buxton": [[19, 40], [8, 5]],
}
GROUPS = ("JSA 18-24", "ESA Flow")


def _table(title: str, figures: list[list[int]]) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], ["Payment group", "Apr", "May"]]
    rows += [[group, *line] for group, line in zip(GROUPS, figures, strict=True)]
    rows.append(["Total", *(sum(line[i] for line in figures) for i in (0, 1))])
    return rows


def _summed() -> list[list[int]]:
    return [[sum(f[r][c] for f in OFFICES.values()) for c in (0, 1)] for r in (0, 1)]


def _plan(tmp_path: Path, summary: list[list[int]]) -> Plan:
    sheets = {n: _table(f"Referrals, {n}", f) for n, f in OFFICES.items()}
    sheets["Summary"] = _table("Referrals, all offices", summary)
    book = read_workbook(write_book(tmp_path / "in.xlsx", sheets))
    return make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))


def _sheet(plan: Plan, name: str) -> OutputSheet:
    return next(s for s in plan.sheets if s.name == name)


def test_a_typed_summary_of_the_offices_becomes_totals_over_their_cells(tmp_path):
    plan = _plan(tmp_path, _summed())
    summary = _sheet(plan, "Summary")
    for row in (4, 5):
        for col in (2, 3):
            at = (BANNER_ROWS + row - 1, col - 1)
            cell = summary.cells[at]
            offices = [_sheet(plan, n).cells[at].value for n in OFFICES]
            assert cell.kind == "total"
            refs = cell.formula.removeprefix("SUM(").removesuffix(")").split(",")
            assert sorted(refs) == sorted(f"{n}!{_a1(*at)}" for n in OFFICES)
            assert cell.value == sum(offices)
    total = summary.cells[(BANNER_ROWS + 5, 1)]  # the typed Total row, rebuilt over the rows
    rows = [summary.cells[(BANNER_ROWS + r, 1)].value for r in (3, 4)]
    assert total.formula is not None and total.value == sum(rows)
    assert [w for w in plan.warnings if w.code == "overlap-sum"] == []


def test_a_summary_cell_off_by_one_is_not_rebuilt(tmp_path):
    summed = _summed()
    summed[1][0] += 1
    summary = _sheet(_plan(tmp_path, summed), "Summary")
    for row in (4, 5):
        cell = summary.cells[(BANNER_ROWS + row - 1, 1)]
        assert cell.kind == "count" and cell.formula is None


def _a1(row: int, col: int) -> str:
    return f"{chr(ord('A') + col)}{row + 1}"


def test_a_year_to_date_sheet_typed_over_months_headed_by_their_measure_is_rebuilt(tmp_path):
    """'Local authority | Job starts' on an April sheet, a May sheet and a year-to-date sheet
    pasted as values, their sum: a table whose column names its measure was never read as a
    summary, so the year to date was rounded cell by cell (740 for Bradford beside 380 and
    380), and the proof refused the copy, asking the analyst to report it to wpxl's
    maintainers (REFUSAL, left by session 26's leak helper). It is rebuilt over the months."""
    names = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
    months = {"April": [412, 377, 251, 298, 163], "May": [398, 371, 262, 301, 177]}
    months["YTD"] = [a + b for a, b in zip(*months.values(), strict=True)]
    head = ["Local authority", "Job starts"]
    sheets = {
        name: [[f"Job starts by local authority, {name} 2013"], [], head,
               *([area, n] for area, n in zip(names, figures, strict=True)),
               ["Total", "=SUM(B4:B8)"]]
        for name, figures in months.items()
    }  # fmt: skip
    cached = {(name, "B9"): sum(figures) for name, figures in months.items()}
    book = read_workbook(write_book(tmp_path / "ytd.xlsx", sheets, cached=cached))
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    ytd, row = _sheet(plan, "YTD"), BANNER_ROWS + 4  # Bradford
    assert ytd.cells[(row, 1)].formula == f"SUM(April!B{row + 1},May!B{row + 1})"
    assert ytd.cells[(row, 1)].value == 380 + 380
