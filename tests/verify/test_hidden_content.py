"""Hidden and extra content of the input: each kind is reported, none reaches the output.

One real workbook carries every kind at once, each holding its own marker word and figure;
the test then reads every part of the output package and looks for any marker.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from tests.robustness.conftest import fingerprint, rewrite_package
from wpxl.cli import app
from wpxl.errors import VerificationError
from wpxl.sanitise import sanitise_file

runner = CliRunner()
# A 1x1 PNG: a real image for insert_image without needing an imaging library.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4ae0000000049454e44ae426082"
)
MARKERS = {
    "hidden sheet": ("Zanzibar hidden workings", 7331),
    "very hidden sheet": ("Yokohama very hidden", 7333),
    "hidden row": ("Xanthe hidden row", 7339),
    "hidden column": ("Wolverton hidden column", 7349),
    "comment": ("Valparaiso comment text", 7351),
    "defined name": ("Umbrella_named_range", None),
    "header": ("Tintagel header text", None),
    "footer": ("Samarkand footer path", None),
    "document properties": ("Rhiannon Author", None),
    "custom property": ("Quixote custom value", 7369),
    "text box": ("Portmeirion text box", None),
    "chart title": ("Okehampton chart title", None),
    "data validation": ("Nantucket validation", None),
}
EXTRA_PARTS = {
    "xl/pivotCache/pivotCacheDefinition1.xml": b"<pivotCacheDefinition>Manchester pivot "
    b"7393</pivotCacheDefinition>",
    "xl/pivotCache/pivotCacheRecords1.xml": b"<pivotCacheRecords><n v='7393'/></pivotCacheRecords>",
    "xl/pivotTables/pivotTable1.xml": b"<pivotTableDefinition name='Lancaster pivot'/>",
    "xl/externalLinks/externalLink1.xml": b"<externalLink>Kendal external 7411</externalLink>",
    "customXml/item1.xml": b"<data>Jarrow custom xml 7417</data>",
    "xl/printerSettings/printerSettings1.bin": b"\x00Ilfracombe printer\x00",
    "xl/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0Harrogate ole 7433",
    "xl/threadedComments/threadedComment1.xml": b"<ThreadedComments><threadedComment>"
    b"<text>Grimsby thread 7451</text></threadedComment></ThreadedComments>",
    "xl/persons/person.xml": b"<personList><person displayName='Fenella Person'/></personList>",
}


def _everything_book(path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path))
    book.set_properties(
        {"title": "Provider MI pack", "author": MARKERS["document properties"][0],
         "company": "Example Provider Ltd", "manager": "Sam Manager", "comments": "Draft"}
    )  # fmt: skip
    book.set_custom_property("Checked by", MARKERS["custom property"][0])
    book.set_custom_property("Extract size", MARKERS["custom property"][1])
    ws = book.add_worksheet("Referrals")
    rows = [  # the hidden row and column lie outside the totals (for those, see below)
        ["Referrals by payment group"],
        [],
        ["Payment group", "Apr 2013", "May 2013", "Total", MARKERS["hidden column"][0]],
        ["JSA 18-24", 121, 93, "=SUM(B4:C4)", MARKERS["hidden column"][1]],
        ["JSA 25+", 307, 111, "=SUM(B5:C5)", 1],
        ["ESA Flow", 45, 66, "=SUM(B6:C6)", 1],
        ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)"],
        [MARKERS["hidden row"][0], MARKERS["hidden row"][1], 5],
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                ws.write_formula(r, c, value, None, 0)
            elif value is not None:
                ws.write(r, c, value)
    ws.set_row(7, None, None, {"hidden": True})
    ws.set_column(4, 4, None, None, {"hidden": True})
    ws.write_comment("B4", MARKERS["comment"][0] + f" true figure {MARKERS['comment'][1]}")
    ws.set_header("&L" + MARKERS["header"][0])
    ws.set_footer("&R" + MARKERS["footer"][0])
    ws.data_validation(
        "B4:C7", {"validate": "list", "source": ["Aberdeen", MARKERS["data validation"][0]]}
    )
    ws.conditional_format("B4:C7", {"type": "cell", "criteria": ">", "value": 100})
    ws.insert_image("H2", "logo.png", {"image_data": io.BytesIO(PNG)})
    ws.insert_textbox("H10", MARKERS["text box"][0])
    chart = book.add_chart({"type": "column"})
    chart.add_series({"values": "=Referrals!$B$4:$B$7", "name": "Apr"})
    chart.set_title({"name": MARKERS["chart title"][0]})
    ws.insert_chart("H20", chart)
    ws.write_url("A12", "https://example.org/mi", string="Provider website")
    for name, state in (("Workings", "hide"), ("Secret", "very_hidden")):
        hidden = book.add_worksheet(name)
        kind = "hidden sheet" if state == "hide" else "very hidden sheet"
        hidden.write(0, 0, MARKERS[kind][0])
        hidden.write(1, 0, MARKERS[kind][1])
        getattr(hidden, state)()
    book.define_name(MARKERS["defined name"][0], "=Workings!$A$1:$A$2")
    book.close()
    return rewrite_package(path, path.with_name("everything.xlsx"), dict(EXTRA_PARTS))


@pytest.fixture(scope="module")
def sanitised(tmp_path_factory) -> tuple[Path, Path, dict]:
    folder = tmp_path_factory.mktemp("hidden")
    source = _everything_book(folder / "built.xlsx")
    before = fingerprint(source)
    report = folder / "report.json"
    result = runner.invoke(
        app,
        ["sanitise", str(source), "-o", str(folder / "out"), "--report", str(report)],
        env={"SOURCE_DATE_EPOCH": str(int(dt.datetime(2026, 11, 25, tzinfo=dt.UTC).timestamp()))},
    )
    assert result.exit_code == 0, result.output
    assert fingerprint(source) == before
    output = folder / "out" / "everything-sanitised.xlsx"
    return source, output, json.loads(report.read_text())["files"][0]


def _all_text(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return "\n".join(package.read(n).decode("utf-8", "replace") for n in package.namelist())


@pytest.mark.parametrize("kind", sorted(MARKERS))
def test_no_marker_of_hidden_content_reaches_any_part_of_the_output(sanitised, kind):
    _, output, _ = sanitised
    text = _all_text(output)
    word, figure = MARKERS[kind]
    assert word not in text
    if figure is not None:
        assert not re.search(rf"(?<!\d){figure}(?!\d)", text)


def test_no_extra_part_or_its_text_reaches_the_output(sanitised):
    _, output, _ = sanitised
    with zipfile.ZipFile(output) as package:
        names = package.namelist()
    assert not any(n in names for n in EXTRA_PARTS)
    assert not any(
        n.startswith(("xl/drawings", "xl/charts", "xl/media", "xl/comments")) for n in names
    )
    text = _all_text(output)
    for word in ("Manchester", "Lancaster", "Kendal", "Jarrow", "Harrogate", "Grimsby", "Fenella"):
        assert word not in text


def test_every_kind_found_is_listed_in_the_report(sanitised):
    _, _, report = sanitised
    kinds = {r["kind"] for r in report["removed"]}
    expected = {
        "hidden sheets", "hidden rows", "hidden columns", "comments", "defined names",
        "data validation", "conditional formats", "images", "charts", "headers and footers",
        "document properties", "custom document properties", "pivot tables", "pivot caches",
        "external links", "custom XML", "printer settings", "embedded objects",
        "threaded comments", "hyperlinks", "drawings",
    }  # fmt: skip
    assert expected <= kinds, expected - kinds


def test_output_properties_are_set_by_wpxl_with_fixed_dates(sanitised):
    _, output, _ = sanitised
    with zipfile.ZipFile(output) as package:
        core = package.read("docProps/core.xml").decode()
        app_xml = package.read("docProps/app.xml").decode()
        names = package.namelist()
    assert "<dc:title>Work Programme management information</dc:title>" in core
    assert "<dc:creator>wpxl</dc:creator>" in core
    assert "<cp:lastModifiedBy>wpxl</cp:lastModifiedBy>" in core
    assert '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-25T00:00:00Z' in core
    assert '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-25T00:00:00Z' in core
    assert "Sam Manager" not in app_xml and "Example Provider" not in app_xml
    assert "docProps/custom.xml" not in names


def test_a_total_over_a_hidden_row_never_leaves_as_if_it_added_up_the_input(tmp_path, job):
    """The input's total counts its hidden row; a copy's total over the carried rows only
    would differ from it by more than rounding: the copy is refused, naming the total's cell
    (or, once the plan removes such totals, holds no total there)."""
    rows = referrals_table([[121, 93], [7339, 5], [45, 66]], total_col=False)
    source = write_book(tmp_path / "hidden-row.xlsx", {"Referrals": rows})
    book = openpyxl.load_workbook(source)
    book["Referrals"].row_dimensions[5].hidden = True
    book.save(source)
    try:
        output = sanitise_file(source, job).output
    except VerificationError as refusal:
        assert "'Referrals' B8: a total that adds up other cells than the input's total" in str(
            refusal
        )
        assert "7339" not in str(refusal)
        assert "Check the total named in Excel" in str(refusal)  # what to change, not a bug
        assert "maintainers" not in str(refusal)
    else:
        cells = openpyxl.load_workbook(output)["Referrals"]
        assert cells["A8"].value == "Total"
        assert cells["B8"].value is None
