"""What fuzzing published layouts found in session 21 (a generator of layout classes the last
hunt did not make: a year or quarter over its months, tables transposed, totals on the left or
at the top, 'of which' lines, '% of total' lines, blank rows inside a block, tables at odd
offsets, blocks side by side of different widths, a summary of formulas over other sheets,
typed totals off by a few, areas keyed by codes or numbers, a block per payment group over a
block of outcome rates; each copy checked against what the generator knows).

Each section below names the shape, what went wrong and what holds now.
"""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside


def _r20(figure: int) -> int:
    return (figure + 10) // 20 * 20


def _shown(path, sheet: str) -> dict[object, list]:
    """The copy's lines of ``sheet`` by their first cell."""
    rows = openpyxl.load_workbook(path, data_only=True)[sheet].iter_rows(values_only=True)
    return {row[0]: list(row[1:]) for row in rows if row and row[0] is not None}


def _percent_sheets(path) -> list[str]:
    return [name for name in openpyxl.load_workbook(path).sheetnames if name.endswith("%")]


# A block of referrals titled by its payment group alone ('JSA 25+', the sheet named
# 'Referrals'), then a table of job outcomes under its own title, a blank line between the title
# and its header, as most titles stand (fuzz seeds 1, 152, 171: a block per payment group over
# 'Job outcome rate by payment group (%)'). The proof read the outcome table's title as a note
# under the referrals ("a note's next line is blank") and refused the copy, the referrals
# counted as outcome volumes. A line of words one blank line over a header with figures under
# it titles that table; a line shaped as a note ('Source: ...', 'Figures are ...') stays a note.
def _group_block(title: str) -> list[list]:
    return [
        [title],
        [],
        ["Area", "Jun-14", "Jul-14", "Total"],
        ["Leeds", 130, 125, 255],
        ["Bradford", 352, 284, 636],
        ["Total", 482, 409, 891],
        [],
    ]


JOB_OUTCOMES = [["Area", "Jun-14", "Jul-14"], ["Leeds", 31, 45], ["Bradford", 27, 52]]


def test_referrals_titled_by_their_group_over_a_titled_table_of_outcomes_are_rounded(tmp_path):
    rows = [*_group_block("JSA 25+"), ["Job outcomes by area"], [], *JOB_OUTCOMES]
    output, _ = sanitised_beside(write_book(tmp_path / "groups.xlsx", {"Referrals": rows}))
    shown = _shown(output, "Referrals")
    assert shown["Leeds"][:3] == [140, 120, 260]
    assert shown["Total"][:3] == [500, 400, 900]  # sums of the rounded cells
    assert _percent_sheets(output) == ["Job outcomes %"]
    assert 31 not in [v for row in _shown(output, "Referrals").values() for v in row]


def test_blocks_per_payment_group_over_a_block_of_outcome_rates_are_rounded(tmp_path):
    rows = _group_block("PG1 JSA 25+") + _group_block("PG2 ESA Flow")
    rows += [["Job outcome rate by payment group (%)"], [], ["Area", "JSA 25+", "ESA Flow"]]
    rows += [["Leeds", 0.259, 0.162], ["Bradford", 0.291, 0.158]]
    output, _ = sanitised_beside(write_book(tmp_path / "rates.xlsx", {"Referrals": rows}))
    copy = openpyxl.load_workbook(output)["Referrals"]
    figures = [c.value for row in copy.iter_rows(min_row=4) for c in row[1:3]]
    assert [v for v in figures if isinstance(v, int)][:4] == [140, 120, 360, 280]
    assert not {0.259, 0.291} & set(figures)  # outcome rates are removed


def test_a_note_naming_outcomes_over_a_blank_line_still_names_the_block_above(tmp_path):
    """'Source: job outcomes from PRaP' under a block, a blank line, then another table: the
    note names the block above (its figures are outcome volumes), as before."""
    rows = [*_group_block("JSA 25+"), ["Source: job outcomes from PRaP"], [], *JOB_OUTCOMES]
    output, _ = sanitised_beside(write_book(tmp_path / "noted.xlsx", {"Referrals": rows}))
    book = openpyxl.load_workbook(output)
    assert "Referrals" not in book.sheetnames  # both blocks shown as percentages only
    assert len(_percent_sheets(output)) == 2
