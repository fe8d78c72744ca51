"""Neither report holds an unrounded figure or an outcome volume, scanned as the output is.

With a rounding base of 1000 every unrounded figure in these inputs is a number of three or
four digits that no count of cells, threshold or band in a report can equal, so any such number
found in a report is a leak.
"""

import datetime as dt
import json
import re
from itertools import chain

from tests.builders import referrals_table, write_book
from tests.report.conftest import json_leaves, visible_text
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.report import report_document
from wpxl.report.html import render_html_report
from wpxl.sanitise import Job, sanitise_file

VOLUMES = [[613, 271, 347, 129], [1013, 2171, 3347, 617], [431, 289, 703, 157]]
OUTCOMES = [[311, 457, 233, 181], [523, 129, 377, 613], [251, 197, 419, 283]]
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _sums(values):
    rows = [sum(r) for r in values]
    cols = [sum(c) for c in zip(*values, strict=True)]
    return {*chain.from_iterable(values), *rows, *cols, sum(rows)}


def _book(tmp_path):
    volumes = referrals_table(VOLUMES)
    volumes[0][0] = f"Referrals by payment group ({sum(map(sum, VOLUMES))} in all)"
    volumes[3][0] = f"JSA 18-24 (n={sum(VOLUMES[0])})"  # labels and a sheet name stating counts
    volumes[2][2] = f"May 2013 (base {sum(r[1] for r in VOLUMES)})"
    outcomes = referrals_table(OUTCOMES)
    outcomes[0][0] = "Job outcomes by payment group"
    sheets = {f"Referrals n={sum(map(sum, VOLUMES))}": volumes, "Outcomes": outcomes}
    return write_book(tmp_path / "pack.xlsx", sheets)


def _numbers(texts, folder=""):
    """Numbers written in ``texts``; the run's folder is left out (pytest numbers its folders)."""
    return {
        float(t.replace(",", ""))
        for text in texts
        for t in _NUMBER.findall(str(text).replace(str(folder), ""))
    }


def test_reports_hold_no_unrounded_figure_or_outcome_volume(tmp_path):
    policy = Policy(rounding_base=1000)
    job = Job(policy, Audience(produced=dt.date(2026, 11, 25)), tmp_path / "out", grids=True)
    result = sanitise_file(_book(tmp_path), job)
    assert {w.code for w in result.warnings} >= {"low-value"}
    forbidden = {float(n) for n in _sums(VOLUMES) | _sums(OUTCOMES) if n % 1000}
    document = report_document([result])
    json_text = [leaf for leaf in json_leaves(document) if not isinstance(leaf, bool)]
    html_text = visible_text(render_html_report([result]))
    assert "Sheet 1" in json.dumps(document) and "Sheet 1" in html_text  # the shown name
    assert _numbers(json_text, tmp_path) & forbidden == set()
    assert _numbers([html_text], tmp_path) & forbidden == set()


def test_scan_would_see_a_figure_in_a_report(tmp_path):
    result = sanitise_file(
        _book(tmp_path),
        Job(Policy(rounding_base=1000), Audience(produced=dt.date(2026, 11, 25)), tmp_path / "o"),
    )
    result.warnings[0] = type(result.warnings[0])("x", "y", "a total of 2171 here")
    leaked = _numbers(json_leaves(report_document([result])))
    assert 2171.0 in leaked
