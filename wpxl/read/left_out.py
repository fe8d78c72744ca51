"""Sheets the user asks to leave out of the copy (``--leave-out``), read as hidden sheets are.

A pack's data tab (one line per participant, behind a summary's COUNTIFS) stops the run, as a
list of people is never shared; hidden, it is not carried, and the summary's formulas keep the
values they showed. A visible tab had first to be deleted by hand from a copy of the pack.
Named with ``--leave-out``, it is read as a hidden sheet is (its state ``LEFT_OUT``, which
every stage reads as not visible), and the cover lists it by name.
"""

from __future__ import annotations

from dataclasses import replace

from wpxl.errors import PolicyError
from wpxl.model import LEFT_OUT
from wpxl.read import Survey


def leave_out(survey: Survey, names: tuple[str, ...]) -> Survey:
    """The survey with the sheets ``names`` names (as shown, or as the package names them,
    in any case) read as hidden; a name matching no sheet stops the run, as a mistyped
    ``--published`` does, rather than leave a tab in that the user meant to keep out."""
    if not names:
        return survey
    asked = {name.casefold(): name for name in names}
    matched: set[str] = set()
    entries = []
    for entry in survey.entries:
        keys = {entry.shown.casefold(), entry.name.casefold()} & asked.keys()
        matched |= keys
        entries.append(replace(entry, state=LEFT_OUT) if keys else entry)
    unknown = [name for key, name in asked.items() if key not in matched]
    if unknown:
        raise PolicyError(
            f"{survey.path.name}: --leave-out '{unknown[0]}': the workbook has no sheet of that "
            f"name. Sheets: {', '.join(e.shown for e in survey.entries)}"
        )
    return replace(survey, entries=entries)
