"""Real published layouts built with Work Programme measures (session 40, the published hunt).

A count and its share in one cell, as published tables and the packs copied from them print
them ('Job outcomes' over '120 (12%)', '640 (64%)', '243 (24%)' and a 'Total' of '1003
(100%)', a column of referrals beside): the column of such texts read as a column of labels,
so each cell was judged as words: '243 (24%)' went as 'it quotes an unrounded figure', '120
(12%)' and '640 (64%)' stayed, two job outcome volumes and their shares of the unrounded total
in the copy, and the proof passed it (LEAK). The column of referrals beside them was read as
rates and removed, 'a rate wpxl cannot work out from shared figures' (WRONG); with no other
column the sheet held no table at all, its cells notes, and the same two volumes stayed. A cell
holding a count and its percentage in brackets is a figure now (analyse/counted_shares): a
column of them past the first is the table's body, each is removed with its reason on the
cover ('a count written with its share in one cell ... give the counts and the shares in
columns of their own'), a total typed over one goes as a total over a figure written with a
mark does, and the referrals beside them are rounded and summed. The proof reads such a text
at an outcome's place as an outcome volume wherever it stands (verify/counted_shares, asked by
verify/stated_outcomes), and refuses on its own a copy keeping '120 (12%)' under 'Job
outcomes'.
A cohort table of job outcome rates as DWP sets them out ('Cumulative job outcomes as a
percentage of referrals', 'Month of referral | Referrals | Months since referral' over 3, 6, 9,
12, each figure a whole percentage of the cohort's referrals): the title's rate words made the
figures rates only where no header named a measure, and 'Referrals' names one, so the
percentages were read as job outcomes and shown on a percentage sheet as each cohort's share of
a column's 'job outcomes' (Jun 2011's 4% of its referrals as 20% of the outcomes), the copy
verified (WRONG); headed '3 months' to '12 months' under 'Job outcome rate by month of referral
(% of referrals)', the same sheet was refused by the proof, 'a line repeating one above it word
for word'. Where headers name a measure over some columns and no line names one, the title's
rate words name the other columns' figures when each could be a percentage
(analyse/title_rates): they are removed as a rate of job outcomes, and the referrals stay.
(With one decimal place they were already removed, as decimals that are no counts.)
Areas listed a level at a time, as ONS and DWP list them with GSS codes ('E92000001 | England',
then each region's line, 'E12000001 | North East' ..., then every authority region by region,
'E06000047 | County Durham' ...), typed: no region stands beside its authorities, so no tree
read it, and each region was rounded on its own (North East 520 over authorities the copy shows
adding up to 540), the copy verified (WRONG). A run of typed lines straight before (or after)
the run of lines to the table's end (or start), each in order the sum of the next run of those
lines in every line across, two runs or more of two lines or more, adds them up now
(analyse/listed_levels): North East is =SUM(C10:C12). The proof reads such levels for itself
and refuses a region rounded on its own (verify/listed_levels).
Job outcomes by age with the ages named as their people ('Participants 18 to 24',
'Participants 25 to 49', 'Participants 50 and over', as ONS heads its births 'Mothers 20 to
24'), down the rows or across the heads: the percentage sheet removed each label, 'it states an
amount about outcomes', its shares left under no name (two small numbers joined read as a range
of outcome volumes unless an age word or a payment group named them). A word naming people
straight before a band starting at 15 or more names their ages, in the plan (plan/people_ages)
and in the proof (verify/amounts); 'Participants 3 to 5' is still an amount, and the proof
alone refuses it.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import script_book
from tests.e2e.runs import copy_formulas, copy_lines, sanitised_beside
from tests.misread import BANNER, proved
from wpxl.model import Cell, OutputCell, Plan
from wpxl.verify.listed_levels import NOT_THEIR_SUM
from wpxl.verify.percent_words import STATED, stated_amounts

_SHARED = ("120 (12%)", "640 (64%)", "243 (24%)", "1003 (100%)")
_OUTCOME_VOLUME = "an outcome or sustainment volume"


def _counted_shares(
    path: Path, measure: str, referrals: bool = True, shared: tuple[str, ...] = _SHARED
) -> Path:
    """``measure`` by payment group, each cell a count and its share of the total
    (``shared``), with a column of referrals beside it (``referrals``) or alone."""
    groups = ["JSA 18-24", "JSA 25+", "ESA Flow", "Total"]
    counts = [1500, 2900, 800, 5200]
    head = ["Payment group", measure, *(["Referrals"] if referrals else [])]
    body = [
        [group, share, *([count] if referrals else [])]
        for group, share, count in zip(groups, shared, counts, strict=True)
    ]
    rows = [[f"{measure} by payment group, 2013/14"], [], head, *body]
    return script_book(path, {"Payment groups": rows})


@pytest.mark.parametrize(
    ("referrals", "shared"),
    [
        (True, _SHARED),
        (False, _SHARED),
        (True, ("120 / 12%", "640 / 64%", "243 / 24%", "1003 / 100%")),
        (True, ("12% (120)", "64% (640)", "24% (243)", "100% (1,003)")),
    ],
)
def test_outcomes_written_with_their_shares_are_removed_not_carried(tmp_path, referrals, shared):
    source = _counted_shares(tmp_path / "shares.xlsx", "Job outcomes", referrals, shared)
    output, said = sanitised_beside(source)
    lines = copy_lines(output, "Payment groups", 3)[5:9]
    assert [line[1] for line in lines] == [None] * 4  # under 'Job outcomes' nothing stays
    assert "removed: 'Payment groups' B4:B7: a count written with its share in one cell" in said
    if referrals:  # counts, rounded and summed, not rates removed
        assert [line[2] for line in lines] == [1500, 2900, 800, 5200]
        assert copy_formulas(output, "Payment groups")["C9"] == "=SUM(C6:C8)"


def test_starts_written_with_their_shares_are_removed_with_the_reason(tmp_path):
    output, said = sanitised_beside(_counted_shares(tmp_path / "shares.xlsx", "Job starts"))
    lines = copy_lines(output, "Payment groups", 3)[5:9]
    assert [line[1:] for line in lines] == [(None, 1500), (None, 2900), (None, 800), (None, 5200)]
    assert "removed: 'Payment groups' B4:B7: a count written with its share in one cell" in said


def test_the_proof_alone_refuses_an_outcome_kept_with_its_share(tmp_path):
    def carried(plan: Plan) -> None:  # the copy as the plan made it before
        cells = next(s for s in plan.sheets if s.name == "Payment groups").cells
        cells[(3 + BANNER, 1)] = OutputCell("120 (12%)", kind="kept")

    source = _counted_shares(tmp_path / "shares.xlsx", "Job outcomes")
    findings = {str(f) for f in proved(tmp_path, source, carried)}
    assert f"'Payment groups' B6: {_OUTCOME_VOLUME}" in findings
    assert proved(tmp_path, source) == []


def _cohort_rates(path: Path, title: str, months_head: bool) -> Path:
    """Job outcome rates (whole percentages of each cohort's referrals) by month of referral
    and months since referral, the months under 'Months since referral' (``months_head``) or
    each headed 'n months'."""
    cohorts = [
        ["Jun 2011", 8093, 1, 4, 7, 9],
        ["Jul 2011", 3251, 2, 9, 16, 21],
        ["Aug 2011", 8317, 1, 3, 6, 8],
        ["Sep 2011", 6850, 1, 4, 8, 10],
    ]
    if months_head:
        head = [
            ["Month of referral", "Referrals", "Months since referral"],
            [None, None, 3, 6, 9, 12],
        ]
    else:
        head = [["Month of referral", "Referrals", *(f"{n} months" for n in (3, 6, 9, 12))]]
    return script_book(path, {"Cohorts": [[title], [], *head, *cohorts]})


@pytest.mark.parametrize(
    ("title", "months_head"),
    [
        (
            "Table 6: Cumulative job outcomes as a percentage of referrals, by month of referral",
            True,
        ),
        ("Table 6: Job outcome rate by month of referral (% of referrals)", False),
    ],
)
def test_whole_job_outcome_rates_beside_their_cohorts_are_rates(tmp_path, title, months_head):
    output, said = sanitised_beside(_cohort_rates(tmp_path / "cohorts.xlsx", title, months_head))
    assert "Job outcomes %" not in openpyxl.load_workbook(output).sheetnames
    first = 6 if months_head else 5
    lines = copy_lines(output, "Cohorts", 6)[first : first + 4]
    assert [line[1] for line in lines] == [8100, 3260, 8320, 6860]  # the referrals, rounded
    assert {v for line in lines for v in line[2:]} == {None}
    assert "a rate of job outcomes or sustainments" in said


_REGIONS = {
    ("E12000001", "North East"): [
        ("E06000047", "County Durham", [169, 338, 301]),
        ("E08000037", "Gateshead", [109, 224, 343]),
        ("E08000024", "Sunderland", [269, 361, 318]),
    ],
    ("E12000002", "North West"): [
        ("E08000001", "Bolton", [63, 337, 41]),
        ("E08000002", "Bury", [282, 158, 322]),
        ("E08000010", "Wigan", [139, 121, 398]),
    ],
    ("E12000003", "Yorkshire and The Humber"): [
        ("E08000035", "Leeds", [281, 302, 318]),
        ("E08000019", "Sheffield", [279, 238, 361]),
    ],
}


def _levels_apart(path: Path, order: str = "top") -> Path:
    """Referrals by area as ONS lists them, a level at a time, all typed: England, the
    regions, then the authorities region by region (``order`` 'top'); the authorities, the
    regions, then England ('bottom'); or the regions, the authorities, then England
    ('closing')."""
    regions, authorities = [], []
    for (code, name), members in _REGIONS.items():
        authorities += [[c, n, *figures] for c, n, figures in members]
        regions.append([code, name, *(sum(m[2][i] for m in members) for i in range(3))])
    england = ["E92000001", "England", *(sum(r[2 + i] for r in regions) for i in range(3))]
    lines = {
        "top": [england, *regions, *authorities],
        "bottom": [*authorities, *regions, england],
        "closing": [*regions, *authorities, england],
    }[order]
    head = ["Area code", "Area name", "Apr 2013", "May 2013", "Jun 2013"]
    return script_book(path, {"Referrals": [["Referrals by area"], [], head, *lines]})


@pytest.mark.parametrize(
    ("order", "sums"),
    [
        ("top", {6: "=SUM(C7:C9)", 7: "=SUM(C10:C12)", 8: "=SUM(C13:C15)", 9: "=SUM(C16:C17)"}),
        (
            "bottom",
            {14: "=SUM(C6:C8)", 15: "=SUM(C9:C11)", 16: "=SUM(C12:C13)", 17: "=SUM(C14:C16)"},
        ),
        ("closing", {6: "=SUM(C9:C11)", 7: "=SUM(C12:C14)", 8: "=SUM(C15:C16)", 17: "=SUM(C6:C8)"}),
    ],
)
def test_regions_listed_apart_from_their_authorities_add_them_up(tmp_path, order, sums):
    output, _ = sanitised_beside(_levels_apart(tmp_path / "levels.xlsx", order))
    formulas = copy_formulas(output)
    assert {row: formulas[f"C{row}"] for row in sums} == sums
    (england,) = [line for line in copy_lines(output, width=5) if line[1] == "England"]
    assert england[2:] == (1560, 2080, 2400)  # the sum of the rounded authorities


@pytest.mark.parametrize(("order", "north_east"), [("top", 4), ("closing", 3)])
def test_the_proof_alone_refuses_a_region_listed_apart_rounded_on_its_own(
    tmp_path, order, north_east
):
    def rounded_alone(plan: Plan) -> None:  # North East's own rounded figures, as before
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        for col, figure in ((2, 540.0), (3, 920.0), (4, 960.0)):
            cells[(north_east + BANNER, col)] = OutputCell(figure, kind="count")

    source = _levels_apart(tmp_path / "levels.xlsx", order)
    findings = {str(f) for f in proved(tmp_path, source, rounded_alone)}
    row = north_east + BANNER + 1
    assert f"'Referrals' C{row}: {NOT_THEIR_SUM}" in findings  # 547 as 540 over 160, 100, 260
    assert f"'Referrals' D{row}: {NOT_THEIR_SUM}" not in findings  # 923 as 920, their sum
    assert proved(tmp_path, source) == []


_AGES = ["Participants 18 to 24", "Participants 25 to 49", "Participants 50 and over"]


@pytest.mark.parametrize("across", [False, True])
def test_ages_named_as_their_people_name_their_outcome_shares(tmp_path, across):
    if across:
        rows: list[list] = [
            ["Payment group", "All ages", *_AGES],
            ["JSA 18-24", 301, 301, 0, 0],
            ["JSA 25+", 452, 0, 355, 97],
            ["ESA Flow", 197, 20, 120, 57],
            ["All payment groups", 950, 321, 475, 154],
        ]
    else:
        rows = [["Age", "2012/13", "2013/14"], ["All participants", 956, 1004]]
        rows += [
            [age, *figures]
            for age, figures in zip(_AGES, [[321, 402], [475, 450], [160, 152]], strict=True)
        ]
    source = script_book(tmp_path / "ages.xlsx", {"Ages": [["Job outcomes by age"], [], *rows]})
    output, said = sanitised_beside(source)
    lines = copy_lines(output, "Job outcomes %", 5)
    named = list(lines[5][2:5]) if across else [line[0] for line in lines[7:10]]
    assert named == _AGES
    assert "removed: 'Job outcomes %'" not in said


def test_the_proof_alone_reads_participants_by_age_as_names_and_a_small_range_as_an_amount():
    def stated(label: str) -> list[str]:
        cells = {(5, 0): Cell(label), (5, 1): Cell(0.25)}
        return [f.kind for f in stated_amounts("Job outcomes %", cells)]

    assert stated("Participants 18 to 24") == stated("Claimants 50 and over") == []
    assert stated("Participants 3 to 5") == [STATED]
