"""The totals of real .xlsx tables read as a tree: each total over its direct children, stacked
blocks each over their own rows, a total that leaves an Unknown row out, totals over figures
wpxl removes removed with them, and sources that miss by rounding judged, not misread."""

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font

from tests.tree_builders import write_custody_book
from wpxl.analyse import analyse_workbook
from wpxl.analyse.trees import TOTAL_OVER_REMOVED
from wpxl.errors import AnalysisError
from wpxl.model import Measure, Role
from wpxl.policy import Policy
from wpxl.read import read_workbook

POPULATION = Policy(
    measure_words={
        m: ("population", "referral") if m is Measure.REFERRALS else w
        for m, w in Policy().measure_words.items()
    }
)


def _analyse(path: Path, policy: Policy = POPULATION):
    (analysis,) = analyse_workbook(read_workbook(path), policy)
    return analysis


def _book(path: Path, rows: list[list[object]], heads: tuple[int, ...] = ()) -> Path:
    """Rows from A1; the labels of rows ``heads`` (1-based) bold, the others indented."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Attachments"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
        if r > 3 and row:
            ws.cell(r, 1).font = Font(bold=r in heads)
            ws.cell(r, 1).alignment = Alignment(indent=0 if r in heads else 1)
    wb.save(path)
    return path


def test_each_typed_total_of_a_three_deep_tree_adds_up_its_direct_children(tmp_path):
    book = write_custody_book(tmp_path / "moj.xlsx")
    analysis = _analyse(book.path)
    parts = {c: p for t in analysis.tables for c, p in t.totals.items()}
    for row, kids in book.children.items():
        for col in book.columns:
            coord = (row - 1, col - 1)
            assert analysis.roles[coord] is Role.TOTAL
            assert sorted(r + 1 for _, r, _ in parts[coord]) == kids


def test_stacked_blocks_are_tables_of_their_own_sharing_the_title_above(tmp_path):
    analysis = _analyse(write_custody_book(tmp_path / "moj.xlsx").path)
    first, males = analysis.tables
    assert first.title.startswith("Table A1.1") and males.title == ""
    assert males.measure is Measure.REFERRALS  # from the title above: Males has none
    assert min(males.body_rows) > max(first.body_rows)


def test_a_total_of_part_of_its_block_leaves_the_unknown_row_a_count_outside_it(tmp_path):
    rows = [["Attachments by age"], [], ["Age", "Q1", "Q2"], ["All ages", 300, 410],
            ["18-24", 100, 150], ["25-49", 120, 160], ["50 and over", 80, 100],
            ["Not known", 7, 12]]  # fmt: skip
    analysis = _analyse(_book(tmp_path / "part.xlsx", rows, heads=(4,)))
    (table,) = analysis.tables
    assert sorted(r for _, r, _ in table.totals[(3, 1)]) == [4, 5, 6]
    assert analysis.roles[(7, 1)] is Role.COUNT and analysis.roles[(7, 2)] is Role.COUNT


def test_a_total_over_an_apportioned_decimal_is_removed_not_rebuilt_over_the_rest(tmp_path):
    rows = [["Attachments by age"], [], ["Age", "Q1", "Q2"], ["All ages", 300, 410],
            ["18-24", 100.4, 150], ["25-49", 120, 160], ["50 and over", 79.6, 100]]  # fmt: skip
    analysis = _analyse(_book(tmp_path / "decimal.xlsx", rows, heads=(4,)))
    assert analysis.roles[(3, 1)] is Role.DROPPED
    assert analysis.reasons[(3, 1)] == TOTAL_OVER_REMOVED
    assert analysis.roles[(3, 2)] is Role.TOTAL  # Q2's parts are all whole counts


def test_a_heading_that_misses_by_the_sources_rounding_is_read_as_its_total(tmp_path):
    rows = [["Attachments by age"], [], ["Age", "Q1", "Q2", "Q3", "Q4"],
            ["All ages", 301, 410, 520, 600], ["18-24", 100, 150, 200, 250],
            ["25-49", 120, 160, 200, 250], ["50 and over", 80, 100, 120, 100]]  # fmt: skip
    path = _book(tmp_path / "rounded.xlsx", rows, heads=(4,))
    with pytest.raises(AnalysisError, match=r"cell B4.*the sum of its parts"):
        _analyse(path)  # refused by default, naming the cell
    analysis = _analyse(path, replace(POPULATION, source_totals="rebuild"))
    (table,) = analysis.tables
    assert sorted(r for _, r, _ in table.totals[(3, 1)]) == [4, 5, 6]


def test_a_formula_total_over_a_removed_figure_is_removed_with_every_total_over_it(tmp_path):
    rows = [["Attachments by age"], [], ["Age", "Q1"], ["18-24", 100], ["25-49", 120.5],
            ["Under 50", "=SUM(B4:B5)"], ["50 and over", 80], ["Total", "=SUM(B6:B7)"]]  # fmt: skip
    analysis = _analyse(_book(tmp_path / "formula.xlsx", rows))
    for coord in ((5, 1), (7, 1)):  # B6 over the decimal B5, then B8 over B6
        assert analysis.roles[coord] is Role.DROPPED
        assert analysis.reasons[coord] == TOTAL_OVER_REMOVED
    assert all((5, 1) not in t.totals and (7, 1) not in t.totals for t in analysis.tables)


def test_a_column_named_total_that_adds_up_nothing_beside_it_is_a_count(tmp_path):
    rows = [["Attachments by group"], [], ["Age", "Total live", "Total still", "JSA", "ESA"],
            ["Under 25", 300, 7, 120, 180], ["25 and over", 410, 9, 200, 210],
            ["All ages", 710, 16, 320, 390]]  # fmt: skip
    analysis = _analyse(_book(tmp_path / "still.xlsx", rows, heads=(6,)))
    (table,) = analysis.tables
    assert sorted(c for _, _, c in table.totals[(3, 1)]) == [3, 4]  # B4 = D4 + E4
    assert analysis.roles[(3, 2)] is Role.COUNT  # 'Total still' counts what it names
    assert sorted(r for _, r, _ in table.totals[(5, 2)]) == [3, 4]  # its own column total


def test_a_row_its_words_call_codes_is_a_count_when_a_total_adds_it_up(tmp_path):
    rows = [["Attachments by ethnic group"], [], ["Group", "Q1", "Q2"],
            ["All groups", 325, 410], ["Asian", 100, 150], ["White", 200, 240],
            ["1991 Census codes", 25, 20]]  # fmt: skip
    analysis = _analyse(_book(tmp_path / "codes.xlsx", rows, heads=(4,)))
    assert analysis.roles[(6, 1)] is Role.COUNT and analysis.roles[(6, 2)] is Role.COUNT
    (table,) = analysis.tables
    assert sorted(r for _, r, _ in table.totals[(3, 1)]) == [4, 5, 6]
