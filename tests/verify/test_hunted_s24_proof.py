"""Holes a hunt (session 24) found in the proof alone, on copies a plan made and a misreading
altered.

Sustainments beside the job starts headed 'Sustains' ('No. of sustains'), carried as
rounded counts, passed: the proof's outcome words (verify/measure_words) matched 'sustainment'
and 'sustained', never 'sustains'. The proof reads it among its own words now, so it refuses
such a column even under a policy file whose measure words leave it out.

Outcomes under a header with a slip ('Job outcoms', 'Sustainmnets') or run together
('JOBOUTCOMES') carried as rounded counts passed: no outcome word of the proof's matched them.
It reads a word one slip from an outcome word, or holding one whole, as that word
(verify/misspelt).

An extract's field in small letters with an outcome abbreviation ('jo_count', 'sust_count')
carried as rounded counts passed: the proof read the abbreviations in capitals only
(verify/field_names reads them in such a name now).

A referral count carried as the text the input typed, with a space between its thousands
('1 012'), passed: the proof read no number in it (verify/values reads one now).
The same in a title ('... (7 081 in all)', the true total) passed: the proof's numbers in a
text (verify/values.number_tokens) read 7 and 081.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

import wpxl.analyse.field_names
import wpxl.analyse.misspelt
import wpxl.analyse.words
from tests.builders import write_book
from tests.e2e.beside_starts import beside_starts
from tests.misread import carried_rounded, misread_findings, proved
from wpxl.model import Measure, Plan
from wpxl.policy import DEFAULT_MEASURE_WORDS, Policy

SUSTAINS = ["Sustains", "No. of sustains", "sustains", "Sustains achieved"]


def without_sustain() -> Policy:
    """A provider's policy whose sustainment words leave out 'sustains' (as the defaults did
    before this session): the analysis then carries a 'Sustains' column as counts."""
    words = dict(DEFAULT_MEASURE_WORDS)
    words[Measure.SUSTAINMENTS] = tuple(w for w in words[Measure.SUSTAINMENTS] if w != "sustains")
    return Policy(measure_words=words)


@pytest.mark.parametrize("header", SUSTAINS)
def test_the_proof_alone_refuses_sustainments_headed_sustains_carried_as_counts(tmp_path, header):
    rows = beside_starts(header, [41, 37, 29, 33, 17])
    source = write_book(tmp_path / "sus.xlsx", {"Performance": rows})
    carried = carried_rounded([41, 37, 29, 33, 17])  # the analysis reads 'Sustains' (misspelt)
    found = proved(tmp_path, source, carried, policy=without_sustain())
    volumes = {f.part for f in found if f.kind == "an outcome or sustainment volume"}
    assert volumes == {f"'Performance' C{r}" for r in range(6, 11)}


@pytest.mark.parametrize("header", ["Sus", "Sustainable jobs", "Job starts"])
def test_the_proof_alone_passes_a_system_name_or_the_starts_beside_the_starts(tmp_path, header):
    """'Sus' alone is a data system's name (wpxl.policy), and sustainable jobs are what the
    table counts: counts under them rounded pass."""
    rows = beside_starts(header, [40, 40, 20, 40, 20])
    source = write_book(tmp_path / "sus.xlsx", {"Performance": rows})
    volumes = [f for f in proved(tmp_path, source) if f.kind == "an outcome or sustainment volume"]
    assert volumes == []


SLIPS = ["Job outcoms", "Job Ouctomes", "Sustainmnets", "JOBOUTCOMES", "Joboutcomes"]


@pytest.mark.parametrize("header", SLIPS)
def test_the_proof_alone_refuses_outcomes_under_a_slip_carried_as_counts(
    tmp_path, monkeypatch, header
):
    """The plan made reading every word as typed (as before this session) carries them."""
    monkeypatch.setattr(wpxl.analyse.misspelt, "mended", lambda text: text)
    wpxl.analyse.words._measure_in.cache_clear()
    rows = beside_starts(header, [41, 37, 29, 33, 17])
    source = write_book(tmp_path / "slip.xlsx", {"Performance": rows})
    found = proved(tmp_path, source)
    wpxl.analyse.words._measure_in.cache_clear()
    volumes = {f.part for f in found if f.kind == "an outcome or sustainment volume"}
    assert volumes == {f"'Performance' C{r}" for r in range(6, 11)}


@pytest.mark.parametrize("header", ["jo_count", "n_jo", "sust_count", "sp_count"])
def test_the_proof_alone_refuses_outcomes_under_a_small_letter_field_carried_as_counts(
    tmp_path, monkeypatch, header
):
    """The plan made reading a field's words as typed (as before this session) carries them."""
    monkeypatch.setattr(wpxl.analyse.field_names, "capitalised", lambda text: text)
    wpxl.analyse.words.as_words.cache_clear()
    wpxl.analyse.words._measure_in.cache_clear()
    source = write_book(tmp_path / "f.xlsx", {"Performance": beside_starts(header, [41] * 5)})
    found = proved(tmp_path, source)
    wpxl.analyse.words.as_words.cache_clear()
    wpxl.analyse.words._measure_in.cache_clear()
    volumes = {f.part for f in found if f.kind == "an outcome or sustainment volume"}
    assert volumes == {f"'Performance' C{r}" for r in range(6, 11)}


@pytest.mark.parametrize("typed", ["1 012", "2\u00a0005", "1\u2009012"])
def test_the_proof_alone_refuses_a_count_with_a_spaced_thousand_carried_as_text(tmp_path, typed):
    rows: list[list] = [["Referrals by local authority, 2013-14"], []]
    rows.append(["Local authority", "Referrals"])
    rows += [
        [a, v] for a, v in zip(["Leeds", "Bradford", "Wakefield"], [412, 377, 251], strict=True)
    ]
    rows += [["Kirklees", 298]]
    findings = misread_findings(tmp_path, rows, {(6, 1): typed}, "kept")
    assert "'Referrals' B9" in {f.part for f in findings}


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_the_proof_alone_refuses_a_title_quoting_the_true_total_with_spaced_thousands(
    tmp_path, space
):
    rows: list[list] = [["Referrals by local authority, 2013-14"], []]
    rows.append(["Local authority", "Referrals"])
    rows += [["Leeds", 2003], ["Bradford", 1771], ["Wakefield", 1012], ["Kirklees", 255]]
    source = write_book(tmp_path / "titled.xlsx", {"Referrals": rows})  # 5,041 in all

    def titled(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Referrals")
        title = sheet.cells[(2, 0)]
        sheet.cells[(2, 0)] = replace(title, value=f"{title.value} (5{space}041 in all)")

    found = proved(tmp_path, source, titled)
    assert "'Referrals' A3" in {f.part for f in found}
