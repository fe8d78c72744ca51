"""Make the labelled analyse corpus: small MI workbooks, each a trap real provider packs set.

Run ``python -m tests.analyse.corpus.make_corpus`` from the repository root to rebuild every
``*.xlsx`` and its ``*.expect.json`` here; the output is deterministic. Figures are made up.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from xlsxwriter.utility import xl_rowcol_to_cell as cell

from tests.analyse.corpus.spec import (
    BookSpec,
    SheetSpec,
    Spec,
    count,
    derived,
    dropped,
    head,
    label,
    noncount,
    note,
    text,
    title,
    total,
    write_labelled,
)

HERE = Path(__file__).parent
GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers", "JSA Prison Leavers"]
COUNCILS = ["Ashby Vale", "Brackenshire", "Holmcroft", "Kingsmere", "Redfern"]
MONTHS = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013"]
PCT = {"num_format": "0.0%"}
MONEY = {"num_format": "£#,##0"}


def rng_range(r1: int, c1: int, r2: int, c2: int) -> str:
    return f"{cell(r1, c1)}:{cell(r2, c2)}"


def matrix(
    sh: SheetSpec,
    top: int,
    left: int,
    corner: str | None,
    heads: list[Any],
    labels: list[Any],
    values: list[list[Any]],
    *,
    total_row: str | None = "below",
    total_col: str | None = "right",
    mode: str | None = "sum",
    row_label: str | None = "Total",
    col_head: str | None = "Total",
    label_fmt: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A labelled table; ``mode`` is 'sum' (SUM formulas), 'plus', 'typed' or 'text' totals."""
    lcol = left
    first_data_col = left + (2 if total_col == "left" else 1)
    data_cols = list(range(first_data_col, first_data_col + len(heads)))
    tcol = {"left": left + 1, "right": data_cols[-1] + 1, None: None}[total_col]
    first_body = top + (2 if total_row == "above" else 1)
    body = list(range(first_body, first_body + len(labels)))
    trow = {"above": top + 1, "below": body[-1] + 1, None: None}[total_row]
    if corner is not None:
        sh.put(cell(top, lcol), head(corner))
    for col, h in zip(data_cols, heads, strict=True):
        sh.put(cell(top, col), head(h))
    if tcol is not None and col_head is not None:
        sh.put(cell(top, tcol), head(col_head))
    for row, lab, line in zip(body, labels, values, strict=True):
        if lab is not None:
            sh.put(cell(row, lcol), label(lab, **(label_fmt or {})))
        for col, v in zip(data_cols, line, strict=True):
            if v is not None:
                sh.put(cell(row, col), count(v))
        if tcol is not None:
            parts = rng_range(row, data_cols[0], row, data_cols[-1])
            sh.put(cell(row, tcol), _total(mode, parts, [cell(row, c) for c in data_cols]))
    if trow is not None:
        if row_label is not None:
            sh.put(cell(trow, lcol), label(row_label))
        cols = data_cols + ([tcol] if tcol is not None else [])
        for col in cols:
            parts = rng_range(body[0], col, body[-1], col)
            sh.put(cell(trow, col), _total(mode, parts, [cell(r, col) for r in body]))
    return {"body": body, "cols": data_cols, "trow": trow, "tcol": tcol}


def _total(mode: str | None, parts: str, cells: list[str]) -> Spec:
    if mode == "sum":
        return total(parts)
    if mode == "plus":
        return total(parts, formula="+".join(cells))
    return total(parts, formula=None, as_text=mode == "text")


def numbers(seed: int, rows: int, cols: int, low: int = 5, high: int = 400) -> list[list[Any]]:
    rng = random.Random(seed)
    return [[rng.randint(low, high) for _ in range(cols)] for _ in range(rows)]


def basic() -> BookSpec:
    book = BookSpec("01_referrals_basic", "SUM totals below and right; a source note")
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by payment group, April to July 2013"))
    t = matrix(sh, 2, 0, "Payment group", MONTHS, GROUPS, numbers(1, 5, 4))
    sh.put(cell(t["trow"] + 2, 0), note("Source: provider case management system."))
    return book


