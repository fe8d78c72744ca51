"""Corpus workbooks whose totals form a tree, as published statistics lay them out: subtotals
nested three deep with their totals above or below their parts, blocks stacked in one column
each with its own head total, region blocks under a national total, a total that leaves an
"Unknown" row out, an "All ages" column first over nested column groups, typed trees found by
arithmetic alone, and SUBTOTAL(9/109) trees. Each total's expected parts are its DIRECT
children only."""

from __future__ import annotations

import random
from typing import Any

from xlsxwriter.utility import xl_rowcol_to_cell as cell

from tests.analyse.corpus.shapes import COUNCILS
from tests.analyse.corpus.spec import (
    BookSpec,
    SheetSpec,
    Spec,
    count,
    head,
    label,
    note,
    title,
    total,
)

# (label, children) for a total; a plain string for a leaf
Node = str | tuple[str, list[Any]]

CUSTODY: Node = (
    "Males and Females",
    [
        ("Remand", ["Untried", "Convicted unsentenced"]),
        (
            "Sentenced",
            [
                "Fine defaulter",
                "Less than 12 months",
                ("12 months to less than 4 years", ["12 months to 2 years", "2 to 4 years"]),
                "Indeterminate sentences",
                "Recalls",
            ],
        ),
        "Non-criminal cases",
    ],
)
SETTINGS: Node = ("All referrals in custody", ["Prisons", "Police cells", "Secure homes"])
HALF_YEARS = ["Jun 2019", "Dec 2019", "Jun 2020", "Dec 2020", "Jun 2021", "Dec 2021"]


class TreeWriter:
    """Writes a tree of rows: leaves as made-up counts, totals over their direct children."""

    def __init__(
        self,
        sh: SheetSpec,
        cols: list[int],
        seed: int,
        *,
        heads: bool = True,
        formula: str | None = None,
        indent: bool = True,
        bold: bool = True,
    ) -> None:
        self.sh, self.cols, self.heads = sh, cols, heads
        self.rng = random.Random(seed)
        self.formula = formula  # None: typed totals; 'sum' or 'subtotal9'/'subtotal109'
        self.indent, self.bold = indent, bold

    def write(self, node: Node, row: int, depth: int = 0) -> tuple[int, int]:
        """Write ``node`` from ``row``; returns (its own row, the row after it)."""
        if isinstance(node, str):
            self._label(row, node, depth, heading=False)
            for col in self.cols:
                self.sh.put(cell(row, col), count(self.rng.randint(0, 400)))
            return row, row + 1
        name, kids = node
        own = row if self.heads else None
        nxt = row + 1 if self.heads else row
        rows = []
        for kid in kids:
            kid_row, nxt = self.write(kid, nxt, depth + 1)
            rows.append(kid_row)
        own = own if own is not None else nxt
        self._label(own, name, depth, heading=True)
        for col in self.cols:
            self.sh.put(cell(own, col), self._total([cell(r, col) for r in rows]))
        return own, (nxt if self.heads else nxt + 1)

    def _label(self, row: int, text: str, depth: int, heading: bool) -> None:
        fmt: dict[str, Any] = {}
        if self.indent and depth:
            fmt["indent"] = depth
        if self.bold and heading:
            fmt["bold"] = True
        self.sh.put(cell(row, self.cols[0] - 1), label(text, **fmt))

    def _total(self, parts: list[str]) -> Any:
        if self.formula is None:
            return total(*parts, formula=None)
        if self.formula == "sum":
            return total(*parts)
        number = self.formula.removeprefix("subtotal")
        span = f"{parts[0]}:{parts[-1]}"
        return total(*parts, formula=f"SUBTOTAL({number},{span})")


def _headers(sh: SheetSpec, row: int, corner: str | None, heads: list[str]) -> list[int]:
    if corner is not None:
        sh.put(cell(row, 0), head(corner))
    for k, text in enumerate(heads, start=1):
        sh.put(cell(row, k), head(text))
    return list(range(1, len(heads) + 1))


