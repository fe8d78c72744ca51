"""Totals are rebuilt as sums of the rounded cells they cover, at every level (guidance R5)."""

from pathlib import Path

import openpyxl

from tests.builders import referrals_table, write_book
from wpxl.sanitise import sanitise_file


def _book(path: Path):
    return openpyxl.load_workbook(path), openpyxl.load_workbook(path, data_only=True)


def test_typed_total_row_and_sum_total_column_become_formulas_over_rounded_cells(tmp_path, job):
    rows = referrals_table([[12, 9, 31], [30, 11, 49], [5, 15, 25]])
    rows[-1] = ["Total", 47, 35, 105, 187]  # typed, unrounded: must not survive
    cached = {("Referrals", "E4"): 52, ("Referrals", "E5"): 90, ("Referrals", "E6"): 45}
    source = write_book(tmp_path / "r.xlsx", {"Referrals": rows}, cached=cached)
    formulas, values = _book(Path(sanitise_file(source, job).output))
    ws, wv = formulas["Referrals"], values["Referrals"]
    body = [[wv.cell(r, c).value for c in range(2, 5)] for r in range(6, 9)]
    assert body == [[20, 0, 40], [40, 20, 40], [0, 20, 20]]
    assert [ws.cell(9, c).value for c in range(2, 6)] == [
        "=SUM(B6:B8)", "=SUM(C6:C8)", "=SUM(D6:D8)", "=SUM(E6:E8)",
    ]  # fmt: skip
    assert [wv.cell(9, c).value for c in range(2, 6)] == [60, 40, 100, 200]
    assert [ws.cell(r, 5).value for r in range(6, 9)] == [
        "=SUM(B6:D6)",
        "=SUM(B7:D7)",
        "=SUM(B8:D8)",
    ]
    assert [wv.cell(r, 5).value for r in range(6, 9)] == [60, 100, 40]


def test_grand_total_over_subtotals_is_consistent_at_every_level(tmp_path, job):
    rows = [
        ["Job starts by area"],
        [],
        ["Area", "Job starts"],
        ["Ashby Vale", 13],
        ["Brackenshire", 29],
        ["North subtotal", 42],
        ["Holmcroft", 51],
        ["Redfern", 8],
        ["South subtotal", 59],
        ["Grand total", 101],
    ]
    source = write_book(tmp_path / "s.xlsx", {"Starts": rows})
    formulas, values = _book(Path(sanitise_file(source, job).output))
    ws, wv = formulas["Starts"], values["Starts"]
    assert [wv.cell(r, 2).value for r in range(6, 13)] == [20, 20, 40, 60, 0, 60, 100]
    assert ws["B8"].value == "=SUM(B6:B7)"
    assert ws["B11"].value == "=SUM(B9:B10)"
    assert ws["B12"].value == "=SUM(B8,B11)"


def test_hidden_rows_are_not_carried_and_totals_over_them_are_removed_and_listed(tmp_path, job):
    source = write_book(tmp_path / "h.xlsx", {"Referrals": referrals_table([[31], [47], [55]])})
    book = openpyxl.load_workbook(source)
    book["Referrals"].row_dimensions[5].hidden = True  # JSA 25+ (47)
    book.save(source)
    result = sanitise_file(source, job)
    formulas, values = _book(Path(result.output))
    wv = values["Referrals"]
    assert [[wv.cell(r, c).value for c in (1, 2)] for r in range(6, 9)] == [
        ["JSA 18-24", 40],
        ["ESA Flow", 60],
        ["Total", None],  # 40 + 60 would not be the total of the three groups
    ]
    assert formulas["Referrals"]["C6"].value == "=SUM(B6)"  # row totals span no hidden row
    assert {r.where for r in result.removed if "total over hidden rows" in r.why} == {
        "'Referrals' B7",
        "'Referrals' C7",
    }


def test_counts_that_look_like_years_are_still_rounded(tmp_path, job):
    rows = [
        ["Referrals and attachments by local authority"],
        [],
        ["Local authority", "Referrals", "Attachments"],
        ["Ashby Vale", 2011, 1997],
        ["Holmcroft", 2043, 2009],
    ]
    source = write_book(tmp_path / "y.xlsx", {"Referrals": rows})
    _, values = _book(Path(sanitise_file(source, job).output))
    wv = values["Referrals"]
    assert [[wv.cell(r, c).value for c in (2, 3)] for r in (6, 7)] == [[2020, 2000], [2040, 2000]]


def test_a_header_quoting_an_unrounded_total_is_removed_but_group_names_stay(tmp_path, job):
    rows = [
        ["Referrals by payment group"],
        [],
        ["Payment group", "Referrals (n=187)"],
        ["JSA 25+", 131],
        ["JSA 18-24", 56],
    ]
    result = sanitise_file(write_book(tmp_path / "n.xlsx", {"Referrals": rows}), job)
    _, values = _book(Path(result.output))
    texts = {c.value for row in values["Referrals"].iter_rows() for c in row}
    assert "Referrals (n=187)" not in texts
    assert {"JSA 25+", "JSA 18-24"} <= texts
    assert "it quotes an unrounded figure" in {r.why for r in result.removed}


def test_a_first_row_of_year_sized_counts_is_rounded_not_taken_for_a_header(tmp_path, job):
    rows = [
        ["Referrals by local authority and quarter"],
        [],
        ["Local authority", "Q1", "Q2", "Q3"],
        ["Ashby Vale", 2011, 1997, 2043],
        ["Holmcroft", 311, 287, 149],
    ]
    source = write_book(tmp_path / "q.xlsx", {"Referrals": rows})
    _, values = _book(Path(sanitise_file(source, job).output))
    wv = values["Referrals"]
    assert [wv.cell(6, c).value for c in (2, 3, 4)] == [2020, 2000, 2040]


def test_removed_totals_are_named_as_runs_never_a_range_over_kept_cells(job):
    book = Path(__file__).parents[1] / "analyse/corpus/65_suppression_markers_under_totals.xlsx"
    removed = {r.where for r in sanitise_file(book, job).removed if r.kind == "figures"}
    # E5 and E8 add up no suppressed cell: they are kept, so "E4:E9" would be wrong
    assert "'Referrals' E4, E6:E7, E9" in removed


def test_a_perturbed_total_that_rounding_would_carry_too_far_is_removed_with_totals_over_it(
    tmp_path, job
):
    from dataclasses import replace

    from wpxl.plan.volumes import FAR_FROM_SOURCE

    rows = [
        ["Referrals by group and office"],
        [],
        ["Office", "JSA", "ESA", "IB", "Other", "Total"],
        ["North", 10, 10, 10, 10, 35],  # the source perturbed 40 to 35; rounded parts give 80
        ["South", 131, 247, 309, 52, 739],
        ["Total", 141, 257, 319, 62, 774],
    ]
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    job = replace(job, policy=replace(job.policy, source_totals="rebuild"))
    result = sanitise_file(source, job)
    cells = openpyxl.load_workbook(result.output)["Referrals"]
    assert cells["F6"].value is None  # North's total: 80 against the source's 35
    assert cells["F8"].value is None  # and the grand total over it
    assert cells["F7"].value == "=SUM(B7:E7)"
    assert any(r.why == FAR_FROM_SOURCE and "F4" in r.where for r in result.removed)
