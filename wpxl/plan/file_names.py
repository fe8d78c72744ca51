"""A person named in the input's file name, which the copy's name and its cover repeat.

An analyst may put their own name, or a colleague's, in the file's name ('Leeds MI - J Smith',
'Leeds MI (Smith, J)', 'Leeds MI prepared by Jane Smith', 'Leeds MI v2 - Jane Smith'): the copy
is named after it and the cover says which file it was made from, so the name went out,
verified (a note's reading of a name ends it at a full stop, which '.xlsx' is not). The name is
read without its extension as a note is, whole and in each of its parts set apart by dashes or
brackets, with a part alone an initial and a surname ('J Smith', 'Smith, J'), and the run
stops: the file must be renamed, as one quoting a figure must. A name of two words alone
('Leeds MI - Tower Hamlets') is not read so: too many councils are named that way.
"""

from __future__ import annotations

import re

from wpxl.analyse.initialled_names import initialled
from wpxl.plan.contacts import holds_contact_details

_PARTS = re.compile(r"\s+[-\u2013\u2014]+\s+|[()\[\]]")


def names_a_person(name: str) -> bool:
    """Whether a file's name (its words parted, without its extension) names a person or
    holds their details."""
    parts = [name, *(part.strip() for part in _PARTS.split(name))]
    return any(holds_contact_details(part) or initialled(part) for part in parts if part)
