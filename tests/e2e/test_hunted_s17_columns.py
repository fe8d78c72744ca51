"""What a hunt through nested totals across the columns (the transposed form of nested row
subtotals) found (session 17).

A table of one year under its 'Total' line ('Total' then '2011', alike, areas across): the
'Total' adds up the year, and the year, named alone straight after a total line of the same
figures, was read as that total's year over it as well, so each was the other's part and the
analysis never came back (RecursionError, nothing written). A year is read over a total line
only where it is not that line's own part.

Payment groups across, each its parts then its total, parted by blank columns, and a typed
'Grand total' straight after the last group (or before the first) with no blank column of its
own: cut at the blank columns, it stood in a group's table, added up nothing inside it, and was
rounded on its own beside the rounded groups; the proof passed. It is read as the total of the
group totals beside it now, and the proof reads any line named a total that adds up other lines
named a total (verify/summed_named).

With three such groups and region totals down the rows, the third group's table took its row
labels from the second's, which has none: its typed 'Total' line was rounded on its own. It
takes them from the nearest table to its left that has them now.

A lone 'Grand total' column (set apart by a blank column) whose last figure is year-shaped (a
grand total of 2,013 typed without a separator) lost that line as a note: a lone column's lines
were searched for year-sized figures right of its first column only. The copy was refused.

Area lines whose totals are formulas across the blank column ('=D4+G4' in 'All payment
groups') under a 'Total' line typed: the typed total was judged against its parts inside its
own table only, looked far more than them, and the table was refused as counting a group it
does not show. A total over another table's cells counts as the figure the source shows. So
does such a formula when a typed 'Total' line is checked against it ('All groups' first,
''=C4+G4' across the blank column, was worked out from 'ESA total' alone, and refused).

A narrow group ('IB/IS Vol | IB/IS total') whose 'Total' line above the areas is year-shaped
(2,083 in both columns, named in the first table) was read as a header of one year, and the
copy refused. Two year-sized figures alike are no header of years.

Group totals named by the group alone under two header rows ('ESA' over 'ESA | ESA Flow'),
'All jobseekers' first over ESA and IB/IS (one part, its total its twin, left a count) and a
lone 'Total' after JSA: no set of the outermost columns tried added up to the 'Total', which was
rounded on its own, and the proof passed (two columns named a total only). Any two or more of
the outermost columns are tried now, and the proof asks the lines the copy writes as totals.
A lone 'Total' first, read before an 'All jobseekers' over two groups, took their totals as its
parts and left none outermost for it: it was rounded on its own, and the copy refused.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside


def r20(n: int) -> int:
    return (n + 10) // 20 * 20


def _shown(output: Path, sheet: str) -> list[list]:
    """The copy's lines from its title down (the banner above), without empty cells at the end."""
    values = openpyxl.load_workbook(output, data_only=True)[sheet]
    lines = [list(row) for row in values.iter_rows(min_row=3, values_only=True)]
    for line in lines:
        while line and line[-1] is None:
            line.pop()
    return lines


@pytest.mark.parametrize("total_col", [False, True])
def test_a_total_line_over_its_one_year_is_the_years_rounded_line(tmp_path, total_col):
    year = [823, 647, 646]
    heads = ["Year", "Ashby", "Brack", "Holm"]
    if total_col:
        heads[-1], year = "Total", [823, 647, 823 + 647]
    rows = [["Job starts by area"], [], heads, ["Total", *year], [2011, *year]]
    output, _ = sanitised_beside(write_book(tmp_path / "one_year.xlsx", {"Job starts": rows}))
    shown = _shown(output, "Job starts")
    line = [r20(v) for v in year]
    if total_col:
        line[-1] = line[0] + line[1]
    assert shown[3] == ["Total", *line]
    assert shown[4] == [2011, *line]
    formulas = openpyxl.load_workbook(output)["Job starts"]
    assert str(formulas["B6"].value).startswith("=")


BY_AREA = {"Ashby": [137, 212, 33, 12], "Brack": [411, 389, 47, 9], "Holm": [195, 402, 29, 17]}


