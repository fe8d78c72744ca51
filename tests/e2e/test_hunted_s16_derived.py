"""What a hunt over figures derived from counts found (session 16).

A note, title, header or label stating a share to a decimal place ("28.57% of JSA Prison
Leavers referred were attached", beside counts shown as 0: 2 of 7) or a rate as a fraction to
three places ("0.2857") was carried; it is removed and listed now. A ratio after a measure
("Starts per referral: 0.21") was carried by the plan and refused by the proof; removed now.
And an outcome table's line derived from its parts and removed ('Cumulative', 'Rank', 'Per
adviser') was named on the percentage sheet and the cover as a part left out of the base.

A running-total line across the months ('Referrals year to date' under 'Referrals', or a
'Cumulative' line under a table's Total line), typed as figures, was rounded cell by cell: its
May showed 1,260 (the true 1,250 rounded) beside months shown as 600 and 660, and July 2,500
where the rounded months add up to 2,520, the rounded original running total guidance R5
forbids. A running column down the rows was already rebuilt over its months; a running line
across them is now too, a SUM over the rounded cells of the line it runs on; so is one set
apart by a blank line, and a block of the months to date under the block of the months.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from wpxl.plan.carried_words import PRECISE_SHARE

MONTHS = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013"]
REFERRALS = [593, 657, 643, 613]  # shown 600, 660, 640, 620: running on 600, 1260, 1900, 2520
ATTACHMENTS = [431, 502, 466, 470]
STARTS = [88, 97, 101, 93]


def _running(line: list[int]) -> list[int]:
    return [sum(line[: k + 1]) for k in range(len(line))]


def _copy(tmp_path, rows: list[list]) -> tuple[list[list], list[list]]:
    output, _ = sanitised_beside(write_book(tmp_path / "kpi.xlsx", {"KPI": rows}))
    formulas = openpyxl.load_workbook(output)["KPI"]
    values = openpyxl.load_workbook(output, data_only=True)["KPI"]
    return (
        [[c.value for c in row] for row in formulas.iter_rows()],
        [[c.value for c in row] for row in values.iter_rows()],
    )


@pytest.mark.parametrize("words", ["{} year to date", "Cumulative {}", "{} YTD", "{} to date"])
def test_a_running_line_across_the_months_is_the_sum_of_the_rounded_months(tmp_path, words):
    rows: list[list] = [["Derby performance summary, 2013-14"], [], ["Measure", *MONTHS]]
    for name, line in (("Referrals", REFERRALS), ("Attachments", ATTACHMENTS),
                       ("Job starts", STARTS)):  # fmt: skip
        rows += [[name, *line], [words.format(name.lower()), *_running(line)]]
    formulas, values = _copy(tmp_path, rows)
    for month_row in (5, 7, 9):
        shown = values[month_row][1:5]
        assert values[month_row + 1][1:5] == _running(shown), formulas[month_row + 1][0]
        assert all(str(f).startswith("=") for f in formulas[month_row + 1][1:5])
    assert values[6][1:5] == [600, 1260, 1900, 2520]


def test_a_cumulative_line_under_the_total_line_runs_on_its_rounded_totals(tmp_path):
    groups = {"JSA 18-24": [137, 212, 195, 181], "JSA 25+": [411, 389, 402, 377],
              "ESA Flow": [33, 47, 29, 41], "ESA Volunteers": [12, 9, 17, 14]}  # fmt: skip
    rows: list[list] = [["Referrals by payment group"], [], ["Payment group", *MONTHS, "Total"]]
    rows += [[group, *line, sum(line)] for group, line in groups.items()]
    sums = [sum(col) for col in zip(*groups.values(), strict=True)]
    rows += [["Total", *sums, sum(sums)], ["Cumulative", *_running(sums)]]
    formulas, values = _copy(tmp_path, rows)
    assert values[9][0] == "Total" and values[10][0] == "Cumulative"
    assert values[10][1:5] == _running(values[9][1:5]) == [620, 1260, 1900, 2520]
    assert all(str(f).startswith("=") for f in formulas[10][1:5])


def test_a_running_line_with_the_years_total_under_a_formula_total_is_rebuilt(tmp_path):
    """'Referrals' with a Total column of SUMs, 'Referrals YTD' typed with the year's total
    under it: the formula's place was no figure to run on, so the line was rounded cell by
    cell (July 2,500, the Total 2,500, where the rounded months add up to 2,520)."""
    rows: list[list] = [["Derby performance summary, 2013-14"], [], ["Measure", *MONTHS, "Total"]]
    rows += [["Referrals", *REFERRALS, "=SUM(B4:E4)"]]
    rows += [["Referrals YTD", *_running(REFERRALS), sum(REFERRALS)]]
    source = write_book(
        tmp_path / "kpi.xlsx", {"KPI": rows}, cached={("KPI", "F4"): sum(REFERRALS)}
    )
    output, _ = sanitised_beside(source)
    values = openpyxl.load_workbook(output, data_only=True)["KPI"]
    formulas = openpyxl.load_workbook(output)["KPI"]
    assert [values.cell(7, c).value for c in range(2, 7)] == [600, 1260, 1900, 2520, 2520]
    assert all(str(formulas.cell(7, c).value).startswith("=") for c in range(2, 7))


@pytest.mark.parametrize("head", ["Referrals to date", "Cumulative total"])
def test_a_running_column_set_apart_by_a_blank_column_runs_on_the_rounded_months(tmp_path, head):
    """Months down the rows, a blank column, then the running column: a table of its own.
    'Referrals to date' was rounded cell by cell (the rounded original running totals, which
    the proof now refuses); 'Cumulative total', headed as a total but adding up no columns
    beside it, was refused outright. Each is now the SUM of the rounded months to its row."""
    rows: list[list] = [["Referrals by month"], [], ["Month", "Referrals", None, head]]
    running = _running(REFERRALS)
    rows += [[m, r, None, t] for m, r, t in zip(MONTHS, REFERRALS, running, strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "apart.xlsx", {"Referrals": rows}))
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    formulas = openpyxl.load_workbook(output)["Referrals"]
    assert [values.cell(r, 4).value for r in range(6, 10)] == [600, 1260, 1900, 2520]
    assert [formulas.cell(r, 4).value for r in range(6, 10)] == [
        "=SUM(B6)", "=SUM(B6:B7)", "=SUM(B6:B8)", "=SUM(B6:B9)"
    ]  # fmt: skip


def test_a_running_line_parted_from_its_months_by_a_blank_line_runs_on_them(tmp_path):
    rows: list[list] = [["Referrals by month"], [], ["Measure", *MONTHS], ["Referrals", *REFERRALS]]
    rows += [[], ["Referrals year to date", *_running(REFERRALS)]]
    formulas, values = _copy(tmp_path, rows)
    assert values[7][1:5] == [600, 1260, 1900, 2520]
    assert formulas[7][1:5] == ["=SUM(B6)", "=SUM(B6:C6)", "=SUM(B6:D6)", "=SUM(B6:E6)"]


def test_each_running_column_runs_on_the_column_it_names_not_the_nearest(tmp_path):
    """'Cumulative JSA' after 'JSA' and 'ESA': it was tried over ESA alone, the nearest, and
    rounded cell by cell (2,500 where the rounded JSA months add up to 2,520)."""
    rows: list[list] = [["Referrals by month"], []]
    rows.append(["Month", "JSA", "ESA", "Cumulative JSA", "Cumulative ESA"])
    lines = zip(MONTHS, REFERRALS, STARTS, _running(REFERRALS), _running(STARTS), strict=True)
    formulas, values = _copy(tmp_path, [*rows, *map(list, lines)])
    assert [row[3] for row in values[5:9]] == [600, 1260, 1900, 2520]
    assert [row[3] for row in formulas[5:9]] == ["=SUM(B6)", "=SUM(B6:B7)", "=SUM(B6:B8)",
                                                 "=SUM(B6:B9)"]  # fmt: skip


@pytest.mark.parametrize("title", ["Referrals to date", "Cumulative referrals, April to July"])
def test_a_block_to_date_under_the_months_runs_on_their_rounded_figures(tmp_path, title):
    """A block of the months from the start of the year, titled so, under the block of each
    month's referrals: it was rounded cell by cell (July 2,500, the months above 2,520)."""
    rows: list[list] = [["Referrals by month"], [], ["Month", "JSA", "ESA", "Total"]]
    rows += [[m, j, e, j + e] for m, j, e in zip(MONTHS, REFERRALS, STARTS, strict=True)]
    rows += [[], [title], ["Month", "JSA", "ESA", "Total"]]
    lines = zip(MONTHS, _running(REFERRALS), _running(STARTS), strict=True)
    rows += [[m, j, e, j + e] for m, j, e in lines]
    formulas, values = _copy(tmp_path, rows)
    assert [row[1] for row in values[12:16]] == [600, 1260, 1900, 2520]
    assert [row[2] for row in values[12:16]] == _running([80, 100, 100, 100])
    assert [row[1] for row in formulas[12:16]] == ["=SUM(B6)", "=SUM(B6:B7)", "=SUM(B6:B8)",
                                                   "=SUM(B6:B9)"]  # fmt: skip


