"""A report names a table by the title the copy shows, never by words the copy had to remove.

The JSON report's tables[].title once repeated a title verbatim unless it quoted a number some
cell held: a title the copy removed for stating an unrounded count ("excl. 137 duplicates"), or
an outcome table's title stating a small volume ("excl. 3 prison leavers"), left the machine in
r.json though not in the copy.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.builders import referrals_table, write_book
from wpxl.report import report_document
from wpxl.report.results import WITHHELD
from wpxl.sanitise import sanitise_file

VOLUMES = [[1234, 1517, 1388], [2213, 2451, 2379], [687, 713, 659], [433, 471, 457]]


SHOWN = "Job outcomes by payment group, Q1 2013/14"  # a title the copy's % sheet names


def _report(tmp_path: Path, job, title: str) -> tuple[list[str], str, list[str]]:
    """The titles of the JSON report's tables (``title``'s, then one the copy shows), the whole
    report as text, and the removals."""
    rows, shown = referrals_table(VOLUMES), referrals_table(VOLUMES)
    rows[0][0], shown[0][0] = title, SHOWN
    source = write_book(tmp_path / "pack.xlsx", {"Pack": rows, "More": shown})
    result = sanitise_file(source, job)
    document = report_document([result])
    (entry,) = document["files"]  # type: ignore[index]
    titles = [t["title"] for t in entry["tables"]]
    return titles, json.dumps(document), [f"{r.kind} {r.where}" for r in result.removed]


@pytest.mark.parametrize(
    "title",
    [
        "Referrals by payment group (excl. 137 duplicates)",
        "Job starts by payment group - 58 more awaiting validation",
        "Referrals by payment group (n=47 withdrawn)",
        "Referrals by payment group - queries to jo.bloggs@provider.co.uk",
    ],
)
def test_a_title_the_copy_removed_is_withheld(tmp_path, job, title):
    titles, text, removed = _report(tmp_path, job, title)
    assert "text 'Pack' A1" in removed  # the copy removed it
    assert titles == [WITHHELD, SHOWN]
    assert title not in text
    assert "title_at" not in text and "'Pack' A1'" not in text  # where it was: not reported


@pytest.mark.parametrize(
    "title",
    [
        "Job outcomes by payment group (excl. 3 prison leavers)",
        "Job outcomes by payment group, 7 ESA Ex-IB not shown",
        "Job outcomes by payment group - JSA Prison Leavers (4) in JSA 25+",
        "Job outcomes by payment group; twelve to be validated",
    ],
)
def test_an_outcome_table_title_stating_a_volume_is_withheld(tmp_path, job, title):
    titles, text, _ = _report(tmp_path, job, title)
    assert titles == [WITHHELD, SHOWN]
    assert title not in text


def test_a_label_quoting_a_year_shaped_unrounded_total_is_withheld_from_the_reports(
    tmp_path: Path, job
):
    """'ESA Flow (2059 referrals)' states the row's true total, shaped like a year: the copy
    removes the label, and neither the totals' labels in r.json nor the HTML grid repeat it."""
    rows = referrals_table([[1234, 1517, 1388], [2213, 2451, 2379], [687, 713, 659]])
    rows[5][0] = "ESA Flow (2059 referrals)"  # 687 + 713 + 659
    source = write_book(tmp_path / "pack.xlsx", {"Pack": rows})
    result = sanitise_file(source, replace(job, grids=True))
    labels = [e.label for q in result.quality for e in q.errors]
    assert WITHHELD in labels and not any("2059" in label for label in labels)
    assert "2059" not in json.dumps(report_document([result]))
    assert all("2059" not in grid for _, grid in result.grids)
