"""Make the labelled analyse corpus: small MI workbooks, each a trap real provider packs set.

Run ``python -m tests.analyse.corpus.make_corpus`` from the repository root to rebuild every
``*.xlsx`` and its ``*.expect.json`` here; the output is deterministic. Figures are made up.
The workbooks themselves are described in books_layout.py, books_values.py,
books_totals.py, books_trees.py and books_real.py.
"""

from __future__ import annotations

from pathlib import Path

from tests.analyse.corpus import books_layout, books_real, books_totals, books_trees, books_values
from tests.analyse.corpus.shapes import HERE
from tests.analyse.corpus.spec import write_labelled

BOOKS = [
    books_layout.basic,
    books_layout.merged_total_above_subtotals,
    books_layout.side_by_side_shared_header,
    books_layout.side_by_side_blank_col,
    books_layout.total_col_left,
    books_values.numbers_as_text,
    books_layout.blank_row_inside,
    books_layout.empty_col_between,
    books_values.years,
    books_values.dates_months,
    books_values.percentages,
    books_values.money,
    books_values.decimals,
    books_values.codes,
    books_values.errors,
    books_values.derived_formula,
    books_totals.subtotal_plus,
    books_totals.scattered,
    books_totals.totals_above_left,
    books_totals.subtotals_grand_typed,
    books_totals.summary_cross_sheet,
    books_totals.unknown_measure,
    books_totals.ambiguous_partial,
    books_totals.labelled_mismatch,
    books_totals.arithmetic_unlabelled,
    books_layout.stacked_titles_notes,
    books_layout.indented_two_label_cols,
    books_values.row_measures,
    books_values.outcomes,
    books_totals.total_word_variants,
    books_layout.side_by_side_subtotals,
    books_layout.combination,
    books_totals.all_group_subtotals,
    *books_trees.BOOKS,
    books_real.week_numbers,
    books_real.column_numbers,
    books_real.year_labels,
    books_real.category_labels,
    books_real.pound_bands,
    books_real.suppressed,
    books_real.perturbed_refused,
    books_real.perturbed_rebuilt,
    books_real.typed_rates,
    books_real.structured_references,
    books_real.money_title,
    books_real.same_address,
    books_real.group_labels_down_blocks,
    books_real.categories_in_stacked_blocks,
]


def main(folder: Path = HERE) -> None:
    for old in list(folder.glob("*.xlsx")) + list(folder.glob("*.expect.json")):
        old.unlink()
    for make in BOOKS:
        write_labelled(make(), folder)


if __name__ == "__main__":
    main()