def merged_total_above_subtotals() -> BookSpec:
    book = BookSpec(
        "02_merged_headers_total_above_subtotals",
        "merged two-row headers, grand total above, subtotals above their groups, typed values",
    )
    sh = book.sheet("Starts by area")
    sh.put("A1", title("Job starts by area and half year"))
    sh.put("B3", head("2012/13"))
    sh.merge("B3:C3")
    sh.put("D3", head("2013/14"))
    sh.merge("D3:E3")
    sh.row("A4", head("Area"), head("H1"), head("H2"), head("H1"), head("H2"), head("Total"))
    groups = {"North": ["Ashby Vale", "Brackenshire"], "South": COUNCILS[2:]}
    values = iter(numbers(2, 5, 4))
    row = 5  # 0-based: row 4 is the grand total
    subtotal_rows = []
    for region, councils in groups.items():
        sub = row
        subtotal_rows.append(sub)
        sh.put(cell(sub, 0), label(f"{region} subtotal"))
        leaves = list(range(sub + 1, sub + 1 + len(councils)))
        for r, council in zip(leaves, councils, strict=True):
            sh.put(cell(r, 0), label(council, indent=1))
            for c, v in enumerate(next(values), start=1):
                sh.put(cell(r, c), count(v))
            sh.put(cell(r, 5), total(rng_range(r, 1, r, 4), formula=None))
        for c in range(1, 6):
            sh.put(cell(sub, c), total(rng_range(leaves[0], c, leaves[-1], c), formula=None))
        row = leaves[-1] + 1
    sh.put("A5", label("Total"))
    for c in range(1, 6):
        sh.put(cell(4, c), total(*(cell(r, c) for r in subtotal_rows), formula=None))
    return book


def side_by_side_shared_header() -> BookSpec:
    book = BookSpec(
        "03_side_by_side_shared_header",
        "two tables side by side sharing one header row and label column, merged group heads",
    )
    sh = book.sheet("Referrals and attachments")
    sh.put("A1", title("Referrals and attachments by payment group"))
    sh.put("B3", head("Referrals"))
    sh.merge("B3:D3")
    sh.put("E3", head("Attachments"))
    sh.merge("E3:G3")
    sh.row("A4", head("Payment group"), *(head(h) for h in ["Apr", "May", "Total"] * 2))
    vals = numbers(3, 5, 4)
    for i, group in enumerate(GROUPS):
        r = 4 + i
        sh.put(cell(r, 0), label(group))
        for j in range(2):
            sh.put(cell(r, 1 + j), count(vals[i][j]))
            sh.put(cell(r, 4 + j), count(vals[i][2 + j]))
        sh.put(cell(r, 3), total(rng_range(r, 1, r, 2)))
        sh.put(cell(r, 6), total(rng_range(r, 4, r, 5)))
    sh.put("A10", label("Total"))
    for c in range(1, 7):
        sh.put(cell(9, c), total(rng_range(4, c, 8, c)))
    return book


def side_by_side_blank_col() -> BookSpec:
    book = BookSpec(
        "04_side_by_side_blank_column",
        "two tables side by side, a blank column between, the right one without labels",
    )
    sh = book.sheet("Volumes")
    sh.put("A1", title("Referrals by payment group"))
    sh.put("F1", title("Attachments by payment group"))
    matrix(sh, 2, 0, "Payment group", ["Apr", "May"], GROUPS, numbers(4, 5, 2), mode="typed")
    matrix(
        sh, 2, 4, None, ["Apr", "May"], [None] * 5, numbers(5, 5, 2), mode="typed",
        row_label=None,
    )  # fmt: skip
    return book


def total_col_left() -> BookSpec:
    book = BookSpec("05_total_column_left", "a typed total column left of the months")
    sh = book.sheet("Attachments")
    sh.put("A1", title("Attachments by local authority"))
    t = matrix(
        sh, 2, 0, "Local authority", MONTHS[:3], COUNCILS, numbers(6, 5, 3), total_col="left",
        mode="typed",
    )  # fmt: skip
    for col in [t["tcol"], *t["cols"]]:  # the total row is made of SUM formulas
        sh.put(cell(t["trow"], col), total(rng_range(t["body"][0], col, t["body"][-1], col)))
    return book


def numbers_as_text() -> BookSpec:
    book = BookSpec(
        "06_numbers_as_text_total_row", "counts typed as text, and a total row typed as text"
    )
    sh = book.sheet("Job starts")
    sh.put("A1", title("Job starts by payment group"))
    vals: list[list[Any]] = numbers(7, 5, 3, 100, 900)
    vals[0][1] = f" {vals[0][1]} "
    vals[2][0] = f"{vals[2][0]}"
    vals[3][2] = "1,234"
    matrix(sh, 2, 0, "Payment group", MONTHS[:3], GROUPS, vals, mode="text")
    return book


