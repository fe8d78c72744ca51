"""The copy's sheets read by expression (wpxl.verify.sheetdata) give exactly what the
ElementTree reader gives: the same cells in the same order and the same words outside them,
and every part not of the plain shape wpxl writes is left to that reader."""

from __future__ import annotations

import random

import pytest

from wpxl.verify import leaks
from wpxl.verify.sheetdata import plain_sheet_data

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRINGS = ["Referrals", "Total", "Job starts & attachments"]
ROWS = (
    '<row r="1" spans="1:3" ht="32.25" customHeight="1">'
    '<c r="A1" s="1" t="inlineStr"><is><t>INTERNAL — £ é, figures &amp; totals &lt;20&gt;</t>'
    '</is></c><c r="B1" s="1"/><c r="C1" s="1"></c></row>'
    '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" s="4"><v>40</v></c>'
    '<c r="C3" s="4"><v>2.5E1</v></c><c r="D3" t="b"><v>1</v></c></row><row r="4"/>'
    '<row r="5"><c r="A5" s="2" t="inlineStr"><is><t xml:space="preserve">  Line&#10;two </t>'
    '</is></c><c r="B5" s="9"><f>SUM(B3:B4)+20</f><v>60</v></c>'
    '<c r="C5" t="e"><f>NA()</f><v>#N/A</v></c><c r="D5" t="str"><f>B5/C5</f><v>x</v></c>'
    '<c r="E5" s="3"><f>SUM(\'Other &amp; more\'!B3)</f></c><c r="F5" t="inlineStr"><is><t></t>'
    "</is></c></row>"
)
TAIL = (
    "<headerFooter><oddHeader>&amp;CReferrals 47</oddHeader></headerFooter>"
    '<extLst><ext uri="x"><formula>SUM(A1)</formula></ext></extLst>'
)


def sheet(rows: str = ROWS, tail: str = TAIL, head: str = "", root: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'{head}<worksheet xmlns="{MAIN}" xmlns:r="urn:r"{root}><dimension ref="A1:F5"/>'
        f"<sheetData>{rows}</sheetData>{tail}</worksheet>"
    ).encode()


