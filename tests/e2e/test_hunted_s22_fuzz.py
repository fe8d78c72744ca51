"""Hunted in session 22 (fuzz22 'typedsubs', seeds 20003 and 20104): areas numbered under
'Area no.' or 'No.' in a table's first column, each region's subtotal typed (no formula) on a
line of its own over its areas (or after them, named by the region alone), had their numbers
rounded as counts (48, 7, 13 became 40, 0, 20), verified: the lines' numbers lost (WRONG,
safe). The regions' lines summed in formulas were read as groups' heads already; typed, they
broke the run of numbers. A line blank in that column whose typed figures each equal the sum
of the numbered lines under it (or over it) is a group's line now (analyse/typed_groups).
"""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings, proved
from wpxl.model import Plan

GROUPS = {
    "Yorkshire": {"Leeds": (48, [23, 7]), "Bradford": (7, [6, 1]), "Wakefield": (13, [34, 33])},
    "North East": {"Durham": (4, [24, 23]), "Gateshead": (15, [5, 2])},
}


def _rows(head: str, above: bool) -> list[list]:
    rows: list[list] = [["Referrals by area and month, 2014-15"], []]
    rows.append([head, "Area", "Jul-14", "Aug-14"])
    for region, areas in GROUPS.items():
        sums = [sum(v[i] for _, v in areas.values()) for i in range(2)]
        body = [[n, a, *v] for a, (n, v) in areas.items()]
        line = [None, region, *sums]
        rows += [line, *body] if above else [*body, line]
    grand = [sum(v[i] for a in GROUPS.values() for _, v in a.values()) for i in range(2)]
    return [*rows, [None, "Grand total", *grand]]


