"""Cross-tabulations as published and internal MI lays them out (session 32, the crosstab hunt).

Built and read cell by cell: regions over contract package areas over offices (subtotals under
their lines or on top of them, a grand total at the foot, on top or none), months under
quarters under years with the quarter and year totals between the months (one header line, or
three merged ones), the Total row above the body and the Total column at the left, two measures
under each merged month ('Referrals | Starts | Starts %'), blocks side by side each with its
own Total column (left or right), Region | Office with the region on its first line only, every
total typed or a formula: each body figure rounded half up, each total a SUM of the rounded
cells it covers with its cached value, labels as written. These came out right; what follows
did not.

Regions in a column of their own ('Region | Office', each region on a line of its own over its
offices), the contract package areas written in the office column, each on top of its offices
('Yorkshire' over 'CPA 7' over 'Leeds', 'Bradford', 'Wakefield', then 'CPA 8' over 'Hull',
'York'), every figure typed: the labels' columns set the levels, and a line level with a line
it would add up was read as its sibling whatever the figures said (session 27's 'Craven North',
12, over 'Halifax South', 0, and 'Calderdale', 12, in one period's column). So nothing added up
the offices, the region added up nothing it stood over, and every line was rounded on its own:
CPA 7's April 240 (230) over offices showing 140, 80 and 0. WRONG, and the proof passed it: its
readings of invariant 10 ask lines set out by indent or column, lines of one kind or lines named
a total, and the grand total, when there was one, happened to equal the regions it showed. A
line level with its parts, every one of them, is their total where it is their exact sum in
every column, three or more not 0, a chance no sibling meets (analyse/level_parts, asked by
analyse/trees); the proof reads such a line from the input alone and refuses it rounded on its
own (verify/level_totals, asked by verify/totals_of_totals).

The same regions on top of their offices in one label column, a region's line over its offices
('Yorkshire' over 'Leeds', 'Bradford', 'Hull'), each region's line a formula: Hull's 88
referrals in April were, by chance, the next two regions' totals (28 and 60), so the proof read
Hull as a line heading those totals, rounded on its own, and refused a right copy ("report this
to the wpxl maintainers"). A line the copy adds up beside another plain figure (an office among
its region's offices) is read as a head only where its lines add up to it in most of its
columns, as a head's do everywhere (verify/named_heads).

Two measures under each merged month and under a merged 'Total' head ('Apr 2013' over
'Referrals | Starts', ..., 'Total' over 'Referrals | Starts'), every total typed as a report
pasted as values holds them: the Total columns were read as totals of the run of columns before
them, both measures together, and the copy was refused ("labelled as a total but is not the sum
of the cells it would total"). Where every column has a head over its measure's words, the heads
run in groups of neighbouring columns holding the same measures in the same order, one of them
headed as a total, each measure's columns are read as a run of their own (analyse/measure_runs,
asked by analyse/roles): the Total column's referrals a SUM of the months' referrals. Under
'Referrals' over 'Apr | May | Jun | Total' the measures' blocks stand as they did. Typed 'Starts
%' columns beside them are still removed as rates wpxl cannot work out (formulas are rebuilt).

Read right and left alone: a typed total one off its parts (a hand-typed error) is refused,
naming the cell and the policy's source_totals = "rebuild", which rebuilds it from the rounded
cells; a grand total adding the subtotals and the lines they add up together (=SUM(C4:C14),
counting each line twice) is refused by the proof, the copy's total being the sum the tree
reads, not the input's doubled one.
"""

from __future__ import annotations

import openpyxl
import pytest

import wpxl.analyse.trees
import wpxl.verify.totals_of_totals
from tests.builders import write_book
from tests.e2e.runs import copy_formulas, copy_lines, sanitised_beside
from tests.misread import proved
from wpxl.verify.level_totals import NOT_THE_SUM

OFFICES = {
    "Yorkshire": {
        "CPA 7": {"Leeds": (133, 47, 255), "Bradford": (88, 130, 31), "Wakefield": (9, 61, 140)},
        "CPA 8": {"Hull": (57, 12, 210), "York": (93, 150, 29)},
    },
    "North East": {
        "CPA 9": {"Newcastle": (71, 11, 160), "Sunderland": (120, 39, 45)},
        "CPA 10": {"Durham": (250, 17, 33), "Darlington": (14, 178, 66)},
    },
}
MONTHS = ["Apr 2013", "May 2013", "Jun 2013"]


