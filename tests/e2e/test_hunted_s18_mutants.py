"""Session 18's mutation hunt on the proof, run over MoJ's prison population tables with
``source_totals = "rebuild"``, found the plan rounding a perturbed source's cross-block totals
on their own: the 'Males and females' block's lines (each the sum of the same line of the
'Males' and 'Females' blocks below) are rebuilt as SUMs in the years where every line adds up
exactly, but in a year where the source is one off in a line or two (MoJ rounds its cells),
every line of that year is rounded on its own, so the copy shows 'Burglary, males and
females' as 1,360 where its males and females show 1,340 (guidance R5). The proof passes it:
each figure is within half the base of the input's, and its new sibling-totals reading
(verify/sibling_totals) asks only totals that add up exactly in the input. Fixed after the hunt
(by the lead): under the rebuild policy a line a little off its blocks' sum is a total too
(analyse/headed_blocks), however many such lines a year holds, so long as more add up.
"""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

OFFENCES = ["Violence against the person", "Sexual offences", "Robbery", "Burglary",
            "Theft and handling", "Drug offences"]  # fmt: skip
YEARS = ["30 June 2010", "30 June 2011", "30 June 2012", "30 June 2013"]
POLICY = (
    'source_totals = "rebuild"\n[measure_words]\n'
    'referrals = ["referral", "referred", "prison population", "prisoners", "population"]\n'
)


def _book(path: Path, shifted: bool = False) -> Path:
    """Three blocks by offence, years across: both sexes over males and females, each block
    headed by its total; the source is one off in two lines of 2011's both-sexes block, and
    with ``shifted`` its 2012 both-sexes 'Burglary' holds the line after's figure (a line the
    source shifted, as MoJ's 15-17 year olds in two years)."""
    chance = random.Random(4)
    males = [[chance.randint(300, 3000) for _ in YEARS] for _ in OFFENCES]
    females = [[chance.randint(20, 300) for _ in YEARS] for _ in OFFENCES]
    both = [
        [m + f for m, f in zip(ml, fl, strict=True)] for ml, fl in zip(males, females, strict=True)
    ]
    both[1][1] += 1
    both[3][1] -= 1
    if shifted:
        both[3][2] = both[4][2]
    rows: list[list] = [
        ["Table 1: Prison population by offence group and sex"],
        [],
        ["", *YEARS],
        [],
    ]
    for name, lines in (("Males and females", both), ("Males", males), ("Females", females)):
        rows.append([name, *(sum(column) for column in zip(*lines, strict=True))])
        rows += [[offence, *line] for offence, line in zip(OFFENCES, lines, strict=True)]
        rows.append([])
    return write_book(path, {"Prison population": rows})


def test_a_perturbed_years_both_sexes_lines_are_the_sums_of_males_and_females(tmp_path):
    policy = tmp_path / "wpxl.toml"
    policy.write_text(POLICY)
    copy, _ = sanitised_beside(_book(tmp_path / "prison.xlsx"), policy)
    sheet = openpyxl.load_workbook(copy)["Prison population"]
    for row in range(8, 8 + len(OFFENCES)):  # the both-sexes block's lines, under its total
        for col in "BCDE":
            assert sheet[f"{col}{row}"].value == f"=SUM({col}{row + 8},{col}{row + 16})"


def test_a_line_the_source_shifted_stays_a_count_beside_its_years_sums(tmp_path):
    """Under the rebuild policy a line far off its sexes' sum (shifted at source) left its
    whole year rounded line by line, each beside males and females showing other figures;
    the proof refuses that copy now (verify/sibling_totals). The year's other lines are
    rebuilt; the shifted line, no sum of its parts, stays a count rounded on its own."""
    policy = tmp_path / "wpxl.toml"
    policy.write_text(POLICY)
    copy, _ = sanitised_beside(_book(tmp_path / "prison.xlsx", shifted=True), policy)
    sheet = openpyxl.load_workbook(copy)["Prison population"]
    burglary = 8 + OFFENCES.index("Burglary")
    assert isinstance(sheet[f"D{burglary}"].value, int)
    for row in range(8, 8 + len(OFFENCES)):
        if row != burglary:
            assert sheet[f"D{row}"].value == f"=SUM(D{row + 8},D{row + 16})"
