"""Layouts a hunt through plausible packs found read wrongly while the copy still passed its
proof: numbered column headers under a corner word of their own, and the row totals of
"of which" lines."""

from __future__ import annotations

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook


def _analysed(tmp_path, rows):
    book = read_workbook(write_book(tmp_path / "book.xlsx", {"Sheet": rows}))
    (analysis,) = analyse_workbook(book, Policy())
    return analysis


def test_numbered_headers_heading_a_total_column_are_headers_whatever_the_corner_says(tmp_path):
    rows = [["Job starts by payment group and month"], [], ["Payment group", 1, 2, 3, 4, "Total"]]
    rows += [[group, 31, 5, 17, 44, f"=SUM(B{r}:E{r})"]
             for r, group in enumerate(("JSA 18-24", "JSA 25+", "ESA flow"), start=4)]  # fmt: skip
    analysis = _analysed(tmp_path, rows)
    (table,) = analysis.tables
    assert table.header_rows == [2]
    assert all(analysis.roles[(2, c)] is Role.HEADER for c in range(1, 6))
    assert all(analysis.roles[(r, 1)] is Role.COUNT for r in range(3, 6))


def test_a_first_row_of_counts_running_1_2_3_stays_counts_without_a_total_heading(tmp_path):
    rows = [["Job starts by payment group"], [], ["Payment group", "Apr", "May", "Jun", "Jul"]]
    rows += [["JSA 18-24", 1, 2, 3, 4], ["JSA 25+", 31, 5, 17, 44]]
    analysis = _analysed(tmp_path, rows)
    assert all(analysis.roles[(3, c)] is Role.COUNT for c in range(1, 5))


def test_the_typed_row_total_of_an_of_which_line_is_a_total_like_its_neighbours(tmp_path):
    rows = [["Referrals by payment group"], [], ["Payment group", "Apr", "May", "Jun", "Q1"]]
    lines = [("JSA 18 to 24", [47, 52, 38]), ("  of which: early access", [11, 11, 12]),
             ("JSA 25 and over", [88, 91, 77]), ("  of which: ex-IB", [23, 17, 26])]  # fmt: skip
    rows += [[label, *figures, sum(figures)] for label, figures in lines]
    rows.append(["Total", 135, 143, 115, 393])  # the main lines only
    analysis = _analysed(tmp_path, rows)
    (table,) = analysis.tables
    for row in (4, 6):  # the "of which" lines: their Q1 adds up their months
        assert analysis.roles[(row, 4)] is Role.TOTAL
        assert table.totals[(row, 4)] == tuple(("Sheet", row, c) for c in (1, 2, 3))
    assert [part[1] for part in table.totals[(7, 1)]] == [3, 5]  # never the "of which" lines


def test_an_of_which_line_whose_typed_figure_is_not_the_sum_keeps_it_a_count(tmp_path):
    rows = [["Referrals by payment group"], [], ["Payment group", "Apr", "May", "Q1"]]
    rows += [["JSA 18 to 24", 47, 52, 99], ["  of which: early access", 11, 11, 30]]
    rows.append(["Total", 47, 52, 99])
    analysis = _analysed(tmp_path, rows)
    assert analysis.roles[(4, 3)] is Role.COUNT


def test_named_region_totals_above_districts_totalled_below_their_offices(tmp_path):
    """Two levels read two ways: each district's total under its offices, each region's total
    heading its districts, the grand total at the foot over the regions."""
    offices = [[13, 27, 31], [9, 44, 15], [22, 8, 51], [35, 17, 29],
               [41, 12, 6], [19, 33, 28], [26, 38, 11], [7, 14, 52]]  # fmt: skip
    districts = [_added(offices[i], offices[i + 1]) for i in range(0, 8, 2)]
    regions = [_added(districts[i], districts[i + 1]) for i in range(0, 4, 2)]
    grand = _added(*regions)
    rows = [["Referrals by office"], [], ["Area", "Apr", "May", "Jun"]]
    for r, region in enumerate(regions):
        rows.append([f"Region {r + 1} total", *region])
        for d in (2 * r, 2 * r + 1):
            rows += [[f"  Office {o + 1}", *offices[o]] for o in (2 * d, 2 * d + 1)]
            rows.append([f"  District {d + 1} total", *districts[d]])
    rows.append(["Grand total", *grand])
    expected = {6: [4, 5], 9: [7, 8], 13: [11, 12], 16: [14, 15],
                3: [6, 9], 10: [13, 16], 17: [3, 10]}  # fmt: skip
    analysis = _analysed(tmp_path, rows)
    (table,) = analysis.tables
    for total, kids in expected.items():
        assert analysis.roles[(total, 1)] is Role.TOTAL
        assert [r for _, r, _ in table.totals[(total, 1)]] == kids


