"""A percentage sheet's name: its measure and '%', as Excel takes a sheet's name (31
characters at most, none of []:*?/\\), unique in the book."""

from __future__ import annotations


def unique_name(name: str, taken: set[str]) -> str:
    """``name`` without the characters a sheet's name may not hold, cut to fit, and numbered
    where the book already has it (in any case: Excel's names ignore it)."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in name)
    candidate = clean if len(clean) <= 31 else clean[:29].rstrip() + " %"
    n, held = 2, {t.lower() for t in taken}  # once, not once a number tried
    while candidate.lower() in held:
        stem = clean.removesuffix(" %")[:24].rstrip()
        candidate = f"{stem} {n} %"
        n += 1
    return candidate
