"""Verify stage: reopen the written file as a zip and prove it holds only what was planned.

Every part must be one xlsxwriter writes for a plain workbook; every cell must be exactly the
planned cell; counts and totals must be multiples of the base; every total and rate must be what
its formula gives over the written cells; no dropped string, unrounded or outcome figure, or
personal detail may appear in any part. Findings name the part and the kind, never the value.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from wpxl.analyse.formulas import ratio_refs, sum_refs
from wpxl.analyse.values import is_year
from wpxl.model import ExcelError, OutputCell, Plan
from wpxl.sheetref import a1
from wpxl.tokens import numbers_in_text

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ALLOWED_PARTS = re.compile(
    r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/(app|core)\.xml|xl/workbook\.xml"
    r"|xl/_rels/workbook\.xml\.rels|xl/styles\.xml|xl/theme/theme1\.xml|xl/sharedStrings\.xml"
    r"|xl/worksheets/sheet\d+\.xml)$"
)
PERSONAL = {
    "a National Insurance number": re.compile(
        r"\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"
    ),
    "an e-mail address": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"),
    "a UK phone number": re.compile(r"(?<!\d)(?:\+44\s?|0)(?:\d\s?){9,10}(?!\d)"),
    "a postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[ABD-HJLNP-UW-Z]{2}\b"),
}
_XML_TEXT = re.compile(r">([^<>]+)<")
_SHEET_PART = re.compile(r"^xl/worksheets/sheet\d+\.xml$")
_C, _F, _V, _IS, _T = (f"{{{NS['m']}}}{tag}" for tag in ("c", "f", "v", "is", "t"))
EXEMPT_STRING_KINDS = ("wpxl", "banner", "label")


@dataclass(frozen=True, slots=True)
class Finding:
    part: str
    kind: str

    def __str__(self) -> str:
        return f"{self.part}: {self.kind}"


def verify_output(path: Path, plan: Plan, base: int) -> list[Finding]:
    """Every finding against the written file; an empty list is the proof.

    Parts are read one at a time (each worksheet is parsed as a stream and then let go), so
    proving a large workbook costs little more memory than the cells it holds.
    """
    findings: list[Finding] = []
    text_findings: list[Finding] = []
    check_text = _TextCheck(plan)
    cells_by_part: dict[str, dict[tuple[int, int], tuple[object, str | None]]] = {}
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        for name in names:
            if not ALLOWED_PARTS.match(name):
                findings.append(Finding(name, "a part wpxl does not write for a plain workbook"))
        small = {name: package.read(name) for name in names if not _SHEET_PART.match(name)}
        strings = _shared_strings(small.get("xl/sharedStrings.xml", b""))
        sheet_parts = _sheet_parts(small)
        wanted = set(sheet_parts.values())
        for name in sorted(names):
            data = small[name] if name in small else package.read(name)
            text_findings.extend(check_text(name, data))
            if name in wanted:
                cells_by_part[name] = _read_cells(data, strings)
    written = {sheet: cells_by_part.get(part, {}) for sheet, part in sheet_parts.items()}
    findings.extend(_check_workbook_xml(small.get("xl/workbook.xml", b"")))
    findings.extend(_check_cells(plan, written, sheet_parts, base))
    findings.extend(text_findings)
    return findings


def _shared_strings(xml: bytes) -> list[str]:
    if not xml:
        return []
    root = ET.fromstring(xml)
    return ["".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")) for si in root]


def _sheet_parts(parts: dict[str, bytes]) -> dict[str, str]:
    rels = ET.fromstring(parts["xl/_rels/workbook.xml.rels"])
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    book = ET.fromstring(parts["xl/workbook.xml"])
    found = {}
    for sheet in book.iter(f"{{{NS['m']}}}sheet"):
        target = targets.get(sheet.get(f"{{{REL_NS}}}id"), "")
        found[sheet.get("name", "")] = "xl/" + target.lstrip("/").removeprefix("xl/")
    return found


def _read_cells(xml: bytes, strings: list[str]) -> dict[tuple[int, int], tuple[object, str | None]]:
    cells: dict[tuple[int, int], tuple[object, str | None]] = {}
    if not xml:
        return cells
    for _, c in ET.iterparse(io.BytesIO(xml), events=("end",)):
        if c.tag != _C:
            continue
        formula: str | None = None
        text: str | None = None
        inline = None
        for child in c:
            if child.tag == _F:
                formula = child.text
            elif child.tag == _V:
                text = child.text
            elif child.tag == _IS:
                inline = child
        kind = c.get("t", "n")
        value: object
        if text is None:
            value = "".join(t.text or "" for t in inline.iter(_T)) if inline is not None else None
        elif kind == "s":
            value = strings[int(text)]
        elif kind == "b":
            value = text == "1"
        elif kind in ("str", "e"):
            value = text
        else:
            value = float(text)
        ref = c.get("r", "")
        c.clear()
        if value is None and formula is None:
            continue
        cells[_coord(ref)] = (value, formula)
    return cells


def _coord(ref: str) -> tuple[int, int]:
    match = re.match(r"([A-Z]+)(\d+)", ref)
    if not match:
        return (-1, -1)
    col = 0
    for ch in match.group(1):
        col = col * 26 + ord(ch) - 64
    return int(match.group(2)) - 1, col - 1


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
    written: dict[str, dict[tuple[int, int], tuple[object, str | None]]],
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
        for coord, (value, formula) in cells.items():
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
            if problems:  # where is worked out only for findings: most cells have none
                where = f"{part} {a1(*coord)}"
                found.extend(Finding(where, problem) for problem in problems)
        for coord, planned in sheet.cells.items():
            if planned.value not in (None, "") and coord not in cells:
                found.append(Finding(f"{part} {a1(*coord)}", "a planned cell that is missing"))
    found.extend(_check_formulas(plan, written))
    return found


def _check_kind(planned: OutputCell, value: object, plan: Plan, base: int) -> list[str]:
    if not isinstance(value, float):
        quoted = numbers_in_text(value) if isinstance(value, str) else []
        if planned.kind == "kept" and any(n in plan.forbidden_numbers for n in quoted):
            return ["text that quotes an unrounded or outcome figure"]
        return []
    if planned.kind in ("count", "total") and value % base:
        return [f"a {planned.kind} that is not a multiple of {base}"]
    if planned.kind == "percent" and not 0 <= value <= 1:
        return ["a percentage outside 0-100%"]
    if planned.kind in ("kept", "label") and value in plan.forbidden_numbers and not is_year(value):
        return ["an unrounded, removed or outcome figure"]
    return []


def _check_formulas(
    plan: Plan, written: dict[str, dict[tuple[int, int], tuple[object, str | None]]]
) -> list[Finding]:
    found = []

    def number(sheet: str, coord: tuple[int, int]) -> float:
        value = written.get(sheet, {}).get(coord, (0.0, None))[0]
        return value if isinstance(value, float) else 0.0

    for sheet in plan.sheets:
        for (row, col), cell in written[sheet.name].items() if sheet.name in written else ():
            value, formula = cell
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


class _TextCheck:
    """Scan each part for dropped strings, figures outside cells, and personal details."""

    def __init__(self, plan: Plan) -> None:
        self._plan = plan
        self._exempt = {
            c.value
            for s in plan.sheets
            for c in s.cells.values()
            if c.kind in EXEMPT_STRING_KINDS and isinstance(c.value, str)
        } | {s.name for s in plan.sheets}

    def __call__(self, name: str, data: bytes) -> list[Finding]:
        plan = self._plan
        found = []
        if not name.endswith(".xml") and not name.endswith(".rels"):
            return found
        text_nodes = [t for t in _XML_TEXT.findall(data.decode("utf-8", "replace")) if t.strip()]
        joined = "\x00".join(text_nodes)
        if any(t in joined for t in plan.forbidden_text):
            found.append(Finding(name, "text from a hidden or dropped part of the source"))
        checked = (
            text_nodes
            if name != "xl/sharedStrings.xml"
            else [t for t in text_nodes if t not in self._exempt]
        )
        outside_cells = name.startswith("docProps/") or name == "xl/workbook.xml"
        if outside_cells and any(
            n in plan.forbidden_numbers for t in checked for n in numbers_in_text(t)
        ):
            found.append(Finding(name, "an unrounded, removed or outcome figure"))
        if name in ("xl/sharedStrings.xml", "docProps/core.xml", "docProps/app.xml"):
            for kind, pattern in PERSONAL.items():
                if any(pattern.search(t) for t in checked):
                    found.append(Finding(name, f"what looks like {kind}"))
        return found
