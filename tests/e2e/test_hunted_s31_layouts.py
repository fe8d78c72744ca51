"""Real published layouts that wpxl refused or mangled, found by building them as an analyst
would (session 31, the layouts hunt).

Age bands given by their bounds in two columns, as ONS and DWP tables often give them ('Age
from | Age to', 'Lower age | Upper age', 'Min age | Max age' over 18 | 24, 25 | 49, 50 | 64,
the lines' attachments right of them, a total line or none): the lower bounds were kept under
'Age from' (a band's start), but no reading of a label column knew a word for an upper bound,
so 'Age to' was read as a column of counts and rounded (20, 40, 60; under 'Lower age' both
columns: 20 | 20, 20 | 40, 60 | 60, the bands overlapping). WRONG, and the proof passed it: its
reading of a label column lets no figure stand left of a label (there it would be among the
figures), so the upper bounds, right of the lower ones, were counts to it too. Two touching
leading columns under words naming an age's lower bound and then its upper bound, over an
unbroken run of whole numbers rising as bands do (each lower bound at most its upper, each
upper below the next lower, none past 120, the last upper maybe blank), a figure right of the
pair on each line, no number of theirs on the table's other lines and no formula over them,
name the lines (analyse/band_bounds, asked by analyse/layout); the proof reads the pair the
same way from the input alone and refuses either bound rounded (verify/band_bounds, asked by
verify/label_figures). Bands of weeks, months, days or hours by their bounds ('Weeks from |
Weeks to', 'Hours from | Hours to') are read the same way, each against its quantity's most;
bounds that do not rise as bands, or under bare 'From | To' (which may head counts moved
between two places), stay counts. 'Age to' alone over a
table's first column with a total line, which the proof read as naming the lines, was refused
(the plan rounded it): the analysis reads 'Age to' as an age's words too
(analyse/label_numbers ``_BAND``).

Weeks alone over a first column of week bands ('Weeks' or 'Week' over 4, 8, 13, 26, 52, job
starts beside them, maybe a running total, maybe a total line): the proof reads a week's
number as naming the lines, the analysis read 'Week' as a period, whose numbers must run one
apart or have a period code's shape, so the plan rounded the weeks (0, 0, 20, 20, 60) and the
copy was refused. A week named alone ('Week', 'Weeks', 'Wk no.') names its column's numbers
as the proof reads it (analyse/label_numbers ``_BAND``); numbers of which one is the others'
sum (4, 8, 12), the table's only labels, stay counts on both sides.

A DWP-style long extract by contract package area (or payment group) and month, the months
typed as dates ('CPA | Month | Referrals | Attachments', CPA 1 over April, May and June, then
CPA 2 ...): refused, with advice to give the months a number format. The analysis's and the
proof's readings of an extract's key columns took words, or numbers under words naming them,
but not dates, so the CPA's numbers, repeating, were no keys: without a total line the plan
rounded them, and the proof, finding a plain figure (the CPA's number) left of each month, read
the months as counts shown in a date format. Dates are keys as words are (analyse and
verify/extract_keys ``_key_column``), and a date under words naming a period alone ('Month',
'Referral month') with only the lines' numbers the proof reads as labels left of it is a month,
not a count (verify/dated_counts); under 'Referrals' such dates are still counts pasted over
dates, and refused.

Payment groups numbered across the top over a second header line of their names ('Payment
group | 1 | 2 | 3 | 6 | Total' over 'Area | JSA 18-24 | JSA 25+ | JSA Early Access | ESA
Flow', the areas' lines under them): the plan kept the numbers, but the proof's reading of a
header row of numbers asked for a figure (or a blank row, then a figure) right under each, and
for the total column's figure on the next row, so it read 1, 2, 3, 6 as figures no multiple of
20 and refused the copy. A line of words under each number with figures under it is the
columns' names, a second header line, and the figures are looked for under it
(verify/label_figures ``_names_line``); a measure named before the numbers ('Referrals | 1 |
2 ...') still makes them counts.

Years marked revised or provisional over the columns ('Area | 2012r | 2013p', or '2012 r',
the table's first line): each was read as a figure written with a mark ('307p'), so the line
was a line of marked figures, data, dropped as figures that cannot be rounded: the copy's
columns were headed by nothing. Two or more years each with one letter after it (bare,
'[p]' or '(p)'), a year apart in order, on the table's first line, head the columns
(analyse/values ``marked_years``, asked by analyse/layout); the same marks on a line under the
header are figures still, and go.
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import copy_formulas, copy_lines, sanitised_beside
from tests.e2e.test_hunted_s31_marks import carried_as_dates
from tests.misread import misread_findings, proved
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job
from wpxl.verify.kept_labels import ROUNDED_LABEL


def _job(tmp_path) -> Job:
    return Job(Policy(), Audience(produced=dt.date(2026, 12, 5)), out_dir=tmp_path / "out")


BOUNDS = {
    "from and to": ("Age from", "Age to"),
    "lower and upper": ("Lower age", "Upper age"),
    "min and max": ("Min age", "Max age"),
    "bracketed": ("Age (from)", "Age (to)"),
}
BANDS = [(18, 24, 153, 41), (25, 49, 288, 55), (50, 64, 47, 7)]


def _bounds_rows(words: tuple[str, str], total: bool, bands=BANDS) -> list[list]:
    rows: list[list] = [
        ["Attachments and job starts by age"],
        [],
        [*words, "Attachments", "Starts"],
    ]
    rows += [list(band) for band in bands]
    if total:
        rows.append(["Total", None, *(sum(b[i] for b in bands) for i in (2, 3))])
    return rows


@pytest.mark.parametrize("total", [True, False])
@pytest.mark.parametrize("shape", BOUNDS)
def test_age_bands_given_by_their_bounds_keep_both_bounds(tmp_path, shape, total):
    rows = _bounds_rows(BOUNDS[shape], total)
    source = write_book(tmp_path / "bounds.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    lines = copy_lines(output)
    body = [line for line in lines if line[0] in (18, 25, 50)]
    assert body == [(18, 24, 160, 40), (25, 49, 280, 60), (50, 64, 40, 0)]
    if total:
        assert copy_formulas(output) == {"C9": "=SUM(C6:C8)", "D9": "=SUM(D6:D8)"}
        assert lines[8] == ("Total", None, 480, 100)


def test_an_open_last_band_leaves_its_upper_bound_blank(tmp_path):
    bands = [(16, 24, 153, 41), (25, 49, 288, 55), (50, None, 47, 7)]
    rows = _bounds_rows(BOUNDS["from and to"], True, bands)
    source = write_book(tmp_path / "open.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    assert copy_lines(output)[5:8] == [(16, 24, 160, 40), (25, 49, 280, 60), (50, None, 40, 0)]


@pytest.mark.parametrize("col", [0, 1])
@pytest.mark.parametrize("shape", ["from and to", "lower and upper"])
def test_the_proof_alone_refuses_a_bound_of_an_age_band_rounded(tmp_path, shape, col):
    rows = _bounds_rows(BOUNDS[shape], False)
    written = {(row, col): float((rows[row][col] + 10) // 20 * 20) for row in (3, 4, 5)}
    found = misread_findings(tmp_path, rows, written, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


def test_bounds_that_do_not_rise_as_bands_stay_counts(tmp_path):
    bands = [(18, 30, 153, 41), (25, 49, 288, 55), (50, 64, 47, 7)]  # 30 past the next 25
    rows = _bounds_rows(BOUNDS["lower and upper"], True, bands)
    source = write_book(tmp_path / "overlapping.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    assert [line[:2] for line in copy_lines(output)[5:8]] == [(20, 40), (20, 40), (60, 60)]


TIME_BANDS = {
    "weeks": (("Weeks from", "Weeks to"), [(0, 12, 153, 41), (13, 25, 288, 55), (26, 51, 47, 7)]),
    "hours": (("Hours from", "Hours to"), [(1, 15, 153, 41), (16, 29, 288, 55), (30, None, 47, 7)]),
}


@pytest.mark.parametrize("shape", TIME_BANDS)
def test_bands_of_time_given_by_their_bounds_keep_both_bounds(tmp_path, shape):
    words, bands = TIME_BANDS[shape]
    source = write_book(tmp_path / "time.xlsx", {"Referrals": _bounds_rows(words, True, bands)})
    output, _ = sanitised_beside(source)
    kept = [band[:2] for band in bands]
    assert [line[:2] for line in copy_lines(output)[5:8]] == kept


def test_the_proof_alone_refuses_a_weeks_upper_bound_rounded(tmp_path):
    words, bands = TIME_BANDS["weeks"]
    rows = _bounds_rows(words, True, bands)
    written = {(3, 1): 20.0, (4, 1): 20.0, (5, 1): 60.0}
    found = misread_findings(tmp_path, rows, written, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


def test_bounds_under_bare_from_and_to_stay_counts(tmp_path):
    """'From | To' name no quantity: they may head counts moved between two places."""
    source = write_book(tmp_path / "bare.xlsx", {"Referrals": _bounds_rows(("From", "To"), True)})
    output, _ = sanitised_beside(source)
    assert [line[:2] for line in copy_lines(output)[5:8]] == [(20, 20), (20, 40), (60, 60)]


def test_age_to_alone_over_the_first_column_names_thecopy_lines(tmp_path):
    rows = [["Attachments by age"], [], ["Age to", "Attachments"],
            [24, 153], [49, 288], [64, 47], ["Total", 488]]  # fmt: skip
    source = write_book(tmp_path / "upper.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    assert copy_lines(output, width=2)[5:9] == [(24, 160), (49, 280), (64, 40), ("Total", 480)]


def _weeks_rows(corner: str, weeks: list[int], total: bool, running: bool) -> list[list]:
    starts = [12, 31, 40, 55, 61][: len(weeks)]
    head = [corner, "Job starts"] + (["Cumulative"] if running else [])
    rows: list[list] = [["Job starts by weeks since attachment"], [], head]
    for at, (week, count) in enumerate(zip(weeks, starts, strict=True)):
        rows.append([week, count] + ([sum(starts[: at + 1])] if running else []))
    if total:
        rows.append(["Total", sum(starts)])
    return rows


@pytest.mark.parametrize(
    ("corner", "total", "running"),
    [
        ("Weeks", False, False),
        ("Week", True, False),
        ("Weeks", False, True),
        ("Wk no.", True, False),
    ],
)
def test_week_bands_under_a_week_alone_name_thecopy_lines(tmp_path, corner, total, running):
    rows = _weeks_rows(corner, [4, 8, 13, 26, 52], total, running)
    source = write_book(tmp_path / "weeks.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    lines = copy_lines(output, width=3)
    assert [line[:2] for line in lines[5:10]] == [(4, 20), (8, 40), (13, 40), (26, 60), (52, 60)]
    if running:
        assert [line[2] for line in lines[5:10]] == [20, 60, 100, 160, 220]
    if total:
        assert lines[10][:2] == ("Total", 220)


def test_week_numbers_one_the_others_sum_stay_counts(tmp_path):
    rows = _weeks_rows("Weeks", [4, 8, 12], False, False)
    source = write_book(tmp_path / "summed.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    assert [line[0] for line in copy_lines(output, width=2)[5:8]] == [0, 0, 20]


MONTHS = [dt.datetime(2013, month, 1) for month in (4, 5, 6)]
REFERRALS = {1: [1513, 1432, 1611], 2: [1203, 1188, 1299], 3: [2210, 2003, 2345]}


def _extract_rows(corner: str, total: bool) -> list[list]:
    rows: list[list] = [["Referrals by contract package area and month"], []]
    rows.append([corner, "Month", "Referrals", "Attachments"])
    for key, counts in REFERRALS.items():
        rows += [[key, m, n, n // 3] for m, n in zip(MONTHS, counts, strict=True)]
    if total:
        lines = rows[3:]
        rows.append(["Total", None, sum(r[2] for r in lines), sum(r[3] for r in lines)])
    return rows


def _dated_book(path, rows: list[list]):
    """The months typed as dates in a month's format, as Excel writes them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    for row in rows:
        sheet.append(row)
    for (cell,) in sheet.iter_rows(min_row=4, min_col=2, max_col=2):
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "mmm yyyy"
    book.save(path)
    return path


