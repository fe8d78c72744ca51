"""Real published layouts built with Work Programme measures (session 38, the published hunt).

Nested subtotals three deep, each above its members, a grand total at the top ('Great Britain'
over 'North East' over 'CPA 1 North East' over 'Ingeus' over its offices, all typed), as the
programme's statistics and a provider's MI pack nest region, contract package area, provider
and office. A region of one contract package area ('North East' over 'CPA 1 North East' alone)
or an area of one provider shows the same figures as the line under it; the tree's reading wants
two parts to a total, so the region was left out of every total while its area was a total of
the tree, and 'Great Britain', over the regions, added up nothing the tree read: it was rounded
on its own (2,180 where the regions the copy shows add up to 2,260), and the proof passed the
copy (WRONG). A line alike a total of the tree beside it, itself in no total, is a group of one
over it (analyse/trees ``_over_one_total``): Great Britain is rebuilt over the regions. The
proof refuses on its own a first or last line that is, to the last digit, the sum of the copy's
top totals alone, shown as a figure that is not their shown sum (verify/summed_tops, which
asked only for the tops and one line beside them).
The same table with each total under its members ('Great Britain' last), a provider of one
office ('Seetec' under 'Wakefield' alone, set in): Yorkshire and Great Britain were rounded on
their own, and the proof passed the copy (WRONG). A line set out under one line alone is its
total where totals follow their parts, as one set out over one line was where they head them
(analyse/looks ``feet_of_one``); a chain of groups of one is rebuilt over its outermost
('Brought forward' over 'Carried forward' above it: analyse/direct_children). The proof refuses
on its own a line the copy shows as a plain figure straight after (or before) two or more of
its top totals, each straight after the next, that is their sum to the last digit in two
columns or more, and not shown as it (verify/summed_neighbours).

Subtotals written =AGGREGATE(9,3,...) (Excel's SUBTOTAL that also skips errors, used where a
column holds '#N/A') under a grand total =AGGREGATE(9,3,...) over the whole column: refused,
'the source counts those cells twice'. AGGREGATE with options 0 to 3 leaves nested SUBTOTAL and
AGGREGATE cells out, as SUBTOTAL does; the analysis took only a SUBTOTAL for a nested subtotal
(analyse/formulas ``is_subtotal_formula``), where the proof's own reading already took both.
The totals are rebuilt over the providers' totals.

Bands of weeks since attachment down a label column as published ('0-13', '14-26', '27-52',
'53-104', '105+'): '53-104' was removed, 'it quotes an unrounded figure', its line of job
starts left unnamed. A label's number of 100 or more not a multiple of the base reads as a
figure, and a band was let off only below 100 or on edges of five ('2,500 to 2,999'). A band
of two numbers in a run of bands along its line (each starting one above where the one before
ends, as open bands were already read on percentage sheets) names its line now, in the plan
(plan/open_bands ``closed_band_labels``) and in the proof (verify/open_bands ``closed_bands``);
an end that is one of the book's figures rounding changes still takes the label out, and the
proof alone refuses a copy keeping it. On the percentage sheet of job outcomes by the same
bands '53-104' was removed too, 'it states an amount about outcomes': a run's closed bands
name their shares there as its open ones did (plan/open_bands ``run_band_labels``,
verify/percent_words), unless an end is an outcome volume.

A column of group totals beside the counts, as published tables give a region's total
('Region | Office | Referrals | Region total', each region's total typed on its first office's
line, or its last, the column blank on the others): each was rounded on its own (Yorkshire's
336 to 340 beside offices shown as 240, 60 and 60), and the proof passed the copy (WRONG). A
column headed as a total holding typed figures on some lines only, each the sum of a column of
counts to its left over its group's lines (from its own to the next, or from the one after the
last to its own; a region's own line blank beside its total heads its offices), two groups or
more, is a column of group totals (analyse/group_columns), and so is one left of the counts
('Region | Region total | Office | Referrals');
the proof reads such a column for itself and refuses one rounded on its own
(verify/group_columns).

A span of years under its years ('Year' over 2011 to 2014, then '2011-2014' adding them up):
the span was read as a period among them, and a period is no total of some others, so it was
rounded on its own as a count (the proof refused the copy of referrals, 'a total not showing
the sum of the lines it adds up') or, in a table of job outcomes, shown as a line of shares
beside the years, every year's share halved (2011 13% of the outcomes where it had 26%) and
the copy verified (WRONG). A span of years covering the years of the other lines, two or more,
is no period among them (analyse/periods ``_spanning``): it is their total. ('2011 to 2014'
was already read so.)

Contract IDs as the programme writes them ('PRaP 0123', 'PRaP 0124') naming the lines of a
table of job outcomes: each label was removed from the percentage sheet, 'it quotes an
unrounded figure' (then, read as a group's number of three digits, 'it states an amount about
outcomes'), though the volume sheet of the same table of referrals kept them as codes. A
number written with a leading zero after a name is a code on a percentage sheet too, in the
plan (plan/percent_words ``_GROUP_NUMBER``) and the proof (verify/percent_words), as a group's
number of one or two digits ('PG 1') was.

Single ages before age bands down an 'Age' column ('16', '17', then '18-24', '25+', 'Total'):
refused, 'a number naming a row or column, rounded as a count' (16 and 17 rounded to 20). A run
of numbers closed by words or an open band named its lines; a closed band closes it too now
(analyse/run_ends), as the proof already read it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import script_book, write_book
from tests.e2e.runs import copy_formulas, copy_lines, sanitised_beside
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan
from wpxl.verify.group_columns import NOT_THE_SUM as GROUP_NOT_THE_SUM
from wpxl.verify.summed_neighbours import NOT_THE_SUM as NOT_THEIR_SUM
from wpxl.verify.summed_tops import NOT_THE_SUM
from wpxl.verify.texts import FORBIDDEN

OUTCOME_QUOTED = "an outcome figure quoted in words"

_MONTHS = ["Apr 2013", "May 2013", "Jun 2013"]
_OFFICES = [
    *("Newcastle", "Sunderland", "Durham", "Darlington"),
    *("Leeds", "Bradford", "Wakefield", "Sheffield", "Rotherham"),
]


def _nested_heads(path: Path, feet: bool = False) -> Path:
    """Referrals by region, contract package area, provider and office, each total typed above
    its members, 'Great Britain' first (or, ``feet``, each under them, 'Great Britain' last);
    North East has one area, CPA 3 and Seetec one part."""
    offices = {
        ("North East", "CPA 1 North East", "Ingeus"): [[112, 332, 71], [152, 112, 293]],
        ("North East", "CPA 1 North East", "Avanta"): [[272, 287, 352], [212, 152, 72]],
        ("Yorkshire", "CPA 2 West Yorkshire", "A4e"): [[292, 52, 232], [252, 352, 32]],
        ("Yorkshire", "CPA 2 West Yorkshire", "Seetec"): [[392, 272, 172]],
        ("Yorkshire", "CPA 3 South Yorkshire", "Serco"): [[412, 152, 332], [92, 192, 52]],
    }
    names = iter(_OFFICES)

    def total(prefix: tuple[str, ...]) -> list[int]:
        lines = [line for key, run in offices.items() if key[: len(prefix)] == prefix
                 for line in run]  # fmt: skip
        return [sum(column) for column in zip(*lines, strict=True)]

    rows: list[list] = [
        ["Referrals by region, contract package area, provider and office"],
        [],
        ["Area", *_MONTHS],
        ["Great Britain", *total(())],
    ]
    seen: set[tuple[str, ...]] = set()
    for key, run in offices.items():
        for depth in (1, 2, 3):
            if key[:depth] not in seen:
                seen.add(key[:depth])
                rows.append([key[depth - 1], *total(key[:depth])])
        rows += [[f"  {next(names)}", *line] for line in run]
    if feet:
        rows[3:] = rows[:2:-1]
    script_book(path, {"Referrals": rows})
    return path


def test_a_grand_total_over_regions_of_one_area_each_heading_theirs_is_rebuilt(tmp_path):
    output, _ = sanitised_beside(_nested_heads(tmp_path / "nested.xlsx"))
    formulas = copy_formulas(output)
    assert formulas["B6"] == "=SUM(B7,B15)"  # Great Britain over North East and Yorkshire
    assert formulas["B7"] == "=SUM(B8)"  # North East over its one area
    assert formulas["B15"] == "=SUM(B16,B22)"  # Yorkshire over its two
    assert formulas["B22"] == "=SUM(B23)"  # CPA 3 over Serco alone


def test_the_proof_alone_refuses_such_a_grand_total_rounded_on_its_own(tmp_path):
    def rounded_alone(plan: Plan) -> None:  # Great Britain's own rounded figures, as before
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        for col, figure in ((1, 2180.0), (2, 1900.0), (3, 1600.0)):
            cells[(3 + BANNER, col)] = OutputCell(figure, kind="count")

    findings = proved(tmp_path, _nested_heads(tmp_path / "nested.xlsx"), rounded_alone)
    assert {str(f) for f in findings} >= {
        f"'Referrals' B6: {NOT_THE_SUM}",
        f"'Referrals' C6: {NOT_THE_SUM}",
        f"'Referrals' D6: {NOT_THE_SUM}",
    }
    assert proved(tmp_path, _nested_heads(tmp_path / "nested.xlsx")) == []


def test_regions_under_areas_of_one_provider_each_under_theirs_are_rebuilt(tmp_path):
    output, _ = sanitised_beside(_nested_heads(tmp_path / "nested.xlsx", feet=True))
    formulas = copy_formulas(output)
    assert formulas["B11"] == "=SUM(B10)"  # Seetec under its one office, Wakefield
    assert formulas["B16"] == "=SUM(B9,B15)"  # Yorkshire under CPA 3 and CPA 2
    assert formulas["B25"] == "=SUM(B16,B24)"  # Great Britain under the regions


def test_the_proof_alone_refuses_a_region_under_its_areas_rounded_on_its_own(tmp_path):
    def rounded_alone(plan: Plan) -> None:  # Yorkshire's own rounded figures, as before
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        for col, figure in ((1, 1440.0), (2, 1020.0), (3, 820.0)):
            cells[(13 + BANNER, col)] = OutputCell(figure, kind="count")

    source = _nested_heads(tmp_path / "nested.xlsx", feet=True)
    findings = {str(f) for f in proved(tmp_path, source, rounded_alone)}
    assert {f"'Referrals' {c}16: {NOT_THEIR_SUM}" for c in "BCD"} <= findings
    assert proved(tmp_path, source) == []


def _aggregated(path: Path) -> Path:
    """Referrals by provider and office, each provider's total and the grand total written
    =AGGREGATE(9,3,...) over the column (the grand total's range holding the providers'),
    Excel's values cached: AGGREGATE with options 0 to 3 leaves the nested ones out."""
    rows: list[list] = [
        ["Referrals by provider and office"],
        [],
        ["Provider / office", "Apr 2013", "May 2013"],
        ["Ingeus", None, None],
        ["Newcastle", 112, 332],
        ["Sunderland", 152, 112],
        ["Ingeus total", "=AGGREGATE(9,3,B5:B6)", "=AGGREGATE(9,3,C5:C6)"],
        ["Avanta", None, None],
        ["Durham", 272, 287],
        ["Darlington", 212, 152],
        ["Avanta total", "=AGGREGATE(9,3,B9:B10)", "=AGGREGATE(9,3,C9:C10)"],
        ["Grand total", "=AGGREGATE(9,3,B5:B11)", "=AGGREGATE(9,3,C5:C11)"],
    ]
    cached = {"B7": 264, "C7": 444, "B11": 484, "C11": 439, "B12": 748, "C12": 883}
    return write_book(
        path, {"Referrals": rows}, cached={("Referrals", k): v for k, v in cached.items()}
    )


