"""Benchmark: analyse time on large and fragmented sheets (run by hand, not collected).

``python -m tests.analyse.bench_layouts`` prints seconds per shape; each should grow about in
proportion to the number of cells, not faster (targets: well under 5 s for each shape here).
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import xlsxwriter

from wpxl.analyse import analyse_workbook
from wpxl.policy import Policy
from wpxl.read import read_workbook


def _tall(ws, n: int, rng: random.Random) -> None:
    ws.write(0, 0, "Referrals by council")
    ws.write_row(2, 0, ["Council", *(f"M{i}" for i in range(12))])
    for i in range(n):
        ws.write(3 + i, 0, f"Council {i}")
        ws.write_row(3 + i, 1, [rng.randint(0, 500) for _ in range(12)])


def _sparse(ws, n: int, rng: random.Random) -> None:
    for i in range(n):
        ws.write(i * 2, 0, f"Referrals item {i}")
        ws.write(i * 2, 2, rng.randint(0, 500))


def _many_tables(ws, n: int, rng: random.Random) -> None:
    for t in range(n):
        top = t * 8
        ws.write(top, 0, f"Table {t}: referrals by payment group")
        ws.write_row(top + 2, 0, ["Payment group", "Apr", "May"])
        for i in range(3):
            ws.write_row(top + 3 + i, 0, [f"Group {i}", rng.randint(0, 99), rng.randint(0, 99)])
        ws.write(top + 6, 0, "Total")
        for col in "BC":
            ws.write_formula(top + 6, " BC".index(col), f"=SUM({col}{top + 4}:{col}{top + 6})")


def main() -> None:
    rng = random.Random(4)
    folder = Path(tempfile.mkdtemp())
    for shape, make, sizes in (
        ("tall table (rows)", _tall, (1500, 6000)),
        ("sparse cells (blocks)", _sparse, (1500, 6000)),
        ("stacked tables", _many_tables, (250, 1000)),
    ):
        for n in sizes:
            path = folder / f"{make.__name__}{n}.xlsx"
            book = xlsxwriter.Workbook(str(path))
            make(book.add_worksheet("Referrals"), n, rng)
            book.close()
            read = read_workbook(path)
            start = time.perf_counter()
            analyse_workbook(read, Policy())
            print(f"{shape:<24}{n:>6}: {time.perf_counter() - start:6.2f} s")


if __name__ == "__main__":
    main()
