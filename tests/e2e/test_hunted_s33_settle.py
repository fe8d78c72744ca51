"""Session 33 (settle): two readings of one job, columns of two or more kinds under each month,
set side by side and judged on the layouts each was for and their neighbours.

Session 32 added two ways of parting a table's columns into one run a kind for its totals, in
two hunts at once: by the measure each column names (analyse/measure_columns, from the crossed
hunt) and, where that found one part, by the words repeated under each month's head with a
'Total' head over the same words (analyse/measure_runs, from the crosstab hunt). Each hunt's
tests pass with either alone. Built as an analyst makes them (months merged over their two
columns, or typed in the first cell of each pair; years over months over kinds; the Total pair
last or first; 'Total' over the pair, or 'Total referrals | Total job starts'; 'Male | Female'
in place of measures; an outcome among the measures; measures over months), every total typed
as a report pasted as values holds it, or a SUM (cached, or not as a script saves them), ten
drawings of figures each, and read cell by cell:

- With the reading by measure alone, 'Male | Female' (or 'New | Repeat') under each merged month
  with a merged 'Total' over the same two, typed, was refused ('labelled as a total but is not
  the sum of the cells it would total (B5:G5)') for some figures, the first or last Total pair
  alike: the columns name no measure. With the reading by words alone, 'Total referrals | Total
  job starts' under no 'Total' head was refused so, and so was 'Referrals | Job starts' under
  months typed in one cell each; years over months over measures typed in one cell each came out
  rounded on their own and the proof refused the copy. So neither covered the other.
- With both, as they stood, three layouts no reading parted were refused, an analyst's all:
  'Male | Female' under months typed in one cell each; 'Male | Female' under each month with
  'Total male | Total female' at the end; '2013/14' over months over 'Male | Female', typed in
  the first cell of each (the proof refused every drawing: 'a line adding up the same lines of
  other blocks rounded on its own'). Formulas came out right everywhere, and an outcome among the
  measures was removed with its total.
- The worst, found among the neighbours, in both the old code and the first settling: 'Male |
  Female' under each month and 'Total' over 'M | F' (merged or typed in one cell), every total
  typed. No reading parted the columns (the total's words are not the months'), and the Total
  pair came out rounded on its own in every one of ten drawings (in one, Leeds' 341 women as 340
  beside months shown adding up to 360), and the proof passed the copy: it names
  a column in a row's groups by the words over it, and 'F' is no month's word. For some figures
  the plan refused it instead ('not the sum of B5:G5'). The plan reads a total's group naming
  the kinds short by place, each of its words starting as the kind in its place does
  (analyse/measure_runs); the proof names each column of a row's groups by its place as well,
  each way the row's figures divide into three groups or more, and refuses a group adding up
  the others place by place written as plain figures (verify/summed_blocks).

Now one module, one entry point (analyse/measure_runs: ``measure_runs(cols, measures, heads)``)
with two readings, the first that parts the columns standing. By the measure each column names
where every one names one: it reads a Total pair in words of its own ('Total' over 'Referrals |
Starts' after months over 'Referrals | Job starts'), which the words cannot. By the words under
each head where the columns name no measure: the innermost words repeat in groups of
neighbouring columns (told by the words, not by the heads over them, so months typed in one cell
each are read too), one group a total's, by a 'Total' over it or by its own words ('Total
male'), its words in any order ('Total job starts | Total referrals') or named short by place.
Each test below fails with the reading it pins removed, but the pair in the other order, which
both read, and the SUMs, which say what they add up: kept to pin the layouts.
"""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.model import OutputCell, Plan
from wpxl.verify.summed_blocks import BLOCK_ROUNDED_ALONE

MONTHS = ["Apr 2013", "May 2013", "Jun 2013"]
# figures with which the columns read as one run are refused (checked for each layout)
FIGURES = {
    "Leeds": ((57, 6), (210, 4), (33, 4)),
    "Bradford": ((18, 4), (153, 5), (6, 3)),
    "Hull": ((8, 36), (12, 18), (14, 5)),
    "York": ((278, 7), (3, 17), (47, 8)),
}
# and others with which the total pair first, or in the other order, is refused so
OTHER_FIGURES = {
    "Leeds": ((2, 7), (7, 31), (6, 7)),
    "Bradford": ((60, 18), (200, 3), (14, 35)),
    "Hull": ((43, 59), (8, 40), (175, 221)),
    "York": ((150, 54), (54, 47), (285, 229)),
}
BANNER = 2  # lines the copy's banner puts above the input's


def _rounded(count: int) -> int:
    return (count + 10) // 20 * 20


