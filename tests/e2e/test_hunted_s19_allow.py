"""Session 19's hunt through the proof's allowances: each place wpxl/verify lets a figure stand
that is no multiple of the base (a code, a year, a label, a count written as text), tried with
a real plan's copy of a plausible input changed the way a misreading would change it (an input
count kept unrounded). Each test here failed before its fix: the proof let the count through.

- A count column headed 'Number of referrals' or 'No. of job starts' was read as a column of
  codes (the number word an identifier's, as in 'Office no.'), so its counts stood unrounded.
- A count written as text ('47', 'c.33', '33p') stood unrounded: the check of figures judges
  numbers only, and the check of words leaves a label's numbers under 100 alone.
- Counts near 2,000 kept unrounded stood as years: a column (or a row) of year-shaped figures
  was taken for a line of years whatever it labelled, and a lone one for a line of one.
- Counts headed 'Phone referrals' or 'Outreach site' were read as codes too (a phone's or a
  site's word an identifier's wherever it stood in a header).
- Counts in a date's format with no plain count beside them (a column headed 'Referrals' all
  of dates; a lone 'Total referrals') were carried by the plan as the dates they show (41,234
  as 21/11/2012) and the proof let them stand: the plan removes them now, and the proof
  refuses a copy carrying them.
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import package_text
from tests.misread import BANNER, misread_findings, proved
from wpxl.model import OutputCell, Plan, Style
from wpxl.verify.spelt import UNROUNDED
from wpxl.verify.year_labels import YEAR_AMONG_COUNTS

NOT_ROUNDED = "a figure that is not a multiple of 20"
AREAS = [["Referrals by area"], [], ["Area", "Referrals"],
         ["Leeds", 47], ["Bradford", 33], ["Wakefield", 261]]  # fmt: skip


@pytest.mark.parametrize("header", ["Number of referrals", "No. of referrals", "Referrals (no.)"])
def test_counts_under_a_number_word_naming_a_measure_are_refused_unrounded(tmp_path, header):
    rows = [["Referrals by area"], [], ["Area", header],
            ["Leeds", 47], ["Bradford", 33], ["Wakefield", 261]]  # fmt: skip
    kinds = [f.kind for f in misread_findings(tmp_path, rows, {(3, 1): 47, (4, 1): 33}, "kept")]
    assert kinds.count(NOT_ROUNDED) == 2


@pytest.mark.parametrize("header", ["Phone referrals", "Outreach site", "Referrals by site"])
def test_counts_under_a_place_or_channel_naming_them_are_refused_unrounded(tmp_path, header):
    rows = [["Job starts by area"], [], ["Area", header, "Main office"],
            ["Leeds", 47, 130], ["Bradford", 33, 91], ["Wakefield", 58, 210]]  # fmt: skip
    kinds = [f.kind for f in misread_findings(tmp_path, rows, {(3, 1): 47, (4, 1): 33}, "kept")]
    assert kinds.count(NOT_ROUNDED) == 2


def test_site_numbers_under_site_still_stand(tmp_path):
    rows = [["Referrals by site"], [], ["Area", "Site", "Referrals"],
            ["Leeds", 4417, 260], ["Bradford", 4431, 120], ["Wakefield", 5102, 300]]  # fmt: skip
    kept = {(3, 1): 4417, (4, 1): 4431, (5, 1): 5102}
    assert [
        f for f in misread_findings(tmp_path, rows, kept, "kept") if f.kind == NOT_ROUNDED
    ] == []


def test_numbers_under_an_office_number_still_stand(tmp_path):
    rows = [["Referrals by office"], [], ["Office no.", "Referrals"],
            [4417, 260], [4431, 120], [5102, 300]]  # fmt: skip
    assert [f for f in misread_findings(tmp_path, rows, {}, "kept") if f.kind == NOT_ROUNDED] == []


@pytest.mark.parametrize("written", ["47", " 47 ", "c.47", "47p", "(47)"])
def test_a_count_written_as_text_is_refused_unrounded(tmp_path, written):
    found = misread_findings(tmp_path, AREAS, {(3, 1): written}, "kept")
    assert [f.part for f in found if f.kind == UNROUNDED] == ["'Referrals' B6"]


def test_payment_groups_numbered_as_text_still_stand(tmp_path):
    """'6' under 'Payment group' beside typed numbers: a label, as the input's layout shows."""
    rows = [["Referrals by payment group"], [], ["Payment group", "Referrals", "Job starts"],
            [1, 260, 40], ["2", 120, 20], [6, 300, 60], ["Total", 680, 120]]  # fmt: skip
    kept = {(4, 0): "2"}
    assert [f for f in misread_findings(tmp_path, rows, kept, "kept") if f.kind == UNROUNDED] == []


def _year_findings(tmp_path, rows, kept) -> list[str]:
    found = misread_findings(tmp_path, rows, kept, "kept")
    return sorted(f.part for f in found if f.kind in (YEAR_AMONG_COUNTS, NOT_ROUNDED))


def test_year_shaped_counts_down_a_column_of_areas_are_refused_unrounded(tmp_path):
    rows = [["Referrals by area"], [], ["Area", "Referrals"],
            ["Leeds", 1957], ["Bradford", 2013], ["Wakefield", 1988]]  # fmt: skip
    kept = {(3, 1): 1957, (4, 1): 2013, (5, 1): 1988}
    assert _year_findings(tmp_path, rows, kept) == [
        "'Referrals' B6",
        "'Referrals' B7",
        "'Referrals' B8",
    ]