def nested_heads_three_deep() -> BookSpec:
    book = BookSpec(
        "34_nested_totals_above_three_deep",
        "MoJ style: a head total over subtotals over sub-subtotals over leaves, totals above "
        "their parts, typed, indented; a second tree whose first leaf equals the first tree",
    )
    sh = book.sheet("Referrals by custody")
    sh.put("A1", title("Referrals by type of custody"))
    cols = _headers(sh, 2, None, HALF_YEARS)
    tree = TreeWriter(sh, cols, 61)
    _, nxt = tree.write(CUSTODY, 4)
    _, nxt = tree.write(SETTINGS, nxt)
    sh.put(cell(nxt + 1, 0), note("Source: made-up figures in the shape of MoJ table A1.1."))
    return book


def nested_feet_three_deep() -> BookSpec:
    book = BookSpec(
        "35_nested_totals_below_three_deep",
        "the same tree with every total below its parts, typed, not indented",
    )
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by type of custody"))
    cols = _headers(sh, 2, "Type of custody", HALF_YEARS[:4])
    TreeWriter(sh, cols, 62, heads=False, indent=False).write(CUSTODY, 3)
    return book


def stacked_persons_males_females() -> BookSpec:
    book = BookSpec(
        "36_stacked_persons_males_females",
        "Persons, Males, Females blocks in one column, a blank row between, each with its own "
        "head total over its own rows (Persons is not rebuilt over every row below); each of "
        "Persons' leaves is typed as the sum of the Males' and Females' leaf at its place",
    )
    sh = book.sheet("Attachments")
    sh.put("A1", title("Attachments by religion and sex"))
    cols = _headers(sh, 2, None, ["2019", "2020", "2021"])
    groups = [
        ("All Christian", ["Anglican", "Roman Catholic", "Other Christian"]),
        "Muslim",
        "Hindu",
        "No religion",
        "Not recorded",
    ]
    rng = random.Random(63)
    males = _leaf_values(rng, groups, len(cols))
    females = _leaf_values(rng, groups, len(cols))
    row, span = 3, 10  # a block's lines and the blank line after it
    for name, values in (("Persons", None), ("Males", males), ("Females", females)):
        below = () if values else (span, 2 * span)  # Persons' leaves add up the same below
        row = _block(sh, row, cols, name, groups, values, (males, females), below) + 1
    return book


def _leaf_values(rng: random.Random, groups: list[Node], width: int) -> list[list[int]]:
    leaves = sum(1 if isinstance(g, str) else len(g[1]) for g in groups)
    return [[rng.randint(1, 900) for _ in range(width)] for _ in range(leaves)]


def _block(
    sh: SheetSpec,
    row: int,
    cols: list[int],
    name: str,
    groups: list[Node],
    values: list[list[int]] | None,
    sexes: tuple[list[list[int]], list[list[int]]],
    below: tuple[int, ...],
) -> int:
    """One block: a head total over its groups; Persons' leaves are males plus females, typed
    totals over the leaves ``below`` them (row offsets)."""
    males, females = sexes
    figures = values or [
        [m + f for m, f in zip(a, b, strict=True)] for a, b in zip(males, females, strict=True)
    ]
    leaves = iter(figures)
    head_row, kids = row, []
    sh.put(cell(row, 0), label(name, bold=True))
    row += 1
    for group in groups:
        kids.append(row)
        if isinstance(group, str):
            sh.put(cell(row, 0), label(group, indent=1))
            sh.row(cell(row, 1), *_leaf(row, cols, next(leaves), below))
            row += 1
            continue
        sub, subs = row, []
        sh.put(cell(row, 0), label(group[0], indent=1))
        row += 1
        for leaf in group[1]:
            sh.put(cell(row, 0), label(leaf, indent=2))
            sh.row(cell(row, 1), *_leaf(row, cols, next(leaves), below))
            subs.append(row)
            row += 1
        for col in cols:
            sh.put(cell(sub, col), total(*(cell(r, col) for r in subs), formula=None))
    for col in cols:
        sh.put(cell(head_row, col), total(*(cell(r, col) for r in kids), formula=None))
    return row


