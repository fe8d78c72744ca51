"""A right copy refused because one line's figures happen to add up the lines below it
(session 32's chance hunt, from a table the viewers hunt found).

'Office | Referrals | Job starts' over Alpha (131, 47), Beta (20, 12), Gamma ('-', 33), Delta
(40, 2), Epsilon (88, 'n/a') and a 'Total' line of SUMs at the bottom: Alpha's job starts are
by chance the sum of the three offices' under it (47 = 12 + 33 + 2), and its referrals stand
over Gamma's '-'. The plan read the table right (every office rounded, the totals over the
'-' and the 'n/a' removed), but the proof (verify/suppressed_groups) took Alpha for the group
line of Beta, Gamma and Delta, named by no total word as a county over its districts is, and
its referrals (140, typed) for a figure giving back what the '-' held back: it refused the
copy and wrote nothing.

A county's line and a line adding up its neighbours in one column by chance look alike where
that column is the only one a reader can check; what tells them apart here is the table's own
total: it counts Alpha beside Beta, Gamma and Delta (94 = 47 + 12 + 33 + 2 + 0), which it
could not do were Alpha their sum, for they would be counted twice. The proof now reads a line
the input's total counts with its parts (a figure, typed or a SUM, directly after or before a
run of rows holding them, the run's sum) as one line of many, not their group's line. A
county over its districts ('West Yorkshire' under Leeds, Bradford, Calderdale ('[c]'),
Kirklees), with or without a grand total over the counties' lines, is still refused kept as a
count over the '[c]', and so is Alpha where the table has no total of its own to say
otherwise: that shape is the county's, and the proof stays on the safe side.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import script_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.verify.suppressed_groups import OVER_A_SUPPRESSED_PART

HEAD = [["Referrals and starts by office"], [], ["Office", "Referrals", "Job starts"]]
OFFICES = [
    ["Alpha", 131, 47],
    ["Beta", 20, 12],
    ["Gamma", "-", 33],
    ["Delta", 40, 2],
    ["Epsilon", 88, "n/a"],
]
TOTALS = {"formulas": ["Total", "=SUM(B4:B8)", "=SUM(C4:C8)"], "typed": ["Total", 279, 94]}
# what the copy's Total line holds: the totals over the '-' removed; the typed job starts (94,
# the offices' sum with 'n/a' as nothing) rebuilt over the offices with figures, a SUM over
# the 'n/a' removed as over a marker
COPY_TOTALS = {"formulas": [None, None], "typed": [None, "=SUM(C6:C9)"]}


def _book(path: Path, rows: list[list]) -> Path:
    return script_book(path, {"Referrals": rows})


def _lines(path: Path) -> dict[str, list]:
    """Each labelled line of the copy's 'Referrals' sheet: its label -> the cells beside it."""
    sheet = openpyxl.load_workbook(path)["Referrals"]
    return {line[0]: list(line[1:3]) for line in sheet.iter_rows(values_only=True) if line[0]}


@pytest.mark.parametrize("total", sorted(TOTALS))
def test_a_line_adding_up_the_lines_under_it_by_chance_beside_the_tables_total(tmp_path, total):
    """Alpha's job starts are the sum of the next three offices' by chance; the table's own
    total (SUMs, or typed) counts Alpha beside them: the copy comes out, every office rounded,
    the totals over the '-' removed."""
    source = _book(tmp_path / "offices.xlsx", [*HEAD, *OFFICES, TOTALS[total]])
    output, _ = sanitised_beside(source)
    lines = _lines(output)
    assert lines["Alpha"] == [140, 40]
    assert lines["Beta"] == [20, 20]
    assert lines["Gamma"] == ["-", 40]
    assert lines["Delta"] == [40, 0]
    assert lines["Epsilon"] == [80, "n/a"]
    assert lines["Total"] == COPY_TOTALS[total]


def test_the_total_may_stand_over_the_lines_it_counts(tmp_path):
    """'All offices' on top, typed, counts Alpha beside the offices it adds up by chance."""
    rows = [*HEAD, ["All offices", 279, 94], *OFFICES]
    output, _ = sanitised_beside(_book(tmp_path / "allfirst.xlsx", rows))
    assert _lines(output)["Alpha"] == [140, 40]


def test_a_line_adding_up_others_in_one_column_with_no_total_is_still_read_as_their_group(
    tmp_path,
):
    """With no total of the table's own, Alpha over Beta, Gamma and Delta is shaped as a county
    over its districts: kept as a count over the '-', the proof still refuses it."""
    found = misread_findings(tmp_path, [*HEAD, *OFFICES], {(3, 1): 140}, "rounded")
    assert {f.part for f in found if f.kind == OVER_A_SUPPRESSED_PART} == {"'Referrals' B6"}


DISTRICTS = [
    ["Leeds", 1843, 301],
    ["Bradford", 1517, 244],
    ["Calderdale", 433, "[c]"],
    ["Kirklees", 881, 129],
    ["West Yorkshire", 4674, 719],
    ["Liverpool", 1210, 190],
    ["Wirral", 640, 88],
    ["Sefton", 512, 71],
    ["Merseyside", 2362, 349],
]


@pytest.mark.parametrize("grand", [None, ["All areas", "=B8+B12", "=C8+C12"]])
def test_a_county_over_a_suppressed_district_is_still_refused_by_the_proof(tmp_path, grand):
    """A real group total: West Yorkshire adds up its districts in referrals and stands over
    Calderdale's '[c]'; kept as a typed count (720), it gives the '[c]' back within rounding.
    A grand total over the counties' lines (not over the districts and the counties, which
    would count the districts twice) says nothing against it: it is refused, by the proof
    alone."""
    head = [["Referrals and attachments by local authority"], []]
    rows = [*head, ["Local authority", "Referrals", "Attachments"], *DISTRICTS]
    cached = {}
    if grand is not None:
        rows.append(grand)
        cached = {("Referrals", "B13"): 7036, ("Referrals", "C13"): 1068}
    found = misread_findings(tmp_path, rows, {(7, 1): 4680, (7, 2): 720}, "rounded", cached)
    assert {f.part for f in found if f.kind == OVER_A_SUPPRESSED_PART} == {"'Referrals' C10"}


def test_a_plain_line_after_a_county_adding_up_the_run_by_chance_is_no_total(tmp_path):
    """Barnsley's referrals (64) after West Yorkshire's small figures are the sum of the
    districts and the county (12 + 7 + 4 + 9 + 32), by chance: a figure no formula makes and
    no total word names is no total of the input's, and says nothing against the county, whose
    attachments kept as a count over '[c]' are still refused."""
    rows = [
        ["Referrals and attachments by local authority"],
        [],
        ["Local authority", "Referrals", "Attachments"],
        ["Leeds", 12, 5],
        ["Bradford", 7, 3],
        ["Calderdale", 4, "[c]"],
        ["Kirklees", 9, 2],
        ["West Yorkshire", 32, 14],
        ["Barnsley", 64, 6],
    ]
    found = misread_findings(tmp_path, rows, {(7, 2): 20}, "rounded")
    assert {f.part for f in found if f.kind == OVER_A_SUPPRESSED_PART} == {"'Referrals' C10"}
