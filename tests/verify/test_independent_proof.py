"""The proof trusts nothing wpxl decided: a deliberately wrong plan is caught, and each invariant
is the one that catches some hostile copy (switched off, that copy gets through).

Each copy here is written by the real writer from a real plan of a real input, the plan then
changed the way a misreading would change it; the proof is given that wrong plan and must
still refuse, naming the sheet and cell.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.builders import referrals_table, write_book
from tests.conftest import PRODUCED
from tests.robustness.conftest import rewrite_package
from wpxl.analyse import analyse_workbook
from wpxl.model import Measure, OutputCell, OutputSheet, Plan
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import INVARIANTS, Finding, verify_output
from wpxl.write import write_plan

Change = Callable[[OutputSheet], None]


def _copy(tmp_path: Path, sheets: dict, change: Change | None = None, **kw) -> tuple[Path, Plan]:
    """The real copy of a real input, its plan's 'Referrals' sheet changed first."""
    source = write_book(tmp_path / "pack.xlsx", sheets, **kw)
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    if change is not None:
        change(next(s for s in plan.sheets if s.name == "Referrals"))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return output, plan


def _referrals(values: list[list[int]], **kw) -> dict:
    return {"Referrals": referrals_table(values, **kw)}


def test_an_unchanged_plan_gives_a_copy_the_proof_passes(tmp_path):
    output, plan = _copy(tmp_path, _referrals([[121, 93], [307, 111]]))
    assert verify_output(output, plan, 20) == []


def test_a_plan_that_leaves_an_unrounded_count_in_place_is_caught(tmp_path):
    def keep_307(sheet: OutputSheet) -> None:  # as if the count were read as a code
        sheet.cells[(5, 1)] = OutputCell(307, style=sheet.cells[(5, 1)].style, kind="kept")

    output, plan = _copy(tmp_path, _referrals([[121, 93], [307, 111]]), keep_307)
    plan.forbidden_numbers = frozenset()  # and the plan thinks nothing is forbidden
    assert Finding("'Referrals' B6", "a figure that is not a multiple of 20") in verify_output(
        output, plan, 20
    )


def test_a_plan_that_rebuilds_a_total_over_three_times_its_cells_is_caught(tmp_path):
    output, plan = _copy(tmp_path, _referrals([[121, 93], [307, 111]]), _total_thrice)
    findings = verify_output(output, plan, 20)
    assert Finding("'Referrals' B8", "a total that adds up other cells than the input's total") in (
        findings
    )


OUTCOME_ROWS = [["Referrals and outcomes by payment group"], [],
                ["Payment group", "Referrals", "JOs"], ["JSA 18-24", 121, 47],
                ["JSA 25+", 307, 61]]  # fmt: skip


def test_a_plan_that_carries_outcome_volumes_as_counts_is_caught(tmp_path):
    output, plan = _copy(tmp_path, {"Referrals": OUTCOME_ROWS}, _outcome_column)
    assert Finding("'Referrals' C6", "an outcome or sustainment volume") in verify_output(
        output, plan, 20
    )


# One hostile copy for each numbered invariant: the change, and the invariant that alone
# catches it (the others have nothing to say about it).
def _total_thrice(sheet: OutputSheet) -> None:
    """'Total' under Apr 2013 (B8) adds up 120 and 300 three times over."""
    total = sheet.cells[(7, 1)]
    sheet.cells[(7, 1)] = OutputCell(1260, "SUM(B6:B7,B6:B7,B6:B7)", total.style, kind="total")


def _note_quotes_307(sheet: OutputSheet) -> None:
    sheet.cells[(10, 0)] = OutputCell("Of these, 307 in May were late", kind="kept")


def _outcome_column(sheet: OutputSheet) -> None:
    """The JOs of JSA 18-24 (47) carried as a count rounded to 40, under its header."""
    sheet.cells[(4, 2)] = OutputCell("JOs", kind="label")
    sheet.cells[(5, 2)] = OutputCell(40, kind="count")


def _comment_text(sheet: OutputSheet) -> None:
    sheet.cells[(10, 0)] = OutputCell("Valparaiso comment text", kind="kept")


def _copied_format(sheet: OutputSheet) -> None:
    """Nothing in the plan: the writer refuses such a format, so the copy is changed after."""


def _with_copied_format(output: Path) -> Path:
    """Every plain cell format of the copy made an input's own ('#,##0" people"')."""

    def change(xml: bytes) -> bytes:
        own = b'<numFmts count="1"><numFmt numFmtId="200" formatCode="#,##0&quot; people&quot;"/>'
        xml = xml.replace(b"<cellXfs", own + b"</numFmts><cellXfs", 1)
        head, _, tail = xml.partition(b"<cellXfs")
        return head + b"<cellXfs" + tail.replace(b'<xf numFmtId="0"', b'<xf numFmtId="200"')

    with zipfile.ZipFile(output) as package:
        styles = package.read("xl/styles.xml")
    return rewrite_package(
        output, output.with_name("formatted.xlsx"), {"xl/styles.xml": change(styles)}
    )


