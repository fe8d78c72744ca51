"""What a mutation hunt over the proof found (session 33): copies edited after wpxl made them.

About 250 (input, copy) pairs the test suite had made, each passed by the proof, were changed
one place at a time the way a careless or hostile editor of the copy could change them, and
the proof alone (``wpxl check COPY --against INPUT``) run on each: 117 kinds of change, about
9,000 mutants. An unrounded figure put back into a cell in any dress (a number, text, a
formula's text or cached value, a percentage, date, scaled or rounded-looking format), a total's
unrounded value, an outcome count in a new cell, a hidden row, column or sheet, a defined
name, the document properties or a number format, hidden text by a white, tiny or ';;;' font:
all were refused. What passed, each now refused:

- A page header or footer stating an outcome count as Excel stores it: '&C137 job outcomes'
  (the centre section's code glued to the figure, printed as '137 job outcomes' on every
  page). The proof read the header's words as they are stored, and 'C137' names a cell, no
  figure. It reads a header as printed now: each section, field, font, colour and size code
  a space (verify/part_texts.shown_header).
- A data validation's list ('"137,20"', a drop-down offering the count): read as one number
  with a misplaced thousands separator, so as none. A formula's commas part its arguments now.
- Words a reader is shown by an attribute, not an element's text: a validation's prompt
  ('137 job outcomes' when the cell is chosen), a link's tooltip, an autofilter's chosen
  value, who the workbook is shared by (fileSharing userName); and an extension's content
  (extLst, any element of a namespace the proof does not know). The proof read none of them;
  it reads them now as the sheet's or the workbook's words (verify/part_texts.element_words).
- Text or a figure in a font coloured white the way Excel's own palette writes it:
  ``<color theme="0"/>`` (the theme's background, white) or ``<color indexed="9"/>``. The
  proof judged the copy's styles by their plain RGB colours only, so a font coloured by the
  theme or the palette was never in the background's colour. It resolves them now, as wpxl
  reads an input's (verify/copy_hidden).
- A title stating a count equal to one of wpxl's own figures ('Referrals by area (Leeds 50)',
  50 being the policy's small base, beside Leeds' 50 referrals shown as 60). wpxl's figures
  were let be in any text; they are now only in wpxl's own words (verify/texts).

- A string in the copy's shared-string table that no cell shows ('137 job outcomes' left when
  its cell was cleared): each string was judged with its cell only. One no cell shows is
  judged as the package's other words now (verify/texts.package_words).
- A phonetic guide over a label (``<rPh><t>137</t></rPh>`` under 'Leeds'), read glued to the
  text as 'Leeds137': a guide's words are read apart now (verify/leaks.string_text).
- A run of a rich text painted white (plainly or by the theme) or in a 1-point font, and a
  conditional format whose look paints its cells white or shows them as nothing (';;;'): the
  copy's cells were judged by their own format only. wpxl writes neither, so both are an
  editor's, and both are judged now (verify/hidden_runs, verify/copy_hidden).

- A figure typed in a row under a table, in a column headed 'Number' ('Payment group |
  Referrals Number | % | Job outcomes Number'): a bare 'Number' may head codes numbering the
  lines, and a figure under it that no total row counts was let be as a code, even where the
  input holds nothing at all, so an outcome count (or an unrounded referral count) typed there
  passed. A code is let be now only as the input writes it there (verify/copy_labels).

The proof still passes every copy as wpxl made it, harmless headers ('Page &P of &N', a font
and size code before a title), a run or conditional format in red.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import PRODUCED
from tests.misread import proved
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file
from wpxl.verify.check import check_output

OUTCOME = "137"  # JSA 18-24's job outcomes: a volume no copy may show


def _pack(path: Path, title: str = "Referrals by area", leeds: int = 137) -> Path:
    """Referrals by area with a total, and job outcomes by payment group (a percentage sheet
    in the copy), as an analyst types them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    sheet.append([title])
    sheet.append([])
    sheet.append(["Area", "Referrals"])
    for area, count in (("Leeds", leeds), ("York", 116), ("Hull", 52)):
        sheet.append([area, count])
    sheet.append(["Total", "=SUM(B4:B6)"])
    outcomes = book.create_sheet("Job outcomes")
    outcomes.append(["Job outcomes by payment group"])
    outcomes.append([])
    outcomes.append(["Payment group", "Job outcomes"])
    for group, count in (("JSA 18-24", int(OUTCOME)), ("JSA 25+", 58), ("ESA Flow", 41)):
        outcomes.append([group, count])
    outcomes.append(["Total", "=SUM(B4:B6)"])
    book.save(path)
    return path


