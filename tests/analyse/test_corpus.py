"""wpxl's reading of the labelled corpus: every role and every total's parts, at 100 %."""

import json
from pathlib import Path

import pytest

from tests.analyse.corpus.make_corpus import main as make_corpus
from tests.analyse.corpus.score import HERE, score_corpus
from wpxl.analyse import analyse_workbook
from wpxl.errors import AnalysisError
from wpxl.policy import Policy
from wpxl.read import read_workbook


def test_corpus_every_role_and_total_is_read_with_full_precision_and_recall():
    score = score_corpus()
    print("\n" + score.table())
    assert score.perfect, score.table()
    roles = {"title", "note", "header", "label", "count", "total", "noncount", "derived"}
    for role in roles | {"dropped", "text"}:
        assert score.precision(role) == 1.0 and score.recall(role) == 1.0, role
        assert score.expected[role] > 0, f"the corpus has no {role} cell"
    assert score.totals == score.totals_right > 200
    assert score.refusals == score.refusals_right == 4


def test_corpus_has_at_least_25_workbooks_and_matches_its_generator(tmp_path):
    committed = sorted(HERE.glob("*.expect.json"))
    assert len(committed) >= 25
    make_corpus(tmp_path)
    remade = sorted(tmp_path.glob("*.expect.json"))
    assert [p.name for p in remade] == [p.name for p in committed]
    for mine, theirs in zip(remade, committed, strict=True):
        assert json.loads(mine.read_text()) == json.loads(theirs.read_text()), mine.name


def _refusal(name: str) -> str:
    with pytest.raises(AnalysisError) as caught:
        analyse_workbook(read_workbook(HERE / f"{name}.xlsx"), Policy())
    return str(caught.value)


def test_counts_of_unknown_measure_are_refused_naming_sheet_table_and_how_to_name_it():
    assert _refusal("22_unknown_measure_refused") == (
        "22_unknown_measure_refused.xlsx: sheet 'Sheet1', table 1 (cell B4): "
        "wpxl cannot tell whether these counts "
        "are referrals, attachments, job starts, job outcomes or sustainments. Name the measure "
        "in the table's title, its headers or the sheet name (for example 'Referrals by payment "
        "group'), or add the word you use to the policy's measure words"
    )


def test_last_row_adding_up_in_some_columns_only_is_refused_as_ambiguous():
    assert _refusal("23_ambiguous_total_refused") == (
        "23_ambiguous_total_refused.xlsx: sheet 'Referrals', cell B8: "
        "this row is the sum of the other rows in some places but "
        "not in others, so wpxl cannot tell whether it is a total. Label it 'Total' and correct "
        "its figures if it is one; if it is not, move it up among the other rows (wpxl reads an "
        "unlabelled row as a total only where it is the first or last of the table)"
    )


def test_typed_total_that_is_not_its_rows_sum_is_refused_naming_the_cell():
    assert _refusal("24_total_not_its_parts_refused") == (
        "24_total_not_its_parts_refused.xlsx: sheet 'Attachments', cell C9: "
        "this cell is labelled as a total but is not the sum of "
        "the cells it would total (C4:C8), so wpxl cannot tell what it adds up. Make it a SUM "
        "formula over the cells it totals, or change its label if it is not a total. If the "
        "source rounds or perturbs its figures, or its totals count a group the table does not "
        "show (such as 'not stated'), set source_totals = \"rebuild\" in the policy to rebuild "
        "its totals from the parts"
    )


def test_measure_words_come_from_the_policy():
    words = dict(Policy().measure_words)
    words = {
        measure: (*ws, "figures") if measure.value == "referrals" else ws
        for measure, ws in words.items()
    }
    analyses = analyse_workbook(
        read_workbook(HERE / "22_unknown_measure_refused.xlsx"), Policy(measure_words=words)
    )
    assert analyses[0].tables[0].measure.value == "referrals"


def test_typed_rate_is_linked_to_the_two_counts_it_was_worked_out_from():
    (analysis,) = analyse_workbook(
        read_workbook(HERE / "11_percentages_by_format_and_words.xlsx"), Policy()
    )
    ratios = analysis.tables[0].ratios
    assert ratios[(3, 3)] == ((3, 2), (3, 1))  # D4 = C4 / B4
    assert ratios[(8, 3)] == ((8, 2), (8, 1))  # the total row's rate over the totals
    assert (3, 4) not in ratios  # a change: removed
    # 'Proportion of referrals': a share of the referrals' total, rebuilt (session 34)
    assert ratios[(3, 5)] == ((3, 1), (8, 1))
    # '% attached', whole percentages: every line's attachments over its referrals, the one
    # measure its header names over the one other column giving every rate (session 35)
    assert ratios[(3, 6)] == ((3, 2), (3, 1))
    assert (3, 6) in analysis.tables[0].whole_percents


def test_corpus_files_exist_for_every_sidecar():
    for sidecar in HERE.glob("*.expect.json"):
        assert Path(str(sidecar).removesuffix(".expect.json") + ".xlsx").exists()


def test_lines_of_totals_found_by_formula_alone_are_total_rows_and_columns():
    (scattered,) = analyse_workbook(read_workbook(HERE / "18_scattered_cell_sums.xlsx"), Policy())
    assert scattered.tables[0].total_rows == {5, 8, 11, 12}  # North, South, East, Total
    analyses = analyse_workbook(read_workbook(HERE / "21_summary_across_sheets.xlsx"), Policy())
    summary = analyses[-1].tables[0]
    assert summary.total_rows == {8}  # its body adds up other sheets: not total rows
    assert summary.total_cols == set()
    (plus,) = analyse_workbook(read_workbook(HERE / "17_subtotal_and_plus_chains.xlsx"), Policy())
    assert plus.tables[0].total_cols == {3}
