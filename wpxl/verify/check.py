"""``wpxl check``: the leak proof for any workbook about to be shared, made by wpxl or by hand.

Without the plan that made it, the workbook is read the way wpxl reads an input: its package
for hidden and extra content, its properties, its banners, and its tables (through the analyse
stage) for counts that are not rounded, totals that are not the sums of their parts and outcome
volumes. Given the input it came from, every figure of that input that must not appear and
every string of a part that was dropped is searched for in every part of the package too.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree as ET

from wpxl.analyse import analyse_workbook
from wpxl.analyse.formulas import sum_refs
from wpxl.analyse.values import as_number, is_date, is_percent_format, is_year
from wpxl.errors import AnalysisError
from wpxl.model import Role, SheetAnalysis, Workbook
from wpxl.model.sheetref import a1
from wpxl.plan.banner import banner_text
from wpxl.plan.cover import COVER_NAME
from wpxl.plan.figures import NUMERIC_ROLES, Figures
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.read.quoted_figures import numbers_in_text
from wpxl.verify import ALLOWED_PARTS
from wpxl.verify.leaks import Finding, package_parts, scan_parts, shape_words

# Parts Excel itself adds to a plain workbook that hold no data: allowed in a hand-made one.
_HARMLESS_PARTS = re.compile(r"^xl/(calcChain\.xml|theme/theme\d+\.xml)$")
# wpxl's own author; anything else in these properties names a person or an organisation.
_PEOPLE_PROPERTIES = ("creator", "lastModifiedBy", "Company", "Manager")
MIN_DROPPED_TEXT = 6  # shorter strings ("Total", "JSA") are everyday words, not a leak


def check_output(output: Path, policy: Policy, against: Path | None = None) -> list[Finding]:
    """Every reason ``output`` is not safe to share; an empty list means it passed."""
    book = read_workbook(output)
    parts = package_parts(output)
    findings = [
        Finding(name, "a part a shared workbook must not carry")
        for name in sorted(parts)
        if not ALLOWED_PARTS.match(name) and not _HARMLESS_PARTS.match(name)
    ]
    findings += [
        Finding("workbook", f"hidden or extra content ({kind})")
        for kind in book.extras
        if kind != "document properties"
    ]
    findings += _people_in_properties(parts)
    findings += _banners(book, policy)
    try:
        findings += _figures(analyse_workbook(book, policy), policy.rounding_base)
    except AnalysisError:  # tables wpxl would not guess about: judge each cell on its own
        findings += _plain_figures(book, policy)
    wpxl_words = _wpxl_words(book)
    if against is None:
        findings += scan_parts(parts, (), (), wpxl_words)
    else:
        findings += _against(book, parts, wpxl_words, read_workbook(against), policy)
    return findings


def _people_in_properties(parts: dict[str, bytes]) -> list[Finding]:
    found = []
    for name in ("docProps/core.xml", "docProps/app.xml"):
        try:
            root = ET.fromstring(parts.get(name, b"<x/>"))
        except ET.ParseError:
            found.append(Finding(name, "properties that cannot be read"))
            continue
        for element in root.iter():
            local = element.tag.rsplit("}", 1)[-1]
            if local in _PEOPLE_PROPERTIES and (element.text or "").strip() not in ("", "wpxl"):
                found.append(Finding(name, f"a {local} property other than wpxl"))
    return found


def _banners(book: Workbook, policy: Policy) -> list[Finding]:
    openings = tuple(
        banner_text(published, policy.rounding_base, None, None).split(" — ")[0]
        for published in (True, False)
    )
    found = []
    for sheet in book.sheets:
        first = sheet.cells.get((0, 0))
        text = first.value if first is not None else None
        if sheet.visible and not (isinstance(text, str) and text.startswith(openings)):
            found.append(Finding(f"'{sheet.name}' A1", "no published/internal banner"))
    return found


def _figures(analyses: list[SheetAnalysis], base: int) -> list[Finding]:
    """Counts rounded, totals the sums of their parts, no outcome volume, no stray figure."""
    figures = Figures(analyses, base)
    found = []
    for analysis in analyses:
        name = analysis.sheet.name
        for coord, cell in sorted(analysis.sheet.cells.items()):
            number = as_number(cell.value)
            role = analysis.roles.get(coord)
            if number is None or role is None:
                continue
            key = (name, *coord)
            where = f"'{name}' {a1(*coord)}"
            fmt = cell.style.number_format
            if role in NUMERIC_ROLES and figures.is_outcome(key):
                found.append(Finding(where, "an outcome or sustainment volume"))
            elif role is Role.TOTAL and (parts := figures.parts(key)):
                if _labelled_total(analysis, coord) or cell.formula:
                    refs = sum_refs(cell.formula) if cell.formula else None
                    keys = (
                        [(r.sheet or name, *c) for r in refs for c in r.coords()] if refs else parts
                    )
                    part_sum = sum(as_number(_value(analyses, p)) or 0 for p in keys)
                    if abs(part_sum - number) > 1e-9:
                        found.append(Finding(where, "a total that is not the sum of its parts"))
                if number % base:
                    found.append(Finding(where, f"a total that is not a multiple of {base}"))
            elif is_percent_format(fmt):
                if not 0 <= number <= 1:
                    found.append(Finding(where, "a percentage outside 0-100%"))
            elif role is Role.DERIVED or is_date(cell.value, fmt) or is_year(number):
                continue
            elif number % base:
                what = "count" if role is Role.COUNT else "figure"
                found.append(Finding(where, f"a {what} that is not a multiple of {base}"))
    return found


def _labelled_total(analysis: SheetAnalysis, coord: tuple[int, int]) -> bool:
    """A typed total is held to its parts only when it says it is one: the analyser's guess
    from arithmetic alone can be fooled by rounded figures that happen to add up."""
    row, col = coord
    return any(
        isinstance(c.value, str) and "total" in c.value.lower()
        for (r, k), c in analysis.sheet.cells.items()
        if (r == row and k < col) or (k == col and r < row)
    )


def _plain_figures(book: Workbook, policy: Policy) -> list[Finding]:
    """Without tables: every figure a multiple of the base, every SUM its cells' sum, and no
    figure under an outcome or sustainment heading or beside an outcome label."""
    base = policy.rounding_base
    outcome_words = tuple(
        w for m, words in policy.measure_words.items() if m.is_outcome for w in words
    )
    found = []
    for sheet in book.sheets:
        if not sheet.visible:
            continue
        cells = sheet.cells
        for (row, col), cell in sorted(cells.items()):
            number = as_number(cell.value)
            fmt = cell.style.number_format
            if number is None or isinstance(cell.value, str) or is_date(cell.value, fmt):
                continue
            where = f"'{sheet.name}' {a1(row, col)}"
            if is_percent_format(fmt):
                if not 0 <= number <= 1:
                    found.append(Finding(where, "a percentage outside 0-100%"))
                continue
            context = " ".join(
                str(c.value).lower()
                for (r, k), c in cells.items()
                if isinstance(c.value, str) and ((r == row and k < col) or (k == col and r < row))
            )
            if any(word in context for word in outcome_words):
                found.append(Finding(where, "an outcome or sustainment volume"))
            elif not is_year(number) and number % base:
                found.append(Finding(where, f"a figure that is not a multiple of {base}"))
            refs = sum_refs(cell.formula) if cell.formula else None
            if refs is not None:
                parts = [
                    as_number(_cell_value(book, ref.sheet or sheet.name, c)) or 0
                    for ref in refs
                    for c in ref.coords()
                ]
                if abs(sum(parts) - number) > 1e-9:
                    found.append(Finding(where, "a total that is not the sum of its parts"))
    return found


def _cell_value(book: Workbook, sheet_name: str, coord: tuple[int, int]) -> object:
    sheet = next((s for s in book.sheets if s.name == sheet_name), None)
    cell = None if sheet is None else sheet.cells.get(coord)
    return None if cell is None else cell.value


def _value(analyses: list[SheetAnalysis], key: tuple[str, int, int]) -> object:
    for analysis in analyses:
        if analysis.sheet.name == key[0]:
            cell = analysis.sheet.cells.get((key[1], key[2]))
            return None if cell is None else cell.value
    return None


def _wpxl_words(book: Workbook) -> set[str]:
    """wpxl's own words: the banners and the cover sheet, which name rules, not figures."""
    words = {
        c.value
        for s in book.sheets
        if s.name == COVER_NAME
        for c in s.cells.values()
        if isinstance(c.value, str)
    }
    for sheet in book.sheets:
        banner = sheet.cells.get((0, 0))
        if banner is not None and isinstance(banner.value, str):
            words.add(banner.value)
    return words