def _year_count(sheet: OutputSheet) -> None:
    sheet.cells[(5, 1)] = OutputCell(2013, kind="kept")  # Year 1's count taken for a year


GROUP_ROWS = [["Referrals by payment group"], [], ["Payment group", "Referrals"], [1, 121],
              [2, 93], [6, 307], [9, 111], ["Total", "=SUM(B4:B7)"]]  # fmt: skip


def _groups_rounded(sheet: OutputSheet) -> None:
    """Payment groups 1, 2, 6, 9 rounded as counts: 0, 0, 0, 0 (every figure a multiple of 20,
    every total honest), the lines no longer told apart."""
    for row in range(5, 9):
        sheet.cells[(row, 0)] = OutputCell(0, style=sheet.cells[(row, 0)].style, kind="count")


def _total_over_removed(sheet: OutputSheet) -> None:
    del sheet.cells[(6, 1)]  # the 5 of JSA 25+ dropped; the total still adds up its place


HOSTILE = {
    "honest_totals": (_total_thrice, [[121, 93], [307, 111]], {}),
    "numbers_allowlisted": (_note_quotes_307, [[121, 93], [307, 111]], {}),
    "no_outcome_volumes": (_outcome_column, [], {"rows": OUTCOME_ROWS}),
    "hidden_stays_hidden": (_comment_text, [[121, 93], [307, 111]], {}),
    "formats_fixed": (_copied_format, [[121, 93], [307, 111]], {}),
    "years_are_labels": (_year_count, [[2013, 93], [307, 111]], {"year_headers": True}),
    "no_total_over_dropped": (_total_over_removed, [[121, 93], [5, 111]], {}),
    "labels_kept": (_groups_rounded, [], {"rows": GROUP_ROWS}),
}


def _hostile_book(tmp_path: Path, name: str) -> tuple[Path, Plan]:
    change, values, options = HOSTILE[name]
    rows = referrals_table(values, total_col=False) if values else []
    if "rows" in options:
        rows = options["rows"]
    if options.get("year_headers"):
        rows = [["Referrals by contract year"], [], ["Payment group", "Year 1", "Year 2"],
                ["JSA 18-24", *values[0]], ["JSA 25+", *values[1]]]  # fmt: skip
    if name == "hidden_stays_hidden":  # the text is the input's comment, which read drops
        return _with_comment(tmp_path, rows, change)
    output, plan = _copy(tmp_path, {"Referrals": rows}, change)
    if name == "formats_fixed":
        output = _with_copied_format(output)
    return output, plan


def _with_comment(tmp_path: Path, rows: list, change: Change) -> tuple[Path, Plan]:
    import xlsxwriter

    source = tmp_path / "commented.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Referrals")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                ws.write_formula(r, c, value)
            elif value is not None:
                ws.write(r, c, value)
    ws.write_comment("B4", "Valparaiso comment text")
    book.close()
    read = read_workbook(source)
    policy = Policy()
    plan = make_plan(read, analyse_workbook(read, policy), policy, Audience(produced=PRODUCED))
    change(next(s for s in plan.sheets if s.name == "Referrals"))
    output = tmp_path / "commented-copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return output, plan


@pytest.mark.parametrize("invariant", sorted(HOSTILE))
def test_each_invariant_alone_catches_its_hostile_copy(tmp_path, monkeypatch, invariant):
    output, plan = _hostile_book(tmp_path, invariant)
    findings = verify_output(output, plan, 20)
    assert findings, f"the proof let the {invariant} copy through"
    assert all(re.fullmatch(r"'[^']+' [A-Z]+[0-9]+", f.part) for f in findings), findings
    monkeypatch.delitem(INVARIANTS, invariant)
    assert verify_output(output, plan, 20) == [], f"{invariant} is not the one catching it"


def test_the_policys_own_outcome_words_hold_whatever_the_plan_read(tmp_path):
    """A plan made without the provider's word carries 'Placements kept' as counts; the proof
    given the provider's policy refuses them, naming each cell."""
    rows = [["Referrals and placements by payment group"], [],
            ["Payment group", "Referrals", "Placements kept"], ["JSA 18-24", 121, 47],
            ["JSA 25+", 307, 61]]  # fmt: skip
    output, plan = _copy(tmp_path, {"Referrals": rows})
    assert verify_output(output, plan, 20) == []
    words = dict(Policy().measure_words)
    words[Measure.JOB_OUTCOMES] = ("placements kept",)
    provider = Policy(measure_words=words)
    assert {f for f in verify_output(output, plan, 20, provider)} == {
        Finding("'Referrals' C6", "an outcome or sustainment volume"),
        Finding("'Referrals' C7", "an outcome or sustainment volume"),
    }
