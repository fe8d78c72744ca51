"""A patterned fill shows two colours, its pattern and its background: text in both is hidden.

Format Cells > Fill > Pattern style '75% Gray' in black on black, under black text, blacks the
text out as a solid black fill does; a white '50% Gray' or '6.25% Gray' under white text whites
it out. Where the file names no colour Excel draws the pattern black on white (the system's
colours), not what openpyxl reports. Text that differs from either colour shows.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import xlsxwriter

from tests.robustness.conftest import rewrite_package
from wpxl.model import as_written
from wpxl.read import read_workbook
from wpxl.read.invisible import INVISIBLE_CELLS

# xlsxwriter's patterns: 2 mediumGray (50 %), 3 darkGray (75 %), 12 lightGrid, 18 gray0625
HIDDEN = {
    "Chesterfield office: contract under review": {
        "font_color": "#000000", "pattern": 3, "fg_color": "#000000", "bg_color": "#000000",
    },
    "Internal: Derby office under investigation": {
        "font_color": "#FFFFFF", "pattern": 2, "fg_color": "#FFFFFF", "bg_color": "#FFFFFF",
    },
    "Joanne Whitfield referral disputed": {
        "font_color": "#FFFFFF", "pattern": 18, "fg_color": "#FFFFFF", "bg_color": "#FFFFFF",
    },
    # no background named: the system's white behind a white pattern
    "Matlock office closing": {"font_color": "#FFFFFF", "pattern": 12, "fg_color": "#FFFFFF"},
    # no pattern colour named: the system's black over a black background
    "Buxton office merger": {"font_color": "#000000", "pattern": 3, "bg_color": "#000000"},
}  # fmt: skip
SHOWN = {
    "black on a 75% Gray of black over white": {
        "font_color": "#000000", "pattern": 3, "fg_color": "#000000", "bg_color": "#FFFFFF",
    },
    "white on a white pattern over navy": {
        "font_color": "#FFFFFF", "pattern": 2, "fg_color": "#FFFFFF", "bg_color": "#1F497D",
    },
    "white on the system's black pattern over white": {"font_color": "#FFFFFF", "pattern": 3},
    "white on a black background under the system's black": {
        "font_color": "#FFFFFF", "pattern": 3, "bg_color": "#000000",
    },
}  # fmt: skip


def _book(path: Path, notes: dict[str, dict]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    ws.write_string(0, 0, "Referrals by payment group")
    for row, (text, how) in enumerate(notes.items(), start=2):
        ws.write_string(row, 0, text, book.add_format(how))
    book.close()
    return path


def test_text_on_a_pattern_of_its_own_colour_is_hidden_and_kept_for_the_leak_check(tmp_path):
    book = read_workbook(_book(tmp_path / "hidden.xlsx", HIDDEN))
    assert [c.value for c in book.sheets[0].cells.values()] == ["Referrals by payment group"]
    assert book.extras[INVISIBLE_CELLS] == len(HIDDEN)
    assert set(HIDDEN) <= set(book.dropped_text)


def test_text_on_a_pattern_with_a_colour_of_another_is_read(tmp_path):
    book = read_workbook(_book(tmp_path / "shown.xlsx", SHOWN))
    assert {c.value for c in book.sheets[0].cells.values()} == {
        "Referrals by payment group",
        *SHOWN,
    }
    assert INVISIBLE_CELLS not in book.extras


def test_a_patterns_plain_colours_are_kept_for_the_proof_only_and_a_themed_one_is_not(tmp_path):
    notes = {
        "system colours": {"font_color": "#C00000", "pattern": 3},
        "navy behind": {"font_color": "#C00000", "pattern": 2, "fg_color": "#FFFFFF",
                        "bg_color": "#1F497D"},
    }  # fmt: skip
    built = _book(tmp_path / "plain.xlsx", notes)
    styles = {c.value: c.style for c in read_workbook(built).sheets[0].cells.values()}
    assert styles["system colours"].pattern_colors == ("FFFFFF", "000000")
    assert styles["navy behind"].pattern_colors == ("1F497D", "FFFFFF")
    assert as_written(styles["navy behind"]).pattern_colors is None
    with zipfile.ZipFile(built) as package:
        xml = package.read("xl/styles.xml").replace(b'rgb="FF1F497D"', b'theme="3"')
    themed = rewrite_package(built, tmp_path / "themed.xlsx", {"xl/styles.xml": xml})
    styles = {c.value: c.style for c in read_workbook(themed).sheets[0].cells.values()}
    assert styles["navy behind"].pattern_colors is None and styles["navy behind"].other_fill
