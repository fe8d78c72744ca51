"""Session 16's hunt for values at the edges and figures held off the cells.

A workbook saved by a script (openpyxl stores formulas without their results; so does any
workbook a script opened and saved again) lost a line from its total: a formula of constants
('=377-15', a manual adjustment) or one reading a hidden sheet ('=Data!B3') was read as the
value it showed, and with none stored it was read as an empty place, so the total was rebuilt
over the other lines, named 'Total' above a line left blank, and the proof passed it (the
input's total, worked out over its cells, had the same hole). Now a formula of constants is
read as what it works out to, and one reading a hidden sheet stays a formula without a value:
it is removed, and every total over it.

A total over a line worked out as a difference ('Net referrals' =C5-D5 for one area, typed
for the others) was rebuilt over the other lines: the difference, recomputed over the rounded
cells beside it, fell out of the total's parts as no count. Excel's copy was refused by the
proof, the script's passed it (a part without a value was taken as 0). Now such a total is
removed and said, and the proof takes a SUM over a part it cannot work out as showing nothing.

A script's totals wrapped without changing their value (=SUBTOTAL(109,B4:B8), an Excel
table's total row; =SUBTOTAL(9,..), =AGGREGATE(9,3,..), =IFERROR(SUM(..),0), =ROUND(SUM(..),0),
=N(SUM(..)), =+B4+B5.., =(B4+..), =SUMPRODUCT(B4:B8)) were read as totals and rebuilt, but the
proof, with no value stored to compare with, worked out only a plain SUM or cells joined by
'+' and refused the copy, asking for a report to wpxl's maintainers. It now reads them itself
(verify/input_sums.py), SUBTOTAL and AGGREGATE leaving out the subtotals nested in them as Excel
does.

A table pasted as values with a cell written '[c]', '..', '251*' or '1 251' (a count typed with
a space) and a typed 'Total' that counted it: no run of figures added up to the total with that
cell missing, so the line was read as counting its own thing and rounded as a count, the
rounded original total (1,500 under cells showing 1,260: the hidden cell is the difference).
An Excel error in the column ('#N/A', '#REF!'), or a formula a script saved without its value,
did the same. Now such a line is removed as a
total over a suppressed cell, across as well as down, and the proof refuses a copy that rounds
it (verify/unshown_totals.py).

A count left by a calculation a hair off its whole number (251.00000000000003, which every
viewer shows as 251, Excel working to 15 significant digits) was removed as a decimal, and
every total over it with it. Now it is read as the count it shows; 136.99999999 is still a
decimal.

A script's figures linked to a visible sheet ('=Data!B3') with no value stored are read as
totals over that sheet, which the proof cannot work out without Excel's values: the copy is
refused, but the message asked for a report to wpxl's maintainers. It now says the workbook
was saved without its formulas' results, and to open and save it in Excel. (Since the
hunt-sheets branch the proof works such a link out from the other sheet's cells, and only a
link on to a link is refused so.)

Found and not fixed (the tests below are xfail): a typed Total row over job starts and, beside
them, job outcomes with one written '88*' (or an error) is refused ('more than the sum of its
parts'): the row is read as a total by the starts, and the outcomes' total does not add up
without the hidden figure. Removing totals over such cells as over '[c]' clashes with the
outcome sheets' own reading of a total over '<5' (kept, its base said to leave the part out:
tests/e2e/test_hunted_s11_followup.py), so it is left for a decision. And a count hidden by
its number format showing words ('[>100]"many";0' shows 251 as 'many') is rightly not carried,
but a SUM total over it is rebuilt over the other lines (1,260 where the input's total is
1,501), and the proof passes it: the reader drops the hidden cell without recording its place,
so neither the analyse stage nor the proof knows the total spans it.

A table holding an Excel error other than #N/A and #DIV/0! (#REF! where a row was deleted,
#VALUE!, #NAME?, #NUM!, #NULL!) was refused whole, the message asking for a report to wpxl's
maintainers: the copy writes each such error as itself ('=#REF!'), and the proof knew only the
formulas wpxl writes for the other two. Now it knows the error literals too, each only with
its own error as its value.
"""

from __future__ import annotations

import openpyxl
import pytest
import xlsxwriter
from typer.testing import CliRunner

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import cell_numbers
from wpxl.cli import app

AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
REFERRALS = [412, 377, 251, 298, 163]
WITHDRAWN = [33, 41, 12, 25, 9]