def blank_row_inside() -> BookSpec:
    book = BookSpec("07_blank_row_inside", "blank rows inside a table, before its SUM total")
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by local authority"))
    sh.row("A3", head("Local authority"), head("Q1"), head("Q2"), head("Q3"))
    vals = numbers(8, 5, 3)
    rows = [3, 4, 5, 7, 8]
    for r, council, line in zip(rows, COUNCILS, vals, strict=True):
        sh.put(cell(r, 0), label(council))
        for c, v in enumerate(line, start=1):
            sh.put(cell(r, c), count(v))
    sh.put("A11", label("Total"))
    for c in range(1, 4):
        sh.put(cell(10, c), total(rng_range(3, c, 9, c)))
    return book


def empty_col_between() -> BookSpec:
    book = BookSpec(
        "08_empty_column_label_body", "an empty column between the labels and the figures"
    )
    sh = book.sheet("Job starts")
    sh.put("A1", title("Job starts by payment group"))
    sh.put("A3", head("Payment group"))
    for i, group in enumerate(GROUPS):
        sh.put(cell(3 + i, 0), label(group))
    sh.put("A9", label("Total"))
    matrix(sh, 2, 1, None, MONTHS[:3], [None] * 5, numbers(9, 5, 3), mode="typed", row_label=None)
    return book


def years() -> BookSpec:
    book = BookSpec("09_years_headers_and_labels", "years as column headers and as row labels")
    sh = book.sheet("Referrals by year")
    sh.put("A1", title("Referrals by payment group and year"))
    t = matrix(sh, 2, 0, "Payment group", [2011, 2012, 2013], GROUPS, numbers(10, 5, 3))
    top = t["trow"] + 3
    sh.put(cell(top, 0), title("Attachments by financial year"))
    matrix(
        sh, top + 2, 0, "Financial year", ["JSA", "ESA"], [2011, 2012, "2013/14"],
        numbers(11, 3, 2), row_label="All years",
    )  # fmt: skip
    return book


def dates_months() -> BookSpec:
    book = BookSpec("10_dates_and_months", "real dates as headers, months as labels, a date column")
    sh = book.sheet("Attachments")
    sh.put("A1", title("Attachments by month"))
    date_fmt = {"num_format": "mmm yy", "bold": True}
    sh.put("A3", head("Payment group"))
    months = [dt.date(2013, m, 1) for m in (4, 5, 6)]
    for j, month in enumerate(months, start=1):
        sh.put(cell(2, j), head(month, **date_fmt))
    sh.put("E3", head("Total"))
    vals = numbers(12, 5, 3)
    for i, group in enumerate(GROUPS):
        r = 3 + i
        sh.put(cell(r, 0), label(group))
        for j, v in enumerate(vals[i], start=1):
            sh.put(cell(r, j), count(v))
        sh.put(cell(r, 4), total(rng_range(r, 1, r, 3)))
    sh.put("A9", label("Total"))
    for c in range(1, 5):
        sh.put(cell(8, c), total(rng_range(3, c, 7, c)))
    sh.put("A12", title("Referrals by month"))
    sh.row("A14", head("Month"), head("Referrals"), head("Date checked"))
    for i, month in enumerate(["April 2013", "May 2013", "June 2013"]):
        r = 14 + i
        sh.row(
            cell(r, 0),
            label(month),
            count(numbers(13 + i, 1, 1)[0][0]),
            noncount(dt.date(2013, 7, 1 + i), num_format="dd/mm/yyyy"),
        )
    sh.put("A18", label("Total"))
    sh.put("B18", total("B15:B17"))
    return book


def percentages() -> BookSpec:
    book = BookSpec(
        "11_percentages_by_format_and_words",
        "typed rates: by % format (recomputable), by header words, a share of the total",
    )
    sh = book.sheet("Summary")
    sh.put("A1", title("Referrals and attachments by local authority"))
    sh.row(
        "A3", head("Local authority"), head("Referrals"), head("Attachments"),
        head("Attachment rate"), head("Change on last year"), head("Proportion of referrals"),
    )  # fmt: skip
    rng = random.Random(14)
    refs = [rng.randint(150, 400) for _ in COUNCILS]
    atts = [int(r * rng.uniform(0.5, 0.9)) for r in refs]
    for i, council in enumerate(COUNCILS):
        r = 3 + i
        sh.row(
            cell(r, 0), label(council), count(refs[i]), count(atts[i]),
            derived(round(atts[i] / refs[i], 3), **PCT),
            derived(round(rng.uniform(-0.2, 0.3), 3)),
            derived(round(refs[i] / sum(refs), 3), **PCT),
        )  # fmt: skip
    sh.row(
        "A9", label("Total"), total("B4:B8"), total("C4:C8"),
        derived(round(sum(atts) / sum(refs), 3), **PCT), derived(0.071),
    )  # fmt: skip
    return book


