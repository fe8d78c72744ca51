"""Totals whose reading the book itself decides: a line its own SUM adds up with others is a
line of its own, however it adds up; a named total showing only zeros totals the zero lines
next to it, so the grand total above adds it once."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import write_book
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]


def _copy(tmp_path, job, rows, cached=None):
    source = write_book(tmp_path / "book.xlsx", {"Amber Valley": rows}, cached=cached)
    output = Path(sanitise_file(source, job).output)
    formulas = openpyxl.load_workbook(output)
    values = openpyxl.load_workbook(output, data_only=True)
    name = formulas.sheetnames[1]
    return {
        row[0].value: (row[1].value, values[name][row[1].coordinate].value)
        for row in formulas[name].iter_rows(max_col=4)
        if row[0].value in [*GROUPS, "Total"] or str(row[0].value).endswith("total")
    }, {row[0].value: [c.value for c in row[1:4]] for row in formulas[name].iter_rows(max_col=4)}


def test_a_line_equal_by_chance_to_the_two_above_stays_a_count_under_the_books_own_sum(
    tmp_path, job
):
    counts = [12, 15, 27, 30]  # ESA Flow is 12 + 15 by chance
    rows = [["Referrals by payment group, Amber Valley"], [], ["Payment group", "Referrals"]]
    rows += [[g, n] for g, n in zip(GROUPS, counts, strict=True)]
    rows.append(["Total", "=SUM(B4:B7)"])
    shown, _ = _copy(tmp_path, job, rows, {("Amber Valley", "B8"): sum(counts)})
    assert shown["ESA Flow"] == (20, 20)  # rounded as the count it is, not =SUM(B6:B7)
    assert shown["Total"] == ("=SUM(B6:B9)", 100)  # 20 + 20 + 20 + 40


def test_a_second_total_formula_over_the_same_lines_keeps_them_lines_too(tmp_path, job):
    """Two columns, each with the book's own Total: the coincidence in one column is still a
    line of its own in both (each formula speaks for its lines)."""
    counts = [[12, 31], [15, 44], [27, 75], [30, 52]]  # ESA Flow = the two above, both months
    rows = [["Referrals by payment group, Amber Valley"], [], ["Payment group", "Apr", "May"]]
    rows += [[g, *n] for g, n in zip(GROUPS, counts, strict=True)]
    rows.append(["Total", "=SUM(B4:B7)", "=SUM(C4:C7)"])
    cache = {("Amber Valley", f"{c}8"): sum(n[k] for n in counts) for k, c in enumerate("BC")}
    shown, _ = _copy(tmp_path, job, rows, cache)
    assert shown["ESA Flow"] == (20, 20)
    assert shown["Total"] == ("=SUM(B6:B9)", 100)


def test_a_named_total_of_zeros_totals_its_zero_lines_and_the_grand_total_adds_it_once(
    tmp_path, job
):
    zeros = [0, 0, 0]
    families = [("JSA", [("JSA 18 to 24", [14, 22, 9]), ("JSA 25 and over", [31, 27, 40])]),
                ("ESA", [("ESA ex-IB", zeros), ("ESA flow", [7, 12, 3])]),
                ("IB/IS", [("IB/IS volunteers", zeros), ("IB/IS other", zeros)])]  # fmt: skip
    rows = [["Referrals by payment group, Rutland"], [], ["Payment group", "Apr", "May", "Jun"]]
    for family, lines in families:
        rows += [[label, *figures] for label, figures in lines]
        rows.append([f"{family} total", *[sum(f[k] for _, f in lines) for k in range(3)]])
    rows.append(
        ["Grand total", *[sum(f[k] for _, ls in families for _, f in ls) for k in range(3)]]
    )
    _, grid = _copy(tmp_path, job, rows)
    assert grid["IB/IS total"][0] == "=SUM(B12:B13)"  # its two zero lines, out row = in row + 2
    assert grid["Grand total"][0] == "=SUM(B8,B11,B14)"  # each family's total, once
