"""Misread layouts left by session 30's first layout hunt, and what a generator of further
real-shaped layouts found (session 30, the second hunt).

Areas or groups numbered in digits written as text down a table's first column ('Area' or a
blank corner over '1', '2', '3', the lines' counts beside them, no total line): the analysis
read digits as text as counts typed as text, rounded them (0, 0, 0) and the copy verified.
WRONG, and the proof passed it: its reading of numbers naming lines among words
(verify/worded_labels) asked for words after the first number ('Total'), and with a total
line it refused the copy instead. A run of three or more digits as text counting up by one from
0 or 1, words alone besides them, in a table's first column under a header naming no measure,
numbers the lines (analyse/label_sequences ``numbers_lines_as_text``, asked by
analyse/layout): a count written as text stands beside its line's name, and numbers naming
nothing would leave the lines unnamed. The proof reads such a run as labels where each
number stands first on its line with a figure right of it (verify/worded_labels), so it
refuses them rounded on its own. Typed numbers under 'Area' are left as they were read (no
header naming them: counts or codes, the analysis cannot tell).

One block named in the corner of its header row ('All areas | 2012 | 2013' over the areas'
lines, the sheet's title over it): the analysis read a total's words ('All areas') beside
year-sized numbers as a total line of counts, rounded the years (2000, 2020) and the proof,
reading them as the columns' years, refused the copy. A line naming a total beside years one
apart, the block's first line under its title alone, heads the columns unless its numbers are
a sum of the figures under it from the next line down (a total on top: 'All areas' over
areas adding to 2,012 and 2,013, still counts) (analyse/layout ``_names_block_over_years``).

Bands of hours worked under their total line on top ('Hours worked' over 'Total', then 16,
30, 37, maybe '40+'): the proof reads the bands as naming the lines, but the analysis read a
quantity's bands only down to a total under them, so the plan rounded them and the copy was
refused. Under a total on top, a quantity's rising bands name the lines too, a band's open end
closing their run (analyse/label_numbers ``numbers_name_rows``, ``_run_under_top_total``).

Label columns cut off by a spacer column ('Previous children', a blank column, the months, over
0, 1, 2, '3+', typed or as text; 'Hours worked' over 16, 30, 37, '40+'): the label column was
given back to its figures only under a header naming numbers ('Age', 'CPA'), so these were read
as a table of counts of their own and refused (the proof read them as naming lines). Words over
numbers that name lines by their own run (from 0 or 1 beside a band's open end), or a
quantity's rising bands under its name, are given back too (analyse/cut_off
``_bands_under_words``); the table's own reading then tells whether they name its lines.

Ages written as text under a blank corner ('18', '19', '20', '21+', maybe a blank row under
the header, a total line or none): typed, a run of ages one apart names the lines there; as
text, neither side read them (the run starts at 18, not 0 or 1), so they were rounded (20, 20,
20) and the copy verified. WRONG, and the proof passed it. Digits as text counting up by one,
none past 99, from any number, number the lines as the first case's do
(analyse/label_sequences ``numbers_lines_as_text``; verify/worded_labels), and the proof
alone refuses them rounded.

Columns numbered in digits written as text with no 'Total' beside them (found by the
generator: 'Area | "1" | "2" | "3"' over each area's weeks; '18', '19', '20' under 'Area' or a
blank corner): the header line was read as a line of counts written as text, rounded (0, 0, 0;
20, 20, 20) and the copy verified. WRONG, and the proof passed it: its reading of a header row
of numbers asks for a total column or words naming them. Such digits, counting up by one, on
the block's first line under a corner naming no measure, head the columns
(analyse/layout ``_numbers_columns_as_text``, asking analyse/label_sequences); the proof reads
three or more digits as text one apart, none past 99, in touching cells with no figure over
them and a figure under each, after a blank corner or words naming no measure, as the
columns' numbers, and refuses them rounded on its own (verify/text_heads, asked by
verify/kept_labels).
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job
from wpxl.verify.kept_labels import ROUNDED_LABEL


def _job(tmp_path) -> Job:
    return Job(Policy(), Audience(produced=dt.date(2026, 12, 5)), out_dir=tmp_path / "out")


def _lines(output, sheet: str = "Referrals", width: int = 3) -> list[tuple]:
    shown = openpyxl.load_workbook(output, data_only=True)[sheet]
    return [r[:width] for r in shown.iter_rows(values_only=True)]


NUMBERED = {
    "under 'Area'": ("Area", ["Referrals"], False),
    "under a blank corner": (None, ["Referrals"], False),
    "two months": ("Area", ["Apr 2013", "May 2013"], False),
    "a total line": ("Area", ["Referrals"], True),
}
COUNTS = [[13, 27], [85, 4], [5, 9], [41, 30]]


def _numbered_rows(shape: str) -> list[list]:
    corner, heads, total = NUMBERED[shape]
    rows: list[list] = [["Referrals by area"], [], [corner, *heads]]
    rows += [[str(n), *line[: len(heads)]] for n, line in enumerate(COUNTS, start=1)]
    if total:
        rows.append(["Total", *(f"=SUM({c}4:{c}7)" for c in "BC"[: len(heads)])])
    return rows


@pytest.mark.parametrize("shape", NUMBERED)
def test_lines_numbered_in_digits_as_text_keep_their_numbers(tmp_path, shape):
    corner, heads, total = NUMBERED[shape]
    source = write_book(tmp_path / "numbered.xlsx", {"Referrals": _numbered_rows(shape)})
    output, _ = sanitised_beside(source)
    lines = _lines(output, width=1 + len(heads))
    assert (corner, *heads) in lines
    rounded = [[20, 20], [80, 0], [0, 0], [40, 40]]
    assert [line for line in lines if line[0] in ("1", "2", "3", "4")] == [
        (str(n), *line[: len(heads)]) for n, line in enumerate(rounded, start=1)
    ]
    if total:
        assert next(line for line in lines if line[0] == "Total") == ("Total", 140)


def test_counts_written_as_text_under_a_measure_are_still_rounded(tmp_path):
    rows = [["Referrals"], [], ["Referrals", "Job starts"], ["1", 13], ["2", 85], ["3", 5]]
    output, _ = sanitised_beside(write_book(tmp_path / "counted.xlsx", {"Referrals": rows}))
    assert [line for line in _lines(output, width=2) if line[1] in (20, 80, 0)] == [
        (0, 20), (0, 80), (0, 0)
    ]  # fmt: skip


@pytest.mark.parametrize("shape", ["under 'Area'", "under a blank corner", "two months"])
def test_the_proof_alone_refuses_lines_numbered_as_text_rounded(tmp_path, shape):
    written = {(row, 0): 0.0 for row in range(3, 7)}
    found = misread_findings(tmp_path, _numbered_rows(shape), written, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


def _named_block(path, counts: list[list[int]], total: bool):
    rows = [["Referrals by area"], [], ["All areas", 2012, 2013]]
    rows += [[area, *line] for area, line in zip(("Leeds", "York", "Hull"), counts, strict=True)]
    if total:
        rows.append(["Total", *(sum(column) for column in zip(*counts, strict=True))])
    return write_book(path, {"Referrals": rows})


@pytest.mark.parametrize("total", [True, False])
def test_a_block_named_in_the_corner_over_years_keeps_its_years(tmp_path, total):
    source = _named_block(tmp_path / "named.xlsx", [[13, 27], [85, 4], [5, 9]], total)
    lines = _lines(sanitised_beside(source)[0])
    assert ("All areas", 2012, 2013) in lines
    shown = [line for line in lines if line[0] in ("Leeds", "York", "Hull", "Total")]
    assert shown == [("Leeds", 20, 20), ("York", 80, 0), ("Hull", 0, 0)] + (
        [("Total", 100, 20)] if total else []
    )


def test_all_areas_on_top_adding_up_to_year_sized_counts_is_a_total_line(tmp_path):
    source = _named_block(tmp_path / "named.xlsx", [[1000, 27], [1000, 1986], [12, 0]], False)
    output, _ = sanitised_beside(source)
    assert _lines(output)[4:8] == [
        ("All areas", 2020, 2000), ("Leeds", 1000, 20), ("York", 1000, 1980), ("Hull", 20, 0)
    ]  # fmt: skip
    formulas = openpyxl.load_workbook(output)["Referrals"]
    assert formulas["B5"].value == "=SUM(B6:B8)"


@pytest.mark.parametrize("open_end", [True, False])
def test_hours_bands_under_their_total_on_top_keep_their_bands(tmp_path, open_end):
    bands = [16, 30, 37, *(["40+"] if open_end else [])]
    counts = [[13, 27], [85, 4], [5, 9], [41, 30]][: len(bands)]
    total = [sum(column) for column in zip(*counts, strict=True)]
    rows = [["Job starts by hours worked"], [], ["Hours worked", "Apr 2013", "May 2013"],
            ["Total", *total]]  # fmt: skip
    rows += [[band, *line] for band, line in zip(bands, counts, strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "hours.xlsx", {"Referrals": rows}))
    lines = _lines(output)
    rounded = [(16, 20, 20), (30, 80, 0), (37, 0, 0), ("40+", 40, 40)][: len(bands)]
    assert [line for line in lines if line[0] in bands] == rounded
    formulas = openpyxl.load_workbook(output)["Referrals"]
    assert formulas["B6"].value == f"=SUM(B7:B{6 + len(bands)})"


CUT_OFF = {
    "previous children": ("Previous children", [0, 1, 2, "3+"]),
    "previous children as text": ("Previous children", ["0", "1", "2", "3+"]),
    "hours worked": ("Hours worked", [16, 30, 37, "40+"]),
}


@pytest.mark.parametrize("shape", CUT_OFF)
def test_bands_cut_off_by_a_spacer_column_keep_their_labels(tmp_path, shape):
    corner, bands = CUT_OFF[shape]
    counts = [[13, 27], [85, 4], [5, 9], [41, 30]]
    rows = [["Referrals by band"], [], [corner, None, "Apr 2013", "May 2013"]]
    rows += [[band, None, *line] for band, line in zip(bands, counts, strict=True)]
    rows.append(["Total", None, 144, 70])
    output, _ = sanitised_beside(write_book(tmp_path / "spacer.xlsx", {"Referrals": rows}))
    lines = _lines(output, width=4)
    assert (corner, None, "Apr 2013", "May 2013") in lines
    shown = [line for line in lines if line[0] in [*bands, "Total"]]
    assert shown == [
        (bands[0], None, 20, 20), (bands[1], None, 80, 0), (bands[2], None, 0, 0),
        (bands[3], None, 40, 40), ("Total", None, 140, 60)
    ]  # fmt: skip


def _ages_rows(blank_row: bool, total: bool) -> list[list]:
    counts = [[13, 27], [85, 4], [5, 9], [41, 30]]
    rows: list[list] = [["Referrals by age"], [], [None, "Apr 2013", "May 2013"]]
    rows += [[]] if blank_row else []
    rows += [[age, *line] for age, line in zip(AGES, counts, strict=True)]
    return rows + ([["Total", 144, 70]] if total else [])


AGES = ["18", "19", "20", "21+"]


@pytest.mark.parametrize(("blank_row", "total"), [(True, True), (False, True), (False, False)])
def test_ages_as_text_under_a_blank_corner_keep_their_ages(tmp_path, blank_row, total):
    source = write_book(tmp_path / "ages.xlsx", {"Referrals": _ages_rows(blank_row, total)})
    lines = _lines(sanitised_beside(source)[0])
    assert [line for line in lines if line[0] in [*AGES, "Total"]] == [
        ("18", 20, 20), ("19", 80, 0), ("20", 0, 0), ("21+", 40, 40)
    ] + ([("Total", 140, 60)] if total else [])  # fmt: skip


@pytest.mark.parametrize("total", [True, False])
def test_the_proof_alone_refuses_ages_as_text_rounded(tmp_path, total):
    written = {(row, 0): 20.0 for row in range(3, 6)}
    found = misread_findings(tmp_path, _ages_rows(False, total), written, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


HEADS = {
    "weeks under 'Area'": ("Area", ["1", "2", "3"]),
    "weeks under a blank corner": (None, ["1", "2", "3"]),
    "ages under 'Area'": ("Area", ["18", "19", "20"]),
}


def _headed_rows(shape: str) -> list[list]:
    corner, heads = HEADS[shape]
    counts = [[13, 27, 5], [85, 4, 33], [5, 9, 71]]
    rows: list[list] = [["Referrals by week"], [], [corner, *heads]]
    areas = ("Leeds", "York", "Hull")
    return rows + [[area, *line] for area, line in zip(areas, counts, strict=True)]


@pytest.mark.parametrize("shape", HEADS)
def test_columns_numbered_in_digits_as_text_keep_their_numbers(tmp_path, shape):
    corner, heads = HEADS[shape]
    source = write_book(tmp_path / "heads.xlsx", {"Referrals": _headed_rows(shape)})
    lines = _lines(sanitised_beside(source)[0], width=4)
    assert (corner, *heads) in lines
    assert [line for line in lines if line[0] in ("Leeds", "York", "Hull")] == [
        ("Leeds", 20, 20, 0), ("York", 80, 0, 40), ("Hull", 0, 0, 80)
    ]  # fmt: skip


def test_counts_written_as_text_under_a_measure_s_corner_are_still_rounded(tmp_path):
    rows = [["Referrals"], [], ["Referrals", "1", "2", "3"], ["Leeds", 13, 27, 5]]
    output, _ = sanitised_beside(write_book(tmp_path / "counted.xlsx", {"Referrals": rows}))
    assert ("Referrals", 0, 0, 0) in _lines(output, width=4)


@pytest.mark.parametrize("shape", HEADS)
def test_the_proof_alone_refuses_columns_numbered_as_text_rounded(tmp_path, shape):
    rounded = [0.0, 0.0, 0.0] if HEADS[shape][1][0] == "1" else [20.0, 20.0, 20.0]
    written = {(2, col): value for col, value in enumerate(rounded, start=1)}
    found = misread_findings(tmp_path, _headed_rows(shape), written, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}
