"""What a second hunt through hostile but plausible packs found in copies that passed their
proof (session 23).

Job outcomes beside the job starts under an abbreviation written with its stops or a space
('J.Os', 'J.O', 'J Os', "J.O's", 'No. of J.Os', 'S.Os' for sustainment outcomes), as analysts
type them, went out as rounded job starts (Leeds's 41 job outcomes as 40), verified: only
'JO', 'JOs', 'J.O.' and 'J.O.s' were read as outcomes, by the analysis (wpxl.policy's
abbreviations) and the proof (verify/measure_words) alike. An outcome volume may not be shown
rounded either (guidance R2, R3): the column goes to a percentage sheet now, and the proof on
its own refuses it carried as counts (tests/verify/test_hunted_s23_proof2).
"""

from __future__ import annotations

import pytest

from tests.builders import write_book
from tests.e2e.beside_starts import beside_starts, only_its_shares
from tests.e2e.runs import sanitised_beside

OUTCOMES = [41, 37, 29, 33, 17]

PUNCTUATED = ["J.Os", "J.O", "J Os", "J.O's", "J.O.'s", "No. of J.Os", "J.Os achieved", "S.Os"]
PUNCTUATED += ["S.O.", "S.O.s", "S Os"]


@pytest.mark.parametrize("header", PUNCTUATED)
def test_outcomes_under_an_abbreviation_with_stops_or_a_space_are_shown_as_percentages(
    tmp_path, header
):
    source = write_book(tmp_path / "jo.xlsx", {"Performance": beside_starts(header, OUTCOMES)})
    copy, _ = sanitised_beside(source)
    assert only_its_shares(copy)
