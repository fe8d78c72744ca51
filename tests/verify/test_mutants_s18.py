"""The proof tested by mutation: real sanitised copies, each changed in one place the way a
buggy plan or writer could (tests/verify/mutants.py), must each be refused.

Session 18's hunt made every mutant below of the samples and of corpus books, and found the
proof passing: a year, code or date the copy does not round changed (2011 over its column
shown as 2012, or 2020 rounded as a count; 1 April's date rounded to 27 March); a total the
input adds up by formula written as the input's total rounded on its own (1,060 beside parts
adding up to 1,080), or as a SUM over the next line of figures, within invariant 1's
allowance; the same for a total the input types, beside SUMs of its shape (an 'All' line over
nested subtotals); a row or column the copy hides, a figure it merges its label over or paints
white. Each is now refused (verify/kept_figures, verify/summed_places, verify/sibling_totals,
verify/copy_hidden). A harmless mutant passes: a count halfway between two multiples rounded
down (as near the input as rounding up). The hole it left open, an internal sheet's banner
saying published, is closed too: the proof is told which sheets were published (here none).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyse.corpus.score import HERE as CORPUS
from tests.conftest import PRODUCED, SAMPLES
from tests.misread import misread_findings
from tests.verify.mutants import HARMLESS, MUTATIONS, Copy, write_parts
from wpxl.model import OutputCell
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file
from wpxl.verify.check import check_output
from wpxl.verify.sibling_totals import NOT_LIKE_ITS_SIBLINGS

BOOKS = [
    *(SAMPLES / f"{name}.xlsx" for name in ("monthly_pack", "summary_pack", "awkward")),
    *(
        CORPUS / f"{name}.xlsx"
        for name in (
            "09_years_headers_and_labels",
            "10_dates_and_months",
            "14_codes_postcodes_phones",
            "17_subtotal_and_plus_chains",
            "20_subtotals_and_grand_total_typed",
            "29_outcome_counts",
            "34_nested_totals_above_three_deep",
            "41_typed_tree_by_arithmetic",
            "42_subtotal_109_tree",
            "62_year_label_column_and_year_headers",
            "72_group_labels_repeated_down_blocks",
        )
    ),
]


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> list[Copy]:
    folder = tmp_path_factory.mktemp("mutants")
    job = Job(policy=Policy(), audience=Audience(produced=PRODUCED), out_dir=folder)
    return [Copy.of(Path(sanitise_file(book, job).output), book) for book in BOOKS]


def _findings(copy: Copy, parts: dict[str, bytes], folder: Path) -> list:
    mutant = write_parts(parts, folder / f"{copy.name}.xlsx")
    return check_output(mutant, Policy(), against=copy.path, published=())


def test_every_copy_unchanged_passes_the_proof(copies, tmp_path):
    for copy in copies:
        assert _findings(copy, copy.parts, tmp_path) == [], copy.name


@pytest.mark.parametrize("kind", sorted(MUTATIONS))
def test_the_proof_refuses_every_mutant(copies, tmp_path, kind):
    made, passed = 0, []
    for copy in copies:
        parts = MUTATIONS[kind](copy)
        if parts is None:
            continue
        made += 1
        if not _findings(copy, parts, tmp_path):
            passed.append(copy.name)
    assert made, f"no book offers a place for {kind}"
    assert passed == [], f"the proof passed the {kind} mutant of {passed}"


@pytest.mark.parametrize("kind", sorted(HARMLESS))
def test_the_proof_passes_a_harmless_mutant(copies, tmp_path, kind):
    made = [(copy, parts) for copy in copies if (parts := HARMLESS[kind](copy)) is not None]
    assert made, f"no book offers a place for {kind}"
    for copy, parts in made:
        assert _findings(copy, parts, tmp_path) == [], copy.name


def test_a_total_written_over_another_breakdown_is_not_taken_for_one_rounded_alone(tmp_path):
    """An 'All' line that both its age groups and its sexes add up: the copy writing May's as
    the SUM of the sexes (20) beside months whose SUMs add up the ages is honest (MoJ's both
    sexes over males and females, beside years over age groups); the sibling-totals reading
    once took it for the total rounded on its own, as the ages' rounded cells show 40."""
    rows = [["Referrals by age and sex"], [], ["", "Apr", "May", "Jun"],
            ["All", 60, 30, 80], ["18-24", 25, 14, 35], ["25+", 35, 16, 45],
            ["Men", 28, 9, 41], ["Women", 32, 21, 39]]  # fmt: skip
    by_sex = {(3, 2): OutputCell(20, "SUM(C9:C10)", kind="total")}
    kinds = {f.kind for f in misread_findings(tmp_path, rows, by_sex, "kept")}
    assert NOT_LIKE_ITS_SIBLINGS not in kinds
