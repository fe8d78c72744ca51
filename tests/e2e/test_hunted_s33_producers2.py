"""What a hunt through packs other programs write found in their text (session 33, producers;
the parts and formulas they are stored in are in test_hunted_s33_producers.py, how the hunt
went there too).

Footnote calls set in superscript. An analyst marks a figure or a label with a note by typing
the call after it and raising it (Format Cells, Superscript): '412' with a raised '1', 'Total'
with a raised '3', 'June' with a raised '2'. Excel keeps such text as runs, the raised one
with ``<vertAlign val="superscript"/>``; wpxl joined the runs' text as if on one line. '412'
+ '1' was read as the figure 4121 (Excel shows the text 412¹, which no SUM counts), rounded to
4120 and totalled: the copy showed 4120 referrals for Leeds North in April, the unrounded 412
legible in it, and its totals off by thousands, and the proof, reading the input the same way,
passed it. 'Total' + '3' read 'Total3', removed as 'it quotes an unrounded figure', so the copy's
total line had no label; 'JSA 25+' + '1' was removed as a statement about outcomes. A raised or
lowered run is now read as the characters that show it so (412¹, Total³, June², 'JSA 25+¹';
wpxl.read.strings), which the readers of marked figures and notes already know (session 26):
the marked figure is removed as not roundable, and the labels stay labels. The proof, which
reads the input so too, refuses a copy carrying 4120 there. Phonetic hints (``<rPh>``) in a
string stored inline are left out too, as they were in shared strings and as Excel shows them.

Characters written as codes. The format writes a character XML cannot hold as its code
(``_x000D_``, a carriage return) and an underscore that would read as one as ``_x005F_``;
Excel reads them back, openpyxl leaves the codes in the text. A column of counts that came
through a CSV file with Windows line ends kept the carriage return of each line's end
('88' + CR, as pandas leaves it when told lines end at '\n'), and xlsxwriter wrote each as
'88_x000D_'. wpxl read the codes as written: '88_x000D_' was no figure to any check, and the
June referrals of every office went into the copy as labels, 88, 150 and 77 unrounded, their
totals dropped, and the proof passed it (the same figures under 'Job outcomes' were caught as
outcome figures written as text). Such text is now read as Excel shows it
(wpxl.read.strings.unescaped, for shared and inline strings and formulas' text results): '88'
and a carriage return, a count written as text, rounded and totalled as any other; the proof
reads the input so too and refuses a copy carrying the figure.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.e2e.producers import OFFICES, OUTCOMES, rewritten, xlsxwriter_pack
from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, proved
from wpxl.model import OutputCell
from wpxl.read import read_workbook

# Footnote calls set in superscript (findings in the module's docstring)


def _called_pack(path: Path, called: str = "Referrals") -> Path:
    """Referrals (or ``called``) by office as xlsxwriter writes them: Leeds North's April
    figure typed as text with a raised footnote call ('412' and '1'), Leeds South's name and
    the Total line's label with raised calls, June's head too, and the notes under the table."""
    book = xlsxwriter.Workbook(str(path))
    raised = book.add_format({"font_script": 1})
    sheet = book.add_worksheet(called)
    lines = [("Leeds North", [412, 47, 88]), *OFFICES[1:]]
    sheet.write(0, 0, f"{called} by office, April to June")
    sheet.write_row(1, 0, ["Office", "April", "May"])
    sheet.write_rich_string(1, 3, "June", raised, "2")
    sheet.write(1, 4, "Total")
    for i, (office, counts) in enumerate(lines, start=2):
        sheet.write_row(i, 0, [office, *counts])
        sheet.write_formula(i, 4, f"=SUM(B{i + 1}:D{i + 1})", None, sum(counts) - 412 * (i == 2))
    sheet.write_rich_string(2, 1, "412", raised, "1")
    sheet.write_rich_string(3, 0, "Leeds South", raised, "3")
    sheet.write_rich_string(5, 0, "Total", raised, "4")
    for col, letter in enumerate("BCDE", start=1):
        shown = sum(sum(n) if letter == "E" else n[col - 1] for _, n in lines) - 412 * (
            col in (1, 4)
        )
        sheet.write_formula(5, col, f"=SUM({letter}3:{letter}5)", None, shown)
    sheet.write(7, 0, "1 Includes Wakefield from April. 2 Provisional. 3 Includes Otley.")
    sheet.write(8, 0, "4 Totals are of the figures shown.")
    book.close()
    return path


def test_a_figure_with_a_raised_footnote_call_is_not_read_as_more_digits(tmp_path):
    """'412' and a raised '1' was the figure 4121: the copy showed 4120 (412 legible in it)
    and totals off by thousands, and passed its proof."""
    source = _called_pack(tmp_path / "called.xlsx")
    cells = read_workbook(source).sheets[0].cells
    assert [cells[at].value for at in ((2, 1), (3, 0), (5, 0), (1, 3))] == [
        "412\u00b9", "Leeds South\u00b3", "Total\u2074", "June\u00b2",
    ]  # fmt: skip
    output, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    lines = [list(row) for row in shown.iter_rows(max_col=5, values_only=True)]
    figures = {v for line in lines for v in line if isinstance(v, int | float)}
    assert not {v for v in figures if str(int(v)).startswith("412")}
    assert ["Leeds North", None, 40, 80, 120] in lines
    assert ["Leeds South\u00b3", 0, 40, 160, 200] in lines
    assert ["Total\u2074", 60, 100, 320, 480] in lines  # the line keeps its label
    assert ["Office", "April", "May", "June\u00b2", "Total"] in lines


def test_the_proof_alone_refuses_a_copy_carrying_the_figure_with_its_call_as_digits(tmp_path):
    source = _called_pack(tmp_path / "called.xlsx")

    def carried(plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[(2 + BANNER, 1)] = OutputCell(4120.0, kind="rounded")

    assert proved(tmp_path, source, carried)
    assert not proved(tmp_path, source)


def test_a_raised_call_on_an_outcome_label_keeps_it_a_label(tmp_path):
    """'JSA 25+' and a raised '1' read 'JSA 25+1' and was removed as a statement about
    outcomes; its line of percentages lost its name."""
    output, _ = sanitised_beside(_called_pack(tmp_path / "outcomes.xlsx", "Job outcomes"))
    copy = openpyxl.load_workbook(output, data_only=True)
    labels = [row[0] for s in copy for row in s.iter_rows(max_col=1, values_only=True)]
    assert "Leeds South\u00b3" in labels
    assert "Total\u2074" in labels


def test_phonetic_hints_in_a_string_stored_inline_are_left_out(tmp_path):
    hinted = b'<c r="A7" t="inlineStr"><is><t>Leeds</t><rPh sb="0" eb="5"><t>388</t></rPh></is></c>'

    def hint(name: str, part: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return part
        return part.replace(b"</sheetData>", b'<row r="7">' + hinted + b"</row></sheetData>")

    source = rewritten(xlsxwriter_pack(tmp_path / "phonetic.xlsx"), hint)
    assert read_workbook(source).sheets[0].cells[(6, 0)].value == "Leeds"


# Characters written as codes (findings in the module's docstring)


def _returned_pack(path: Path) -> Path:
    """The pack as pandas writes a CSV read with lines ending at '\\n' from a file whose lines
    end '\\r\\n': June's head and each June count carry the carriage return (xlsxwriter writes
    them '88_x000D_'); no totals given, as pandas writes none."""
    book = xlsxwriter.Workbook(str(path))
    for name, lines, first in (("Referrals", OFFICES, "Office"),
                               ("Outcomes", OUTCOMES, "Payment group")):  # fmt: skip
        sheet = book.add_worksheet(name)
        sheet.write(0, 0, f"{name} by month, April to June")
        sheet.write_row(1, 0, [first, "April", "May", "June\r", "Total"])
        for i, (label, counts) in enumerate(lines, start=2):
            sheet.write_row(i, 0, [label, *counts[:2]])
            sheet.write_string(i, 3, f"{counts[2]}\r")
            sheet.write_formula(i, 4, f"=SUM(B{i + 1}:D{i + 1})")
        sheet.write(5, 0, "Total")
        for col, letter in enumerate("BCDE", start=1):
            sheet.write_formula(5, col, f"=SUM({letter}3:{letter}5)")
    book.close()
    return path


def test_counts_carrying_a_carriage_return_code_are_read_as_excel_shows_them(tmp_path):
    """'88_x000D_' went into the copy as a label, 88 unrounded, and passed the proof."""
    source = _returned_pack(tmp_path / "returned.xlsx")
    with zipfile.ZipFile(source) as package:
        assert b"<t>88_x000D_</t>" in package.read("xl/sharedStrings.xml")
    cells = read_workbook(source).sheets[0].cells
    assert [cells[(row, 3)].value for row in (1, 2)] == ["June\r", "88\r"]
    output, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    lines = [list(row) for row in shown.iter_rows(max_col=5, values_only=True)]
    assert ["Leeds North", 120, 40, 80, 240] in lines
    assert ["Total", 180, 100, 320, 600] in lines
    with zipfile.ZipFile(output) as package:
        texts = b"".join(package.read(name) for name in package.namelist())
    assert not re.search(rb">(88|150|77)(_|\r|&#13;|&#xD;)", texts)


@pytest.mark.parametrize("carried", ["88\r", "88_x000D_"])
def test_the_proof_alone_refuses_a_copy_carrying_a_count_with_its_code(tmp_path, carried):
    source = _returned_pack(tmp_path / "returned.xlsx")

    def kept(plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[(2 + BANNER, 3)] = OutputCell(carried, kind="label")

    assert proved(tmp_path, source, kept)
    assert not proved(tmp_path, source)


def test_an_escaped_underscore_reads_as_an_underscore(tmp_path):
    """'_x005F_' is how the format writes an underscore that would read as a code."""
    source = rewritten(
        xlsxwriter_pack(tmp_path / "underscore.xlsx"),
        lambda name, part: part.replace(b"<t>Leeds North</t>", b"<t>Leeds_x005F_x0020_North</t>"),
    )
    assert read_workbook(source).sheets[0].cells[(2, 0)].value == "Leeds_x0020_North"


def test_a_code_naming_half_a_surrogate_pair_is_left_as_written(tmp_path):
    """No character alone: read as one, the copy could not be written."""
    source = rewritten(
        xlsxwriter_pack(tmp_path / "surrogate.xlsx"),
        lambda name, part: part.replace(b"<t>Bradford</t>", b"<t>Bradford_xD800_</t>"),
    )
    assert read_workbook(source).sheets[0].cells[(4, 0)].value == "Bradford_xD800_"
    output, _ = sanitised_beside(source)
    copy = next(s for s in read_workbook(output).sheets if s.name == "Referrals").cells
    assert "Bradford_xD800_" in {cell.value for cell in copy.values()}  # as Excel shows it
