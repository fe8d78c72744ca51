"""The floor the speed targets are set against: ``python benchmarks/floor.py BOOK.xlsx``.

Reads every sheet's values with python-calamine and writes them back with xlsxwriter in
constant-memory mode: no analysis, no formats, no proof. Prints wall time and peak memory (MB),
and the same for a bare openpyxl load + save of the same file, each in its own child process.
Needs ``pip install python-calamine`` (wpxl itself does not use it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench import naive, run

FLOOR = """
import sys
from python_calamine import CalamineWorkbook
import xlsxwriter
book = CalamineWorkbook.from_path(sys.argv[1])
out = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
for name in book.sheet_names:
    sheet = out.add_worksheet(name)
    for r, row in enumerate(book.get_sheet_by_name(name).to_python()):
        for c, value in enumerate(row):
            if value != "":
                sheet.write(r, c, value)
out.close()
"""


def main() -> None:
    source = Path(sys.argv[1])
    work = source.parent
    floor = run([sys.executable, "-c", FLOOR, str(source), str(work / "floor.xlsx")])
    a = naive(source, work)
    print(f"floor: {floor.seconds:.2f} s, {floor.peak_mb:.0f} MB")
    print(f"openpyxl load + save: {a.seconds:.2f} s, {a.peak_mb:.0f} MB")
    print(f"ratios: time {floor.seconds / a.seconds:.2f}, memory {floor.peak_mb / a.peak_mb:.2f}")


if __name__ == "__main__":
    main()
