"""Plausible packs a hunt (session 24) found refused, no copy made.

Performance against a target, 'Job starts | Target | Variance' with the variance typed as the
starts less the target (Leeds 412, 400, 12), was refused by the proof: the analysis read the
starts as the sum of the target and the variance (412 = 400 + 12), so wrote them as a total
over the two and rounded the variance on its own (20), which the proof (verify/differences)
rightly refuses beside 420 and 400. The same with job outcomes against their target was
refused before any copy ('a job outcomes count below zero cannot be shown as a share'): the
negative variances were read as parts of the outcomes' sum. A typed line its word names a
difference ('Variance', 'Difference', '+/-') that one pair of lines gives is that difference
now, and the line that seemed to add it up a line of counts (analyse/differences); only a
formula of the input (=C4+D4) keeps the sum. 'Over/(under) target', 'Gap to profile' and
'Shortfall' were refused the same way, named no difference: they are difference words now, to
the analysis (analyse/differences) and the proof (verify/differences) alike.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
STARTS = [412, 377, 251, 298, 163]
OUTCOMES = [41, 37, 29, 33, 17]
WORDS = ["Variance", "Difference", "+/-", "Over/(under) target", "Gap to profile", "Shortfall"]


def against_target(measure: str, figures: list[int], targets: list[int], word: str) -> list[list]:
    """``measure`` by local authority beside its target and their difference under ``word``."""
    rows: list[list] = [[f"{measure} by local authority against target, 2013-14"], []]
    rows.append(["Local authority", measure, "Target", word])
    rows += [[a, f, t, f - t] for a, f, t in zip(AREAS, figures, targets, strict=True)]
    return rows


@pytest.mark.parametrize("word", WORDS)
def test_starts_beside_their_target_and_the_variance_show_it_worked_out(tmp_path, word):
    rows = against_target("Job starts", STARTS, [400] * 5, word)
    source = write_book(tmp_path / "target.xlsx", {"Performance": rows})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == [420, 380, 260, 300, 160]
    assert [sheet.cell(r, 4).value for r in range(6, 11)] == [f"=B{r}-C{r}" for r in range(6, 11)]


@pytest.mark.parametrize("word", WORDS)
def test_outcomes_beside_their_target_and_the_variance_are_shown_as_percentages(tmp_path, word):
    rows = against_target("Job outcomes", OUTCOMES, [50, 40, 30, 30, 20], word)
    source = write_book(tmp_path / "target.xlsx", {"Performance": rows})
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy)
    shares = book["Job outcomes %"]
    lines = [[c.value for c in row] for row in shares.iter_rows()]
    heads = next(line for line in lines if line[0] == "Local authority")
    assert "Job outcomes" in heads and word not in heads
    figures = [v for line in lines for v in line if isinstance(v, int | float)]
    assert figures and all(0 <= f <= 1 for f in figures)
    counts = [c.value for s in book.worksheets[1:] for r in s.iter_rows() for c in r]
    assert not [v for v in counts if isinstance(v, int) and v > 1]  # no volume, no variance


@pytest.mark.parametrize("word", ["Difference", "Gap", "Shortfall"])
def test_starts_beside_outcomes_and_their_difference_keep_the_starts_alone(tmp_path, word):
    """Starts less outcomes ('Gap': Leeds 412 - 41 = 371) would give the outcomes back beside
    the rounded starts: it goes, and the starts stay (under 'Gap' they were read as a total
    adding up outcomes, and went too)."""
    rows: list[list] = [["Job starts and job outcomes by local authority"], []]
    rows.append(["Local authority", "Job starts", "Job outcomes", word])
    rows += [[a, s, o, s - o] for a, s, o in zip(AREAS, STARTS, OUTCOMES, strict=True)]
    source = write_book(tmp_path / "gap.xlsx", {"Performance": rows})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == [420, 380, 260, 300, 160]
    assert [sheet.cell(r, c).value for r in range(6, 11) for c in (3, 4)] == [None] * 10


def test_a_variance_against_an_outcome_target_beside_the_starts_is_not_carried(tmp_path):
    """Beside the job starts, 'Job outcome target' and 'Variance against target' (the outcomes
    less their target): the variance was read as the starts' measure and rounded, and the proof
    refused it (REFUSAL, left by session 24), target plus variance giving the outcomes back. A
    line of differences naming no measure, after a line of outcomes, counts outcomes
    (analyse/line_measures): it goes; the starts stay rounded."""
    rows: list[list] = [["Job starts by local authority, 2013-14"], []]
    rows.append(["Local authority", "Job starts", "Job outcome target", "Variance against target"])
    rows += [[a, s, 50, o - 50] for a, s, o in zip(AREAS, STARTS, OUTCOMES, strict=True)]
    source = write_book(tmp_path / "target.xlsx", {"Performance": rows})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == [420, 380, 260, 300, 160]
    assert [sheet.cell(r, 4).value for r in range(6, 11)] == [None] * 5


def test_a_long_extract_naming_outcomes_by_a_field_name_is_sanitised(tmp_path):
    """A long extract whose measure column names the outcomes by a small-letter field name
    ('Job starts' and 'jo_count' lines) was refused as naming no measure (REFUSAL, left by
    session 24): a line's words are its area and measure read together ('Leeds jo_count'),
    and a field name was read only as a whole text. The analysis reads it among other words
    now (analyse/field_names); the proof reads the measure's own cell, a field name whole."""
    rows: list[list] = [["Local authority", "Measure", "Count"]]
    for area, starts, outcomes in zip(AREAS[:3], STARTS, OUTCOMES, strict=False):
        rows += [[area, "Job starts", starts], [area, "jo_count", outcomes]]
    source = write_book(tmp_path / "extract.xlsx", {"Extract": rows})
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy)
    assert [c.value for c in book["Extract"]["C"]][-6:] == [420, None, 380, None, 260, None]