def _leaf(row: int, cols: list[int], values: list[int], below: tuple[int, ...]) -> list[Spec]:
    """A leaf's cells: counts, or typed totals over the same places ``below`` rows down."""
    if not below:
        return [count(v) for v in values]
    parts = [[cell(row + d, col) for d in below] for col in cols]
    return [total(*over, formula=None, bold=False) for over in parts]  # plain, as counts


def stacked_blocks_own_headers() -> BookSpec:
    book = BookSpec(
        "37_stacked_blocks_own_headers",
        "blocks stacked in one column each under its own header row, only the first titled: "
        "each block's head total over its own rows, the measure taken from the title above",
    )
    sh = book.sheet("Table 1")
    sh.put("A1", title("Table 1: Job starts by type of custody and sex"))
    row = 2
    for seed, name in enumerate(["Males and Females", "Males", "Females"], start=64):
        cols = _headers(sh, row, None, HALF_YEARS[:3])
        tree = TreeWriter(sh, cols, seed)
        _, row = tree.write((name, CUSTODY[1]), row + 1)
        row += 2
    return book


def region_blocks() -> BookSpec:
    book = BookSpec(
        "38_region_blocks",
        "a national total above region totals above their councils, then a country total "
        "above its own regions: totals above their parts, bold, no indents",
    )
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by region and local authority"))
    cols = _headers(sh, 2, "Area", ["Q1", "Q2", "Q3"])
    regions: Node = (
        "England",
        [
            ("North East", COUNCILS[:3]),
            ("North West", COUNCILS[3:]),
            ("Yorkshire", ["Leeds", "Bradford", "Wakefield", "Hull"]),
        ],
    )
    tree = TreeWriter(sh, cols, 68, indent=False)
    _, nxt = tree.write(regions, 3)
    tree.write(
        ("Wales", [("North Wales", ["Gwynedd", "Conwy"]), ("South Wales", ["Cardiff", "Swansea"])]),
        nxt,
    )
    return book


def total_of_part() -> BookSpec:
    book = BookSpec(
        "39_total_of_part_unknown_outside",
        "a Total below that leaves the 'Unknown' row out, and a head total whose run ends before "
        "'Not known': the rows outside stay counts",
    )
    sh = book.sheet("Attachments")
    sh.put("A1", title("Attachments by age"))
    cols = _headers(sh, 2, "Age", ["Q1", "Q2", "Q3"])
    rng = random.Random(69)
    bands = ["18-24", "25-49", "50 and over"]
    for k, band in enumerate(bands, start=3):
        sh.row(cell(k, 0), label(band), *(count(rng.randint(5, 500)) for _ in cols))
    sh.row("A7", label("Unknown"), *(count(rng.randint(1, 40)) for _ in cols))
    sh.put("A8", label("Total"))
    for col in cols:
        sh.put(cell(7, col), total(*(cell(r, col) for r in range(3, 6)), formula=None))
    sh = book.sheet("Starts")
    sh.put("A1", title("Job starts by disability"))
    cols = _headers(sh, 2, None, ["Q1", "Q2", "Q3"])
    sh.put("A4", label("All people", bold=True))
    for k, group in enumerate(["Disabled", "Not disabled"], start=4):
        sh.row(cell(k, 0), label(group, indent=1), *(count(rng.randint(5, 500)) for _ in cols))
    for col in cols:
        sh.put(cell(3, col), total(cell(4, col), cell(5, col), formula=None))
    sh.row("A7", label("Not known", indent=1), *(count(rng.randint(1, 40)) for _ in cols))
    return book


AGE_COLUMNS: Node = (
    "All ages",
    [
        ("Under 25", ["Under 18", "18 to 24"]),
        ("25 and over", ["25 to 49", "50 to 64", "65 and over"]),
    ],
)