PAYMENT_GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "JSA Prison Leavers"]
REFERRED = [1234, 2213, 687, 7]
ATTACHED = [1101, 1987, 512, 2]


def _referred_and_attached(note: str) -> list[list]:
    rows: list[list] = [["Referrals and attachments by payment group, April 2013"], []]
    rows.append(["Payment group", "Referrals", "Attachments"])
    rows += [list(line) for line in zip(PAYMENT_GROUPS, REFERRED, ATTACHED, strict=True)]
    return [*rows, ["Total", sum(REFERRED), sum(ATTACHED)], [], [note]]


@pytest.mark.parametrize(
    "note",
    [
        "Only 28.57% of JSA Prison Leavers referred were attached, against 89.2% of JSA 18-24.",
        "JSA Prison Leavers attachment rate 28.6 per cent",
        "Referrals rose 12.4% on March.",
        "JSA Prison Leavers attachment rate 0.2857",  # as a fraction, to the same precision
    ],
)
def test_a_note_stating_a_share_to_a_decimal_place_is_removed_and_listed(tmp_path, note):
    """28.57% beside JSA Prison Leavers' referrals and attachments shown as 0 (each below 10)
    can only be 2 of 7: the unrounded counts rounding hid. It was carried as a note."""
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": _referred_and_attached(note)})
    output, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(output)
    sheet = book["Referrals"]
    assert [sheet.cell(9, c).value for c in (2, 3)] == [0, 0]
    assert not [c.value for row in sheet.iter_rows() for c in row if c.value == note]
    cover = [c.value for row in book.worksheets[0].iter_rows() for c in row if c.value]
    assert any(PRECISE_SHARE in str(v) and "'Referrals' A10" in str(v) for v in cover)


