"""``wpxl inspect --html``: a self-contained page, drawn by a real headless Chromium."""

import os
import re
import shutil
import subprocess

import pytest
from PIL import Image
from typer.testing import CliRunner

from tests.analyse.corpus.score import HERE
from wpxl.cli import app
from wpxl.read import read_workbook
from wpxl.report.rolegrid import SWATCHES

runner = CliRunner()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="Chromium is not installed (.ci/run installs it; CI never skips this)",
)


def _page(tmp_path, name: str) -> str:
    page = tmp_path / "inspect.html"
    result = runner.invoke(app, ["inspect", str(HERE / name), "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(f"page: {page}\n")
    return page.read_text(encoding="utf-8")


def test_page_is_self_contained_with_a_grid_per_sheet_and_a_legend(tmp_path):
    html = _page(tmp_path, "21_summary_across_sheets.xlsx")
    assert not re.search(r"(src|href)\s*=|<script|@import|url\(", html, re.IGNORECASE)
    assert html.count('class="wpxl-grid"') == 3
    assert 'class="wpxl-legend"' in html
    for swatch in SWATCHES.values():
        assert swatch.meaning in html
    assert "total B4 = North!B4,South!B4" in html


def test_page_never_shows_a_figure_of_the_workbook(tmp_path):
    html = _page(tmp_path, "01_referrals_basic.xlsx")
    words = set(re.sub(r"<[^>]+>", " ", html).split())
    cells = read_workbook(HERE / "01_referrals_basic.xlsx").sheets[0].cells.values()
    figures = {str(c.value) for c in cells if isinstance(c.value, int)}
    assert figures and not figures & words


@needs_chromium
def test_headless_chromium_draws_the_page_in_the_role_colours(tmp_path):
    _page(tmp_path, "02_merged_headers_total_above_subtotals.xlsx")
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
            "--window-size=1000,700", (tmp_path / "inspect.html").as_uri(),
        ],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    image = Image.open(shot).convert("RGB")
    assert image.size == (1000, 700)
    colours = {colour for _, colour in image.getcolors(maxcolors=1_000_000) or []}
    assert len(colours) > 20, "the screenshot is blank"
    for role in ("header", "label", "count", "total", "title"):
        swatch = SWATCHES[role].background.lstrip("#")
        rgb = tuple(int(swatch[i : i + 2], 16) for i in (0, 2, 4))
        assert rgb in colours, f"no {role} cell drawn"
