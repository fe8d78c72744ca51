"""Marks, shares and dates beside counts, found by building them as an analyst would (session
31, the marks hunt).

A count written with its mark in brackets, as ONS tables write a provisional or revised figure
('301 [p]', '301 (p)', '45 [r]'), in a table with a Total line: refused, telling the user the
total 'is more than the sum of its parts'. Only a mark written bare ('301p', '14 r') marked a
figure, so the bracketed one was read as words, no part of the column's sum, and the total
seemed to count more than its parts. A figure with one or two letters in brackets after it is a
marked figure now (analyse/values ``_MARKED_FIGURE``): removed as a figure that cannot be
rounded, and its column's total with it, as '301p' was. The proof reads such a figure as a
number with a mark (verify/values ``_MARKED``), so a copy carrying it is refused. A year so
marked alone over a table's only column of figures ('Area | 2012 [r]', no Total column, or
'2012 r', which was blanked before this session), read first as a marked figure and removed,
heads its column as the same year unmarked does (analyse/values ``marked_years``: one year is
enough on a table's first line).

Counts pasted over a column's date format under a measure's words, beside the lines' CPA
numbers ('CPA | Referrals | Attachments' over 1 | 21/11/2012 | 301, the Referrals shown as
dates): the plan read the dates as the lines' keys and carried them as dates; the proof read
them as counts and refused the copy (nothing leaked, but the run was refused for no good
reason). A whole-day date under words naming a measure and saying it counts ('Referrals',
'No. of referrals', 'Job starts'; not 'Referral month', 'Date of first referral', 'Month' or
a bare 'Job start'), with nothing of a date or a moment, a plain figure on its line, is read
as its serial number in a number format (analyse/pasted_dates), so it is rounded (41,234 to
41,240, shown as a number) and totalled like any count, and an outcome's goes as outcomes go;
the proof reads the input so itself and lets such a count be rounded (verify/dated_measures
``pasted_count``, asked by verify/kept_figures). Carried as dates, the copy is refused still.
In a workbook counting its days from 1904 (old Mac Excel) those counts went out wrong and
verified (41,234 as 42,700): wpxl.read reads its dates in that system, and both sides took a
date back to the 1900 system's serial. There they stay dates (Sheet.date1904, read by
analyse/pasted_dates and verify/dated_measures), and the proof refuses them as it did before.

A total over a 'c' said to be dropped while one over '*' was rebuilt: not reproduced. Every
marker is read alike: a total the shown figures add up to is rebuilt over the rounded cells,
any other removed (pinned below).

A typed share of the total beside counts ('% of total', 'Share', '% of all', 'Percentage of
total' over 0.334 beside 301 of 901): removed as 'a rate wpxl cannot work out from shared
figures', since its header names no second measure. Each share is its line's count over the
column's one total line (the total line's own share, that total over itself): where exactly
one column of counts explains every typed value to its typed precision, the shares are
rebuilt as formulas over the rounded cells (=B4/B7, and =B7/B7 for 100%; analyse/
total_shares, asked by analyse/ratios). A share of outcome counts stays removed: the plan
refuses any rate over an outcome figure, and 'Share of outcomes' names a measure, no share of
the total.
"""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from typer.testing import CliRunner

from tests.builders import write_book
from tests.e2e.runs import copy_formulas, copy_lines, sanitised_beside
from tests.misread import misread_findings
from wpxl import analyse
from wpxl.analyse import pasted_dates
from wpxl.cli import app
from wpxl.model import PLAIN, OutputCell, Plan
from wpxl.verify.spelt import UNROUNDED


def _marked_rows(mark: str) -> list[list]:
    return [
        ["Area", "Referrals", "Attachments"],
        ["Leeds", 301, 120],
        ["York", mark, 95],
        ["Hull", 88, 40],
        ["Total", 696, 255],
    ]


@pytest.mark.parametrize("mark", ["307 (pr)"])
def test_a_count_with_its_mark_in_brackets_is_removed_with_its_total(tmp_path, mark):
    source = write_book(tmp_path / "marked.xlsx", {"Referrals": _marked_rows(mark)})
    output, printed = sanitised_beside(source)
    lines = copy_lines(output)
    assert lines[3:7] == [
        ("Leeds", 300, 120, None),
        ("York", None, 100, None),
        ("Hull", 80, 40, None),
        ("Total", None, 260, None),
    ]
    assert copy_formulas(output) == {"C7": "=SUM(C4:C6)"}
    assert "written with a symbol" in printed
    said = printed.replace("'Referrals' B3", "").replace(str(source.parent), "")  # its folder
    assert "307" not in said


