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
from wpxl.model import Coord, ExcelError, OutputCell, OutputSheet, Plan
from wpxl.model.sheetref import a1
from wpxl.read.quoted_figures import figures_quoted, quotes_a_figure, stated_counts
from wpxl.verify.leaks import (
    MAIN_NS,
    Finding,
    WrittenCell,
    read_sheet_part,
    scan_parts,
    scan_words,
    shape_words,
    shared_strings,
    sheet_parts,
)

NS = {"m": MAIN_NS}
ALLOWED_PARTS = re.compile(
    r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/(app|core)\.xml|xl/workbook\.xml"
    r"|xl/_rels/workbook\.xml\.rels|xl/styles\.xml|xl/theme/theme1\.xml|xl/sharedStrings\.xml"
    r"|xl/worksheets/sheet\d+\.xml)$"
)
# Words wpxl wrote itself (cover, banner) and the labels it carries are not searched for quoted
# figures: "JSA 25+" is a payment group, not a count. Notes and titles are.
EXEMPT_STRING_KINDS = ("wpxl", "banner", "label")


def verify_output(path: Path, plan: Plan, base: int) -> list[Finding]:
    """Every finding that makes ``path`` unsafe to share; an empty list is the proof.

    The written sheets are read back one at a time, each beside its planned sheet (which the
    plan may load from disk just then), so proving a large workbook takes one sheet's memory.
    """
    findings: list[Finding] = []
    with zipfile.ZipFile(path) as package:
        names = package.namelist()

        def read(name: str) -> bytes:
            return package.read(name) if name in names else b""

        for name in names:
            if not ALLOWED_PARTS.match(name):
                findings.append(Finding(name, "a part wpxl does not write for a plain workbook"))
        strings = shared_strings(read("xl/sharedStrings.xml"))
        book_xml = read("xl/workbook.xml")
        where = sheet_parts(
            {"xl/workbook.xml": book_xml, "xl/_rels/workbook.xml.rels": read(_BOOK_RELS)}
        )
        findings.extend(_check_workbook_xml(book_xml))
        findings.extend(
            Finding("xl/workbook.xml", "a sheet name that quotes a figure")
            for name in where
            if quotes_a_figure(name, plan.forbidden_numbers, base)
        )  # names are exempt from the figure scan below, as labels are, but held to their rule
        names_exempt = shape_words([n for n, _ in plan.outline])
        exempt_anywhere = set(names_exempt)
        formulas = _CrossSheetFormulas(plan.cross_refs)
        planned_names = []
        for sheet in plan.sheets:
            planned_names.append(sheet.name)
            part = where.get(sheet.name)
            data = read(part) if part else b""
            written, words = read_sheet_part(data, strings)
            findings.extend(_check_cells(sheet, written, part or sheet.name, plan, base))
            findings.extend(formulas.check(sheet, written))
            exempt = {
                c.value
                for c in sheet.cells.values()
                if c.kind in EXEMPT_STRING_KINDS and isinstance(c.value, str)
            }
            exempt_anywhere |= exempt
            if part:
                findings.extend(
                    scan_words(
                        part, words, plan.forbidden_numbers, plan.forbidden_text,
                        exempt | names_exempt,
                    )
                )  # fmt: skip
        if list(where) != planned_names:
            findings.append(Finding("xl/workbook.xml", "sheets other than the planned ones"))
        findings.extend(formulas.finish())
        for name in sorted(set(names) - set(where.values())):
            findings.extend(
                scan_parts(
                    {name: read(name)}, plan.forbidden_numbers, plan.forbidden_text,
                    exempt_anywhere,
                )
            )  # fmt: skip
    return findings


_BOOK_RELS = "xl/_rels/workbook.xml.rels"


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
    sheet: OutputSheet,
    cells: dict[tuple[int, int], WrittenCell],
    part: str,
    plan: Plan,
    base: int,
) -> list[Finding]:
    found: list[Finding] = []
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


class _CrossSheetFormulas:
    """Checks that each total and rate gives its written value. A total adding up cells of
    other sheets is checked once every sheet has been read, from the written values of just
    the cells such totals refer to (``plan.cross_refs``)."""

    def __init__(self, cross_refs: dict[str, set[tuple[int, int]]]) -> None:
        self._wanted = cross_refs
        self._kept: dict[tuple[str, tuple[int, int]], float] = {}
        self._later: list[tuple[str, tuple[int, int], str, object]] = []

    def check(self, sheet: OutputSheet, written: dict[Coord, WrittenCell]) -> list[Finding]:
        name = sheet.name
        for coord in self._wanted.get(name, ()):
            self._kept[(name, coord)] = _number(written, coord)
        found = []
        for coord, (value, formula, _) in written.items():
            planned = sheet.cells.get(coord)
            if formula is None or planned is None or planned.kind not in ("total", "derived"):
                continue
            if planned.kind == "total":
                refs = sum_refs(formula)
                if refs is not None and any(r.sheet and r.sheet != name for r in refs):
                    self._later.append((name, coord, formula, value))
                    continue
                result = (
                    None
                    if refs is None
                    else sum(_number(written, c) for ref in refs for c in ref.coords())
                )
            else:
                ratio = ratio_refs(formula)
                den = _number(written, (ratio[1].top, ratio[1].left)) if ratio else 0.0
                result = (
                    _number(written, (ratio[0].top, ratio[0].left)) / den if ratio and den else None
                )
            if result is None or not isinstance(value, float) or abs(result - value) > 1e-9:
                found.append(_not_its_value(name, coord, planned.kind))
        return found

    def finish(self) -> list[Finding]:
        found = []
        for name, coord, formula, value in self._later:
            refs = sum_refs(formula) or []
            result = sum(
                self._kept.get((ref.sheet or name, c), 0.0) for ref in refs for c in ref.coords()
            )
            if not isinstance(value, float) or abs(result - value) > 1e-9:
                found.append(_not_its_value(name, coord, "total"))
        return found


def _number(written: dict[tuple[int, int], WrittenCell], coord: tuple[int, int]) -> float:
    value = written.get(coord, (0.0, None, 0))[0]
    return value if isinstance(value, float) else 0.0


def _not_its_value(sheet: str, coord: tuple[int, int], kind: str) -> Finding:
    return Finding(f"'{sheet}' {a1(*coord)}", f"a {kind} whose formula does not give its value")