def all_ages_first() -> BookSpec:
    book = BookSpec(
        "40_all_ages_first_nested_columns",
        "an 'All ages' column first over two column groups, each a total over its own ages, "
        "and a Total row first over the payment groups",
    )
    sh = book.sheet("Referrals")
    sh.put("A1", title("Referrals by payment group and age"))
    sh.put("A3", head("Payment group"))
    columns: list[tuple[str, list[int] | None]] = []

    def lay(node: Node) -> int:
        col = len(columns) + 1
        if isinstance(node, str):
            columns.append((node, None))
            return col
        columns.append((node[0], []))
        kids = [lay(kid) for kid in node[1]]
        columns[col - 1] = (node[0], kids)
        return col

    lay(AGE_COLUMNS)
    for col, (name, _) in enumerate(columns, start=1):
        sh.put(cell(2, col), head(name))
    rng = random.Random(70)
    groups = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
    sh.put("A4", label("Total"))
    for row, group in enumerate(groups, start=4):
        sh.put(cell(row, 0), label(group))
        for col, (_, kids) in enumerate(columns, start=1):
            if kids is None:
                sh.put(cell(row, col), count(rng.randint(0, 300)))
            else:
                sh.put(cell(row, col), total(*(cell(row, k) for k in kids), formula=None))
    for col in range(1, len(columns) + 1):
        rows = range(4, 4 + len(groups))
        sh.put(cell(3, col), total(*(cell(r, col) for r in rows), formula=None))
    return book


def typed_tree_arithmetic() -> BookSpec:
    book = BookSpec(
        "41_typed_tree_by_arithmetic",
        "a typed tree with no total words, no bold, no indents: found by arithmetic alone",
    )
    sh = book.sheet("Job starts")
    sh.put("A1", title("Job starts by provider office"))
    cols = _headers(sh, 2, "Office", ["Apr", "May", "Jun", "Jul"])
    offices: Node = (
        "Contract area",
        [
            ("Leeds district", ["Leeds Central", "Leeds East"]),
            ("Bradford district", ["Bradford", "Keighley", "Shipley"]),
            "Wakefield",
        ],
    )
    TreeWriter(sh, cols, 71, indent=False, bold=False).write(offices, 3)
    return book


def subtotal_formula_tree() -> BookSpec:
    book = BookSpec(
        "42_subtotal_109_tree",
        "SUBTOTAL(9) sub-subtotals under SUBTOTAL(109) subtotals, and a grand SUBTOTAL(109) "
        "over the whole range: Excel skips the nested ones, and each is rebuilt over its "
        "direct children (the grand total over the two subtotals)",
    )
    sh = book.sheet("Attachments")
    sh.put("A1", title("Attachments by district"))
    cols = _headers(sh, 2, "District", ["Q1", "Q2"])
    rng = random.Random(72)
    row = 3
    subs = []
    for district, towns in (
        ("North", [["Ashby", "Brack"], ["Holm"]]),
        ("South", [["Kings", "Red"], ["Fern", "Vale", "Dale"]]),
    ):
        first, kids = row, []
        for group in towns:
            start = row
            for town in group:
                sh.row(cell(row, 0), label(town), *(count(rng.randint(5, 300)) for _ in cols))
                row += 1
            if len(group) > 1:
                sh.put(cell(row, 0), label(f"{group[0]} area"))
                for col in cols:
                    span = f"{cell(start, col)}:{cell(row - 1, col)}"
                    sh.put(cell(row, col), total(span, formula=f"SUBTOTAL(9,{span})"))
                row += 1
            kids.append(row - 1 if len(group) > 1 else start)
        sh.put(cell(row, 0), label(f"{district} subtotal"))
        for col in cols:
            span = f"{cell(first, col)}:{cell(row - 1, col)}"
            parts = (cell(r, col) for r in kids)
            sh.put(cell(row, col), total(*parts, formula=f"SUBTOTAL(109,{span})"))
        subs.append(row)
        row += 1
    sh.put(cell(row, 0), label("Grand total"))
    for col in cols:
        span = f"{cell(3, col)}:{cell(row - 1, col)}"
        sh.put(
            cell(row, col), total(*(cell(r, col) for r in subs), formula=f"SUBTOTAL(109,{span})")
        )
    return book


BOOKS = [
    nested_heads_three_deep,
    nested_feet_three_deep,
    stacked_persons_males_females,
    stacked_blocks_own_headers,
    region_blocks,
    total_of_part,
    all_ages_first,
    typed_tree_arithmetic,
    subtotal_formula_tree,
]
