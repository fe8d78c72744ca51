"""Wording a user reads as wrong (session 36, the words hunt).

A percentage sheet over an outcome table with several label columns ('CPA | Contract package
area | Provider', as the Work Programme statistics set out providers) said its rows were 'by
cpa contract package area provider': the label columns' heads glued with spaces and the whole
lowered by the intro's template, 'CPA' with it. The heads are now a list ('by CPA, contract
package area and provider'), each written as a sentence writes it: a word capitalised only at
its start is lowered, an abbreviation keeps its capitals, a head shouted in capitals is lowered
but for its short words (wpxl/plan/head_words). A table whose label column has no head was
said to be 'by row, within each column', which told a reader nothing; its title's breakdown
names the rows now ('Job outcomes by payment group': 'by payment group'; a period named there
is left, as it heads columns more often: plan/head_words ``titled_breakdown``).

A units line under the header ('Number | £000', as finance and MI packs state what their
figures are in): the '£000' over a money column was removed as 'it quotes an unrounded figure'
(the plan read it as a sum of money written as text, £0, standing outside any table's
figures), and over a column headed 'Outcome payments' the plan kept it and the proof refused
the copy, 'an outcome or sustainment volume' (it read '£000' as a marked number, 0, in an
outcome's place). A unit alone is no sum and no count: the analysis' money text
(analyse/words ``is_money_text``) and the proof's (verify/money_texts ``is_money_unit``, asked
by verify/stated_outcomes) leave it, and the copy keeps it over the removed amounts.

A whole percentage typed under General ('% of referrals': 25.1, 61, 13.9) is rebuilt over the
rounded counts as =B6/B9*100 and kept the input's General format, so the copy showed
25.609756097560975 where the input showed 25.1: a precision no one typed, read as a figure
worked out to the last digit. A rebuilt whole percentage under General is shown to one decimal
('0.0'); one under a format of its own keeps it (plan/volumes ``_shown_percent``). The golden
output of corpus book 11 changes for this alone: its five rebuilt 'Summary' G6:G10 percentages
go from General to '0.0'.

A column headed 'Number of outcome payments' beside referrals was removed as 'an amount of
money (payments can reveal volumes)': the analysis read 'payments' as money, as it reads a
finance extract's 'Outcome payments'. It counts outcomes (a volume) and belongs on the
percentage sheet as 'Job outcomes' does. Outcome payments counted in words ('Number of',
'No. of', 'Count of', '(no.)') are read as sustainment payments were: no money
(analyse/words ``_COUNTED_PAYMENTS``); 'Outcome payments (£)', 'Value of outcome payments' and
'Outcome payment amount' stay money.

A '% change' column between two quarters of referrals ('Referrals Q1 | Referrals Q2 | %
change', typed 0.2209 under '0.0%', typed 22.1, or a formula =(C4-B4)/B4 or =C4/B4-1) was
removed as 'a rate wpxl cannot work out from shared figures': no rate divides two figures so,
and no difference takes one from another. The analysis now reads a line worded as a change in
per cent whose formula, or whose typed figures (to their typed precision, one pair of lines
only), are the change from one line to another over the first (analyse/relative_changes), and
the plan rebuilds it over the rounded cells, =(C6-B6)/B6 (times 100 where typed whole), the
input's format kept (plan/differences ``relative_change``). Where either line is an outcome
volume it is still removed, saying so: a change in outcomes beside their shares gives the
volumes back. The proof holds the rebuilt formula to its value over the copy's cells
(verify/formulas ``change_cells``, verify/rates) and still refuses a copy keeping the input's
typed change ('a rate not worked out from the copy's figures').

A percentage sheet's column heads kept the input's words saying its figures were counts: 'Job
outcomes (number)' and 'Sustainments (no.)' over 22%, 63%, 15%; only a head that was nothing
but 'Number' or 'No.' became '%'. A counting word in brackets at a head's end, or 'Number of'
at its start, is the shares' '%' now ('Job outcomes (%)', '% of sustainments':
plan/percent_heads ``over_shares``).

A '% of referrals' column of formulas =B4/B$7*100 closed by =SUM(C4:C6) (100) was refused,
'a total not the sum of what the copy shows where the input's adds up': the sum of the shares
was read as the total over itself and rebuilt as =B9/B9, a share (1) where the input shows a
whole percentage (100). A sum of whole percentages is one itself (analyse/total_shares
``summed_shares``): =B9/B9*100, and the copy is written.

A table of referrals and job outcomes ('Payment group | Referrals | Number of outcome
payments') whose outcome column went to a percentage sheet was listed on the terminal and the
cover as 'removed: table 'Performance by payment group' on 'Performance': outcome volumes are
never shared ...', though its referrals stayed, rounded, on the sheet: a reader took the whole
table for gone. Where a table's other figures stay, the removal names the outcome figures'
cells ('Performance' C4:C6), column by column or row by row (plan/unshared_outcomes
``outcome_places``); a table wholly of outcomes is still named by its title.
"""