def _rounded(count: float) -> int:
    return int((count + 10) // 20 * 20)


def _summed(lines: list[tuple[int, ...]]) -> tuple[int, ...]:
    return tuple(sum(column) for column in zip(*lines, strict=True))


def _cpas_in_the_office_column(grand: bool) -> list[list]:
    """'Region | Office', each region on its own line over its CPAs, each CPA in the office
    column on top of its offices; every total typed, as a pasted report holds them."""
    rows: list[list] = [["Referrals by region, CPA and office"], [], ["Region", "Office", *MONTHS]]
    regions = []
    for region, cpas in OFFICES.items():
        totals = [_summed(list(offices.values())) for offices in cpas.values()]
        regions.append(_summed(totals))
        rows.append([region, None, *regions[-1]])
        for (cpa, offices), total in zip(cpas.items(), totals, strict=True):
            rows.append([None, cpa, *total])
            rows += [[None, office, *counts] for office, counts in offices.items()]
    if grand:
        rows.append(["Total", None, *_summed(regions)])
    return rows


@pytest.mark.parametrize("grand", [True, False])
def test_cpas_typed_in_the_office_column_add_up_their_offices(tmp_path, grand):
    source = write_book(tmp_path / "cpas.xlsx", {"Referrals": _cpas_in_the_office_column(grand)})
    output, _ = sanitised_beside(source)
    lines = {line[0] or line[1]: line[2:5] for line in copy_lines(output, width=5)[5:]}
    for region, cpas in OFFICES.items():
        shown_cpas = []
        for cpa, offices in cpas.items():
            shown = [tuple(_rounded(c) for c in counts) for counts in offices.values()]
            assert [lines[office] for office in offices] == shown, cpa
            assert lines[cpa] == _summed(shown), cpa  # 220 in April for CPA 7, not 240
            shown_cpas.append(lines[cpa])
        assert lines[region] == _summed(shown_cpas), region
    if grand:
        assert lines["Total"] == _summed([lines[region] for region in OFFICES])
    formulas = copy_formulas(output)
    assert formulas["C7"] == "=SUM(C8:C10)"  # CPA 7 over Leeds, Bradford, Wakefield
    assert formulas["C6"] == "=SUM(C7,C11)"  # Yorkshire over CPA 7 and CPA 8
    assert len(formulas) == 3 * (6 + grand)  # regions, CPAs (and the total) in each month


def test_the_proof_alone_refuses_cpas_typed_in_the_office_column_rounded_on_their_own(
    tmp_path, monkeypatch
):
    source = write_book(tmp_path / "cpas.xlsx", {"Referrals": _cpas_in_the_office_column(True)})
    for folder in ("right", "alone", "unread"):
        (tmp_path / folder).mkdir()
    assert proved(tmp_path / "right", source) == []
    monkeypatch.setattr(wpxl.analyse.trees, "borne_out", lambda *_: False)  # siblings, as before
    found = proved(tmp_path / "alone", source)
    assert "'Referrals' C7" in {f.part for f in found if f.kind == NOT_THE_SUM}  # CPA 7 in April
    monkeypatch.setattr(wpxl.verify.totals_of_totals, "level_totals", lambda *_: [])
    assert proved(tmp_path / "unread", source) == []  # no other reading saw it


def test_a_chance_sum_of_one_month_leaves_a_cpa_level_with_its_offices_a_sibling(tmp_path):
    """A line level with the lines under it that adds them up in one month only stays a line
    of its own (session 27's reading, where one period's column cannot tell)."""
    rows = [
        ["Referrals by office"],
        [],
        ["Region", "Office", *MONTHS],
        ["Yorkshire", None, 405, 336, 705],
        [None, "Hull", 40, 12, 210],
        [None, "York", 25, 150, 29],
        [None, "Selby", 15, 96, 455],
        [None, "Leeds", 325, 78, 11],
    ]
    source = write_book(tmp_path / "chance.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    lines = copy_lines(output, width=5)
    assert lines[6][1:] == ("Hull", 40, 20, 220)  # 40 is York and Selby in April alone
    assert copy_formulas(output) == {"C6": "=SUM(C7:C10)", "D6": "=SUM(D7:D10)",
                                     "E6": "=SUM(E7:E10)"}  # fmt: skip


REGIONS = {
    "Yorkshire": {"Leeds": (88, 88, 0), "Bradford": (3, 3, 29), "Hull": (88, 9, 255)},
    "North East": {"Newcastle": (17, 133, 88), "Durham": (11, 11, 50)},
    "North West": {"Preston": (10, 50, 0), "Bolton": (50, 133, 9)},
}


def _regions_on_top(grand: str) -> tuple[list[list], dict[tuple[str, str], int]]:
    """'Region | Office | Apr 2013 | May 2013 | Jun 2013 | Total', each region's line a SUM
    over its offices under it; Hull's April (88) is by chance North East's and North West's
    (28 and 60). The grand total at the foot, on top, or none; with the values Excel caches."""
    rows: list[list] = [["Referrals by region, office"], [], ["Region", "Office", *MONTHS, "Total"]]
    cached: dict[tuple[str, str], int] = {}
    heads, sums = [], []
    if grand == "top":
        rows.append([])
    for region, offices in REGIONS.items():
        first = len(rows) + 2
        last = first + len(offices) - 1
        heads.append(first - 1)
        sums.append((*_summed(list(offices.values())), sum(map(sum, offices.values()))))
        rows.append([region, None, *(f"=SUM({c}{first}:{c}{last})" for c in "CDEF")])
        cached |= {
            ("Referrals", f"{c}{first - 1}"): v for c, v in zip("CDEF", sums[-1], strict=True)
        }
        for office, counts in offices.items():
            r = len(rows) + 1
            rows.append([None, office, *counts, f"=SUM(C{r}:E{r})"])
            cached[("Referrals", f"F{r}")] = sum(counts)
    line = ["Total", None, *("=" + "+".join(f"{c}{h}" for h in heads) for c in "CDEF")]
    if grand == "top":
        rows[3] = line
    elif grand == "foot":
        rows.append(line)
    at = rows.index(line) + 1 if grand != "none" else 0
    cached |= {
        ("Referrals", f"{c}{at}"): v for c, v in zip("CDEF", _summed(sums), strict=True) if at
    }
    return rows, cached


@pytest.mark.parametrize("grand", ["foot", "top", "none"])
def test_an_office_equal_to_the_next_regions_by_chance_is_an_office(tmp_path, grand):
    rows, cached = _regions_on_top(grand)
    source = write_book(tmp_path / "regions.xlsx", {"Referrals": rows}, cached=cached)
    output, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    hull = next(r for r in shown.iter_rows(values_only=True) if r[1] == "Hull")
    assert hull[2:6] == (80, 0, 260, 340)
    assert proved(tmp_path, source) == []


MEASURED = {  # referrals and job starts in April, May and June
    "Leeds": ((133, 29), (150, 31), (97, 19)),
    "Bradford": ((255, 50), (231, 47), (209, 41)),
    "Hull": ((47, 11), (53, 9), (61, 10)),
    "York": ((13, 3), (9, 0), (30, 7)),
}


def _measures_under_months(order: tuple[str, str] = ("Referrals", "Starts")) -> list[list]:
    """'Apr 2013' (merged) over 'Referrals | Starts', then May, June and 'Total' over the same,
    every total typed, a Total line at the foot."""
    heads: list = ["Office"]
    for month in [*MONTHS, "Total"]:
        heads += [month, None]
    rows: list[list] = [["Referrals and job starts by office"], [], heads, [None, *order * 4]]
    for office, months in MEASURED.items():
        line: list = [office]
        for pair in [*months, tuple(map(sum, zip(*months, strict=True)))]:
            line += pair if order[0] == "Referrals" else pair[::-1]
        rows.append(line)
    rows.append(["Total", *_summed([tuple(r[1:]) for r in rows[4:]])])
    return rows


def _merged_months(path, rows: list[list]) -> None:
    """``rows`` written by openpyxl with each month's head merged over its two columns."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    for line in rows:
        sheet.append(line)
    for at in range(4):
        sheet.merge_cells(start_row=3, start_column=2 + 2 * at, end_row=3, end_column=3 + 2 * at)
    book.save(path)


@pytest.mark.parametrize("order", [("Referrals", "Starts"), ("Starts", "Referrals")])
def test_two_measures_under_each_month_with_typed_totals_add_up_each_measure(tmp_path, order):
    source = tmp_path / "measures.xlsx"
    _merged_months(source, _measures_under_months(order))
    output, _ = sanitised_beside(source)
    lines = {line[0]: line[1:] for line in copy_lines(output, width=9)[6:]}
    for office, months in MEASURED.items():
        shown = [_rounded(c) for pair in months for c in (pair if order[0] == "Referrals"
                                                          else pair[::-1])]  # fmt: skip
        assert lines[office][:6] == tuple(shown), office
        assert lines[office][6:] == (sum(shown[0::2]), sum(shown[1::2])), office
    assert lines["Total"] == _summed([lines[office] for office in MEASURED])
    formulas = copy_formulas(output)
    assert formulas["H7"] == "=SUM(B7,D7,F7)" and formulas["I7"] == "=SUM(C7,E7,G7)"


def test_measures_named_over_their_months_keep_their_runs(tmp_path):
    """'Referrals' over 'Apr 2013 | May 2013 | Jun 2013 | Total', then 'Starts' over the same:
    the months repeat under each measure, and each measure's Total adds up its own months."""
    rows: list[list] = [["Referrals and job starts by office"], [],
                        ["Office", "Referrals", None, None, None, "Starts"],
                        [None, *MONTHS, "Total", *MONTHS, "Total"]]  # fmt: skip
    for office, months in MEASURED.items():
        referrals, starts = [m[0] for m in months], [m[1] for m in months]
        rows.append([office, *referrals, sum(referrals), *starts, sum(starts)])
    source = write_book(tmp_path / "blocks.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    formulas = copy_formulas(output)
    assert formulas["E7"] == "=SUM(B7:D7)" and formulas["I7"] == "=SUM(F7:H7)"