def by_tree(xml: bytes, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as patched:
        patched.setattr(leaks, "plain_sheet_data", lambda *_: None)
        return outcome(xml)


def outcome(xml: bytes) -> object:
    """What reading gives: the cells in order and the words, or the kind of error raised."""
    try:
        cells, words = leaks.read_sheet_part(xml, STRINGS)
    except (IndexError, ValueError, LookupError) as exc:
        return type(exc).__name__
    return list(cells.items()), words


def test_a_plain_sheet_is_read_by_expression_exactly_as_by_the_tree(monkeypatch):
    xml = sheet()
    assert plain_sheet_data(xml, STRINGS) is not None
    cells, words = outcome(xml)  # type: ignore[misc]
    assert cells == by_tree(xml, monkeypatch)[0]  # type: ignore[index]
    assert dict(cells)[(0, 0)][0] == "INTERNAL — £ é, figures & totals <20>"
    assert dict(cells)[(4, 0)][0] == "  Line\ntwo "
    assert dict(cells)[(4, 4)] == (None, "SUM('Other & more'!B3)", 3)
    assert (0, 1) not in dict(cells) and (0, 2) not in dict(cells)
    # a header is read as printed: its centre section's code a space
    assert words == [" Referrals 47", "SUM(A1)"] == by_tree(xml, monkeypatch)[1]  # type: ignore[index]


LEFT_TO_THE_TREE = {
    "a comment among the rows": sheet(rows=ROWS.replace('<row r="4"/>', "<!-- <row/> -->")),
    "a carriage return in a text": sheet(rows=ROWS.replace("Line&#10;two", "Line\r\ntwo")),
    "attributes in another order": sheet(rows='<row><c s="4" r="B3"><v>7</v></c></row>'),
    "an absolute reference": sheet(rows='<row><c r="$B$3"><v>7</v></c></row>'),
    "a lower-case reference": sheet(rows='<row><c r="b3"><v>7</v></c></row>'),
    "rich text runs": sheet(rows='<row><c r="A1" t="inlineStr"><is><r><t>a</t></r></is></c></row>'),
    "an empty value": sheet(rows='<row><c r="B3"><v></v></c></row>'),
    "a CDATA section": sheet(rows='<row><c r="B3" t="str"><v><![CDATA[<7>]]></v></c></row>'),
    "a cell outside sheetData": sheet(tail=f'<extLst><c r="Z9"><v>7</v></c></extLst>{TAIL}'),
    "another default namespace on a row": sheet(
        rows='<row xmlns="urn:other"><c r="B3"><v>7</v></c></row>'
    ),
    "no namespace at all": sheet().replace(f'xmlns="{MAIN}" '.encode(), b""),
    "the namespace only quoted in an attribute": sheet().replace(
        f'xmlns="{MAIN}"'.encode(), f"note='xmlns=\"{MAIN}\"'".encode()
    ),
    "the default namespace undone on a row": sheet(
        rows='<row xmlns=""><c r="B3"><v>7</v></c></row>'
    ),
    "cells under a prefix": sheet(
        rows='<row><x:c r="B3"><x:v>7</x:v></x:c></row>', root=f' xmlns:x="{MAIN}"'
    ),
    "an entity of a DOCTYPE": sheet(
        head='<!DOCTYPE worksheet [<!ENTITY n "47">]>',
        rows='<row><c r="A3" t="inlineStr"><is><t>&n;</t></is></c></row>',
    ),
    "another encoding": sheet().replace(b"UTF-8", b"ISO-8859-1"),
    "a processing instruction": sheet(rows=f"<?pi x?>{ROWS}"),
    "an unclosed element": sheet(rows=ROWS.replace("</row>", "", 1)),
    "a second sheetData": sheet(rows=f"{ROWS}</sheetData><sheetData>{ROWS}"),
    "a string index past the table": sheet(rows='<row><c r="A3" t="s"><v>9</v></c></row>'),
}


@pytest.mark.parametrize("xml", LEFT_TO_THE_TREE.values(), ids=LEFT_TO_THE_TREE.keys())
def test_what_is_not_of_the_plain_shape_is_read_by_the_tree(xml, monkeypatch):
    if b"Z9" not in xml and b"<v>9<" not in xml:  # those two: the whole part, see below
        assert plain_sheet_data(xml, STRINGS) is None
    assert outcome(xml) == by_tree(xml, monkeypatch)


def test_a_cell_outside_sheetdata_and_a_missing_string_are_as_the_tree_finds_them(monkeypatch):
    outside = LEFT_TO_THE_TREE["a cell outside sheetData"]
    cells, _ = outcome(outside)  # type: ignore[misc]
    assert dict(cells)[(8, 25)] == (7.0, None, 0)
    assert outcome(LEFT_TO_THE_TREE["a string index past the table"]) == "IndexError"


SNIPPETS = [
    "<!--x-->", "<c r=\"Q9\"><v>3</v></c>", "&amp;", "&bogus;", "\r\n", "<", ">", "</c>",
    "<row>", "</row>", "<v>1</v>", " t=\"s\"", " s=\"2\"", "xmlns=\"urn:z\" ", "<![CDATA[1]]>",
    "<is><t>x</t></is>", "<f>SUM(A1)</f>", "é", "\x01", "$", "b", "<sheetData>", "",
]  # fmt: skip


def test_damaged_sheets_are_read_the_same_either_way(monkeypatch):
    """Hundreds of sheets each with a snippet put in or a span cut out, anywhere: whatever the
    tree reader makes of each (cells, words, its error), reading by expression makes the same."""
    rng = random.Random(17)
    base = sheet()
    for _ in range(400):
        at = rng.randrange(len(base))
        if rng.random() < 0.7:
            xml = base[:at] + rng.choice(SNIPPETS).encode() + base[at:]
        else:
            xml = base[:at] + base[at + rng.randrange(1, 40) :]
        assert outcome(xml) == by_tree(xml, monkeypatch), xml


def test_a_part_in_an_encoding_no_codec_knows_is_read_as_raw_words_not_a_crash():
    xml = (
        b'<?xml version="1.0" encoding="Ues"?><worksheet xmlns="'
        b'http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
        b'<c r="A1"><v>307</v></c></row></sheetData></worksheet>'
    )
    cells, words = leaks.read_sheet_part(xml, [])
    assert cells == {} and "307" in words  # every number in it is still judged
