"""The proof's own reading of blocks that open with their own total line and add up other
blocks part by part (MoJ's 'Males and Females' over 'Males' and 'Females', each an all-ages
part over its age groups): a plan that rounds them on their own is refused, whatever it
decided, and a plan that rebuilds them passes."""

from __future__ import annotations

from pathlib import Path

import wpxl.analyse
import wpxl.analyse.headed_blocks
import wpxl.analyse.trees
import wpxl.verify.headed_blocks
import wpxl.verify.totals_of_totals
from tests.builders import write_book
from tests.e2e.test_hunted_s15_nested import (
    LINES,
    OFFENCES,
    blocks_by_sex_and_age,
    quarter_with_year_to_date,
    regions_over_district_totals,
    sexes_by_age,
    tables_by_sex_and_offence,
)
from tests.misread import proved
from wpxl.verify import Finding

ALONE = "a line adding up the same lines of other blocks rounded on its own"


def _proved(tmp_path: Path, rows: list[list], sheet: str = "Custody") -> list[Finding]:
    tmp_path.mkdir(exist_ok=True)
    return proved(tmp_path, write_book(tmp_path / "custody.xlsx", {sheet: rows}))


def test_rebuilt_sexes_and_ages_pass_the_proof(tmp_path):
    assert _proved(tmp_path, sexes_by_age()) == []


def test_the_proof_alone_refuses_sexes_and_ages_rounded_on_their_own(tmp_path, monkeypatch):
    """Without the plan's reading, every leaf line of 'Males and Females' and of each sex's
    all-ages part is a count rounded on its own; the proof names those lines, in each column,
    and no other invariant does."""
    monkeypatch.setattr(wpxl.analyse, "total_headed_blocks", lambda *_: [])
    findings = _proved(tmp_path, sexes_by_age())
    rows = {int(f.part.split()[-1][1:]) for f in findings}
    assert {f.kind for f in findings} == {ALONE}
    assert {f.part.split()[-1][0] for f in findings} == set("BCD")
    leaves = (2, 3, 5, 6, 7)  # Untried, Convicted, the two lengths, Non-criminal
    both = 7  # where 'Males and Females' opens in the copy (the banner's two lines above)
    sexes = [both, both + 4 * LINES + 1, both + 8 * LINES + 2]
    all_ages = {head + k for head in sexes for k in leaves}
    both_ages = {both + LINES * a + k for a in range(1, 4) for k in leaves}
    assert rows == all_ages | both_ages
    monkeypatch.setattr(wpxl.verify.totals_of_totals, "headed_blocks", lambda *_: [])
    assert _proved(tmp_path, sexes_by_age()) == []


def test_rebuilt_blocks_by_sex_and_age_pass_the_proof(tmp_path):
    assert _proved(tmp_path, blocks_by_sex_and_age(), "A1_4i") == []


def test_the_proof_alone_refuses_all_ages_blocks_rounded_on_their_own(tmp_path, monkeypatch):
    """A block per sex and age group, a blank line apart: the plan that reads only a block
    adding up every other (as before) rounds each sex's all-ages block, the sum of the three
    blocks under it, on its own; the proof names its offence lines in every column."""
    monkeypatch.setattr(wpxl.analyse.headed_blocks, "_readings", lambda group, at: iter([]))
    findings = _proved(tmp_path, blocks_by_sex_and_age(), "A1_4i")
    width = 1 + len(OFFENCES) + 1  # a block, its blank line
    sexes = [7 + 4 * width * s for s in range(3)]  # where each sex's block opens in the copy
    rows = [head + k for head in sexes for k in range(1, 1 + len(OFFENCES))]
    assert sorted(findings, key=str) == sorted(
        (Finding(f"'A1_4i' {c}{r}", ALONE) for c in "BCD" for r in rows), key=str
    )
    monkeypatch.setattr(wpxl.verify.totals_of_totals, "headed_blocks", lambda *_: [])
    assert _proved(tmp_path, blocks_by_sex_and_age(), "A1_4i") == []