def _copy(tmp_path: Path, **pack: object) -> tuple[Path, Path]:
    """(input, its copy as wpxl makes it)."""
    source = _pack(tmp_path / "pack.xlsx", **pack)  # type: ignore[arg-type]
    job = Job(policy=Policy(), audience=Audience(produced=PRODUCED), out_dir=tmp_path / "out")
    return source, Path(sanitise_file(source, job).output)


def _edited(copy: Path, part: str, change) -> Path:
    """The copy with one part changed by ``change`` (bytes -> bytes), as an editor saves it."""
    with zipfile.ZipFile(copy) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    changed = change(parts[part])
    assert changed != parts[part], part
    parts[part] = changed
    mutant = copy.with_name("edited.xlsx")
    with zipfile.ZipFile(mutant, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return mutant


def _sheet_part(copy: Path, name: str) -> str:
    with zipfile.ZipFile(copy) as package:
        book = package.read("xl/workbook.xml").decode()
        rels = package.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet name="{re.escape(name)}" sheetId="\d+" r:id="(rId\d+)"', book)[1]  # type: ignore[index]
    return "xl/" + re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"', rels)[1]  # type: ignore[index]


def _proof(source: Path, copy: Path) -> list[str]:
    return [str(f) for f in check_output(copy, Policy(), against=source)]


def _before_margins(piece: str):
    return lambda xml: xml.replace(b"<pageMargins", piece.encode() + b"<pageMargins", 1)


def _at_end(piece: str):
    return lambda xml: xml.replace(b"</worksheet>", piece.encode() + b"</worksheet>", 1)


def test_the_copy_as_wpxl_makes_it_is_proved(tmp_path):
    source, copy = _copy(tmp_path)
    assert _proof(source, copy) == []
    (tmp_path / "plan").mkdir()
    assert proved(tmp_path / "plan", source) == []


SHEET_MUTANTS = {
    "a centre header": _at_end(
        f"<headerFooter><oddHeader>&amp;C{OUTCOME} job outcomes</oddHeader></headerFooter>"
    ),
    "a first page's left header": _at_end(
        f'<headerFooter differentFirst="1"><firstHeader>&amp;L{OUTCOME}</firstHeader>'
        "</headerFooter>"
    ),
    "a footer in bold": _at_end(
        f"<headerFooter><oddFooter>&amp;R&amp;B{OUTCOME} outcomes</oddFooter></headerFooter>"
    ),
    "a validation's list": _before_margins(
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="D4">'
        f'<formula1>"{OUTCOME},20"</formula1></dataValidation></dataValidations>'
    ),
    "a validation's prompt": _before_margins(
        '<dataValidations count="1"><dataValidation type="whole" showInputMessage="1" '
        f'prompt="{OUTCOME} job outcomes" sqref="B4"><formula1>0</formula1></dataValidation>'
        "</dataValidations>"
    ),
    "a link's tooltip": _before_margins(
        '<hyperlinks><hyperlink ref="A4" location="\'Referrals\'!A1" '
        f'tooltip="{OUTCOME} job outcomes" display="Leeds"/></hyperlinks>'
    ),
    "an autofilter's value": _before_margins(
        '<autoFilter ref="A5:B8"><filterColumn colId="1"><filters>'
        f'<filter val="{OUTCOME}"/></filters></filterColumn></autoFilter>'
    ),
    "an extension's text": _at_end(
        '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}">'
        '<x14:note xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        f"{OUTCOME} job outcomes</x14:note></ext></extLst>"
    ),
}


@pytest.mark.parametrize("kind", sorted(SHEET_MUTANTS))
def test_an_outcome_count_outside_the_cells_of_a_sheet_is_refused(tmp_path, kind):
    source, copy = _copy(tmp_path)
    mutant = _edited(copy, _sheet_part(copy, "Referrals"), SHEET_MUTANTS[kind])
    assert _proof(source, mutant) != []


def test_an_outcome_count_as_whom_the_workbook_is_shared_by_is_refused(tmp_path):
    source, copy = _copy(tmp_path)
    shared = f'<fileSharing userName="outcomes {OUTCOME}"/>'.encode()
    mutant = _edited(
        copy, "xl/workbook.xml", lambda xml: xml.replace(b"<bookViews", shared + b"<bookViews", 1)
    )
    said = "the workbook's sheet list (xl/workbook.xml): an unrounded, removed or outcome figure"
    assert said in _proof(source, mutant)


@pytest.mark.parametrize(
    "header",
    [
        "&amp;CPage &amp;P of &amp;N",
        '&amp;L&amp;"Arial,Bold"&amp;14Referrals by area&amp;R&amp;D',
        "&amp;C&amp;KFF0000Internal &amp;&amp; confidential",
    ],
)
def test_a_harmless_header_is_let_be(tmp_path, header):
    """Codes are no words: '&14Referrals' (a size, then the title) was read as '14 Referrals',
    a count of referrals not rounded, and the copy refused."""
    source, copy = _copy(tmp_path)
    piece = f"<headerFooter><oddHeader>{header}</oddHeader></headerFooter>"
    mutant = _edited(copy, _sheet_part(copy, "Referrals"), _at_end(piece))
    assert _proof(source, mutant) == []


def _white_label(font: str):
    """A new row under the table holding an unrounded figure, in a font coloured ``font``."""

    def change(styles: bytes) -> bytes:
        text = styles.decode()
        fonts = re.search(r'<fonts count="(\d+)"([^>]*)>(.*?)</fonts>', text, re.DOTALL)
        count = int(fonts[1])  # type: ignore[index]
        text = text.replace(
            fonts[0],  # type: ignore[index]
            f'<fonts count="{count + 1}"{fonts[2]}>{fonts[3]}'  # type: ignore[index]
            f'<font><sz val="11"/>{font}<name val="Calibri"/></font></fonts>',
        )
        xfs = re.search(r'<cellXfs count="(\d+)">(.*?)</cellXfs>', text, re.DOTALL)
        xf = f'<xf numFmtId="0" fontId="{count}" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        return text.replace(
            xfs[0],  # type: ignore[index]
            f'<cellXfs count="{int(xfs[1]) + 1}">{xfs[2]}{xf}</cellXfs>',  # type: ignore[index]
        ).encode()

    return change