@pytest.mark.parametrize("mark", ["307 [p]", "307 (p)", "307[r]", "307p"])
def test_a_count_with_a_revision_mark_is_rounded_under_its_total(tmp_path, mark):
    """Session 41: a revised, provisional or estimated figure is the count it marks
    (analyse/marked_counts): rounded, totalled, its mark listed on the cover."""
    source = write_book(tmp_path / "marked.xlsx", {"Referrals": _marked_rows(mark)})
    output, printed = sanitised_beside(source)
    assert copy_lines(output)[3:7] == [
        ("Leeds", 300, 120, None),
        ("York", 300, 100, None),
        ("Hull", 80, 40, None),
        ("Total", 680, 260, None),
    ]
    assert copy_formulas(output) == {"B7": "=SUM(B4:B6)", "C7": "=SUM(C4:C6)"}
    assert "a rounded cell cannot hold its mark" in printed
    said = printed.replace("'Referrals' B3", "").replace(str(source.parent), "")  # its folder
    assert "307" not in said


@pytest.mark.parametrize("mark", ["307 [p]", "307 (r)"])
def test_the_proof_alone_refuses_a_bracketed_mark_carried(tmp_path, mark):
    found = misread_findings(tmp_path, _marked_rows(mark), {(2, 1): mark}, "kept")
    assert UNROUNDED in {f.kind for f in found}


@pytest.mark.parametrize("year", ["2012 [r]", "2012 (p)", "2012 r", "2012p"])
@pytest.mark.parametrize("total", [True, False])
def test_a_lone_marked_year_heads_its_column(tmp_path, year, total):
    head = ["Area", year, *(["Total"] if total else [])]
    rows = [head] + [
        [area, count, *([f"=SUM(B{n}:B{n})"] if total else [])]
        for n, (area, count) in enumerate([("Leeds", 301), ("York", 210), ("Hull", 88)], 2)
    ]
    source = write_book(tmp_path / "year.xlsx", {"Referrals": rows})
    output, printed = sanitised_beside(source)
    lines = copy_lines(output, width=2)
    assert lines[2:6] == [("Area", year), ("Leeds", 300), ("York", 220), ("Hull", 80)]
    assert "warning:" not in printed


def carried_as_dates(plan: Plan) -> None:
    """A change carrying the counts of column B of 'Referrals' (input rows 4 to 6) as the dates
    the input showed them as, as a plan reading them as the lines' keys would."""
    cells = next(s for s in plan.sheets if s.name == "Referrals").cells
    for row, serial in zip((5, 6, 7), PASTED, strict=True):
        cells[(row, 1)] = OutputCell(float(serial), kind="kept", style=DATE_STYLE)


PASTED = [41234, 41301, 41377]  # referrals, shown under a date format as 21/11/2012 ...
DATE_STYLE = replace(PLAIN, number_format="dd/mm/yyyy")


def _pasted_book(path, head: str = "Referrals", fmt: str = "dd/mm/yyyy", total: bool = True):
    """Counts pasted over a column's date format beside the lines' CPA numbers."""
    rows = [["Referrals by CPA"], [], ["CPA", head, "Attachments"]]
    rows += [[n, count, 300 + n] for n, count in enumerate(PASTED, 1)]
    if total:
        rows.append(["Total", None, 906])
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    for row in rows:
        sheet.append(row)
    for (cell,) in sheet.iter_rows(min_row=4, max_row=6, min_col=2, max_col=2):
        cell.number_format = fmt
    book.save(path)
    return path


@pytest.mark.parametrize("total", [True, False])
@pytest.mark.parametrize("fmt", ["dd/mm/yyyy", "mmm yyyy"])
@pytest.mark.parametrize("head", ["Referrals", "Job starts", "No. of referrals"])
def test_counts_pasted_over_a_date_format_under_a_measure_are_rounded(tmp_path, head, fmt, total):
    source = _pasted_book(tmp_path / "pasted.xlsx", head, fmt, total)
    output, printed = sanitised_beside(source)
    lines = copy_lines(output)
    assert lines[5:8] == [(1, 41240, 300, None), (2, 41300, 300, None), (3, 41380, 300, None)]
    sheet = openpyxl.load_workbook(output)["Referrals"]
    assert all(sheet.cell(row, 2).number_format == "#,##0" for row in (6, 7, 8))
    assert all(not sheet.cell(row, 2).is_date for row in (6, 7, 8))
    if total:
        assert copy_formulas(output) == {"C9": "=SUM(C6:C8)"}
    assert "warning:" not in printed


def test_outcomes_pasted_over_a_date_format_go_as_outcomes_do(tmp_path):
    source = _pasted_book(tmp_path / "outcomes.xlsx", "Job outcomes")
    output, _ = sanitised_beside(source)
    lines = copy_lines(output)
    assert [line[:3] for line in lines[5:8]] == [(1, None, 300), (2, None, 300), (3, None, 300)]
    assert not any(
        41234 <= (v if isinstance(v, int) else 0) <= 41377 for line in lines for v in line
    )


@pytest.mark.parametrize("head", ["Referral month", "Date of first referral", "Month"])
def test_dates_under_words_of_a_date_stay_dates(tmp_path, head):
    source = _pasted_book(tmp_path / "dated.xlsx", head, total=False)
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    assert [sheet.cell(row, 2).is_date for row in (6, 7, 8)] == [True] * 3


