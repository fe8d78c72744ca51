"""What a hunt through hostile but plausible packs found (session 37).

Packs were built as an analyst who wants the figures to reach the council, or who is careless,
would make them: outcome volumes carried as something else (a target and what was achieved,
outcomes per adviser, a rank by outcomes, outcomes per 1,000 starts, '1 job outcome for every
3 starts', payments at the £1,200 tariff, a cumulative share of outcomes, a share of outcomes to
many decimals), figures where the eye does not read (a text box, a chart's title, a hyperlink's
address, a data validation's message, a header or footer, a comment's author, a defined name,
the document's properties, the sheet's tab, the file's name, the --period typed for the e-mail
note), figures split or disguised ('1' and '37' in two cells, 'Leeds 1' beside '37 job
outcomes', a count typed as text, a time '1:37', spelt out). Each copy was read cell by cell.

A note under a table of job starts by area opening with an area's name ('Leeds: new office
opened in May, job outcomes expected to follow', 'Leeds - job outcomes up on last year',
'Leeds: 1 in every 3 starts has reached a job outcome') lost that area's job starts: the note
was read as a key to the line 'Leeds' ('Achieved = job outcomes in the month' keys a line so),
its words name outcomes, so the line was one of outcomes, and each of its figures was removed
as an outcome volume, the cover saying 'job outcomes volumes, B4'. The proof consults a key only
for a figure whose own lines name no measure; so does the plan now: a key names no line
crossed only by lines naming their own measure ('Job starts' over the areas), whose figures
count what those lines say (analyse/keyed_lines.named_across). A bare 'Achieved' keyed as
outcomes beside the starts is still read so.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

AREAS = ["Leeds", "Bradford", "Wakefield", "Calderdale"]
STARTS = [412, 233, 187, 96]
ROUNDED = [420, 240, 180, 100]


def _starts_by_area(note: str) -> list[list]:
    rows: list[list] = [["Job starts by area, 2013/14"], [], ["Area", "Job starts"]]
    return [*rows, *([a, s] for a, s in zip(AREAS, STARTS, strict=True)), [], [note]]


@pytest.mark.parametrize(
    "note",
    [
        "Leeds: new office opened in May, job outcomes expected to follow.",
        "Leeds - job outcomes up on last year.",
        "Leeds: most starts went on to a job outcome.",
    ],
)
def test_a_note_opening_with_an_areas_name_keeps_its_starts(tmp_path, note):
    source = write_book(tmp_path / "pack.xlsx", {"Performance": _starts_by_area(note)})
    copy, printed = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 10)] == ROUNDED
    assert "outcome volumes" not in printed