def money() -> BookSpec:
    book = BookSpec("12_money", "payments by currency format and by words are removed")
    sh = book.sheet("Starts and payments")
    sh.put("A1", title("Job starts and outcome payments by payment group"))
    sh.row("A3", head("Payment group"), head("Job starts"), head("Outcome payments (£)"),
           head("Cost per start"))  # fmt: skip
    vals = numbers(15, 5, 1)
    for i, group in enumerate(GROUPS):
        r = 3 + i
        sh.row(
            cell(r, 0), label(group), count(vals[i][0]), dropped(vals[i][0] * 1200, **MONEY),
            dropped(round(1000 + 13.5 * i, 2)),
        )  # fmt: skip
    pay = sum(v[0] for v in vals) * 1200
    sh.row("A9", label("Total"), total("B4:B8"), dropped(pay, formula="SUM(C4:C8)", **MONEY))
    return book


def decimals() -> BookSpec:
    book = BookSpec("13_decimals", "an average (derived) and a plain decimal (removed)")
    sh = book.sheet("Job starts")
    sh.put("A1", title("Job starts by payment group"))
    sh.row("A3", head("Payment group"), head("Job starts"), head("Average weeks to start"),
           head("Weighting"))  # fmt: skip
    vals = numbers(16, 5, 1)
    for i, group in enumerate(GROUPS):
        r = 3 + i
        sh.row(cell(r, 0), label(group), count(vals[i][0]), derived(10.5 + i),
               dropped(1.35 + i / 4))  # fmt: skip
    sh.row("A9", label("Total"), total("B4:B8"), derived(12.75))
    return book


def codes() -> BookSpec:
    book = BookSpec(
        "14_codes_postcodes_phones", "codes and refs kept as they are; postcodes and phones removed"
    )
    sh = book.sheet("Sites")
    sh.put("A1", title("Referrals by delivery site"))
    sh.row("A3", head("Site"), head("Site code"), head("Contract ref"), head("Postcode"),
           head("Telephone"), head("Referrals"), head("Attachments"))  # fmt: skip
    sites = ["Ashby Vale Centre", "Brackenshire Hub", "Holmcroft Office"]
    vals = numbers(17, 3, 2)
    for i, site in enumerate(sites):
        r = 3 + i
        sh.row(
            cell(r, 0), label(site), noncount(40213 + 17 * i), noncount(f"0{1234 + i}"),
            dropped(f"AV{i + 1} 4XD"), dropped(f"0191 496 00{i}0"), count(vals[i][0]),
            count(vals[i][1]),
        )  # fmt: skip
    sh.row("A7", label("Total"), None, None, None, None, total("F4:F6"), total("G4:G6"))
    return book


def errors() -> BookSpec:
    book = BookSpec("15_error_values", "#N/A and #DIV/0! kept as errors, never numbers")
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals and attachments by payment group"))
    sh.row("A3", head("Payment group"), head("Referrals"), head("Attachments"),
           head("Attachment rate"), head("Matched to DWP"), head("Status"))  # fmt: skip
    vals = numbers(18, 5, 3)
    for i, group in enumerate(GROUPS):
        r = 3 + i
        refs = 0 if i == 2 else vals[i][0]
        atts = 0 if i == 2 else vals[i][1]
        rate = (
            Spec("noncount", "#DIV/0!", formula=f"C{r + 1}/B{r + 1}", fmt=PCT)
            if i == 2
            else derived(formula=f"C{r + 1}/B{r + 1}", **PCT)
        )
        matched = Spec("noncount", "#N/A", formula="NA()") if i == 4 else count(vals[i][2])
        status = text(["Live", "Live", "Paused", "Live", "Closed"][i])
        sh.row(cell(r, 0), label(group), count(refs), count(atts), rate, matched, status)
    return book


