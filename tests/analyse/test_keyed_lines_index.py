"""The sheet's keys read once a name (analyse/keyed_lines.Keys) say of every line what asking
``key_to`` of each key says: a stack of 285 blocks asked it 975,000 times."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wpxl.analyse.keyed_lines import Keys, key_to

WORDS = ["Achieved", "achieved", "Apr 2013", "JSA 18-24", "Référés", "job starts", "Total"]
MARKS = ["", "*", " (1)", " [note 2]", "\u00b9", "\u2020"]
LINKS = [" = ", ": ", " is ", " counts ", " ", " - ", "'", "\u2018"]


@st.composite
def _names(draw) -> str:
    word = draw(st.sampled_from([*WORDS, "", "  "]))
    return draw(st.sampled_from(["", " "])) + word + draw(st.sampled_from(MARKS))


@st.composite
def _notes(draw) -> str:
    lead = draw(st.sampled_from(["", *MARKS[1:], "Note: ", "  "]))
    name = draw(st.sampled_from(WORDS))
    link = draw(st.sampled_from(LINKS))
    said = draw(st.sampled_from(["job outcomes in the month", "JOs to date", "job starts"]))
    return f"{lead}{name}{link}{said}" if draw(st.booleans()) else f"{lead}{said}{link}{name}"


@settings(max_examples=300, deadline=None)
@given(st.lists(_names(), max_size=8), st.lists(_notes(), max_size=8))
def test_each_name_is_said_of_as_asking_each_key_says(names, notes):
    keys = Keys(notes)
    for name in [*names, *names]:  # asked twice: the second answer is the one remembered
        expected = [s for note in notes if (s := key_to(name, note)) is not None]
        assert keys.said_of(name) == expected


def test_a_key_found_is_what_it_says_of_the_line():
    keys = Keys(["Achieved = job outcomes in the month", "Referrals by month"])
    assert keys.said_of("Achieved") == [" job outcomes in the month"]
    assert keys.said_of("Apr 2013") == []
    assert not Keys([])