def saved_by_a_script(
    path, bradford: object = 377, hidden_data: bool = False, total: object = "=SUM(B4:B8)"
):
    """Referrals by local authority and a total, written by openpyxl (no cached values),
    Bradford's figure ``bradford``; the same figures on a 'Data' sheet."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    sheet.append(["Referrals by local authority, 2013"])
    sheet.append([])
    sheet.append(["Local authority", "Referrals"])
    for area, figure in zip(AREAS, REFERRALS, strict=True):
        sheet.append([area, bradford if area == "Bradford" else figure])
    sheet.append(["Total", total])
    data = book.create_sheet("Data")
    data.append(["Local authority", "Referrals"])
    for area, figure in zip(AREAS, REFERRALS, strict=True):
        data.append([area, figure])
    if hidden_data:
        data.sheet_state = "hidden"
    book.save(path)
    return path


def column_b(output) -> tuple[list[object], tuple[object, object]]:
    """The copy's five referrals, and its total's formula and cached value."""
    sheet = openpyxl.load_workbook(output)["Referrals"]
    cached = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    return [sheet.cell(r, 2).value for r in range(6, 11)], (
        sheet["B11"].value,
        cached["B11"].value,
    )


def test_an_adjustment_typed_as_constants_saved_without_its_value_is_rounded_and_totalled(
    tmp_path,
):
    output, _ = sanitised_beside(saved_by_a_script(tmp_path / "pack.xlsx", "=377-15"))
    figures, total = column_b(output)
    assert figures == [420, 360, 260, 300, 160]
    assert total == ("=SUM(B6:B10)", 1500)


def test_a_figure_read_from_a_hidden_sheet_without_its_value_goes_with_its_total(tmp_path):
    source = saved_by_a_script(tmp_path / "pack.xlsx", "=Data!B3", hidden_data=True)
    output, printed = sanitised_beside(source)
    figures, total = column_b(output)
    assert figures == [420, None, 260, 300, 160]
    assert total == (None, None)
    assert "removed: 'Referrals' B5, B9: a total over figures wpxl removes" in printed


@pytest.mark.parametrize("error", ["#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"])
def test_an_error_in_a_table_and_its_total_is_kept_as_that_error(tmp_path, error):
    rows: list[list] = [
        ["Referrals by local authority, 2013"],
        [],
        ["Local authority", "Referrals"],
    ]
    rows += [[area, "=" + error if area == "Wakefield" else figure]
             for area, figure in zip(AREAS, REFERRALS, strict=True)]  # fmt: skip
    rows.append(["Total", "=SUM(B4:B8)"])
    cached = {("Referrals", "B6"): error, ("Referrals", "B9"): error}
    output, _ = sanitised_beside(
        write_book(tmp_path / "pack.xlsx", {"Referrals": rows}, cached=cached)
    )
    figures, total = column_b(output)
    assert figures == [420, 380, "=" + error, 300, 160]
    assert total == ("=" + error, error)


def net_referrals(path, by_excel: bool):
    """Net referrals (referrals less those withdrawn), Bradford's a formula, the others typed,
    under a SUM total; saved by Excel (values cached) or by a script (none)."""
    rows: list[list] = [
        ["Referrals by local authority, 2013"], [], ["Local authority", "Net referrals",
                                                     "Referrals", "Withdrawn"],
    ]  # fmt: skip
    for at, (area, made, gone) in enumerate(zip(AREAS, REFERRALS, WITHDRAWN, strict=True)):
        rows.append(
            [area, f"=C{at + 4}-D{at + 4}" if area == "Bradford" else made - gone, made, gone]
        )
    rows.append(["Total", "=SUM(B4:B8)", "=SUM(C4:C8)", "=SUM(D4:D8)"])
    if by_excel:
        cached = {
            ("Referrals", "B5"): 377 - 41,
            ("Referrals", "B9"): sum(REFERRALS) - sum(WITHDRAWN),
        }
        cached |= {("Referrals", "C9"): sum(REFERRALS), ("Referrals", "D9"): sum(WITHDRAWN)}
        return write_book(path, {"Referrals": rows}, cached=cached)
    book = openpyxl.Workbook()
    book.active.title = "Referrals"
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("by_excel", [True, False])
def test_a_total_over_a_line_worked_out_as_a_difference_is_removed(tmp_path, by_excel):
    output, printed = sanitised_beside(net_referrals(tmp_path / "pack.xlsx", by_excel))
    figures, total = column_b(output)
    assert figures == [380, "=C7-D7", 240, 280, 160]
    assert total == (None, None)
    assert "removed: 'Referrals' B9: a total over a difference or rate wpxl works out" in printed


WRAPPED = [
    "=SUBTOTAL(109,B4:B8)", "=SUBTOTAL(9,B4:B8)", "=AGGREGATE(9,3,B4:B8)", "=IFERROR(SUM(B4:B8),0)",
    "=ROUND(SUM(B4:B8),0)", "=N(SUM(B4:B8))", "=+B4+B5+B6+B7+B8", "=(B4+B5+B6+B7+B8)",
    "=SUMPRODUCT(B4:B8)",
]  # fmt: skip


@pytest.mark.parametrize("total", WRAPPED)
def test_a_scripts_total_wrapped_without_changing_its_value_is_rebuilt(tmp_path, total):
    output, _ = sanitised_beside(saved_by_a_script(tmp_path / "pack.xlsx", total=total))
    figures, rebuilt = column_b(output)
    assert figures == [420, 380, 260, 300, 160]
    assert rebuilt == ("=SUM(B6:B10)", 1520)


@pytest.mark.parametrize("written", ["[c]", "..", "c.251", "1 251"])
def test_a_typed_total_over_a_cell_shown_as_no_figure_is_removed(tmp_path, written):
    rows: list[list] = [
        ["Referrals by local authority, 2013"],
        [],
        ["Local authority", "Referrals"],
    ]
    rows += [[area, written if area == "Wakefield" else figure]
             for area, figure in zip(AREAS, REFERRALS, strict=True)]  # fmt: skip
    rows.append(["Total", sum(REFERRALS)])
    output, printed = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Referrals": rows}))
    figures, total = column_b(output)
    assert [f for at, f in enumerate(figures) if at != 2] == [420, 380, 300, 160]
    assert total == (None, None)
    # a figure with its mark ('c.251'; '251*' is the count 251 since session 41) was not
    # suppressed: the cover says so (session 38)
    over = "a figure written with a mark" if written == "c.251" else "a cell the source suppressed"
    assert f"removed: 'Referrals' B9: a total over {over}" in printed


def test_a_typed_total_column_over_a_suppressed_cell_is_removed(tmp_path):
    rows: list[list] = [
        ["Referrals by local authority and quarter, 2013"], [],
        ["Local authority", "Q1", "Q2", "Total"],
        ["Leeds", 203, 209, 412], ["Bradford", "[c]", 190, 377], ["Wakefield", 120, 131, 251],
    ]  # fmt: skip
    output, printed = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    assert [sheet.cell(r, 4).value for r in (6, 7, 8)] == ["=SUM(B6:C6)", None, "=SUM(B8:C8)"]
    assert "removed: 'Referrals' D5: a total over a cell the source suppressed" in printed


def calculated(path, figure: float):
    """Wakefield's referrals a formula of constants whose cached value is ``figure`` (as Excel
    stores a calculation's result, to the last bit), under a SUM total."""
    rows: list[list] = [
        ["Referrals by local authority, 2013"],
        [],
        ["Local authority", "Referrals"],
    ]
    rows += [[area, "=251*1.1/1.1" if area == "Wakefield" else figure_]
             for area, figure_ in zip(AREAS, REFERRALS, strict=True)]  # fmt: skip
    rows.append(["Total", "=SUM(B4:B8)"])
    total = sum(REFERRALS) - 251 + figure
    cached = {("Referrals", "B6"): figure, ("Referrals", "B9"): total}
    return write_book(path, {"Referrals": rows}, cached=cached)


