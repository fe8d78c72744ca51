"""Session 35: a typed rate column whose header names only the measure it counts.

'District | Referrals | Attachments | % attached', the rates typed as values (0.915 beside 412
and 377, or 91.5 under a header with '%'), is how provider packs show attachment for every
office. Such a column was removed as 'a rate wpxl cannot work out from shared figures': a typed
rate was rebuilt only where its header names both measures it divides ('Attachments as % of
referrals'), and '% attached' names one. It was removed too where the header names both in
other forms of their words ('% of referrals attached': 'attached' is no 'attachment' to the
word match), though the words said all that was needed.

Now forms of one word are one measure word for a rate's header (analyse/ratios
``word_families``), and a column under a header naming one measure, not an outcome, is read as
that measure's figure over another column's figure where every line's rate is so, to its
typed precision, and no other pair of columns gives every rate (analyse/one_measure_rates).
The plan rebuilds each as it rebuilds any rate, over the rounded cells, and the proof reads
the formula as it reads any rate's. A header naming nothing counted ('Conversion rate') was
still removed (rebuilt since session 39 where one pair alone gives every rate); a column two
pairs of columns explain, or one rate alone, is removed; an outcome's rate is never rebuilt
from counts.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.e2e.runs import sanitised_beside

DISTRICTS = [("Leeds", 412, 377), ("Bradford", 298, 260), ("Wakefield", 187, 170)]


def _book(path: Path, header: str, whole: bool = False, lines=DISTRICTS, third=None) -> Path:
    """'Referrals and attachments by district' with ``header`` over the typed rates (a whole
    percentage if ``whole``), and a third measure's column if ``third`` (its header, figures)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Attachments"
    extra = [third[0]] if third else []
    sheet.append(["Referrals and attachments by district, 2013/14"])
    sheet.append(["District", "Referrals", "Attachments", *extra, header])
    for i, (name, referred, attached) in enumerate(lines):
        more = [third[1][i]] if third else []
        rate = round(attached / referred * 100, 1) if whole else attached / referred
        sheet.append([name, referred, attached, *more, rate])
    for row in sheet.iter_rows(min_row=3):
        row[-1].number_format = "0.0" if whole else "0%"
    book.save(path)
    return path


def _rates(output: Path, col: str, rows: range) -> tuple[list, list]:
    formulas = openpyxl.load_workbook(output)["Attachments"]
    cached = openpyxl.load_workbook(output, data_only=True)["Attachments"]
    return [formulas[f"{col}{r}"].value for r in rows], [cached[f"{col}{r}"].value for r in rows]


@pytest.mark.parametrize("header", ["% attached", "Attachment rate", "Attached %"])
def test_a_typed_rate_under_its_counts_measure_is_rebuilt_over_the_rounded_cells(tmp_path, header):
    output, printed = sanitised_beside(_book(tmp_path / "offices.xlsx", header))
    formulas, values = _rates(output, "D", range(5, 8))
    assert formulas == [f"=C{r}/B{r}" for r in range(5, 8)]
    assert values == pytest.approx([380 / 420, 260 / 300, 180 / 180])
    assert "removed" not in printed


def test_a_whole_percentage_under_its_counts_measure_is_rebuilt_as_a_hundredth(tmp_path):
    output, printed = sanitised_beside(_book(tmp_path / "whole.xlsx", "% attached", whole=True))
    formulas, values = _rates(output, "D", range(5, 8))
    assert formulas == [f"=C{r}/B{r}*100" for r in range(5, 8)]
    assert values == pytest.approx([100 * 380 / 420, 100 * 260 / 300, 100.0])
    assert "removed" not in printed


@pytest.mark.parametrize("header", ["% of referrals attached", "Attached as % of referred"])
def test_a_rate_naming_both_measures_in_other_forms_of_their_words_is_rebuilt(tmp_path, header):
    output, printed = sanitised_beside(_book(tmp_path / "forms.xlsx", header))
    formulas, _ = _rates(output, "D", range(5, 8))
    assert formulas == [f"=C{r}/B{r}" for r in range(5, 8)]
    assert "removed" not in printed


def test_a_rate_naming_nothing_counted_is_rebuilt_where_one_pair_alone_gives_it(tmp_path):
    """Removed till session 39: 'Conversion rate' names nothing counted, but a whole column
    that one pair of shared columns gives, and no other, is that quotient (session 39 left,
    analyse/shared_rates ``typed_shared_quotients``); rebuilt over the rounded cells it shows
    nothing they do not."""
    output, printed = sanitised_beside(_book(tmp_path / "unnamed.xlsx", "Conversion rate"))
    formulas, values = _rates(output, "D", range(5, 8))
    assert formulas == [f"=C{r}/B{r}" for r in range(5, 8)]
    assert values == pytest.approx([380 / 420, 260 / 300, 180 / 180])
    assert "removed" not in printed


def test_a_rate_two_pairs_of_columns_give_is_still_removed(tmp_path):
    """'Referrals (revised)' holds the same figures as 'Referrals': either could be the
    rate's base, so neither is guessed."""
    third = ("Referrals (revised)", [r for _, r, _ in DISTRICTS])
    output, printed = sanitised_beside(_book(tmp_path / "two.xlsx", "% attached", third=third))
    formulas, _ = _rates(output, "E", range(5, 8))
    assert formulas == [None, None, None]
    assert "a rate wpxl cannot work out" in printed


def test_one_rate_alone_is_not_read_by_the_arithmetic(tmp_path):
    source = _book(tmp_path / "alone.xlsx", "% attached", lines=DISTRICTS[:1])
    output, printed = sanitised_beside(source)
    formulas, _ = _rates(output, "D", range(5, 6))
    assert formulas == [None]
    assert "a rate wpxl cannot work out" in printed


def test_an_outcome_rate_under_its_measure_is_never_rebuilt_from_counts(tmp_path):
    """'Job outcomes | Outcome rate' beside referrals: outcome volumes go to the percentage
    sheet, and no rate over them is written on the volume sheet, whatever its words."""
    lines = [
        ["Referrals and job outcomes by district"],
        ["District", "Referrals", "Job outcomes", "Job outcome rate"],
        *[[n, r, a // 3, (a // 3) / r] for n, r, a in DISTRICTS],
    ]
    source = tmp_path / "outcomes.xlsx"
    book = openpyxl.Workbook()
    for line in lines:
        book.active.append(line)
    book.active.title = "Attachments"
    book.save(source)
    output, printed = sanitised_beside(source)
    formulas, values = _rates(output, "D", range(5, 8))
    assert formulas == values == [None, None, None]
    assert "D3:D5: a rate of job outcomes or sustainments" in printed
