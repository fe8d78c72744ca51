"""wpxl's own hostile corpus: the usual provider pack, each with one twist that hides a figure.

``packs.BUILDERS`` names every builder; each writes a real .xlsx and returns the figures and
words that must never reach a sanitised copy (``secrets.py`` searches every zip part for them).
"""