def _book(
    tmp_path,
    kinds: tuple[str, str],
    totals: tuple[str, str],
    *,
    merged: bool = True,
    total_head: bool = True,
    first: bool = False,
    year: bool = False,
    formulas: bool = False,
    figures: dict[str, tuple[tuple[int, int], ...]] = FIGURES,
):
    """'Office' and each month over the two ``kinds`` (the month merged over both or typed in
    the first) with their ``figures``, a total pair headed ``totals`` (under a 'Total' head or
    none) last or ``first``, '2013/14' over the months if ``year``, a Total line at the foot;
    every total typed or a SUM (no cached value, as a script saves it). Returns the workbook's
    path, the first office's line and the columns (letters) of each kind's months, then of its
    total, in the input."""
    groups = [("Total", None), *((m, at) for at, m in enumerate(MONTHS))]
    groups = groups if first else [*groups[1:], groups[0]]
    depth = 2 + year
    heads = [[None] * 9 for _ in range(depth)]
    heads[-1][0], merges, columns = "Office", [], {k: [] for k in kinds}
    for at, (head, month) in enumerate(groups):
        col = 2 + 2 * at
        letters = f"{get_column_letter(col)}{{}}:{get_column_letter(col + 1)}{{}}"
        if month is not None or total_head:
            heads[-2][col - 1] = head
            if merged:
                merges.append(letters.format(depth + 1, depth + 1))
        words = kinds if month is not None else totals
        for k, kind in enumerate(kinds):
            heads[-1][col - 1 + k] = words[k]
            columns[kind].append(get_column_letter(col + k))
    if year:
        at = 2 + 2 * (1 if first else 0)
        heads[0][at - 1] = "2013/14"
        if merged:
            merges.append(f"{get_column_letter(at)}3:{get_column_letter(at + 5)}3")
    title = "Referrals and job starts" if kinds == MEASURES else "Referrals by gender"
    rows: list[list] = [[f"{title} by office and month"], [], *heads]
    top = len(rows) + 1
    for r, (office, pairs) in enumerate(figures.items(), top):
        line: list = [office]
        for _, month in groups:
            if month is not None:
                line += list(pairs[month])
            elif formulas:
                line += [f"=SUM({','.join(f'{c}{r}' for c in columns[k][:-1])})" for k in kinds]
            else:
                line += [sum(p[k] for p in pairs) for k in range(2)]
        rows.append(line)
    rows.append(["Total", *(f"=SUM({get_column_letter(c)}{top}:{get_column_letter(c)}{top + 3})"
                            for c in range(2, 10))])  # fmt: skip
    if not formulas:
        offices = rows[top - 1 : top + 3]
        rows[-1] = ["Total", *(sum(line[c] for line in offices) for c in range(1, 9))]
    for kind in kinds:  # the total last in each kind's list
        columns[kind] = [*columns[kind][1:], columns[kind][0]] if first else columns[kind]
    book = openpyxl.Workbook()
    page = book.active
    page.title = "Referrals"
    for line in rows:
        page.append(line)
    for span in merges:
        page.merge_cells(span)
    source = tmp_path / "breakdown.xlsx"
    book.save(source)
    return source, top, columns


def _each_kind_adds_up(tmp_path, kinds, totals, **layout) -> None:
    """The copy rounds every month's figure and writes each kind's total as a SUM of that
    kind's rounded months, cached; the Total line adds up the offices."""
    source, top, columns = _book(tmp_path, kinds, totals, **layout)
    output, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    written = openpyxl.load_workbook(output)["Referrals"]
    figures = layout.get("figures", FIGURES)
    for r, (office, pairs) in enumerate(figures.items(), top + BANNER):
        assert shown[f"A{r}"].value == office
        for k, kind in enumerate(kinds):
            *months, total = columns[kind]
            assert [shown[f"{c}{r}"].value for c in months] == [_rounded(p[k]) for p in pairs]
            assert written[f"{total}{r}"].value == f"=SUM({','.join(f'{c}{r}' for c in months)})"
            assert shown[f"{total}{r}"].value == sum(_rounded(p[k]) for p in pairs), office
    foot = top + BANNER + 4
    assert shown[f"A{foot}"].value == "Total"
    for c in range(2, 10):
        letter = get_column_letter(c)
        assert written[f"{letter}{foot}"].value == f"=SUM({letter}{top + 2}:{letter}{foot - 1})"
        assert shown[f"{letter}{foot}"].value == sum(
            shown[f"{letter}{r}"].value for r in range(top + BANNER, foot)
        )


GENDER = ("Male", "Female")
MEASURES = ("Referrals", "Job starts")


# the reading by words: kinds that are no measure


