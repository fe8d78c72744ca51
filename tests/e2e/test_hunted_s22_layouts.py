"""Real published layouts copied into MI packs (session 22's hunt): the GSS accessible
spreadsheet standard, Stat-Xplore exports (two and three dimensions), NOMIS-style tables, DWP's
Work Programme official statistics and Excel pivot tables pasted as values, made MI-shaped.

Each section's first test names what was wrong. Probed and found right (no test here): GSS
cover, contents (HYPERLINK), notes and tables with '[c]', '[x]', '[z]', '[low]', note markers
in titles, headers and labels and a 'Notes' column; Stat-Xplore 'Query'/'Dataset:'/'Measure:'
lines, '..', footers, a 'Total' wafer; NOMIS codes beside names and 'number | %' per period;
DWP tables by payment group, by contract package area and prime provider (indented and
tabular); pivots in outline, tabular and compact form with '(blank)', 'Leeds Total' and
'Grand Total'; tidy GSS tables with totals first in each group.

DWP's cohort tables head their columns 'Job outcomes by months since referral' (merged over 3,
6, 9, 12, or typed in the first column only) beside a 'Referrals' column, under a title naming
neither: the words naming the time since referral were read as times only when they stood
alone ('Months since referral'), so the numbers under them were read as a line of figures: the
job outcomes went out rounded as referrals and the proof refused the copy, or, merged, the
numbers 6, 9, 12 became a line of outcome shares and the columns could no longer be told
apart."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.verify.kept_labels import ROUNDED_LABEL

ELAPSED = [3, 6, 9, 12]
COHORTS = {"Jun-11": [812, 0, 31, 67, 88], "Jul-11": [797, 0, 28, 61, 84],
           "Aug-11": [833, 1, 33, 70, 93], "Sep-11": [788, 0, 27, 59, None]}  # fmt: skip


def _cohorts(head: str) -> list[list]:
    """'Month of referral | Referrals | <head>' over '| | 3 | 6 | 9 | 12', a month a line."""
    return [["Table 3: Cohort analysis by month of referral"], [],
            ["Month of referral", "Referrals", head, None, None, None], [None, None, *ELAPSED],
            *[[month, *figures] for month, figures in COHORTS.items()]]  # fmt: skip


def _book(path: Path, rows: list[list], merged: bool) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Cohorts"
    for row in rows:
        sheet.append(row)
    if merged:
        sheet.merge_cells("C3:F3")
    book.save(path)
    return path


def _lines(sheet) -> list[list]:
    return [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]


def _rounded(value: int) -> int:
    return (value + 10) // 20 * 20


@pytest.mark.parametrize("merged", [True, False])
@pytest.mark.parametrize(
    "head",
    ["Attachments by months since referral", "Attachments (cumulative): months since referral"],
)
def test_a_count_named_before_months_since_referral_heads_numbered_columns(tmp_path, head, merged):
    source = _book(tmp_path / "cohorts.xlsx", _cohorts(head), merged)
    output, _ = sanitised_beside(source)
    lines = _lines(openpyxl.load_workbook(output)["Cohorts"])
    assert ELAPSED in lines
    for month, figures in COHORTS.items():
        assert [month, *[_rounded(v) for v in figures if v is not None]] in lines


@pytest.mark.parametrize("merged", [True, False])
def test_job_outcomes_by_months_since_referral_are_shares_under_their_months(tmp_path, merged):
    source = _book(tmp_path / "cohorts.xlsx", _cohorts("Job outcomes by months since referral"),
                   merged)  # fmt: skip
    output, _ = sanitised_beside(source)
    copy = openpyxl.load_workbook(output)
    lines = _lines(copy["Cohorts"])
    shown = [line for line in lines if line[:1] in (["Jun-11"], ["Sep-11"])]
    assert shown == [["Jun-11", 820], ["Sep-11", 780]]  # the referrals, rounded, alone
    shares = _lines(copy["Job outcomes %"])
    assert ["3", "6", "9", "12"] in shares  # the months name the columns, as digits
    jun = next(line for line in shares if line[:1] == ["Jun-11"])
    assert all(0 < v <= 1 for v in jun[2:])


def test_months_since_referral_named_after_a_count_rounded_are_refused_by_the_proof(tmp_path):
    rounded = {(3, 2): 0, (3, 3): 0, (3, 4): 20, (3, 5): 20}
    rows = _cohorts("Attachments by months since referral")
    found = misread_findings(tmp_path, rows, rounded, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


def _wafers(measure: str, figures: dict[str, list[list[int]]]) -> list[list]:
    """A Stat-Xplore three-dimension export: 'Query', 'Dataset:' and 'Measure:' lines, then a
    block a wafer (one contract package area each) of payment groups by month, a 'Total' line
    and column, and the disclosure control footer."""
    rows: list[list] = [[f"Work Programme {measure}"], ["Query", "By PG and month by CPA"],
                        ["Dataset:", f"Work Programme {measure}"], ["Measure:", measure],
                        []]  # fmt: skip
    for area, lines in figures.items():
        rows += [["Contract Package Area", area], ["Payment group", "Jun-11", "Jul-11", "Total"]]
        for group, line in zip(["JSA 18 to 24", "JSA 25 and over"], lines, strict=True):
            rows.append([group, *line, sum(line)])
        rows += [["Total", *[a + b for a, b in zip(*lines, strict=True)], sum(map(sum, lines))], []]
    footer = [["Statistical Disclosure Control has been applied to this table."],
              ["Copyright:", "Crown Copyright 2013"]]  # fmt: skip
    return [*rows, *footer]


def test_dwp_payment_group_25_and_over_labels_its_outcome_shares(tmp_path):
    """'JSA 25 and over' (DWP's name for the payment group) was read on an outcome table as
    stating an amount (25) about outcomes and left off the percentage sheets: the shares of
    the second line had no name. It names a group as 'JSA 25+' does; the proof reads '65 and
    over' as an age band already."""
    figures = {"West Yorkshire": [[21, 25], [44, 49]], "Merseyside": [[17, 19], [38, 41]]}
    source = write_book(tmp_path / "sx.xlsx", {"Sheet 1": _wafers("Job outcomes", figures)})
    output, _ = sanitised_beside(source)
    copy = openpyxl.load_workbook(output)
    assert copy.sheetnames == ["About this workbook", "Job outcomes %", "Job outcomes 2 %"]
    for name, area in zip(copy.sheetnames[1:], figures, strict=True):
        lines = _lines(copy[name])
        assert ["Contract Package Area", area] in lines
        older = next(line for line in lines if line[:1] == ["JSA 25 and over"])
        assert all(0 < v < 1 for v in older[1:])


DISTRICTS = [["E08000035", "Leeds", 1843, 301], ["E08000032", "Bradford", 1517, 244],
             ["E08000033", "Calderdale", 433, "[c]"], ["E08000034", "Kirklees", 881, 129],
             ["E11000006", "West Yorkshire", 4674, 719]]  # fmt: skip


@pytest.mark.parametrize("second", ["Number of attachments", "Number of job outcomes"])
def test_an_area_over_its_districts_is_their_total_beside_a_suppressed_district(tmp_path, second):
    """A GSS table of districts with their county's line under them ('West Yorkshire', no word
    'Total'), one district's second count suppressed ('[c]'): the county's line adds up only in
    the first column (a line named by no total word must add up in two), so it was a fifth
    district. Its referrals went out as a typed count (4,680), its attachments as 720 beside
    the districts' 660 (giving the suppressed 45 back within rounding), and its job outcomes
    as a share of all (0.52, each district's share halved). A column whose part the source
    suppressed under the line's figure cannot be checked, so need not add up: the referrals
    are their districts' sum, the second count over '[c]' is removed."""
    hdr = ["Local authority code", "Local authority", "Number of referrals", second]
    rows = [["Table 6: Referrals and more by local authority, 2013-14"], [], hdr, *DISTRICTS]
    output, _ = sanitised_beside(write_book(tmp_path / "districts.xlsx", {"Table_6": rows}))
    copy = openpyxl.load_workbook(output)
    county = next(line for line in copy["Table_6"].iter_rows() if line[1].value == "West Yorkshire")
    assert county[2].value == f"=SUM(C{county[2].row - 4}:C{county[2].row - 1})"
    assert county[3].value is None  # the total over '[c]' removed
    if "outcomes" in second:
        shares = {line[1]: line[2] for line in _lines(copy["Job outcomes %"]) if len(line) == 3}
        assert "West Yorkshire" not in shares
        assert shares["Leeds"] == pytest.approx(301 / 674, abs=0.01)


def test_an_area_kept_as_a_count_over_a_suppressed_district_is_refused_by_the_proof(tmp_path):
    """'West Yorkshire' kept as a typed count (attachments 720, rounded) over its districts
    (300, 240, '[c]', 120) passed the proof, though less the others it gives the suppressed
    district back within rounding: its referrals are exactly the districts' sum, so it is
    their group's line, and no typed figure may stand over the '[c]' (verify/suppressed_groups).
    Its referrals (4,680), over no marker, are not named."""
    hdr = ["Local authority code", "Local authority", "Number of referrals", "Attachments"]
    rows = [["Table 6: Referrals and attachments by local authority"], [], hdr, *DISTRICTS]
    found = misread_findings(tmp_path, rows, {(7, 2): 4680, (7, 3): 720}, "rounded")
    assert {f.part for f in found if "suppressed part" in f.kind} == {"'Referrals' D10"}


def _nomis(second: str) -> list[list]:
    """NOMIS's labour-market layout: a measure over 'number | conf' a period, 'Column Total'."""
    return [["Job starts and " + second.lower() + " by local authority, Apr 2013-Mar 2014"], [],
            ["local authority: district / unitary", "Job starts", None, second, None],
            [None, "number", "conf", "number", "conf"],
            ["Leeds", 611, 48, 301, 34], ["Bradford", 497, 44, 244, 31],
            ["Calderdale", 133, 23, 61, 15], ["Column Total", 1241, 67, 606, 48]]  # fmt: skip


@pytest.mark.parametrize("second", ["Attachments", "Job outcomes"])
def test_nomis_confidence_columns_headed_conf_are_no_counts(tmp_path, second):
    """NOMIS heads each estimate's 95% confidence interval 'conf': read as counts, its 'Column
    Total' (67, the districts' intervals combined, not summed) was a total that did not add up
    and the run was refused. It is an estimate's precision, removed as 'confidence interval'
    is; the counts beside it are rounded, the outcomes shares."""
    source = write_book(tmp_path / "nomis.xlsx", {"Data": _nomis(second)})
    output, _ = sanitised_beside(source)
    copy = openpyxl.load_workbook(output)
    lines = _lines(copy["Data"])
    leeds = [620, 300] if second == "Attachments" else [620]
    assert ["Leeds", *leeds] in lines
    assert [None, "number", "conf", "number", "conf"][1:] in lines  # the heads kept
    if second == "Job outcomes":
        shares = _lines(copy["Job outcomes %"])
        assert ["Leeds", 0.5] in shares


def test_nomis_conf_kept_is_refused_by_the_proof(tmp_path):
    kept = {(4, 2): 48, (5, 2): 44, (6, 2): 23}
    kinds = [f.kind for f in misread_findings(tmp_path, _nomis("Attachments"), kept, "kept")]
    assert kinds.count("a figure that is not a multiple of 20") == 3


@pytest.mark.parametrize(
    "title",
    [
        "Table 2.1: Referrals and job outcomes by payment group",
        "Table 1b: Referrals and job outcomes by payment group, 2013-14",
        "Table 3.2a: Work Programme performance by payment group",
    ],
)
def test_a_numbered_table_title_naming_outcomes_is_kept_over_its_counts(tmp_path, title):
    """DWP and GSS number their tables 'Table 2.1', 'Table 1b': over a table of referrals and
    job outcomes, kept on its sheet, the title was read as stating an amount about outcomes
    (the '.1' or '1b' after the table's number) and removed. A reference's number may carry
    parts and a letter, as the proof reads it; a percentage after it is still an amount."""
    rows = [[title], [], ["Payment group", "Referrals", "Job outcomes"],
            ["JSA 18 to 24", 4211, 733], ["JSA 25 and over", 6107, 871],
            ["ESA Flow", 1509, 101]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "numbered.xlsx", {"Table": rows}))
    lines = _lines(openpyxl.load_workbook(output)["Table"])
    assert [title] in lines
    assert ["JSA 18 to 24", 4220] in lines