@pytest.mark.parametrize("font", ['<color theme="0"/>', '<color indexed="9"/>'])
def test_text_in_a_font_white_by_the_theme_or_the_palette_is_refused(tmp_path, font):
    source, copy = _copy(tmp_path)
    styled = _edited(copy, "xl/styles.xml", _white_label(font))
    with zipfile.ZipFile(styled) as package:
        count = re.search(rb'<cellXfs count="(\d+)"', package.read("xl/styles.xml"))[1]  # type: ignore[index]
    style = int(count) - 1
    row = f'<row r="30"><c r="B30" s="{style}" t="inlineStr"><is><t>Leeds note</t></is></c></row>'
    part = _sheet_part(copy, "Referrals")
    mutant = _edited(
        styled, part, lambda xml: xml.replace(b"</sheetData>", row.encode() + b"</sheetData>")
    )
    assert _proof(source, mutant) == ["'Referrals' B30: content the copy styles to be unseen"]


def test_a_title_stating_a_count_that_is_one_of_wpxls_figures_is_refused(tmp_path):
    """Leeds' 50 referrals (shown as 60) stated in the title: 50 is the policy's small base,
    which wpxl's own words may name, but this title is the analyst's."""
    source, copy = _copy(tmp_path, leeds=50)
    part = _sheet_part(copy, "Referrals")

    def titled(xml: bytes) -> bytes:
        return xml.replace(b">Referrals by area<", b">Referrals by area (Leeds 50)<", 1)

    assert _proof(source, copy) == []
    mutant = _edited(copy, part, titled)
    assert _proof(source, mutant) == ["'Referrals' A3: an unrounded, removed or outcome figure"]