def derived_formula() -> BookSpec:
    book = BookSpec("16_derived_rate_formulas", "=C5/B5 rates in the body and the total row")
    sh = book.sheet("Summary")
    sh.put("A1", title("Referrals and attachments by local authority"))
    sh.row("A3", head("Local authority"), head("Referrals"), head("Attachments"),
           head("Attachment rate"))  # fmt: skip
    vals = numbers(19, 5, 2, 100, 400)
    for i, council in enumerate(COUNCILS):
        r = 3 + i
        sh.row(cell(r, 0), label(council), count(vals[i][0]), count(min(vals[i])),
               derived(formula=f"C{r + 1}/B{r + 1}", **PCT))  # fmt: skip
    sh.row("A9", label("All local authorities"), total("B4:B8"), total("C4:C8"),
           derived(formula="C9/B9", **PCT))  # fmt: skip
    return book


def subtotal_plus() -> BookSpec:
    book = BookSpec(
        "17_subtotal_and_plus_chains",
        "SUBTOTAL(9) subtotals, a grand SUBTOTAL over them (nested ones ignored), + chains",
    )
    sh = book.sheet("Referrals by area")
    sh.put("A1", title("Referrals by area and quarter"))
    sh.row("A3", head("Area"), head("Q1"), head("Q2"), head("Total"))
    vals = iter(numbers(20, 5, 2))
    layout = [("Ashby Vale", 3), ("Brackenshire", 4), ("North subtotal", 5), ("Holmcroft", 6),
              ("Kingsmere", 7), ("Redfern", 8), ("South subtotal", 9)]  # fmt: skip
    for name, r in layout:
        sh.put(cell(r, 0), label(name))
        if "subtotal" in name:
            first = 3 if name.startswith("North") else 6
            for c in range(1, 4):
                parts = rng_range(first, c, r - 1, c)
                sh.put(cell(r, c), total(parts, formula=f"SUBTOTAL(9,{parts})"))
            continue
        for c, v in enumerate(next(vals), start=1):
            sh.put(cell(r, c), count(v))
        sh.put(cell(r, 3), total(f"B{r + 1}:C{r + 1}", formula=f"B{r + 1}+C{r + 1}"))
    sh.put("A11", label("Grand total"))
    for c in range(1, 4):
        col = "BCD"[c - 1]
        sh.put(
            cell(10, c),
            total(f"{col}4:{col}5", f"{col}7:{col}9", formula=f"SUBTOTAL(9,{col}4:{col}10)"),
        )
    return book


def scattered() -> BookSpec:
    book = BookSpec("18_scattered_cell_sums", "region rows by formula, a grand total of scattered")
    sh = book.sheet("Job starts")
    sh.put("A1", title("Job starts by region"))
    sh.row("A3", head("Region"), head("2012/13"), head("2013/14"))
    vals = iter(numbers(21, 6, 2))
    r = 3
    region_rows = []
    for region in ["North", "South", "East"]:
        first = r
        for council in ["Council A", "Council B"]:
            sh.put(cell(r, 0), label(f"{region} {council}"))
            for c, v in enumerate(next(vals), start=1):
                sh.put(cell(r, c), count(v))
            r += 1
        sh.put(cell(r, 0), label(region))
        for c in (1, 2):
            sh.put(cell(r, c), total(rng_range(first, c, r - 1, c)))
        region_rows.append(r)
        r += 1
    sh.put(cell(r, 0), label("Total"))
    for c in (1, 2):
        sh.put(cell(r, c), total(*(cell(x, c) for x in region_rows)))
    return book


def totals_above_left() -> BookSpec:
    book = BookSpec("19_totals_above_and_left", "typed totals in the first row and first column")
    sh = book.sheet("Attachments")
    sh.put("A1", title("Attachments by payment group"))
    matrix(
        sh, 2, 0, "Payment group", MONTHS[:3], GROUPS, numbers(22, 5, 3), total_row="above",
        total_col="left", mode="typed", row_label="All payment groups",
    )  # fmt: skip
    return book


def subtotals_grand_typed() -> BookSpec:
    book = BookSpec(
        "20_subtotals_and_grand_total_typed", "typed subtotals by label and a grand total"
    )
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by area"))
    sh.row("A3", head("Area"), head("2012/13"), head("2013/14"))
    vals = iter(numbers(23, 5, 2))
    layout = ["Ashby Vale", "Brackenshire", "North subtotal", "Holmcroft", "Kingsmere",
              "Redfern", "Total for South"]  # fmt: skip
    subs = []
    first = 3
    for i, name in enumerate(layout):
        r = 3 + i
        sh.put(cell(r, 0), label(name))
        if "otal" in name:
            for c in (1, 2):
                sh.put(cell(r, c), total(rng_range(first, c, r - 1, c), formula=None))
            subs.append(r)
            first = r + 1
            continue
        for c, v in enumerate(next(vals), start=1):
            sh.put(cell(r, c), count(v))
    sh.put("A11", label("Grand total"))
    for c in (1, 2):
        sh.put(cell(10, c), total(*(cell(x, c) for x in subs), formula=None))
    return book


