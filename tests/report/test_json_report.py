import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from tests.report.conftest import load_json, small_book
from wpxl.cli import app
from wpxl.report import SCHEMA_PATH

runner = CliRunner()


def _schema():
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def test_json_report_of_real_runs_validates_against_the_documented_schema(tmp_path, samples):
    source = small_book(tmp_path)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"")
    report = tmp_path / "report.json"
    args = ["sanitise", str(source), *map(str, samples), str(bad), "-o", str(tmp_path / "out")]
    result = runner.invoke(app, [*args, "--report", str(report)])
    assert result.exit_code == 1
    document = load_json(report)
    jsonschema.Draft202012Validator.check_schema(_schema())
    jsonschema.validate(document, _schema(), cls=jsonschema.Draft202012Validator)
    assert [Path(f["input"]).name for f in document["files"]] == [
        "small.xlsx",
        *(p.name for p in samples),
        "bad.xlsx",
    ]
    assert document["files"][-1]["status"] == "refused"


def test_json_report_carries_the_warning_its_figures_and_the_proposals(tmp_path):
    report = tmp_path / "report.json"
    result = runner.invoke(app, ["sanitise", str(small_book(tmp_path)), "--report", str(report)])
    assert result.exit_code == 0, result.output
    (entry,) = load_json(report)["files"]
    (warning,) = entry["warnings"]
    assert warning["code"] == "low-value"
    assert warning["tables"] == ["table 'Referrals by payment group' on 'Referrals'"]
    assert warning["figures"] == {
        "cells": 20,
        "shown_at_most_base": 20,
        "rounded_to_zero": 17,
        "totals": 10,
        "totals_over_threshold": 10,
        "small_cell_share_threshold": 0.5,
        "total_error_share_threshold": 0.25,
    }
    (quality,) = entry["quality"]
    assert quality["largest_total_error"] == "100% or more"
    quarters = next(p for p in quality["proposals"] if p["name"] == "quarters")
    assert quarters == {
        "name": "quarters",
        "advice": "show quarters instead of months",
        "axis": "columns",
        "groups": [
            {"label": "Apr-Jun 2013", "lines": ["B", "C", "D"]},
            {"label": "Jul-Sep 2013", "lines": ["E"]},
        ],
        "cells": 10,
        "below_base": 8,
    }


def test_an_unknown_report_suffix_is_a_usage_error_before_any_work(tmp_path):
    source = small_book(tmp_path)
    result = runner.invoke(app, ["sanitise", str(source), "--report", str(tmp_path / "r.txt")])
    assert result.exit_code == 2
    assert "wpxl writes reports as .json or .html" in result.output
    assert not (tmp_path / "small-sanitised.xlsx").exists()


def test_a_report_that_cannot_be_written_fails_the_run_in_one_line(tmp_path):
    source = small_book(tmp_path)
    report = tmp_path / "missing" / "report.json"
    result = runner.invoke(app, ["sanitise", str(source), "--report", str(report)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"wpxl: --report {report}: cannot write there (No such file or directory). "
        "Choose another folder.\n"
    )
    assert (tmp_path / "small-sanitised.xlsx").exists()