def _with_row(text_cell: str):
    """A new row under the table holding ``text_cell`` (a cell's XML, at B30)."""
    row = f'<row r="30">{text_cell}</row>'.encode()
    return lambda xml: xml.replace(b"</sheetData>", row + b"</sheetData>")


def test_an_outcome_count_in_a_shared_string_no_cell_shows_is_refused(tmp_path):
    """The copy's table of strings keeping '137 job outcomes' after its cell was cleared: no
    cell shows it, so the proof, which judges each string with its cell, never read it."""
    source, copy = _copy(tmp_path)
    strings = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.'
        'openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
        f"<si><t>{OUTCOME} job outcomes</t></si></sst>"
    ).encode()
    typed = (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )
    related = (
        b'<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
    )
    mutant = _edited(copy, "[Content_Types].xml", lambda xml: xml.replace(b"</Types>", typed))
    mutant = _edited(
        mutant,
        "xl/_rels/workbook.xml.rels",
        lambda xml: xml.replace(b"</Relationships>", related),
    )
    with zipfile.ZipFile(mutant, "a") as package:
        package.writestr("xl/sharedStrings.xml", strings)
    said = "a shared string no cell shows (xl/sharedStrings.xml): an unrounded, removed or outcome"
    assert f"{said} figure" in _proof(source, mutant)


def test_an_outcome_count_in_a_phonetic_guide_is_refused(tmp_path):
    """'Leeds' with a phonetic guide '137': Excel shows a guide only when asked; the proof read
    the guide glued to the text ('Leeds137', no figure)."""
    source, copy = _copy(tmp_path)
    cell = (
        '<c r="B30" t="inlineStr"><is><t>Leeds</t><rPh sb="0" eb="5"><t>'
        f"{OUTCOME}</t></rPh></is></c>"
    )
    mutant = _edited(copy, _sheet_part(copy, "Referrals"), _with_row(cell))
    assert _proof(source, mutant) == ["'Referrals' B30: an unrounded, removed or outcome figure"]


def _rich(run: str) -> str:
    return (
        '<c r="B30" t="inlineStr"><is><r><t>Leeds</t></r>'
        f'<r><rPr>{run}</rPr><t xml:space="preserve"> note</t></r></is></c>'
    )


@pytest.mark.parametrize(
    "run", ['<color rgb="FFFFFFFF"/>', '<color theme="0"/>', '<sz val="1"/>'], ids=str
)
def test_a_run_of_text_painted_white_or_too_small_to_read_is_refused(tmp_path, run):
    source, copy = _copy(tmp_path)
    mutant = _edited(copy, _sheet_part(copy, "Referrals"), _with_row(_rich(run)))
    assert _proof(source, mutant) == [
        "'Referrals' B30: a run of its text the copy styles to be unseen"
    ]


def test_a_run_of_text_in_red_is_let_be(tmp_path):
    source, copy = _copy(tmp_path)
    mutant = _edited(
        copy, _sheet_part(copy, "Referrals"), _with_row(_rich('<color rgb="FFFF0000"/>'))
    )
    assert _proof(source, mutant) == []