def test_one_year_shaped_count_kept_among_rounded_ones_is_refused(tmp_path):
    """Rounded, its neighbours (1960, 1980) are year-shaped too, with a count right of each."""
    rows = [["Referrals by area"], [], ["Area", "Referrals", "Job starts"],
            ["Leeds", 1957, 260], ["Bradford", 2013, 121], ["Wakefield", 1988, 307]]  # fmt: skip
    assert _year_findings(tmp_path, rows, {(4, 1): 2013}) == ["'Referrals' B7"]


def test_year_shaped_counts_across_months_are_refused_unrounded(tmp_path):
    rows = [["Referrals by month"], [], ["Area", "Apr", "May", "Jun"],
            ["Leeds", 1957, 2013, 1988], ["Bradford", 260, 300, 280]]  # fmt: skip
    assert _year_findings(tmp_path, rows, {(3, 2): 2013}) == ["'Referrals' C6"]


def test_a_lone_year_shaped_count_is_refused_unrounded(tmp_path):
    rows = [["Referrals"], [], ["Total referrals in the year", 2013]]
    assert _year_findings(tmp_path, rows, {(2, 1): 2013}) == ["'Referrals' B5"]


@pytest.mark.parametrize(
    "rows",
    [
        [["Referrals by year"], [], ["Area", 2011, 2012, 2013], ["Leeds", 260, 300, 280]],
        [["Referrals by year"], [], ["Year", "Referrals"], [2011, 260], [2013, 300]],
        [
            ["Referrals"],
            [],
            ["Area", "Year", "Referrals"],
            ["Leeds", 2012, 260],
            ["Leeds", 2013, 300],
            ["Bradford", 2012, 120],
            ["Bradford", 2013, 140],
        ],
        [["Referrals"], ["Year", 2013], [], ["Area", "Referrals"], ["Leeds", 260]],
    ],
)
def test_years_labelling_lines_still_stand(tmp_path, rows):
    assert _year_findings(tmp_path, rows, {}) == []


DATED = "a count shown in a date format"
AS_DATE = Style(number_format="dd/mm/yyyy")


def _dated_book(tmp_path, rows, dates: list[str]):
    """``rows`` as a real workbook, its cells ``dates`` formatted as dates."""
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    book = openpyxl.load_workbook(source)
    for ref in dates:
        book["Referrals"][ref].number_format = "dd/mm/yyyy"
    book.save(source)
    return source


def _dated_findings(tmp_path, rows, dates: list[str], carried=None) -> list[str]:
    """The proof's findings of counts shown as dates on the real copy of ``rows`` (its cells
    ``dates`` formatted as dates), the plan carrying ``carried`` ({input place: serial}) as the
    dates they show, as it did before."""

    def as_dates(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Referrals")
        for (row, col), serial in (carried or {}).items():
            sheet.cells[(row + BANNER, col)] = OutputCell(float(serial), style=AS_DATE, kind="kept")

    found = proved(tmp_path, _dated_book(tmp_path, rows, dates), as_dates)
    return sorted(f.part for f in found if f.kind == DATED)


AREAS_DATED = [["Referrals"], [], ["Area", "Referrals"], ["Leeds", 41234], ["Bradford", 38129]]


def test_a_column_of_counts_all_in_a_date_format_is_removed(tmp_path):
    output, _ = sanitised_beside(_dated_book(tmp_path, AREAS_DATED, ["B4", "B5"]))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    assert [sheet.cell(r, 2).value for r in (6, 7)] == [None, None]
    assert "41234" not in package_text(output) and "38129" not in package_text(output)


def test_a_column_of_counts_all_in_a_date_format_carried_as_dates_is_refused(tmp_path):
    carried = {(3, 1): 41234, (4, 1): 38129}
    found = _dated_findings(tmp_path, AREAS_DATED, ["B4", "B5"], carried)
    assert found == ["'Referrals' B6", "'Referrals' B7"]


def test_a_lone_count_in_a_date_format_carried_as_a_date_is_refused(tmp_path):
    rows = [["Referrals"], [], ["Total referrals", 41234]]
    assert _dated_findings(tmp_path, rows, ["B3"], {(2, 1): 41234}) == ["'Referrals' B5"]


@pytest.mark.parametrize(
    ("rows", "dates"),
    [
        ([["Referrals"], [], ["Data as at", 41455], ["Referrals", 260]], ["B3"]),
        ([["Referrals"], [], ["Referrals received up to", 41455]], ["B3"]),
        ([["Referrals by month"], [], [None, "Referrals", None], ["Area", 41365, 41395],
          ["Leeds", 260, 300]], ["B4", "C4"]),
        ([["Referrals by month"], [], ["Month", "Referrals"], [41365, 260], [41395, 300]],
         ["A4", "A5"]),
    ],
)  # fmt: skip
def test_dates_named_as_dates_or_heading_figures_still_stand(tmp_path, rows, dates):
    assert _dated_findings(tmp_path, rows, dates) == []
    output, _ = sanitised_beside(_dated_book(tmp_path, rows, dates))
    shown = [c.value for r in openpyxl.load_workbook(output)["Referrals"].iter_rows() for c in r]
    assert sum(isinstance(v, dt.datetime) for v in shown) == len(dates)
