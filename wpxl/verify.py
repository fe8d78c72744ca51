"""Verify stage: reopen the written file as a zip and prove it holds only what was planned.

Every part must be one xlsxwriter writes for a plain workbook; every cell must be exactly the
planned cell; counts and totals must be multiples of the base; every total and rate must be what
its formula gives over the written cells; no dropped string, unrounded or outcome figure, or
personal detail may appear in any part. Findings name the part and the kind, never the value.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from wpxl.analyse.formulas import ratio_refs, sum_refs
from wpxl.analyse.values import is_year
from wpxl.leaks import (
    MAIN_NS,
    Finding,
    WrittenCell,
    read_cells,
    scan_parts,
    shared_strings,
    sheet_parts,
)
from wpxl.model import ExcelError, OutputCell, Plan
from wpxl.sheetref import a1
from wpxl.tokens import figures_quoted, stated_counts

NS = {"m": MAIN_NS}
ALLOWED_PARTS = re.compile(
    r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/(app|core)\.xml|xl/workbook\.xml"
    r"|xl/_rels/workbook\.xml\.rels|xl/styles\.xml|xl/theme/theme1\.xml|xl/sharedStrings\.xml"
    r"|xl/worksheets/sheet\d+\.xml)$"
)
# Words wpxl wrote itself (cover, banner) and the labels it carries are not searched for quoted
# figures: "JSA 25+" is a payment group, not a count. Notes and titles are.
EXEMPT_STRING_KINDS = ("wpxl", "banner", "label")
Written = dict[str, dict[tuple[int, int], WrittenCell]]


def verify_output(path: Path, plan: Plan, base: int) -> list[Finding]:
    """Every finding that makes ``path`` unsafe to share; an empty list is the proof."""
    findings: list[Finding] = []
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        parts = {name: package.read(name) for name in names}
    for name in names:
        if not ALLOWED_PARTS.match(name):
            findings.append(Finding(name, "a part wpxl does not write for a plain workbook"))
    strings = shared_strings(parts.get("xl/sharedStrings.xml", b""))
    where = sheet_parts(parts)
    written: Written = {
        sheet_name: {c: cell for c, cell in read_cells(parts.get(part, b""), strings).items()}
        for sheet_name, part in where.items()
    }
    findings.extend(_check_workbook_xml(parts.get("xl/workbook.xml", b"")))
    findings.extend(_check_cells(plan, written, where, base))
    exempt = {
        c.value
        for s in plan.sheets
        for c in s.cells.values()
        if c.kind in EXEMPT_STRING_KINDS and isinstance(c.value, str)
    }
    # Sheet names are carried as they were shown; docProps/app.xml states how many there are.
    exempt |= {s.name for s in plan.sheets} | {str(len(plan.sheets))}
    findings.extend(scan_parts(parts, plan.forbidden_numbers, plan.forbidden_text, exempt))
    return findings


def _check_workbook_xml(xml: bytes) -> list[Finding]:
    root = ET.fromstring(xml)
    found = []
    if any(s.get("state") not in (None, "visible") for s in root.iter(f"{{{NS['m']}}}sheet")):
        found.append(Finding("xl/workbook.xml", "a hidden sheet"))
    if root.find("m:definedNames", NS) is not None:
        found.append(Finding("xl/workbook.xml", "defined names"))
    return found


def _same(planned: OutputCell, value: object) -> bool:
    want = planned.value
    if isinstance(want, ExcelError):
        return value == want.code
    if isinstance(want, bool):
        return value is want
    if isinstance(want, int | float):
        return isinstance(value, float) and abs(value - want) <= 1e-9 * max(1.0, abs(want))
    if want is None or want == "":
        return value in (None, "")
    if isinstance(want, str):
        return value == want
    return isinstance(value, float)  # dates and times are written as serial numbers


def _check_cells(
    plan: Plan,
    written: Written,
    sheet_parts: dict[str, str],
    base: int,
) -> list[Finding]:
    found: list[Finding] = []
    planned_names = [s.name for s in plan.sheets]
    if list(written) != planned_names:
        found.append(Finding("xl/workbook.xml", "sheets other than the planned ones"))
    for sheet in plan.sheets:
        part = sheet_parts.get(sheet.name, sheet.name)
        cells = written.get(sheet.name, {})
        for coord, (value, formula, _) in cells.items():
            planned = sheet.cells.get(coord)
            problems: list[str] = []
            if planned is None:
                if value not in (None, ""):
                    problems.append("a value wpxl did not plan")
            else:
                if not _same(planned, value):
                    problems.append(f"a {planned.kind} cell whose value is not the planned one")
                want_formula = planned.formula
                if planned.formula is None and isinstance(planned.value, ExcelError):
                    want_formula = formula  # error cells carry the error's own formula
                if (formula or None) != want_formula:
                    problems.append("a formula wpxl did not plan")
                problems.extend(_check_kind(planned, value, plan, base))
            if problems:  # the cell is named only for findings: most cells have none
                found.extend(Finding(f"{part} {a1(*coord)}", problem) for problem in problems)
        for coord, planned in sheet.cells.items():
            if planned.value not in (None, "") and coord not in cells:
                found.append(Finding(f"{part} {a1(*coord)}", "a planned cell that is missing"))
    found.extend(_check_formulas(plan, written))
    return found


def _check_kind(planned: OutputCell, value: object, plan: Plan, base: int) -> list[str]:
    if not isinstance(value, float):
        carried = planned.kind in ("kept", "label") and isinstance(value, str)
        quoted = figures_quoted(value, planned.kind == "label") if carried else []
        stated = stated_counts(value) if carried else []
        if any(n in plan.forbidden_numbers for n in quoted) or any(n % base for n in stated):
            return ["text that quotes an unrounded or outcome figure"]
        return []
    if planned.kind in ("count", "total") and value % base:
        return [f"a {planned.kind} that is not a multiple of {base}"]
    if planned.kind == "percent" and not 0 <= value <= 1:
        return ["a percentage outside 0-100%"]
    if planned.kind in ("kept", "label") and value in plan.forbidden_numbers and not is_year(value):
        return ["an unrounded, removed or outcome figure"]
    return []


def _check_formulas(plan: Plan, written: Written) -> list[Finding]:
    found = []

    def number(sheet: str, coord: tuple[int, int]) -> float:
        value = written.get(sheet, {}).get(coord, (0.0, None, 0))[0]
        return value if isinstance(value, float) else 0.0

    for sheet in plan.sheets:
        for (row, col), cell in written[sheet.name].items() if sheet.name in written else ():
            value, formula, _ = cell
            planned = sheet.cells.get((row, col))
            if formula is None or planned is None or planned.kind not in ("total", "derived"):
                continue
            if planned.kind == "total":
                refs = sum_refs(formula)
                result = (
                    None
                    if refs is None
                    else sum(
                        number(ref.sheet or sheet.name, c) for ref in refs for c in ref.coords()
                    )
                )
            else:
                ratio = ratio_refs(formula)
                den = number(sheet.name, (ratio[1].top, ratio[1].left)) if ratio else 0.0
                result = (
                    number(sheet.name, (ratio[0].top, ratio[0].left)) / den
                    if ratio and den
                    else None
                )
            if result is None or not isinstance(value, float) or abs(result - value) > 1e-9:
                found.append(
                    Finding(
                        f"'{sheet.name}' {a1(row, col)}",
                        f"a {planned.kind} whose formula does not give its value",
                    )
                )
    return found
