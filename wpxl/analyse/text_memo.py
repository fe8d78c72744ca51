"""How many texts a reading of labels, headers or formulas remembers: a whole sheet's.

A label's words are read by about eight readings, each walking the sheet's labels top to bottom
in its turn (totals, subsets, measures, money, rates, periods...). A memo of 4,096 texts held a
small sheet's labels, but a council x month sheet of 19,200 rows had forgotten the first label
long before the next reading asked about it again: every asking missed, and each label's words
were worked out eight times, a twentieth of the analysis of a 1M-cell book. A memo of 65,536
texts holds a sheet of the largest size wpxl is measured on (38,400 rows in one sheet) between
the readings, and stays bounded for the plan and the next sheets, which ask the same functions.
"""

from __future__ import annotations

from functools import lru_cache

TEXTS_A_SHEET = 1 << 16

# Each function it decorates gets its own memo of that size, worked out once per distinct text.
by_text = lru_cache(maxsize=TEXTS_A_SHEET)