@pytest.mark.parametrize(
    ("first", "figures"), [(False, FIGURES), (True, OTHER_FIGURES)], ids=["last", "first"]
)
def test_a_breakdown_under_each_merged_month_with_a_total_head_adds_up_each_kind(
    tmp_path, first, figures
):
    _each_kind_adds_up(tmp_path, GENDER, GENDER, first=first, figures=figures)


def test_a_breakdown_under_months_typed_in_one_cell_each_adds_up_each_kind(tmp_path):
    _each_kind_adds_up(tmp_path, GENDER, GENDER, merged=False)


@pytest.mark.parametrize("merged", [True, False], ids=["merged", "typed in one cell"])
def test_a_breakdown_with_its_totals_named_in_their_own_columns_adds_up_each_kind(tmp_path, merged):
    _each_kind_adds_up(
        tmp_path, GENDER, ("Total male", "Total female"), total_head=False, merged=merged
    )


@pytest.mark.parametrize("merged", [True, False], ids=["merged", "typed in one cell"])
def test_a_breakdown_under_months_under_a_year_adds_up_each_kind(tmp_path, merged):
    _each_kind_adds_up(tmp_path, GENDER, GENDER, year=True, merged=merged)


def test_a_breakdown_with_sum_totals_adds_up_each_kind(tmp_path):
    _each_kind_adds_up(tmp_path, GENDER, ("Total male", "Total female"), total_head=False,
                       merged=False, formulas=True)  # fmt: skip


# the reading by measure: columns naming their measures, the total pair in other words


def test_measures_whose_total_pair_shortens_their_words_add_up_each_measure(tmp_path):
    _each_kind_adds_up(tmp_path, MEASURES, ("Referrals", "Starts"))


def test_measures_whose_total_pair_stands_in_the_other_order_add_up_each_measure(tmp_path):
    """'Total job starts | Total referrals' after months over 'Referrals | Job starts'."""
    totals = ("Total job starts", "Total referrals")
    source, top, _ = _book(tmp_path, MEASURES, totals, total_head=False, figures=OTHER_FIGURES)
    book = openpyxl.load_workbook(source)  # the total pair's figures swapped to match
    page = book["Referrals"]
    for r in range(top, top + 5):
        page[f"H{r}"].value, page[f"I{r}"].value = page[f"I{r}"].value, page[f"H{r}"].value
    book.save(source)
    output, _ = sanitised_beside(source)
    written = openpyxl.load_workbook(output)["Referrals"]
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    for r, pairs in enumerate(OTHER_FIGURES.values(), top + BANNER):
        assert written[f"H{r}"].value == f"=SUM(C{r},E{r},G{r})"  # the job starts
        assert written[f"I{r}"].value == f"=SUM(B{r},D{r},F{r})"
        shares = [sum(_rounded(p[k]) for p in pairs) for k in (1, 0)]
        assert [shown[f"H{r}"].value, shown[f"I{r}"].value] == shares


# a total's pair named short: 'Total' over 'M | F' after each month's 'Male | Female'


@pytest.mark.parametrize("merged", [True, False], ids=["merged", "typed in one cell"])
def test_a_breakdown_whose_total_pair_names_its_kinds_short_adds_up_each_kind(tmp_path, merged):
    _each_kind_adds_up(tmp_path, GENDER, ("M", "F"), merged=merged)


def test_the_proof_alone_refuses_a_total_pair_named_short_rounded_on_its_own(tmp_path):
    """The copy the plan made before: each office's 'Total' pair rounded on its own (Leeds'
    female total 14 as 20, its rounded months adding up to 0), the Total line adding them up.
    The proof named a column by the words over it, and 'F' is none of the months' words."""
    source, top, _ = _book(tmp_path, GENDER, ("M", "F"))

    def alone(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        for col, k in ((7, 0), (8, 1)):  # H and I: the plan counts from 0
            rows = range(top + BANNER - 1, top + BANNER + 3)
            for r, pairs in zip(rows, FIGURES.values(), strict=True):
                cells[(r, col)] = OutputCell(
                    float(_rounded(sum(p[k] for p in pairs))), kind="rounded"
                )
            foot = cells[(rows[-1] + 1, col)]
            cells[(rows[-1] + 1, col)] = replace(
                foot, value=sum(cells[(r, col)].value for r in rows)
            )

    found = {(f.part, f.kind) for f in proved(tmp_path, source, alone)}
    assert found == {
        (f"'Referrals' {c}{r}", BLOCK_ROUNDED_ALONE) for c in "HI" for r in range(top + 2, top + 6)
    }
    assert proved(tmp_path, source) == []