@pytest.mark.parametrize("total", [True, False])
@pytest.mark.parametrize("corner", ["CPA", "Payment group"])
def test_numbers_keying_an_extract_beside_months_as_dates_are_kept(tmp_path, corner, total):
    source = _dated_book(tmp_path / "extract.xlsx", _extract_rows(corner, total))
    output, _ = sanitised_beside(source)
    lines = copy_lines(output)[5:14]
    assert [line[:2] for line in lines] == [(k, m) for k in REFERRALS for m in MONTHS]
    assert [line[2] for line in lines] == [1520, 1440, 1620, 1200, 1180, 1300, 2220, 2000, 2340]
    sheet = openpyxl.load_workbook(output)["Referrals"]
    assert all(sheet.cell(row, 2).number_format == "mmm yyyy" for row in range(6, 15))
    if total:
        assert copy_formulas(output) == {"C15": "=SUM(C6:C14)", "D15": "=SUM(D6:D14)"}


def test_the_proof_still_refuses_counts_shown_as_dates_beside_numberedcopy_lines(tmp_path):
    """Dates beside the lines' numbers are months only under words naming a period alone:
    under 'Referrals' they are counts pasted over a column of dates, 41,234 shown as
    21/11/2012, whatever stands left of them. (The plan rounds them since the marks hunt,
    tests/e2e/test_hunted_s31_marks.py: carried as dates, they are refused.)"""
    rows = [["Referrals by CPA"], [], ["CPA", "Referrals", "Attachments"]]
    rows += [[1, 41234, 301], [2, 41301, 302], [3, 41377, 303], ["Total", None, 906]]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    for row in rows:
        sheet.append(row)
    for (cell,) in sheet.iter_rows(min_row=4, max_row=6, min_col=2, max_col=2):
        cell.number_format = "dd/mm/yyyy"
    book.save(tmp_path / "pasted.xlsx")
    found = proved(tmp_path, tmp_path / "pasted.xlsx", carried_as_dates)
    assert {str(f) for f in found} >= {
        f"'Referrals' B{r}: a count shown in a date format" for r in (6, 7, 8)
    }