def _conditional(dxf: str):
    """A conditional format over B30 (a note there), its rule always true, its look ``dxf``."""

    def change(styles: bytes) -> bytes:
        text = styles.decode()
        if "<dxfs" in text:
            text = re.sub(r"<dxfs count=\"0\"\s*/>", "", text)
        return text.replace("<tableStyles", f'<dxfs count="1">{dxf}</dxfs><tableStyles').encode()

    return change


_RULE = (
    '<conditionalFormatting sqref="B30"><cfRule type="expression" dxfId="0" priority="1">'
    "<formula>TRUE</formula></cfRule></conditionalFormatting>"
)


@pytest.mark.parametrize(
    "dxf",
    [
        '<dxf><font><color rgb="FFFFFFFF"/></font></dxf>',
        '<dxf><numFmt numFmtId="190" formatCode=";;;"/></dxf>',
    ],
    ids=["white", "three semicolons"],
)
def test_text_a_conditional_format_hides_is_refused(tmp_path, dxf):
    source, copy = _copy(tmp_path)
    part = _sheet_part(copy, "Referrals")
    cell = '<c r="B30" t="inlineStr"><is><t>Leeds note</t></is></c>'
    mutant = _edited(copy, part, _with_row(cell))
    mutant = _edited(mutant, part, _before_margins(_RULE))
    mutant = _edited(mutant, "xl/styles.xml", _conditional(dxf))
    assert _proof(source, mutant) == ["'Referrals' B30: content a conditional format may hide"]


def test_a_conditional_format_painting_red_is_let_be(tmp_path):
    source, copy = _copy(tmp_path)
    part = _sheet_part(copy, "Referrals")
    cell = '<c r="B30" t="inlineStr"><is><t>Leeds note</t></is></c>'
    mutant = _edited(copy, part, _with_row(cell))
    mutant = _edited(mutant, part, _before_margins(_RULE))
    red = '<dxf><font><color rgb="FFFF0000"/></font></dxf>'
    mutant = _edited(mutant, "xl/styles.xml", _conditional(red))
    assert _proof(source, mutant) == []


def _number_columns(path: Path) -> Path:
    """Referrals and job outcomes by payment group, each measure's count under 'Number' (and
    the referrals' share under '%'), as a provider's summary lays them out."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "By group"
    sheet.append(["Referrals and job outcomes by payment group"])
    sheet.append([])
    sheet.append(["Payment group", "Referrals", None, "Job outcomes"])
    sheet.append([None, "Number", "%", "Number"])
    for group, referred, share, outcomes in (
        ("JSA 18-24", 812, 0.3, 97),
        ("JSA 25+", 1430, 0.53, int(OUTCOME)),
        ("ESA Flow", 458, 0.17, 12),
    ):
        sheet.append([group, referred, share, outcomes])
    book.save(path)
    return path


@pytest.mark.parametrize("column", ["B", "D"])
def test_a_figure_typed_under_a_number_column_where_the_input_has_none_is_refused(tmp_path, column):
    """'Number' over a column may head codes numbering its lines, so a figure under it that
    no total counts was let be as a code, even where the input holds nothing: an outcome count
    typed in a row under the table passed. A code is now one the input writes there."""
    source = _number_columns(tmp_path / "groups.xlsx")
    job = Job(policy=Policy(), audience=Audience(produced=PRODUCED), out_dir=tmp_path / "out")
    copy = Path(sanitise_file(source, job).output)
    assert _proof(source, copy) == []
    row = f'<row r="11"><c r="{column}11"><v>{OUTCOME}</v></c></row>'.encode()
    part = _sheet_part(copy, "By group")
    mutant = _edited(copy, part, lambda xml: xml.replace(b"</sheetData>", row + b"</sheetData>"))
    assert f"'By group' {column}11: a figure that is not a multiple of 20" in _proof(source, mutant)
