"""``wpxl check``: the proof for any workbook about to be shared, made by wpxl or by hand.

Given the input it came from (``--against``), the workbook is held to exactly the invariants
sanitise's own proof holds (wpxl.verify.proof): check finds every leak sanitise's proof finds.
Without the input, what the workbook alone can tell: parts and content a shared workbook must
not carry, people named in its properties, banners, figures that are not rounded, totals that
are not the sums of their cells, outcome volumes by the words around them, personal details.
"""

from __future__ import annotations

import zipfile
from collections.abc import Collection
from pathlib import Path
from xml.etree import ElementTree as ET

from wpxl.model import Sheet, Workbook
from wpxl.model.sheetref import a1
from wpxl.policy import Policy
from wpxl.read import ReadInput, read_workbook, survey_workbook
from wpxl.read.kept import KeptSheets
from wpxl.read.left_out import leave_out
from wpxl.read.package import (
    CUSTOM_PROPERTIES,
    HARMLESS_PARTS,
    PEOPLE_PROPERTIES,
    PROPERTY_PARTS,
    WRITTEN_PARTS,
    holds_no_properties,
)
from wpxl.read.sniff import open_workbook
from wpxl.verify.banners import banner_openings
from wpxl.verify.formulas import sum_formula
from wpxl.verify.leaks import Finding, package_parts, scan_parts
from wpxl.verify.outcomes import Measures, OutcomeContext
from wpxl.verify.proof import prove
from wpxl.verify.values import is_date_format, is_multiple, is_percent_format, is_year, number

# Parts Excel itself adds to a plain workbook that hold no data: allowed in a hand-made one.
# wpxl's own author; anything else in these properties names a person or an organisation.


def check_output(
    output: Path,
    policy: Policy,
    against: Path | None = None,
    published: Collection[str] | None = None,
    left_out: tuple[str, ...] = (),
) -> list[Finding]:
    """Every reason ``output`` is not safe to share; an empty list means it passed.
    ``published``: with ``against``, the sheets published when it was made, so no other may
    say so (None: not known). ``left_out``: with ``against``, the input's sheets the copy was
    made leaving out (sanitise's ``--leave-out``), read as hidden ones as sanitise read them,
    so nothing of theirs may show in the copy."""
    if against is not None:
        for path in (output, against):  # what is not a workbook is said in one sentence
            open_workbook(path).close()
        with KeptSheets() as kept:
            read = ReadInput(leave_out(survey_workbook(against), left_out), kept)
            found = prove(output, against, policy, read=read, published=published)
        return found + _people_in_properties(_property_parts(output))
    book = read_workbook(output)
    parts = package_parts(output)
    findings = [
        Finding(name, "a part a shared workbook must not carry")
        for name in sorted(parts)
        if not WRITTEN_PARTS.match(name)
        and not HARMLESS_PARTS.match(name)
        and not (name == CUSTOM_PROPERTIES and holds_no_properties(parts[name]))
    ]
    findings += [
        Finding("workbook", f"hidden or extra content ({kind})")
        for kind in book.extras
        if kind != "document properties"
    ]
    findings += _people_in_properties(parts)
    findings += _banners(book, policy.rounding_base)
    measures = Measures(policy)
    for sheet in book.sheets:
        if sheet.visible:
            findings += _figures(book, sheet, policy.rounding_base, measures)
    findings += scan_parts(parts, (), ())
    return findings


def _property_parts(path: Path) -> dict[str, bytes]:
    """Only the document properties: the proof has read the rest part by part, so the whole
    package of a large copy is not held in memory for two small parts."""
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        return {name: package.read(name) for name in PROPERTY_PARTS if name in names}


def _people_in_properties(parts: dict[str, bytes]) -> list[Finding]:
    found = []
    for name in PROPERTY_PARTS:
        try:
            root = ET.fromstring(parts.get(name, b"<x/>"))
        except ET.ParseError:
            found.append(Finding(name, "properties that cannot be read"))
            continue
        for element in root.iter():
            local = element.tag.rsplit("}", 1)[-1]
            if local in PEOPLE_PROPERTIES and (element.text or "").strip() not in ("", "wpxl"):
                found.append(Finding(name, f"a {local} property other than wpxl"))
    return found


def _banners(book: Workbook, base: int) -> list[Finding]:
    openings = banner_openings(base)
    found = []
    for sheet in book.sheets:
        first = sheet.cells.get((0, 0))
        text = first.value if first is not None else None
        if sheet.visible and not (isinstance(text, str) and text.startswith(openings)):
            found.append(Finding(f"'{sheet.name}' A1", "no published/internal banner"))
    return found


def _figures(book: Workbook, sheet: Sheet, base: int, measures: Measures) -> list[Finding]:
    """Every figure a multiple of the base (percentages, dates and years aside), every SUM the
    sum of its cells, and no figure under an outcome or sustainment heading or label."""
    context = OutcomeContext(sheet, measures)
    labels = _year_lines(sheet)
    found = []
    for coord, cell in sorted(sheet.cells.items()):
        value = number(cell.value)
        fmt = cell.style.number_format
        if value is None or is_date_format(fmt) or not isinstance(cell.value, int | float):
            continue
        where = f"'{sheet.name}' {a1(*coord)}"
        if is_percent_format(fmt):
            if not 0 <= value <= 1:
                found.append(Finding(where, "a percentage outside 0-100%"))
            continue
        parsed = sum_formula(cell.formula) if cell.formula else None
        year = is_year(value) and (coord[0] in labels[0] or coord[1] in labels[1])
        if context.is_outcome(coord) and not year:
            found.append(Finding(where, "an outcome or sustainment volume"))
        elif not is_multiple(value, base) and not year:
            what = "total" if parsed is not None or _labelled_total(sheet, coord) else "count"
            found.append(Finding(where, f"a {what} that is not a multiple of {base}"))
        if parsed is not None:
            parts = parsed.added + sum(
                number(_value(book, r.sheet or sheet.name, c)) or 0.0
                for r in parsed.ranges
                for c in r.coords()
            )
            if abs(parts - value) > 1e-9:
                found.append(Finding(where, "a total that is not the sum of its parts"))
    return found


def _year_lines(sheet: Sheet) -> tuple[set[int], set[int]]:
    """Rows and columns whose figures are all years: a year there is a label."""
    rows: dict[int, bool] = {}
    cols: dict[int, bool] = {}
    for (row, col), cell in sheet.cells.items():
        value = cell.value
        if isinstance(value, int | float) and not isinstance(value, bool):
            year = is_year(float(value))
            rows[row] = rows.get(row, True) and year
            cols[col] = cols.get(col, True) and year
    return {r for r, y in rows.items() if y}, {c for c, y in cols.items() if y}


def _labelled_total(sheet: Sheet, coord: tuple[int, int]) -> bool:
    """A figure in a row (or under a header) that says it is a total."""
    row, col = coord
    return any(
        isinstance(c.value, str) and "total" in c.value.lower()
        for (r, k), c in sheet.cells.items()
        if (r == row and k < col) or (k == col and r < row)
    )


def _value(book: Workbook, sheet_name: str, coord: tuple[int, int]) -> object:
    sheet = next((s for s in book.sheets if s.name == sheet_name), None)
    cell = None if sheet is None else sheet.cells.get(coord)
    return None if cell is None else cell.value
