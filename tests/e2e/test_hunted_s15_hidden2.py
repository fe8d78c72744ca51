"""Session 15's second hunt for hidden content (after tests/e2e/test_hunted_s15_hidden.py).

Rows or columns folded away in a collapsed outline group were carried and shown when only the
group's summary line was marked collapsed and its own lines were not marked hidden: LibreOffice
folds them away all the same, so a note or figures kept there for the provider travelled. They
are now read as hidden (wpxl.read.outline), and the proof finds them on its own
(wpxl.verify.outlines).

A count a conditional format shows as nothing (its number format ';;;' or '"";""', or a data
bar or icon set set to show no value) or paints white on white was carried, rounded and shown:
only text under such a rule was read as hidden. A rule comparing the value with numbers ('less
than 10', as small-number suppression is written) now hides the counts that meet it; one
whose condition wpxl does not read hides every count under it (fail closed); a rule that
hides zeros, or fills in a colour the count stands out on, hides nothing. The proof judges the
rules with its own code (wpxl.verify.conditional_numbers).

A sheet whose default column width is 0 (``<sheetFormatPr defaultColWidth="0">``), the table's
columns given widths of their own, carried a note in a column given none; one whose default
row height is 0, the table's rows given heights, carried a note in a row given none: the
reader did not read the sheet's defaults. Such lines are now hidden (fail closed), and the
proof reads the defaults itself (wpxl.verify.default_sizes). (A sheet hiding its unused rows,
``zeroHeight="1"``, hides no row holding a cell: Excel and LibreOffice show every row written,
at the default height, and so does wpxl.)
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.builders import referrals_table, write_book
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s15_hidden import shown
from tests.leaks import package_text
from tests.robustness.conftest import rewrite_package

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


SMALL = {"type": "cell", "criteria": "<", "value": 10}
HIDING_RULES = {
    "number format ;;;": {**SMALL, "format": {"num_format": ";;;"}},
    "number format of empty words": {**SMALL, "format": {"num_format": '"";""'}},
    "white font": {**SMALL, "format": {"font_color": "#FFFFFF"}},
    "font the colour of its fill": {
        **SMALL,
        "format": {"font_color": "#C6EFCE", "bg_color": "#C6EFCE"},
    },
}


def suppressed(path: Path, rule: dict) -> Path:
    """Referrals by payment group and month with a total line, under one conditional format
    over the body; two counts (7 and 3) are below 10."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    ws.write(0, 0, "Referrals by payment group")
    ws.write_row(2, 0, ["Payment group", "Apr 2013", "May 2013"])
    for row, line in enumerate(
        [["JSA 18-24", 121, 7], ["JSA 25+", 307, 111], ["ESA Flow", 3, 58]], start=3
    ):
        ws.write_row(row, 0, line)
    ws.write(6, 0, "Total")
    ws.write_formula(6, 1, "=SUM(B4:B6)", None, 431)
    ws.write_formula(6, 2, "=SUM(C4:C6)", None, 176)
    if "format" in rule:
        rule = {**rule, "format": book.add_format(rule["format"])}
    ws.conditional_format("B4:C6", rule)
    book.close()
    return path


def _counts(path: Path) -> list[tuple[str, int]]:
    return [(c.coordinate, c.value) for row in openpyxl.load_workbook(path).worksheets[-1]
            for c in row if isinstance(c.value, int)]  # fmt: skip


@pytest.mark.parametrize("rule", HIDING_RULES.values(), ids=HIDING_RULES)
def test_counts_a_conditional_format_hides_are_not_carried(tmp_path, rule):
    output, _ = sanitised_beside(suppressed(tmp_path / "small.xlsx", rule))
    values = shown(output)
    assert [v for v in values if isinstance(v, int)] == [120, 300, 120, 60, 420, 180]
    assert _counts(output) == [("B6", 120), ("B7", 300), ("C7", 120), ("C8", 60)]


@pytest.mark.parametrize(
    "rule",
    [
        {"type": "data_bar", "bar_only": True},
        {"type": "icon_set", "icon_style": "3_arrows", "icons_only": True},
        {"type": "formula", "criteria": "=B4<10", "format": {"num_format": ";;;"}},
    ],
    ids=["data bar without values", "icons without values", "a condition not read"],
)
def test_counts_a_conditional_format_may_hide_whatever_they_are_are_not_carried(tmp_path, rule):
    output, _ = sanitised_beside(suppressed(tmp_path / "bars.xlsx", rule))
    assert _counts(output) == []


@pytest.mark.parametrize(
    "rule",
    [
        {**SMALL, "format": {"bg_color": "#FFC7CE", "font_color": "#9C0006"}},
        {"type": "cell", "criteria": "==", "value": 0, "format": {"font_color": "#FFFFFF"}},
        {"type": "cell", "criteria": ">", "value": 500, "format": {"num_format": ";;;"}},
    ],
    ids=["red on pink", "zeros white", "none meets it"],
)
def test_counts_a_conditional_format_shows_stay(tmp_path, rule):
    output, _ = sanitised_beside(suppressed(tmp_path / "shown.xlsx", rule))
    assert [v for v in shown(output) if isinstance(v, int)] == [120, 0, 300, 120, 0, 60, 420, 180]


def sized_by_default(path: Path, axis: str) -> Path:
    """Referrals by payment group, a note beside (column F) or under (row 9) the table, on a
    sheet whose default column width (or row height) is 0: the table's own lines are given
    their sizes, the note's is not."""
    rows = referrals_table([[121, 93], [307, 111]])
    if axis == "columns":
        rows[4] += [None, SECRET]
    else:
        rows += [[], [SECRET]]
    plain = write_book(path.with_name("plain.xlsx"), {"Referrals": rows})
    with zipfile.ZipFile(plain) as package:
        xml = package.read("xl/worksheets/sheet1.xml").decode()
    if axis == "columns":
        sized = '<sheetFormatPr defaultRowHeight="15" defaultColWidth="0"/><cols><col min="1" '
        xml = xml.replace('<sheetFormatPr defaultRowHeight="15"/>',
                          sized + 'max="4" width="14" customWidth="1"/></cols>')  # fmt: skip
    else:
        xml = xml.replace(
            '<sheetFormatPr defaultRowHeight="15"/>',
            '<sheetFormatPr defaultRowHeight="0" customHeight="1"/>',
        )
        xml = re.sub(r'<row r="([1-6])" ', r'<row r="\1" ht="15" customHeight="1" ', xml)
    return rewrite_package(plain, path, {"xl/worksheets/sheet1.xml": xml.encode()})


@pytest.mark.parametrize("axis", ["columns", "rows"])
def test_a_note_the_sheets_default_size_hides_is_not_carried(tmp_path, axis):
    output, _ = sanitised_beside(sized_by_default(tmp_path / "sized.xlsx", axis))
    assert "quality review" not in package_text(output)
    assert [v for v in shown(output) if isinstance(v, int)] == [120, 100, 220, 300, 120, 420,
                                                               420, 220, 640]  # fmt: skip
