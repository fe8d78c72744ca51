"""Session 34 (shares): percentage and share columns beside counts, built as analysts type them
and read cell by cell (and recalculated in LibreOffice) against the guidance.

A share of rounded referrals, attachments or job starts gives nothing back that the rounded
counts beside it do not show, so a share column is rebuilt over the copy's rounded cells as a
live formula (=B5/B9, the input's percentage format, the formula's value cached); a share
worked out from the unrounded counts, beside a rounded total, gives each count back and must
never be carried. Formula shares (=B4/B$10) were rebuilt so already, and so were typed shares
under a header naming nothing but a share of the total ('% of total', 'Share', session 31) or
two measures ('Job starts as % of referrals'). What this hunt found removed, each 'a rate wpxl
cannot work out from shared figures':

- A share pasted as values from Excel's working (37 of 116 stored as 0.3189655172413793, as
  openpyxl and pandas write a float to 16 digits) under '% of total': a typed share is matched
  to its counts to half a unit of its last decimal place, and a float's own rounding is a
  little more than that, so the one pair of counts giving it was never found. A share is now
  matched to a float's precision at least (analyse/ratios ``_tolerance``).
- A share headed by its counts' own measure, the commonest header of all: 'Referrals %', 'Job
  starts %', 'Job starts (%)', 'Share of referrals', '% of starts' (and the corpus' own
  'Proportion of referrals', whose test held its removal as right). Its header names one
  measure and no 'of total', so neither reading took it. It is a share of the total now where
  the column of counts it divides names the same measure and no other (analyse/total_shares
  ``share_words``); a header naming two measures is a rate between them, read as before.
- A line of shares across a table ('% of referrals' under 'Referrals' by payment group, each
  over the line's Total column): only columns of shares were looked for. Lines are read as
  columns are now, each share its column's figure on one other line over that line's total.
- Shares of each line's own total headed by the column they share ('JSA %' and 'ESA %' beside
  'JSA | ESA | Total'): rebuilt as formulas, removed when typed. Each is now its line's figure
  in the column its header names over the line's figure in the one column totalling every line
  (analyse/line_shares).

- A share of a column with no Total line, typed under '% of total' or written as
  =B4/SUM(B$4:B$7): a share of the total was only looked for over a total line, and the
  formula is no A/B. Each is now its line's count over the SUM of the column's one unbroken run
  of counts (analyse/shares_of_sums, ``Table.share_sums``), written =B5/SUM(B5:B8) over the
  rounded cells (plan/share_sums). The proof reads that formula itself now (verify/formulas
  ``share_of_sum_cells``, verify/totals): its value must be the copy's numerator over the sum
  of the copy's plain figures it names, so a share cached from the unrounded counts is refused.

A share of outcomes ('Job outcomes %' beside job outcomes) is never rebuilt from counts on the
volume sheet: the plan refuses any rate over an outcome figure and the outcomes' shares go to
the percentage sheet, as before. A conversion rate between two measures of rounded counts
(starts over referrals) was already rebuilt where its header names both; it stays so: both its
figures are shown rounded beside it, so the rate gives back nothing the copy does not show.

For shares over a total line the proof needed no change: it accepts a rebuilt share (a rate
whose formula gives its value over the copy's cells) and refuses a share whose cached value was
worked from the unrounded counts ('a rate whose formula does not give its value'), or typed as
a plain value ('a rate not worked out from the copy's figures'); both pinned here.

Left as it was here: a share typed as a whole percentage (25 under '% of starts') was removed
still, with its reason; the leftovers hunt rebuilds it as B4/B8*100, which the proof reads
(tests/e2e/test_hunted_s34_leftovers.py).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan

GROUPS = [("JSA 18-24", 143, 37), ("JSA 25+", 311, 58), ("ESA Flow", 87, 12), ("ESA Ex-IB", 54, 9)]
REFERRED = sum(g[1] for g in GROUPS)
STARTED = sum(g[2] for g in GROUPS)


def _book(path: Path, lines: list[list], percent: dict[int, str], first: int = 3) -> Path:
    """A sheet 'Referrals' of ``lines``, the columns ``percent`` gives (by number from 1) in
    that percentage format from line ``first`` on, as an analyst formats a share column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    for line in lines:
        sheet.append(line)
    for row in sheet.iter_rows(min_row=first):
        for cell in row:
            if cell.column in percent and cell.value is not None:
                cell.number_format = percent[cell.column]
    book.save(path)
    return path


