"""Real published layouts built with Work Programme measures (session 41, the published hunt).

Tables stacked on one sheet each with its footnote under it, as Stat-Xplore exports and the
packs copied from published tables set them out ('Job outcomes by payment group' and its
table, then 'Job outcomes are counted in the month claimed' and 'Source: provider MI (PRaP)'
under it, two blank lines, then 'Referrals by payment group' over the referrals; or a legend,
'".." denotes a figure suppressed', over 'Source: DWP Stat-Xplore'). A block of words more
than three rows over a table titles it only as a second title line, over a title within three
rows below, and the footnote was read so: the table below took it as its first title line.
Under an outcome table the footnote named the next table's measure: the referrals under it
were read as job outcomes and shown on a second percentage sheet, the sheet of counts left out
of the copy, and the copy verified (WRONG); under a table of referrals over a table of job
outcomes, the footnote went from the copy with the outcome table's title, on the cover nowhere
(SAID NOTHING), and the cover named the outcome table by it. A block holding a note ('Source:
...'), or nearer the table above than the title below, within three rows under a table sharing
its columns, is that table's footnote (analyse/shared_titles ``title_over_title``): it stays in
the copy where it stood, and the table below keeps its own title's measure.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import script_book
from tests.e2e.runs import copy_formulas, sanitised_beside

_GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Ex-IB"]
_REFERRALS = [[101, 87, 93], [233, 251, 247], [17, 23, 19], [41, 38, 44]]
_OUTCOMES = [[31, 27, 35], [77, 81, 69], [6, 7, 9], [12, 14, 11]]


def _footed_table(title: str, counts: list[list[int]], feet: list[str]) -> list[list]:
    """``title`` over a table by payment group and month with its totals typed, then a blank
    line, the footnote lines ``feet`` and two blank lines."""
    totals = [sum(column) for column in zip(*counts, strict=True)]
    body = [[g, *c, sum(c)] for g, c in zip(_GROUPS, counts, strict=True)]
    head = ["Payment group", "Jun-13", "Jul-13", "Aug-13", "Total"]
    return [
        [title],
        [],
        head,
        *body,
        ["Total", *totals, sum(totals)],
        [],
        *[[f] for f in feet],
        [],
        [],
    ]


_CLAIMED = "Job outcomes are counted in the month claimed"


@pytest.mark.parametrize("feet", [[_CLAIMED], [_CLAIMED, "Source: provider MI (PRaP)"]])
def test_referrals_under_an_outcome_tables_footnote_stay_referrals(tmp_path, feet):
    outcomes = _footed_table("Job outcomes by payment group", _OUTCOMES, feet)
    rows = outcomes + _footed_table("Referrals by payment group", _REFERRALS, ["Source: PRaP"])
    source = script_book(tmp_path / "stacked.xlsx", {"MI": rows})
    output, said = sanitised_beside(source)
    book = openpyxl.load_workbook(output)
    assert book.sheetnames == ["About this workbook", "MI", "Job outcomes %"]
    shown = [c.value for row in book["MI"].iter_rows() for c in row if c.value is not None]
    assert _CLAIMED in shown and "Referrals by payment group" in shown
    top = len(outcomes) + 4 + 2  # the referrals' first line, under the banner
    line = [c.value for c in book["MI"][top]]
    assert line[:4] == ["JSA 18-24", 100, 80, 100]
    assert copy_formulas(output, "MI")[f"E{top}"] == f"=SUM(B{top}:D{top})"
    assert "Job outcomes 2 %" not in said


def test_a_referrals_tables_footnote_stays_over_the_outcome_table(tmp_path):
    foot = "Referrals are counted in the month of referral"
    rows = _footed_table("Referrals by payment group", _REFERRALS, [foot, "Source: PRaP"])
    rows += _footed_table("Job outcomes by payment group", _OUTCOMES, ["Source: PRaP"])
    source = script_book(tmp_path / "stacked.xlsx", {"MI": rows})
    output, said = sanitised_beside(source)
    shown = openpyxl.load_workbook(output)["MI"]
    assert shown["A12"].value == foot  # where it stood, under the banner
    assert "table 'Job outcomes by payment group' on 'MI'" in said
