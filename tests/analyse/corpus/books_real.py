"""Corpus workbooks in the shapes of real published statistics (ONS, DWP Stat-Xplore, MoJ):
numbers that are labels (week and column numbers, years, categories 0, 1, 2), band labels with
£, suppression markers, totals perturbed at source, typed rates beside unrelated columns,
structured references, money stated in a title, and 'same address' headers."""

from __future__ import annotations

import random

from xlsxwriter.utility import xl_rowcol_to_cell as cell

from tests.analyse.corpus.shapes import GROUPS, MONTHS, PCT, matrix, numbers, rng_range
from tests.analyse.corpus.spec import (
    BookSpec,
    Spec,
    count,
    derived,
    dropped,
    head,
    label,
    text,
    title,
    total,
)

FAMILIES = ["Single, no children", "Single, with children", "Couple, no children"]
BANDS = ["No payment", "£0", "£0.01 to £100.00", "£100.01 to £200.00", "£200.01 or over"]


def week_numbers() -> BookSpec:
    book = BookSpec(
        "60_week_number_header", "week numbers 1 to 8 as the header row: headers, not counts"
    )
    sh = book.sheet("Weekly referrals")
    sh.put("A1", title("Referrals by payment group and week"))
    sh.row("A3", head("Week number"), *(head(w) for w in range(1, 9)), head("Total"))
    rows = numbers(60, 4, 8, 5, 90)
    for i, (group, line) in enumerate(zip(GROUPS[:4], rows, strict=True)):
        r = 3 + i
        sh.row(cell(r, 0), label(group), *(count(v) for v in line),
               total(rng_range(r, 1, r, 8)))  # fmt: skip
    sh.row("A8", label("Total"), *(total(rng_range(3, c, 6, c)) for c in range(1, 10)))
    return book


def column_numbers() -> BookSpec:
    book = BookSpec(
        "61_column_number_row", "a row of column numbers (1, 2, 3 ...) under the headers"
    )
    sh = book.sheet("Attachments")
    sh.put("A1", title("Attachments by payment group and month"))
    sh.row("A3", head("Payment group"), *(head(m) for m in MONTHS[:3]), head("Total"))
    sh.row("A4", None, *(head(n) for n in range(1, 5)))
    rows = numbers(61, 5, 3)
    for i, (group, line) in enumerate(zip(GROUPS, rows, strict=True)):
        r = 4 + i
        sh.row(cell(r, 0), label(group), *(count(v) for v in line),
               total(rng_range(r, 1, r, 3)))  # fmt: skip
    sh.row("A10", label("Total"), *(total(rng_range(4, c, 8, c)) for c in range(1, 5)))
    return book


def year_labels() -> BookSpec:
    book = BookSpec(
        "62_year_label_column_and_year_headers",
        "a Year column counting down to 1985 (older than any year wpxl took for a label), and "
        "year headers",
    )
    sh = book.sheet("Referrals by year")
    sh.put("A1", title("Referrals by year and month"))
    sh.row("A3", head("Year"), head("Total"), *(head(m) for m in ("January", "February", "March")))
    years = list(range(1994, 1984, -1))
    rows = numbers(62, len(years), 3, 300, 900)
    for i, (year, line) in enumerate(zip(years, rows, strict=True)):
        r = 3 + i
        sh.row(cell(r, 0), label(year), total(rng_range(r, 2, r, 4)), *(count(v) for v in line))
    top = 3 + len(years) + 2
    sh.put(cell(top, 0), title("Attachments by payment group and year"))
    matrix(sh, top + 2, 0, "Payment group", [2015, 2016, 2017, 2018], GROUPS[:3],
           numbers(162, 3, 4))  # fmt: skip
    return book


def category_labels() -> BookSpec:
    book = BookSpec(
        "63_previous_children_categories",
        "row labels 0, 1, 2 and '3 and over' (number of previous children), total first",
    )
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by number of previous children and payment group"))
    sh.row("A3", head("Number of previous children"), head("All groups"),
           *(head(g) for g in GROUPS[:3]))  # fmt: skip
    kinds: list[object] = [0, 1, 2, "3 and over"]
    rows = numbers(63, len(kinds), 3)
    sh.row("A4", label("Total"), total("C4:E4"), *(total(rng_range(4, c, 7, c)) for c in (2, 3, 4)))
    for i, (kind, line) in enumerate(zip(kinds, rows, strict=True)):
        r = 4 + i
        sh.row(cell(r, 0), label(kind), total(rng_range(r, 2, r, 4)), *(count(v) for v in line))
    return book