from __future__ import annotations

import openpyxl
import xlsxwriter

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan

_PROVIDERS = [
    (3, "East of England", "Ingeus", 52, 92),
    (3, "East of England", "Seetec", 48, 79),
    (7, "North East", "Avanta", 106, 140),
]


def _intro(copy, sheet: str = "Job outcomes %") -> str:
    shares = openpyxl.load_workbook(copy)[sheet]
    return next(str(c.value) for c in shares["A"] if str(c.value).startswith("Percentage"))


def test_a_percentage_sheet_over_several_label_columns_names_them_as_a_list(tmp_path):
    rows: list[list] = [
        ["Job outcomes by contract package area and provider"],
        [],
        ["CPA", "Contract package area", "Provider", "Apr 2013", "May 2013"],
        *[list(line) for line in _PROVIDERS],
    ]
    copy, _ = sanitised_beside(write_book(tmp_path / "providers.xlsx", {"Outcomes": rows}))
    assert "by CPA, contract package area and provider, within each column" in _intro(copy)


def test_a_label_column_without_a_head_is_named_by_the_titles_breakdown(tmp_path):
    rows: list[list] = [
        ["JOB OUTCOMES BY PAYMENT GROUP, 2013"],
        [],
        [None, "Apr 2013", "May 2013"],
        ["JSA 18-24", 52, 92],
        ["JSA 25+", 48, 79],
        ["ESA Flow", 106, 140],
    ]
    copy, _ = sanitised_beside(write_book(tmp_path / "unheaded.xlsx", {"Outcomes": rows}))
    assert "by payment group, within each column" in _intro(copy)


def test_a_head_shouted_in_capitals_is_lowered_in_the_intro(tmp_path):
    rows: list[list] = [
        ["Job outcomes by payment group"],
        [],
        ["JSA PAYMENT GROUP", "Apr 2013", "May 2013"],
        ["JSA 18-24", 52, 92],
        ["JSA 25+", 48, 79],
        ["JSA Early Access", 106, 140],
    ]
    copy, _ = sanitised_beside(write_book(tmp_path / "groups.xlsx", {"Outcomes": rows}))
    assert "by JSA payment group, within each column" in _intro(copy)


def _units_rows(money_head: str) -> list[list]:
    return [
        ["Referrals and payments by payment group"],
        [],
        ["Payment group", "Referrals", money_head],
        [None, "Number", "£000"],
        ["JSA 18-24", 412, 57.2],
        ["JSA 25+", 1203, 143.9],
        ["ESA Flow", 233, 21.4],
    ]


def test_a_units_line_over_a_sheet_of_money_is_kept(tmp_path):
    fees = [["Delivery fees by payment group"], [], ["Payment group", "Delivery fee"]]
    fees += [[None, "£000"], ["JSA 18-24", 57.2], ["JSA 25+", 143.9], ["ESA Flow", 21.4]]
    source = write_book(
        tmp_path / "fees.xlsx", {"Referrals": _units_rows("Delivery fee"), "Fees": fees}
    )
    copy, printed = sanitised_beside(source)
    assert openpyxl.load_workbook(copy)["Fees"].cell(4 + BANNER, 2).value == "£000"
    assert "quotes an unrounded figure" not in printed
    assert "'Fees' B5:B7: an amount of money" in printed


