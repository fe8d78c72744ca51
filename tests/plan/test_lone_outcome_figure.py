"""A key-figures block with one outcome figure among the starts ('Total job outcomes | 97'
under 'Measure | Figure'): the outcome goes, and its percentage sheet said 'Total job
outcomes: 100%', a breakdown of one part, which tells the reader nothing. A lone outcome
figure has no sheet of shares now: it is removed, and the cover says why, with its place."""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

STARTS = {"Leeds": 412, "Bradford": 388, "Wakefield": 251}


def _key_figures(outcomes: list[tuple[str, int]]) -> list[list]:
    rows: list[list] = [["Headlines, April 2014"], [], ["Measure", "Figure"]]
    rows += [[f"{name} job starts", starts] for name, starts in STARTS.items()]
    return rows + [[label, figure] for label, figure in outcomes]


def test_a_lone_outcome_figure_has_no_sheet_of_one_share(tmp_path):
    source = write_book(tmp_path / "k.xlsx", {"Headlines": _key_figures([("Job outcomes", 97)])})
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy)
    assert [s.title for s in book if s.title.endswith("%")] == []
    headlines = book["Headlines"]
    values = [c.value for row in headlines.iter_rows() for c in row]
    assert 97 not in values and 420 in values  # Leeds's starts, rounded
    cover = " ".join(str(c.value) for row in book.worksheets[0].iter_rows() for c in row if c.value)
    assert "'Headlines' B7: outcome volumes are never shared; one figure alone" in cover


def test_two_outcome_figures_are_still_shown_as_shares(tmp_path):
    lines = [("Job outcomes, JSA", 61), ("Job outcomes, ESA", 36)]
    copy, _ = sanitised_beside(write_book(tmp_path / "k.xlsx", {"Headlines": _key_figures(lines)}))
    book = openpyxl.load_workbook(copy)
    shares = [s for s in book if s.title.endswith("%")]
    assert len(shares) == 1
    values = [c.value for row in shares[0].iter_rows() for c in row]
    assert 97 not in values and 61 not in values
