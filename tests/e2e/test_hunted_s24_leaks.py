"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 24).

Sustainments beside the job starts headed as analysts say them, 'Sustains' ('No. of sustains'),
went out as rounded job starts (Leeds's 41 sustainments as 40), verified: the measure words
matched 'sustainment', 'sustained' and 'sustaining' at the start of a word, never 'sustains', by
the analysis (wpxl.policy) and the proof (verify/measure_words) alike. An outcome volume may not
be shown even rounded (guidance R2, R3): the column goes to a percentage sheet now, and the
proof on its own refuses it carried as counts (tests/verify/test_hunted_s24_proof).

Outcomes under a header typed with a slip ('Job outcoms', 'Job Ouctomes', 'Outcomse',
'Sustainmnets', 'Sustainmets') or with its words run together as a database extract names a
field ('JOBOUTCOMES', 'Joboutcomes') went out the same way, rounded as job starts, verified: no
measure word matched them. A word one slip from 'outcome(s)' or 'sustainment(s)' (a letter
left out, added, changed, or two swapped), or holding one of them whole, is that word now, to
the analysis (analyse/misspelt) and to the proof (verify/misspelt), each its own reading.

An extract's field named in small letters with an outcome abbreviation ('jo_count', 'n_jo',
'num_jos', 'sust_count', 'sp_count', 'jop_count') went out the same way: the abbreviations are
read in capitals only ('Jo' is a name), and a field's words are not. In a name made only of
small letters and figures joined by '_', an outcome abbreviation is read as its capitals
(analyse/field_names; the proof's own in verify/field_names).

A referral count pasted as text with a space between its thousands ('1 012', a non-breaking or
thin space alike), as reports and some locales print them, went out as written, verified,
where its last three digits were under 100 (Kirklees's 1 012 referrals): neither side read it
as a number ('1,012' is rounded to 1020), and its words '1' and '012' are too small to be a
figure quoted. Digits grouped in threes by a space are the number they print now, to the
analysis (analyse/values) and the proof (verify/values) alike: the count is rounded, and the
proof refuses it carried as text.
The same figure in a title ('Referrals by local authority, 2013-14 (7 081 in all)', the true
total) went out as written: a text's spaced thousands are read as one figure now, by the plan
(plan/spaced_thousands, from plan/carried_words) and the proof (verify/values.number_tokens).
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.beside_starts import AREAS, beside_starts, shown_as_shares
from tests.e2e.runs import sanitised_beside

OUTCOMES = [41, 37, 29, 33, 17]

SUSTAINS = ["Sustains", "No. of sustains", "sustains", "Sustains achieved"]


@pytest.mark.parametrize("header", SUSTAINS)
def test_sustainments_headed_sustains_beside_the_starts_are_shown_as_percentages(tmp_path, header):
    assert shown_as_shares(tmp_path, header, OUTCOMES)


SLIPS = ["Job outcoms", "Job Ouctomes", "Outcomse", "Job outcone", "Sustainmnets", "Sustainmets"]
SLIPS += ["JOBOUTCOMES", "Joboutcomes", "SUSTAINMENTPAYMENTS"]


@pytest.mark.parametrize("header", SLIPS)
def test_outcomes_under_a_header_with_a_slip_or_run_together_are_shown_as_percentages(
    tmp_path, header
):
    assert shown_as_shares(tmp_path, header, OUTCOMES)


@pytest.mark.parametrize("header", ["Outcast", "Sustainable jobs", "Outreach", "Outlets"])
def test_words_a_slip_or_more_from_an_outcome_keep_their_counts(tmp_path, header):
    """Words two slips or more from an outcome word are what they say: the column stays the
    job starts' neighbour, rounded."""
    source = write_book(tmp_path / "near.xlsx", {"Performance": beside_starts(header, OUTCOMES)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [40, 40, 20, 40, 20]


FIELDS = ["jo_count", "n_jo", "num_jos", "jo_cnt", "sust_count", "sp_count", "jop_count"]


@pytest.mark.parametrize("header", FIELDS)
def test_outcomes_under_an_extracts_field_name_in_small_letters_are_shown_as_percentages(
    tmp_path, header
):
    assert shown_as_shares(tmp_path, header, OUTCOMES)


# 'jo' and 'sp' alone, the whole of a header, are an extract's fields of one part: outcomes
# (tests/e2e/test_hunted_s29_leaks.py)
@pytest.mark.parametrize("header", ["Jo", "Jo Smith", "josh_count", "spare_count"])
def test_a_name_or_a_word_holding_the_letters_keeps_its_counts(tmp_path, header):
    """Small letters not in a joined field's name, or inside a longer word, name no outcome."""
    source = write_book(tmp_path / "near.xlsx", {"Performance": beside_starts(header, OUTCOMES)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [40, 40, 20, 40, 20]


SPACES = [" ", "\u00a0", "\u2009", "\u202f"]  # a space, a non-breaking, thin or narrow one


@pytest.mark.parametrize("space", SPACES)
def test_a_count_typed_with_a_space_between_its_thousands_is_rounded(tmp_path, space):
    typed = ["1,237", "1 104", "987", "1 012", "2 005"]
    rows: list[list] = [["Referrals by local authority, 2013-14"], []]
    rows.append(["Local authority", "Referrals"])
    rows += [[a, v.replace(" ", space)] for a, v in zip(AREAS, typed, strict=True)]
    source = write_book(tmp_path / "spaced.xlsx", {"Referrals": rows})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == [1240, 1100, 980, 1020, 2000]


@pytest.mark.parametrize("space", SPACES)
def test_a_title_quoting_the_true_total_with_spaced_thousands_goes(tmp_path, space):
    referrals = [2003, 1771, 1012, 1390, 905]  # 7,081 in all
    rows: list[list] = [[f"Referrals by local authority, 2013-14 (7{space}081 in all)"], []]
    rows.append(["Local authority", "Referrals"])
    rows += [[a, v] for a, v in zip(AREAS, referrals, strict=True)]
    source = write_book(tmp_path / "titled.xlsx", {"Referrals": rows})
    copy, _ = sanitised_beside(source)
    texts = [c.value for row in openpyxl.load_workbook(copy)["Referrals"] for c in row]
    assert not [t for t in texts if isinstance(t, str) and "081" in t]
