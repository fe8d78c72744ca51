"""The policy's measure words as a key the word readings remember their answers by.

Every header and label a sheet has is asked which measure it names (``words.measure_in``),
each answer remembered by its text and the policy's words; those words, a dict, are turned
into nested tuples to be a key. Made again for each question, that was as much as the rest of
a remembered answer; it is made once for the dict last given, which is held so that no other
dict takes its id. No reading changes a policy's words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from wpxl.model import Measure

MeasureWords = tuple[tuple[Measure, tuple[str, ...]], ...]  # a policy's words, hashable

_last: list[tuple[object, MeasureWords]] = [(None, ())]  # the dict last given, its key


def hashable_words(measure_words: Mapping[Measure, Sequence[str]]) -> MeasureWords:
    """The policy's words as a key (a caller may give lists)."""
    given, key = _last[0]
    if given is not measure_words:
        key = tuple((measure, tuple(words)) for measure, words in measure_words.items())
        _last[0] = (measure_words, key)
    return key
