"""What wpxl says itself, and what the input shows anyway, are not leaks: the proof knows them."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers", "JSA Prison Leavers"]
MONTHS = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013", "Aug 2013", "Sep 2013"]


def _small_table(path: Path, note: str | None = None, link: str | None = None) -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    ws.write(0, 0, "Referrals by payment group")
    ws.write_row(2, 0, ["Payment group", *MONTHS])
    for i, group in enumerate(GROUPS):
        ws.write(3 + i, 0, group)
        ws.write_row(3 + i, 1, [30 if i == j == 0 else 1 + (i + j) % 9 for j in range(6)])
    if note is not None:
        ws.write(10, 0, note)
    if link is not None:
        ws.write_url(11, 0, link, string="The publication")
    book.close()
    return path


def test_the_covers_count_of_figures_is_not_taken_for_an_input_figure(tmp_path, job):
    # 30 figures, one of which is 30 (shown 40): "29 of 30 figures are shown as 20 or less"
    # states wpxl's own count
    result = sanitise_file(_small_table(tmp_path / "pack.xlsx"), job)
    assert any("29 of 30 figures are shown as 20 or less" in w.message for w in result.warnings)


def test_a_link_address_the_input_also_shows_in_a_note_is_not_hidden_text(tmp_path, job):
    address = "https://www.gov.uk/government/statistics/work-programme"
    pack = _small_table(tmp_path / "pack.xlsx", note=f"Published at {address}", link=address)
    result = sanitise_file(pack, job)
    assert "hyperlinks" in {r.kind for r in result.removed}
