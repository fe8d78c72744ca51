"""What a hunt through packs whose figures are formulas the analyst wrote found (session 33).

Packs were built the way analysts build them, their formulas saved with values (LibreOffice
recalculating, or written as Excel saves them), sanitised and read back cell by cell (values,
formulas, package XML): totals as chains (=B4+B5+B6), SUBTOTAL, SUMIF over subtotal lines,
ROUND and IFERROR round a SUM, a total leaving a line out (=SUM(B4:B7)-B7); 3-D sums
(=SUM(Jan:Mar!B5)); a summary reading a hidden sheet's starts; constants typed into formulas;
defined names over outcome cells or holding a constant; rates and shares of outcomes over
starts or targets, written as ratios, ROUND(..*100,1), IFERROR, INDIRECT, OFFSET, INDEX,
VLOOKUP, SUMIFS and SUMPRODUCT, on the same sheet, another visible one or a hidden one;
payments as a multiple of outcomes; counts made text by TEXT(); suppression by IF(..<5,"<5",..);
errors and stale values cached. Each copy was right: counts rounded, totals rebuilt as SUMs over
the rounded cells, outcome volumes gone to shares, every rate, share, difference or amount
worked from outcome figures removed, and what cannot be rebuilt removed with a reason.

One shape leaked. A 'Results' column beside the job starts reading the outcomes through a cell
between: a hidden 'Link' sheet of bare references ('=Link!A4', Link!A4 being
'=Outcomes!B4' or '=Calc!B4', Calc another hidden sheet), or a hidden working column of the
summary itself ('=Z4', Z hidden, holding '=Outcomes!B4'). Nothing on the Link sheet or in
column Z names a measure, so the figure the column showed was taken for a count: the copy showed
the outcomes rounded (40, 100, 0, 0 and a total of 140 for 31, 97, 9 and 4) under 'Results',
and passed its proof. A direct '=Outcomes!B4' was already removed ('a total that adds up
outcome figures'); one step further was not. Both readings follow such a cell now to what it
reads, on hidden and visible sheets alike, until an outcome figure or no further formula is
found (wpxl/analyse/hidden_links, the plan; wpxl/verify/hidden_links, the proof, asked by
wpxl/verify/outcomes for every figure of a sheet whose formulas read another sheet's outcome
figure): the column is removed, and the proof alone refuses a copy carrying it, or the direct
reference, rounded. On a hidden sheet any cell of a range read counts (a lookup's figure may be
any of them, as before); on a visible one a range reads outcomes only when all its figures are
outcomes, so job starts looked up in a visible table of starts and outcomes
(=INDEX(Data!$B$4:$C$7,MATCH(A4,Data!$A$4:$A$7,0),1)) are still shown, rounded.

A formula wpxl does not rebuild was named in its reason by each reference's first cell, its
sheet left out: 'over B4' for =MAX(B4:B7) or =SUM(B4:B7)+12, 'over B4, B4' for
=B4-Outcomes!B4, and 'over B4' for =MROUND(Outcomes!B4,20), B4 being the job start beside it.
Each reference is named as the formula writes it now (wpxl/analyse/formulas ``Ref.written``):
'over B4:B7', 'over B4, Outcomes!B4', 'over Outcomes!B4'.

A job outcome showing an error ('#N/A' where a VLOOKUP into a hidden extract found no line)
was neither a figure nor a part left out: the percentage sheet dropped its line and gave the
other groups' shares of the rest as 'percentage of all job outcomes' (JSA 18-24 70 %, its true
share 22 %), saying nothing. Such an error is named left out of the base now, on the sheet and
the cover, as a '<5' is (wpxl/plan/percent_lines ``_unread_parts``).

A line under an outcome table's total worked out from its parts ('Total excluding ESA
Volunteers', =SUM(B4:B7)-B7) is removed as a formula wpxl does not rebuild, and the percentage
sheet, its shares of all four groups right, said that line was left out of their base as 'not
a number wpxl can read'. A removed line worked out from two or more of the breakdown's own
parts alone is no part of the base: nothing is said left out (``_of_the_parts``).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import carried_rounded, proved

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
STARTS = [137, 412, 53, 29]
OUTCOMES = [31, 97, 9, 4]


def _linked_pack(path: Path, route: str) -> Path:
    """'Job starts by payment group' on 'Summary', with a 'Results' column showing the job
    outcomes of sheet 'Outcomes' (hidden as 'Calc' when ``route`` is 'calc') read ``route``:
    'direct' (=Outcomes!B4), 'link' or 'calc' (=Link!A4, a hidden sheet of bare references)
    or 'column' (=Z4, Z a hidden column of the summary); formulas saved with their values."""
    book = xlsxwriter.Workbook(str(path))
    book.calc_on_load = False  # as Excel saves a book: the values stored are what it shows
    summary = book.add_worksheet("Summary")
    source = "Calc" if route == "calc" else "Outcomes"
    outcomes = book.add_worksheet(source)
    link = book.add_worksheet("Link") if route in ("link", "calc") else None
    summary.write_row(0, 0, ["Job starts by payment group"])
    summary.write_row(2, 0, ["Payment group", "Job starts", "Results"])
    outcomes.write_row(0, 0, ["Job outcomes by payment group"])
    outcomes.write_row(2, 0, ["Payment group", "Job outcomes"])
    for i, (group, starts, count) in enumerate(zip(GROUPS, STARTS, OUTCOMES, strict=True)):
        row = 4 + i
        summary.write_row(row - 1, 0, [group, starts])
        outcomes.write_row(row - 1, 0, [group, count])
        via = {"direct": f"=Outcomes!B{row}", "column": f"=Z{row}"}.get(route, f"=Link!A{row}")
        summary.write_formula(row - 1, 2, via, None, count)
        if route == "column":
            summary.write_formula(row - 1, 25, f"=Outcomes!B{row}", None, count)
        if link is not None:
            link.write_formula(row - 1, 0, f"={source}!B{row}", None, count)
    summary.write_row(7, 0, ["Total"])
    summary.write_formula(7, 1, "=SUM(B4:B7)", None, sum(STARTS))
    summary.write_formula(7, 2, "=SUM(C4:C7)", None, sum(OUTCOMES))
    outcomes.write_row(7, 0, ["Total"])
    outcomes.write_formula(7, 1, "=SUM(B4:B7)", None, sum(OUTCOMES))
    if route == "column":
        summary.set_column(25, 25, None, None, {"hidden": True})
    if link is not None:
        link.hide()
    if route == "calc":
        outcomes.hide()
    book.close()
    return path


@pytest.mark.parametrize("route", ["link", "calc", "column"])
def test_outcomes_read_through_a_cell_not_carried_are_removed(tmp_path, route):
    source = _linked_pack(tmp_path / "linked.xlsx", route)
    output, said = sanitised_beside(source)
    assert "removed: 'Summary' C4:C7: a figure read from" in said
    values = openpyxl.load_workbook(output, data_only=True)["Summary"]
    lines = [[c.value for c in row] for row in values.iter_rows(min_row=5, max_col=3)]
    assert lines == [
        ["Payment group", "Job starts", "Results"],
        ["JSA 18-24", 140, None],
        ["JSA 25+", 420, None],
        ["ESA Flow", 60, None],
        ["ESA Volunteers", 20, None],
        ["Total", 640, None],
    ]
    formulas = openpyxl.load_workbook(output)["Summary"]
    assert formulas["B10"].value == "=SUM(B6:B9)"


@pytest.mark.parametrize("route", ["direct", "link", "calc", "column"])
def test_the_proof_alone_refuses_outcomes_read_from_another_sheet_carried(tmp_path, route):
    source = _linked_pack(tmp_path / "linked.xlsx", route)
    findings = proved(tmp_path, source, carried_rounded(OUTCOMES, "Summary"))
    assert {str(f) for f in findings} >= {
        f"'Summary' C{row}: an outcome or sustainment volume" for row in range(6, 10)
    }


def test_the_proof_passes_the_copy_wpxl_makes_of_outcomes_read_through_a_link(tmp_path):
    source = _linked_pack(tmp_path / "linked.xlsx", "link")
    assert proved(tmp_path, source) == []


def _summary_with(path: Path, head: str, formula: str, cached: list[int]) -> Path:
    """Starts by payment group on 'Starts' with a column ``head`` of ``formula`` ('{row}' for
    each line's row), job outcomes on 'Outcomes'; formulas saved with their values."""
    book = xlsxwriter.Workbook(str(path))
    book.calc_on_load = False
    starts = book.add_worksheet("Starts")
    outcomes = book.add_worksheet("Outcomes")
    starts.write_row(0, 0, ["Job starts by payment group"])
    starts.write_row(2, 0, ["Payment group", "Job starts", head])
    outcomes.write_row(0, 0, ["Job outcomes by payment group"])
    outcomes.write_row(2, 0, ["Payment group", "Job outcomes"])
    for i, (group, count, value) in enumerate(zip(GROUPS, STARTS, cached, strict=True)):
        starts.write_row(3 + i, 0, [group, count])
        starts.write_formula(3 + i, 2, formula.format(row=4 + i), None, value)
        outcomes.write_row(3 + i, 0, [group, OUTCOMES[i]])
    starts.write_row(7, 0, ["Total"])
    starts.write_formula(7, 1, "=SUM(B4:B7)", None, sum(STARTS))
    book.close()
    return path


@pytest.mark.parametrize(
    ("formula", "cached", "said"),
    [
        ("=MAX($B$4:$B$7)", [412] * 4,
         "C4:C7: a formula wpxl does not rebuild (over B4:B7)"),
        ("=B{row}-Outcomes!B{row}", [s - o for s, o in zip(STARTS, OUTCOMES, strict=True)],
         "C4: a formula wpxl does not rebuild (over B4, Outcomes!B4)"),
        ("=MROUND(Outcomes!B{row},20)", [40, 100, 0, 0],
         "C4: a formula wpxl does not rebuild (over Outcomes!B4)"),
    ],
    ids=["range", "other-sheet", "other-sheet-alone"],
)  # fmt: skip
def test_a_formula_not_rebuilt_is_named_by_the_references_it_reads(tmp_path, formula, cached, said):
    """Its reason named each reference by its first cell alone, its sheet left out: 'over B4'
    for MAX(B4:B7), 'over B4, B4' for =B4-Outcomes!B4, and 'over B4' (the job starts beside
    it) for MROUND(Outcomes!B4,20). It names them as the formula writes them now."""
    source = _summary_with(tmp_path / "derived.xlsx", "Awaiting", formula, cached)
    _, printed = sanitised_beside(source)
    assert f"removed: 'Starts' {said}\n" in printed


@pytest.mark.parametrize("through", [False, True], ids=["straight", "through-a-link"])
def test_starts_looked_up_in_a_table_of_starts_and_outcomes_are_rounded(tmp_path, through):
    """'=INDEX(Data!$B$4:$C$7,MATCH(A4,Data!$A$4:$A$7,0),1)' reads the starts of a visible
    table holding the outcomes beside them (straight, or through a hidden 'Link' sheet): the
    range holds outcomes, the figure is a start. Followed to any outcome in the range, as a
    hidden sheet's lookups are, the copy was refused; a range on a visible sheet reads an
    outcome only when all its figures are outcomes."""
    book = xlsxwriter.Workbook(str(tmp_path / "looked.xlsx"))
    book.calc_on_load = False
    summary, data = book.add_worksheet("Summary"), book.add_worksheet("Data")
    link = book.add_worksheet("Link") if through else None
    summary.write_row(0, 0, ["Job starts by payment group"])
    summary.write_row(2, 0, ["Payment group", "Job starts"])
    data.write_row(0, 0, ["Job starts and outcomes by payment group"])
    data.write_row(2, 0, ["Payment group", "Job starts", "Job outcomes"])
    for i, (group, starts, count) in enumerate(zip(GROUPS, STARTS, OUTCOMES, strict=True)):
        row = 4 + i
        key = f"Summary!A{row}" if link else f"A{row}"
        lookup = f"=INDEX(Data!$B$4:$C$7,MATCH({key},Data!$A$4:$A$7,0),1)"
        summary.write(row - 1, 0, group)
        summary.write_formula(row - 1, 1, f"=Link!A{row}" if link else lookup, None, starts)
        if link is not None:
            link.write_formula(row - 1, 0, lookup, None, starts)
        data.write_row(row - 1, 0, [group, starts, count])
    summary.write(7, 0, "Total")
    summary.write_formula(7, 1, "=SUM(B4:B7)", None, sum(STARTS))
    if link is not None:
        link.hide()
    book.close()
    output, _ = sanitised_beside(tmp_path / "looked.xlsx")
    values = openpyxl.load_workbook(output, data_only=True)["Summary"]
    assert [values.cell(row, 2).value for row in range(6, 11)] == [140, 420, 60, 20, 640]


def test_an_outcome_a_broken_lookup_shows_as_an_error_is_named_left_out_of_the_shares(tmp_path):
    """A job outcome showing '#N/A' (its VLOOKUP found no line) was no figure and no part left
    out either: the percentage sheet dropped its line and gave the others' shares of what was
    left (JSA 18-24 70 %, its true share 22 %) as 'percentage of all job outcomes', saying
    nothing. Such an error among an outcome table's parts is named left out of the base now,
    as a '<5' is (wpxl/plan/percent_lines ``_unread_parts``). The extract looked in, hidden,
    names no measure, so the figures read from it are what their own headers say."""
    book = xlsxwriter.Workbook(str(tmp_path / "broken.xlsx"))
    book.calc_on_load = False
    sheet, raw = book.add_worksheet("Performance"), book.add_worksheet("Extract")
    sheet.write_row(0, 0, ["Job starts and outcomes"])
    sheet.write_row(2, 0, ["Payment group", "Job starts", "Job outcomes"])
    raw.write_row(0, 0, ["grp", "n"])
    for i, (group, starts, count) in enumerate(zip(GROUPS, STARTS, OUTCOMES, strict=True)):
        found = "#N/A" if group == "JSA 25+" else count
        sheet.write_row(3 + i, 0, [group, starts])
        sheet.write_formula(3 + i, 2, f"=VLOOKUP(A{4 + i},Extract!A:B,2,0)", None, found)
        if group != "JSA 25+":
            raw.write_row(1 + i, 0, [group, count])
    sheet.write(7, 0, "Total")
    sheet.write_formula(7, 1, "=SUM(B4:B7)", None, sum(STARTS))
    sheet.write_formula(7, 2, "=SUM(C4:C7)", None, "#N/A")
    raw.hide()
    book.close()
    output, said = sanitised_beside(tmp_path / "broken.xlsx")
    assert "'JSA 25+' is left out of their base" in said
    shares = openpyxl.load_workbook(output, data_only=True)["Job outcomes %"]
    assert "'JSA 25+' is left out" in shares["A5"].value


def test_a_line_worked_out_from_the_outcome_parts_is_not_a_part_left_out(tmp_path):
    """'Total excluding ESA Volunteers' (=SUM(B4:B7)-B7) under an outcome table's Total is
    removed, a formula wpxl does not rebuild; the percentage sheet, its shares of all four
    groups right, said that line was 'left out of their base' as 'not a number wpxl can read'.
    A removed line worked out from two or more of the breakdown's own parts alone is no part
    of the base: nothing is said left out now."""
    rows = [["Job outcomes by payment group"], [], ["Payment group", "Job outcomes"]]
    rows += [[group, count] for group, count in zip(GROUPS, OUTCOMES, strict=True)]
    rows += [["Total", "=SUM(B4:B7)"], ["Total excluding ESA Volunteers", "=SUM(B4:B7)-B7"]]
    cached = {("Outcomes", "B8"): sum(OUTCOMES), ("Outcomes", "B9"): sum(OUTCOMES[:3])}
    source = write_book(tmp_path / "excluding.xlsx", {"Outcomes": rows}, cached=cached)
    output, said = sanitised_beside(source)
    assert "left out" not in said
    shares = openpyxl.load_workbook(output, data_only=True)["Job outcomes %"]
    lines = [[c.value for c in row] for row in shares.iter_rows(min_row=7, max_col=2)]
    assert lines == [
        ["JSA 18-24", 0.22],
        ["JSA 25+", 0.69],
        ["ESA Flow", 0.06],
        ["ESA Volunteers", 0.03],
        ["Total", 1],
    ]