def _groups_across(grand: str) -> list[list]:
    """Referrals by area: 'JSA 18-24 | JSA 25+ | JSA total', a blank column, 'ESA ex-IB | ESA
    vol | ESA total', and a 'Grand total' straight before the first group or after the last
    (no blank column between), a 'Total' line under the areas; every total typed."""

    def line(name: str, v: list[int]) -> list:
        groups = [v[0], v[1], v[0] + v[1], None, v[2], v[3], v[2] + v[3]]
        return [name, sum(v), *groups] if grand == "first" else [name, *groups, sum(v)]

    heads = ["JSA 18-24", "JSA 25+", "JSA total", None, "ESA ex-IB", "ESA vol", "ESA total"]
    heads = ["Grand total", *heads] if grand == "first" else [*heads, "Grand total"]
    rows = [["Referrals by area and payment group"], [], ["Area", *heads]]
    rows += [line(area, v) for area, v in BY_AREA.items()]
    return [*rows, line("Total", [sum(col) for col in zip(*BY_AREA.values(), strict=True)])]


def _rounded_groups(v: list[int]) -> tuple[int, int]:
    jsa, esa = r20(v[0]) + r20(v[1]), r20(v[2]) + r20(v[3])
    return jsa, esa


@pytest.mark.parametrize("grand", ["first", "last"])
def test_a_typed_grand_total_beside_a_group_across_is_the_sum_of_the_rounded_groups(
    tmp_path, grand
):
    """The blank column cuts the sheet into two tables; the 'Grand total' stands in the
    last (or first) beside that table's own group, and adds up nothing inside it, so it was
    rounded on its own (Ashby 400, where the groups beside it show 360 and 60), and the proof
    passed. It is the sum of the group totals now."""
    rows = _groups_across(grand)
    output, _ = sanitised_beside(write_book(tmp_path / "groups.xlsx", {"Referrals": rows}))
    shown = _shown(output, "Referrals")
    assert shown[2] == ["Area", *rows[2][1:]]
    at = 1 if grand == "first" else 8
    for line in shown[3:6]:
        jsa, esa = _rounded_groups(BY_AREA[line[0]])
        assert line[at] == jsa + esa
    assert shown[3][at] == 420  # not 400, the true 394 rounded
    totals = [sum(_rounded_groups(v)) for v in BY_AREA.values()]
    assert shown[6][at] == sum(totals)
    formulas = openpyxl.load_workbook(output)["Referrals"]
    column = "B" if grand == "first" else "I"
    assert str(formulas[f"{column}6"].value).startswith("=")


BY_REGION = {"Ashby": [137, 212, 33, 12, 479, 609], "Brack": [411, 389, 47, 9, 494, 309]}


def _regions_down_groups_across() -> list[list]:
    """Three payment groups across parted by blank columns, each its parts then its total;
    down, a 'Total' line over 'North total' and 'South total', each over its one area; all
    typed."""

    def line(name: str, v: list[int]) -> list:
        return [name, v[0], v[1], v[0] + v[1], None, v[2], v[3], v[2] + v[3], None,
                v[4], v[5], v[4] + v[5]]  # fmt: skip

    heads = ["Area", "JSA 18-24", "JSA 25+", "JSA total", None, "ESA ex-IB", "ESA vol",
             "ESA total", None, "PL JSA", "PL ESA", "PL total"]  # fmt: skip
    rows = [["Referrals by area and payment group"], [], heads]
    rows.append(line("Total", [sum(col) for col in zip(*BY_REGION.values(), strict=True)]))
    for (area, v), region in zip(BY_REGION.items(), ("North", "South"), strict=True):
        rows += [line(area, v), line(f"{region} total", v)]
    return rows