def test_aggregate_subtotals_inside_an_aggregate_grand_total_are_counted_once(tmp_path):
    output, _ = sanitised_beside(_aggregated(tmp_path / "aggregated.xlsx"))
    formulas = copy_formulas(output)
    assert formulas["B9"] == "=SUM(B7:B8)"  # Ingeus total
    assert formulas["B14"] == "=SUM(B9,B13)"  # the grand total over the providers' totals


def _weeks(path: Path, counts: list[int], measure: str = "Job starts") -> Path:
    """``measure`` by weeks from attachment, in bands up to two years, the last open."""
    bands = ["0-13", "14-26", "27-52", "53-104", "105+"]
    rows: list[list] = [
        [f"{measure} by weeks from attachment"],
        [],
        ["Weeks from attachment", measure],
        *([band, count] for band, count in zip(bands, counts, strict=True)),
        ["Total", sum(counts)],
    ]
    return script_book(path, {"Starts": rows})


def test_bands_of_weeks_past_a_hundred_among_their_fellows_name_their_lines(tmp_path):
    output, said = sanitised_beside(_weeks(tmp_path / "weeks.xlsx", [412, 301, 233, 97, 55]))
    labels = [line[0] for line in copy_lines(output, "Starts", 1)[5:10]]
    assert labels == ["0-13", "14-26", "27-52", "53-104", "105+"]
    assert "removed" not in said


