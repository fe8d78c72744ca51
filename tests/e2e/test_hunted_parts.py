"""What a short hunt over parts and totals found (blocks stacked with a final total, numbered
rows, statistics beside a total): each layout is sanitised as a user would and every cell of
the copy read back."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

BLOCKS = {
    "Leeds": [[137, 212, 195], [411, 389, 402], [33, 47, 29]],
    "Bradford": [[88, 64, 71], [251, 262, 240], [19, 23, 31]],
    "Wakefield": [[55, 49, 61], [170, 181, 166], [12, 9, 14]],
}
HEADER = ["Payment group", "Apr 2013", "May 2013", "Jun 2013", "Total"]
GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow"]


def _round(value: int) -> int:
    return (value + 10) // 20 * 20


def _stacked(typed_block_totals: bool = True, all_first: bool = False) -> list[list[object]]:
    """Three area blocks, each under the same header with its own Total, blank rows between,
    and 'All areas' as a one-line block after them (or, ``all_first``, before them): every
    figure typed, as a report writer pastes them."""
    blocks: list[list[object]] = []
    for area, figures in BLOCKS.items():
        blocks += [[area], HEADER]
        for group, line in zip(GROUPS, figures, strict=True):
            blocks.append([group, *line, sum(line)])
        sums = [sum(col) for col in zip(*figures, strict=True)]
        blocks += [["Total", *sums, sum(sums)] if typed_block_totals else ["Total"], []]
    everything = [sum(line[c] for f in BLOCKS.values() for line in f) for c in range(3)]
    last = [["All areas"], HEADER, ["Total", *everything, sum(everything)]]
    title: list[list[object]] = [["Referrals by area and payment group"], []]
    return [*title, *last, [], *blocks] if all_first else [*title, *blocks, *last]


def _copy(tmp_path, rows: list[list[object]]):
    source = write_book(tmp_path / "stacked.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    formulas = openpyxl.load_workbook(output)["Referrals"]
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    return formulas, values


def test_a_typed_all_areas_total_is_rebuilt_over_the_block_totals(tmp_path):
    """'All areas | Total' typed as the true sums (1,226 ...) was rounded on its own (1,220):
    the rounded original total, not the sum of the rounded block totals the reader sees."""
    formulas, values = _copy(tmp_path, _stacked())
    block_totals = [8 + 2, 15 + 2, 22 + 2]  # the blocks' Total rows in the copy
    last = 26 + 2
    for col in "BCDE":
        cell = formulas[f"{col}{last}"].value
        assert isinstance(cell, str) and cell.startswith("="), (col, cell)
        rounded = sum(values[f"{col}{row}"].value for row in block_totals)
        assert values[f"{col}{last}"].value == rounded, col
    for c, col in enumerate("BCD"):
        parts = [_round(line[c]) for f in BLOCKS.values() for line in f]
        assert values[f"{col}{last}"].value == sum(parts), col


def test_a_typed_all_areas_total_above_the_blocks_is_rebuilt_over_their_totals(tmp_path):
    """The same line first, above the blocks it adds up."""
    formulas, values = _copy(tmp_path, _stacked(all_first=True))
    block_totals = [12 + 2, 19 + 2, 26 + 2]
    for col in "BCDE":
        cell = formulas[f"{col}7"].value
        assert isinstance(cell, str) and cell.startswith("="), (col, cell)
        assert values[f"{col}7"].value == sum(values[f"{col}{r}"].value for r in block_totals)


OFFICES = {"Leeds Central": [212, 66, 41], "Leeds North": [137, 97, 23], "Seacroft": [301, 140, 52]}


def test_a_typed_median_line_under_the_total_is_no_count(tmp_path):
    """'Median' (each column's middle office) under 'Total' was read as a line of counts: its
    row total was then no sum of its parts and the workbook was refused, naming E8 a total
    'more than the sum of its parts'. Like 'Average per office' it is a statistic of the
    unrounded figures, removed; the Total line is still the sum of the offices alone."""
    header = ["Office", "Referrals", "Attachments", "Job starts", "Total"]
    rows: list[list[object]] = [["Referrals by office"], [], header]
    for office, line in OFFICES.items():
        rows.append([office, *line, sum(line)])
    columns = [sorted(col) for col in zip(*OFFICES.values(), strict=True)]
    sums = [sum(col) for col in columns]
    rows.append(["Total", *sums, sum(sums)])
    totals = sorted(sum(line) for line in OFFICES.values())
    rows.append(["Median", *(col[1] for col in columns), totals[1]])
    formulas, values = _copy(tmp_path, rows)
    assert [formulas[f"{c}9"].value for c in "BCDE"] == [f"=SUM({c}6:{c}8)" for c in "BCDE"]
    assert formulas["A10"].value == "Median"
    assert [values[f"{c}10"].value for c in "BCDE"] == [None] * 4


AGES = {18: [137, 66, 41], 19: [212, 97, 23], 20: [301, 140, 52], 21: [256, 118, 47]}


def _by_age(corner: str | None, label: str = "Total") -> list[list[object]]:
    rows: list[list[object]] = [["Referrals by age"], []]
    rows.append([corner, "Referrals", "Attachments", "Job starts", "Total"])
    for age, line in AGES.items():
        rows.append([age, *line, sum(line)])
    sums = [sum(col) for col in zip(*AGES.values(), strict=True)]
    return [*rows, [label, *sums, sum(sums)]]


def test_ages_under_a_blank_corner_stay_labels(tmp_path):
    """Ages 18 to 21 down the first column under a blank corner, the Total line labelled in
    that column and no total adding them up, were rounded as counts (20, 20, 20, 20): the
    rows could no longer be told apart. A run of consecutive ages so placed names the rows."""
    formulas, values = _copy(tmp_path, _by_age(None))
    assert [formulas[f"A{r}"].value for r in range(6, 10)] == [18, 19, 20, 21]
    assert [formulas[f"E{r}"].value for r in range(6, 10)] == [
        f"=SUM(B{r}:D{r})" for r in range(6, 10)
    ]
    assert formulas["B10"].value == "=SUM(B6:B9)" and formulas["A10"].value == "Total"
    assert values["E10"].value == sum(_round(v) for line in AGES.values() for v in line)


def _total_on_top(corner: str | None, labels: list[int]) -> list[list[object]]:
    """The total line first under the header, then a line for each label (typed figures)."""
    lines = list(AGES.values())[: len(labels)]
    sums = [sum(col) for col in zip(*lines, strict=True)]
    rows: list[list[object]] = [["Referrals by age"], []]
    rows += [[corner, "Referrals", "Attachments", "Job starts", "Total"]]
    rows += [["Total", *sums, sum(sums)]]
    return rows + [[label, *line, sum(line)] for label, line in zip(labels, lines, strict=True)]


def test_labels_under_a_total_on_top_stay_labels(tmp_path):
    """A Total line first under the header: the run of labels under it was read as counts,
    ages 18-21 under 'Age' (or a blank corner) and band starts under 'Age band' rounded
    (16, 18, 25, 50 shown as 20, 20, 20, 60)."""
    for corner, labels in (("Age", [18, 19, 20, 21]), (None, [18, 19, 20, 21])):
        (folder := tmp_path / str(corner)).mkdir()
        formulas, _ = _copy(folder, _total_on_top(corner, labels))
        assert [formulas[f"A{r}"].value for r in range(7, 11)] == labels, corner
        assert formulas["B6"].value == "=SUM(B7:B10)", corner
    formulas, _ = _copy(tmp_path, _total_on_top("Age band", [16, 18, 25, 50]))
    assert [formulas[f"A{r}"].value for r in range(7, 11)] == [16, 18, 25, 50]
    assert formulas["E6"].value == "=SUM(E7:E10)"


def _uneven() -> list[list[object]]:
    """Leeds and Bradford with three payment groups, Wakefield with two (no ESA Flow), then
    an 'All areas' block of the three groups, each line the sum of its group's lines."""
    shown = {"Leeds": GROUPS, "Bradford": GROUPS, "Wakefield": GROUPS[:2]}
    rows: list[list[object]] = [["Referrals by area and payment group"], []]
    everything = {group: [0, 0, 0] for group in GROUPS}
    for area, groups in shown.items():
        rows += [[area], HEADER]
        lines = BLOCKS[area][: len(groups)]
        for group, line in zip(groups, lines, strict=True):
            rows.append([group, *line, sum(line)])
            everything[group] = [a + b for a, b in zip(everything[group], line, strict=True)]
        sums = [sum(col) for col in zip(*lines, strict=True)]
        rows += [["Total", *sums, sum(sums)], []]
    rows += [["All areas"], HEADER]
    rows += [[group, *line, sum(line)] for group, line in everything.items()]
    sums = [sum(col) for col in zip(*everything.values(), strict=True)]
    return [*rows, ["Total", *sums, sum(sums)]]


def _assert_rebuilt_over(formulas, values, places: dict[str, tuple[int, ...]], first: int) -> None:
    """The 'All areas' lines from row ``first``, in the order of ``places``: each labelled by its
    group, each of its cells in B:D a formula whose value is the sum of the rows it adds up."""
    for row, (group, parts) in enumerate(places.items(), start=first):
        assert formulas[f"A{row}"].value == group
        for col in "BCD":
            cell = formulas[f"{col}{row}"].value
            assert isinstance(cell, str) and cell.startswith("="), (col, row, cell)
            assert values[f"{col}{row}"].value == sum(values[f"{col}{r}"].value for r in parts)


def test_an_all_areas_block_over_blocks_without_every_line_is_rebuilt_over_them(tmp_path):
    """Typed, the 'All areas' lines were rounded on their own (the rounded original totals)
    and its Total summed those: 900 where the rounded parts shown above give 920."""
    formulas, values = _copy(tmp_path, _uneven())
    places = {"JSA 18-24": (7, 14, 21), "JSA 25+": (8, 15, 22), "ESA Flow": (9, 16)}
    _assert_rebuilt_over(formulas, values, places, first=27)
    for col in "BCDE":
        below = sum(values[f"{col}{r}"].value for r in (10, 17, 23))
        assert values[f"{col}30"].value == below, col


def _sections() -> list[list[object]]:
    """The same areas as one table under one header, parted by section lines ('Leeds'), each
    closed by its own 'Leeds total', then the 'All areas' section and its total."""
    shown = {"Leeds": GROUPS, "Bradford": GROUPS, "Wakefield": GROUPS[:2]}
    rows: list[list[object]] = [["Referrals by area and payment group"], [], HEADER]
    everything = {group: [0, 0, 0] for group in GROUPS}
    for area, groups in [*shown.items(), ("All areas", GROUPS)]:
        lines = BLOCKS[area][: len(groups)] if area in BLOCKS else list(everything.values())
        rows.append([area])
        for group, line in zip(groups, lines, strict=True):
            rows.append([group, *line, sum(line)])
            if area in BLOCKS:
                everything[group] = [a + b for a, b in zip(everything[group], line, strict=True)]
        sums = [sum(col) for col in zip(*lines, strict=True)]
        rows.append([f"{area} total", *sums, sum(sums)])
    return rows


def test_an_all_areas_section_over_sections_without_every_line_is_rebuilt_over_them(tmp_path):
    """Sections of one table, each closed by its own named total: 'All areas' lines typed
    were rounded on their own (their section totals differ in name, so no two sections were
    read alike)."""
    formulas, values = _copy(tmp_path, _sections())
    places = {"JSA 18-24": (7, 12, 17), "JSA 25+": (8, 13, 18), "ESA Flow": (9, 14)}
    _assert_rebuilt_over(formulas, values, places, first=21)


def _side_by_side(gap: bool = False) -> list[list[object]]:
    """The areas side by side, each its months and Total under its name typed over its first
    column (``gap``: a blank column after each, so each is a table of its own), then an 'All
    areas' group: each of its columns the sum of its month's columns."""
    areas = {"Leeds": 0, "Bradford": 1, "Wakefield": 2}
    spacer: list[object] = [None] if gap else []
    top: list[object] = ["Payment group"]
    heads: list[object] = [None]
    for area in [*areas, "All areas"]:
        top += [area, None, None, None, *spacer]
        heads += ["Apr 2013", "May 2013", "Jun 2013", "Total", *spacer]
    rows: list[list[object]] = [["Referrals by area, payment group and month"], [], top, heads]
    for g, group in enumerate(GROUPS):
        row: list[object] = [group]
        lines = [list(BLOCKS)[a] for a in areas.values()]
        for area in lines:
            row += [*BLOCKS[area][g], sum(BLOCKS[area][g]), *spacer]
        everything = [sum(BLOCKS[a][g][m] for a in lines) for m in range(3)]
        rows.append([*row, *everything, sum(everything)])
    return rows


@pytest.mark.parametrize("gap", [False, True])
def test_an_all_areas_group_of_columns_is_rebuilt_over_the_areas_columns(tmp_path, gap):
    """Typed, the 'All areas' columns were rounded on their own and its Total summed those."""
    formulas, values = _copy(tmp_path, _side_by_side(gap))
    areas = ["BCD", "GHI", "LMN"] if gap else ["BCD", "FGH", "JKL"]
    for row in (7, 8, 9):
        for month, col in enumerate("QRS" if gap else "NOP"):
            cell = formulas[f"{col}{row}"].value
            assert isinstance(cell, str) and cell.startswith("="), (col, row, cell)
            parts = [letters[month] for letters in areas]
            assert values[f"{col}{row}"].value == sum(values[f"{p}{row}"].value for p in parts)
