"""What a hunt as a new user, on packs no one here wrote, found (session 34).

Forty-odd monthly packs were written by hand, each as a different provider's analyst would lay
one out for a council (openpyxl and xlsxwriter scripts, a few saved again by LibreOffice):
referrals by office with typed totals, job starts by jobcentre within district with formula
subtotals, outcomes by payment group with a share column, sustainments by month with a
cumulative column, a summary mixing measures with an outcome rate, merged two-level headers,
real dates as column heads, numbers typed as text with '*', '..', '-' and '<5', a cover,
contents and notes sheets, a chart, collapsed outline rows, 'of which' lines, targets and
performance against them, postcode districts, a pivot-table copy, stacked tables, quarters with
a contract-year total, cohort outcome rates, payments in pounds, spacer columns with a units
row, footnote markers, a hidden sheet and column, outcome shares with and without a base,
measures as row labels over months, abbreviated heads ('Refs', 'JOs', 'Sus'), the measure only
in the sheet's name, long (tidy) data, commentary quoting outcomes, outcomes per 100 and the
change on last month. Each copy was read cell by cell (values, formulas, LibreOffice's own
recalculation). Counts were rounded to 20 (halves up), totals rebuilt as SUMs with the right
cached values, outcome volumes turned into shares, and every rate, amount, cumulative figure
and sentence giving one back removed and reported. Two ordinary layouts came out mangled.

A month label whose two-digit year equals a figure of its line lost its label. On a sheet of
job outcomes by month ('Apr-14' .. 'Sep-14' typed as text, as many packs write months) with
14 job outcomes for JSA 25+ in September, the label 'Sep-14' was taken for a label stating its
line's count ('Leeds - 41'): it was removed from the percentage sheet, and from the referrals
sheet too (the same text), so both showed a line of figures with no month. The proof already
read 'Sep 14' as a date. The plan's reading of a line's label (wpxl/plan/line_labels) now takes
a month word followed by a day or two-digit year ('Sep-14', 'Sep 14', "Sep '14") as the date
it is, as the proof does; 'Leeds - 41' and a count written after a name are judged as before.
The proof's own month words were any word starting as a month does ('Marsden', 'Junction',
'Mayfield'), so 'Marsden 14' beside a line of 14 starts read as a date there: they are the
months' own words now (wpxl/verify/values), with "Sep '14" read as a date too, and the proof
alone refuses a copy showing such a label.

A table written by a script, its formulas saved without values (openpyxl; xlsxwriter's
default, which asks Excel to work every formula out on opening), with each district's offices
grouped and collapsed under a '=SUM(B4:B6)' district line, came out empty: the district
totals over hidden detail are meant to become counts of their own (the reader sees a table of
districts), but a total with no cached value was not a whole number shown, so each was removed
as a total over hidden rows, and every total over them with it: 'North', 'South' and 'Total'
with no figure at all. The same pack saved by LibreOffice (values cached) was right. A summary
whose input stores no value now takes the sum of its typed parts, as Excel will show it,
through plain sums of its own sheet ('North' =B4+B7 over collapsed office lines =SUM(B5:B6),
their jobcentres collapsed under them) (wpxl/analyse/hidden_totals), on a copy of the analysed
sheet: the input as read, which the proof may share, is left as it is. The proof works the
input's SUM out itself, as before, and refuses a district count that is not its rounded sum.

A table of outcome shares typed in with no counts ('% of job outcomes' by payment group, the
breakdown the guidance allows) is removed, as wpxl cannot tell that the precision of shares it
did not work out gives no volume back; the reason said 'with the counts beside it, it reveals
their volume', where there were none. It says now that the shares were typed in with no counts
to work them out from, and that given the counts wpxl shows their shares on a percentage sheet
(plan/volumes ``OUTCOME_SHARE``); beside counts ('per 100 attachments') the reason is as it was.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan
from wpxl.plan.volumes import OUTCOME_RATE, OUTCOME_SHARE

MONTHS = ["Apr-14", "May-14", "Jun-14", "Jul-14", "Aug-14", "Sep-14"]
GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow"]
OUTCOMES = [[11, 12, 35], [34, 13, 8], [7, 28, 37], [37, 18, 22], [24, 19, 20], [36, 14, 10]]
REFERRALS = [[81, 272, 188], [92, 71, 105], [37, 48, 221], [103, 135, 133], [295, 247, 197],
             [213, 271, 38]]  # fmt: skip


def _months_pack(path: Path, label: str = "Sep-14") -> Path:
    """Job outcomes and referrals by month (months typed as text, the last ``label``) and
    payment group, as a script writes them: totals as SUMs saved without values."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, figures in (("Job outcomes", OUTCOMES), ("Referrals", REFERRALS)):
        sheet = book.create_sheet(name)
        sheet.append([f"{name} by month and payment group"])
        sheet.append(["Month", *GROUPS, "Total"])
        for row, (month, line) in enumerate(
            zip([*MONTHS[:-1], label], figures, strict=True), start=3
        ):
            sheet.append([month, *line, f"=SUM(B{row}:D{row})"])
    book.save(path)
    return path