@pytest.mark.parametrize("figure", [251.00000000000003, 250.99999999999997])
def test_a_count_a_calculation_left_a_hair_off_its_whole_number_is_rounded(tmp_path, figure):
    output, _ = sanitised_beside(calculated(tmp_path / "pack.xlsx", figure))
    figures, total = column_b(output)
    assert figures == [420, 380, 260, 300, 160]
    assert total == ("=SUM(B6:B10)", 1520)


def test_a_decimal_a_hair_further_off_its_whole_number_is_still_no_count(tmp_path):
    output, _ = sanitised_beside(calculated(tmp_path / "pack.xlsx", 250.99999999))
    figures, total = column_b(output)
    assert figures == [420, 380, None, 300, 160]
    assert total == (None, None)


def test_a_scripts_link_to_another_sheet_without_a_value_is_worked_out_from_that_sheet(tmp_path):
    """Bradford '=Data!B3', stored without its value: the proof works it out from Data's cell
    as Excel does on opening (wpxl.verify.other_inputs), so the copy goes through."""
    output, _ = sanitised_beside(saved_by_a_script(tmp_path / "pack.xlsx", "=Data!B3"))
    figures, total = column_b(output)
    assert figures == [420, "=SUM(Data!B5)", 260, 300, 160]
    assert total == ("=SUM(B6:B10)", 1520)