def test_region_totals_down_the_third_group_across_are_the_sums_of_its_rounded_areas(tmp_path):
    """The third group's table took its row labels from the table to its left, the second,
    which has none of its own: its 'Total' line was rounded on its own (PL ESA 920 where its
    regions show 600 and 300). It takes them from the nearest table to its left that has
    them now."""
    rows = _regions_down_groups_across()
    output, _ = sanitised_beside(write_book(tmp_path / "regions.xlsx", {"Referrals": rows}))
    shown = _shown(output, "Referrals")
    areas = [[r20(v) for v in line] for line in BY_REGION.values()]
    for at, col in enumerate((9, 10)):
        one, two = areas[0][4 + at], areas[1][4 + at]
        assert [shown[r][col] for r in (4, 5, 6, 7)] == [one, one, two, two]
        assert shown[3][col] == one + two
    assert shown[3][10] == 900  # not 920, the true 918 rounded
    formulas = openpyxl.load_workbook(output)["Referrals"]
    assert all(str(formulas[f"{c}{r}"].value).startswith("=") for c in "JK" for r in (6, 8, 10))


def _grand_apart(by_area: dict[str, list[int]], above: bool) -> list[list]:
    """The two groups of ``_groups_across``, then a blank column and a lone 'Grand total'; a
    'Total' line above the areas or under them; every total typed."""

    def line(name: str, v: list[int]) -> list:
        return [name, v[0], v[1], v[0] + v[1], None, v[2], v[3], v[2] + v[3], None, sum(v)]

    heads = ["Area", "JSA 18-24", "JSA 25+", "JSA total", None, "ESA ex-IB", "ESA vol",
             "ESA total", None, "Grand total"]  # fmt: skip
    total = line("Total", [sum(col) for col in zip(*by_area.values(), strict=True)])
    body = [line(area, v) for area, v in by_area.items()]
    return [["Referrals by area and payment group"], [], heads,
            *([total, *body] if above else [*body, total])]  # fmt: skip


@pytest.mark.parametrize(
    ("by_area", "above"),
    [
        ({"Ashby": [537, 212, 133, 12], "Brack": [411, 489, 147, 72]}, False),  # Total 2,013
        ({"Ashby": [1137, 212, 133, 12], "Brack": [1011, 889, 147, 12]}, True),  # Brack 2,059
    ],
)
def test_a_year_shaped_figure_ending_a_lone_grand_total_column_is_a_count(tmp_path, by_area, above):
    """A lone 'Grand total' column whose last figure is year-shaped (a grand total of 2,013
    typed without a separator): the reading of a lone column's lines looked for year-sized
    figures only right of its first column, so the last line was cut off as a note, the column
    was no total of the groups, and the copy was refused by the proof. The figure is a count,
    and the column the sum of the rounded groups."""
    rows = _grand_apart(by_area, above)
    output, _ = sanitised_beside(write_book(tmp_path / "grand.xlsx", {"Referrals": rows}))
    shown = _shown(output, "Referrals")
    lines = {line[0]: line for line in shown[3:6]}
    for area, v in by_area.items():
        assert lines[area][9] == sum(_rounded_groups(v))
    assert lines["Total"][9] == sum(sum(_rounded_groups(v)) for v in by_area.values())


BY_GROUP = {"Ashby": [421, 259, 653, 482, 150, 542], "Brack": [290, 28, 369, 695, 480, 197]}


def _jobseekers_between() -> list[list]:
    """Prison leavers (two parts and their total), a blank column, ESA (three parts, their
    total) and a 'Jobseekers total' of the two groups straight after, a blank column, IB/IS
    (one part, its total), a blank column, and a lone 'Total'; a 'Total' line under the areas;
    every total typed."""

    def line(name: str, v: list[int]) -> list:
        prison, esa = v[0] + v[1], v[2] + v[3] + v[4]
        return [name, v[0], v[1], prison, None, v[2], v[3], v[4], esa, prison + esa, None,
                v[5], v[5], None, sum(v)]  # fmt: skip

    heads = ["Area", "JSA PL", "ESA PL", "Prison total", None, "ESA Flow", "ESA Vol",
             "ESA Ex-IB", "ESA total", "Jobseekers total", None, "IB/IS Vol", "IB/IS total",
             None, "Total"]  # fmt: skip
    rows = [["Referrals by area and payment group"], [], heads]
    rows += [line(area, v) for area, v in BY_GROUP.items()]
    return [*rows, line("Total", [sum(col) for col in zip(*BY_GROUP.values(), strict=True)])]