@pytest.mark.parametrize("head", ["No.", "Area no."])
@pytest.mark.parametrize("above", [True, False])
def test_areas_numbered_under_typed_regions_keep_their_numbers(tmp_path, head, above):
    source = write_book(tmp_path / "typed.xlsx", {"Referrals": _rows(head, above)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    lines = {sheet.cell(r, 2).value: sheet.cell(r, 1).value for r in range(6, 14)}
    assert {a: lines.get(a) for a in ("Leeds", "Bradford", "Wakefield", "Durham", "Gateshead")} == {
        "Leeds": 48,
        "Bradford": 7,
        "Wakefield": 13,
        "Durham": 4,
        "Gateshead": 15,
    }
    figures = {sheet.cell(r, 2).value: sheet.cell(r, 3).value for r in range(6, 14)}
    assert figures["Leeds"] == 20 and figures["Wakefield"] == 40 and figures["Bradford"] == 0


def test_a_typed_column_the_regions_lines_add_up_is_counts(tmp_path):
    """The same table with each region's line holding its areas' sum in the numbered column:
    that column is counted, and rounded."""
    rows = _rows("No.", above=True)
    for row in rows[3:]:
        if row[0] is None and row[1] in GROUPS:
            row[0] = sum(n for n, _ in GROUPS[row[1]].values())
    copy, _ = sanitised_beside(write_book(tmp_path / "counted.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    lines = {sheet.cell(r, 2).value: sheet.cell(r, 1).value for r in range(6, 14)}
    assert lines["Leeds"] == 40 and lines["Bradford"] == 0


def _counted_rows() -> list[list]:
    rows = _rows("No.", above=True)
    for row in rows[3:]:
        if row[0] is None and row[1] in GROUPS:
            row[0] = sum(n for n, _ in GROUPS[row[1]].values())
    return rows


def test_the_proof_refuses_a_counted_column_kept_as_the_lines_numbers(tmp_path):
    """Before the fix the plan kept that column as typed (48, 7, 13, and 68 and 19 on the
    regions' lines, their sums) and the proof let it stand: the first column's numbers, none
    the others' sum, under 'No.', read as naming lines though each region's line added them
    up (PROOF HOLE). The proof reads a line whose typed figures, and its number in the column,
    sum the numbered lines under it as counting the column (verify/typed_groups)."""
    rows = _counted_rows()
    kept = {(r, 0): rows[r][0] for r in range(3, len(rows)) if rows[r][0] is not None}
    found = misread_findings(tmp_path, rows, kept, "kept")
    assert {f.part for f in found} >= {f"'Referrals' A{r}" for r in range(6, 13)}


def test_the_proof_accepts_the_plans_copy_of_areas_numbered_under_typed_regions(tmp_path):
    assert misread_findings(tmp_path, _rows("Area no.", above=True), {}, "kept") == []
    assert misread_findings(tmp_path, _rows("No.", above=False), {}, "kept") == []


OFFICES = {  # area > district > office, each office numbered, its referrals in two months
    "East Midlands": {"Nottingham": {"Nottingham East": (10, [363, 174])}},
    "Yorkshire": {"Bradford": {"Bradford Central": (39, [7, 151]), "Keighley": (43, [188, 270])}},
}
OFFICES["East Midlands"]["Nottingham"]["Nottingham West"] = (78, [158, 189])
OFFICES["East Midlands"]["Leicester"] = {
    "Leicester City": (19, [137, 141]),
    "Hinckley": (50, [225, 86]),
}


def _sums(offices: dict) -> list[int]:
    return [sum(v[i] for _, v in offices.values()) for i in range(2)]


def test_offices_numbered_under_typed_districts_under_typed_regions_keep_their_numbers(tmp_path):
    """fuzz22 'threekeyed', seed 20307: three levels, each region's and district's line typed
    over its own lines; the offices' numbers under 'No.' were rounded (10, 78, 19 became 20,
    80, 20: WRONG). A region's typed line adds up the numbered lines under it across its
    districts' lines, themselves such lines (analyse/group_lines)."""
    rows: list[list] = [
        ["Referrals by office and month, 2014-15"],
        [],
        ["No.", "Office", "Apr-14", "May-14"],
    ]
    for region, districts in OFFICES.items():
        every = {o: v for d in districts.values() for o, v in d.items()}
        rows.append([None, region, *_sums(every)])
        for district, offices in districts.items():
            rows.append([None, district, *_sums(offices)])
            rows += [[n, o, *v] for o, (n, v) in offices.items()]
    copy, _ = sanitised_beside(write_book(tmp_path / "three.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    lines = {sheet.cell(r, 2).value: sheet.cell(r, 1).value for r in range(6, 20)}
    assert [
        lines[o] for o in ("Nottingham East", "Nottingham West", "Leicester City", "Keighley")
    ] == [
        10,
        78,
        19,
        43,
    ]


def test_offices_numbered_over_two_subtotal_lines_in_an_outcome_table_are_named(tmp_path):
    """fuzz22 'threekeyed', seed 20303: sustainments by office, offices numbered under 'No.',
    'Leeds total' then 'Yorkshire total' under each group: the copy was refused, the proof
    reading 51 and 54 on the percentage sheet as outcome volumes quoted (one is 51): its run
    of a column's numbers crossed one subtotal line only (REFUSAL). It crosses up to three in
    a row now (verify/label_figures._edge)."""
    rows: list[list] = [["Sustainment outcomes by office and month, 2014-15"], []]
    rows.append(["No.", "Office", "Sep-14", "Oct-14"])
    rows += [[13, "Derby North", 22, 28], [63, "Derby South", 30, 31], [3, "Derby Central", 6, 33]]
    rows += [[None, "Derby total", "=SUM(C4:C6)", "=SUM(D4:D6)"]]
    rows += [[None, "East Midlands total", "=C7", "=D7"]]
    rows += [[51, "Leeds North", 30, 35], [54, "Leeds South", 21, 51]]
    rows += [[None, "Leeds total", "=SUM(C9:C10)", "=SUM(D9:D10)"]]
    rows += [[None, "Yorkshire total", "=C11", "=D11"], [None, "All regions", "=C8+C12", "=D8+D12"]]
    cached = {
        ("Sustainments", f"{c}{r}"): v
        for r, (c3, d3) in {
            7: (58, 92),
            8: (58, 92),
            11: (51, 86),
            12: (51, 86),
            13: (109, 178),
        }.items()
        for c, v in (("C", c3), ("D", d3))
    }
    source = write_book(tmp_path / "numbered.xlsx", {"Sustainments": rows}, cached=cached)
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy, data_only=True)
    sheet = next(book[n] for n in book.sheetnames if n.endswith("%"))
    names = {sheet.cell(r, 2).value: sheet.cell(r, 1).value for r in range(1, 20)}
    assert str(names["Leeds North"]) == "51" and str(names["Leeds South"]) == "54"


def test_offices_numbered_under_regions_one_number_the_others_sum_keep_their_numbers(tmp_path):
    """fuzz22 'threekeyed', seed 20409: offices numbered 66, 10, 81, 5 under 'Office no.'
    beneath regions' lines summing them, no total line: 81 = 66 + 10 + 5 by chance, so the
    column was read as counts (rounded 60, 20, 80, 0: WRONG, safe); here, the regions' lines
    summed in formulas, the proof read the numbers as the lines' and refused the copy. A
    region's line first under the header, blank in the column, closes the run as a total line
    leaving it blank does (analyse/label_numbers.numbers_name_rows)."""
    rows: list[list] = [["Attachments by office and month, 2014-15"], []]
    rows.append(["Office no.", "Office", "Aug-14", "Sep-14"])
    rows.append([None, "East Midlands", "=SUM(C5:C6)", "=SUM(D5:D6)"])
    rows += [[66, "Nottingham East", 101, 308], [10, "Nottingham West", 170, 383]]
    rows.append([None, "Yorkshire", "=SUM(C8:C9)", "=SUM(D8:D9)"])
    rows += [[81, "Leeds North", 257, 116], [5, "Leeds South", 222, 233]]
    copy, _ = sanitised_beside(write_book(tmp_path / "chance.xlsx", {"Attachments": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True)["Attachments"]
    assert [sheet.cell(r, 1).value for r in (7, 8, 10, 11)] == [66, 10, 81, 5]


def test_outcomes_by_contract_package_area_numbered_across_go_out_as_percentages(tmp_path):
    """fuzz22 'numacross', seeds 20607 and 20611: job outcomes by month down and contract
    package area across, the areas' numbers typed over their columns before 'Total': the copy
    was refused, the percentage sheet's '2', '3', '7', '8' over its columns read as outcome
    volumes stated in words (REFUSAL). Mended in session 23: a header row's numbers are known
    by their corner too ('CPA'), on the input and on the percentage sheet, where the words
    straight over them differ (wpxl's note there, nothing in the input: verify/outcome_labels)."""
    rows, cached = _cpa_rows()
    source = write_book(tmp_path / "cpa.xlsx", {"Job outcomes": rows}, cached=cached)
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy, data_only=True)
    sheet = next(book[n] for n in book.sheetnames if n.endswith("%"))
    heads = [[str(sheet.cell(r, c).value) for c in range(2, 6)] for r in range(1, 12)]
    assert ["2", "3", "7", "8"] in heads


def _cpa_rows() -> tuple[list[list], dict[tuple[str, str], object]]:
    rows: list[list] = [["Job outcomes by month and contract package area"], []]
    rows.append(["CPA", 2, 3, 7, 8, "Total"])
    lines = {"Sep-14": [9, 31, 14, 20], "Oct-14": [26, 13, 7, 3], "Nov-14": [18, 30, 31, 31]}
    rows += [[m, *v, f"=SUM(B{r}:E{r})"] for r, (m, v) in enumerate(lines.items(), start=4)]
    rows.append(["Total", *(f"=SUM({c}4:{c}6)" for c in "BCDEF")])
    cached = {("Job outcomes", f"F{r}"): sum(v) for r, v in enumerate(lines.values(), start=4)}
    for i, c in enumerate("BCDE"):
        cached[("Job outcomes", f"{c}7")] = sum(v[i] for v in lines.values())
    cached[("Job outcomes", "F7")] = sum(sum(v) for v in lines.values())
    return rows, cached


@pytest.mark.parametrize("shown", ["26", "31"])
def test_the_proof_refuses_an_outcome_volume_shown_among_a_header_rows_numbers(tmp_path, shown):
    """The proof on its own: the percentage sheet's header holding an outcome volume of the
    input ('26' for '3', beside the same 'CPA' corner) is no column's number there."""

    def change(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name.endswith("%"))
        at = next(c for c, cell in sheet.cells.items() if cell.value == "3")
        sheet.cells[at] = replace(sheet.cells[at], value=shown)

    rows, cached = _cpa_rows()
    source = write_book(tmp_path / "cpa.xlsx", {"Job outcomes": rows}, cached=cached)
    assert proved(tmp_path, source) == []
    found = proved(tmp_path, source, change)
    assert any("stated in the words" in f.kind or "quoted" in f.kind for f in found)