def test_a_scripts_link_on_to_a_link_without_values_is_refused_saying_to_save_in_excel(
    tmp_path,
):
    """Bradford '=Data!B3', and Data's B3 itself '=Raw!B3': a chain the proof leaves to Excel."""
    source = saved_by_a_script(tmp_path / "pack.xlsx", "=Data!B3")
    book = openpyxl.load_workbook(source)
    book["Data"]["B3"] = "=Raw!B3"
    raw = book.create_sheet("Raw")
    for row in (["Referrals by local authority, as recorded"], [], ["Bradford", 377]):
        raw.append(row)
    book.save(source)
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "a total where the input stores no value for its formula" in result.stderr
    assert "saved without its formulas' results" in result.stderr
    assert "open the workbook in Excel, save it, and try again" in result.stderr
    assert not (tmp_path / "pack-sanitised.xlsx").exists()


@pytest.mark.parametrize("error", ["#N/A", "#REF!"])
def test_a_typed_total_over_an_error_is_removed(tmp_path, error):
    rows: list[list] = [
        ["Referrals by local authority, 2013"],
        [],
        ["Local authority", "Referrals"],
    ]
    rows += [[area, "=NA()" if area == "Wakefield" else figure]
             for area, figure in zip(AREAS, REFERRALS, strict=True)]  # fmt: skip
    rows.append(["Total", sum(REFERRALS)])
    source = write_book(
        tmp_path / "pack.xlsx", {"Referrals": rows}, cached={("Referrals", "B6"): error}
    )
    output, printed = sanitised_beside(source)
    figures, total = column_b(output)
    assert figures == [420, 380, "=NA()" if error == "#N/A" else "=" + error, 300, 160]
    assert total == (None, None)
    assert "removed: 'Referrals' B9: a total over a cell the source suppressed" in printed


@pytest.mark.parametrize(
    ("wakefield", "hidden"),
    [
        ("=Data!B4", True),
        ("=Data!B4*1", False),
        ('=VLOOKUP("Wakefield",Data!A2:B6,2,FALSE)', False),
    ],
)
def test_a_typed_total_over_a_formula_saved_without_its_value_is_removed(
    tmp_path, wakefield, hidden
):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    for row in [["Referrals by local authority, 2013"], [], ["Local authority", "Referrals"]]:
        sheet.append(row)
    for area, figure in zip(AREAS, REFERRALS, strict=True):
        sheet.append([area, wakefield if area == "Wakefield" else figure])
    sheet.append(["Total", sum(REFERRALS)])
    data = book.create_sheet("Data")
    for row in [["Local authority", "Referrals"], *zip(AREAS, REFERRALS, strict=True)]:
        data.append(list(row))
    data.sheet_state = "hidden" if hidden else "visible"
    book.save(tmp_path / "pack.xlsx")
    output, printed = sanitised_beside(tmp_path / "pack.xlsx")
    figures, total = column_b(output)
    assert figures == [420, 380, None, 300, 160]
    assert total == (None, None)
    assert "removed: 'Referrals' B9: a total over a cell the source suppressed" in printed


@pytest.mark.xfail(
    strict=True,
    reason="a cell hidden by its number format is dropped by the reader without its place, so a "
    "SUM total over it is rebuilt over the other lines (re-based), and the proof cannot see it",
)
def test_a_total_over_a_count_its_number_format_hides_is_not_rebuilt_over_the_rest(tmp_path):
    path = tmp_path / "pack.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Referrals")
    words = book.add_format({"num_format": '[>100]"many";0'})
    sheet.write(0, 0, "Referrals by local authority, 2013")
    sheet.write_row(2, 0, ["Local authority", "Referrals"])
    for at, (area, figure) in enumerate(zip(AREAS, REFERRALS, strict=True)):
        sheet.write(3 + at, 0, area)
        sheet.write_number(3 + at, 1, figure, words if area == "Wakefield" else None)
    sheet.write(8, 0, "Total")
    sheet.write_formula(8, 1, "=SUM(B4:B8)", None, sum(REFERRALS))
    book.close()
    output, _ = sanitised_beside(path)
    figures, total = column_b(output)
    assert figures == [420, 380, None, 300, 160]
    assert total == (None, None)


def test_a_total_row_over_outcomes_with_a_marked_figure_goes_through(tmp_path):
    rows: list[list] = [
        ["Job starts and job outcomes by local authority, 2013"], [],
        ["Local authority", "Job starts", "Job outcomes"],
    ]  # fmt: skip
    outcomes = [137, 121, 88, 102, 49]
    for area, starts, done in zip(AREAS, REFERRALS, outcomes, strict=True):
        rows.append([area, starts, "88*" if area == "Wakefield" else done])
    rows.append(["Total", sum(REFERRALS), sum(outcomes)])
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Perf": rows}))
    sheet = openpyxl.load_workbook(output)["Perf"]
    assert sheet["B11"].value == "=SUM(B6:B10)"
    assert not {137.0, 121.0, 88.0, 102.0, 49.0, float(sum(outcomes))} & cell_numbers(output)