def test_a_total_beside_a_total_of_two_groups_is_the_sum_of_the_rounded_outer_totals(tmp_path):
    """'Jobseekers total' adds up the prison and ESA totals, one in its own table and one in
    another: read as such, the two were no longer outermost, and the lone 'Total' after
    IB/IS fell back to their parts as well as 'Jobseekers total', adding them twice, so it
    was no total of anything and was rounded on its own; the proof refused the copy. It adds
    up 'Jobseekers total' and 'IB/IS total' now."""
    rows = _jobseekers_between()
    output, _ = sanitised_beside(write_book(tmp_path / "jobseekers.xlsx", {"Referrals": rows}))
    shown = _shown(output, "Referrals")
    for line in shown[3:5]:
        v = [r20(x) for x in BY_GROUP[line[0]]]
        jobseekers = v[0] + v[1] + v[2] + v[3] + v[4]
        assert [line[9], line[14]] == [jobseekers, jobseekers + v[5]]
    formulas = openpyxl.load_workbook(output)["Referrals"]
    assert str(formulas["O6"].value).startswith("=")
    assert str(formulas["J6"].value).startswith("=")


def _formulas_above_typed_total() -> tuple[list[list], dict]:
    """ESA's parts and 'All ESA', a blank column, IB/IS's part, 'All IB/IS' and 'All payment
    groups' straight after: each area's totals formulas ('=D4+H4' across the blank column),
    the 'Total' line under them typed, as a line pasted in as values."""
    rows: list[list] = [["Job starts by area and payment group"], []]
    rows.append(["Area", "ESA Flow", "ESA Vol", "All ESA", None, "IB/IS Vol", "All IB/IS",
                 "All payment groups"])  # fmt: skip
    cached = {}
    by_area = {"Ashby": [98, 433, 746], "Brack": [385, 334, 790], "Holm": [41, 57, 12]}
    for r, (area, v) in enumerate(by_area.items(), start=4):
        rows.append([area, v[0], v[1], f"=B{r}+C{r}", None, v[2], f"=F{r}", f"=D{r}+G{r}"])
        cached |= {("Job starts", f"D{r}"): v[0] + v[1], ("Job starts", f"G{r}"): v[2]}
        cached[("Job starts", f"H{r}")] = sum(v)
    v = [sum(col) for col in zip(*by_area.values(), strict=True)]
    rows.append(["Total", v[0], v[1], v[0] + v[1], None, v[2], v[2], sum(v)])
    return rows, cached


def test_a_typed_total_line_under_totals_formulas_across_a_blank_column_goes_through(tmp_path):
    """The typed 'Total' line's 'All payment groups' was judged against its parts in its own
    table only: each area's '=D4+G4' counted none of 'All ESA' across the blank column, so
    the typed total looked far more than its parts, and the table was refused as counting a
    group it does not show. A total over another table's cells is the figure the source
    shows there, and the copy goes through with every total the sum of the rounded cells."""
    rows, cached = _formulas_above_typed_total()
    book = write_book(tmp_path / "pasted.xlsx", {"Job starts": rows}, cached=cached)
    output, _ = sanitised_beside(book)
    shown = _shown(output, "Job starts")
    body = [[r20(x) for x in (line[1], line[2], line[5])] for line in rows[3:6]]
    for line, (flow, vol, ib) in zip(shown[3:6], body, strict=True):
        assert line[1:8] == [flow, vol, flow + vol, None, ib, ib, flow + vol + ib]
    assert shown[6][7] == sum(sum(b) for b in body)
    formulas = openpyxl.load_workbook(output)["Job starts"]
    assert str(formulas["H9"].value).startswith("=")


