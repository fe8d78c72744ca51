"""Shapes of real published workbooks, read as their publishers meant: rates never explained
by search, perturbed totals refused or rebuilt, totals over suppressed cells removed, money in
a title, structured references, and dates in titles that are not figures."""

from dataclasses import replace

import pytest
from typer.testing import CliRunner

from tests.analyse.corpus.score import HERE
from wpxl.analyse import analyse_workbook
from wpxl.analyse.typed_totals import SUPPRESSED_TOTAL
from wpxl.cli import app
from wpxl.errors import AnalysisError
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.read.quoted_figures import numbers_in_text


def _read(name: str, policy: Policy | None = None):
    return analyse_workbook(read_workbook(HERE / f"{name}.xlsx"), policy or Policy())


def test_a_rate_is_rebuilt_only_from_the_two_measures_its_header_names():
    (summary,) = _read("68_typed_rates_beside_unrelated_columns")
    ratios = summary.tables[0].ratios
    for row in range(3, 7):  # F: attachments as % of referrals = C / B
        assert ratios[(row, 5)] == ((row, 2), (row, 1))
        assert (row, 6) not in ratios  # G divides to D / E, which its header does not name


def test_perturbed_source_totals_are_rebuilt_from_their_parts_when_the_policy_says_so():
    (sheet,) = _read("67_perturbed_source_totals_rebuilt", Policy(source_totals="rebuild"))
    table = sheet.tables[0]
    assert sorted(table.source_changes) == [(r, 4) for r in range(3, 7)]
    assert all(0 < share < 0.01 for share in table.source_changes.values())
    assert table.totals[(3, 4)] == tuple(("Households", 3, c) for c in (1, 2, 3))


def test_a_total_over_a_suppressed_cell_is_removed_and_the_markers_kept():
    (sheet,) = _read("65_suppression_markers_under_totals")
    assert sheet.roles[(3, 2)] is Role.TEXT  # '..' as the source wrote it
    assert sheet.reasons[(3, 4)] == SUPPRESSED_TOTAL  # its row's total
    assert sheet.reasons[(8, 4)] == SUPPRESSED_TOTAL  # the grand total over it
    assert sheet.roles[(4, 4)] is Role.TOTAL  # a row with nothing suppressed keeps its total


def test_structured_references_are_totals_over_the_cells_they_name():
    (sheet,) = _read("69_structured_reference_totals")
    totals = sheet.tables[0].totals
    assert totals[(3, 4)] == tuple(("Referrals", 3, c) for c in (1, 2, 3))
    assert totals[(7, 1)] == tuple(("Referrals", r, 1) for r in range(3, 7))


def test_the_day_of_a_date_in_a_title_is_not_a_figure():
    assert numbers_in_text("Prison population at 30 June 2022") == []
    assert numbers_in_text("Deaths registered in the week ending 27 January") == []
    assert numbers_in_text("Referrals: 30 in June") == [30.0]


def test_sanitise_warns_of_rebuilt_totals_and_prints_every_figure_removed(tmp_path):
    policy = tmp_path / "wpxl.toml"
    policy.write_text('source_totals = "rebuild"\n', encoding="utf-8")
    out = tmp_path / "out"
    book = HERE / "67_perturbed_source_totals_rebuilt.xlsx"
    result = CliRunner().invoke(
        app, ["sanitise", str(book), "--policy", str(policy), "--out-dir", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert (
        "warning: table 'Referrals of households by family type and region' on 'Households': 4 of"
        " its typed totals were not the sum of their parts" in result.output
    )
    assert "largest change is under 10% of the source's total" in result.output
    suppressed = CliRunner().invoke(
        app, ["sanitise", str(HERE / "65_suppression_markers_under_totals.xlsx"), "--out-dir",
              str(out)],
    )  # fmt: skip
    assert suppressed.exit_code == 0, suppressed.output
    assert "removed: 'Referrals' B9: a total over a cell the source suppressed" in (
        suppressed.output
    )


def test_without_the_policy_key_the_perturbed_totals_are_refused():
    problems = []
    try:
        _read("66_perturbed_source_totals_refused", replace(Policy(), source_totals="refuse"))
    except AnalysisError as exc:
        problems = str(exc).splitlines()
    assert problems and "cell E4" in problems[0]


def test_rebuild_removes_and_names_a_total_too_far_from_its_parts_to_be_perturbed(tmp_path):
    from tests.builders import write_book
    from wpxl.analyse.typed_totals import FAR_FROM_PARTS

    rows = [
        ["Referrals by payment group"],
        [],
        ["Payment group", "Apr 2013", "May 2013"],
        ["JSA 18-24", 120, 140],
        ["JSA 25+", 60, 80],
        ["ESA Flow", 40, 20],
        ["Total", 221, 740],  # B7 off by 1 (perturbed), C7 off by 500 (not a perturbation)
    ]
    book = read_workbook(write_book(tmp_path / "pack.xlsx", {"Referrals": rows}))
    (analysis,) = analyse_workbook(book, Policy(source_totals="rebuild"))
    (table,) = analysis.tables
    assert analysis.roles[(6, 2)] is Role.DROPPED
    assert analysis.reasons[(6, 2)] == FAR_FROM_PARTS
    assert (6, 2) not in table.totals
    assert sorted(r for _, r, _ in table.totals[(6, 1)]) == [3, 4, 5]
    assert list(table.source_changes) == [(6, 1)]
    with pytest.raises(AnalysisError, match="cell B7"):
        analyse_workbook(book, Policy())  # by default: refused, naming the first cell


def test_rebuild_reads_totals_all_over_their_parts_as_counting_a_group_not_shown(tmp_path):
    from tests.builders import write_book

    rows = [
        ["Referrals by age of mother"],
        [],
        ["Region", "All ages", "Under 25", "25 to 34", "35 and over"],
        ["North", 1212, 300, 600, 300],  # 12 whose age was not stated
        ["South", 905, 200, 500, 200],  # 5 not stated
        ["Total", 2117, 500, 1100, 500],
    ]
    book = read_workbook(write_book(tmp_path / "births.xlsx", {"Births": rows}))
    (analysis,) = analyse_workbook(book, Policy(source_totals="rebuild"))
    (table,) = analysis.tables
    assert table.unshown == {(3, 1): 12, (4, 1): 5}
    assert not table.source_changes


def test_each_table_with_rebuilt_source_totals_gets_one_warning_with_a_coarse_band():
    from wpxl.plan.notices import source_total_warnings

    analyses = _read("67_perturbed_source_totals_rebuilt", Policy(source_totals="rebuild"))
    (warning,) = source_total_warnings(analyses)
    assert warning.code == "source-totals-rebuilt"
    assert warning.where == "table 1 on 'Households'"
    assert warning.message.endswith("the largest change is under 10% of the source's total")
    assert source_total_warnings(_read("69_structured_reference_totals")) == []


def test_a_label_repeated_down_its_block_names_the_group_and_the_next_column_the_row():
    from wpxl.analyse import carried_sheet
    from wpxl.analyse.layout import find_layouts
    from wpxl.analyse.roles import TableReader

    book = read_workbook(HERE / "72_group_labels_repeated_down_blocks.xlsx")
    sheet = carried_sheet(book.sheets[0])
    (layout,), _ = find_layouts(sheet.cells)
    reader = TableReader(sheet, layout, 1, Policy(), {}, {})
    own = reader.row_labels().own
    assert [own[r] for r in range(3, 8)] == [
        "Total", "NHS establishments", "At home", "Elsewhere", "Total"
    ]  # fmt: skip
    assert reader.label_text(4) == "Total NHS establishments"  # its measure words still see all