PROVIDERS = [[1, "East of England", 10001234, "Provider A", 2711, 2433],
             [2, "East Midlands", 10004567, "Provider B", 2693, 2402],
             [7, "North East Yorkshire and the Humber", 10007890, "Provider C", 3101, 2799],
             [11, "Scotland", 10002468, "Provider D", 988, 911]]  # fmt: skip


def _providers(code: str) -> list[list]:
    """DfE and DWP name a provider by its UK Provider Reference Number beside its name."""
    return [["Referrals and attachments by prime provider and contract package area"], [],
            ["CPA", "CPA name", code, "Prime provider", "Referrals", "Attachments"],
            *PROVIDERS]  # fmt: skip


def test_a_providers_reference_number_is_kept_as_written(tmp_path):
    """'UKPRN' over 10001234, 10004567 (right of the contract package areas' numbers 1, 2,
    7, 11) was read as a count and rounded (10001240, 10004560), and the proof passed it: it
    reads 'UKPRN' as naming codes, kept unrounded, but asked only label runs whether they
    were rounded. The analysis reads 'UKPRN' as an identifier (analyse/words); the proof
    refuses a code column's figure changed (verify/kept_labels)."""
    rows = _providers("UKPRN")
    output, _ = sanitised_beside(write_book(tmp_path / "prn.xlsx", {"Data": rows}))
    lines = _lines(openpyxl.load_workbook(output)["Data"])
    assert [1, "East of England", 10001234, "Provider A", 2720, 2440] in lines
    assert [11, "Scotland", 10002468, "Provider D", 980, 920] in lines