def _added(a: list[int], b: list[int]) -> list[int]:
    return [x + y for x, y in zip(a, b, strict=True)]


def test_a_quarter_among_months_is_the_total_of_its_months(tmp_path):
    months = [[13, 27, 31, 44, 9, 15], [22, 8, 51, 35, 17, 29], [41, 12, 6, 19, 33, 28]]
    heads = ["Office", "Apr", "May", "Jun", "Q1", "Jul", "Aug", "Sep", "Q2", "April to September"]
    rows = [["Attachments by office and month"], [], heads]
    for office, m in zip(("Derby", "Buxton", "Matlock"), months, strict=True):
        q1, q2 = sum(m[:3]), sum(m[3:])
        rows.append([office, *m[:3], q1, *m[3:], q2, q1 + q2])
    analysis = _analysed(tmp_path, rows)
    (table,) = analysis.tables
    for row in (3, 4, 5):
        assert [c for _, _, c in table.totals[(row, 4)]] == [1, 2, 3]
        assert [c for _, _, c in table.totals[(row, 8)]] == [5, 6, 7]
        assert [c for _, _, c in table.totals[(row, 9)]] == [4, 8]


def test_a_quarter_is_never_the_total_of_other_quarters_by_coincidence(tmp_path):
    rows = [["Attachments by office and quarter"], [], ["Office", "Q1", "Q2", "Q3", "Q4"]]
    rows += [["Derby", 5, 2, 3, 7], ["Buxton", 9, 4, 5, 1], ["Matlock", 6, 1, 5, 2]]
    analysis = _analysed(tmp_path, rows)
    assert not any(t.totals for t in analysis.tables)
    assert all(analysis.roles[(r, 1)] is Role.COUNT for r in (3, 4, 5))


def test_a_year_to_date_column_runs_on_over_the_months_beside_it(tmp_path):
    months = [37, 29, 44, 13, 51, 26]
    rows = [["Referrals by month"], [], ["Month", "Referrals in month", "Referrals, year to date"]]
    rows += [[f"Month {i + 1}", n, sum(months[: i + 1])] for i, n in enumerate(months)]
    rows.append(["Total", sum(months), sum(months)])
    analysis = _analysed(tmp_path, rows)
    (table,) = analysis.tables
    for i, row in enumerate(range(3, 10)):
        assert analysis.roles[(row, 2)] is Role.TOTAL
        assert [r for _, r, c in table.totals[(row, 2)]] == list(range(3, 3 + min(i + 1, 6)))


def test_a_to_date_column_that_does_not_run_on_stays_counts(tmp_path):
    rows = [["Referrals by month"], [], ["Month", "Referrals in month", "Referrals to date"]]
    rows += [["Apr", 37, 37], ["May", 29, 66], ["Jun", 44, 111]]  # 110 would run on
    analysis = _analysed(tmp_path, rows)
    assert all(analysis.roles[(r, 2)] is Role.COUNT for r in (3, 4, 5))


def test_unnamed_district_heads_under_named_region_totals_below_them(tmp_path):
    """The levels the other way round: each district's line heads its offices, each region's
    named total sits under its districts, the grand total at the foot over the regions."""
    offices = [[13, 27, 31], [9, 44, 15], [22, 8, 51], [35, 17, 29],
               [41, 12, 6], [19, 33, 28], [26, 38, 11], [7, 14, 52]]  # fmt: skip
    districts = [_added(offices[i], offices[i + 1]) for i in range(0, 8, 2)]
    regions = [_added(districts[i], districts[i + 1]) for i in range(0, 4, 2)]
    rows = [["Referrals by office"], [], ["Area", "Apr", "May", "Jun"]]
    for r in range(2):
        for d in (2 * r, 2 * r + 1):
            rows.append([f"District {d + 1}", *districts[d]])
            rows += [[f"  Office {o + 1}", *offices[o]] for o in (2 * d, 2 * d + 1)]
        rows.append([f"Region {r + 1} total", *regions[r]])
    rows.append(["Grand total", *_added(*regions)])
    expected = {3: [4, 5], 6: [7, 8], 9: [3, 6], 10: [11, 12], 13: [14, 15], 16: [10, 13],
                17: [9, 16]}  # fmt: skip
    analysis = _analysed(tmp_path, rows)
    (table,) = analysis.tables
    for total, kids in expected.items():
        assert [r for _, r, _ in table.totals[(total, 1)]] == kids
