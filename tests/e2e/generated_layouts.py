"""Real-shaped MI workbooks laid out at random, each cell's part known, and a reading of the
copy against that truth that shares nothing with wpxl.

A workbook holds one to three sheets of volumes; a sheet one table, or two stacked or side by
side; a table areas under regions under countries (one to three levels, each region's line
above or below its areas, the levels in one column set in by spaces or in a column each), maybe
a line of people whose area is not known ('Not known', in the total), one to five period
columns (months, quarters, financial years, years typed as numbers, months coded 201304 and
on, payment groups, the ESA flows named by their prognosis among them), lines named by words or
by numbers (CPA, age, year, payment group), a Total column after them or before them or none,
its totals typed or written as SUMs or chains of '+', a line over the header ('2013/14'), a
blank row under it, a note under the table. Some sheets hold job outcomes under their volumes.
The truth: which cells are labels, which counts, which totals over which counts, which outcome
figures. The copy must show every label as written, every count rounded to 20 (halves up),
every total as a live formula whose cached value is the sum of the rounded counts it covers,
and no outcome figure anywhere.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

AREAS = ["Leeds", "York", "Bradford", "Wakefield", "Kirklees", "Calderdale", "Barnsley",
         "Rotherham", "Doncaster", "Sheffield", "Hull", "Selby", "Harrogate", "Craven",
         "Ryedale", "Hambleton", "Scarborough", "Whitby", "Ripon", "Halifax", "Huddersfield",
         "Dewsbury"]  # fmt: skip
REGIONS = ["North", "South", "East", "West", "Midlands", "Yorkshire", "North East", "London"]
COUNTRIES = ["England", "Wales", "Scotland"]
GROUPS = ["JSA 18 to 24", "JSA 25 and over", "JSA early access", "JSA ex-IB", "ESA volunteers",
          "New ESA claimants", "ESA ex-IB", "IB/IS volunteers", "JSA prison leavers",
          "ESA flow 3/6 months", "ESA flow 12 months"]  # fmt: skip
MEASURES = ["Referrals", "Attachments", "Job starts"]
MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]

Coord = tuple[int, int]


@dataclass
class Part:
    """What a cell of the input is: words, a count, or a total over counts."""

    value: object
    kind: str  # 'text', 'count' or 'total'
    counts: list[Coord] = field(default_factory=list)  # a total's counts


@dataclass
class Line:
    labels: list[str | int | None]
    children: list[int] = field(default_factory=list)  # a total line's lines; none: counts


@dataclass
class Sheet:
    cells: dict[Coord, object] = field(default_factory=dict)  # a formula: (text, its value)
    truth: dict[Coord, Part] = field(default_factory=dict)


def round20(value: int) -> int:
    return (value + 10) // 20 * 20


def workbook(seed: int, path: Path) -> dict[str, Sheet]:
    """The workbook of ``seed`` written at ``path``, and each sheet's truth."""
    rng = random.Random(seed)
    sheets: dict[str, Sheet] = {}
    for at in range(rng.randint(1, 3)):
        measure = MEASURES[at]
        sheet = Sheet()
        end = _place(rng, sheet, f"{measure} by area", 0, 0)
        shape = rng.choice(["one", "one", "stacked", "beside"])
        if shape == "stacked":
            end = _place(rng, sheet, f"{measure} by area, 2014/15", end + 1, 0)
        elif shape == "beside":
            right = 2 + max(col for _, col in sheet.cells)
            end = max(end, _place(rng, sheet, f"{measure} by area, 2014/15", 0, right, notes=False))
        if rng.random() < 0.3:  # job outcomes under the volumes: never shown as volumes
            _place(rng, sheet, "Job outcomes by area", end + 1, 0, notes=False, outcomes=True)
        sheets[measure] = sheet
    _write(path, sheets)
    return sheets