def test_a_providers_reference_number_rounded_is_refused_by_the_proof(tmp_path):
    rounded = {(3, 2): 10001240, (4, 2): 10004560, (5, 2): 10007900, (6, 2): 10002460}
    found = misread_findings(tmp_path, _providers("UKPRN"), rounded, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


def _pivot_two_values() -> list[list]:
    """An Excel pivot of two value fields by month, pasted as values: 'Column Labels', the
    months over 'Sum of Referrals | Sum of Job Outcomes' each, and its grand total columns
    'Total Sum of Referrals', 'Total Sum of Job Outcomes' headed on the months' row, blank on
    the value fields' row, as Excel lays them out."""
    return [[None, "Column Labels"],
            [None, "Apr-13", None, "May-13", None, "Total Sum of Referrals",
             "Total Sum of Job Outcomes"],
            ["Row Labels", "Sum of Referrals", "Sum of Job Outcomes", "Sum of Referrals",
             "Sum of Job Outcomes"],
            ["Leeds", 153, 21, 156, 24, 309, 45], ["York", 68, 9, 66, 11, 134, 20],
            ["Hull", 97, 13, 88, 12, 185, 25],
            ["Grand Total", 318, 43, 310, 47, 628, 90]]  # fmt: skip


def test_a_pivots_grand_total_of_referrals_beside_its_value_fields_is_referrals(tmp_path):
    """The proof read the value fields' row ('Row Labels | Sum of Referrals | Sum of Job
    Outcomes | ...', all its words left of the grand total columns) as a line of words alone
    heading the lines under it, as a block's 'Job outcomes' line does, and took 'Total Sum of
    Referrals' (309, rounded 300 as a SUM) for outcome volumes: the run was refused. A line
    with words over the figure's own line's figures is a header, not a block's (verify/
    section_rows); the outcomes, their grand total too, still go to the percentage sheet."""
    source = write_book(tmp_path / "pivot.xlsx", {"Pivot": _pivot_two_values()})
    output, _ = sanitised_beside(source)
    copy = openpyxl.load_workbook(output)
    leeds = next(line for line in copy["Pivot"].iter_rows() if line[0].value == "Leeds")
    assert [c.value for c in leeds[1:6]] == [
        160,
        None,
        160,
        None,
        f"=SUM(B{leeds[0].row},D{leeds[0].row})",
    ]
    assert leeds[6].value is None
    shares = _lines(copy["Job outcomes %"])
    assert any(line[:1] == ["Leeds"] for line in shares)


def test_a_pivots_grand_total_of_outcomes_kept_is_refused_by_the_proof(tmp_path):
    kept = {(3, 6): 40, (4, 6): 20, (5, 6): 20}
    kinds = {f.kind for f in misread_findings(tmp_path, _pivot_two_values(), kept, "rounded")}
    assert "an outcome or sustainment volume" in kinds


def _measures_by_year(outcomes: list) -> list[list]:
    """A GSS summary with its measures down the rows, years across and a 'Notes' column."""
    return [["Table 1: Summary of Work Programme measures by financial year"],
            ["This worksheet contains one table."],
            ["Measure", "2011 to 2012", "2012 to 2013", "2013 to 2014", "Notes"],
            ["Number of referrals", 4011, 4211, 4107, None],
            ["Number of attachments", 3711, 3901, 3822, "[note 2]"],
            ["Number of job outcomes", *outcomes, "[note 3]"]]  # fmt: skip


def test_a_notes_column_beside_a_line_of_outcomes_is_no_part_of_it(tmp_path):
    """Job outcomes along a row (measures down the table, years across) with the GSS 'Notes'
    column at the right ('[note 3]'): the note was read as a part of the line wpxl could not
    read, and the cover and the percentage sheet said the shares left 'Notes' out of their
    base. A column headed 'Notes' holds no part (plan/percent_lines); a year's '[c]' still
    leaves that year out, and says so."""
    rows = _measures_by_year([544, 733, 871])
    output, _ = sanitised_beside(write_book(tmp_path / "summary.xlsx", {"Table_1": rows}))
    copy = openpyxl.load_workbook(output)
    shares = _lines(copy["Job outcomes %"])
    assert ["Number of job outcomes", 0.25, 0.34, 0.41] in shares
    said = [v for line in _lines(copy["About this workbook"]) for v in line]
    assert not any("left out" in str(v) for v in said)
    rows = _measures_by_year([544, "[c]", 871])
    output, _ = sanitised_beside(write_book(tmp_path / "suppressed.xlsx", {"Table_1": rows}))
    said = [v for line in _lines(openpyxl.load_workbook(output)["About this workbook"])
            for v in line]  # fmt: skip
    assert any("'2012 to 2013' is left out" in str(v) for v in said)
    assert not any("'Notes'" in str(v) for v in said)


def test_a_pivot_with_numbered_row_labels_is_sanitised(tmp_path):
    """A strict xfail until session 24: 'Row Labels', an Excel pivot's own header over its row
    field's items, names the numbers under it as an identifier's header does, in the analysis
    (analyse/label_numbers) and the proof (verify/label_heads)."""
    rows = [["Sum of Referrals", "Column Labels"],
            ["Row Labels", "Apr-13", "May-13", "Grand Total"],
            [1, 43, 51, 94], [2, 97, 88, 185], [3, 13, 17, 30], [6, 21, 19, 40], [9, 3, 5, 8],
            ["Grand Total", 177, 180, 357]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "pivot.xlsx", {"Pivot": rows}))
    lines = _lines(openpyxl.load_workbook(output)["Pivot"])
    assert next(line for line in lines if line[:1] == [6])[:3] == [6, 20, 20]
