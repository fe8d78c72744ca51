"""The proof's own reading of a person named in the input's file name or in a sheet's name.

The cover says which file the copy was made from ('Prepared by ... from 'Leeds MI - J
Smith.xlsx' on ...'), and the copy is named after it: a name in it went out, verified, the
proof reading the cover's line as a note, where a name ends at a full stop that '.xlsx' is not.
The name is read here without its extension, whole and in each of its parts set apart by
dashes or brackets, for any personal detail the package may not hold (verify/leaks.PERSONAL)
and for a part alone an initial and a surname ('J Smith', 'Smith, J'); a sheet's name is read
for the latter, as its own reading of cells is (verify/initialled_names). Written apart from
wpxl.plan.file_names, which stops the run on such a file first.
"""

from __future__ import annotations

import re

from wpxl.model.sheetref import a1
from wpxl.verify.books import SheetPair
from wpxl.verify.initialled_names import initialled
from wpxl.verify.leaks import Finding, personal_kinds
from wpxl.verify.proof import Proof
from wpxl.verify.texts import file_words, package_words, personal_details

IN_FILE_NAME = "what looks like a person named in the file's name, which the cover repeats"
IN_SHEET_NAME = "what looks like a member of staff named by initials in a sheet's name"
_COVER_LINE = re.compile(r"^Prepared by .* from '(.*)' on \d{4}-\d{2}-\d{2} with wpxl\b")
_EXTENSION = re.compile(r"\.xls[xm]$", re.IGNORECASE)
_APART = re.compile(r"\s+[-\u2013\u2014]+\s+|[()\[\]]")


def personal_details_anywhere(proof: Proof) -> list[Finding]:
    """Personal details in the package's parts outside the sheets' cells (those are each
    sheet's: ``sheet_personal_details``), and a person named in the file's name or a
    sheet's."""
    return personal_details(package_words(proof)) + people_in_names(proof)


def sheet_personal_details(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Personal details in a sheet's cells and its words outside them (headers, footers),
    read sheet by sheet: the proof's second process reads some sheets' while this one reads
    the rest, where read at the end, after every sheet, they took this process 1.2 s of CPU
    alone on the 16-sheet benchmark book."""
    texts = pair.indexed(proof.base).texts
    places = [(f"'{pair.name}' {a1(*coord)}", text) for coord, text in texts]
    return personal_details([*places, *((f"sheet '{pair.name}'", w) for w in pair.words)])


def people_in_names(proof: Proof) -> list[Finding]:
    """A finding for the cover's line naming a file whose name names a person, and for each
    sheet named by a person's initials and surname."""
    found = [
        Finding(f"sheet '{name}'", IN_SHEET_NAME) for name in proof.output.where if initialled(name)
    ]
    for where, text in proof.cell_strings():
        if (line := _COVER_LINE.match(text)) and _names_someone(line.group(1)):
            found.append(Finding(where, IN_FILE_NAME))
    return found


def _names_someone(file: str) -> bool:
    name = file_words(_EXTENSION.sub("", file))
    parts = [name, *(part.strip() for part in _APART.split(name))]
    return any(personal_kinds(part) or initialled(part) for part in parts if part)