def _heads(rng: random.Random, n: int) -> list:
    kind = rng.choice(["months", "quarters", "years", "typed years", "groups", "codes"])
    if kind == "months":
        return [f"{m} 2013" for m in MONTHS[:n]]
    if kind == "quarters":
        return [f"Q{i % 4 + 1} {2013 + i // 4}" for i in range(n)]
    if kind == "years":
        return [f"{2011 + i}/{12 + i}" for i in range(n)]
    if kind == "typed years":
        return list(range(2010, 2010 + n))
    if kind == "codes":  # months coded yyyymm, typed
        return [(2013 + (3 + i) // 12) * 100 + (3 + i) % 12 + 1 for i in range(n)]
    return rng.sample(GROUPS, n)


def _count(rng: random.Random) -> int:
    return rng.choice([rng.randint(0, 15), rng.randint(0, 900), rng.randint(0, 900)])


def _tree(rng: random.Random) -> tuple[list[str], list[Line]]:
    """The label columns' headers and the lines of areas under regions under countries."""
    depth = rng.choice([1, 2, 2, 3])
    names = [f"{a}{s}" for s in ("", " North", " South") for a in AREAS]
    rng.shuffle(names)
    above, apart = rng.random() < 0.5, rng.random() < 0.5  # totals first; a column each
    lines: list[Line] = []

    def label(level: int, text: str) -> list[str | None]:
        if not apart:
            return ["  " * level + text]
        return [text if at == level else None for at in range(depth)]

    def grow(level: int, name: str) -> int:
        if level == depth - 1:
            lines.append(Line(label(level, name)))
            return len(lines) - 1
        if level == depth - 2:
            kids = [names.pop() for _ in range(rng.randint(2, 4))]
        else:
            kids = [f"{r} {name}" for r in rng.sample(REGIONS, rng.randint(1, 3))]
        if above:
            lines.append(Line(label(level, name)))
            me = len(lines) - 1
            lines[me].children = [grow(level + 1, kid) for kid in kids]
            return me
        children = [grow(level + 1, kid) for kid in kids]
        lines.append(Line(label(level, f"{name} total"), children))
        return len(lines) - 1

    if depth == 1 and rng.random() < 0.4:  # lines named by numbers
        head, numbers = _numbered(rng)
        lines = [Line([number]) for number in numbers]
        total = Line(["Total"], list(range(len(lines))))
        return [head], [*lines, total] if rng.random() < 0.8 else lines
    if depth == 1:
        tops = [grow(0, names.pop()) for _ in range(rng.randint(2, 8))]
        if rng.random() < 0.2:  # a line of people whose area is not known, in the total
            lines.append(Line(label(0, rng.choice(["Not known", "Other", "Unknown"]))))
            tops.append(len(lines) - 1)
    else:
        firsts = rng.sample(COUNTRIES if depth == 3 else REGIONS, rng.randint(2, 3))
        tops = [grow(0, name) for name in firsts]
    grand = Line(label(0, rng.choice(["Total", "All areas", "Great Britain"])), tops)
    if above and depth > 1 and rng.random() < 0.5:
        lines = [grand, *(Line(x.labels, [k + 1 for k in x.children]) for x in lines)]
        grand.children = [k + 1 for k in tops]
    else:
        lines.append(grand)
    heads = ["Country", "Region", "Area"][3 - depth :] if apart else ["Area"]
    return heads, lines


def _numbered(rng: random.Random) -> tuple[str, list[int]]:
    """A label column of numbers: contract package areas, ages, years, payment groups."""
    kind = rng.choice(["CPA", "Age", "Year", "Payment group"])
    count = rng.randint(3, 7)
    if kind == "CPA":
        return kind, sorted(rng.sample(range(1, 19), count))
    first = {"Age": rng.randint(16, 25), "Year": rng.randint(2009, 2013), "Payment group": 1}
    return kind, list(range(first[kind], first[kind] + count))


def _place(
    rng: random.Random,
    sheet: Sheet,
    title: str,
    top: int,
    left: int,
    notes: bool = True,
    outcomes: bool = False,
) -> int:
    """One table written from (``top``, ``left``); the next free row. Of ``outcomes``, each
    figure's part is 'outcome' and each word's 'aside' (the copy shows them as percentages)."""
    heads, lines = _tree(rng)
    periods = _heads(rng, rng.randint(1, 5))
    total_column = rng.choice(["right", "right", "left", None])
    typed, plus = rng.random() < 0.4, rng.random() < 0.3  # typed totals; '=B5+B9' not SUM

    def put(at: Coord, part: Part, formula: str | None = None) -> None:
        sheet.cells[at] = part.value if formula is None else (formula, part.value)
        kind = {"text": "aside"}.get(part.kind, "outcome") if outcomes else part.kind
        sheet.truth[at] = Part(part.value, kind, part.counts)

    put((top, left), Part(title, "text"))
    row = top + 2
    first = left + len(heads) + (total_column == "left")
    if rng.random() < 0.3:
        put((row, first), Part("2013/14", "text"))
        row += 1
    named = [*heads, *(["Total"] if total_column == "left" else []), *periods]
    for col, head in enumerate([*named, *(["Total"] if total_column == "right" else [])], left):
        put((row, col), Part(head, "text"))
    row += 2 if rng.random() < 0.2 else 1  # a blank row under the header, or none
    counts = {
        at: [_count(rng) for _ in periods] for at, line in enumerate(lines) if not line.children
    }

    def leaves(at: int) -> list[int]:
        kids = lines[at].children
        return [x for kid in kids for x in leaves(kid)] if kids else [at]

    for at, line in enumerate(lines):
        here = row + at
        for col, words in enumerate(line.labels, left):
            if words is not None:
                put((here, col), Part(words, "text"))
        under = leaves(at)
        for k, _ in enumerate(periods):
            col = first + k
            if not line.children:
                put((here, col), Part(counts[at][k], "count"))
                continue
            value = sum(counts[x][k] for x in under)
            refs = [xl_rowcol_to_cell(row + kid, col) for kid in line.children]
            formula = "=" + "+".join(refs) if plus else f"=SUM({','.join(refs)})"
            total = Part(value, "total", [(row + x, col) for x in under])
            put((here, col), total, None if typed else formula)
        if total_column:
            col = first + len(periods) if total_column == "right" else first - 1
            value = sum(sum(counts[x]) for x in under)
            last = first + len(periods) - 1
            span = f"{xl_rowcol_to_cell(here, first)}:{xl_rowcol_to_cell(here, last)}"
            covered = [(row + x, first + k) for x in under for k in range(len(periods))]
            put((here, col), Part(value, "total", covered), None if typed else f"=SUM({span})")
    row += len(lines) + 1
    if notes and rng.random() < 0.5:
        put((row, left), Part("Source: provider MI", "text"))
        row += 1
    return row


def _write(path: Path, sheets: dict[str, Sheet]) -> None:
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    for name, sheet in sheets.items():
        page = book.add_worksheet(name)
        for (row, col), value in sorted(sheet.cells.items()):
            if isinstance(value, tuple):
                page.write_formula(row, col, value[0], None, value[1])
            elif isinstance(value, str):
                page.write_string(row, col, value)
            else:
                page.write_number(row, col, value)
    book.close()


def misshown(copy: Path, sheets: dict[str, Sheet]) -> list[str]:
    """Every place where the copy does not show what the truth says it must."""
    shown = openpyxl.load_workbook(copy, data_only=True)
    written = openpyxl.load_workbook(copy)
    wrong = _outcome_volumes(shown, sheets)
    for name, sheet in sheets.items():
        title = sheet.truth[(0, 0)].value
        rows = shown[name].iter_rows(max_col=1)
        down = next((r[0].row - 1 for r in rows if r[0].value == title), None)
        if down is None:
            wrong.append(f"{name}: the title {title!r} is not in column A")
            continue
        for (row, col), part in sorted(sheet.truth.items()):
            value = shown[name].cell(row + down + 1, col + 1).value
            formula = written[name].cell(row + down + 1, col + 1).value
            where = f"{name}!{xl_rowcol_to_cell(row, col)}"
            if part.kind == "outcome" and isinstance(value, int | float):
                wrong.append(f"{where}: the outcome figure {part.value} shows as {value!r}")
            elif part.kind == "text" and value != part.value:
                wrong.append(f"{where}: the label {part.value!r} shows as {value!r}")
            elif part.kind == "count" and value != round20(part.value):  # type: ignore[arg-type]
                wrong.append(f"{where}: the count {part.value} shows as {value!r}")
            elif part.kind == "total":
                due = sum(round20(sheet.truth[at].value) for at in part.counts)  # type: ignore[arg-type]
                live = isinstance(formula, str) and formula.startswith("=")
                if value != due or not (live or len(part.counts) == 1):
                    wrong.append(f"{where}: the total {part.value} shows as {formula!r} {value!r}")
    return wrong


def _outcome_volumes(shown: openpyxl.Workbook, sheets: dict[str, Sheet]) -> list[str]:
    """Every number anywhere in the copy that is an outcome figure of the input (20 or more,
    no multiple of 20, so no rounded volume; no label's number, so no year heading a column)."""
    labels = {p.value for s in sheets.values() for p in s.truth.values() if p.kind != "outcome"}
    secret = {
        p.value
        for s in sheets.values()
        for p in s.truth.values()
        if p.kind == "outcome" and p.value >= 20 and p.value % 20 and p.value not in labels  # type: ignore[operator]
    }
    return figures_shown(shown, secret)


def figures_shown(shown: openpyxl.Workbook, secret: set) -> list[str]:
    """Each cell of the copy showing one of the ``secret`` outcome figures, named."""
    return [
        f"{page.title}!{cell.coordinate}: the outcome figure {cell.value} is shown"
        for page in shown
        for line in page.iter_rows()
        for cell in line
        if isinstance(cell.value, int | float) and cell.value in secret
    ]
