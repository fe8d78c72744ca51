"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 29).

Beside the job starts, job outcomes under a header typed 'JOs' went out rounded, verified, once
Excel had mended the header: its autocorrect ("Correct TWo INitial CApitals") makes 'JOs' typed
alone in a cell 'Jos', and 'SPs' 'Sps', and neither was read as an abbreviation of outcomes
('Jo' being a name). They are, in the policy's list both readings share
(policy.OUTCOME_ABBREVIATIONS) and in the proof's own pattern (verify/measure_words); 'Jo's'
and 'Jo' stay unread.

Job starts by member of staff whose names are written with initials ('J Smith', 'A.R. Patel',
'Smith, J') went out with the names, verified, when nothing or no role's word headed them: a
blank corner over the names down the table, 'Measure' over names across it, or 'Who'. Only a
role's header, a bare 'Name' or a title saying the table is by adviser made a line's words
people's, and 'J Smith' is too short for a note's reading of a name. An initial then a
surname, or a surname, a comma and initials, names a person whatever heads it: where two or
more, and at least half, of a run of cells holding words down a column or across a line are so
shaped, each goes, listed as removed, in the plan (analyse/initialled_names) and the proof
(verify/initialled_names, asked by verify/named_staff). A compass point's letter ('N
Yorkshire', 'W Yorks') and a qualification ('A Level') are no one's initials, and 'Group A'
(a word and a letter, no comma) is no name.
"""

from __future__ import annotations

import openpyxl
import pytest

import wpxl.analyse
from tests.builders import write_book
from tests.e2e.beside_starts import STARTS, beside_starts, shown_as_shares
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s27_leaks import OUTCOME_VOLUME
from tests.leaks import package_text
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan
from wpxl.verify.initialled_names import INITIALLED

OUTCOME_COUNTS = [97, 88, 61, 73, 39]

AUTOCORRECTED = ["Jos", "Sps"]


@pytest.mark.parametrize("header", AUTOCORRECTED)
def test_outcomes_headed_as_excel_autocorrects_them_are_shown_as_percentages(tmp_path, header):
    """'Jos' beside the starts ('JOs' as Excel leaves it) went out rounded: 100, 80, 60."""
    assert shown_as_shares(tmp_path, header, OUTCOME_COUNTS)


@pytest.mark.parametrize("header", AUTOCORRECTED)
def test_the_proof_alone_refuses_outcomes_headed_as_excel_autocorrects_them(tmp_path, header):
    source = write_book(tmp_path / "mended.xlsx", {"Performance": beside_starts(header, STARTS)})

    def carried(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Performance")
        for row, count in enumerate(STARTS, start=3 + BANNER):
            sheet.cells[(row, 2)] = OutputCell(float(round(count / 20) * 20), kind="rounded")

    volumes = [f.part for f in proved(tmp_path, source, carried) if f.kind == OUTCOME_VOLUME]
    assert {f"'Performance' C{r}" for r in range(6, 11)} <= set(volumes)


STAFF = [
    ("Smith, J", "Patel, A", "Jones, K", "Brown, L"),
    ("J Smith", "A.R. Patel", "K. Jones", "L Brown"),
    ("J. Smith", "A Patel", "K R Jones", "T O'Neil"),
]
FIGURES = [(112, 41), (98, 37), (131, 52), (87, 29)]


def _by_staff(tmp_path, names: tuple[str, ...], corner: str | None, across: bool):
    """Referrals and job starts by member of staff, the names down the table or across it
    under ``corner``."""
    rows: list[list] = [["Referrals and job starts, Leeds, 2013/14"], []]
    if across:
        rows += [[corner, *names]]
        rows += [
            [measure, *(f[i] for f in FIGURES)]
            for i, measure in enumerate(["Referrals", "Job starts"])
        ]
    else:
        rows += [[corner, "Referrals", "Job starts"]]
        rows += [[name, *figures] for name, figures in zip(names, FIGURES, strict=True)]
    return write_book(tmp_path / "staff.xlsx", {"Starts": rows})


SHAPES = [(names, corner, across) for names in STAFF for corner, across in
          [(None, False), ("Who", False), ("Measure", True), (None, True)]]  # fmt: skip


@pytest.mark.parametrize(("names", "corner", "across"), SHAPES)
def test_staff_named_by_initials_whatever_heads_them_go(tmp_path, names, corner, across):
    copy, _ = sanitised_beside(_by_staff(tmp_path, names, corner, across))
    text = package_text(copy)
    assert not any(name.split(",")[0].split()[-1].split(".")[-1] in text for name in names)
    sheet = openpyxl.load_workbook(copy)["Starts"]
    figures = [
        c.value for row in sheet.iter_rows(min_row=3) for c in row if isinstance(c.value, int)
    ]
    assert figures and all(f % 20 == 0 for f in figures)  # the figures stay, rounded


@pytest.mark.parametrize(("names", "corner", "across"), SHAPES)
def test_the_proof_alone_refuses_staff_named_by_initials(
    tmp_path, monkeypatch, names, corner, across
):
    monkeypatch.setattr(wpxl.analyse, "initialled_names", lambda sheet: [])
    found = [
        f
        for f in proved(tmp_path, _by_staff(tmp_path, names, corner, across))
        if f.kind == INITIALLED
    ]
    assert len(found) == len(names)


@pytest.mark.parametrize(
    "labels",
    [
        ("N Yorkshire", "W Yorks", "S Tyneside", "E Riding"),
        ("No qualifications", "GCSE", "A Level", "Degree"),
        ("Group A", "Group B", "Group C", "Group D"),
    ],
)
def test_places_qualifications_and_groups_shaped_near_initials_stay(tmp_path, labels):
    copy, _ = sanitised_beside(_by_staff(tmp_path, labels, None, False))
    sheet = openpyxl.load_workbook(copy)["Starts"]
    assert [sheet.cell(r, 1).value for r in range(6, 10)] == list(labels)