GROUPS = {1: "JSA 18-24", 2: "JSA 25+", 3: "JSA Early Access", 6: "ESA Flow"}


def _named_groups_rows(corner: str | None, total: bool) -> list[list]:
    ends = ["Total"] if total else []
    rows: list[list] = [["Referrals by payment group"], [], [corner, *GROUPS, *ends]]
    rows.append(["Area", *GROUPS.values(), *([None] if total else [])])
    for area, counts in (("Leeds", [153, 288, 47, 66]), ("York", [41, 37, 12, 9])):
        rows.append([area, *counts, *([sum(counts)] if total else [])])
    return rows


@pytest.mark.parametrize(
    ("corner", "total"), [("Payment group", True), (None, True), ("Payment group", False)]
)
def test_payment_groups_numbered_over_their_names_head_the_columns(tmp_path, corner, total):
    source = write_book(tmp_path / "named.xlsx", {"Referrals": _named_groups_rows(corner, total)})
    output, _ = sanitised_beside(source)
    lines = copy_lines(output, width=6)
    assert lines[4][1:5] == (1, 2, 3, 6)
    assert lines[5][1:5] == tuple(GROUPS.values())
    assert [line[1:5] for line in lines[6:8]] == [(160, 280, 40, 60), (40, 40, 20, 0)]
    if total:
        assert copy_formulas(output) == {"F7": "=SUM(B7:E7)", "F8": "=SUM(B8:E8)"}


