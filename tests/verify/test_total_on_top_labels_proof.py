"""The proof's own reading of labels under a total on top (the Total line first under the
header): band starts under 'Age band' pass unrounded, but a column the top total adds up, or
one headed by a measure, is still caught when a misreading plan keeps it as written."""

from __future__ import annotations

from tests.verify.test_label_figures_proof import FIGURES, _proved

BANDS = [16, 18, 25, 50]


def _on_top(header: str) -> list[list]:
    """``header`` ('Age band') over a numeric column, the total line first, its words in it."""
    rows: list[list] = [["Referrals by age band"], [], [header, "Apr", "May", "Jun"]]
    rows.append(["Total", *(sum(f[k] for f in FIGURES[:4]) for k in range(3))])
    return rows + [[band, *FIGURES[i]] for i, band in enumerate(BANDS)]


def _kept(first: int = 4) -> dict[tuple[int, int], int]:
    return {(first + i, 0): band for i, band in enumerate(BANDS)}


def test_band_starts_under_a_total_on_top_pass_unrounded(tmp_path):
    assert _proved(tmp_path, _on_top("Age band"), _kept()) == set()


def test_a_column_headed_by_a_measure_under_a_total_on_top_is_caught(tmp_path):
    found = _proved(tmp_path, _on_top("Referrals"), _kept())
    assert found == {f"'Referrals' A{r}" for r in (7, 8, 9, 10)}


def test_a_column_the_top_total_adds_up_is_caught(tmp_path):
    """The first line holds the column's sum (109): it counts the column, whose figures a
    misreading plan keeps as written."""
    rows = [["Referrals by age band"], [], ["Age band", "Apr", "May", "Jun"]]
    sums = [sum(f[k] for f in FIGURES[:4]) for k in range(3)]
    rows += [[sum(BANDS), *sums], *([band, *FIGURES[i]] for i, band in enumerate(BANDS))]
    found = _proved(tmp_path, rows, _kept())
    assert {f"'Referrals' A{r}" for r in (7, 8, 9, 10)} <= found