@pytest.mark.parametrize("label", ["Sep-14", "Sep 14", "Sep '14", "September 14"])
def test_a_month_whose_year_is_a_figure_of_its_line_keeps_its_label(tmp_path, label):
    output, said = sanitised_beside(_months_pack(tmp_path / "months.xlsx", label))
    assert "states a figure of its own line" not in said
    book = openpyxl.load_workbook(output)
    shares = [row[0].value for row in book["Job outcomes %"].iter_rows(min_row=7, max_row=12)]
    assert shares == [*MONTHS[:-1], label]
    counts = book["Referrals"]
    assert [counts.cell(row, 1).value for row in range(5, 11)] == [*MONTHS[:-1], label]
    assert [counts.cell(10, col).value for col in range(2, 5)] == [220, 280, 40]
    assert counts["E10"].value == "=SUM(B10:D10)"


def _starts_by_office(path: Path) -> Path:
    """Job starts by office, one office's label stating its line's count ('Marsden 14')."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Starts"
    sheet.append(["Job starts by office"])
    sheet.append(["Office", "Job starts"])
    for office, starts in (("Huddersfield", 131), ("Marsden 14", 14), ("Holmfirth", 47)):
        sheet.append([office, starts])
    sheet.append(["Total", "=SUM(B3:B5)"])
    book.save(path)
    return path


def test_a_label_stating_its_count_after_a_name_starting_as_a_month_is_removed(tmp_path):
    output, _ = sanitised_beside(_starts_by_office(tmp_path / "offices.xlsx"))
    book = openpyxl.load_workbook(output, data_only=True)
    sheet = book["Starts"]
    lines = [[c.value for c in row] for row in sheet.iter_rows(min_row=4, max_col=2)]
    assert lines == [
        ["Office", "Job starts"],
        ["Huddersfield", 140],
        ["(label removed: see the cover)", 20],  # stood in for (the shares hunt)
        ["Holmfirth", 40],
        ["Total", 200],
    ]
    cover = [row[0].value for row in book["About this workbook"].iter_rows()]
    assert "- text, 'Starts' A4: it states a figure of its own line (an outcome volume, or a " \
        "count the copy rounds), which gives that figure back" in cover  # fmt: skip


def test_the_proof_alone_refuses_a_label_stating_its_count_after_a_name_like_a_month(tmp_path):
    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Starts").cells
        cells[(3 + BANNER, 0)] = OutputCell("Marsden 14", kind="label")

    source = _starts_by_office(tmp_path / "offices.xlsx")
    findings = {str(f) for f in proved(tmp_path, source, carried)}
    assert "'Starts' A6: a text stating a figure of its own line in the input (an outcome or " \
        "unrounded count)" in findings  # fmt: skip


OFFICES = {"North": [("Leeds", 145, 73), ("Bradford", 223, 284), ("Wakefield", 145, 364)],
           "South": [("Sheffield", 215, 186), ("Barnsley", 352, 197)]}  # fmt: skip


def _collapsed_by_openpyxl(path: Path) -> Path:
    """Attachments by district, each district a '=SUM' over its offices, grouped and collapsed
    (hidden) under it; no formula holds a value."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Attachments"
    sheet.append(["Attachments by district (expand for offices)"])
    sheet.append(["Area", "Q1", "Q2", "Total"])
    row, tops = 3, []
    for district, offices in OFFICES.items():
        tops.append(row)
        last = row + len(offices)
        sheet.append([district, f"=SUM(B{row + 1}:B{last})", f"=SUM(C{row + 1}:C{last})",
                      f"=B{row}+C{row}"])  # fmt: skip
        for office, first, second in offices:
            row += 1
            sheet.append([f"  {office}", first, second, f"=B{row}+C{row}"])
            sheet.row_dimensions[row].outlineLevel = 1
            sheet.row_dimensions[row].hidden = True
        row += 1
    sheet.append(["Total", *[f"={c}{tops[0]}+{c}{tops[1]}" for c in "BCD"]])
    book.save(path)
    return path


