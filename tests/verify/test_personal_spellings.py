"""Personal details as people type them: in lower case, with dots or dashes, a date of birth in
words, a participant by title and name. The plan removes each (and lists it); the proof alone
refuses a copy that still holds one; ordinary MI text that only looks like one is kept.

Each test writes a real input, makes the real copy and reads every part of it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.builders import referrals_table, write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell
from wpxl.plan import Audience, make_plan
from wpxl.plan.carried_words import CONTACTS
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file
from wpxl.verify import Finding, verify_output
from wpxl.verify.check import check_output
from wpxl.write import write_plan

# (a note of the input, what of it must never reach the copy, the kind the proof names)
SPELLINGS = [
    ("Query re participant ab123456c", "ab123456c", "a National Insurance number"),
    ("NI number jt-12-34-56-c on file", "jt-12-34-56-c", "a National Insurance number"),
    ("Queries: tel 0161.496.0123", "0161.496.0123", "a UK phone number"),
    ("Helpline 0161-496-0123 (weekdays)", "0161-496-0123", "a UK phone number"),
    ("Office: 1 High St, m1 1ae", "m1 1ae", "a postcode"),
    ("Participant DOB 03/04/1985 excluded from ESA Flow", "03/04/1985", "a date of birth"),
    ("Participant date of birth: 3 April 1985", "3 April 1985", "a date of birth"),
    ("D.O.B. 14-11-1979, left the scheme", "14-11-1979", "a date of birth"),
    ("Excludes Mr Amir Patel (deceased)", "Amir Patel", "a person named with a title"),
    ("Referred by Mrs Smith's team", "Smith", "a person named with a title"),
    ("Ms Okafor moved to another provider", "Okafor", "a person named with a title"),
    ("Miss Jones asked for her record", "Jones", "a person named with a title"),
    ("Case reviewed by Dr Khan", "Khan", "a person named with a title"),
]
# Ordinary MI text with codes, groups, years, dates and titles alone: none of it is personal.
ORDINARY = [
    "Area code E06000001 (Hartlepool)",
    "Payment group PG1",
    "PG1 2nd cohort",
    "Financial year 2023/24",
    "Published 03/04/2024",
    "Referrals from 1 April 2023 to 31 March 2024",
    "Period 01/04/2023 to 31/03/2024",
    "Figures for April, May and June",
    "Dr",
    "Dr / Cr",
    "MR outcomes (mandatory reconsiderations)",
    "Mrs, Ms and Miss are counted together",
    "WP 2014-15 Q1 referrals",  # a year's span after the programme's letters: no NI number
    "Figures: WP 2013/14 and WP 2014-15",
]
NOTES_FROM = 8  # the first note's row (A8), under the table and a blank row


def _book(tmp_path: Path, notes: list[str]) -> Path:
    rows = referrals_table([[121, 93], [307, 111]])
    rows += [[], *([note] for note in notes)]
    return write_book(tmp_path / "pack.xlsx", {"Referrals": rows})


def _package_text(output: Path) -> str:
    with zipfile.ZipFile(output) as package:
        return "\n".join(
            package.read(name).decode("utf-8", "replace") for name in package.namelist()
        )


def test_every_spelling_is_removed_from_the_copy_and_listed(tmp_path, job):
    notes = [note for note, _, _ in SPELLINGS]
    result = sanitise_file(_book(tmp_path, notes), job)
    assert result.ok, result.message
    text = _package_text(Path(result.output))
    assert [needle for _, needle, _ in SPELLINGS if needle in text] == []
    removed = {(r.where, r.why) for r in result.removed}
    for row, note in enumerate(notes, start=NOTES_FROM):
        assert (f"'Referrals' A{row}", CONTACTS) in removed, note


def _copy_holding(tmp_path: Path, note: str) -> tuple[Path, list[Finding]]:
    """The real copy of a plain input, a note put back into its plan as if the plan had missed
    it, and what the proof says of it."""
    source = _book(tmp_path, [])
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    sheet = next(s for s in plan.sheets if s.name == "Referrals")
    sheet.cells[(10, 0)] = OutputCell(note, kind="kept")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return output, verify_output(output, plan, 20)


@pytest.mark.parametrize(("note", "needle", "kind"), SPELLINGS, ids=[s[1] for s in SPELLINGS])
def test_the_proof_alone_refuses_a_copy_holding_the_spelling(tmp_path, note, needle, kind):
    output, findings = _copy_holding(tmp_path, note)
    assert needle in _package_text(output)  # the copy does hold it
    assert Finding("'Referrals' A11", f"what looks like {kind}") in findings
    alone = check_output(output, Policy())  # `wpxl check`: the copy without its input
    assert f"what looks like {kind}" in {f.kind for f in alone}
    assert not any(needle in str(f) for f in [*findings, *alone])


def test_ordinary_mi_text_is_kept_and_passes_the_proof(tmp_path, job):
    result = sanitise_file(_book(tmp_path, ORDINARY), job)
    assert result.ok, result.message
    assert [r for r in result.removed if r.why == CONTACTS] == []
    text = _package_text(Path(result.output))
    escaped = [note.replace("&", "&amp;").replace("'", "&apos;") for note in ORDINARY]
    assert [note for note in escaped if note not in text] == []
    kinds = {f.kind for f in check_output(Path(result.output), Policy())}
    assert not any(kind.startswith("what looks like") for kind in kinds), kinds


def test_a_sheet_named_by_the_programme_and_a_year_span_is_no_ni_number(tmp_path, job):
    """'WP 2014-15 Q1' as a sheet's name (which the plan cannot remove) read as a National
    Insurance number without its letter ('WP' and six digits), and the run was refused
    (REFUSAL, session 25): a four-figure year, then a dash or slash and two figures, is a
    year's span, on both sides (plan/contacts, verify/leaks)."""
    rows = referrals_table([[121, 93], [307, 111]])
    result = sanitise_file(write_book(tmp_path / "pack.xlsx", {"WP 2014-15 Q1": rows}), job)
    assert "WP 2014-15 Q1" in _package_text(Path(result.output))
