"""The proof's reading of a long extract's outcome lines named by a field ('jo_count' beside
'Job starts' under 'Measure', each line's area before it): their counts carried rounded, as
an analysis reading the field as another measure would carry them, are outcome volumes shown,
read from the input alone (the measure's cell is a field name whole: verify/field_names)."""

from __future__ import annotations

import pytest

import wpxl.analyse.field_names
import wpxl.analyse.words
from tests.builders import write_book
from tests.misread import proved

AREAS = {"Leeds": (412, 97), "Bradford": (388, 83), "Wakefield": (251, 61)}


@pytest.mark.parametrize("field", ["jo_count", "sust_count", "num_jos"])
def test_the_proof_alone_refuses_an_extracts_field_lines_carried_as_starts(
    tmp_path, monkeypatch, field
):
    monkeypatch.setattr(
        wpxl.analyse.field_names, "capitalised", lambda text: text.replace(field, "Job starts")
    )
    wpxl.analyse.words.as_words.cache_clear()
    wpxl.analyse.words._measure_in.cache_clear()
    rows: list[list] = [["Local authority", "Measure", "Count"]]
    for area, (starts, outcomes) in AREAS.items():
        rows += [[area, "Job starts", starts], [area, field, outcomes]]
    found = proved(tmp_path, write_book(tmp_path / "extract.xlsx", {"Extract": rows}))
    wpxl.analyse.words.as_words.cache_clear()
    wpxl.analyse.words._measure_in.cache_clear()
    volumes = {f.part for f in found if f.kind == "an outcome or sustainment volume"}
    assert volumes == {f"'Extract' C{r}" for r in (5, 7, 9)}