def _grand_first_formulas() -> tuple[list[list], dict]:
    """'All groups' first, each area's a formula over the group totals across the blank
    columns ('=C4+F4'), then ESA's total and parts, a blank column, IB/IS's total and part;
    the 'Total' line under the areas typed, as a line pasted in as values."""
    rows: list[list] = [["Job starts by area and payment group"], []]
    rows.append(["Area", "All groups", "ESA total", "ESA Flow", "ESA Vol", None, "IB/IS total",
                 "IB/IS Vol"])  # fmt: skip
    cached = {}
    by_area = {"Ashby": [98, 433, 746], "Brack": [385, 334, 790], "Holm": [41, 57, 12]}
    for r, (area, v) in enumerate(by_area.items(), start=4):
        rows.append([area, f"=C{r}+G{r}", f"=D{r}+E{r}", v[0], v[1], None, f"=H{r}", v[2]])
        cached |= {("Job starts", f"C{r}"): v[0] + v[1], ("Job starts", f"G{r}"): v[2]}
        cached[("Job starts", f"B{r}")] = sum(v)
    v = [sum(col) for col in zip(*by_area.values(), strict=True)]
    rows.append(["Total", sum(v), v[0] + v[1], v[0], v[1], None, v[2], v[2]])
    return rows, cached


def test_a_typed_total_line_under_a_first_grand_total_of_formulas_goes_through(tmp_path):
    """The typed 'Total' line was checked against the areas' 'All groups' formulas worked out
    from their parts in their own table, 'ESA total' only ('=C4+G4' reaches across the blank
    column): it looked like no sum of them, and the sheet was refused as a total that does
    not add up. Such a formula is the figure the source shows now."""
    rows, cached = _grand_first_formulas()
    book = write_book(tmp_path / "first.xlsx", {"Job starts": rows}, cached=cached)
    output, _ = sanitised_beside(book)
    shown = _shown(output, "Job starts")
    body = [[r20(x) for x in (line[3], line[4], line[7])] for line in rows[3:6]]
    for line, (flow, vol, ib) in zip(shown[3:6], body, strict=True):
        assert line[1:8] == [flow + vol + ib, flow + vol, flow, vol, None, ib, ib]
    assert shown[6][1] == sum(sum(b) for b in body)
    formulas = openpyxl.load_workbook(output)["Job starts"]
    assert str(formulas["B9"].value).startswith("=")


def test_a_year_shaped_total_line_over_a_narrow_group_is_no_header(tmp_path):
    """'IB/IS Vol | IB/IS total' set apart by a blank column, its 'Total' line above the areas
    (named in the first table) 2,083 in both columns: read as a header of years (one year,
    so 'in sequence'), the line was no total and the copy was refused. Two year-sized
    figures alike are no header of years."""
    by_area = {"Ashby": [466, 133, 307], "Brack": [194, 771, 292], "Holm": [774, 804, 1484]}
    heads = ["Area", "JSA 18-24", "JSA 25+", "JSA total", None, "IB/IS Vol", "IB/IS total"]
    v = [sum(col) for col in zip(*by_area.values(), strict=True)]
    rows = [["Job starts by area and payment group"], [], heads,
            ["Total", v[0], v[1], v[0] + v[1], None, v[2], v[2]]]  # fmt: skip
    rows += [[a, x[0], x[1], x[0] + x[1], None, x[2], x[2]] for a, x in by_area.items()]
    assert v[2] == 2083
    output, _ = sanitised_beside(write_book(tmp_path / "narrow.xlsx", {"Job starts": rows}))
    shown = _shown(output, "Job starts")
    assert shown[3][0] == "Total"
    ib = [r20(x[2]) for x in by_area.values()]
    assert shown[3][5:7] == [sum(ib), sum(ib)]
    assert [line[5] for line in shown[4:7]] == ib
    formulas = openpyxl.load_workbook(output)["Job starts"]
    assert str(formulas["F6"].value).startswith("=")


BY_PART = {"Ashby": [833, 78, 745, 632, 795, 621], "Brack": [260, 606, 421, 769, 249, 408]}


