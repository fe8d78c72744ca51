"""Numbers that name rows or columns (contract package area numbers, weeks since attachment,
age band starts, month codes, a league table's rank, a contract reference above a table) are
kept as written or removed, never rounded as counts; and a line of numbers the table's own
structure does not show to be labels is still rounded (fail closed). Each book runs through
the real pipeline, its proof included."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from wpxl.analyse.uncounted import RANK
from wpxl.sanitise import sanitise_file

MONTHS = ["Apr", "May", "Jun"]
FIGURES = [[143, 212, 61], [187, 38, 97], [251, 119, 73], [66, 301, 158], [92, 47, 233]]


def _copy(tmp_path: Path, job, rows: list[list]) -> list[list]:
    """The copy's 'Referrals' sheet as rows of values (the banner's rows left out)."""
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    output = Path(sanitise_file(source, job).output)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    return [list(row) for row in sheet.iter_rows(min_row=3, values_only=True)]


def _label_column(header: str, labels: list, name_col: bool = False) -> list[list]:
    """A table whose first column holds ``labels`` as numbers, a typed 'Total' row."""
    names = ["Derby", "Erewash", "Amber Valley", "Bolsover", "High Peak", "Matlock"]
    heads = [header, "Area"] if name_col else [header]
    rows: list[list] = [["Referrals by area, April to June 2024"], [], [*heads, *MONTHS]]
    for i, label in enumerate(labels):
        rows.append([label, names[i]] if name_col else [label])
        rows[-1] += FIGURES[i % len(FIGURES)]
    totals = [sum(FIGURES[i % len(FIGURES)][k] for i in range(len(labels))) for k in range(3)]
    rows.append([None, "Total", *totals] if name_col else ["Total", *totals])
    return rows


@pytest.mark.parametrize(
    ("header", "labels", "name_col"),
    [
        ("CPA", [3, 7, 12, 15, 18], True),
        ("Area code", [3, 7, 12, 15, 18], True),
        ("Weeks since attachment", [13, 26, 39, 52, 65], False),
        ("Age", [16, 18, 25, 35, 50, 65], False),
        ("Month", [202310, 202311, 202312, 202401, 202402], False),
        ("Financial year", [201314, 201415, 201516], False),
    ],
)
def test_a_leading_column_of_numbers_naming_the_rows_is_kept(
    tmp_path, job, header, labels, name_col
):
    rows = _copy(tmp_path, job, _label_column(header, labels, name_col))
    body = rows[3 : 3 + len(labels)]
    assert [r[0] for r in body] == labels
    first = 2 if name_col else 1
    assert all(v % 20 == 0 for r in body for v in r[first : first + 3])  # the counts rounded


@pytest.mark.parametrize(
    ("header", "labels", "total_label"),
    [
        ("Referrals", [3, 7, 12, 15, 18], True),  # a measure: counts
        ("CPA", [3, 7, 12, 12, 18], True),  # two rows named alike: no labels
        ("Month", [3, 7, 12, 15, 18], True),  # a period header over numbers of no period shape
    ],
)
def test_a_leading_column_the_structure_does_not_show_to_be_labels_is_rounded(
    tmp_path, job, header, labels, total_label
):
    table = _label_column(header, labels)
    if not total_label:
        table = table[:-1]
    rows = _copy(tmp_path, job, table)
    assert all(r[0] % 20 == 0 for r in rows[3 : 3 + len(labels)])


def test_a_code_column_its_total_row_adds_up_is_counts(tmp_path, job):
    codes = [31, 47, 52, 18, 66]
    table: list[list] = [["Referrals by office"], [], ["Office", "Code", *MONTHS]]
    table += [[f"Office {i}", code, *FIGURES[i]] for i, code in enumerate(codes)]
    table.append(["Total", sum(codes), *[sum(f[k] for f in FIGURES) for k in range(3)]])
    rows = _copy(tmp_path, job, table)
    assert all(r[1] % 20 == 0 for r in rows[3:8])


def _cpa_across(corner: str = "Month", total: str = "Total") -> list[list]:
    cpas = [3, 7, 12, 15, 18]
    rows: list[list] = [["Referrals by contract package area, April to June 2024"], []]
    rows.append([corner, *cpas, total])
    for month, line in zip(["April", "May", "June"], FIGURES, strict=False):
        counts = [*line, line[0] + 1, line[1] + 2]
        rows.append([month, *counts, sum(counts)])
    rows.append(["Total", *[sum(r[k] for r in rows[3:6]) for k in range(1, 7)]])
    return rows


def test_a_header_row_of_numbers_beside_total_is_kept(tmp_path, job):
    rows = _copy(tmp_path, job, _cpa_across())
    assert rows[2][:7] == ["Month", 3, 7, 12, 15, 18, "Total"]
    assert all(v % 20 == 0 for r in rows[3:6] for v in r[1:6])


@pytest.mark.parametrize(("corner", "total"), [("Referrals", "Total"), ("Month", "Notes")])
def test_a_first_row_of_numbers_without_a_total_heading_or_under_a_measure_is_rounded(
    tmp_path, job, corner, total
):
    table = _cpa_across(corner, total)
    rows = _copy(tmp_path, job, table)
    assert all(v % 20 == 0 for v in rows[2][1:6] if isinstance(v, int | float))


def test_a_rank_column_is_removed_not_rounded(tmp_path, job):
    offices = [("Derby", 143, 3), ("Chesterfield", 212, 1), ("Buxton", 61, 5), ("Ilkeston", 187, 2)]
    rows = [["Job starts by office, 2024/25"], [], ["Office", "Job starts", "Rank"]]
    rows += [list(o) for o in offices]
    rows.append(["Total", sum(o[1] for o in offices)])
    source = write_book(tmp_path / "pack.xlsx", {"Job starts": rows})
    result = sanitise_file(source, job)
    sheet = openpyxl.load_workbook(result.output)["Job starts"]
    assert [sheet.cell(r, 3).value for r in range(6, 10)] == [None] * 4
    assert [sheet.cell(r, 2).value for r in range(6, 10)] == [140, 220, 60, 180]
    assert [(r.where, r.why) for r in result.removed] == [("'Job starts' C4:C7", RANK)]


def test_a_reference_and_version_above_a_table_are_kept_a_count_beside_a_key_is_not(tmp_path, job):
    rows: list[list] = [["Referrals by payment group"], ["Contract reference", 40712]]
    rows += [["Version", 3], ["Referrals this week", 17], []]
    rows.append(["Payment group", *MONTHS])
    rows += [["JSA 18-24", *FIGURES[0]], ["ESA flow", *FIGURES[1]]]
    copy = _copy(tmp_path, job, rows)
    assert copy[1][:2] == ["Contract reference", 40712]
    assert copy[2][:2] == ["Version", 3]
    assert copy[3][:2] == ["Referrals this week", 20]


def test_the_total_label_of_a_postcode_district_table_is_kept(tmp_path, job):
    rows = _label_column("DE postcode district", [1, 3, 4, 7, 12])
    copy = _copy(tmp_path, job, rows)
    assert [r[0] for r in copy[3:9]] == [1, 3, 4, 7, 12, "Total"]


def test_a_total_row_at_the_top_with_its_words_before_the_figures_stays_a_total(tmp_path, job):
    """'- | Total | 1271 | ...' under dated headers: the words naming a total come before the
    figures, so the row totals the rows below; it is no header row of numbers."""
    lines = [[143, 212, 61], [187, 38, 97], [251, 119, 73]]
    rows: list[list] = [["Referrals by office"], [], ["Code", "Office", *MONTHS, "Total"]]
    sums = [sum(line[k] for line in lines) for k in range(3)]
    rows.append(["-", "Total", *sums, sum(sums)])
    rows += [[f"R{i}", f"Office {i}", *line, sum(line)] for i, line in enumerate(lines)]
    copy = _copy(tmp_path, job, rows)
    assert all(str(v).startswith("=SUM(") for v in copy[3][2:6])  # rebuilt over the rows below
    assert copy[2][:6] == ["Code", "Office", *MONTHS, "Total"]


def test_codes_adding_up_by_chance_on_no_total_line_stay_codes(tmp_path, job):
    """PG codes 1 to 5 in a column of their own: 3 = 1 + 2, but no line is named a total, so
    nothing makes them counts."""
    groups = ["JSA 18-24", "JSA 25+", "JSA Early Access", "JSA Ex-IB", "ESA Volunteers"]
    rows: list[list] = [
        ["Referrals by payment group"],
        [],
        ["Payment group", *MONTHS, None, "PG code"],
    ]
    rows += [[g, *FIGURES[i], None, i + 1] for i, g in enumerate(groups)]
    copy = _copy(tmp_path, job, rows)
    assert [r[5] for r in copy[3:8]] == [1, 2, 3, 4, 5]


def test_a_band_column_under_a_total_row_at_the_top_stays_labels(tmp_path, job):
    """A total row first under the header closes the run of band starts from above, as one
    under it does; the proof reads that shape too (it once rounded them as counts)."""
    table = _label_column("Age", [16, 18, 25, 35, 50])
    table.insert(3, table.pop())  # the 'Total' row just under the header
    rows = _copy(tmp_path, job, table)
    assert [r[0] for r in rows[4:9]] == [16, 18, 25, 35, 50]


def test_codes_down_the_tables_only_label_column_with_no_total_row_are_kept(tmp_path, job):
    """With no total row, the table's first column is still its only labels: counts there
    would leave its lines unnamed, so 'CPA' 3, 7, 12 are kept (session 21; they were rounded
    to 0, 0, 20, the lines no longer told apart)."""
    rows = _copy(tmp_path, job, _label_column("CPA", [3, 7, 12, 15, 18])[:-1])
    assert [r[0] for r in rows[3:8]] == [3, 7, 12, 15, 18]


def test_codes_beside_another_label_column_with_no_total_row_are_rounded(tmp_path, job):
    """Right of the area's name, a column of numbers needs the total row's words to be read
    as codes (fail closed)."""
    labels = _label_column("CPA", [3, 7, 12, 15, 18], name_col=True)
    table = labels[:2] + [[line[1], line[0], *line[2:]] for line in labels[2:]]
    rows = _copy(tmp_path, job, table[:-1])
    assert all(r[1] % 20 == 0 for r in rows[3:8])
