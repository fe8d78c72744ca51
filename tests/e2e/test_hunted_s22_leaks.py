"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 22).

A column beside the job starts naming a time in work written with a hyphen ('13-week point',
'26-wk', '6-month mark', '26-week milestone') or in words ('Six months in work', 'Thirteen
weeks'), or the programme's other trigger for an outcome payment, the earnings threshold
('Earnings threshold met', 'Below earnings threshold') or a milestone ('Milestone reached'),
went out as rounded job starts: only '13 week' with a space was read as a time in work. So did
a whole table of job starts so titled ('Job starts reaching the 26-week point, by payment
group', 'Job starts that met the earnings threshold, by payment group'). They are outcome
volumes, or give them back from the starts by difference: the analysis reads them so now
(analyse/work_marks) and the proof, with its own words, refuses them (verify/work_marks).

A count typed in words among the typed figures ('twelve', 'One hundred and sixty-three' under
'Job starts') went out as written: read as text, and the proof judged only digits. Wholly a
number in words, with counts in its row and its column, it is removed and listed now
(analyse/worded_counts), and the proof reads it as the number it spells (verify/spelt).

Beside the job starts, a line whose job ended said with the benefit named ('Back on JSA',
'Returned to Universal Credit'), a claim made again ('Reclaimed benefit', 'Signed back on')
or the person's leaving or losing the job ('Resigned', 'Dismissed', 'Made redundant') went out
as rounded job starts, where session 21 read 'Back on benefits': the starts less it are those
still in work. The analysis reads them so now (analyse/job_endings) and the proof too
(verify/lasted).

So did a time in work in days ('91 days in work', '182+ days') or with a letter for its unit
('26w', '13w+', '6m+'): read in weeks or months now, on both sides (analyse/work_marks,
verify/work_marks); and one year alone ('1 year in work', 'Job held 1 yr') as 12 months,
where more years ('2 to 4 years', '2 years to March') are no time in work. And a table
titled 'Job starts in the 12 months to March 2014' or 'Job starts, 12 months ending March
2014' was read as starts that lasted 12 months, outcomes, and shown as percentages, its starts
lost (WRONG): the months up to a date are the period counted, on both sides (analyse/words,
verify/measure_words).

An outcome figure typed as text with words about it ('about 140', 'approx. 140', '140 (est.)',
'140 provisional', '140 people', '140-159', '140 (100%)') in a column of job outcomes went out
as written beside the rounded starts, verified: a text quoting no unrounded figure was kept,
and the proof judged only digits alone or marked ('c.140', '140*') as figures. Such a text in
an outcome line is removed and listed now (analyse/stated_outcomes), and the proof refuses
one stating a number where the input's row and column hold figures (verify/stated_outcomes).
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import referrals_table, write_book
from tests.e2e.beside_starts import (
    AREAS,
    ROUNDED_STARTS,
    STARTS,
    TITLE,
    beside_starts,
    only_its_shares,
)
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings, proved
from wpxl.analyse import line_measures, words
from wpxl.verify.spelt import UNROUNDED

REACHED = [137, 121, 88, 102, 49]
VOLUME = "an outcome or sustainment volume"


def _proved_volumes(tmp_path, monkeypatch, header: str) -> set[str]:
    """The proof's outcome volumes on the copy of the starts beside ``header`` its plan makes
    when the analysis reads no time in work (the plan carries that line rounded)."""
    monkeypatch.setattr(line_measures, "is_starts_outcome_line", lambda *_: False)
    monkeypatch.setattr(words, "_time_in_work", lambda text: None)
    words._measure_in.cache_clear()
    source = write_book(tmp_path / "mark.xlsx", {"Performance": beside_starts(header, REACHED)})
    findings = proved(tmp_path, source)
    words._measure_in.cache_clear()
    return {f.part for f in findings if f.kind == VOLUME}


MARKS = [
    "13-week point",
    "26-wk",
    "6-month mark",
    "26-week milestone",
    "In work 13-week",
    "Six months in work",
    "Thirteen weeks",
    "Twenty-six weeks in work",
    "Milestone reached",
    "Not yet at milestone",
    "Earnings threshold met",
    "Met earnings threshold",
    "Below earnings threshold",
]


@pytest.mark.parametrize("header", MARKS)
def test_starts_reaching_a_time_or_mark_written_any_way_are_shown_as_percentages(tmp_path, header):
    """412 starts of which 137 reached the 26-week point: an outcome volume, however the
    time or the trigger is written."""
    source = write_book(tmp_path / "mark.xlsx", {"Performance": beside_starts(header, REACHED)})
    copy, _ = sanitised_beside(source)
    assert only_its_shares(copy)


@pytest.mark.parametrize(
    "header", ["Starts in the last 13-week period", "Rolling 6-month", "Within 13-week of referral"]
)
def test_starts_counted_over_a_hyphenated_period_keep_their_counts(tmp_path, header):
    """A period of counting is no time in work, with a hyphen or without."""
    source = write_book(tmp_path / "kept.xlsx", {"Performance": beside_starts(header, STARTS)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == ROUNDED_STARTS


TITLES = [
    "Job starts reaching the 26-week point, by payment group",
    "Job starts lasting six months in work, by payment group",
    "Job starts that met the earnings threshold, by payment group",
]


@pytest.mark.parametrize("title", TITLES)
def test_a_table_of_starts_titled_as_reaching_a_time_or_mark_is_shown_as_percentages(
    tmp_path, title
):
    rows = referrals_table([[121, 93], [307, 111]])
    rows[0] = [title]
    source = write_book(tmp_path / "titled.xlsx", {"Referrals": rows})
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy)
    volumes = [ws for ws in book if not ws.title.endswith("%")]
    figures = [c.value for ws in volumes for row in ws for c in row if isinstance(c.value, int)]
    assert figures == []
    assert any(name.endswith("%") for name in book.sheetnames)


@pytest.mark.parametrize("header", MARKS)
def test_the_proof_alone_refuses_starts_reaching_a_time_or_mark_carried_as_counts(
    tmp_path, monkeypatch, header
):
    """The plan made without reading such a line as the starts' outcomes carries it rounded;
    the proof, with its own words, refuses every figure of it and none of the starts."""
    assert _proved_volumes(tmp_path, monkeypatch, header) == {
        f"'Performance' C{r}" for r in range(6, 11)
    }


@pytest.mark.parametrize("title", [TITLES[0], TITLES[2]])
def test_the_proof_alone_refuses_a_table_so_titled_carried_as_counts(tmp_path, monkeypatch, title):
    """The plan made without reading the title's time or mark carries the table rounded; the
    proof refuses it."""
    monkeypatch.setattr(words, "_time_in_work", lambda text: None)
    words._measure_in.cache_clear()
    rows = referrals_table([[121, 93], [307, 111]])
    rows[0] = [title]
    source = write_book(tmp_path / "titled.xlsx", {"Referrals": rows})
    findings = proved(tmp_path, source)
    words._measure_in.cache_clear()
    assert "'Referrals' B6" in {f.part for f in findings if f.kind == VOLUME}


WORDED = ["twelve", "Seven", "twenty-three", "One hundred and sixty-three"]


@pytest.mark.parametrize("written", WORDED)
def test_a_count_written_in_words_among_the_figures_is_removed_and_listed(tmp_path, written):
    """Calderdale's 163 starts typed as words among the typed counts went out as written: an
    unrounded count a reader takes as readily as digits."""
    rows = beside_starts("Attachments", STARTS)
    rows[7][1] = written
    source = write_book(tmp_path / "worded.xlsx", {"Performance": rows})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 10)] == ROUNDED_STARTS[:4]
    assert sheet.cell(10, 2).value is None
    texts = {str(c.value) for row in sheet for c in row if c.value is not None}
    assert written not in texts


GROUPS_IN_WORDS = [["Referrals by payment group"], [], ["Payment group", "Referrals"],
                   ["One", 120], ["Two", 240], ["Six", 300]]  # fmt: skip
NOTES_IN_WORDS = [["Job starts by local authority"], [], ["Area", "Job starts", "Note"],
                  ["Leeds", 420, "Three sites"], ["Bradford", 380, "Two"]]  # fmt: skip


@pytest.mark.parametrize(("rows", "at"), [(GROUPS_IN_WORDS, (3, 0)), (NOTES_IN_WORDS, (4, 2))])
def test_number_words_naming_a_line_or_a_note_stay(tmp_path, rows, at):
    """Payment groups named in words, or a note of words beside the figures, are no counts."""
    source = write_book(tmp_path / "named.xlsx", {"Performance": rows})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    texts = {c.value for row in sheet for c in row}
    assert rows[at[0]][at[1]] in texts


@pytest.mark.parametrize("written", WORDED)
def test_the_proof_alone_refuses_a_count_in_words_carried_as_written(tmp_path, written):
    rows = beside_starts("Attachments", STARTS)
    rows[7][1] = written
    found = misread_findings(tmp_path, rows, {(7, 1): written}, "kept")
    assert "'Referrals' B10" in {f.part for f in found if f.kind == UNROUNDED}


BACK_ON_BENEFIT = [
    "Back on JSA",
    "Returned to JSA",
    "Back onto ESA",
    "Returned to Universal Credit",
    "Signed back on",
    "Reclaimed benefit",
    "Re-claimed JSA",
    "Resigned",
    "Dismissed",
    "Made redundant",
]


@pytest.mark.parametrize("header", BACK_ON_BENEFIT)
def test_starts_back_on_a_named_benefit_or_whose_job_ended_are_shown_as_percentages(
    tmp_path, header
):
    """Session 21 read 'Back on benefits' beside the starts as their job ending (the starts
    less it are the starts still in work); a benefit named, a claim made again, or the job's
    end said as the person's leaving or losing it, went out as rounded job starts."""
    ended = [s - r for s, r in zip(STARTS, REACHED, strict=True)]
    source = write_book(tmp_path / "ended.xlsx", {"Performance": beside_starts(header, ended)})
    copy, _ = sanitised_beside(source)
    assert only_its_shares(copy)


@pytest.mark.parametrize("header", ["Signed on", "JSA claimants", "Claimant count"])
def test_starts_beside_benefit_words_naming_no_return_keep_their_counts(tmp_path, header):
    source = write_book(tmp_path / "kept.xlsx", {"Performance": beside_starts(header, STARTS)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == ROUNDED_STARTS


@pytest.mark.parametrize("header", BACK_ON_BENEFIT)
def test_the_proof_alone_refuses_starts_back_on_a_named_benefit_carried_as_counts(
    tmp_path, monkeypatch, header
):
    monkeypatch.setattr(line_measures, "is_starts_outcome_line", lambda *_: False)
    ended = [s - r for s, r in zip(STARTS, REACHED, strict=True)]
    source = write_book(tmp_path / "ended.xlsx", {"Performance": beside_starts(header, ended)})
    findings = proved(tmp_path, source)
    volumes = {f.part for f in findings if f.kind == VOLUME}
    assert {f"'Performance' C{r}" for r in range(6, 11)} == volumes


TIMES = ["91 days in work", "182+ days", "In work 182 days", "26w", "13w+", "6m+",
         "Still there at 12m"]  # fmt: skip


@pytest.mark.parametrize("header", TIMES)
def test_starts_lasting_a_time_in_days_years_or_letters_are_shown_as_percentages(tmp_path, header):
    """The time in work in days (as a claims system counts it), years, or a letter for the
    unit ('26w', '6m+') went out as rounded job starts: only weeks and months were read."""
    source = write_book(tmp_path / "mark.xlsx", {"Performance": beside_starts(header, REACHED)})
    copy, _ = sanitised_beside(source)
    assert only_its_shares(copy)


@pytest.mark.parametrize("header", TIMES)
def test_the_proof_alone_refuses_starts_lasting_days_years_or_letters_carried_as_counts(
    tmp_path, monkeypatch, header
):
    assert _proved_volumes(tmp_path, monkeypatch, header) == {
        f"'Performance' C{r}" for r in range(6, 11)
    }


YEARS = ["1 year in work", "Job held 1 yr", "One-year point"]


@pytest.mark.parametrize("header", YEARS)
def test_starts_lasting_a_year_are_shown_as_percentages(tmp_path, header):
    """One year alone beside the job starts is the longest sustainment's mark (12 months); more
    years ('2 to 4 years' a sentence's length, '2 years to March' the period) are no time in
    work, so only a year alone, no band's end, age or period, is read so."""
    source = write_book(tmp_path / "year.xlsx", {"Performance": beside_starts(header, REACHED)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [None] * 5


@pytest.mark.parametrize("header", YEARS)
def test_the_proof_alone_refuses_starts_lasting_a_year_carried_as_counts(
    tmp_path, monkeypatch, header
):
    volumes = _proved_volumes(tmp_path, monkeypatch, header)
    assert {f"'Performance' C{r}" for r in range(6, 11)} == volumes


@pytest.mark.parametrize("header", ["0 to 1 year", "Aged 1 year", "1 year to March 2014"])
def test_starts_beside_a_year_band_or_period_keep_their_counts(tmp_path, header):
    """A year that ends a band, an age or the period counted is no time in work."""
    source = write_book(tmp_path / "band.xlsx", {"Performance": beside_starts(header, REACHED)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == ROUNDED_STARTS


@pytest.mark.parametrize(
    "title",
    [
        "Job starts in the 12 months to March 2014, by payment group",
        "Job starts, 12 months ending March 2014, by payment group",
        "Job starts in the 2 years to March 2014, by payment group",
    ],
)
def test_starts_counted_over_months_to_a_date_keep_their_counts(tmp_path, title):
    """'In the 12 months to March 2014' is the period counted, no time in work: the table was
    read as outcomes and shown as percentages, its starts lost."""
    rows = referrals_table([[121, 93], [307, 111]])
    rows[0] = [title]
    source = write_book(tmp_path / "titled.xlsx", {"Referrals": rows})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    assert [sheet.cell(r, 2).value for r in (6, 7)] == [120, 300]


STATED = ["about 140", "approx. 140", "140 (est.)", "140 provisional", "140 people", "140-159",
          "140 (100%)", "one hundred and forty"]  # fmt: skip


def outcomes_beside_starts(last: object) -> list[list]:
    """Job starts and job outcomes by local authority, Calderdale's outcomes written ``last``."""
    outcomes = [*REACHED[:4], last]
    rows: list[list] = [[TITLE], [], ["Local authority", "Job starts", "Job outcomes"]]
    rows += [list(line) for line in zip(AREAS, STARTS, outcomes, strict=True)]
    return rows


@pytest.mark.parametrize("written", STATED)
def test_an_outcome_figure_typed_as_text_with_words_about_it_is_removed(tmp_path, written):
    source = write_book(tmp_path / "stated.xlsx", {"Performance": outcomes_beside_starts(written)})
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy)
    texts = {str(c.value) for ws in book for row in ws for c in row if c.value is not None}
    assert written not in texts
    assert [book["Performance"].cell(r, 2).value for r in range(6, 11)] == ROUNDED_STARTS


@pytest.mark.parametrize("written", ["n/a", "[c]", "-", "Not yet known"])
def test_an_outcome_cell_stating_no_number_stays_as_written(tmp_path, written):
    """A marker or a note without a number says no volume."""
    source = write_book(tmp_path / "marker.xlsx", {"Performance": outcomes_beside_starts(written)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert sheet.cell(10, 3).value == written


@pytest.mark.parametrize("written", STATED)
def test_the_proof_alone_refuses_an_outcome_figure_typed_with_words_carried(tmp_path, written):
    found = misread_findings(tmp_path, outcomes_beside_starts(written), {(7, 2): written}, "kept")
    assert "'Referrals' C10" in {f.part for f in found if f.kind == VOLUME}