def _copy(output: Path) -> tuple[openpyxl.Workbook, openpyxl.Workbook]:
    return openpyxl.load_workbook(output), openpyxl.load_workbook(output, data_only=True)


def _column(book: openpyxl.Workbook, col: str, rows: range) -> list:
    return [book["Referrals"][f"{col}{r}"].value for r in rows]


def _shares_of_starts(header: str) -> list[list]:
    return [
        ["Job starts by payment group"],
        ["Payment group", "Job starts", header],
        *[[g, s, s / STARTED] for g, _, s in GROUPS],
        ["Total", STARTED, 1],
    ]


def test_a_share_pasted_at_a_floats_precision_is_rebuilt_over_the_rounded_counts(tmp_path):
    source = _book(tmp_path / "pasted.xlsx", _shares_of_starts("% of total"), {3: "0%"})
    assert openpyxl.load_workbook(source)["Referrals"]["C3"].value == 0.3189655172413793
    output, printed = sanitised_beside(source)
    formulas, cached = _copy(output)
    lines = range(5, 10)
    assert _column(formulas, "C", lines) == [f"=B{r}/B9" for r in lines]
    assert _column(cached, "B", range(5, 9)) == [40, 60, 20, 0]
    assert _column(cached, "C", lines) == pytest.approx([40 / 120, 0.5, 20 / 120, 0, 1])
    assert all(formulas["Referrals"][f"C{r}"].number_format == "0%" for r in lines)
    assert "removed" not in printed


@pytest.mark.parametrize(
    "header", ["Job starts %", "Job starts (%)", "% of starts", "Share of job starts", "Starts %"]
)
def test_a_share_headed_by_its_counts_measure_is_rebuilt(tmp_path, header):
    source = _book(tmp_path / "named.xlsx", _shares_of_starts(header), {3: "0.0%"})
    output, printed = sanitised_beside(source)
    formulas, cached = _copy(output)
    assert _column(formulas, "C", range(5, 10)) == [f"=B{r}/B9" for r in range(5, 10)]
    assert _column(cached, "C", range(5, 9)) == pytest.approx([1 / 3, 0.5, 1 / 6, 0])
    assert "removed" not in printed


def test_shares_after_each_measure_are_each_over_their_own_total(tmp_path):
    lines = [
        ["Referrals and job starts by payment group"],
        ["Payment group", "Referrals", "Referrals %", "Job starts", "Job starts %"],
        *[[g, r, r / REFERRED, s, s / STARTED] for g, r, s in GROUPS],
        ["Total", REFERRED, 1, STARTED, 1],
    ]
    source = _book(tmp_path / "after.xlsx", lines, {3: "0.0%", 5: "0.0%"})
    output, printed = sanitised_beside(source)
    formulas, cached = _copy(output)
    assert _column(formulas, "C", range(5, 10)) == [f"=B{r}/B9" for r in range(5, 10)]
    assert _column(formulas, "E", range(5, 10)) == [f"=D{r}/D9" for r in range(5, 10)]
    assert _column(cached, "B", range(5, 10)) == [140, 320, 80, 60, 600]
    assert _column(cached, "C", range(5, 9)) == pytest.approx([140 / 600, 320 / 600, 80 / 600, 0.1])
    assert "removed" not in printed