@pytest.mark.parametrize("marker", ["c", "[c]", "*", "..", "x", "-"])
@pytest.mark.parametrize("total", [389, 393])
def test_a_total_over_any_suppression_marker_is_read_alike(tmp_path, marker, total):
    """A pin: the brief said a total over 'c' was dropped while one over '*' was rebuilt; no
    shape tried (a total line, a Total column, formulas, SUBTOTAL, another sheet's SUM, the
    rebuild policy) read them apart. Whatever the marker, a total the shown figures add up to
    (389 over 301, the marker, 88: the marker stands for 0 or for no part of it) hides nothing
    and is rebuilt over the rounded cells; any other (393) would give the hidden figure back
    rebuilt from the rest, and is removed."""
    rows = _marked_rows(marker)
    rows[4][1] = total
    source = write_book(tmp_path / "suppressed.xlsx", {"Referrals": rows})
    output, printed = sanitised_beside(source)
    rebuilt = total == 389
    assert copy_lines(output)[4:7] == [("York", marker, 100, None), ("Hull", 80, 40, None),
                                   ("Total", 380 if rebuilt else None, 260, None)]  # fmt: skip
    removed = "removed: 'Referrals' B5: a total over a cell the source suppressed"
    assert (removed in printed) is not rebuilt


def _shares_book(path, head: str, measure: str = "Job starts", typed: bool = True):
    """Counts by payment group with each one's share of the total beside them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    sheet.append(["Payment group", measure, head])
    for row, (group, count) in enumerate(
        [("JSA 18-24", 301), ("JSA 25+", 512), ("ESA Flow", 88)], 2
    ):
        sheet.append([group, count, round(count / 901, 4) if typed else f"=B{row}/B5"])
    sheet.append(["Total", "=SUM(B2:B4)", 1 if typed else "=B5/B5"])
    for (cell,) in sheet.iter_rows(min_row=2, min_col=3, max_col=3):
        cell.number_format = "0.0%"
    book.save(path)
    return path


@pytest.mark.parametrize("typed", [True, False])
@pytest.mark.parametrize("head", ["% of total", "Share", "% of all", "Percentage of total"])
def test_a_typed_share_of_the_total_is_rebuilt_over_the_rounded_counts(tmp_path, head, typed):
    source = _shares_book(tmp_path / "shares.xlsx", head, typed=typed)
    output, printed = sanitised_beside(source)
    assert copy_formulas(output) == {
        "B7": "=SUM(B4:B6)", "C4": "=B4/B7", "C5": "=B5/B7", "C6": "=B6/B7", "C7": "=B7/B7",
    }  # fmt: skip
    shown = copy_lines(output)
    assert [line[2] for line in shown[3:7]] == [300 / 900, 520 / 900, 80 / 900, 1]
    assert "warning:" not in printed


@pytest.mark.parametrize("head", ["Share of outcomes", "% of total"])
def test_a_share_beside_outcomes_gives_no_volume_back(tmp_path, head):
    rows = [["Payment group", "Job starts", "Job outcomes", head]]
    for group, starts, outcomes in [("JSA 18-24", 301, 41), ("JSA 25+", 512, 77), ("ESA", 88, 9)]:
        rows.append([group, starts, outcomes, round(outcomes / 127, 4)])
    rows.append(["Total", 901, 127, 1])
    source = write_book(tmp_path / "outcomes.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(output, data_only=True)
    shown = [v for ws in book for r in ws.iter_rows(values_only=True) for v in r]
    assert not {41, 77, 9, 127} & {v for v in shown if isinstance(v, int | float)}
    formulas = [
        f for ws in openpyxl.load_workbook(output) for f in copy_formulas(output, ws.title).values()
    ]
    assert not [f for f in formulas if "/" in f and "D" in f.split("/")[1]]


def _mac_book(path):
    """The pasted counts in a workbook counting its days from 1904, as old Mac Excel did."""
    book = openpyxl.load_workbook(_pasted_book(path))
    book.epoch = CALENDAR_MAC_1904
    book.save(path)
    return path


def _refused(source) -> str:
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(source.parent)])
    assert result.exit_code == 1
    assert not (source.parent / f"{source.stem}-sanitised.xlsx").exists()
    return result.stderr


def test_counts_pasted_over_dates_of_a_book_counting_from_1904_are_refused_not_misread(tmp_path):
    """Its serials are no 1900 system's, which both sides take a date back to: read as counts,
    41,234 referrals went out as 42,700, verified. The dates stay dates and the proof refuses
    them, telling the user to give the cells a number format."""
    assert "number format instead of a date format" in _refused(_mac_book(tmp_path / "mac.xlsx"))


def test_the_proof_alone_refuses_counts_from_1904_read_back_as_the_1900_systems(
    tmp_path, monkeypatch
):
    reading = pasted_dates.pasted_counts
    monkeypatch.setattr(  # the plan's reading as it was: the 1904 system's serials taken for 1900's
        analyse,
        "pasted_counts",
        lambda sheet, words: reading(replace(sheet, date1904=False), words),
    )
    refused = _refused(_mac_book(tmp_path / "mac.xlsx"))
    assert "'Referrals' B6: a figure that is not the input's at its place" in refused