def test_a_band_ending_at_one_of_the_books_figures_still_goes(tmp_path):
    output, said = sanitised_beside(_weeks(tmp_path / "weeks.xlsx", [412, 301, 104, 97, 55]))
    assert copy_lines(output, "Starts", 1)[8] == ("(label removed: see the cover)",)
    assert "removed: 'Starts' A7: it quotes an unrounded figure" in said


def test_the_proof_alone_refuses_a_band_ending_at_a_figure_rounding_changes(tmp_path):
    def kept(plan: Plan) -> None:  # '53-104' kept, 104 being the third band's count
        cells = next(s for s in plan.sheets if s.name == "Starts").cells
        cells[(6 + BANNER, 0)] = OutputCell("53-104", kind="label")

    source = _weeks(tmp_path / "weeks.xlsx", [412, 301, 104, 97, 55])
    assert f"'Starts' A9: {FORBIDDEN}" in {str(f) for f in proved(tmp_path, source, kept)}


def test_bands_of_weeks_past_a_hundred_name_their_outcome_shares(tmp_path):
    source = _weeks(tmp_path / "weeks.xlsx", [412, 301, 233, 97, 55], "Job outcomes")
    output, said = sanitised_beside(source)
    labels = [line[0] for line in copy_lines(output, "Job outcomes %", 1)[6:11]]
    assert labels == ["0-13", "14-26", "27-52", "53-104", "105+"]
    assert "removed: 'Job outcomes %'" not in said