def pound_bands() -> BookSpec:
    book = BookSpec(
        "64_pound_band_labels",
        "households counted by award band: '£' and 'payment' in band labels and band headers "
        "are not money; '£000' in a header is",
    )
    sh = book.sheet("Data Sheet 0")
    sh.put("A1", title("Referrals of households by monthly award amount (bands) and family type"))
    matrix(sh, 2, 0, "Monthly award amount (bands)", FAMILIES, BANDS, numbers(64, 5, 3, 100, 900))
    sh.put("A12", title("Referrals of households by family type and award band"))
    matrix(sh, 13, 0, "Family type", BANDS[1:4], FAMILIES, numbers(164, 3, 3, 100, 900))
    sh.put("A20", title("Referral funding by family type"))
    sh.row("A22", head("Family type"), head("Paid, £000"))
    for i, family in enumerate(FAMILIES):
        sh.row(cell(22 + i, 0), label(family), dropped(numbers(264 + i, 1, 1)[0][0]))
    return book


def suppressed() -> BookSpec:
    book = BookSpec(
        "65_suppression_markers_under_totals",
        "'..', '[c]', '[x]', '[z]' and '-' kept as written; a total over one is removed",
    )
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by payment group and month"))
    sh.row("A3", head("Payment group"), *(head(m) for m in MONTHS[:3]), head("Total"))
    rows = numbers(65, 5, 3)
    markers = {(0, 1): "..", (2, 0): "[c]", (3, 2): "[x]"}
    for i, (group, line) in enumerate(zip(GROUPS, rows, strict=True)):
        r = 3 + i
        specs: list[Spec] = [
            text(markers[(i, j)]) if (i, j) in markers else count(v) for j, v in enumerate(line)
        ]
        marked = any((i, j) in markers for j in range(3))
        row_total = dropped(sum(line)) if marked else total(rng_range(r, 1, r, 3), formula=None)
        sh.row(cell(r, 0), label(group), *specs, row_total)
    sh.row("A9", label("Total"), *(dropped(sum(r[c] for r in rows)) for c in range(3)),
           dropped(sum(map(sum, rows))))  # fmt: skip
    sh.put("A11", title("Attachments by payment group"))
    sh.row("A13", head("Payment group"), head("JSA"), head("ESA"))
    sh.row("A14", label("Under 18"), text("[z]"), text("-"))
    for i, (group, line) in enumerate(zip(GROUPS[:3], numbers(165, 3, 2), strict=True)):
        sh.row(cell(14 + i, 0), label(group), *(count(v) for v in line))
    return book


def _perturbed(book: BookSpec) -> BookSpec:
    """Typed row totals one household over or under the sum of their parts, as Stat-Xplore
    publishes (a total over its parts everywhere would count a group the table does not show)."""
    sh = book.sheet("Households")
    sh.put("A1", title("Referrals of households by family type and region"))
    sh.row("A3", head("Region"), *(head(f) for f in FAMILIES), head("Total"))
    rows = numbers(66, 4, 3, 100, 900)
    for i, line in enumerate(rows):
        r = 3 + i
        off = total(rng_range(r, 1, r, 3), formula=None)
        off.value = sum(line) + (1 if i % 2 else -1)
        sh.row(cell(r, 0), label(f"Region {i + 1}"), *(count(v) for v in line), off)
    sh.row("A8", label("Total"), *(total(rng_range(3, c, 6, c), formula=None) for c in range(1, 4)))
    return book


def perturbed_refused() -> BookSpec:
    book = BookSpec(
        "66_perturbed_source_totals_refused",
        "typed totals perturbed at source: refused by default, naming the cell",
        refused=["sheet 'Households', cell E4", "not the sum"],
    )
    return _perturbed(book)


def perturbed_rebuilt() -> BookSpec:
    book = BookSpec(
        "67_perturbed_source_totals_rebuilt",
        'the same perturbed totals with source_totals = "rebuild": totals over their parts',
        policy={"source_totals": "rebuild"},
    )
    return _perturbed(book)


def typed_rates() -> BookSpec:
    book = BookSpec(
        "68_typed_rates_beside_unrelated_columns",
        "a rate whose header names both measures is rebuilt; one that two unrelated columns "
        "happen to divide to is removed",
    )
    sh = book.sheet("Summary")
    sh.put("A1", title("Referrals and attachments by local authority"))
    sh.row("A3", head("Local authority"), head("Referrals"), head("Attachments"),
           head("Referrals male"), head("Referrals female"),
           head("Attachments as % of referrals"), head("% of referrals at home"))  # fmt: skip
    rng = random.Random(68)
    for i, council in enumerate(["Ashby Vale", "Brackenshire", "Holmcroft", "Kingsmere"]):
        r = 3 + i
        refs = rng.randint(300, 600)
        atts = int(refs * rng.uniform(0.5, 0.9))
        male = rng.randint(100, 300)
        female = rng.randint(100, 300)
        sh.row(cell(r, 0), label(council), count(refs), count(atts), count(male), count(female),
               derived(round(atts / refs, 3), **PCT),
               derived(round(male / female, 3), **PCT))  # fmt: skip
    return book


