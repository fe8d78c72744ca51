"""wpxl's own hostile corpus: the usual provider pack, each with one twist that hides a figure.

``packs.BUILDERS`` names every builder (grouped in ``cells``, ``words`` and ``package``); each
writes a real .xlsx and returns the figures and words that must never reach a sanitised copy
(``secrets.py`` searches every zip part for them). ``python -m tests.verify.hostile.survey``
prints what becomes of each pack: refused, leaked or clean, and what ``wpxl check --against``
says of it.
"""
