"""The leak proof: a real output, tampered the ways a leak could happen, never passes verify.

Each test writes the real output of a real input, then changes one part of the package as a
faulty writer or a hand edit might, and checks verify names the part and the kind of leak
without ever quoting the value.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from tests.conftest import PRODUCED
from tests.robustness.conftest import fingerprint, rewrite_package
from wpxl.analyse import analyse_workbook
from wpxl.cli import app
from wpxl.model import Plan
from wpxl.model.layout import COVER_NAME
from wpxl.plan import Audience, carried_words, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file
from wpxl.verify import Finding, verify_output
from wpxl.write import write_plan

runner = CliRunner()
UNROUNDED = 307  # a count in the input below; its rounded value is 300


@pytest.fixture
def written(tmp_path) -> tuple[Path, Plan]:
    rows = referrals_table([[121, 93], [UNROUNDED, 111]])
    rows.append([])
    rows.append(["Source: provider case management system"])
    source = write_book(
        tmp_path / "pack.xlsx",
        {"Referrals": rows, "Workings": [["Unrounded extract for Pat"], [UNROUNDED]]},
        hidden=("Workings",),
    )
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    output = tmp_path / "out.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return output, plan


def _tamper(output: Path, part: str, change) -> Path:
    with zipfile.ZipFile(output) as package:
        data = package.read(part) if part in package.namelist() else b""
    return rewrite_package(output, output.with_name("tampered.xlsx"), {part: change(data)})


def _kinds(findings) -> set[tuple[str, str]]:
    """(the sheet, or the package part, a finding names; its kind)."""
    return {
        (f.part.rsplit(" ", 1)[0] if f.part.startswith("'") else f.part, f.kind) for f in findings
    }


def test_untouched_output_passes(written):
    output, plan = written
    assert verify_output(output, plan, 20) == []


def test_unrounded_figure_in_a_sheets_text_is_found(written):
    output, plan = written
    tampered = _tamper(
        output,
        "xl/worksheets/sheet2.xml",
        lambda xml: xml.replace(b"Source: provider", f"Source ({UNROUNDED}): provider".encode()),
    )
    findings = verify_output(tampered, plan, 20)
    leak = Finding("'Referrals' A10", "an unrounded, removed or outcome figure")
    assert leak in findings
    assert not any(str(UNROUNDED) in str(f) for f in findings)


def _add_number_format(xml: bytes, code: str) -> bytes:
    element = f'<numFmt numFmtId="200" formatCode="{code}"/>'.encode()
    if b"<numFmts" in xml:
        return re.sub(rb"(<numFmts[^>]*>)", rb"\g<1>" + element, xml, count=1)
    return xml.replace(b"<fonts", b'<numFmts count="1">' + element + b"</numFmts><fonts", 1)


def test_unrounded_figure_in_a_number_format_is_found(written):
    output, plan = written
    code = f"0 &quot;of {UNROUNDED}&quot;"
    tampered = _tamper(output, "xl/styles.xml", lambda xml: _add_number_format(xml, code))
    assert ("the number formats (xl/styles.xml)", "an unrounded, removed or outcome figure") in (
        _kinds(verify_output(tampered, plan, 20))
    )


def test_unrounded_count_in_a_cell_is_found(written):
    output, plan = written
    tampered = _tamper(
        output,
        "xl/worksheets/sheet2.xml",
        lambda xml: re.sub(rb"<v>300</v>", f"<v>{UNROUNDED}</v>".encode(), xml, count=1),
    )
    kinds = _kinds(verify_output(tampered, plan, 20))
    assert ("'Referrals'", "a figure that is not a multiple of 20") in kinds
    assert ("'Referrals'", "a total whose formula does not give its value") in kinds


def test_string_from_a_hidden_sheet_is_found_in_document_properties(written):
    output, plan = written
    tampered = _tamper(
        output,
        "docProps/core.xml",
        lambda xml: xml.replace(b"<dc:creator>wpxl", b"<dc:creator>Unrounded extract for Pat"),
    )
    assert (
        "the document properties (docProps/core.xml)",
        "text from a hidden or dropped part of the input",
    ) in _kinds(verify_output(tampered, plan, 20))


@pytest.mark.parametrize(
    ("detail", "kind"),
    [
        ("pat.analyst@example.org", "an e-mail address"),
        ("JT 12 34 56 C", "a National Insurance number"),
        ("0161 496 0000", "a UK phone number"),
        ("M1 1AE", "a postcode"),
    ],
)
def test_personal_details_are_found_in_any_part(written, detail, kind):
    output, plan = written
    tampered = _tamper(
        output,
        "docProps/app.xml",
        lambda xml: (
            xml.replace(b"<Company>", f"<Company>{detail}".encode())
            if b"<Company>" in xml
            else xml.replace(b"</Properties>", f"<Manager>{detail}</Manager></Properties>".encode())
        ),
    )
    findings = verify_output(tampered, plan, 20)
    where = "the document properties (docProps/app.xml)"
    assert (where, f"what looks like {kind}") in _kinds(findings)
    assert not any(detail in str(f) for f in findings)


def test_extra_part_such_as_a_chart_cache_is_found(written):
    output, plan = written
    tampered = _tamper(
        output,
        "xl/charts/chart1.xml",
        lambda _: f"<c:chartSpace><c:v>{UNROUNDED}</c:v></c:chartSpace>".encode(),
    )
    kinds = _kinds(verify_output(tampered, plan, 20))
    where = "the package part xl/charts/chart1.xml"
    assert (where, "a part wpxl does not write for a plain workbook") in kinds
    assert (where, "an unrounded, removed or outcome figure") in kinds


def test_hidden_sheet_state_and_defined_names_are_found(written):
    output, plan = written
    tampered = _tamper(
        output,
        "xl/workbook.xml",
        lambda xml: xml.replace(b'<sheet name="Referrals"', b'<sheet state="hidden" name="R"')
        .replace(b"</sheets>", b"</sheets><definedNames><definedName name='x'>A1</definedName>"
                 b"</definedNames>"),
    )  # fmt: skip
    kinds = _kinds(verify_output(tampered, plan, 20))
    assert ("the workbook's sheet list (xl/workbook.xml)", "a hidden sheet") in kinds
    assert ("the workbook's sheet list (xl/workbook.xml)", "defined names") in kinds


def test_formula_that_does_not_give_its_cached_value_is_found(written):
    output, plan = written
    tampered = _tamper(
        output,
        "xl/worksheets/sheet2.xml",
        lambda xml: re.sub(rb"(<f>SUM\(B\d+:B\d+\)</f><v>)\d+", rb"\g<1>400", xml, count=1),
    )
    kinds = {f.kind for f in verify_output(tampered, plan, 20)}
    assert "a total whose formula does not give its value" in kinds


def test_a_note_with_contact_details_is_removed_and_listed(tmp_path):
    rows = referrals_table([[121, 93], [307, 111]])
    rows += [[], ["Queries to pat.analyst@example.org or 01632 960 123"]]
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    result = runner.invoke(app, ["sanitise", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    (output,) = (tmp_path / "out").iterdir()
    parts = b"".join(zipfile.ZipFile(output).read(n) for n in zipfile.ZipFile(output).namelist())
    assert b"pat.analyst" not in parts and b"960" not in parts
    cover = [c.value for row in load_workbook(output)[COVER_NAME].iter_rows() for c in row]
    assert any("'Referrals' A8" in str(v) for v in cover)  # the input's cell
    assert any("contact details" in str(v) for v in cover)


def test_sanitise_deletes_an_output_that_fails_the_proof_and_names_part_and_kind(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(carried_words, "holds_contact_details", lambda text: False)  # plan misses
    rows = referrals_table([[121, 93], [307, 111]])
    rows += [[], ["Queries to pat.analyst@example.org"]]
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    before = fingerprint(source)
    result = runner.invoke(app, ["sanitise", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == (
        "wpxl: pack.xlsx: the sanitised copy failed its leak check ('Referrals' A8: what "
        "looks like an e-mail address), so it was deleted. Remove the personal details from the "
        "workbook (or the cells they are in) and try again.\n"
    )
    assert not (tmp_path / "out").exists()  # the folder it made goes with the copy
    assert fingerprint(source) == before


def test_sheet_count_and_sheet_names_are_not_taken_for_quoted_figures(tmp_path, job):
    sheets = {
        f"Referrals {n}": [["Referrals by payment group"], [], ["Payment group", "Referrals"],
                           ["JSA 18-24", 30], ["JSA 25+", 131]]
        for n in range(1, 30)
    }  # fmt: skip
    source = write_book(tmp_path / "many.xlsx", sheets)
    result = sanitise_file(source, job)
    assert result.sheets == 30


def test_hidden_words_wpxl_writes_itself_are_no_leak_on_its_cover_but_are_elsewhere(tmp_path):
    """A hidden sheet (or column) headed 'Job outcomes', the plain way to keep outcomes out of
    a pack, does not fail the proof because the cover says 'Job outcomes and sustainments are
    never shown as volumes' in every copy; the same words anywhere else are still found."""
    rows = referrals_table([[121, 93], [UNROUNDED, 111]])
    rows.extend([[], ["Source: provider case management system"]])
    source = write_book(
        tmp_path / "pack.xlsx",
        {"Referrals": rows, "Held back": [["Job outcomes"], [137]]},
        hidden=("Held back",),
    )
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    output = tmp_path / "out.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    assert verify_output(output, plan, 20) == []
    tampered = _tamper(
        output,
        "xl/worksheets/sheet2.xml",
        lambda xml: xml.replace(b"Source: provider", b"Job outcomes: provider"),
    )
    assert ("'Referrals'", "text from a hidden or dropped part of the input") in _kinds(
        verify_output(tampered, plan, 20)
    )
