"""A job start whose job ended, in the words a table of job starts says it with.

The starts less those whose job ended are the starts still in work: a sustainment or outcome
volume given back by difference, so such a line is read as the starts' outcome breakdown
(wpxl.analyse.starts_lines, its _STATUS). Session 21 read 'Fell out of work', 'Left their
job', 'Back on benefits'; the benefit named ('Back on JSA', 'Returned to Universal Credit'), a
claim made again ('Reclaimed benefit', 'Signed back on') or the person's leaving or losing the
job ('Resigned', 'Dismissed', 'Made redundant') went out as rounded job starts; session 28
found 'Ceased employment' and 'Early leavers' beside the starts so.
"""

from __future__ import annotations

_BENEFIT = r"(?:benefits?|jsa|esa|ib\b|is\b|uc\b|universal\s+credit|the\s+register)"

JOB_ENDED = (
    r"\b(?:fell|fallen|dropped)\s+out\s+of\s+(?:work|employment|(?:a\s+|the(?:ir)?\s+)?jobs?)\b"
    r"|\b(?:left|lost|leaving|losing|quit)\s+(?:(?:a|the|their)\s+)?(?:jobs?|work|employment)\b"
    r"(?!\s+programme)"
    r"|\bno\s+longer\s+(?:in\s+(?:work|employment|post|(?:a\s+)?jobs?)|working|employed)\b"
    r"|\bjobs?\s+(?:ended|lost|finished|ceased)\b"
    r"|\b(?:ceased|ended|finished|terminated)\s+(?:(?:a|the|their)\s+)?(?:jobs?|work|employment)\b"
    r"|\bemployment\s+(?:ended|ceased|terminated)\b|\bearly\s+(?:job\s+)?leavers?\b"
    rf"|\b(?:returned|went\s+back|back)\s+(?:to|on(?:to)?)\s+{_BENEFIT}"
    rf"|\bre[\s-]?claim(?:ed|ing)?\s+{_BENEFIT}|\bsigned\s+back\s+on\b"
    r"|\b(?:resigned|dismissed|sacked|made\s+redundant)\b"
)