def summary_cross_sheet() -> BookSpec:
    book = BookSpec("21_summary_across_sheets", "a summary sheet summing two area sheets")
    for seed, area in enumerate(["North", "South"], start=24):
        sh = book.sheet(area)
        sh.put("A1", title(f"Referrals by payment group, {area}"))
        matrix(sh, 2, 0, "Payment group", ["Apr", "May"], GROUPS, numbers(seed, 5, 2),
               total_col=None)  # fmt: skip
    sh = book.sheet("Summary")
    sh.put("A1", title("Referrals by payment group, all areas"))
    sh.row("A3", head("Payment group"), head("Apr"), head("May"))
    for i, group in enumerate(GROUPS):
        r = 3 + i
        sh.put(cell(r, 0), label(group))
        for c in (1, 2):
            ref = cell(r, c)
            sh.put(cell(r, c), total(f"North!{ref}", f"South!{ref}",
                                     formula=f"North!{ref}+South!{ref}"))  # fmt: skip
    sh.put("A9", label("Total"))
    for c in (1, 2):
        sh.put(cell(8, c), total(rng_range(3, c, 7, c)))
    return book


def unknown_measure() -> BookSpec:
    book = BookSpec("22_unknown_measure_refused", "counts whose measure no word names")
    book.refused = ["'Sheet1'", "table 1", "cannot tell whether these counts", "measure words"]
    sh = book.sheet("Sheet1")
    sh.put("A1", title("Figures by payment group"))
    matrix(sh, 2, 0, "Payment group", ["Apr", "May"], GROUPS, numbers(26, 5, 2))
    return book


def ambiguous_partial() -> BookSpec:
    book = BookSpec(
        "23_ambiguous_total_refused",
        "an unlabelled last row equal to the sum of the rows above in one column only",
    )
    book.refused = ["'Referrals'", "cell B8", "total", "Label"]
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by local authority"))
    sh.row("A3", head("Local authority"), head("Q1"), head("Q2"))
    vals = numbers(27, 4, 2)
    for i, council in enumerate(COUNCILS[:4]):
        sh.row(cell(3 + i, 0), label(council), count(vals[i][0]), count(vals[i][1]))
    sh.row("A8", label("Other areas"), count(sum(v[0] for v in vals)), count(vals[0][1] + 1))
    return book


def labelled_mismatch() -> BookSpec:
    book = BookSpec(
        "24_total_not_its_parts_refused", "a typed 'Total' row that is not the sum of its rows"
    )
    book.refused = ["'Attachments'", "cell C9", "labelled as a total", "SUM formula"]
    sh = book.sheet("Attachments")
    sh.put("A1", title("Attachments by payment group"))
    sh.row("A3", head("Payment group"), head("Apr"), head("May"))
    vals = numbers(28, 5, 2)
    for i, group in enumerate(GROUPS):
        sh.row(cell(3 + i, 0), label(group), count(vals[i][0]), count(vals[i][1]))
    sh.row("A9", label("Total"), count(sum(v[0] for v in vals)), count(sum(v[1] for v in vals) + 7))
    return book


def arithmetic_unlabelled() -> BookSpec:
    book = BookSpec(
        "25_arithmetic_totals_unlabelled", "a typed last row and column that are sums, unnamed"
    )
    sh = book.sheet("Job starts")
    sh.put("A1", title("Job starts by payment group"))
    matrix(sh, 2, 0, "Payment group", MONTHS[:3], GROUPS, numbers(29, 5, 3), mode="typed",
           row_label=None, col_head=None)  # fmt: skip
    return book


def stacked_titles_notes() -> BookSpec:
    book = BookSpec(
        "26_stacked_tables_titles_notes", "two stacked tables, multi-line titles, notes between"
    )
    sh = book.sheet("Summary")
    sh.put("A1", title("Work Programme summary, 2013/14"))
    sh.put("A3", title("Table 1"))
    sh.put("A4", title("Referrals by payment group"))
    t = matrix(sh, 5, 0, "Payment group", ["Q1", "Q2"], GROUPS, numbers(30, 5, 2))
    sh.put(cell(t["trow"] + 2, 0), note("Source: provider MI, October 2013 extract."))
    top = t["trow"] + 5
    sh.put(cell(top, 0), title("Table 2: Job outcomes by payment group"))
    t2 = matrix(sh, top + 2, 0, "Payment group", ["Q1", "Q2"], GROUPS, numbers(31, 5, 2, 0, 40))
    sh.put(cell(t2["trow"] + 1, 0), note("Note: provisional figures, subject to revision."))
    return book