def test_a_share_of_another_measure_is_not_read_as_a_share_of_its_total(tmp_path):
    # 'Referrals %' beside job starts only: no column of referrals to divide
    lines = [
        ["Job starts by payment group"],
        ["Payment group", "Job starts", "Referrals %"],
        *[[g, s, s / STARTED] for g, _, s in GROUPS],
        ["Total", STARTED, 1],
    ]
    source = _book(tmp_path / "other.xlsx", lines, {3: "0%"})
    output, printed = sanitised_beside(source)
    formulas, _ = _copy(output)
    assert _column(formulas, "C", range(5, 10)) == [None] * 5
    assert "'Referrals' C3:C7: a rate wpxl cannot work out from shared figures" in printed


def test_a_line_of_shares_across_the_table_is_rebuilt_over_the_lines_total(tmp_path):
    lines = [
        ["Referrals by payment group"],
        ["Measure", *[g for g, _, _ in GROUPS], "Total"],
        ["Referrals", *[r for _, r, _ in GROUPS], REFERRED],
        ["% of referrals", *[r / REFERRED for _, r, _ in GROUPS], 1],
    ]
    source = _book(tmp_path / "across.xlsx", lines, {c: "0%" for c in range(2, 7)}, first=4)
    output, printed = sanitised_beside(source)
    formulas, cached = _copy(output)
    shares = [formulas["Referrals"].cell(6, c).value for c in range(2, 7)]
    assert shares == [f"={col}5/F5" for col in "BCDEF"]
    assert [cached["Referrals"].cell(6, c).value for c in range(2, 7)] == pytest.approx(
        [140 / 600, 320 / 600, 80 / 600, 0.1, 1]
    )
    assert formulas["Referrals"]["B6"].number_format == "0%"
    assert "removed" not in printed


def test_shares_of_each_lines_total_headed_by_their_column_are_rebuilt(tmp_path):
    months = [("April", 121, 44), ("May", 133, 51), ("June", 98, 37)]
    jsa, esa = sum(m[1] for m in months), sum(m[2] for m in months)
    lines = [
        ["Referrals by month and payment group"],
        ["Month", "JSA", "ESA", "Total", "JSA %", "ESA %"],
        *[[m, j, e, j + e, j / (j + e), e / (j + e)] for m, j, e in months],
        ["Total", jsa, esa, jsa + esa, jsa / (jsa + esa), esa / (jsa + esa)],
    ]
    source = _book(tmp_path / "ofline.xlsx", lines, {5: "0%", 6: "0%"})
    output, printed = sanitised_beside(source)
    formulas, cached = _copy(output)
    assert _column(formulas, "E", range(5, 9)) == [f"=B{r}/D{r}" for r in range(5, 9)]
    assert _column(formulas, "F", range(5, 9)) == [f"=C{r}/D{r}" for r in range(5, 9)]
    assert _column(cached, "E", range(5, 9)) == pytest.approx([0.75, 0.7, 100 / 140, 0.72])
    assert "removed" not in printed


def test_a_share_of_outcomes_beside_shares_of_starts_is_never_rebuilt_from_counts(tmp_path):
    outcomes = [13, 11, 9, 7]
    lines = [
        ["Job starts and outcomes by payment group"],
        ["Payment group", "Job starts", "Job starts %", "Job outcomes", "Job outcomes %"],
        *[[g, s, s / STARTED, o, o / 40] for (g, _, s), o in zip(GROUPS, outcomes, strict=True)],
        ["Total", STARTED, 1, 40, 1],
    ]
    source = _book(tmp_path / "outcomes.xlsx", lines, {3: "0.0%", 5: "0.0%"})
    output, printed = sanitised_beside(source)
    formulas, cached = _copy(output)
    assert _column(formulas, "C", range(5, 10)) == [f"=B{r}/B9" for r in range(5, 10)]
    assert _column(formulas, "D", range(5, 10)) == [None] * 5
    assert _column(formulas, "E", range(5, 10)) == [None] * 5
    assert "'Referrals' E3:E7: a rate that uses outcome figures" in printed
    assert "Job outcomes %" in cached.sheetnames  # shown as shares of outcomes there


