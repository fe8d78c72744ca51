"""Corpus workbooks whose trap is what a number is: counts typed as text, years, dates, rates,
money, decimals, codes, error values, measures named per row."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from xlsxwriter.utility import xl_rowcol_to_cell as cell

from tests.analyse.corpus.shapes import (
    COUNCILS,
    GROUPS,
    MONEY,
    MONTHS,
    PCT,
    matrix,
    numbers,
    rng_range,
)
from tests.analyse.corpus.spec import (
    BookSpec,
    Spec,
    count,
    derived,
    dropped,
    head,
    label,
    noncount,
    text,
    title,
    total,
)


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


def years() -> BookSpec:
    book = BookSpec(
        "09_years_headers_and_labels", "years as column headers, as row labels and in a year column"
    )
    sh = book.sheet("Referrals by year")
    sh.put("A1", title("Referrals by payment group and year"))
    t = matrix(sh, 2, 0, "Payment group", [2011, 2012, 2013], GROUPS, numbers(10, 5, 3))
    top = t["trow"] + 3
    sh.put(cell(top, 0), title("Attachments by financial year"))
    matrix(
        sh, top + 2, 0, "Financial year", ["JSA", "ESA"], [2011, 2012, "2013/14"],
        numbers(11, 3, 2), row_label="All years",
    )  # fmt: skip
    sh.put("A20", title("Referrals by payment group and start year"))
    sh.row("A22", head("Payment group"), head("Start year"), head("Referrals"))
    for i, group in enumerate(GROUPS[:3]):
        sh.row(
            cell(22 + i, 0), label(group), noncount(2011 + i), count(numbers(40 + i, 1, 1)[0][0])
        )
    sh.row("A26", label("Total"), None, total("C23:C25"))
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
        "typed rates: by % format (recomputable), by header words, a share, whole percentages",
    )
    sh = book.sheet("Summary")
    sh.put("A1", title("Referrals and attachments by local authority"))
    sh.row(
        "A3", head("Local authority"), head("Referrals"), head("Attachments"),
        head("Attachments as % of referrals"), head("Change on last year"),
        head("Proportion of referrals"),
        head("% attached"),
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
            derived(round(100 * atts[i] / refs[i], 1)),
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
    book = BookSpec(
        "15_error_values",
        "#N/A and #DIV/0! kept as errors; '<5' removed, '123*' the count it marks",
    )
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
        matched = {
            0: dropped("<5"),
            1: count(f"{vals[i][2]}*"),  # a footnote's mark on a count (session 41)
            4: Spec("noncount", "#N/A", formula="NA()"),
        }.get(i, count(vals[i][2]))
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
