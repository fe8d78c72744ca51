"""Session 15's second hunt for hidden content (after tests/e2e/test_hunted_s15_hidden.py).

Rows or columns folded away in a collapsed outline group were carried and shown when only the
group's summary line was marked collapsed and its own lines were not marked hidden: LibreOffice
folds them away all the same, so a note or figures kept there for the provider travelled. They
are now read as hidden (wpxl.read.outline), and the proof finds them on its own
(wpxl.verify.outlines).
"""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s15_hidden import shown
from tests.leaks import package_text

SECRET = "ESA Flow held back pending the data quality review"
FOLDED = "rows or columns folded away in a collapsed outline group"


def folded_note(path: Path, axis: str, summary_after: bool = True) -> Path:
    """Referrals by payment group, with a note in an outline group (rows under the table, or a
    column right of it) collapsed by its summary line alone: the note's own line is grouped
    but not marked hidden, as some tools write a folded group."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    ws.outline_settings(True, summary_after, summary_after, False)
    ws.write(0, 0, "Referrals by payment group")
    ws.write_row(2, 0, ["Payment group", "Apr 2013", "May 2013"])
    for row, line in enumerate([["JSA 18-24", 121, 93], ["JSA 25+", 307, 111]], start=3):
        ws.write_row(row, 0, line)
    if axis == "rows":
        ws.write(6, 0, SECRET)
        ws.set_row(6, None, None, {"level": 1})
        ws.set_row(7 if summary_after else 5, None, None, {"collapsed": True})
    else:
        ws.write(3, 4, SECRET)
        ws.set_column(4, 4, None, None, {"level": 1})
        ws.set_column(5 if summary_after else 3, 5 if summary_after else 3, None, None,
                      {"collapsed": True})  # fmt: skip
    book.close()
    return path


def test_a_note_in_rows_a_collapsed_group_folds_away_is_not_carried(tmp_path):
    output, _ = sanitised_beside(folded_note(tmp_path / "folded.xlsx", "rows"))
    assert [v for v in shown(output) if isinstance(v, int)] == [120, 100, 300, 120]
    text = package_text(output)
    assert "quality review" not in text
    assert FOLDED in text  # the cover lists what was not carried


def test_a_group_whose_summary_is_above_folds_the_rows_below_it(tmp_path):
    source = folded_note(tmp_path / "folded.xlsx", "rows", summary_after=False)
    output, _ = sanitised_beside(source)
    assert "quality review" not in package_text(output)


def test_a_note_in_a_column_a_collapsed_group_folds_away_is_not_carried(tmp_path):
    output, _ = sanitised_beside(folded_note(tmp_path / "folded.xlsx", "columns"))
    assert [v for v in shown(output) if isinstance(v, int)] == [120, 100, 300, 120]
    assert "quality review" not in package_text(output)