def test_the_proof_alone_refuses_a_band_ending_at_an_outcome_volume(tmp_path):
    def kept(plan: Plan) -> None:  # '53-104' kept, 104 being the third band's job outcomes
        sheet = next(s for s in plan.sheets if s.name == "Job outcomes %")
        place = next(at for at, cell in sheet.cells.items() if cell.value == "27-52")
        sheet.cells[(place[0] + 1, place[1])] = OutputCell("53-104", kind="label")

    source = _weeks(tmp_path / "weeks.xlsx", [412, 301, 104, 97, 55], "Job outcomes")
    assert f"'Job outcomes %' A10: {OUTCOME_QUOTED}" in {
        str(f) for f in proved(tmp_path, source, kept)
    }


def test_single_ages_before_age_bands_name_their_lines(tmp_path):
    rows: list[list] = [
        ["Referrals by age"],
        [],
        ["Age", "Apr 2013", "May 2013", "Jun 2013"],
        [16, 12, 9, 14],
        [17, 23, 19, 31],
        ["18-24", 412, 398, 377],
        ["25+", 1021, 987, 1004],
        ["Total", 1468, 1413, 1426],
    ]
    output, _ = sanitised_beside(script_book(tmp_path / "ages.xlsx", {"Referrals": rows}))
    assert copy_lines(output)[5:10] == [
        (16, 20, 0, 20),
        (17, 20, 20, 40),
        ("18-24", 420, 400, 380),
        ("25+", 1020, 980, 1000),
        ("Total", 1480, 1400, 1440),
    ]


def _group_column(path: Path, last: bool) -> Path:
    """Referrals by region and office, each region's total in a 'Region total' column on its
    first office's line (``last``: its last), the 'Total' line under both columns."""
    regions = [("North East", [("Newcastle", 412), ("Sunderland", 1021)]),
               ("Yorkshire", [("Leeds", 232), ("Bradford", 52), ("Wakefield", 52)])]  # fmt: skip
    rows: list[list] = [
        ["Referrals by region and office, 2013/14"],
        [],
        ["Region", "Office", "Referrals", "Region total"],
    ]
    for region, offices in regions:
        at = len(offices) - 1 if last else 0
        total = sum(count for _, count in offices)
        rows += [[region if i == 0 else None, office, count, total if i == at else None]
                 for i, (office, count) in enumerate(offices)]  # fmt: skip
    rows.append(["Total", None, 1769, 1769])
    return script_book(path, {"Referrals": rows})


def test_group_totals_on_lines_of_their_own_beside_the_counts_are_rebuilt(tmp_path):
    rows: list[list] = [
        ["Referrals by region and office, 2013/14"],
        [],
        ["Region", "Office", "Referrals", "Region total"],
        ["North East", None, None, 1433],
        [None, "Newcastle", 412, None],
        [None, "Sunderland", 1021, None],
        ["Yorkshire", None, None, 336],
        *([None, office, 52 if office != "Leeds" else 232, None]
          for office in ("Leeds", "Bradford", "Wakefield")),
        ["Total", None, 1769, 1769],
    ]  # fmt: skip
    output, _ = sanitised_beside(script_book(tmp_path / "groups.xlsx", {"Referrals": rows}))
    formulas = copy_formulas(output)
    assert (formulas["D6"], formulas["D9"]) == ("=SUM(C7:C8)", "=SUM(C10:C12)")
    assert formulas["D13"] == "=SUM(D6,D9)"


