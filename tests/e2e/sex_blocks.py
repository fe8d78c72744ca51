"""MoJ-like tables of offences by sex at random, with their truth, and a check of a copy against
it that shares nothing with wpxl (tests/e2e/test_sex_blocks.py).

Each workbook is one sheet: 'Males and Females' (or 'Persons') first or last, 'Males' and
'Females', under one header or a table each; each sex its line, then groups of offences with
their totals over or under their lines, groups of one line ('Robbery') between blank lines, and
lines no group holds ('Offence not recorded', 'Unrecorded'); the females may lack a line; the
counts small or not. The truth: every line of the sexes' is a count; every group's total and
every sex's line is the sum of its lines; every line of both sexes is the sum of the sexes'
lines of its name. A copy must show every count rounded to 20, and every such sum as a live
formula (over its own lines or over the sexes': both are sums of rounded counts).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

GROUPS = {
    "Violence against the person": ["Murder", "Manslaughter", "Wounding", "Assaults"],
    "Sexual offences": ["Buggery", "Rape", "Gross indecency", "Other sexual offences"],
    "Robbery": [],
    "Burglary": [],
    "Theft and handling": ["Taking and driving away", "Other thefts", "Handling stolen goods"],
    "Drug offences": ["Supply", "Possession", "Import/export", "Other drug offences"],
}
ALONE = ["Offence not recorded", "Unrecorded"]
BANNER = 2  # the copy's rows above the input's first


@dataclass
class Truth:
    years: int
    lacking: str | None = None  # the line the females lack
    counts: dict[int, list[int]] = field(default_factory=dict)  # input row -> its figures
    sums: list[int] = field(default_factory=list)  # input rows that are sums


def _round(value: int) -> int:
    return (value + 10) // 20 * 20


def workbook(seed: int, path: Path) -> Truth:
    """Write the seed's workbook at ``path``; its truth."""
    rng = random.Random(seed)
    years = rng.randint(2, 6)
    dated = rng.random() < 0.5
    head = [dt.datetime(2015 + i, 6, 30) if dated else str(2015 + i) for i in range(years)]
    groups = dict(rng.sample(list(GROUPS.items()), rng.randint(2, len(GROUPS))))
    alone = ALONE[: rng.randint(0, 2)]
    one_table, below, indent = (rng.random() < 0.5 for _ in range(3))
    blank_under_head, blank_under_group = rng.random() < 0.6, rng.random() < 0.5
    everyone = "Males and Females" if rng.random() < 0.5 else "Persons"
    order = ["Males", "Females", everyone] if rng.random() < 0.3 else [everyone, "Males", "Females"]
    leaves = [name for names in groups.values() for name in names]
    lacking = rng.choice(leaves) if leaves and rng.random() < 0.5 else None
    small = rng.random() < 0.3

    def figures() -> list[int]:
        return [rng.randint(0, 30) if small and rng.random() < 0.5 else rng.randint(0, 900)
                for _ in range(years)]  # fmt: skip

    lines: dict[str, dict[str, list[int]]] = {}
    for sex in ("Males", "Females"):
        named = [n for g, ns in groups.items() for n in ns or [g]] + alone
        lines[sex] = {n: figures() for n in named if not (sex == "Females" and n == lacking)}
    lines[everyone] = {
        n: [m + f for m, f in zip(v, lines["Females"].get(n, [0] * years), strict=True)]
        for n, v in lines["Males"].items()
    }
    truth, rows, styles = (
        Truth(years, lacking),
        [["Table A1: Referrals by offence and sex"], []],
        {},
    )
    if one_table:
        rows.append(["", *head])
    for sex in order:
        own = lines[sex]
        rows += [] if one_table else [["", *head]]
        head_row, parts = len(rows), []
        rows.append([sex])
        rows += [[]] if blank_under_head else []
        for group, names in groups.items():
            present = [n for n in names if n in own]
            if not names:
                parts.append(_line(rows, group, own[group], sex == everyone, truth))
                rows.append([])
                continue
            total = [sum(col) for col in zip(*(own[n] for n in present), strict=True)]
            if not below:
                at = len(rows)
                rows += [[group, *total]] + ([[]] if blank_under_group else [])
            rowed = [_line(rows, n, own[n], sex == everyone, truth) for n in present]
            styles.update({r: "indent" for r in rowed})
            if below:
                at = len(rows)
                rows.append([f"Total {group.lower()}", *total])
            truth.sums.append(at)
            parts.append(at)
            rows.append([])
        parts += [_line(rows, n, own[n], sex == everyone, truth) for n in alone]
        rows[head_row] += [sum(rows[p][1 + i] for p in parts) for i in range(years)]
        truth.sums.append(head_row)
        rows += [[], []]
    _write(path, rows, styles if indent else {})
    return truth


def _line(rows: list[list], name: str, values: list[int], summed: bool, truth: Truth) -> int:
    """Append a line: a count of a sex's, or a sum of the sexes' lines of its name (the
    males' line alone where the females lack it: shown as a count, it shows their figure)."""
    at = len(rows)
    rows.append([name, *values])
    if summed and name != truth.lacking:
        truth.sums.append(at)
    else:
        truth.counts[at] = values
    return at


def _write(path: Path, rows: list[list], styles: dict[int, str]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "A1"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                cell = sheet.cell(r, c, value)
                cell.number_format = "dd-mmm-yy" if isinstance(value, dt.datetime) else "General"
        if styles.get(r - 1) == "indent":
            sheet.cell(r, 1).alignment = Alignment(indent=2)
        elif len(row) > 1 and row[0]:
            sheet.cell(r, 1).font = Font(bold=True)
    book.save(path)


def misshown(output: Path, truth: Truth) -> list[str]:
    """Where the copy differs from the truth (see the doc), read with openpyxl alone."""
    shown = openpyxl.load_workbook(output, data_only=True)["A1"]
    written = openpyxl.load_workbook(output)["A1"]
    wrong = []
    for row, values in truth.counts.items():
        for i, value in enumerate(values):
            if shown.cell(row + 1 + BANNER, 2 + i).value != _round(value):
                wrong.append(f"row {row + 1}, year {i + 1}: not the count rounded")
    for row in truth.sums:
        for i in range(truth.years):
            if not str(written.cell(row + 1 + BANNER, 2 + i).value).startswith("="):
                wrong.append(f"row {row + 1}, year {i + 1}: a sum rounded on its own")
    return wrong
