"""The proof catches, on its own, payment groups after a subtotal line rounded as counts: 1, 2, 3,
'JSA total', 6, 7, 'ESA total', 9 under 'Payment group', the plan changed to round 6 and 7 (to
0) the way a misreading of the runs after the first subtotal would. Before, the proof read
only the first run as payment groups, so the later ones could be rounded unseen."""

from __future__ import annotations

from tests.e2e.test_hunted_s17_label_runs import by_payment_group
from tests.misread import misread_findings
from wpxl.verify.kept_labels import ROUNDED_LABEL
from wpxl.verify.leaks import Finding


def _findings(tmp_path, written: dict) -> list[Finding]:
    rows = by_payment_group(False)
    cached = {("Referrals", "B7"): 581}  # any: the proof asks the labels, not the sums
    return misread_findings(tmp_path, rows, written, "rounded", cached)


def test_payment_groups_after_a_subtotal_rounded_are_caught(tmp_path):
    found = _findings(tmp_path, {(7, 0): 0, (8, 0): 0})
    assert {f.part for f in found if f.kind == ROUNDED_LABEL} == {"'Referrals' A10"}


def test_payment_groups_kept_as_written_are_no_finding(tmp_path):
    assert [f for f in _findings(tmp_path, {}) if f.kind == ROUNDED_LABEL] == []
