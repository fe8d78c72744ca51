import re

import pytest
from PIL import Image
from typer.testing import CliRunner

from tests.report.chromium import chromium, render
from tests.report.conftest import small_book, visible_text
from wpxl.cli import app

runner = CliRunner()
needs_chromium = pytest.mark.skipif(
    chromium() is None, reason="Chromium is not installed (.ci/run installs it; CI never skips)"
)


def _ink(path):
    """Share of pixels that are not the page background, and how many colours there are."""
    image = Image.open(path).convert("RGB")
    background = image.getpixel((0, image.height - 1))
    colours = image.getcolors(maxcolors=image.width * image.height)
    pixels = image.width * image.height
    inked = pixels - sum(n for n, colour in colours if colour == background)
    return inked / pixels, len(colours)


@needs_chromium
def test_console_check_sees_a_script_error(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text("<p>x</p><script>console.error('boom'); notAFunction();</script>")
    console = render(page, tmp_path).console
    assert any("boom" in line for line in console)
    assert any("Uncaught ReferenceError" in line for line in console)


@needs_chromium
def test_html_report_renders_in_chromium_with_ink_and_no_console_errors(tmp_path, samples):
    page = tmp_path / "report.html"
    files = [str(small_book(tmp_path)), *map(str, samples)]
    result = runner.invoke(
        app, ["sanitise", *files, "-o", str(tmp_path / "out"), "--report", str(page)]
    )
    assert result.exit_code == 0, result.output
    rendering = render(page, tmp_path)
    assert rendering.console == []
    share, colours = _ink(rendering.screenshot)
    assert share > 0.05
    assert colours > 20


@needs_chromium
def test_blank_page_is_seen_as_blank(tmp_path):
    page = tmp_path / "blank.html"
    page.write_text("<!DOCTYPE html><html><body></body></html>")
    share, colours = _ink(render(page, tmp_path).screenshot)
    assert (share, colours) == (0.0, 1)


def test_html_report_puts_warnings_first_and_draws_grid_and_chart(tmp_path):
    page = tmp_path / "report.html"
    result = runner.invoke(app, ["sanitise", str(small_book(tmp_path)), "--report", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    text = visible_text(html)
    assert text.index("Warnings (1)") < text.index("small.xlsx") < text.index("What wpxl made")
    assert "20 of 20 figures are shown as 20 or less; figures of little value" in text
    assert (
        "How far rounding has likely moved the totals of table 'Referrals by payment group' on "
        "'Referrals'" in text
    )
    assert html.count('class="wpxl-grid"') == 1
    assert html.count("<rect ") == 10  # one bar per volume total


def test_html_report_needs_nothing_from_outside(tmp_path):
    page = tmp_path / "report.html"
    runner.invoke(app, ["sanitise", str(small_book(tmp_path)), "--report", str(page)])
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"<script|\bsrc=|\bhref=|url\(|@import", html)


def test_html_report_is_the_same_for_the_same_run(tmp_path):
    source = str(small_book(tmp_path))
    pages = []
    for name in ("a.html", "b.html"):
        page = tmp_path / name
        args = ["sanitise", source, "--force", "--report", str(page)]
        assert runner.invoke(app, args).exit_code == 0
        pages.append(page.read_bytes())
    assert pages[0] == pages[1]
