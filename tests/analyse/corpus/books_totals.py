"""Corpus workbooks whose trap is what a total adds up: SUBTOTAL and + chains, scattered sums,
totals above and left, subtotals and grand totals, totals across sheets, and the readings
wpxl must refuse."""

from __future__ import annotations

from xlsxwriter.utility import xl_rowcol_to_cell as cell

from tests.analyse.corpus.shapes import (
    COUNCILS,
    GROUPS,
    MONTHS,
    matrix,
    numbers,
    rng_range,
)
from tests.analyse.corpus.spec import (
    BookSpec,
    count,
    head,
    label,
    title,
    total,
)


def subtotal_plus() -> BookSpec:
    book = BookSpec(
        "17_subtotal_and_plus_chains",
        "SUBTOTAL(9) subtotals, a grand SUBTOTAL over them (nested ones ignored by Excel, so "
        "it is rebuilt over the two subtotals), + chains",
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
            total(f"{col}6", f"{col}10", formula=f"SUBTOTAL(9,{col}4:{col}10)"),
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
        "a last row equal to the sum of the rows above in two columns, not in the third",
    )
    book.refused = ["'Referrals'", "cell B8", "total", "Label"]
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by local authority"))
    sh.row("A3", head("Local authority"), head("Q1"), head("Q2"), head("Q3"))
    vals = numbers(27, 4, 3)
    for i, council in enumerate(COUNCILS[:4]):
        sh.row(cell(3 + i, 0), label(council), *(count(v) for v in vals[i]))
    sums = [sum(v[c] for v in vals) for c in range(3)]
    sh.row("A8", label("Other areas"), count(sums[0]), count(sums[1]), count(vals[0][2] + 1))
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


def all_group_subtotals() -> BookSpec:
    book = BookSpec(
        "33_all_group_subtotals",
        "'All JSA' and 'All ESA' read as grand totals by their words but are subtotals",
    )
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by payment group"))
    sh.row("A3", head("Payment group"), head("Q1"), head("Q2"))
    vals = iter(numbers(43, 5, 2))
    layout = [["JSA 18-24", "JSA 25+", "JSA Prison Leavers"], ["ESA Flow", "ESA Volunteers"]]
    r = 3
    subs = []
    for groups, name in zip(layout, ["All JSA", "All ESA"], strict=True):
        first = r
        for group in groups:
            sh.row(cell(r, 0), label(group), *(count(v) for v in next(vals)))
            r += 1
        sh.put(cell(r, 0), label(name))
        for c in (1, 2):
            sh.put(cell(r, c), total(rng_range(first, c, r - 1, c), formula=None))
        subs.append(r)
        r += 1
    sh.put(cell(r, 0), label("All payment groups"))
    for c in (1, 2):
        sh.put(cell(r, c), total(*(cell(x, c) for x in subs), formula=None))
    return book
