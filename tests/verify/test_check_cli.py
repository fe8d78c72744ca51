"""``wpxl check``: clean outputs pass, raw inputs and tampered outputs fail line by line."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from tests.robustness.conftest import rewrite_package
from wpxl.cli import app
from wpxl.sanitise import sanitise_file

runner = CliRunner()


@pytest.fixture
def pair(tmp_path, job) -> tuple[Path, Path]:
    rows = referrals_table([[121, 93], [307, 111]])
    rows += [[], ["Source: provider case management system"]]
    source = write_book(
        tmp_path / "pack.xlsx",
        {"Referrals": rows, "Workings": [["Unrounded extract for Pat"], [307]]},
        hidden=("Workings",),
    )
    return source, Path(sanitise_file(source, job).output)


def _edit(path: Path, part: str, change) -> Path:
    with zipfile.ZipFile(path) as package:
        data = package.read(part)
    return rewrite_package(path, path.with_name("edited.xlsx"), {part: change(data)})


def test_check_passes_every_sanitised_sample_alone_and_against_its_input(samples, job):
    for source in samples:
        output = Path(sanitise_file(source, job).output)
        for extra in ([], ["--against", str(source)]):
            result = runner.invoke(app, ["check", str(output), *extra])
            assert result.exit_code == 0, result.output
            assert result.stdout == f"{output.name}: no findings\n"


def test_check_of_a_raw_input_lists_each_problem_on_its_own_line(samples):
    source = next(p for p in samples if p.name == "summary_pack.xlsx")
    result = runner.invoke(app, ["check", str(source)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    for expected in [
        "summary_pack.xlsx: xl/comments1.xml: a part a shared workbook must not carry",
        "summary_pack.xlsx: workbook: hidden or extra content (hidden sheets)",
        "summary_pack.xlsx: workbook: hidden or extra content (defined names)",
        "summary_pack.xlsx: docProps/core.xml: a creator property other than wpxl",
        "summary_pack.xlsx: docProps/app.xml: a Company property other than wpxl",
        "summary_pack.xlsx: 'Summary' A1: no published/internal banner",
        "summary_pack.xlsx: 'Summary' B5: a count that is not a multiple of 20",
        "summary_pack.xlsx: 'Summary' B10: a total that is not a multiple of 20",
        "summary_pack.xlsx: 'Summary' C15: an outcome or sustainment volume",
    ]:
        assert expected in lines


def test_check_finds_a_total_that_is_not_the_sum_of_its_parts(pair):
    _, output = pair
    edited = _edit(
        output,
        "xl/worksheets/sheet2.xml",
        lambda xml: re.sub(rb"(<f>SUM\(B\d+:B\d+\)</f><v>)\d+", rb"\g<1>1000", xml, count=1),
    )
    result = runner.invoke(app, ["check", str(edited)])
    assert result.exit_code == 1
    assert (
        result.stdout == "edited.xlsx: 'Referrals' B8: a total that is not the sum of its parts\n"
    )


def test_check_against_the_input_finds_an_unrounded_figure_quoted_in_text(pair):
    source, output = pair
    edited = _edit(
        output,
        "xl/worksheets/sheet2.xml",
        lambda xml: xml.replace(b"Source: provider", b"Source (307 in May): provider"),
    )
    alone = runner.invoke(app, ["check", str(edited)])
    assert alone.exit_code == 0, alone.output
    against = runner.invoke(app, ["check", str(edited), "--against", str(source)])
    assert against.exit_code == 1
    assert against.stdout == (
        "edited.xlsx: 'Referrals' A10: an unrounded, removed or outcome figure\n"
    )


def test_check_against_the_input_takes_sheet_names_and_count_as_shown(tmp_path, job):
    """A book of 26 sheets whose names number them (the output's workbook part and properties
    state the names and "27" sheets with the cover) and whose counts include 26 and 27: the
    names and the count are the workbook's shape, carried as sanitise's own proof carries them,
    not figures quoted."""
    sheets = {f"Referrals {n}": referrals_table([[121, 26], [27, 111]]) for n in range(1, 27)}
    source = write_book(tmp_path / "pack.xlsx", sheets)
    output = Path(sanitise_file(source, job).output)
    with zipfile.ZipFile(output) as package:
        assert b"<vt:i4>27</vt:i4>" in package.read("docProps/app.xml")
    result = runner.invoke(app, ["check", str(output), "--against", str(source)])
    assert result.exit_code == 0, result.output
    quoted = _edit(
        output,
        "docProps/app.xml",
        lambda xml: xml.replace(b"<DocSecurity>0<", b"<DocSecurity>0 of 121<"),
    )
    result = runner.invoke(app, ["check", str(quoted), "--against", str(source)])
    assert result.exit_code == 1
    assert result.stdout == (
        "edited.xlsx: the document properties (docProps/app.xml): an unrounded, removed or "
        "outcome figure\n"
    )


def test_check_against_the_input_finds_text_from_its_hidden_sheet(pair):
    source, output = pair
    edited = _edit(
        output,
        "docProps/core.xml",
        lambda xml: xml.replace(b"<dc:title>", b"<dc:title>Unrounded extract for Pat "),
    )
    result = runner.invoke(app, ["check", str(edited), "--against", str(source)])
    assert result.exit_code == 1
    assert result.stdout == (
        "edited.xlsx: the document properties (docProps/core.xml): text from a hidden or dropped "
        "part of the input\n"
    )


def test_check_finds_personal_details_without_the_input(pair):
    _, output = pair
    edited = _edit(
        output,
        "xl/worksheets/sheet2.xml",
        lambda xml: xml.replace(b"Source: provider", b"Ask pat@example.org: provider"),
    )
    result = runner.invoke(app, ["check", str(edited)])
    assert result.exit_code == 1
    assert result.stdout == (
        "edited.xlsx: xl/worksheets/sheet2.xml: what looks like an e-mail address\n"
    )


def test_check_refuses_what_is_not_a_workbook_in_one_sentence(tmp_path):
    csv = tmp_path / "figures.csv"
    csv.write_text("a,b\n1,2\n")
    result = runner.invoke(app, ["check", str(csv)])
    assert result.exit_code == 1
    assert result.stderr == (
        "wpxl: figures.csv: not an Excel workbook (it is a text or CSV file). "
        "Save it from Excel as an .xlsx workbook and try again.\n"
    )


def test_check_against_a_missing_input_says_so(pair, tmp_path):
    _, output = pair
    result = runner.invoke(app, ["check", str(output), "--against", str(tmp_path / "gone.xlsx")])
    assert result.exit_code == 1
    assert result.stderr == "wpxl: gone.xlsx: file not found. Check the name and folder.\n"


def test_check_reads_the_policy_from_the_folder_or_policy_like_sanitise(tmp_path, monkeypatch):
    """The provider's own outcome word ('placements kept') makes its counts outcome volumes for
    check as for sanitise: from ./wpxl.toml, or from --policy."""
    rows = [["Placements kept by payment group"], [], ["Payment group", "Placements kept"],
            ["JSA 18-24", 40], ["JSA 25+", 60]]  # fmt: skip
    book = write_book(tmp_path / "kept.xlsx", {"Kept": rows})
    monkeypatch.chdir(tmp_path)
    plain = runner.invoke(app, ["check", str(book)])
    assert "an outcome or sustainment volume" not in plain.stdout
    policy = tmp_path / "words.toml"
    policy.write_text('[measure_words]\njob_outcomes = ["placements kept"]\n')
    given = runner.invoke(app, ["check", str(book), "--policy", str(policy)])
    assert "kept.xlsx: 'Kept' B4: an outcome or sustainment volume" in given.stdout.splitlines()
    (tmp_path / "wpxl.toml").write_text(policy.read_text())
    found = runner.invoke(app, ["check", str(book)])
    assert "kept.xlsx: 'Kept' B4: an outcome or sustainment volume" in found.stdout.splitlines()


def test_inspect_reads_the_policy_like_sanitise(tmp_path, monkeypatch):
    rows = [["Placements kept by payment group"], [], ["Payment group", "Placements kept"],
            ["JSA 18-24", 40], ["JSA 25+", 60]]  # fmt: skip
    book = write_book(tmp_path / "kept.xlsx", {"Kept": rows})
    monkeypatch.chdir(tmp_path)
    before = runner.invoke(app, ["inspect", str(book)])
    (tmp_path / "wpxl.toml").write_text('[measure_words]\njob_outcomes = ["placements kept"]\n')
    after = runner.invoke(app, ["inspect", str(book)])
    assert after.exit_code == 0, after.output
    assert "measure: job outcomes" not in before.output
    assert "measure: job outcomes" in after.stdout
