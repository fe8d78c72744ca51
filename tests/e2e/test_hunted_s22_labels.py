"""Hunted in session 22 (fuzzr seeds 13014, 13060): job outcomes by contract package area, its
lines named 'CPA 9', 'CPA 14', 'CPA 15', where 9, 14 and 15 are also outcome volumes of the
table. The percentage sheet named its lines so, and the proof took each name for an outcome
figure quoted in words and refused the copy (REFUSAL). A number after a place's word ('CPA',
'PG', 'Office', 'Area', 'District', 'Region' ...) names the line, as 'Group 6' and 'Week 3'
did (verify/values._REFERENCE).
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

OUTCOMES = {"CPA 4": [18, 29, 15], "CPA 9": [35, 22, 31], "CPA 14": [28, 14, 26]}


@pytest.mark.parametrize("word", ["CPA", "Office", "District"])
def test_lines_named_by_a_numbered_place_keep_their_names_beside_their_shares(tmp_path, word):
    rows: list[list] = [["Job outcomes by CPA, 2014-15"], [], ["CPA", "Apr-14", "May-14", "Jun-14"]]
    rows += [[name.replace("CPA", word), *v] for name, v in OUTCOMES.items()]
    rows.append(["Total", *(sum(v[i] for v in OUTCOMES.values()) for i in range(3))])
    copy, _ = sanitised_beside(write_book(tmp_path / "cpa.xlsx", {"Job outcomes": rows}))
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    names = [v for (v,) in shares.iter_rows(max_col=1, values_only=True) if v]
    assert [f"{word} 4", f"{word} 9", f"{word} 14", "Total"] == names[-4:]
