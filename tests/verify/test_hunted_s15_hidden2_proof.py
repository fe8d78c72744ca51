"""The proof's own reading of what session 15's second hunt for hidden content found
(tests/e2e/test_hunted_s15_hidden2.py), caught whatever the reader and the plan decided: a
note in rows or a column folded away by a collapsed outline group; counts a conditional
format shows as nothing or paints white; a note in a row or column the sheet's default size
(0) hides; a note or a count in a font of 1 point (which the reader drops, the proof did not
judge); people named under 'Contact name', 'Case owner' or
'Referred by', or in a table only its title says is by adviser
(tests/e2e/test_hunted_s15_hidden2_staff.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import xlsxwriter

import wpxl.analyse
import wpxl.analyse.people
import wpxl.read.conditional
import wpxl.read.invisible
import wpxl.read.sheetxml
from tests.builders import write_book
from tests.e2e.test_hunted_s15_hidden2 import (
    HIDING_RULES,
    SMALL,
    folded_note,
    sized_by_default,
    suppressed,
)
from tests.e2e.test_hunted_s15_hidden2_staff import (
    COLUMN_HEADERS,
    SOURCES,
    TITLED,
    by_title,
    starts_by_employer,
)
from tests.misread import proved
from wpxl.verify import Finding

HIDES = "content the input hides"
NAMED = "what looks like a person named by their role"


@pytest.mark.parametrize(
    ("axis", "summary_after", "where"),
    [("rows", True, "A9"), ("rows", False, "A9"), ("columns", True, "E6")],
)
def test_the_proof_alone_refuses_a_note_a_collapsed_group_folds_away(
    tmp_path, monkeypatch, axis, summary_after, where
):
    monkeypatch.setattr(wpxl.read.sheetxml, "fold", lambda _: [])
    source = folded_note(tmp_path / "folded.xlsx", axis, summary_after)
    assert Finding(f"'Referrals' {where}", HIDES) in proved(tmp_path, source)


@pytest.mark.parametrize("axis", ["rows", "columns"])
def test_the_proof_passes_the_copy_without_the_folded_note(tmp_path, axis):
    assert proved(tmp_path, folded_note(tmp_path / "folded.xlsx", axis)) == []


def _text_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader as it was: a conditional format hides text only."""
    judged = wpxl.read.conditional._hidden_by

    def text_only(rules, cell, *rest):  # type: ignore[no-untyped-def]
        return judged(rules, cell, *rest) if isinstance(cell.value, str) else None

    monkeypatch.setattr(wpxl.read.conditional, "_hidden_by", text_only)


@pytest.mark.parametrize("rule", HIDING_RULES.values(), ids=HIDING_RULES)
def test_the_proof_alone_refuses_counts_a_conditional_format_hides(tmp_path, monkeypatch, rule):
    _text_only(monkeypatch)
    findings = proved(tmp_path, suppressed(tmp_path / "small.xlsx", rule))
    assert [f.part for f in findings if f.kind == HIDES] == ["'Referrals' C6", "'Referrals' B8"]


@pytest.mark.parametrize(
    "rule",
    [
        HIDING_RULES["white font"],
        {**SMALL, "format": {"bg_color": "#FFC7CE", "font_color": "#9C0006"}},
        {"type": "cell", "criteria": "==", "value": 0, "format": {"font_color": "#FFFFFF"}},
        {"type": "data_bar", "bar_only": True},
    ],
    ids=["hiding", "red on pink", "zeros white", "bars alone"],
)
def test_the_proof_passes_counts_a_conditional_format_shows_or_the_copy_drops(tmp_path, rule):
    assert proved(tmp_path, suppressed(tmp_path / "shown.xlsx", rule)) == []