def test_a_label_stating_its_share_to_a_decimal_place_is_removed(tmp_path):
    """'JSA Prison Leavers (0.17%)' beside a total shown as 4,140 is 7 referrals."""
    rows: list[list] = [["Referrals by payment group, April 2013"], [], ["Payment group", "Share"]]
    shares = ["29.80%", "53.44%", "16.59%", "0.17%"]
    rows += [[f"{g} ({s})", s] for g, s in zip(PAYMENT_GROUPS, shares, strict=True)]
    rows += [[], ["Total referrals", sum(REFERRED)]]
    output, _ = sanitised_beside(write_book(tmp_path / "labels.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert not [t for t in texts if "%" in t]


def test_a_sheet_named_with_a_share_to_a_decimal_place_is_shown_by_its_place(tmp_path):
    rows = _referred_and_attached("Referrals and attachments by payment group.")
    source = write_book(tmp_path / "named.xlsx", {"Attached 28.57%": rows})
    output, printed = sanitised_beside(source)
    assert openpyxl.load_workbook(output).sheetnames[1:] == ["Sheet 1"]
    assert "28.57" not in printed and "0 percentage sheets" in printed


@pytest.mark.parametrize(
    "note", ["45% of referrals were ESA.", "Percentages may not sum to 100.0% due to rounding."]
)
def test_a_whole_share_or_a_hundred_percent_stays(tmp_path, note):
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": _referred_and_attached(note)})
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    assert sheet.cell(12, 1).value == note


@pytest.mark.parametrize(
    "note", ["Starts per referral: 0.21", "Share of referrals from Matlock: 0.0478"]
)
def test_a_ratio_stated_after_a_measure_is_removed_not_refused(tmp_path, note):
    """The proof read the ratio as a count of the measure that is not rounded and refused the
    copy; the plan kept it, as it read the number's whole part alone (0, a multiple of 20)."""
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": _referred_and_attached(note)})
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    assert sheet.cell(12, 1).value is None


OUTCOME_GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
OUTCOMES = [[31, 45, 52], [88, 97, 101], [27, 24, 29], [23, 25, 22]]


def _outcome_shares(tmp_path, rows: list[list]) -> tuple[list[list], str]:
    output, printed = sanitised_beside(write_book(tmp_path / "jo.xlsx", {"Outcomes": rows}))
    sheet = openpyxl.load_workbook(output)["Job outcomes %"]
    return [[c.value for c in row] for row in sheet.iter_rows()], printed


DERIVED = [("Rank", [3, 1, 2, 4]), ("Per adviser", [8.25, 21.5, 4.92, 5.83])]


@pytest.mark.parametrize(("head", "figures"), DERIVED)
def test_a_derived_column_removed_is_no_part_left_out_of_the_total_columns_base(
    tmp_path, head, figures
):
    """A Total column over the months beside a 'Rank' or 'Per adviser' column: the Total's
    shares were said to be 'of the job outcomes shown only', every group 'left out of their
    base', as if the column removed were a part of the Total. It adds up the months alone."""
    rows: list[list] = [["Job outcomes by payment group"], [], ["Payment group"]]
    rows[2] += ["Apr 2013", "May 2013", "Jun 2013", "Total", head]
    for group, line, figure in zip(OUTCOME_GROUPS, OUTCOMES, figures, strict=True):
        rows.append([group, *line, sum(line), figure])
    shares, printed = _outcome_shares(tmp_path, rows)
    assert "left out" not in printed
    assert not any(isinstance(row[0], str) and "left out" in row[0] for row in shares)
    assert [row[4] for row in shares[6:10]] == [0.23, 0.51, 0.14, 0.12]


def test_a_cumulative_line_removed_is_no_part_left_out_of_the_months_base(tmp_path):
    """'Cumulative' under the groups' Total: its figures are removed (outcome volumes to date),
    and each month's shares were said to leave 'Cumulative' out of their base."""
    rows: list[list] = [["Job outcomes by payment group"], [], ["Payment group", *MONTHS[:3]]]
    rows += [[group, *line] for group, line in zip(OUTCOME_GROUPS, OUTCOMES, strict=True)]
    sums = [sum(col) for col in zip(*OUTCOMES, strict=True)]
    rows += [["Total", *sums], ["Cumulative", *_running(sums)]]
    shares, printed = _outcome_shares(tmp_path, rows)
    assert "left out" not in printed
    assert [row[1] for row in shares[6:11]] == [0.18, 0.52, 0.16, 0.14, 1]


def test_a_running_column_down_an_extracts_rows_is_left_as_counts(tmp_path):
    """Over more than ten years of months a line running on is an extract's rows: listing
    every part of every cell grew with the square of its length (30,000 rows took all the
    memory). It is rounded as counts, as before, and the proof does not ask it to run on."""
    rows: list[list] = [["Referrals extract"], [], ["Office", "Referrals", "Referrals to date"]]
    figures = [(7 * k) % 61 for k in range(130)]
    lines = enumerate(zip(figures, _running(figures), strict=True))
    rows += [[f"Office {k}", figure, to_date] for k, (figure, to_date) in lines]
    formulas, _ = _copy(tmp_path, rows)
    assert not [row[2] for row in formulas[5:135] if str(row[2]).startswith("=")]
