"""An outcome table ranked by its figures ('Rank | Local authority | Job outcomes', 1 to 4):
the rank is removed (it orders the unrounded figures) and, its first column being no label,
the table had no label column, so its shares sheet showed four shares on lines no reader could
tell apart, 'by row' (WRONG; found by session 25's leak helper). With no label column, the
body's columns of words on every line name the lines (plan/continued_labels)."""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

RANKED = {"Leeds": 97, "Bradford": 83, "Kirklees": 72, "Wakefield": 61}


def test_a_ranked_outcome_tables_shares_are_named_by_its_areas(tmp_path):
    rows: list[list] = [["Job outcomes by local authority, 2014"], []]
    rows.append(["Rank", "Local authority", "Job outcomes"])
    rows += [[rank, name, figure] for rank, (name, figure) in enumerate(RANKED.items(), 1)]
    copy, _ = sanitised_beside(write_book(tmp_path / "ranked.xlsx", {"Outcomes": rows}))
    sheet = openpyxl.load_workbook(copy)["Job outcomes %"]
    lines = {r[0]: r[1] for r in sheet.iter_rows(values_only=True) if r[0] in RANKED}
    assert lines == {name: round(v / sum(RANKED.values()), 2) for name, v in RANKED.items()}
    intro = str(sheet.cell(4, 1).value)
    assert "by local authority" in intro
