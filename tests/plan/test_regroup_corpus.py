"""Every proposal, applied wherever wpxl makes it on the analyse corpus and the samples, gives an
output that passes verification (sums, rounding, leak proof): regrouping never breaks a table.

A rounding base of 1000 and no small-cell allowance make every table one of little value, so
every proposal that fits a table's shape is made and applied.
"""

import datetime as dt
from pathlib import Path

import pytest

from wpxl.errors import WpxlError
from wpxl.plan import Audience
from wpxl.plan.proposals import PROPOSALS
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file

ROOT = Path(__file__).parent.parent.parent
FILES = sorted((ROOT / "tests/analyse/corpus").glob("*.xlsx")) + sorted(
    (ROOT / "sample_workbooks").glob("*.xlsx")
)


@pytest.mark.parametrize("proposal", PROPOSALS)
def test_each_proposal_applied_across_the_corpus_passes_verification(tmp_path, proposal):
    policy = Policy(rounding_base=1000, small_cell_share=0.0)
    job = Job(policy, Audience(produced=dt.date(2026, 11, 25)), tmp_path, aggregate=(proposal,))
    applied = 0
    for source in FILES:
        try:
            result = sanitise_file(source, job)
        except WpxlError:
            assert "refused" in source.name  # the corpus's deliberate refusals, nothing else
            continue
        applied += sum(1 for w in result.warnings if w.code == "aggregated")
    assert applied >= 2
