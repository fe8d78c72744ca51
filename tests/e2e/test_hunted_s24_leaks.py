"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 24).

Sustainments beside the job starts headed as analysts say them, 'Sustains' ('No. of sustains'),
went out as rounded job starts (Leeds's 41 sustainments as 40), verified: the measure words
matched 'sustainment', 'sustained' and 'sustaining' at the start of a word, never 'sustains', by
the analysis (wpxl.policy) and the proof (verify/measure_words) alike. An outcome volume may not
be shown even rounded (guidance R2, R3): the column goes to a percentage sheet now, and the
proof on its own refuses it carried as counts (tests/verify/test_hunted_s24_proof).
"""

from __future__ import annotations

import pytest

from tests.builders import write_book
from tests.e2e.beside_starts import beside_starts, only_its_shares
from tests.e2e.runs import sanitised_beside

OUTCOMES = [41, 37, 29, 33, 17]

SUSTAINS = ["Sustains", "No. of sustains", "sustains", "Sustains achieved"]


@pytest.mark.parametrize("header", SUSTAINS)
def test_sustainments_headed_sustains_beside_the_starts_are_shown_as_percentages(tmp_path, header):
    source = write_book(tmp_path / "sus.xlsx", {"Performance": beside_starts(header, OUTCOMES)})
    copy, _ = sanitised_beside(source)
    assert only_its_shares(copy)
