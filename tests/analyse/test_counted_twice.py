"""A SUM over a subtotal and the lines it adds up counts those lines twice (analyse/counted_twice).

'Grand total' =SUM(B4:B9) over Leeds, York, 'Yorkshire total', Hull, Grimsby, 'Humber total'
adds each area twice. The analysis read the grand total as a tree, over the two subtotals (the
right sum, half the source's), and the proof refused the copy as a total over other cells than
the input's, with a sentence listing four things it might be. The source is wrong, and no copy
can be both honest and within rounding of it: the refusal now names the total, the subtotals
inside it and the cells counted twice, before anything is written, and lists every such line
of the workbook at once. A SUBTOTAL over the same range counts nothing twice (Excel leaves the
SUBTOTALs inside out), and a SUM over the subtotals alone is the tree it reads: both still go
through.
"""

from __future__ import annotations

import openpyxl
from typer.testing import CliRunner

from tests.builders import write_book
from tests.e2e.runs import copy_formulas, copy_lines, sanitised_beside
from wpxl.cli import app

AREAS = [["Leeds", 121, 93], ["York", 57, 44], None, ["Hull", 77, 31], ["Grimsby", 12, 19], None]


def _rows(subtotal: str, grand: str) -> list[list]:
    """Referrals by area and month, two regions each with its subtotal line, and a grand total;
    ``subtotal`` and ``grand`` give each formula with {c} for the column and {a}..{b} rows."""
    rows: list[list] = [["Referrals by area"], [], ["Area", "Apr 2013", "May 2013"]]
    for at, line in enumerate(AREAS, start=4):
        if line is None:
            name = "Yorkshire total" if at == 6 else "Humber total"
            first = at - 2
            rows.append([name, *(subtotal.format(c=c, a=first, b=at - 1) for c in "BC")])
        else:
            rows.append(line)
    rows.append(["Grand total", *(grand.format(c=c) for c in "BC")])
    return rows


def _cached(subtotal_sums: bool = True) -> dict[tuple[str, str], int]:
    """Each formula's result as Excel saved it (the grand total as written: twice the areas
    under SUM over everything, once under SUBTOTAL or over the subtotals)."""
    cached = {}
    for col, month in (("B", 1), ("C", 2)):
        york = AREAS[0][month] + AREAS[1][month]
        humber = AREAS[3][month] + AREAS[4][month]
        cached[("Referrals", f"{col}6")] = york
        cached[("Referrals", f"{col}9")] = humber
        cached[("Referrals", f"{col}10")] = (york + humber) * (1 if subtotal_sums else 2)
    return cached


def _refusal(source) -> str:
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(source.parent)])
    assert result.exit_code == 1
    assert not (source.parent / f"{source.stem}-sanitised.xlsx").exists()
    return result.stderr


def test_a_sum_over_subtotals_and_their_lines_is_refused_naming_them(tmp_path):
    rows = _rows("=SUM({c}{a}:{c}{b})", "=SUM({c}4:{c}9)")
    source = write_book(tmp_path / "twice.xlsx", {"Referrals": rows}, cached=_cached(False))
    assert _refusal(source) == (
        "wpxl: twice.xlsx: sheet 'Referrals', cell B10:C10: the total at B10 adds up the "
        "subtotals B6, B9 and cells they add up (B4, B5, B7, B8), so the source counts those "
        "cells twice. Make the total add up either the lines or their subtotals (SUBTOTAL "
        "leaves the subtotals inside out), then try again.\n"
    )


def test_a_total_column_over_a_quarter_and_its_months_is_refused(tmp_path):
    """Across: 'Total' =SUM(B4:E4) over April, May, June and 'Q1' (=SUM(B4:D4)) beside them."""
    rows: list[list] = [["Referrals by area"], [], ["Area", "Apr", "May", "Jun", "Q1", "Total"]]
    for at, (name, *months) in enumerate([("Leeds", 121, 93, 57), ("York", 44, 77, 31)], 4):
        rows.append([name, *months, f"=SUM(B{at}:D{at})", f"=SUM(B{at}:E{at})"])
    source = write_book(tmp_path / "quarter.xlsx", {"Referrals": rows})
    assert _refusal(source) == (
        "wpxl: quarter.xlsx: sheet 'Referrals', cell F4:F5: the total at F4 adds up the "
        "subtotal E4 and cells they add up (B4, C4, D4), so the source counts those cells "
        "twice. Make the total add up either the lines or their subtotals (SUBTOTAL leaves the "
        "subtotals inside out), then try again.\n"
    )


def test_every_sheet_counting_twice_is_listed_in_one_refusal(tmp_path):
    rows = _rows("=SUM({c}{a}:{c}{b})", "=SUM({c}4:{c}9)")
    sheets = {"Referrals": rows, "Starts": [["Job starts by area"], *rows[1:]]}
    source = write_book(tmp_path / "sheets.xlsx", sheets)
    said = _refusal(source)
    assert "sheet 'Referrals', cell B10:C10" in said and "sheet 'Starts', cell B10:C10" in said
    assert said.endswith("sheets.xlsx: 2 problems; wpxl wrote nothing. Fix each one.\n")


def test_subtotal_over_the_same_range_counts_nothing_twice(tmp_path):
    rows = _rows("=SUBTOTAL(9,{c}{a}:{c}{b})", "=SUBTOTAL(9,{c}4:{c}9)")
    source = write_book(tmp_path / "subtotals.xlsx", {"Referrals": rows}, cached=_cached())
    output, _ = sanitised_beside(source)
    lines = [line[:3] for line in copy_lines(output)[-7:]]
    assert lines == [("Leeds", 120, 100), ("York", 60, 40), ("Yorkshire total", 180, 140),
                     ("Hull", 80, 40), ("Grimsby", 20, 20), ("Humber total", 100, 60),
                     ("Grand total", 280, 200)]  # fmt: skip


def test_a_sum_over_the_subtotals_alone_goes_through(tmp_path):
    rows = _rows("=SUM({c}{a}:{c}{b})", "={c}6+{c}9")
    source = write_book(tmp_path / "tree.xlsx", {"Referrals": rows}, cached=_cached())
    output, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    last = shown.max_row
    assert [c.value for c in shown[last]][:3] == ["Grand total", 280, 200]
    assert copy_formulas(output)[f"B{last}"] == f"=SUM(B{last - 4},B{last - 1})"