def test_a_block_of_zeros_makes_no_total_of_its_sum_with_another(tmp_path):
    """No 15-17 year old girls: 'Males' 15-17 is 'Males and females' 15-17 plus the girls'
    0s as much as the other way round. Rounded on its own it shows the sum of its rounded
    parts (one of them not 0), so the proof does not refuse it."""
    assert _proved(tmp_path, blocks_by_sex_and_age(girls=False), "A1_4i") == []


def test_the_proof_reads_a_table_per_sex_as_one_stretch(tmp_path, monkeypatch):
    """A table per sex cut into groups of offences by blank lines: its first line (all of the
    sex's offences) and a group of one line ('Robbery') add up across the tables, lines alone
    between blank lines; the proof joins each table's groups into one stretch to read them."""
    rows = tables_by_sex_and_offence()
    assert _proved(tmp_path / "rebuilt", rows, "A1_5i") == []
    monkeypatch.setattr(wpxl.analyse, "total_headed_blocks", lambda *_: [])
    monkeypatch.setattr(wpxl.analyse, "total_alike_lines", lambda *_: None)  # 'Robbery' too
    alone = {f.part for f in _proved(tmp_path / "alone", rows, "A1_5i")}
    lines_alone = {f"'A1_5i' {c}{r}" for c in "BCD" for r in (7, 21)}  # the sex, 'Robbery'
    assert lines_alone <= alone
    monkeypatch.setattr(wpxl.verify.headed_blocks, "_stretches", lambda *_: [])
    monkeypatch.setattr(wpxl.verify.totals_of_totals, "alike_lines", lambda *_: [])  # line by line
    assert not lines_alone & {f.part for f in _proved(tmp_path / "runs", rows, "A1_5i")}


def test_the_proof_alone_refuses_a_year_to_date_rounded_beside_the_quarter_it_copies(
    tmp_path, monkeypatch
):
    """The plan that reads neither a typed copy of a total nor a running line over one part
    rounds the year to date on its own: 580 beside a quarter of 600 in ESA Volunteers; the
    proof names that cell alone."""
    rows = quarter_with_year_to_date()
    assert _proved(tmp_path / "rebuilt", rows, "Referrals") == []
    monkeypatch.setattr(wpxl.analyse, "total_twins", lambda *_: None)
    monkeypatch.setattr(wpxl.analyse.trees, "is_cumulative_words", lambda _: False)
    monkeypatch.setattr(wpxl.analyse.trees, "running_over_periods", lambda *_: {})
    twin = "a copy of a total line rounded on its own, not the total it copies"
    assert _proved(tmp_path / "alone", rows, "Referrals") == [Finding("'Referrals' F9", twin)]
    monkeypatch.setattr(wpxl.verify.totals_of_totals, "twin_totals", lambda *_: [])
    assert _proved(tmp_path / "unread", rows, "Referrals") == []


def test_the_proof_alone_refuses_a_region_rounded_over_its_district_totals(tmp_path, monkeypatch):
    """'North' and 'South' named alone over their districts' totals: the plan that does not
    read them rounds them on their own; the proof names both lines in every column."""
    rows = regions_over_district_totals()
    assert _proved(tmp_path / "rebuilt", rows, "Referrals") == []
    monkeypatch.setattr(wpxl.analyse, "total_named_heads", lambda *_: None)
    head = "a line heading the totals under it rounded on its own, not their sum"
    found = _proved(tmp_path / "alone", rows, "Referrals")
    assert sorted(found, key=str) == [
        Finding(f"'Referrals' {c}{r}", head) for c in "BCD" for r in (13, 6)
    ]
    monkeypatch.setattr(wpxl.verify.totals_of_totals, "named_heads", lambda *_: [])
    assert _proved(tmp_path / "unread", rows, "Referrals") == []
