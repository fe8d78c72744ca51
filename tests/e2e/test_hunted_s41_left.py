"""Session 41 (left): session 40's leftovers, each confirmed on main first.

Referrals by gender, then by age, across the columns ('Measure | Male | Female | 18-24 | 25-49
| 50+' over 'Referrals | 33 | 20 | 13 | 25 | 15', 'Male' the sum of 'Female' and '18-24' by
chance): the plan keeps each a count, but the proof's own reading of such words
(verify/sibling_sums) read SUMs down a column only, so a copy writing 'Male' as =SUM(C6:D6),
40 where its own 33 rounds to 40 too, passed. The proof reads a SUM across a row by the heads
of its columns (the nearest words above each in the input) now, as it reads one down a column
by its lines' labels, and refuses such a copy alone; a 'Total' column over the genders passes.

"""

from __future__ import annotations

from tests.builders import write_book
from tests.e2e.runs import copy_formulas, sanitised_beside
from tests.misread import misread_findings, proved
from wpxl.model import OutputCell
from wpxl.verify.sibling_sums import SIBLING_SUM

_ACROSS: list[list] = [
    ["Referrals by characteristic, 2013/14"],
    [],
    ["Measure", "Male", "Female", "18-24", "25-49", "50+"],
    ["Referrals", 33, 20, 13, 25, 15],
]


def test_the_proof_alone_refuses_a_gender_summing_columns_across_a_row(tmp_path):
    summed = OutputCell(40.0, formula="SUM(C6:D6)", kind="total")
    findings = misread_findings(tmp_path, _ACROSS, {(3, 1): summed}, "rounded")
    assert [(f.part, f.kind) for f in findings] == [("'Referrals' B6", SIBLING_SUM)]


def test_a_total_across_named_columns_passes_the_proof(tmp_path):
    rows = [
        ["Referrals by office and gender, 2013/14"],
        [],
        ["Office", "Male", "Female", "Total"],
        ["Leeds", 33, 20, "=SUM(B4:C4)"],
        ["York", 41, 18, "=SUM(B5:C5)"],
    ]
    source = write_book(tmp_path / "offices.xlsx", {"Referrals": rows})
    assert proved(tmp_path, source) == []
    output, _ = sanitised_beside(source)
    assert copy_formulas(output, "Referrals") == {"D6": "=SUM(B6:C6)", "D7": "=SUM(B7:C7)"}
