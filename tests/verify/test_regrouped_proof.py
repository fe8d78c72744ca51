"""A copy made with --aggregate is proved against the input sheet regrouped, and that regrouping
is redone by the proof from the input's own cells: one that invents, loses or double-counts
figures, or names a group with a figure, stops the copy even when the copy matches it exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tests.builders import referrals_table, write_book
from tests.plan.test_quality import SMALL
from wpxl.errors import VerificationError
from wpxl.model import Cell, Sheet
from wpxl.model.regrouping import RegroupedSheet, Regrouping
from wpxl.plan import Audience
from wpxl.plan import regroup as regroup_module
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file
from wpxl.verify import INVARIANTS, Finding
from wpxl.verify.books import SheetPair
from wpxl.verify.outcomes import Measures, OutcomeContext
from wpxl.verify.proof import prove
from wpxl.verify.regrouped import INVENTED, LOST, QUOTED, TWICE, carry_outcomes

JOB = dataclasses.replace(
    Job(Policy(), Audience(produced=dt.date(2026, 12, 1))), force=True, aggregate=("quarters",)
)
# SMALL's months Apr-Jul 2013 become two quarters, Apr-Jun 2013 in column B
APR_JUN = (3, 1)  # B4 of the regrouped sheet (B6 of the copy): JSA 18-24, 3 + 12 + 5 = 20


@pytest.fixture
def pack(tmp_path):
    return write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table(SMALL)})


@pytest.fixture
def findings(monkeypatch):
    """What the real proof found, each time sanitise asked it."""
    import wpxl.sanitise

    seen: list = []
    real = wpxl.sanitise.verify_output

    def spy(*args, **kwargs):
        seen.extend(real(*args, **kwargs))
        return seen

    monkeypatch.setattr(wpxl.sanitise, "verify_output", spy)
    return seen


def _tamper(monkeypatch, change_sheet=None, change_proposal=None):
    """Make regrouping go wrong in the planner, as a bug there would: the copy is then made
    (and rounded, and its totals rebuilt) from the wrong regrouping, so it matches it."""
    real = regroup_module.regroup

    def wrong(analysis, base, table, proposal, true, outside):
        if change_proposal is not None:
            proposal = change_proposal(proposal)
        done = real(analysis, base, table, proposal, true, outside)
        if change_sheet is not None and isinstance(done, regroup_module.Regrouped):
            done = dataclasses.replace(done, sheet=change_sheet(done.sheet))
        return done

    monkeypatch.setattr(regroup_module, "regroup", wrong)


def _with_cell(sheet, coord, value):
    cells = dict(sheet.cells)
    cells[coord] = Cell(value, None, cells[coord].style)
    return dataclasses.replace(sheet, cells=cells)


def _kinds(findings):
    return {f.kind for f in findings}


def test_a_correct_regrouped_copy_is_proved(pack, findings):
    result = sanitise_file(pack, JOB)
    assert [w.code for w in result.warnings].count("aggregated") == 1
    assert findings == []


def test_a_regrouping_that_invents_counts_is_refused(pack, findings, monkeypatch):
    _tamper(monkeypatch, change_sheet=lambda s: _with_cell(s, APR_JUN, 41))
    with pytest.raises(VerificationError, match="sanitise it without --aggregate"):
        sanitise_file(pack, JOB)
    assert ("'Referrals' B6", INVENTED) in {(f.part, f.kind) for f in findings}


def test_a_regrouping_that_loses_a_month_is_refused(pack, findings, monkeypatch):
    def without_july(proposal):
        groups = tuple((label, lines) for label, lines in proposal.groups if "Jul" not in label)
        return dataclasses.replace(proposal, groups=groups)

    _tamper(monkeypatch, change_proposal=without_july)
    with pytest.raises(VerificationError):
        sanitise_file(pack, JOB)
    assert LOST in _kinds(findings)


def test_a_regrouping_that_counts_a_month_twice_is_refused(pack, findings, monkeypatch):
    def april_twice(proposal):
        (first, lines), *rest = proposal.groups
        return dataclasses.replace(proposal, groups=((first, (*lines, lines[0])), *rest))

    _tamper(monkeypatch, change_proposal=april_twice)
    with pytest.raises(VerificationError):
        sanitise_file(pack, JOB)
    assert TWICE in _kinds(findings)


def test_without_the_regrouping_invariant_an_invented_count_gets_through(pack, monkeypatch):
    """The control: the copy matches its wrong regrouping, so only this invariant sees it."""
    monkeypatch.delitem(INVARIANTS, "regrouping_conserves")
    _tamper(monkeypatch, change_sheet=lambda s: _with_cell(s, APR_JUN, 41))
    assert sanitise_file(pack, JOB).status == "ok"


def test_a_group_label_quoting_a_figure_is_refused(pack, findings, monkeypatch):
    _tamper(monkeypatch, change_sheet=lambda s: _with_cell(s, (2, 1), "Apr-Jun 2013 (11)"))
    with pytest.raises(VerificationError):
        sanitise_file(pack, JOB)
    assert ("'Referrals' B5", QUOTED) in {(f.part, f.kind) for f in findings}


def test_a_group_label_naming_a_year_the_input_names_is_a_label(pack, findings, monkeypatch):
    _tamper(monkeypatch, change_sheet=lambda s: _with_cell(s, (2, 1), "April-June 2013"))
    sanitise_file(pack, JOB)
    assert findings == []


def test_a_regrouped_figure_is_an_outcome_when_a_figure_it_adds_up_was():
    """Even when its new label and title no longer say so (the input's words decide)."""
    measures = Measures(Policy())
    title, header = (0, 0), [(2, 0), (2, 1), (2, 2)]
    words = {title: "Job outcomes by payment group", (3, 0): "JSA 18-24"}
    words.update(zip(header, ["Payment group", "Apr 2013", "May 2013"], strict=True))
    original = Sheet("Sheet 1", cells={c: Cell(v) for c, v in words.items()})
    original.cells.update({(3, 1): Cell(3), (3, 2): Cell(4)})
    before = OutcomeContext(original, measures)
    before.outcomes.update(c for c in [(3, 1), (3, 2)] if before.is_outcome(c))
    cells = {(2, 0): Cell("Payment group"), (2, 1): Cell("Apr-May 2013"), (3, 1): Cell(7)}
    regrouped = Sheet("Sheet 1", cells={**cells, (3, 0): Cell("JSA 18-24")})
    after = OutcomeContext(regrouped, measures)
    assert not after.is_outcome((3, 1))  # its own words no longer name an outcome
    claim = Regrouping("columns", ((1, (1, 2)),), (2,), (3,), (1, 2))
    assert carry_outcomes(RegroupedSheet(regrouped, (claim,)), before, after) == {7.0}
    assert after.outcomes == {(3, 1)}


def test_a_regrouped_sheet_the_input_does_not_have_is_refused(pack, tmp_path):
    result = sanitise_file(pack, dataclasses.replace(JOB, aggregate=()))
    nowhere = {"Elsewhere": RegroupedSheet(Sheet("Elsewhere"), ())}
    assert Finding("sheet 'Elsewhere'", "a regrouped sheet the input does not have") in prove(
        Path(result.output), pack, Policy(), nowhere
    )


def test_an_input_cell_maps_to_its_place_in_the_copy_and_back():
    sheet = Sheet("Referrals", hidden_rows={1, 4, 5}, hidden_cols={0, 3})
    pair = SheetPair("Referrals", "volume", {}, [], sheet)
    for at in [(0, 1), (2, 2), (3, 4), (6, 7), (10, 2)]:
        assert pair.input_coord(pair.output_coord(at)) == at