def indented_two_label_cols() -> BookSpec:
    book = BookSpec(
        "27_two_label_columns_indented", "region and indented council columns, region totals"
    )
    sh = book.sheet("Job starts")
    sh.put("A1", title("Job starts by area"))
    sh.row("A3", head("Region"), head("Local authority"), head("Q1"), head("Q2"), head("Total"))
    vals = iter(numbers(32, 5, 2))
    r = 3
    subs = []
    for region, councils in {"North": COUNCILS[:2], "South": COUNCILS[2:]}.items():
        first = r
        for k, council in enumerate(councils):
            if k == 0:
                sh.put(cell(r, 0), label(region))
            sh.put(cell(r, 1), label(council, indent=2))
            for c, v in enumerate(next(vals), start=2):
                sh.put(cell(r, c), count(v))
            sh.put(cell(r, 4), total(rng_range(r, 2, r, 3)))
            r += 1
        sh.put(cell(r, 0), label(f"{region} total"))
        for c in (2, 3, 4):
            sh.put(cell(r, c), total(rng_range(first, c, r - 1, c)))
        subs.append(r)
        r += 1
    sh.put(cell(r, 0), label("All areas"))
    for c in (2, 3, 4):
        sh.put(cell(r, c), total(*(cell(x, c) for x in subs)))
    return book


def row_measures() -> BookSpec:
    book = BookSpec("28_measures_in_rows", "one measure per row, a typed rate row")
    sh = book.sheet("Pipeline")
    sh.put("A1", title("Work Programme pipeline by month"))
    sh.row("A3", head("Measure"), head("Apr"), head("May"), head("Jun"), head("Total"))
    rng = random.Random(33)
    refs = [rng.randint(300, 600) for _ in range(3)]
    atts = [int(v * rng.uniform(0.5, 0.9)) for v in refs]
    starts = [int(v * rng.uniform(0.1, 0.3)) for v in atts]
    for r, name, line in [(3, "Referrals", refs), (4, "Attachments", atts), (5, "Job starts",
                                                                            starts)]:  # fmt: skip
        sh.row(cell(r, 0), label(name), *(count(v) for v in line), total(f"B{r + 1}:D{r + 1}"))
    rates = [round(a / b, 3) for a, b in zip(atts, refs, strict=True)]
    sh.row("A7", label("Attachment rate"), *(derived(v, **PCT) for v in rates),
           derived(round(sum(atts) / sum(refs), 3), **PCT))  # fmt: skip
    return book


def outcomes() -> BookSpec:
    book = BookSpec("29_outcome_counts", "job outcome and sustainment counts are still counts")
    sh = book.sheet("Job outcomes")
    sh.put("A1", title("Job outcomes by payment group"))
    matrix(sh, 2, 0, "Payment group", MONTHS[:3], GROUPS, numbers(34, 5, 3, 0, 60))
    sh2 = book.sheet("Sustainments")
    sh2.put("A1", title("Sustainment payments by local authority"))
    matrix(sh2, 2, 0, "Local authority", MONTHS[:2], COUNCILS, numbers(35, 5, 2, 0, 50),
           total_col=None)  # fmt: skip
    return book


def total_word_variants() -> BookSpec:
    book = BookSpec(
        "30_total_words_and_groups", "'Sub-total' rows per group, 'All payment groups', 'Totals'"
    )
    sh = book.sheet("Attachments")
    sh.put("A1", title("Attachments by payment group"))
    sh.row("A3", head("Payment group"), head("Q1"), head("Q2"), head("Totals"))
    vals = iter(numbers(36, 5, 2))
    r = 3
    subs = []
    for groups in (GROUPS[:2] + GROUPS[4:], GROUPS[2:4]):
        first = r
        for group in groups:
            sh.put(cell(r, 0), label(group, indent=1))
            for c, v in enumerate(next(vals), start=1):
                sh.put(cell(r, c), count(v))
            sh.put(cell(r, 3), total(rng_range(r, 1, r, 2), formula=None))
            r += 1
        sh.put(cell(r, 0), label("Sub-total"))
        for c in (1, 2, 3):
            sh.put(cell(r, c), total(rng_range(first, c, r - 1, c), formula=None))
        subs.append(r)
        r += 1
    sh.put(cell(r, 0), label("All payment groups"))
    for c in (1, 2, 3):
        sh.put(cell(r, c), total(*(cell(x, c) for x in subs), formula=None))
    return book