def _groups_named_alone() -> list[list]:
    """Two header rows: each group's name over its total, which the lower row names by the
    group alone ('ESA' over 'ESA | ESA Flow | ...'); 'All jobseekers' first over ESA and
    IB/IS (one part, 'IB/IS Vol'), a blank column, JSA, a blank column, a lone 'Total'; all
    typed."""
    groups = [None, "ESA", None, None, None, None, "IB/IS", None, None, "JSA"]
    heads = ["Area", "All jobseekers", "ESA", "ESA Flow", "ESA Vol", "ESA Ex-IB", None, "IB/IS",
             "IB/IS Vol", None, "JSA", "JSA 18-24", "JSA 25+", None, "Total"]  # fmt: skip
    rows = [["Job starts by area and payment group"], [], [None, *groups], heads]
    for area, v in BY_PART.items():
        esa, jsa = v[0] + v[1] + v[2], v[4] + v[5]
        rows.append([area, esa + v[3], esa, v[0], v[1], v[2], None, v[3], v[3], None, jsa,
                     v[4], v[5], None, esa + v[3] + jsa])  # fmt: skip
    return rows


def test_a_lone_total_over_groups_named_alone_is_the_sum_of_the_rounded_outer_totals(tmp_path):
    """'IB/IS' over its one part is its part's twin, left a count, so the outermost columns
    were 'All jobseekers', 'IB/IS', 'IB/IS Vol' and 'JSA', which add up to nothing: the lone
    'Total' was rounded on its own (Brack 2,720 where 'All jobseekers' and 'JSA' show 2,040
    and 640), and the proof passed, no three columns being named a total. The total is read
    over any two or more of the outermost columns now, and the proof asks the columns the copy
    writes as totals too."""
    rows = _groups_named_alone()
    output, _ = sanitised_beside(write_book(tmp_path / "alone.xlsx", {"Job starts": rows}))
    shown = _shown(output, "Job starts")
    for line in shown[4:6]:
        v = [r20(x) for x in BY_PART[line[0]]]
        assert line[1] == v[0] + v[1] + v[2] + v[3]
        assert line[14] == line[1] + v[4] + v[5]
    assert shown[5][14] == 2680  # not 2,720, the true 2,713 rounded
    formulas = openpyxl.load_workbook(output)["Job starts"]
    assert str(formulas["O8"].value).startswith("=")


def test_a_total_of_two_groups_after_the_grand_total_is_the_sum_of_their_rounded_totals(
    tmp_path,
):
    """A lone 'Total' first, then 'All jobseekers' before ESA's total and parts, then the
    prison leavers' and IB/IS groups: the 'Total', read first, took the group totals as its
    parts, so none was left outermost for 'All jobseekers', which was rounded on its own and
    the copy refused by the proof. The runs of every total column beside it are tried too."""
    by_area = {"Ashby": [98, 433, 746, 51, 215], "Brack": [385, 334, 790, 29, 108]}
    heads = ["Area", "Total", None, "All jobseekers", "ESA total", "ESA Flow", "ESA Vol", None,
             "Prison total", "JSA PL", "ESA PL", None, "IB/IS total", "IB/IS Vol"]  # fmt: skip
    rows = [["Attachments by area and payment group"], [], heads]
    for area, v in by_area.items():
        esa, prison = v[0] + v[1], v[2] + v[3]
        rows.append([area, esa + prison + v[4], None, esa + prison, esa, v[0], v[1], None,
                     prison, v[2], v[3], None, v[4], v[4]])  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "two.xlsx", {"Attachments": rows}))
    shown = _shown(output, "Attachments")
    for line in shown[3:5]:
        v = [r20(x) for x in by_area[line[0]]]
        assert line[3:5] == [v[0] + v[1] + v[2] + v[3], v[0] + v[1]]
        assert line[1] == line[3] + v[4]
    formulas = openpyxl.load_workbook(output)["Attachments"]
    assert str(formulas["D6"].value).startswith("=")
