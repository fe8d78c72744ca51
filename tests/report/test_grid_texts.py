"""The role grid of the HTML run report shows only text the sanitised copy carries unchanged.

The report is forwarded like the copy, so a note the copy removed (contact details, an NI
number, an outcome volume) must not come back in a grid cell or its tooltip.
"""

import re

from typer.testing import CliRunner

from tests.builders import referrals_table, write_book
from tests.report.conftest import visible_text
from wpxl.cli import app
from wpxl.policy import Policy
from wpxl.report.inspect import inspect_workbook
from wpxl.report.inspect_page import render_page

runner = CliRunner()
REMOVED = ["jane.smith@acme.co.uk", "JG103759A", "Only 7 job outcomes so far"]
KEPT = ["Payment group", "JSA 18-24", "ESA Flow", "Apr 2013", "Total"]


def _book(tmp_path):
    referrals = referrals_table([[1234, 1517, 1388], [2213, 2451, 2379], [687, 713, 659]])
    referrals += [[], ["Queries: jane.smith@acme.co.uk"], ["Duplicate removed: JG103759A"]]
    outcomes = referrals_table([[137, 163, 151], [211, 247, 229], [113, 127, 119]])
    outcomes[0][0] = "Job outcomes by payment group"
    outcomes += [[], ["Only 7 job outcomes so far"]]
    return write_book(tmp_path / "pack.xlsx", {"Referrals": referrals, "Job outcomes": outcomes})


def _cell_texts(html):
    return re.findall(r"<td [^>]*>([^<]*)</td>", html)


def test_html_report_grid_repeats_no_removed_note(tmp_path):
    page = tmp_path / "r.html"
    result = runner.invoke(
        app, ["sanitise", str(_book(tmp_path)), "-o", str(tmp_path / "out"), "--report", str(page)]
    )
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.count('class="wpxl-grid"') == 2
    text = visible_text(html)
    for removed in [*REMOVED, "jane.smith", "7 job outcomes"]:
        assert removed not in html
        assert removed not in text
    assert set(KEPT) <= set(_cell_texts(html))
    assert 'title="A3: column header — Payment group"' in html
    assert html.count('title="A9: note"') == 2  # drawn by their role, without their words


def test_inspect_page_still_shows_every_word_on_the_analysts_machine(tmp_path):
    """``wpxl inspect --html`` never leaves the machine: it keeps showing titles and notes."""
    html = render_page(inspect_workbook(_book(tmp_path), Policy()))
    assert "Queries: jane.smith@acme.co.uk" in html
    assert "Only 7 job outcomes so far" in html
    assert set(KEPT) <= set(_cell_texts(html))
