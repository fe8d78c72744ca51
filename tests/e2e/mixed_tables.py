"""MI tables of the shapes analysts mix, drawn by hypothesis, written with openpyxl (formulas
with no cached values, as openpyxl leaves them; Excel would work them out on opening), and an
oracle of the copy that shares nothing with wpxl: it knows each cell's part from the drawing.

Shapes: subtotal trees one to three deep (each subtotal above or below its children, the grand
total on top or at the foot, levels set in by spaces or a column each, a blank row between
groups), cross-tabs with a Total column (right or left) and a Total line, blocks stacked a
blank row apart each with its own total and maybe a grand total of the blocks, lines named by
years, age bands, codes or numbers stored as numbers, a percentage column of each line's share
of the whole, small cells, and a sheet of job outcomes, which must come out as shares only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tests.e2e.generated_layouts import figures_shown

PLACES = ["Leeds", "York", "Bradford", "Wakefield", "Kirklees", "Calderdale", "Barnsley",
          "Rotherham", "Doncaster", "Sheffield", "Hull", "Selby", "Harrogate", "Craven",
          "Ryedale", "Hambleton", "Scarborough", "Whitby", "Ripon", "Halifax"]  # fmt: skip
REGIONS = ["North", "South", "East", "West", "Central", "Coast"]
COUNTRIES = ["England", "Wales", "Scotland"]
AGE_BANDS = ["16-17", "18-24", "25-34", "35-49", "50-64", "65+"]
GROUPS = ["JSA 18 to 24", "JSA 25 and over", "JSA early access", "ESA volunteers",
          "New ESA claimants", "IB/IS volunteers", "JSA prison leavers"]  # fmt: skip
MONTHS = ["Apr 2014", "May 2014", "Jun 2014", "Jul 2014", "Aug 2014"]
MEASURES = ["Referrals", "Attachments", "Job starts"]

Coord = tuple[int, int]  # (row, column), both from 1 as openpyxl counts


@dataclass
class Part:
    """What a cell of the input is: 'text', 'count', 'total' over ``counts``, 'share' (a line's
    total over the table's), or 'outcome'."""

    value: object
    kind: str
    counts: list[Coord] = field(default_factory=list)
    over: list[Coord] = field(default_factory=list)  # a share's whole


@dataclass
class Node:
    """A line of a table: its label, its children (none: a line of counts)."""

    label: str | int
    level: int
    children: list[Node] = field(default_factory=list)


@dataclass
class Sheet:
    name: str
    cells: dict[Coord, object] = field(default_factory=dict)  # a formula is a string '=...'
    truth: dict[Coord, Part] = field(default_factory=dict)
    formats: dict[Coord, str] = field(default_factory=dict)
    refusable: str = ""  # a shape the run may refuse (with a clear reason), named


def round20(value: int) -> int:
    return (value + 10) // 20 * 20


def book(rng: random.Random, path: Path) -> dict[str, Sheet]:
    """A workbook of one or two sheets of volumes and maybe one of job outcomes at ``path``."""
    sheets: dict[str, Sheet] = {}
    for measure in rng.sample(MEASURES, rng.randint(1, 2)):
        sheet = Sheet(measure)
        row = 1
        for _ in range(rng.choice([1, 1, 2])):
            shape = rng.choice(["tree", "tree", "crosstab", "blocks"])
            row = _table(rng, sheet, measure, shape, row) + 2
        sheets[measure] = sheet
    if rng.random() < 0.5:
        sheet = Sheet("Outcomes")
        _table(rng, sheet, "Job outcomes", "crosstab", 1, outcomes=True)
        sheets[sheet.name] = sheet
    _write(path, sheets)
    return sheets


def _leaves(rng: random.Random, n: int) -> tuple[str, list[str | int]]:
    """A label column's header and ``n`` lines' names: places, age bands, codes, years, numbers."""
    kind = rng.choice(["Area", "Area", "Age band", "Office code", "Year", "CPA", "Payment group"])
    if kind == "Age band":
        start = rng.randint(0, len(AGE_BANDS) - min(n, 3))
        return kind, list(AGE_BANDS[start : start + n])
    if kind == "Office code":
        return kind, [f"E0{n0:07d}" for n0 in sorted(rng.sample(range(8000001, 8000099), n))]
    if kind == "Year":
        first = rng.randint(2009, 2012)
        return kind, list(range(first, first + n))
    if kind == "CPA":
        return kind, sorted(rng.sample(range(1, 19), n))
    if kind == "Payment group":
        return kind, rng.sample(GROUPS, min(n, len(GROUPS)))
    return kind, rng.sample(PLACES, n)


def _count(rng: random.Random, small: bool) -> int:
    return rng.randint(0, 15) if small else rng.choice([rng.randint(0, 30), rng.randint(0, 900)])


def _periods(rng: random.Random) -> list[str]:
    return MONTHS[: rng.randint(1, 4)]


def _tree(rng: random.Random, depth: int) -> tuple[list[str], list[Node]]:
    """The label columns' headers and a forest ``depth`` deep over leaves of one kind."""
    if depth == 1:
        head, names = _leaves(rng, rng.randint(2, 6))
        return [head], [Node(n, 0) for n in names]
    places = rng.sample(PLACES, len(PLACES))
    tops = rng.sample(COUNTRIES if depth == 3 else REGIONS, rng.randint(2, 3))

    def grow(name: str, level: int) -> Node:
        if level == depth - 1:
            return Node(places.pop(), level)
        kids = (
            [f"{r} {name}" for r in rng.sample(REGIONS, rng.randint(1, 2))]
            if level < depth - 2
            else [None] * rng.randint(1, 3)
        )
        return Node(name, level, [grow(k, level + 1) for k in kids])

    heads = ["Country", "Region", "Area"][3 - depth :]
    return heads, [grow(t, 0) for t in tops]


def _table(
    rng: random.Random, sheet: Sheet, measure: str, shape: str, top: int, outcomes: bool = False
) -> int:
    """One table from row ``top``; the last row it fills."""
    periods = _periods(rng)
    small = rng.random() < 0.2
    if shape == "blocks":
        return _blocks(rng, sheet, measure, periods, small, top)
    depth = 1 if shape == "crosstab" else rng.choice([1, 2, 2, 3])
    heads, forest = _tree(rng, depth)
    where = rng.choice(["right", "right", "left", None]) if not outcomes else "right"
    grand_top = depth > 1 and rng.random() < 0.4
    above = rng.random() < 0.5
    apart = depth > 1 and rng.random() < 0.5  # levels in a column each, or set in by spaces
    gap = depth > 1 and rng.random() < 0.3  # a blank row between the top groups
    share = where is not None and not outcomes and rng.random() < 0.3
    title = f"{measure} by {heads[-1].lower()}"
    _put(sheet, (top, 1), title, "text", outcomes)
    row = top + 2
    label_cols = len(heads) if apart else 1
    named = [*(heads if apart else [heads[-1] if depth == 1 else "Area"])]
    columns = [*named, *(["Total"] if where == "left" else []), *periods]
    columns += ["Total"] if where == "right" else []
    columns += ["% of total"] if share else []
    for col, head in enumerate(columns, 1):
        _put(sheet, (row, col), head, "text", outcomes)
    first = label_cols + 1 + (where == "left")
    total_col = {"right": first + len(periods), "left": first - 1, None: None}[where]
    lines: list[tuple[Node, int]] = []  # each line and its row
    row += 1
    grand = Node(rng.choice(["Total", "All areas", "Grand total"]), 0)
    grand.children = forest
    if grand_top:
        lines.append((grand, row))
        row += 1

    def lay(node: Node) -> None:
        nonlocal row
        if node.children and not above:
            for kid in node.children:
                lay(kid)
        lines.append((node, row))
        row += 1
        if node.children and above:
            for kid in node.children:
                lay(kid)

    for at, node in enumerate(forest):
        if gap and at:
            row += 1
        lay(node)
    if not grand_top:
        lines.append((grand, row))
        row += 1
    where_of = {id(node): r for node, r in lines}
    for node, r in sorted(lines, key=lambda line: bool(line[0].children)):  # counts first
        words: str | int = node.label
        if node.children and not above and node is not grand and node.level < depth - 1:
            words = f"{node.label} total"
        if apart:
            _put(sheet, (r, 1 + node.level), words, "text", outcomes)
        elif isinstance(words, str):
            _put(sheet, (r, 1), "  " * node.level + words, "text", outcomes)
        else:
            _put(sheet, (r, 1), words, "text", outcomes)
        for k in range(len(periods)):
            col = first + k
            if not node.children:
                _put(sheet, (r, col), _count(rng, small), "count", outcomes)
                continue
            refs = [f"{get_column_letter(col)}{where_of[id(kid)]}" for kid in node.children]
            formula = f"=SUM({','.join(refs)})"
            _total(sheet, (r, col), formula, _leaf_cells(node, where_of, [col]), outcomes)
        if total_col:
            span = f"{get_column_letter(first)}{r}:{get_column_letter(first + len(periods) - 1)}{r}"
            cols = list(range(first, first + len(periods)))
            _total(sheet, (r, total_col), f"=SUM({span})", _leaf_cells(node, where_of, cols),
                   outcomes)  # fmt: skip
    if share and total_col:
        whole = where_of[id(grand)]
        for node, r in lines:
            if node is grand:
                continue
            at = (r, first + len(periods) + (where == "right"))
            sheet.cells[at] = (
                f"={get_column_letter(total_col)}{r}/${get_column_letter(total_col)}${whole}"
            )
            sheet.formats[at] = "0%"
            sheet.truth[at] = Part(None, "share", [(r, total_col)], [(whole, total_col)])
    return row - 1


def _leaf_cells(node: Node, where_of: dict[int, int], cols: list[int]) -> list[Coord]:
    if not node.children:
        return [(where_of[id(node)], c) for c in cols]
    return [cell for kid in node.children for cell in _leaf_cells(kid, where_of, cols)]


def _blocks(
    rng: random.Random, sheet: Sheet, measure: str, periods: list[str], small: bool, top: int
) -> int:
    """Blocks stacked a blank row apart (a block's name, its header, its lines, its Total), and
    maybe a grand total of the blocks under the last."""
    _put(sheet, (top, 1), f"{measure} by region", "text", False)
    row = top + 2
    totals: list[int] = []
    leaves: dict[Coord, list[Coord]] = {}
    places = rng.sample(PLACES, len(PLACES))
    for region in rng.sample(REGIONS, rng.randint(2, 3)):
        _put(sheet, (row, 1), region, "text", False)
        for col, head in enumerate(["Area", *periods], 1):
            _put(sheet, (row + 1, col), head, "text", False)
        row += 2
        first = row
        for _ in range(rng.randint(1, 4)):
            _put(sheet, (row, 1), places.pop(), "text", False)
            for k in range(len(periods)):
                _put(sheet, (row, 2 + k), _count(rng, small), "count", False)
            row += 1
        _put(sheet, (row, 1), "Total", "text", False)
        for k in range(len(periods)):
            letter = get_column_letter(2 + k)
            cells = [(r, 2 + k) for r in range(first, row)]
            leaves[(row, 2 + k)] = cells
            _total(sheet, (row, 2 + k), f"=SUM({letter}{first}:{letter}{row - 1})", cells, False)
        totals.append(row)
        row += 2
    if rng.random() < 0.6:
        _put(sheet, (row, 1), rng.choice(["Grand total", "All regions"]), "text", False)
        for k in range(len(periods)):
            letter = get_column_letter(2 + k)
            formula = "=" + "+".join(f"{letter}{r}" for r in totals)
            cells = [c for r in totals for c in leaves[(r, 2 + k)]]
            _total(sheet, (row, 2 + k), formula, cells, False)
        return row
    return row - 2


def _put(sheet: Sheet, at: Coord, value: object, kind: str, outcomes: bool) -> None:
    sheet.cells[at] = value
    sheet.truth[at] = Part(value, "outcome" if outcomes and kind == "count" else kind)


def _total(sheet: Sheet, at: Coord, formula: str, counts: list[Coord], outcomes: bool) -> None:
    sheet.cells[at] = formula
    value = sum(sheet.truth[c].value for c in counts)  # type: ignore[misc]
    sheet.truth[at] = Part(value, "outcome" if outcomes else "total", counts)


def _write(path: Path, sheets: dict[str, Sheet]) -> None:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, sheet in sheets.items():
        page = workbook.create_sheet(name)
        for (row, col), value in sheet.cells.items():
            page.cell(row, col, value)
        for at, style in sheet.formats.items():
            page.cell(*at).number_format = style
    workbook.save(path)


def misshown(copy: Path, sheets: dict[str, Sheet]) -> list[str]:
    """Every place where the copy does not show what the drawing says it must."""
    shown = openpyxl.load_workbook(copy, data_only=True)
    written = openpyxl.load_workbook(copy)
    wrong = _outcome_volumes(shown, sheets)
    for name, sheet in sheets.items():
        if name == "Outcomes":
            wrong += _shares(shown, sheet)
            continue
        down = _offset(shown[name], sheet)
        if down is None:
            wrong.append(f"{name}: the title {sheet.truth[(1, 1)].value!r} is not in column A")
            continue
        for (row, col), part in sorted(sheet.truth.items()):
            value = shown[name].cell(row + down, col).value
            formula = written[name].cell(row + down, col).value
            where = f"{name}!{get_column_letter(col)}{row}"
            if part.kind == "text" and value != part.value:
                wrong.append(f"{where}: the label {part.value!r} shows as {value!r}")
            elif part.kind == "count" and value != round20(part.value):  # type: ignore[arg-type]
                wrong.append(f"{where}: the count {part.value} shows as {value!r}")
            elif part.kind == "total":
                due = sum(round20(sheet.truth[at].value) for at in part.counts)  # type: ignore[arg-type]
                live = isinstance(formula, str) and formula.startswith("=")
                if value != due or not (live or len(part.counts) == 1):
                    wrong.append(f"{where}: the total {part.value} shows as {formula!r} {value!r}")
            elif part.kind == "share" and value is not None:
                wrong += _share(sheet, part, value, where)
    return wrong


def _offset(page: Worksheet, sheet: Sheet) -> int | None:
    """How many rows down the copy moved the sheet (the banner's)."""
    title = sheet.truth[(1, 1)].value
    found = next((r[0].row for r in page.iter_rows(max_col=1) if r[0].value == title), None)
    return None if found is None else found - 1


def _rounded_total(sheet: Sheet, at: Coord) -> int:
    return sum(round20(sheet.truth[c].value) for c in sheet.truth[at].counts)  # type: ignore[arg-type]


def _share(sheet: Sheet, part: Part, value: object, where: str) -> list[str]:
    """A share shown must be its line's rounded total over the whole's rounded total."""
    whole = _rounded_total(sheet, part.over[0])
    due = _rounded_total(sheet, part.counts[0]) / whole if whole else None
    if not isinstance(value, int | float) or due is None or abs(value - due) > 0.005:
        return [f"{where}: the share shows as {value!r}, not {due!r}"]
    return []


def _shares(shown: openpyxl.Workbook, sheet: Sheet) -> list[str]:
    """The job outcomes only as each line's share of its column's whole, on a sheet of shares."""
    if "Outcomes" in shown.sheetnames and any(
        isinstance(c.value, int | float) for line in shown["Outcomes"].iter_rows() for c in line
    ):
        return ["Outcomes: the sheet of job outcomes shows figures"]
    head = min(r for (r, c), p in sheet.truth.items() if c == 2 and p.kind == "text" and r > 1)
    corner = sheet.truth[(head, 1)].value
    pages = [p for p in shown if p.title.endswith("%")]
    for page in pages:
        top = next((r[0].row for r in page.iter_rows(max_col=1) if r[0].value == corner), None)
        if top is not None:
            return _shares_on(page, top - head, sheet, head)
    return [f"Outcomes: no sheet of shares headed {corner!r}"]


def _shares_on(page: Worksheet, down: int, sheet: Sheet, head: int) -> list[str]:
    """Each outcome figure's place on the sheet of shares ``page`` (``down`` rows lower)."""
    wrong = []
    last = max(r for r, _ in sheet.truth)
    for (row, col), part in sorted(sheet.truth.items()):
        if row <= head or col == 1 or part.kind != "outcome":
            continue
        whole = sheet.truth[(last, col)].value
        due = round(part.value / whole, 2) if whole else None  # type: ignore[operator]
        value = page.cell(row + down, col).value
        if due is None or isinstance(value, str):  # no share, or withheld on too small a base
            continue
        step = next((s for s in (0.1, 0.05) if isinstance(value, int | float) and _on(value, s)), 0)
        if not isinstance(value, int | float) or abs(value - due) > step + 0.011:
            wrong.append(f"{page.title}!{get_column_letter(col)}{row + down}: {value!r}, not {due}")
    return wrong


def _on(value: float, step: float) -> bool:
    """Whether a share is a multiple of ``step`` (coarsened so its base cannot be worked back)."""
    return abs(value / step - round(value / step)) < 1e-9


def _outcome_volumes(shown: openpyxl.Workbook, sheets: dict[str, Sheet]) -> list[str]:
    """Every number in the copy that is an outcome figure of the input (20 or more, no multiple
    of 20, no label's number)."""
    labels = {p.value for s in sheets.values() for p in s.truth.values() if p.kind == "text"}
    secret = {
        p.value
        for s in sheets.values()
        for p in s.truth.values()
        if p.kind == "outcome" and p.value >= 20 and p.value % 20 and p.value not in labels  # type: ignore[operator]
    }
    return figures_shown(shown, secret)
