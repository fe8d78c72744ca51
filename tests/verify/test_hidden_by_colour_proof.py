"""The proof judges for itself what a number format's colour, a pattern or a conditional format
hides.

With wpxl.read told to show every cell (its judgement of colours switched off), text the input
hides by a colour its number format names, a pattern fill of its own colour or a conditional
format paints must still stop the copy; the same text in a colour a reader sees must not. And a
count written white on a conditional fill (a traffic-light table) is a count the proof accepts,
while one whose rules only ever paint it white is not, whatever read decided.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.robustness.conftest import rewrite_package
from wpxl.errors import VerificationError
from wpxl.sanitise import sanitise_file

NOTE = "Internal: Derby office under investigation"
ROWS = [["JSA 18-24", 137, 212], ["JSA 25+", 411, 389], ["ESA Flow", 33, 47]]


def _book(path: Path, note_format: dict | None, painted: dict | None) -> Path:
    """A referrals table with totals, and a note formatted by ``note_format``, over which a
    conditional format paints ``painted``."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    ws.write(0, 0, "Referrals by payment group")
    ws.write_row(2, 0, ["Payment group", "Apr 2013", "May 2013"])
    for i, row in enumerate(ROWS):
        ws.write_row(3 + i, 0, row)
    ws.write(6, 0, "Total")
    for j, col in enumerate("BC"):
        ws.write_formula(6, 1 + j, f"=SUM({col}4:{col}6)", None, sum(r[1 + j] for r in ROWS))
    ws.write(8, 0, NOTE, book.add_format(note_format) if note_format else None)
    if painted:
        ws.conditional_format(8, 0, 8, 0, {"type": "no_errors", "format": book.add_format(painted)})
    book.close()
    return path


def _read_shows_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "wpxl.read.sheetxml.as_seen",
        lambda value, formula, style_id, rich, styles, *rest: (value, styles.style(style_id)[0]),
    )
    monkeypatch.setattr("wpxl.read.sheetxml.settle", lambda *args: None, raising=False)


HIDDEN = {
    "[White]@": ({"num_format": "[White]@"}, None),
    "[WHITE]General": ({"num_format": "[WHITE]General"}, None),
    "[Color2]@": ({"num_format": "[Color2]@"}, None),
    "text section": ({"num_format": "0;-0;0;[White]@"}, None),
    "conditional white font": (None, {"font_color": "#FFFFFF"}),
    "conditional fill in the font's colour": ({"font_color": "#C00000"}, {"bg_color": "#C00000"}),
    "black on a black 75% Gray": (
        {"font_color": "#000000", "pattern": 3, "fg_color": "#000000", "bg_color": "#000000"},
        None,
    ),
    "white on a white 6.25% Gray over the system's white": (
        {"font_color": "#FFFFFF", "pattern": 18, "fg_color": "#FFFFFF"},
        None,
    ),
}
SHOWN = {
    "[Red]@": ({"num_format": "[Red]@"}, None),
    "[White]@ on navy": ({"num_format": "[White]@", "bg_color": "#1F497D"}, None),
    "conditional white on navy": (None, {"font_color": "#FFFFFF", "bg_color": "#1F497D"}),
    "black on a black 75% Gray over white": (
        {"font_color": "#000000", "pattern": 3, "fg_color": "#000000", "bg_color": "#FFFFFF"},
        None,
    ),
    "white on the system's black pattern": ({"font_color": "#FFFFFF", "pattern": 3}, None),
}


@pytest.mark.parametrize("how", HIDDEN)
def test_text_hidden_by_a_format_colour_or_a_conditional_format_stops_the_copy(
    tmp_path, job, monkeypatch, how
):
    _read_shows_everything(monkeypatch)
    source = _book(tmp_path / "hidden.xlsx", *HIDDEN[how])
    with pytest.raises(VerificationError, match="'Referrals' A9: content the input hides"):
        sanitise_file(source, job)
    assert not job.out_dir.exists() or not any(job.out_dir.glob("*.xlsx"))


@pytest.mark.parametrize("how", SHOWN)
def test_control_the_same_text_in_a_colour_a_reader_sees_is_no_leak(
    tmp_path, job, monkeypatch, how
):
    _read_shows_everything(monkeypatch)
    source = _book(tmp_path / "shown.xlsx", *SHOWN[how])
    assert sanitise_file(source, job).output is not None


def _rag(path: Path, rules: list[dict]) -> Path:
    """Job starts in white bold, with the conditional ``rules`` over them."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Dashboard")
    ws.write(0, 0, "Job starts by payment group")
    ws.write_row(2, 0, ["Payment group", "Apr 2013", "May 2013"])
    white = book.add_format({"font_color": "#FFFFFF", "bold": True})
    for i, row in enumerate(ROWS):
        ws.write(3 + i, 0, row[0])
        ws.write_row(3 + i, 1, row[1:], white)
    ws.write(6, 0, "Total")
    for j, col in enumerate("BC"):
        ws.write_formula(6, 1 + j, f"=SUM({col}4:{col}6)", None, sum(r[1 + j] for r in ROWS))
    for rule in rules:
        ws.conditional_format("B4:C6", {**rule, "format": book.add_format(rule["format"])})
    book.close()
    return path


def test_white_counts_on_conditional_fills_pass_and_a_wrongly_shown_white_count_does_not(
    tmp_path, job, monkeypatch
):
    fills = [
        {"type": "cell", "criteria": ">=", "value": 100, "format": {"bg_color": "#00B050"}},
        {"type": "cell", "criteria": "<", "value": 100, "format": {"bg_color": "#C00000"}},
    ]
    assert sanitise_file(_rag(tmp_path / "rag.xlsx", fills), job).output is not None
    # read made to show every count a rule lies over, though the rule only paints it white
    monkeypatch.setattr("wpxl.read.conditional._shows", lambda rule, inks: True)
    font_only = [{"type": "no_errors", "format": {"font_color": "#FFFFFF"}}]
    with pytest.raises(VerificationError, match="the input hides"):
        sanitise_file(_rag(tmp_path / "white.xlsx", font_only), job)


@pytest.mark.parametrize("header", [{"font_color": "#FFFFFF"}, {"num_format": "[White]@"}])
def test_white_headers_on_a_theme_coloured_fill_are_seen_and_copied_readable(tmp_path, job, header):
    """The proof cannot tell a theme colour's RGB from a Style: white on such a fill is not
    white on white to it, and the copy (which keeps no theme fill) shows the header dark."""
    built = tmp_path / "built.xlsx"
    book = xlsxwriter.Workbook(str(built))
    ws = book.add_worksheet("Referrals")
    ws.write(0, 0, "Referrals by payment group")
    on_accent = book.add_format({**header, "bold": True, "bg_color": "#4F81BD"})
    ws.write_row(2, 0, ["Payment group", "Apr 2013", "May 2013"], on_accent)
    for i, row in enumerate(ROWS):
        ws.write_row(3 + i, 0, row)
    book.close()
    with zipfile.ZipFile(built) as package:
        styles = package.read("xl/styles.xml").replace(b'rgb="FF4F81BD"', b'theme="4"')
    source = rewrite_package(built, tmp_path / "themed.xlsx", {"xl/styles.xml": styles})
    sheet = openpyxl.load_workbook(sanitise_file(source, job).output)["Referrals"]
    header_cell = next(c for row in sheet.iter_rows() for c in row if c.value == "Apr 2013")
    assert header_cell.font.color is None or header_cell.font.color.rgb != "FFFFFFFF"