def _unrounded_shares(formula: bool):
    """A change writing the shares of column C (rows 3-6 of the input) as the input's unrounded
    starts over their unrounded total: as the rebuilt formula caching them, or typed."""

    def change(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        for row, (_, _, started) in enumerate(GROUPS, start=2 + BANNER):
            held = cells[(row, 2)]
            share = started / STARTED
            cells[(row, 2)] = (
                replace(held, value=share)
                if formula
                else replace(held, value=share, formula=None, kind="kept")
            )

    return change


def test_the_proof_accepts_the_rebuilt_shares_and_refuses_unrounded_ones(tmp_path):
    source = _book(tmp_path / "proof.xlsx", _shares_of_starts("Job starts %"), {3: "0%"})
    assert proved(tmp_path, source) == []
    cached = proved(tmp_path, source, _unrounded_shares(formula=True))
    assert {f.kind for f in cached} == {"a rate whose formula does not give its value"}
    assert {f.part for f in cached} >= {"'Referrals' C5", "'Referrals' C7"}  # 37/116, 12/116
    typed = proved(tmp_path, source, _unrounded_shares(formula=False))
    assert {f.part for f in typed} == {f"'Referrals' C{r}" for r in range(5, 9)}
    assert all("not worked out from the copy's figures" in f.kind for f in typed)


def _no_total(share: str) -> list[list]:
    """Job starts by payment group with no Total line, each with its share: typed (``share``
    empty) or the formula ``share`` gives for line ``n``."""
    return [
        ["Job starts by payment group"],
        ["Payment group", "Job starts", "% of total"],
        *[
            [g, s, share.format(n=n) if share else s / STARTED]
            for n, (g, _, s) in enumerate(GROUPS, start=3)
        ],
    ]


@pytest.mark.parametrize("share", ["", "=B{n}/SUM(B$3:B$6)", "=B{n}/SUM($B$3:$B$6)"])
def test_a_share_of_a_column_with_no_total_line_is_rebuilt_over_its_sum(tmp_path, share):
    source = _book(tmp_path / "untotalled.xlsx", _no_total(share), {3: "0.0%"})
    output, printed = sanitised_beside(source)
    formulas, cached = _copy(output)
    assert _column(formulas, "C", range(5, 9)) == [f"=B{r}/SUM(B5:B8)" for r in range(5, 9)]
    assert _column(cached, "C", range(5, 9)) == pytest.approx([1 / 3, 0.5, 1 / 6, 0])
    assert formulas["Referrals"]["C5"].number_format == "0.0%"
    assert "removed" not in printed


def test_a_share_over_a_sum_of_other_cells_is_still_removed(tmp_path):
    # over the first three groups only: no share of the column
    source = _book(tmp_path / "part.xlsx", _no_total("=B{n}/SUM(B$3:B$5)"), {3: "0.0%"})
    output, printed = sanitised_beside(source)
    formulas, _ = _copy(output)
    assert _column(formulas, "C", range(5, 9)) == [None] * 4
    assert "'Referrals' C3:C6: a rate wpxl cannot work out from shared figures" in printed


def test_the_proof_refuses_a_share_of_a_sum_worked_from_the_unrounded_counts(tmp_path):
    source = _book(tmp_path / "proofsum.xlsx", _no_total(""), {3: "0%"})
    assert proved(tmp_path, source) == []
    found = proved(tmp_path, source, _unrounded_shares(formula=True))
    assert {f.kind for f in found} == {"a rate whose formula does not give its value"}
    assert {f.part for f in found} >= {"'Referrals' C5", "'Referrals' C7"}


def test_the_proof_refuses_a_share_of_a_sum_over_a_total(tmp_path):
    source = _book(tmp_path / "proofover.xlsx", _no_total(""), {3: "0%"})

    def over_total(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[(6 + BANNER, 1)] = OutputCell(120.0, "SUM(B5:B8)", kind="total")
        held = cells[(2 + BANNER, 2)]
        cells[(2 + BANNER, 2)] = replace(held, value=40 / 240, formula="B5/SUM(B5:B9)")

    found = proved(tmp_path, source, over_total)
    assert "a share over cells that are not the copy's plain figures" in {f.kind for f in found}
