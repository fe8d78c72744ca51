"""No text of a hidden sheet, row, column or cell, nor of a part wpxl drops, anywhere in the copy.

wpxl's own template words are no such text where they stand: every cover says 'Job outcomes
and sustainments are never shown as volumes', which a hidden column headed 'Job outcomes' does
not make a leak.
"""

from __future__ import annotations

import re

from wpxl.verify.leaks import Finding
from wpxl.verify.proof import MIN_HIDDEN_TEXT, Proof
from wpxl.verify.texts import package_words


def hidden_text_nowhere(proof: Proof) -> list[Finding]:
    """No text of a hidden sheet, row, column, cell or dropped part, anywhere in the copy."""
    policy = proof.policy
    own = "\x00".join(  # what wpxl says itself: the file's name, the policy's words
        (proof.source.survey.path.name, policy.title, policy.provider, policy.contract_package_area)
    )
    # a hidden text the input also shows is no secret: a visible sheet's name is shown on its
    # tab, though a part the copy drops names it too (ONS's Excel table 'Table_10' on 'Table_10')
    tabs = [
        e.name for e in proof.source.survey.entries if e.state == "visible" and e.shown == e.name
    ]
    shown = "\x00".join([*proof.visible_texts, *tabs])
    hidden = [
        t
        for t in proof.hidden_texts
        if len(t) >= MIN_HIDDEN_TEXT and t not in shown and t not in own
    ]
    if not hidden:
        return []
    strings = [*proof.cell_strings(), *package_words(proof)]
    joined = "\x00".join(text for _, text in strings)
    leaked = [t for t in hidden if t in joined]
    found = []
    for where, text in strings:
        if any(_outside_own_words(t, text) for t in leaked if t in text):
            found.append(Finding(where, "text from a hidden or dropped part of the input"))
    return found


def _outside_own_words(hidden: str, text: str) -> bool:
    """Whether ``hidden`` stands in ``text`` other than inside words of wpxl's own templates:
    the cover says 'Job outcomes and sustainments are never shown as volumes' in every copy,
    which a hidden column headed 'Job outcomes' does not make a leak; anywhere else in the
    same cell, the same words are judged as ever."""
    from wpxl.policy.wording import fixed_words

    own = [
        (m.start(), m.end())
        for piece in fixed_words()
        if hidden in piece
        for m in re.finditer(re.escape(piece), text)
    ]
    start = text.find(hidden)
    while start != -1:
        if not any(a <= start and start + len(hidden) <= b for a, b in own):
            return True
        start = text.find(hidden, start + 1)
    return False