def _against(
    book: Workbook, parts: dict[str, bytes], wpxl_words: set[str], source: Workbook, policy: Policy
) -> list[Finding]:
    """What the input says must not appear: its unrounded and outcome figures, its dropped text."""
    base = policy.rounding_base
    forbidden: set[float] = set()
    for sheet in source.sheets:
        for cell in sheet.cells.values():
            number = as_number(cell.value)
            if number is not None and number % base and not is_year(number):
                forbidden.add(float(number))
    for text in source.dropped_text:
        forbidden.update(n for n in numbers_in_text(text) if n % base)
    analyses = analyse_workbook(source, policy)
    carried = "\x00".join(
        str(c.value) for a in analyses for c in a.sheet.cells.values() if isinstance(c.value, str)
    )
    labels = {
        str(a.sheet.cells[coord].value)
        for a in analyses
        for coord, role in a.roles.items()
        if role in (Role.HEADER, Role.LABEL)
    }
    ours = "\x00".join(wpxl_words)
    dropped = {
        t
        for t in source.dropped_text
        if len(t) >= MIN_DROPPED_TEXT and t not in carried and t not in ours
    }
    shape = shape_words([s.name for s in book.sheets])
    found = scan_parts(parts, forbidden, dropped, wpxl_words | labels | shape)
    for sheet in book.sheets:
        for coord, cell in sorted(sheet.cells.items()):
            number = as_number(cell.value)
            if number is None or isinstance(cell.value, str) or float(number) not in forbidden:
                continue
            if is_percent_format(cell.style.number_format) and 0 <= number <= 1:
                continue  # a share, not a count
            found.append(
                Finding(f"'{sheet.name}' {a1(*coord)}", "an unrounded, removed or outcome figure")
            )
    return found
