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


def test_age_bands_under_a_table_of_sustainments_keep_their_names(tmp_path):
    """fuzzr seed 17028: job starts by age band ('16-17' .. '60+' down column A) under a table
    of sustainments by region, itself under job starts by CPA numbered in column A. Column A's
    words from the CPAs' numbers down named sustainments, and the proof read the bands as
    outcome volumes stated as text (each where its row and, above, its column hold figures) and
    refused the copy. A text with nothing left of it on its row is the line's name, not a
    figure stated (verify/stated_outcomes)."""
    rows: list[list] = [["Job starts by CPA, 2014-15"], [], ["CPA", "Jun-14", "Jul-14"]]
    rows += [[5, 169, 155], [11, 85, 186], [], []]
    rows += [["Sustainment outcomes by region, 2014-15"], ["Region", "Jun-14", "Jul-14"]]
    rows += [["Sheffield", 29, 25], ["Bradford", 31, 28], [], []]
    rows += [["Job starts by age band, 2014-15"], [], ["Age band", "Jun-14", "Jul-14"]]
    rows += [["16-17", 112, 198], ["18-24", 341, 37], ["60+", 327, 29]]
    copy, _ = sanitised_beside(write_book(tmp_path / "bands.xlsx", {"Job starts": rows}))
    sheet = openpyxl.load_workbook(copy)["Job starts"]
    lines = [[c.value for c in line[:3]] for line in sheet.iter_rows(min_row=19, max_row=21)]
    assert lines == [["16-17", 120, 200], ["18-24", 340, 40], ["60+", 320, 20]]
