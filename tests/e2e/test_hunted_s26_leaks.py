"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 26).

A note quoting a figure joined by a slash to the word after it ('Job starts ran at 1501/yr',
'Leeds: 412/year', '1501/annum') or glued to 'pa' ('Leeds 412pa') went out as written,
verified: digits joined to a letter were read as a code ('PG1'), and the slash as a date's or
a band's ('2013/14'). Session 25 read a figure joined to the word before it ('Total-1501'); a
figure per year or month ('1501/yr', read as '1501 per yr', not as the length of time '1501 yr')
is as plainly the figure, read so by the plan (read/quoted_figures.unglued) and, its own
reading, by the proof (verify/values.number_tokens), which alone refuses the note carried. A
dash stays a word's joiner ('13-week point', '16-year-olds'), an underscore a name's
('29_outcome_counts.xlsx'), a slash before a month a date's ('12/Mar/2014'), and numbers
joined to numbers a band or a date.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.beside_starts import AREAS, STARTS, TITLE
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.model import OutputCell, Plan

JOINED_AFTER = [
    "Job starts ran at 1501/yr",
    "Leeds: 412/year job starts",
    "Job starts 1501/annum",
    "Leeds 412pa",
    "Job starts 1,501/yr in all",
]


def _starts_with(tmp_path, note: str):
    rows: list[list] = [[TITLE], [], ["Local authority", "Job starts"]]
    rows += [[area, starts] for area, starts in zip(AREAS, STARTS, strict=True)]
    rows += [[], [f"Note: {note}"]]
    return write_book(tmp_path / "joined.xlsx", {"Performance": rows})


def _notes(copy) -> list[str]:
    sheet = openpyxl.load_workbook(copy)["Performance"]
    return [c.value for row in sheet for c in row if str(c.value).startswith("Note")]


@pytest.mark.parametrize("note", JOINED_AFTER)
def test_a_note_quoting_a_figure_joined_to_the_word_after_it_goes(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == []


@pytest.mark.parametrize("note", JOINED_AFTER)
def test_the_proof_alone_refuses_a_note_joining_a_figure_to_the_word_after_it(tmp_path, note):
    source = _starts_with(tmp_path, "")

    def carried(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Performance")
        sheet.cells[(11, 0)] = OutputCell(f"Note: {note}", kind="kept")

    assert "'Performance' A12" in {f.part for f in proved(tmp_path, source, carried)}


@pytest.mark.parametrize("note", ["Paid at the 13-week point", "Referrals of 16-year-olds"])
def test_a_number_joined_by_a_dash_to_its_unit_stays(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == [f"Note: {note}"]
