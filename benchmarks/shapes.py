"""Whether sanitise's time grows with the cells on shapes other than the benchmark's MI book:
``python benchmarks/shapes.py [--lines N]``.

Each shape is made with about N lines and with four times as many, and both are sanitised (a
child process each, as ``bench.py`` runs them); the ratio of their times is 4 where the time
grows with the cells, 16 where a reading asks each line about every other. Such readings hid
behind the benchmark's plain council x month sheets: offices under 800 district totals took
31 s for 100k cells, typed area totals over a code column 18 s for 10k cells, an outcome table
of 2,000 areas whose labels quote figures over ten minutes.

The shapes: offices under district subtotals under a grand total (SUM formulas); areas by
code under typed region subtotals and a typed 'England'; a long extract (area, month, measure,
volume); an outcome table by area and payment group (a percentage sheet); councils' blocks
stacked a blank line apart (``workbooks.make_stacked_blocks``). Every figure is generated the
same way each run; formulas carry their cached values, as Excel saves them.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

sys.path.insert(0, str(Path(__file__).parent))
from bench import Table, seconds, verdict, wpxl
from workbooks import MONTHS, make_stacked_blocks

YEAR = MONTHS[:12]
LAST = xl_col_to_name(len(YEAR))  # the last month's column letter
SYLLABLES = ("ash", "bur", "cal", "dun", "el", "fen", "gar", "hol", "ing", "kel", "lam", "mor")


def place_name(index: int) -> str:
    """A made-up place name for each index (no digits: a label quoting a number that is also a
    count is removed from the copy, which is not what these shapes measure)."""
    parts = []
    while True:
        index, rest = divmod(index, len(SYLLABLES))
        parts.append(SYLLABLES[rest])
        if not index:
            break
    return "".join(parts).capitalize() + "ton"


def nested_subtotals(path: Path, lines: int, seed: int = 1) -> Path:
    """Job starts by office and month: eight offices a district, each with a SUM across, a
    district total line of SUMs down its offices, and a grand total adding the districts."""
    rng = random.Random(seed)
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Starts by office")
    ws.write_row(0, 0, ["Job starts by office and month, 2013-14"])
    ws.write_row(2, 0, ["Office", *YEAR, "Total"])
    row, districts, grand = 3, [], [0] * (len(YEAR) + 1)
    for district in range(max(1, lines // 9)):
        first, sums = row, [0] * (len(YEAR) + 1)
        for office in range(8):
            values = [rng.randint(0, 60) for _ in YEAR]
            ws.write_string(row, 0, f"{place_name(district)} office {chr(65 + office)}")
            ws.write_row(row, 1, values)
            formula = f"=SUM(B{row + 1}:{LAST}{row + 1})"
            ws.write_formula(row, len(YEAR) + 1, formula, None, sum(values))
            sums = [s + v for s, v in zip(sums, [*values, sum(values)], strict=True)]
            row += 1
        ws.write_string(row, 0, f"{place_name(district)} district total")
        for j, total in enumerate(sums, start=1):
            letter = xl_col_to_name(j)
            ws.write_formula(row, j, f"=SUM({letter}{first + 1}:{letter}{row})", None, total)
        districts.append(row)
        grand = [g + s for g, s in zip(grand, sums, strict=True)]
        row += 1
    ws.write_string(row, 0, "Grand total")
    for j, total in enumerate(grand, start=1):
        letter = xl_col_to_name(j)
        formula = "=" + "+".join(f"{letter}{r + 1}" for r in districts)
        ws.write_formula(row, j, formula, None, total)
    book.close()
    return path


def typed_groups(path: Path, lines: int, seed: int = 1) -> Path:
    """Job starts by area, each numbered by a code: six areas a region, a typed region total
    line (no code) and a typed 'England' line, every total typed as a source's export types
    them, a typed Total column too."""
    rng = random.Random(seed)
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Starts by area")
    ws.write_row(0, 0, ["Job starts by area, 2013-14"])
    ws.write_row(2, 0, ["Area code", "Area", *YEAR, "Total"])
    row, england = 3, [0] * (len(YEAR) + 1)
    for region in range(max(1, lines // 7)):
        sums = [0] * (len(YEAR) + 1)
        for area in range(6):
            values = [rng.randint(0, 50) for _ in YEAR]
            values.append(sum(values))
            ws.write_row(row, 0, [1000 + 10 * region + area, f"{place_name(6 * region + area)}"])
            ws.write_row(row, 2, values)
            sums = [s + v for s, v in zip(sums, values, strict=True)]
            row += 1
        ws.write_row(row, 1, [f"{place_name(region)} region total", *sums])
        england = [e + s for e, s in zip(england, sums, strict=True)]
        row += 1
    ws.write_row(row, 1, ["England", *england])
    book.close()
    return path


def long_extract(path: Path, lines: int, seed: int = 1) -> Path:
    """A long extract, a line for each area, month and measure, as a case management system
    exports it: Area | Month | Measure | Volume."""
    rng = random.Random(seed)
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Extract")
    ws.write_row(0, 0, ["Area", "Month", "Measure", "Volume"])
    row = 1
    for area in range(max(1, lines // 36)):
        for month in YEAR:
            for measure in ("Referrals", "Attachments", "Job starts"):
                ws.write_row(row, 0, [place_name(area), month, measure, rng.randint(0, 99)])
                row += 1
    book.close()
    return path


def outcome_areas(path: Path, lines: int, seed: int = 1) -> Path:
    """Job outcomes by area and payment group, a SUM across and a Total line of SUMs down: a
    percentage sheet in the copy."""
    rng = random.Random(seed)
    groups = ["JSA 18-24", "JSA 25+", "ESA"]
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Job outcomes")
    ws.write_row(0, 0, ["Job outcomes by area and payment group"])
    ws.write_row(2, 0, ["Area", *groups, "Total"])
    first, sums = 3, [0] * (len(groups) + 1)
    for area in range(lines):
        row = first + area
        values = [rng.randint(0, 30) for _ in groups]
        ws.write_string(row, 0, place_name(area))
        ws.write_row(row, 1, values)
        ws.write_formula(row, len(groups) + 1, f"=SUM(B{row + 1}:D{row + 1})", None, sum(values))
        sums = [s + v for s, v in zip(sums, [*values, sum(values)], strict=True)]
    last = first + lines
    ws.write_string(last, 0, "Total")
    for j, total in enumerate(sums, start=1):
        letter = xl_col_to_name(j)
        ws.write_formula(last, j, f"=SUM({letter}{first + 1}:{letter}{last})", None, total)
    book.close()
    return path


def stacked_councils(path: Path, lines: int, seed: int = 1) -> Path:
    return make_stacked_blocks(path, max(1, lines // 9), seed)


SHAPES: dict[str, Callable[[Path, int], Path]] = {
    "nested subtotals": nested_subtotals,
    "typed groups by code": typed_groups,
    "long extract": long_extract,
    "outcomes by area": outcome_areas,
    "stacked blocks": stacked_councils,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1500, help="the smaller books' lines")
    args = parser.parse_args()
    table = Table(None, f"Growth with the lines, {args.lines} against {4 * args.lines}:")
    with tempfile.TemporaryDirectory(prefix="wpxl-shapes-") as folder:
        work = Path(folder)
        for name, make in SHAPES.items():
            stem = name.replace(" ", "-")
            small = make(work / f"{stem}-small.xlsx", args.lines)
            large = make(work / f"{stem}-large.xlsx", 4 * args.lines)
            a, b = wpxl([small], work / "out"), wpxl([large], work / "out")
            growth = b.seconds / a.seconds
            table.add(
                f"{name}: four times the lines", seconds(b), seconds(a), growth,
                "≤ 5x (growing with the cells)", verdict(growth <= 5, a, b),
            )  # fmt: skip


if __name__ == "__main__":
    main()