def _group_column_left(path: Path) -> Path:
    """The same, the 'Region total' column between the regions' names and the offices'."""
    rows: list[list] = [
        ["Referrals by region and office, 2013/14"],
        [],
        ["Region", "Region total", "Office", "Referrals"],
        ["North East", 1433, "Newcastle", 412],
        [None, None, "Sunderland", 1021],
        ["Yorkshire", 336, "Leeds", 232],
        [None, None, "Bradford", 52],
        [None, None, "Wakefield", 52],
        ["Total", 1769, None, 1769],
    ]
    return script_book(path, {"Referrals": rows})


def test_a_column_of_group_totals_left_of_the_counts_is_rebuilt(tmp_path):
    output, _ = sanitised_beside(_group_column_left(tmp_path / "groups.xlsx"))
    formulas = copy_formulas(output)
    assert (formulas["B6"], formulas["B8"]) == ("=SUM(D6:D7)", "=SUM(D8:D10)")


def test_the_proof_alone_refuses_a_group_total_left_of_its_lines_rounded(tmp_path):
    def rounded_alone(plan: Plan) -> None:  # Yorkshire's 336 rounded to 340, as before
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[(5 + BANNER, 1)] = OutputCell(340.0, kind="count")

    source = _group_column_left(tmp_path / "groups.xlsx")
    found = {str(f) for f in proved(tmp_path, source, rounded_alone)}
    assert f"'Referrals' B8: {GROUP_NOT_THE_SUM}" in found
    assert proved(tmp_path, source) == []


@pytest.mark.parametrize("last", [False, True])
def test_a_column_of_group_totals_beside_the_counts_is_rebuilt(tmp_path, last):
    output, _ = sanitised_beside(_group_column(tmp_path / "groups.xlsx", last))
    formulas = copy_formulas(output)
    north, yorkshire = ("D7", "D10") if last else ("D6", "D8")
    assert formulas[north] == "=SUM(C6:C7)"
    assert formulas[yorkshire] == "=SUM(C8:C10)"  # 360, not 336 rounded to 340
    assert formulas["D11"] == f"=SUM({north},{yorkshire})"


@pytest.mark.parametrize("last", [False, True])
def test_the_proof_alone_refuses_a_group_total_rounded_on_its_own(tmp_path, last):
    def rounded_alone(plan: Plan) -> None:  # Yorkshire's 336 rounded to 340, as before
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[((7 if last else 5) + BANNER, 3)] = OutputCell(340.0, kind="count")

    source = _group_column(tmp_path / "groups.xlsx", last)
    place = "D10" if last else "D8"
    assert f"'Referrals' {place}: {GROUP_NOT_THE_SUM}" in {
        str(f) for f in proved(tmp_path, source, rounded_alone)
    }
    assert proved(tmp_path, source) == []


def _years(path: Path, measure: str) -> Path:
    """``measure`` by year and payment group, 2011 to 2014, then '2011-2014' over them."""
    rows: list[list] = [
        [f"{measure} by year and payment group"],
        [],
        ["Year", "JSA 18-24", "JSA 25+", "ESA Flow"],
        [2011, 412, 1021, 233],
        [2012, 398, 987, 251],
        [2013, 377, 1004, 241],
        [2014, 402, 1011, 229],
        ["2011-2014", 1589, 4023, 954],
    ]
    return script_book(path, {"Data": rows})


def test_a_span_of_years_under_its_years_is_their_total(tmp_path):
    output, _ = sanitised_beside(_years(tmp_path / "years.xlsx", "Referrals"))
    assert copy_formulas(output, "Data")["B10"] == "=SUM(B6:B9)"


def test_a_span_of_years_under_its_years_is_all_of_their_outcomes(tmp_path):
    output, _ = sanitised_beside(_years(tmp_path / "years.xlsx", "Job outcomes"))
    shares = copy_lines(output, "Job outcomes %", 2)[6:11]
    assert shares == [("2011", 0.26), ("2012", 0.25), ("2013", 0.24), ("2014", 0.25),
                      ("2011-2014", 1)]  # fmt: skip


def test_contract_ids_name_their_outcome_shares(tmp_path):
    rows: list[list] = [
        ["Job outcomes by contract"],
        [],
        ["Contract", "Apr 2013", "May 2013"],
        ["PRaP 0123", 212, 88],
        ["PRaP 0124", 45, 67],
        ["PRaP 0131", 99, 71],
        ["Total", 356, 226],
    ]
    output, said = sanitised_beside(script_book(tmp_path / "contracts.xlsx", {"Data": rows}))
    labels = [line[0] for line in copy_lines(output, "Job outcomes %", 1)[6:10]]
    assert labels == ["PRaP 0123", "PRaP 0124", "PRaP 0131", "Total"]
    assert "removed: 'Job outcomes %'" not in said