def structured_references() -> BookSpec:
    book = BookSpec(
        "69_structured_reference_totals",
        "an Excel table: row totals as SUM(Table1[[#This Row],[Apr]:[Jun]]), a totals row of "
        "SUBTOTAL(109,Table1[Apr])",
    )
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by payment group and month"))
    heads = ["Apr", "May", "Jun"]
    sh.row("A3", head("Payment group"), *(head(h) for h in heads), head("Total"))
    rows = numbers(69, 4, 3)
    for i, (group, line) in enumerate(zip(GROUPS[:4], rows, strict=True)):
        r = 3 + i
        formula = "SUM(Table1[[#This Row],[Apr]:[Jun]])"
        sh.row(cell(r, 0), label(group), *(count(v) for v in line),
               total(rng_range(r, 1, r, 3), formula=formula))  # fmt: skip
    sh.row("A8", label("Total"), *(
        total(rng_range(3, c, 6, c), formula=f"SUBTOTAL(109,Table1[{h}])")
        for c, h in enumerate([*heads, "Total"], start=1)
    ))  # fmt: skip
    sh.tables.append(("A3:E8", "Table1"))
    return book


def money_title() -> BookSpec:
    book = BookSpec(
        "70_money_in_title", "'Figures in £ million' in the title: every figure is money, removed"
    )
    sh = book.sheet("Balances")
    sh.put("A1", title("Referral fund balances by region, figures in £ million"))
    sh.row("A3", head("Region"), head("2012"), head("2013"), head("Total"))
    rows = numbers(70, 3, 2, 10, 90)
    for i, (region, line) in enumerate(zip(["North", "Midlands", "South"], rows, strict=True)):
        r = 3 + i
        sh.row(cell(r, 0), label(region), *(dropped(v) for v in line),
               dropped(sum(line), formula=f"SUM(B{r + 1}:C{r + 1})"))  # fmt: skip
    return book


def same_address() -> BookSpec:
    book = BookSpec(
        "71_same_address_header",
        "counts under 'same address' headers are counts; postcodes are removed",
    )
    sh = book.sheet("Households")
    sh.put("A1", title("Referrals by payment group and where the household lives"))
    sh.row("A3", head("Payment group"), head("Same address as last referral"),
           head("Different address"), head("Office postcode"), head("Total"))  # fmt: skip
    for i, (group, line) in enumerate(zip(GROUPS[:3], numbers(71, 3, 2), strict=True)):
        r = 3 + i
        sh.row(cell(r, 0), label(group), *(count(v) for v in line),
               dropped(f"AV{i + 1} 4XD"), total(rng_range(r, 1, r, 2)))  # fmt: skip
    sh.row("A7", label("Total"), total("B4:B6"), total("C4:C6"), None, total("E4:E6"))
    return book


PLACES = ["NHS establishments", "At home", "Elsewhere"]


def group_labels_down_blocks() -> BookSpec:
    book = BookSpec(
        "72_group_labels_repeated_down_blocks",
        "an outer label repeated on every row of its block ('Total', 0, 1 ...) names the group: "
        "each block's 'Total' row adds up its block, and each row of the 'Total' block adds up "
        "the same row of the other blocks",
    )
    sh = book.sheet("Maternities")
    sh.put("A1", title("Referrals by number of previous children and place"))
    sh.row("A3", head("Previous children"), head("Place"), head("All ages"),
           head("Under 25"), head("25 and over"))  # fmt: skip
    groups: list[object] = ["Total", 0, 1, "2 or more"]
    for b, group in enumerate(groups):
        top = 3 + 4 * b
        sh.row(cell(top, 0), label(group), label("Total"), total(rng_range(top, 3, top, 4)),
               *(total(rng_range(top + 1, c, top + 3, c)) for c in (3, 4)))  # fmt: skip
        lines = numbers(72 + b, 3, 2)
        for k, place in enumerate(PLACES):
            r = top + 1 + k
            if b == 0:  # the 'Total' block: typed, as the source adds across the blocks
                body = [total(*(cell(r + 4 * o, c) for o in (1, 2, 3)), formula=None)
                        for c in (3, 4)]  # fmt: skip
            else:
                body = [count(v) for v in lines[k]]
            sh.row(cell(r, 0), label(group), label(place), total(rng_range(r, 3, r, 4)), *body)
    return book


def categories_in_stacked_blocks() -> BookSpec:
    book = BookSpec(
        "73_categories_in_stacked_blocks",
        "categories 0, 1, 2 run again in a second block below the first: labels, not counts",
    )
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by number of previous children"))
    sh.row("A3", head("Previous children"), head("Measure"), head("All groups"),
           head("JSA"), head("ESA"))  # fmt: skip
    kinds: list[object] = ["Total", 0, 1, 2, "3 or more"]
    r = 3
    for measure in ("Referrals", "Job starts"):
        top = r
        lines = numbers(73 if measure == "Referrals" else 74, len(kinds) - 1, 2)
        sh.row(cell(r, 0), label("Total"), label(measure), total(rng_range(r, 3, r, 4)),
               *(total(rng_range(top + 1, c, top + 4, c)) for c in (3, 4)))  # fmt: skip
        for kind, line in zip(kinds[1:], lines, strict=True):
            r += 1
            sh.row(cell(r, 0), label(kind), label(measure), total(rng_range(r, 3, r, 4)),
                   *(count(v) for v in line))  # fmt: skip
        r += 1
    return book
