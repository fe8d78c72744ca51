"""A MoJ-shaped book (typed totals nested three deep above their parts, blocks stacked in one
column) comes out with every total a SUM over its direct children only, worth what the input
says within base/2 for each count under it."""

import re
from pathlib import Path

import openpyxl
from openpyxl.utils.cell import range_boundaries

from tests.builders import write_book
from tests.tree_builders import write_custody_book
from wpxl.plan.placement import BANNER_ROWS
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file

POPULATION = {"referrals": ("referral", "prison population", "population")}


def _job(tmp_path: Path, job: Job) -> Job:
    words = {m: POPULATION.get(m.value, w) for m, w in Policy().measure_words.items()}
    return Job(policy=Policy(measure_words=words), audience=job.audience, out_dir=job.out_dir)


def _sanitised(tmp_path: Path, job: Job):
    book = write_custody_book(tmp_path / "moj.xlsx")
    out = Path(sanitise_file(book.path, _job(tmp_path, job)).output)
    formulas = openpyxl.load_workbook(out)[book.sheet]
    values = openpyxl.load_workbook(out, data_only=True)[book.sheet]
    source = openpyxl.load_workbook(book.path)[book.sheet]
    return book, formulas, values, source


def _rows_summed(formula: str, col: int) -> list[int]:
    """The input rows a SUM in column ``col`` of the output adds up."""
    rows = []
    for ref in re.findall(r"[A-Z]+\d+(?::[A-Z]+\d+)?", formula):
        left, top, right, bottom = range_boundaries(ref)
        assert left == right == col, formula
        rows.extend(r - BANNER_ROWS for r in range(top, bottom + 1))
    return sorted(rows)


def test_every_nested_total_is_a_sum_over_its_direct_children_only(tmp_path, job):
    book, formulas, _, _ = _sanitised(tmp_path, job)
    assert len(book.children) == 10  # five totals a block, two blocks
    for row, kids in book.children.items():
        for col in book.columns:
            formula = formulas.cell(row + BANNER_ROWS, col).value
            assert isinstance(formula, str) and formula.startswith("=SUM("), (row, col, formula)
            assert _rows_summed(formula, col) == kids, (row, formula)


def test_head_totals_are_not_rebuilt_over_every_row_below_them(tmp_path, job):
    book, formulas, _, _ = _sanitised(tmp_path, job)
    head, males = sorted(r for r in book.children if book.leaves[r] == 9)
    assert formulas.cell(head + BANNER_ROWS, 2).value == "=SUM(B8,B11,B19)"
    last_of_first_block = max(max(kids) for r, kids in book.children.items() if r < males)
    for row in (r for r in book.children if r >= males):
        assert min(book.children[row]) > last_of_first_block  # the Males block sums its own


def test_every_rebuilt_total_is_within_half_the_base_per_count_of_the_input(tmp_path, job):
    book, formulas, values, source = _sanitised(tmp_path, job)
    half = Policy().rounding_base / 2
    for row in book.children:
        for col in book.columns:
            rebuilt = values.cell(row + BANNER_ROWS, col).value
            parts = _rows_summed(formulas.cell(row + BANNER_ROWS, col).value, col)
            assert rebuilt == sum(values.cell(r + BANNER_ROWS, col).value for r in parts)
            assert abs(rebuilt - source.cell(row, col).value) <= half * book.leaves[row]


def test_a_volume_total_over_subtotals_of_outcomes_is_removed_not_written_as_zero(tmp_path, job):
    rows = [
        ["Referrals and job outcomes by group"],  # (outcomes alone: every line a kind)
        [],
        ["Group", "Q1", "Q2"],
        ["All referrals", 310, 240],
        ["Referrals in work", 130, 95],
        ["JSA", 70, 50],
        ["ESA", 60, 45],
        ["Referrals not in work", 180, 145],
        ["JSA", 100, 80],
        ["ESA", 80, 65],
    ]
    source = write_book(tmp_path / "o.xlsx", {"Outcomes": rows})
    result = sanitise_file(source, job)
    formulas = openpyxl.load_workbook(result.output)["Outcomes"]
    assert formulas.cell(4 + BANNER_ROWS, 2).value is None  # 'All referrals': not SUM(...)=0
    assert any("B4" in r.where and "outcome" in r.why for r in result.removed)
