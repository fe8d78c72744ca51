"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 28).

A file named with its outcome total glued to the outcome's abbreviation ('JOs149.xlsx',
'JO149.xlsx', '149JOs.xlsx'), or with an area's outcomes ('Leeds JO41.xlsx'), went out, its
name on the cover ('Prepared ... from 'JOs149.xlsx' ...'), verified: a number glued to a word
was read as part of it. A file's name is read with a number of two digits or more set apart
from the word it is glued to, by the run's check of names (read/quoted_figures.file_words) and
by the proof of the cover's line naming it (verify/texts.file_words); one digit stays with its
word ('Q1', 'v2'), and so do a financial year's letters ('FY1314') and an ordinal's ('22nd').

"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tests.e2e.test_hunted_s27_leaks import _outcomes_named
from tests.misread import proved
from wpxl.cli import app

GLUED_NAMES = ["JOs149", "JO149", "149JOs", "Leeds JO41", "Outcomes149"]


@pytest.mark.parametrize("stem", GLUED_NAMES)
def test_a_file_named_with_an_outcome_figure_glued_to_a_word_is_refused(tmp_path, stem):
    source = _outcomes_named(tmp_path, stem)
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "the file's name quotes one of its unrounded or outcome figures" in run.stderr


@pytest.mark.parametrize("stem", GLUED_NAMES)
def test_the_proof_alone_refuses_a_file_name_with_an_outcome_figure_glued_to_a_word(tmp_path, stem):
    found = proved(tmp_path, _outcomes_named(tmp_path, stem))
    assert "'About this workbook' A4" in {f.part for f in found}  # the line naming the file


@pytest.mark.parametrize("stem", ["JOs_Q1", "JO_pack_v2", "Outcomes_FY1314", "JOs_22nd_May"])
def test_a_file_named_with_a_quarter_version_year_or_day_glued_goes_through(tmp_path, stem):
    source = _outcomes_named(tmp_path, stem)
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 0, run.stderr
    assert proved(tmp_path, source) == []
