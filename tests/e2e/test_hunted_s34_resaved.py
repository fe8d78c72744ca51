"""A copy opened in LibreOffice and saved again, then checked (session 34).

An analyst opens the sanitised copy to look at it, saves it, and runs `wpxl check OUT
--against IN` before sending it, as the README says they may. Every such copy was refused,
for two things the save adds that carry nothing:
- LibreOffice writes a custom document properties part into every file it saves, empty
  (`<Properties/>`): 'a part wpxl does not write' to the proof, and 'hidden or extra content
  (custom document properties)' to `wpxl check` alone. An empty one holds nothing now
  (read/package ``holds_no_properties``); one holding a property is refused as before.
- LibreOffice (as Excel does) writes every text into the shared strings, where wpxl writes
  them in their cells. The proof judged the package's words outside the cells before it had
  read a sheet, so every shared string was taken for one no cell shows, and the cover's lines
  about outcome volumes were 'an amount stated about outcomes'. Those words are judged once
  every sheet is read now (verify/amounts ``unshown_amounts``); a shared string no cell shows
  stating outcomes is still refused (tests/e2e/test_hunted_s33_mutants.py).
- Excel, saving a workbook with formulas, adds its calculation order (xl/calcChain.xml, cell
  references alone). `wpxl check` alone let it through as harmless; the proof refused it as 'a
  part wpxl does not write'. Both let it through now; its words are still read as every
  part's are.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.e2e.libreoffice import recalculate, soffice
from tests.robustness.conftest import rewrite_package
from wpxl.cli import app

SAMPLES = Path(__file__).parents[2] / "sample_workbooks"
PROPERTY = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://'
    b'schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas'
    b'.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-'
    b'101B-9397-08002B2CF9AE}" pid="2" name="Checked"><vt:lpwstr>137 job outcomes</vt:lpwstr>'
    b"</property></Properties>"
)

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")


def _check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["check", *args])
    return result.exit_code, result.stdout


@pytest.fixture(scope="module")
def resaved(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("resaved")
    source = shutil.copy(SAMPLES / "monthly_pack.xlsx", folder / "pack.xlsx")
    made = CliRunner().invoke(app, ["sanitise", str(source)])
    assert made.exit_code == 0, made.output
    [again] = recalculate([folder / "pack-sanitised.xlsx"], folder / "again")
    with zipfile.ZipFile(again) as package:
        assert package.read("docProps/custom.xml").count(b"<property") == 0
        assert "xl/sharedStrings.xml" in package.namelist()
    return Path(source), again


def test_a_copy_saved_again_by_libreoffice_is_proved_against_its_input(resaved):
    source, again = resaved
    assert _check(str(again), "--against", str(source)) == (0, "pack-sanitised.xlsx: no findings\n")


def test_a_copy_saved_again_by_libreoffice_passes_the_check_alone(resaved):
    _, again = resaved
    assert _check(str(again)) == (0, "pack-sanitised.xlsx: no findings\n")


def test_custom_properties_holding_a_property_are_still_refused(resaved, tmp_path):
    source, again = resaved
    held = rewrite_package(again, tmp_path / "held.xlsx", {"docProps/custom.xml": PROPERTY})
    code, said = _check(str(held), "--against", str(source))
    assert code == 1
    assert "held.xlsx: the package part docProps/custom.xml: a part wpxl does not write" in said
    code, said = _check(str(held))
    assert code == 1
    assert "held.xlsx: workbook: hidden or extra content (custom document properties)" in said


def _with_calculation_order(copy: Path, target: Path) -> Path:
    """The copy as Excel saves it: a calcChain part listing every formula's cell."""
    with zipfile.ZipFile(copy) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    cells = [
        f'<c r="{cell}" i="{name[len("xl/worksheets/sheet") : -4]}"/>'
        for name, data in parts.items()
        if name.startswith("xl/worksheets/sheet")
        for cell in re.findall(rb'<c r="([A-Z]+[0-9]+)"[^>]*><f', data)
        for cell in [cell.decode()]
    ]
    assert cells
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    chain = f'<?xml version="1.0"?><calcChain xmlns="{main}">{"".join(cells)}</calcChain>'
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"
    relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain"
    return rewrite_package(
        copy,
        target,
        {
            "xl/calcChain.xml": chain.encode(),
            "[Content_Types].xml": parts["[Content_Types].xml"].replace(
                b"</Types>",
                f'<Override PartName="/xl/calcChain.xml" ContentType="{kind}"/></Types>'.encode(),
            ),
            "xl/_rels/workbook.xml.rels": parts["xl/_rels/workbook.xml.rels"].replace(
                b"</Relationships>",
                f'<Relationship Id="rIdChain" Type="{relation}" Target="calcChain.xml"/>'
                "</Relationships>".encode(),
            ),
        },
    )


def test_a_copy_with_the_calculation_order_excel_adds_is_proved(resaved, tmp_path):
    source, again = resaved
    chained = _with_calculation_order(again, tmp_path / "chained.xlsx")
    assert _check(str(chained), "--against", str(source)) == (0, "chained.xlsx: no findings\n")
    assert _check(str(chained)) == (0, "chained.xlsx: no findings\n")
