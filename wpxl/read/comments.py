"""Each worksheet's comments (notes), by cell.

They are never carried, but a comment on a header or label says what its line counts as a key
under the table does ("Achieved", with the note "Job outcomes claimed in the month"): analyse
and the proof read them so (wpxl.analyse.keyed_lines, wpxl.verify.keyed_lines).
"""

from __future__ import annotations

import zipfile
from xml.etree import ElementTree as ET

from wpxl.model import Coord
from wpxl.model.sheetref import parse_a1
from wpxl.read.parts import relationships_of, target_part
from wpxl.read.sheetxml import M


def sheet_comments(package: zipfile.ZipFile, part: str, parts: set[str]) -> dict[Coord, str]:
    """The comments of the worksheet at ``part``, by cell; ``parts``: the package's part names."""
    rels = relationships_of(part)
    if rels not in parts:
        return {}
    found: dict[Coord, str] = {}
    for rel in ET.fromstring(package.read(rels)):
        if not rel.get("Type", "").endswith("/comments"):
            continue
        place = target_part(part, rel.get("Target", ""))
        if place not in parts:
            continue
        for comment in ET.fromstring(package.read(place)).iter(M + "comment"):
            coord = parse_a1(comment.get("ref", ""))
            text = "".join(t.text or "" for t in comment.iter(M + "t")).strip()
            if coord is not None and text:
                found[coord] = text
    return found
