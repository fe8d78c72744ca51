"""A count written with a thousands separator is no year (verify/texts.py): Fair Start
Scotland's '1,996 (25%)' and '2,085 (35%)' ('n (%)' in one cell) quote unrounded counts shaped
like years. A copy keeping them is refused at each; the copy the plan makes is not."""

from tests.e2e.test_hunted_s18_real import starts_with_shares
from tests.misread import misread_findings

YOUNG, MIDDLE = 4, 6  # the input rows of 16-24 and 35-49 (0-based)


def test_a_count_shaped_like_a_year_kept_in_text_is_refused(tmp_path):
    rows = starts_with_shares()
    kept = {(YOUNG, 1): rows[YOUNG][1], (MIDDLE, 2): rows[MIDDLE][2]}
    assert kept == {(YOUNG, 1): "1,996 (25%)", (MIDDLE, 2): "2,085 (35%)"}
    found = misread_findings(tmp_path, rows, kept, "kept")
    assert {f.part for f in found} == {"'Referrals' B7", "'Referrals' C9"}


def test_a_year_written_plainly_still_reads_as_one(tmp_path):
    rows = starts_with_shares()
    rows[1] = ["Number of starts since 1996 (percentage of all starts in brackets)"]
    assert misread_findings(tmp_path, rows, {}, "kept") == []
