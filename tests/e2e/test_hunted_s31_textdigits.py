"""Figures and codes written as text (session 31, the textdigits hunt).

A table written all as text with no header row ('Leeds | "1" | "2" | "3"' over 'York | "4" |
"5" | "6"', and longer: several areas, one to three figures): the analysis read Leeds's line as
a header numbering the columns (digits as text one apart, on the block's first line, under a
corner naming no measure: session 30's 'Area | "1" | "2" | "3"'), so York's line was rounded
and Leeds's 1, 2, 3 went out unrounded, and the copy verified. A LEAK, and the proof passed
it: it judged digits written as text as words, and words may hold numbers under 100 ('Top 50',
'Table 3'), so any count under 100 written as text could leave unrounded. The same with a
title naming a measure over it ('Referrals by area'). Now:
- the corner of such a header must be blank or name the kind of the lines under it ('Area',
  'Week', 'Age band'); a line's own name ('Leeds') makes the line the first of the counts
  (analyse/label_sequences ``names_a_kind``, asked by analyse/layout; the proof's own reading
  in verify/text_heads);
- the proof reads digits as text (no leading zero) inside a grid of figures (words naming the
  line left of them, a number beside them on the line and one over or under them) as a count
  unless its own readings of labels name them (a code column, a column's number, a label
  run), and refuses one the copy shows unrounded (verify/text_counts). A header row of words
  over it ('Area | Jan | Feb | Mar') was, and is, read as counts under the header.
An 'Area | "1" | "2" | "3"' header over counts themselves written as text is read as the
columns' numbers on both sides now (the proof asked for typed figures under them). Under a
title naming job outcomes the same table was refused (Leeds's outcomes read as column numbers,
shown on the percentage sheet); it is turned into percentages now.

Codes written as text under a place's kind alone ('Office' over '120', '7', '2019'; 'Site',
'Branch', 'Jobcentre'), the offices' referrals beside them: read as counts typed as text and
rounded (120, 0, 2020), so the offices were lost; codes of other widths ('1021', '383') were
kept but removed as quoting an unrounded figure. Digits as text in a table's first column
(nothing left of them), two or more, all different, a figure right of each, under a place's
kind alone, are the lines' codes, kept as written on both sides (analyse/bare_places
``place_codes_as_text``, asked by analyse/layout and analyse/codes; verify/place_codes
``text_place_code``, asked by verify/spelt ``code_column``). 'Office code' and 'Office no.'
were already read so. Counts written as text right of the lines' names ('Area | Office |
Outreach' over 'Leeds | "35" | "12"') are still rounded, and the proof refuses them unrounded.
Leading zeros ('007') under 'Office' stay codes; counts with thousands commas as text ('1,234')
are rounded, and codes mixing letters and digits ('E0801') are kept.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.verify.text_counts import TEXT_COUNT

AREAS = ("Leeds", "York", "Hull", "Bradford")
TEXT_COUNTS = [["1", "2", "3"], ["4", "5", "6"], ["12", "150", "7"], ["33", "9", "250"]]
ROUNDED = [(0, 0, 0), (0, 0, 0), (20, 160, 0), (40, 0, 260)]


def _lines(output, width: int = 4) -> list[tuple]:
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    return [r[:width] for r in shown.iter_rows(values_only=True)]


SHAPES = {
    "two lines, no header": ([], 2),
    "four lines, no header": ([], 4),
    "a title naming a measure": ([["Referrals by area"]], 4),
    "a header row of words": ([["Area", "Jan", "Feb", "Mar"]], 4),
}


def _text_rows(shape: str) -> list[list]:
    above, count = SHAPES[shape]
    lines = [[area, *line] for area, line in zip(AREAS, TEXT_COUNTS, strict=True)]
    return [*above, *lines[:count]]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_table_written_as_text_is_rounded_from_its_first_line(tmp_path, shape):
    source = write_book(tmp_path / "text.xlsx", {"Referrals": _text_rows(shape)})
    lines = [line for line in _lines(sanitised_beside(source)[0]) if line[0] in AREAS]
    count = SHAPES[shape][1]
    expected = [(area, *line) for area, line in zip(AREAS, ROUNDED, strict=True)][:count]
    assert lines == expected


def test_a_line_s_name_over_typed_counts_is_no_corner(tmp_path):
    rows = [["Leeds", "1", "2", "3"], ["York", 4, 5, 6], ["Hull", 12, 150, 7]]
    output, _ = sanitised_beside(write_book(tmp_path / "mixed.xlsx", {"Referrals": rows}))
    lines = [line for line in _lines(output) if line[0] in AREAS]
    assert lines == [("Leeds", 0, 0, 0), ("York", 0, 0, 0), ("Hull", 20, 160, 0)]


@pytest.mark.parametrize("title", [True, False])
def test_columns_numbered_as_text_over_counts_as_text_keep_their_numbers(tmp_path, title):
    rows: list[list] = [["Referrals by week"], []] if title else []
    rows += [["Area", "1", "2", "3"], ["Leeds", "13", "27", "5"], ["York", "85", "4", "33"]]
    output, _ = sanitised_beside(write_book(tmp_path / "weeks.xlsx", {"Referrals": rows}))
    lines = _lines(output)
    assert ("Area", "1", "2", "3") in lines
    assert ("Leeds", 20, 20, 0) in lines and ("York", 80, 0, 40) in lines


@pytest.mark.parametrize("shape", ["two lines, no header", "a title naming a measure"])
def test_the_proof_alone_refuses_a_first_line_of_text_counts_kept(tmp_path, shape):
    top = len(SHAPES[shape][0])
    written = {(top, col): text for col, text in enumerate(TEXT_COUNTS[0], start=1)}
    found = misread_findings(tmp_path, _text_rows(shape), written, "kept")
    assert TEXT_COUNT in {f.kind for f in found}


def test_the_proof_alone_refuses_small_counts_as_text_kept_anywhere(tmp_path):
    rows = _text_rows("a header row of words")
    written = {(2, col): text for col, text in enumerate(TEXT_COUNTS[1], start=1)}
    found = misread_findings(tmp_path, rows, written, "kept")
    assert [f.part for f in found if f.kind == TEXT_COUNT] == [
        "'Referrals' B5", "'Referrals' C5", "'Referrals' D5"
    ]  # fmt: skip


PLACES = ["Office", "Office code", "Site", "Branch", "Jobcentre", "Office no."]


@pytest.mark.parametrize("typed", [True, False], ids=["typed counts", "counts as text"])
@pytest.mark.parametrize("head", PLACES)
def test_office_codes_written_as_text_stay_codes(tmp_path, head, typed):
    counts = [35, 12, 44]
    codes = ["120", "7", "2019"]
    rows = [[head, "Referrals"]]
    rows += [[code, n if typed else str(n)] for code, n in zip(codes, counts, strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "offices.xlsx", {"Referrals": rows}))
    assert [line for line in _lines(output, 2) if line[0] in codes] == [
        ("120", 40), ("7", 20), ("2019", 40)
    ]  # fmt: skip


@pytest.mark.parametrize("codes", [["1021", "2044", "383"], ["007", "012", "120"]])
def test_office_codes_of_any_width_are_neither_rounded_nor_removed(tmp_path, codes):
    rows = [["Office", "Referrals"], *([c, n] for c, n in zip(codes, (35, 12, 44), strict=True))]
    output, _ = sanitised_beside(write_book(tmp_path / "widths.xlsx", {"Referrals": rows}))
    assert [line[0] for line in _lines(output, 2) if line[1] in (40, 20)] == codes


def _outreach_rows() -> list[list]:
    rows = [["Area", "Office", "Outreach"], ["Leeds", "35", "12"], ["York", "41", "7"]]
    return [*rows, ["Hull", "13", "9"]]


def test_counts_as_text_under_office_beside_names_are_rounded(tmp_path):
    output, _ = sanitised_beside(
        write_book(tmp_path / "seen.xlsx", {"Referrals": _outreach_rows()})
    )
    assert [line for line in _lines(output, 3) if line[0] in AREAS] == [
        ("Leeds", 40, 20), ("York", 40, 0), ("Hull", 20, 0)
    ]  # fmt: skip


def test_the_proof_alone_refuses_counts_as_text_under_office_kept(tmp_path):
    written = {(1, 1): "35", (1, 2): "12"}
    found = misread_findings(tmp_path, _outreach_rows(), written, "kept")
    assert {f.part for f in found if f.kind == TEXT_COUNT} == {"'Referrals' B4", "'Referrals' C4"}


def test_mixed_codes_and_counts_with_thousands_commas(tmp_path):
    rows = [["Office", "Referrals"], ["E0801", "1,234"], ["E0802", "2,047"], ["E0803", "44"]]
    output, _ = sanitised_beside(write_book(tmp_path / "commas.xlsx", {"Referrals": rows}))
    assert [line for line in _lines(output, 2) if str(line[0]).startswith("E08")] == [
        ("E0801", 1240), ("E0802", 2040), ("E0803", 40)
    ]  # fmt: skip


def test_outcomes_written_as_text_with_no_header_row_become_percentages(tmp_path):
    rows = [["Job outcomes by area"], *_text_rows("four lines, no header")]
    output, _ = sanitised_beside(write_book(tmp_path / "outcomes.xlsx", {"Referrals": rows}))
    book = openpyxl.load_workbook(output)
    assert "Job outcomes %" in book.sheetnames
    shown = [v for s in book.worksheets for r in s.iter_rows(values_only=True) for v in r]
    assert not {"1", "2", "3", 1, 2, 3} & set(shown)  # Leeds's outcomes, never as volumes


KEYS = {"Week": ["1", "2", "3"], "Payment group": ["1", "2", "3"], "Age": ["18", "19", "20"]}


@pytest.mark.parametrize("key", KEYS)
def test_an_extract_keyed_in_digits_as_text_is_not_refused(tmp_path, key):
    rows: list[list] = [["Area", key, "Referrals"]]
    for area in ("Leeds", "York"):
        rows += [[area, k, n] for k, n in zip(KEYS[key], (35, 12, 44), strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "extract.xlsx", {"Referrals": rows}))
    assert [line for line in _lines(output, 3) if line[0] == "York"] == [
        ("York", k, n) for k, n in zip(KEYS[key], (40, 20, 40), strict=True)
    ]
