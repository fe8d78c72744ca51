"""Session 40, speedm: a group a worker analysed came back larger than the same group analysed
here (issue 17, peak memory).

Measured on the benchmark's 1M cells in two sheets (benchmarks/workbooks.py), the stage laps of
one in-process run with the read-ahead on: the process that plans held 2.0 million objects
after analysing the first sheet itself, and 3.5 million once it had loaded the second, which the
worker (wpxl.ahead ``_beside``) had read, analysed and pickled; planning that sheet took its
peak from 338 to 405 MB, the largest process of the run. Pickle keeps a shared object shared,
but not a whole number: each cell's coordinate came back with a row number of its own (one int
object a row before), and each of the analysis's roles with a coordinate apart from its cell's.
The group now travels with its cells and roles packed (wpxl.model.sent: coordinates in one
array, as the spool keeps them): it loads with a row's number shared by its cells and each role
keyed by its cell's own coordinate, 0.82 million objects for a 250k-cell sheet against 1.53
million. The copy is the same either way (tests/e2e/test_ahead.py); these tests check the group
a worker sends loads equal to the one analysed and as compact.
"""

from __future__ import annotations

import pickle
from pathlib import Path

from tests.builders import write_book
from wpxl import ahead
from wpxl.ahead import Analysed
from wpxl.policy import Policy
from wpxl.read import survey_workbook

ROWS = 300  # rows past 256, whose numbers Python does not keep one object each for


def _analysed(tmp_path: Path) -> Analysed:
    rows: list[list[object]] = [["Referrals by office, 2024/25"], []]
    rows.append(["Office", "Apr", "May", "Jun", "Total"])
    for i in range(ROWS):
        figures = [(i * 37 + m * 11) % 290 + 3 for m in range(3)]
        rows.append([f"Office {chr(65 + i % 26)}{chr(65 + i // 26)}", *figures])
        rows[-1].append(f"=SUM(B{len(rows)}:D{len(rows)})")
    rows.append(["Total", *(f"=SUM({c}4:{c}{len(rows)})" for c in "BCDE")])
    survey = survey_workbook(write_book(tmp_path / "offices.xlsx", {"Referrals": rows}))
    return ahead._analysed(survey, survey.groups[0], Policy(), ahead._Keep())


def test_a_group_a_worker_sends_loads_equal_to_the_group_it_analysed(tmp_path):
    done = _analysed(tmp_path)
    back = pickle.loads(ahead._pickled(done))
    assert back.book.sheets == done.book.sheets
    assert back.found == done.found
    assert back.analyses is not None and done.analyses is not None
    for loaded, analysed in zip(back.analyses, done.analyses, strict=True):
        assert list(loaded.roles.items()) == list(analysed.roles.items())  # in the same order
        assert loaded.tables == analysed.tables
        assert loaded.reasons == analysed.reasons
        assert loaded.sheet is back.book.sheets[0]


def test_a_loaded_group_shares_its_rows_numbers_and_its_cells_coordinates(tmp_path):
    back = pickle.loads(ahead._pickled(_analysed(tmp_path)))
    assert back.analyses is not None
    sheet, roles = back.book.sheets[0], back.analyses[0].roles
    rows = {}
    for row, _ in sheet.cells:
        assert rows.setdefault(row, row) is row  # one int object for each row's cells
    assert max(rows) > 256
    coords = {coord: coord for coord in sheet.cells}
    assert len(roles) > ROWS * 3
    assert all(coords[coord] is coord for coord in roles if coord in coords)
