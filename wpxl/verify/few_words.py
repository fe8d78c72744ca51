"""The words that say a count is small with no number in it: 'a single', 'a lone', 'a couple
of', 'a handful of', 'a few'. The proof queues a text holding them for judging (most texts with
no digit are not), and judges it as a count where a measure's word follows
(wpxl.verify.texts ``FEW_COUNTED``). Never asked: plan."""

from __future__ import annotations

import re

FEW = re.compile(r"\ba\s+(?:single|lone|sole|solitary|couple|pair|handful|few)(?:\s+of)?\b", re.I)