def side_by_side_subtotals() -> BookSpec:
    book = BookSpec(
        "31_side_by_side_borrowed_labels",
        "the right table has no labels of its own: its typed subtotals are named on the left",
    )
    sh = book.sheet("Starts")
    sh.put("A1", title("Job starts by area, 2012/13"))
    sh.put("E1", title("Job starts by area, 2013/14"))
    names = ["Ashby Vale", "Brackenshire", "North subtotal", "Holmcroft", "Kingsmere",
             "South subtotal", "Total"]  # fmt: skip
    sh.row("A3", head("Area"), head("H1"), head("H2"), None, head("H1"), head("H2"))
    for first, seed in ((1, 37), (4, 38)):
        vals = iter(numbers(seed, 4, 2))
        leaves: list[int] = []
        subs: list[int] = []
        for i, name in enumerate(names):
            r = 3 + i
            if first == 1:
                sh.put(cell(r, 0), label(name))
            for k, c in enumerate((first, first + 1)):
                if name == "Total":
                    spec = total(*(cell(x, c) for x in subs), formula=None)
                elif "subtotal" in name:
                    spec = total(*(cell(x, c) for x in leaves), formula=None)
                else:
                    spec = count(next(vals)[0] if k == 0 else 0)
                sh.put(cell(r, c), spec)
            if "subtotal" in name:
                subs.append(r)
                leaves = []
            elif name != "Total":
                leaves.append(r)
        for r in range(3, 10):  # second figures of each leaf: a fresh number each
            spec = sh.cells[(r, first + 1)]
            if spec.role == "count":
                spec.value = 11 + 7 * r + first
    return book


def combination() -> BookSpec:
    book = BookSpec(
        "32_combined_traps",
        "merged heads, total column left, subtotals typed as text, blank row, empty column",
    )
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by area and quarter"))
    sh.put("A2", title("Contract package area: Example"))
    sh.put("D3", head("2013/14"))
    sh.merge("D3:E3")
    sh.row("A4", head("Area"), None, head("All quarters"), head("Q1"), head("Q2"))
    vals = iter(numbers(39, 4, 2))
    layout = [("Ashby Vale", 4), ("Brackenshire", 5), ("North subtotal", 6), ("Holmcroft", 8),
              ("Kingsmere", 9), ("South subtotal", 10)]  # fmt: skip
    leaves: list[int] = []
    subs: list[int] = []
    for name, r in layout:
        sh.put(cell(r, 0), label(name))
        if "subtotal" in name:
            for c in (2, 3, 4):
                sh.put(cell(r, c), total(*(cell(x, c) for x in leaves), formula=None,
                                         as_text=True))  # fmt: skip
            subs.append(r)
            leaves = []
            continue
        line = next(vals)
        sh.put(cell(r, 3), count(line[0]))
        sh.put(cell(r, 4), count(f" {line[1]} "))
        sh.put(cell(r, 2), total(rng_range(r, 3, r, 4), formula=None))
        leaves.append(r)
    sh.put("A13", label("Grand total"))
    for c in (2, 3, 4):
        sh.put(cell(12, c), total(*(cell(x, c) for x in subs)))
    sh.put("A15", note("Source: provider MI. Figures for Redfern are not yet available."))
    return book


BOOKS = [
    basic, merged_total_above_subtotals, side_by_side_shared_header, side_by_side_blank_col,
    total_col_left, numbers_as_text, blank_row_inside, empty_col_between, years, dates_months,
    percentages, money, decimals, codes, errors, derived_formula, subtotal_plus, scattered,
    totals_above_left, subtotals_grand_typed, summary_cross_sheet, unknown_measure,
    ambiguous_partial, labelled_mismatch, arithmetic_unlabelled, stacked_titles_notes,
    indented_two_label_cols, row_measures, outcomes, total_word_variants, side_by_side_subtotals,
    combination,
]  # fmt: skip


def main(folder: Path = HERE) -> None:
    for old in list(folder.glob("*.xlsx")) + list(folder.glob("*.expect.json")):
        old.unlink()
    for make in BOOKS:
        write_labelled(make(), folder)


if __name__ == "__main__":
    main()
