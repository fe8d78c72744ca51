"""Corpus workbooks whose trap is where things are: tables side by side or stacked, merged
headers, label columns cut off by empty columns, blank rows inside a table."""

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
    note,
    title,
    total,
)


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