def test_a_units_line_over_outcome_payments_is_written(tmp_path):
    rows = _units_rows("Outcome payments (£)")
    copy, _ = sanitised_beside(write_book(tmp_path / "payments.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    assert sheet.cell(4 + BANNER, 3).value == "£000"
    assert [sheet.cell(row + BANNER, 3).value for row in (5, 6, 7)] == [None, None, None]


def test_a_rebuilt_whole_percentage_typed_in_general_is_shown_to_one_decimal(tmp_path):
    rows: list[list] = [
        ["Referrals by payment group"],
        [],
        ["Payment group", "Referrals", "% of referrals"],
    ]
    for group, count, share in [
        ("JSA 18-24", 412, 25.1),
        ("JSA 25+", 1003, 61),
        ("ESA Flow", 229, 13.9),
    ]:
        rows.append([group, count, share])
    rows.append(["Total", "=SUM(B4:B6)", 100])
    source = write_book(
        tmp_path / "shares.xlsx", {"Referrals": rows}, cached={("Referrals", "B7"): 1644}
    )
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    shares = [sheet.cell(row + BANNER, 3) for row in (4, 5, 6)]
    assert [c.value for c in shares] == ["=B6/B9*100", "=B7/B9*100", "=B8/B9*100"]
    assert {c.number_format for c in shares} == {"0.0"}


def test_a_number_of_outcome_payments_is_shown_as_percentages_not_removed_as_money(tmp_path):
    rows: list[list] = [
        ["Performance by payment group"],
        [],
        ["Payment group", "Referrals", "Number of outcome payments"],
        ["JSA 18-24", 412, 57],
        ["JSA 25+", 1203, 143],
        ["ESA Flow", 233, 21],
    ]
    copy, printed = sanitised_beside(write_book(tmp_path / "paid.xlsx", {"Performance": rows}))
    assert "an amount of money" not in printed
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    column = [c.value for c in shares["B"] if c.value is not None]
    assert column == ["% of outcome payments", 0.26, 0.65, 0.1]


_QUARTERS = [("JSA 18-24", 412, 503, 57, 61), ("JSA 25+", 1203, 1107, 143, 120)]


def _change_book(path, shape: str):
    """Referrals in two quarters by payment group and their '% change' (as ``shape``: typed,
    a formula, or the change in job outcomes beside them), shown '0.0%'."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Referrals")
    shown = book.add_format({"num_format": "0.0%"})
    outcomes = shape == "outcomes"
    sheet.write(0, 0, "Referrals and job outcomes by payment group" if outcomes else "Referrals")
    heads = ["Payment group", "Referrals Q1", "Referrals Q2"]
    heads += ["Job outcomes Q1", "Job outcomes Q2", "% change in job outcomes"] if outcomes else []
    sheet.write_row(2, 0, heads if outcomes else [*heads, "% change"])
    for row, (group, first, second, won, kept) in enumerate(_QUARTERS, start=3):
        sheet.write_row(row, 0, [group, first, second])
        at = row + 1
        if shape == "typed":
            sheet.write(row, 3, round((second - first) / first, 4), shown)
        elif shape == "formula":
            sheet.write_formula(row, 3, f"=C{at}/B{at}-1", shown, (second - first) / first)
        else:
            sheet.write_row(row, 3, [won, kept])
            sheet.write_formula(row, 5, f"=(E{at}-D{at})/D{at}", shown, (kept - won) / won)
    book.close()
    return path


def test_a_percentage_change_between_rounded_counts_is_rebuilt_over_them(tmp_path):
    for shape in ("typed", "formula"):
        copy, printed = sanitised_beside(_change_book(tmp_path / f"{shape}.xlsx", shape))
        assert "removed" not in printed
        formulas = openpyxl.load_workbook(copy)["Referrals"]
        values = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
        changes = [formulas.cell(row + BANNER, 4) for row in (4, 5)]
        assert [c.value for c in changes] == ["=(C6-B6)/B6", "=(C7-B7)/B7"]
        assert {c.number_format for c in changes} == {"0.0%"}
        assert [values.cell(row + BANNER, 4).value for row in (4, 5)] == [80 / 420, -100 / 1200]


def test_a_percentage_change_in_outcomes_is_still_removed_saying_so(tmp_path):
    copy, printed = sanitised_beside(_change_book(tmp_path / "outcomes.xlsx", "outcomes"))
    assert "'Referrals' F4:F5: a percentage change in outcome figures" in printed
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    assert [sheet.cell(row + BANNER, 6).value for row in (4, 5)] == [None, None]


def test_the_proof_alone_refuses_the_inputs_typed_percentage_change_kept(tmp_path):
    source = _change_book(tmp_path / "typed.xlsx", "typed")

    def kept(plan: Plan) -> None:  # the input's 22.1% carried beside the rounded quarters
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        rebuilt = cells[(3 + BANNER, 3)]
        cells[(3 + BANNER, 3)] = OutputCell(0.2209, style=rebuilt.style, kind="kept")

    def unrounded(plan: Plan) -> None:  # the rebuilt formula, given the input's value
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        rebuilt = cells[(3 + BANNER, 3)]
        cells[(3 + BANNER, 3)] = OutputCell(0.2209, rebuilt.formula, rebuilt.style, "derived")

    assert proved(tmp_path, source) == []
    assert "a rate whose formula does not give its value" in {
        f.kind for f in proved(tmp_path, source, unrounded)
    }
    found = proved(tmp_path, source, kept)
    assert "a rate not worked out from the copy's figures (typed in a percentage's format)" in {
        f.kind for f in found
    }


def test_a_counting_word_in_a_head_reads_as_the_shares_on_a_percentage_sheet(tmp_path):
    rows: list[list] = [
        ["Job outcomes by payment group"],
        [],
        ["Payment group", "Job outcomes (number)", "No. of sustainments"],
        ["JSA 18-24", 52, 92],
        ["JSA 25+", 148, 179],
        ["ESA Flow", 36, 40],
    ]
    copy, _ = sanitised_beside(write_book(tmp_path / "counted.xlsx", {"Outcomes": rows}))
    shares = openpyxl.load_workbook(copy)["Sustainments and job outcomes %"]
    assert [shares.cell(4 + BANNER, col).value for col in (2, 3)] == [
        "Job outcomes (%)",
        "% of sustainments",
    ]


def test_a_sum_of_whole_percentage_formulas_is_rebuilt_as_a_whole_percentage(tmp_path):
    counts = [("JSA 18-24", 412), ("JSA 25+", 1003), ("ESA Flow", 229)]
    rows: list[list] = [
        ["Referrals by payment group"],
        [],
        ["Payment group", "Referrals", "% of referrals"],
    ]
    cached = {("Referrals", "B7"): 1644, ("Referrals", "C7"): 100}
    for at, (group, count) in enumerate(counts, start=4):
        rows.append([group, count, f"=B{at}/B$7*100"])
        cached[("Referrals", f"C{at}")] = count / 1644 * 100
    rows.append(["Total", "=SUM(B4:B6)", "=SUM(C4:C6)"])
    copy, _ = sanitised_beside(
        write_book(tmp_path / "shares.xlsx", {"Referrals": rows}, cached=cached)
    )
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    assert sheet.cell(7 + BANNER, 3).value == "=B9/B9*100"


def test_a_table_keeping_its_referrals_lists_only_its_outcome_cells_as_removed(tmp_path):
    rows: list[list] = [
        ["Performance by payment group"],
        [],
        ["Payment group", "Referrals", "Job outcomes"],
        ["JSA 18-24", 412, 57],
        ["JSA 25+", 1203, 143],
        ["ESA Flow", 233, 21],
    ]
    copy, printed = sanitised_beside(write_book(tmp_path / "mixed.xlsx", {"Performance": rows}))
    assert (
        "  removed: 'Performance' C4:C6: outcome volumes are never shared; shown as percentages "
        "on sheet 'Job outcomes %'"
    ) in printed.splitlines()
    assert "table 'Performance by payment group'" not in printed
    cover = [c.value for c in openpyxl.load_workbook(copy)["About this workbook"]["A"]]
    assert (
        "- job outcome volumes, 'Performance' C4:C6: outcome volumes are never shared; "
        "shown as percentages on sheet 'Job outcomes %'" in cover
    )
