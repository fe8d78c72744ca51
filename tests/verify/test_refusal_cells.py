"""A refusal names the workbook's own cell, not the deleted copy's.

Session 32's crosstab hunt saw that every proof refusal named a cell of the copy: two rows below
the workbook's (the banner), and further off where the workbook hides rows the copy leaves out.
The advice says to change the workbook at the cells named, so the analyst looked at the wrong
cell. The proof's findings keep the copy's place (``wpxl check`` names the copy the user holds,
and the cover lists removals by the input's cell already); sanitise's refusal names the input's
(wpxl/verify/source_cells), and a place with no input cell (the cover) keeps the copy's.
"""

from __future__ import annotations

from openpyxl import load_workbook
from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from wpxl.cli import app
from wpxl.plan import carried_words

runner = CliRunner()


def _pack_with_an_email(tmp_path, hide: int | None) -> str:
    """A referrals table, a line under it naming an e-mail address (row 9 in the
    workbook), with row ``hide`` hidden; the refusal sanitise prints."""
    rows = referrals_table([[121, 93], [307, 111], [95, 88]])
    rows += [[], ["Queries to pat.analyst@example.org"]]
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    book = load_workbook(source)
    assert book["Referrals"]["A9"].value == "Queries to pat.analyst@example.org"
    if hide is not None:
        book["Referrals"].row_dimensions[hide].hidden = True
        book.save(source)
    result = runner.invoke(app, ["sanitise", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    return result.stderr


def test_a_refusal_names_the_workbooks_cell_not_the_copys(tmp_path, monkeypatch):
    monkeypatch.setattr(carried_words, "holds_contact_details", lambda text: False)  # plan misses
    said = _pack_with_an_email(tmp_path, hide=None)
    assert "('Referrals' A9: what looks like an e-mail address)" in said  # the copy's is A11


def test_a_refusal_names_the_workbooks_cell_under_a_hidden_row(tmp_path, monkeypatch):
    """The copy leaves the hidden row 2 out, so the line is at A10 there: the refusal still
    names A9, where the analyst finds it."""
    monkeypatch.setattr(carried_words, "holds_contact_details", lambda text: False)
    said = _pack_with_an_email(tmp_path, hide=2)
    assert "('Referrals' A9: what looks like an e-mail address)" in said


def test_wpxl_check_names_the_copys_own_cell(tmp_path):
    """``wpxl check`` reads a copy the user holds: its findings name that copy's cells."""
    rows = referrals_table([[121, 93], [307, 111], [95, 88]])
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    assert runner.invoke(app, ["sanitise", str(source), "-o", str(tmp_path / "out")]).exit_code == 0
    copy = tmp_path / "out" / "pack-sanitised.xlsx"
    book = load_workbook(copy)
    (line,) = [r for r in book["Referrals"].iter_rows() if r[1].value == 120]  # 121's rounded
    line[1].value = 121  # an unrounded figure put back by hand
    book.save(copy)
    result = runner.invoke(app, ["check", str(copy), "--against", str(source)])
    assert result.exit_code == 1
    assert f"'Referrals' {line[1].coordinate}" in result.stdout + result.stderr
