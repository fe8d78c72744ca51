"""The proof finds, on its own, people named under a bare 'Name' header: a plan that missed
them (no role word, no title by adviser) carries 'Jane Smith', 'Amir Patel' beside their own
figures, each figure rounded and every total honest, and the proof must refuse, naming each
name's cell; councils under 'Name' are no one, and pass.

Each copy is written by the real writer from a real plan of a real input, then changed the way
the missed reading would leave it.
"""

from __future__ import annotations

from tests.misread import BANNER, misread_findings
from wpxl.model.sheetref import a1
from wpxl.verify.name_column import NAMED_PERSON

STAFF = ["Jane Smith", "Amir Patel", "O'Brien, Kate"]
COUNCILS = ["Brighton and Hove", "Milton Keynes", "Kingston upon Thames"]


def _rows(names: list[str]) -> list[list]:
    rows: list[list] = [["Referrals, April 2014"], [], ["Name", "Referrals", "Job starts"]]
    return rows + [[name, 140 + 20 * at, 60] for at, name in enumerate(names)]


def _named(tmp_path, names: list[str]) -> set[str]:
    rows = _rows(names)
    kept = {(3 + at, 0): name for at, name in enumerate(names)}  # as a plan that missed them
    found = misread_findings(tmp_path, rows, kept, "kept")
    return {f.part for f in found if f.kind == NAMED_PERSON}


def test_people_left_under_a_name_header_are_caught(tmp_path):
    assert _named(tmp_path, STAFF) == {
        f"'Referrals' {a1(3 + at + BANNER, 0)}" for at in range(len(STAFF))
    }


def test_councils_under_a_name_header_are_no_one(tmp_path):
    assert _named(tmp_path, COUNCILS) == set()