def test_the_proof_alone_refuses_payment_groups_over_their_names_rounded(tmp_path):
    written = {(2, col): 0.0 for col in range(1, 5)}
    rows = _named_groups_rows("Payment group", True)
    found = misread_findings(tmp_path, rows, written, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


def test_counts_over_words_over_figures_are_no_header(tmp_path):
    """A measure before the numbers names them counts, a line of words under them or not: the
    proof refuses them kept as written."""
    rows = _named_groups_rows("Referrals", True)
    written = {(2, col): float(group) for col, group in enumerate(GROUPS, start=1)}
    found = misread_findings(tmp_path, rows, written, "kept")
    assert "a figure that is not a multiple of 20" in {f.kind for f in found}


@pytest.mark.parametrize(
    "marks", [("2012r", "2013p"), ("2012 r", "2013 p"), ("2012 (r)", "2013 (p)")]
)
@pytest.mark.parametrize("total", [True, False])
def test_years_marked_revised_or_provisional_head_their_columns(tmp_path, marks, total):
    rows: list[list] = [["Referrals by area"], [], ["Area", *marks]]
    rows += [["Leeds", 1153, 1171], ["York", 288, 301]]
    if total:
        rows.append(["Total", 1441, 1472])
    source = write_book(tmp_path / "marked.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    lines = copy_lines(output, width=3)
    assert lines[4] == ("Area", *marks)
    assert lines[5:7] == [("Leeds", 1160, 1180), ("York", 280, 300)]
    if total:
        assert copy_formulas(output) == {"B8": "=SUM(B6:B7)", "C8": "=SUM(C6:C7)"}


def test_counts_marked_like_years_under_a_header_are_still_dropped(tmp_path):
    """Marked figures on a line under the header are figures, however year-like: they go."""
    rows = [["Referrals by area"], [], ["Area", "Apr", "May"],
            ["Leeds", "2012r", "2013p"], ["York", 288, 301]]  # fmt: skip
    source = write_book(tmp_path / "counts.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    assert copy_lines(output, width=3)[5:7] == [("Leeds", None, None), ("York", 280, 300)]