def _roles_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis as it was (near enough): no name under a contact's or an owner's header,
    none under a title saying the table is by adviser, nor under a bare 'Name'."""
    monkeypatch.setattr(wpxl.analyse, "staff_named_by_title", lambda *_: [])
    monkeypatch.setattr(wpxl.analyse, "named_under_name", lambda *_: [])
    adviser_only = re.compile(r"\s*advisers?\s*", re.IGNORECASE)
    monkeypatch.setattr(wpxl.analyse.people, "_ROLE_HEADER", adviser_only)


@pytest.mark.parametrize("header", COLUMN_HEADERS)
def test_the_proof_alone_refuses_names_under_a_contact_or_owner_header(
    tmp_path, monkeypatch, header
):
    _roles_unread(monkeypatch)
    findings = proved(tmp_path, starts_by_employer(tmp_path / "employers.xlsx", header))
    assert [f.part for f in findings if f.kind == NAMED] == [f"'Starts' B{r}" for r in (6, 7, 8)]


@pytest.mark.parametrize(("title", "corner", "across"), TITLED)
def test_the_proof_alone_refuses_staff_a_title_says_the_table_is_by(
    tmp_path, monkeypatch, title, corner, across
):
    _roles_unread(monkeypatch)
    source = write_book(tmp_path / "titled.xlsx", by_title(title, corner, across))
    where = ["B5", "C5", "D5"] if across else ["A6", "A7", "A8"]
    named = [f.part for f in proved(tmp_path, source) if f.kind == NAMED]
    assert named == [f"'Starts' {at}" for at in where]


def test_the_proof_passes_sources_and_teams_where_no_one_is_named(tmp_path):
    rows = [["Referrals by source, April 2013"], [], ["Referred by", "Referrals"]]
    rows += [[source, 41] for source in SOURCES]
    assert proved(tmp_path, write_book(tmp_path / "sources.xlsx", {"Referrals": rows})) == []
    teams = by_title("Job starts by adviser team, 2013", "Month", True, ["Team North", "Leeds"])
    assert proved(tmp_path, write_book(tmp_path / "teams.xlsx", teams)) == []


@pytest.mark.parametrize(("axis", "where"), [("columns", "F7"), ("rows", "A10")])
def test_the_proof_alone_refuses_a_note_the_sheets_default_size_hides(
    tmp_path, monkeypatch, axis, where
):
    monkeypatch.setattr(wpxl.read.sheetxml, "narrowed_by_default", lambda _: set())
    monkeypatch.setattr(
        wpxl.read.sheetxml, "lowered", lambda ht, _: ht is not None and float(ht) < 3
    )
    source = sized_by_default(tmp_path / "sized.xlsx", axis)
    assert Finding(f"'Referrals' {where}", HIDES) in proved(tmp_path, source)


@pytest.mark.parametrize("axis", ["columns", "rows"])
def test_the_proof_passes_the_copy_without_the_note_the_default_size_hides(tmp_path, axis):
    assert proved(tmp_path, sized_by_default(tmp_path / "sized.xlsx", axis)) == []


def tiny_note(path: Path, note: object, points: float) -> Path:
    """Referrals by payment group with a note (or a figure) under it in a font of ``points``."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    ws.write(0, 0, "Referrals by payment group")
    ws.write_row(2, 0, ["Payment group", "Apr 2013", "May 2013"])
    for row, line in enumerate([["JSA 18-24", 121, 93], ["JSA 25+", 307, 111]], start=3):
        ws.write_row(row, 0, line)
    ws.write(7, 0, note, book.add_format({"font_size": points}))
    book.close()
    return path


@pytest.mark.parametrize("note", ["Held back pending the data quality review", 1234])
def test_the_proof_alone_refuses_what_a_font_of_one_point_hides(tmp_path, monkeypatch, note):
    monkeypatch.setattr(wpxl.read.invisible.Look, "tiny", lambda _: False)
    findings = proved(tmp_path, tiny_note(tmp_path / "tiny.xlsx", note, 1))
    assert Finding("'Referrals' A10", HIDES) in findings


@pytest.mark.parametrize("points", [1, 3])
def test_the_proof_passes_the_copy_without_a_tiny_note_or_with_a_small_one(tmp_path, points):
    source = tiny_note(tmp_path / "tiny.xlsx", "Held back pending the data quality review", points)
    assert proved(tmp_path, source) == []