def _collapsed_by_xlsxwriter(path: Path) -> Path:
    """The same, written by xlsxwriter as it writes by default: every formula to be worked out
    when Excel opens the book."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Attachments")
    sheet.write_row(0, 0, ["Attachments by district (expand for offices)"])
    sheet.write_row(1, 0, ["Area", "Q1", "Q2", "Total"])
    row, tops = 2, []
    for district, offices in OFFICES.items():
        tops.append(row + 1)
        last = row + 1 + len(offices)
        sheet.write(row, 0, district)
        sheet.write_formula(row, 1, f"=SUM(B{row + 2}:B{last})")
        sheet.write_formula(row, 2, f"=SUM(C{row + 2}:C{last})")
        sheet.write_formula(row, 3, f"=B{row + 1}+C{row + 1}")
        for office, first, second in offices:
            row += 1
            sheet.write_row(row, 0, [office, first, second])
            sheet.write_formula(row, 3, f"=B{row + 1}+C{row + 1}")
            sheet.set_row(row, None, None, {"level": 1, "hidden": True})
        row += 1
    sheet.write(row, 0, "Total")
    for col, letter in enumerate("BCD", start=1):
        sheet.write_formula(row, col, f"={letter}{tops[0]}+{letter}{tops[1]}")
    book.close()
    return path


@pytest.mark.parametrize("writer", [_collapsed_by_openpyxl, _collapsed_by_xlsxwriter])
def test_collapsed_offices_saved_without_values_show_their_districts_rounded(tmp_path, writer):
    output, said = sanitised_beside(writer(tmp_path / "collapsed.xlsx"))
    assert "a total over hidden rows" not in said
    values = openpyxl.load_workbook(output, data_only=True)["Attachments"]
    lines = [[c.value for c in row] for row in values.iter_rows(min_row=4, max_col=4)]
    assert lines == [
        ["Area", "Q1", "Q2", "Total"],
        ["North", 520, 720, 1240],
        ["South", 560, 380, 940],
        ["Total", 1080, 1100, 2180],
    ]
    formulas = openpyxl.load_workbook(output)["Attachments"]
    assert [formulas[a].value for a in ("D5", "B7", "C7")] == [
        "=SUM(B5:C5)",
        "=SUM(B5:B6)",
        "=SUM(C5:C6)",
    ]


def test_the_proof_passes_collapsed_districts_saved_without_values(tmp_path):
    assert proved(tmp_path, _collapsed_by_openpyxl(tmp_path / "collapsed.xlsx")) == []


def test_the_proof_alone_refuses_a_collapsed_district_not_its_rounded_sum(tmp_path):
    def shown_as_cached(plan: Plan) -> None:  # what the input caches there: nothing, or 0
        cells = next(s for s in plan.sheets if s.name == "Attachments").cells
        north = cells[(2 + BANNER, 1)]
        cells[(2 + BANNER, 1)] = OutputCell(0.0, kind=north.kind, style=north.style)

    findings = proved(
        tmp_path, _collapsed_by_openpyxl(tmp_path / "collapsed.xlsx"), shown_as_cached
    )
    assert "'Attachments' B5: a count that is not the input's rounded" in {str(f) for f in findings}


def test_a_district_over_collapsed_office_sums_saved_without_values_is_shown(tmp_path):
    """Two levels collapsed: jobcentres under each office's '=SUM', offices under the
    district's '=B4+B7'; the district's figure is worked out through the offices' sums."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Attachments"
    sheet.append(["Attachments by area"])
    sheet.append(["Area", "Attachments"])
    sheet.append(["North", "=B4+B7"])
    sheet.append(["  Leeds office", "=SUM(B5:B6)"])
    sheet.append(["    Leeds A", 131])
    sheet.append(["    Leeds B", 88])
    sheet.append(["  Bradford office", "=SUM(B8:B9)"])
    sheet.append(["    Bradford A", 64])
    sheet.append(["    Bradford B", 149])
    for row, level in ((4, 1), (5, 2), (6, 2), (7, 1), (8, 2), (9, 2)):
        sheet.row_dimensions[row].outlineLevel = level
        sheet.row_dimensions[row].hidden = True
    book.save(source := tmp_path / "areas.xlsx")
    output, said = sanitised_beside(source)
    assert "removed" not in said
    values = openpyxl.load_workbook(output, data_only=True)["Attachments"]
    lines = [[c.value for c in row] for row in values.iter_rows(min_row=4, max_col=2)]
    assert lines == [["Area", "Attachments"], ["North", 440]]
    assert proved(tmp_path, source) == []


def _shares(path: Path, beside: str | None) -> Path:
    """'% of job outcomes' by payment group typed in, with a column of ``beside`` counts or
    none."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Outcome share"
    sheet.append(["Share of job outcomes by payment group"])
    sheet.append(["Payment group", *([beside] if beside else []), "% of job outcomes"])
    for group, count, share in zip(GROUPS, (212, 340, 95), (0.41, 0.37, 0.22), strict=True):
        sheet.append([group, *([count] if beside else []), share])
    book.save(path)
    return path


def test_outcome_shares_typed_with_no_counts_are_removed_saying_so(tmp_path):
    _, said = sanitised_beside(_shares(tmp_path / "shares.xlsx", None))
    assert f"removed: 'Outcome share' B3:B5: {OUTCOME_SHARE}" in " ".join(said.split())
    assert OUTCOME_RATE not in " ".join(said.split())


def test_outcome_rates_beside_counts_are_removed_as_before(tmp_path):
    _, said = sanitised_beside(_shares(tmp_path / "shares.xlsx", "Attachments"))
    assert f"removed: 'Outcome share' C3:C5: {OUTCOME_RATE}" in " ".join(said.split())
