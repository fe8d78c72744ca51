"""The floor the speed targets are set against: ``python benchmarks/floor.py BOOK.xlsx``.

Measures, each in its own child process, beside a bare openpyxl load + save of the same file:
- the issue's floor: every sheet's values read with python-calamine and written back with
  xlsxwriter in constant-memory mode (no analysis, formats, formulas or proof);
- the two steps wpxl cannot skip, alone: parsing every sheet part's XML with the standard
  library's parser and doing nothing with it (calamine gives neither formulas nor formats, and
  wpxl needs both), and writing the same number of cells with xlsxwriter (the writer the design
  card chose) with no reading at all.
Prints wall time and peak memory (MB) of each, and each one's ratios to openpyxl.
Needs ``pip install python-calamine`` (wpxl itself does not use it).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench import Measured, naive, run

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

PARSE_ONLY = """
import sys, zipfile
from xml.etree.ElementTree import iterparse
with zipfile.ZipFile(sys.argv[1]) as package:
    for name in package.namelist():
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            for _, element in iterparse(package.open(name)):
                if element.tag.endswith("}row"):
                    element.clear()
"""

WRITE_ONLY = """
import json, sys
import xlsxwriter
out = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
for name, height, width in json.loads(sys.argv[3]):
    sheet = out.add_worksheet(name)
    for r in range(height):
        for c in range(width):
            sheet.write_number(r, c, r + c)
out.close()
"""


SHAPES = """
import json, sys
from python_calamine import CalamineWorkbook
book = CalamineWorkbook.from_path(sys.argv[1])
print(json.dumps([(n, len(rows), max(map(len, rows), default=0))
                  for n in book.sheet_names for rows in [book.get_sheet_by_name(n).to_python()]]))
"""


def _shapes(source: Path) -> str:
    """(name, rows, columns) of each sheet's used area, as JSON; read in a child process, since
    a child's peak memory as the kernel reports it starts from its parent's."""
    command = [sys.executable, "-c", SHAPES, str(source)]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


STEPS = {
    "floor (calamine read + xlsxwriter write)": FLOOR,
    "parse every sheet's XML, nothing else": PARSE_ONLY,
    "xlsxwriter write of as many cells, nothing else": WRITE_ONLY,
}


def measure_steps(source: Path) -> dict[str, Measured]:
    """Each step of ``STEPS`` on ``source``, in its own child process."""
    target = str(source.parent / "floor.xlsx")
    shapes = _shapes(source)  # so the write-only child reads nothing
    return {
        what: run([sys.executable, "-c", code, str(source), target, shapes])
        for what, code in STEPS.items()
    }


def main() -> None:
    source = Path(sys.argv[1])
    measured = measure_steps(source)
    a = naive(source, source.parent)
    print(f"openpyxl load + save: {a.seconds:.2f} s, {a.peak_mb:.0f} MB")
    for what, m in measured.items():
        print(
            f"{what}: {m.seconds:.2f} s, {m.peak_mb:.0f} MB; ratios: time "
            f"{m.seconds / a.seconds:.2f}, memory {m.peak_mb / a.peak_mb:.2f}"
        )


if __name__ == "__main__":
    main()
