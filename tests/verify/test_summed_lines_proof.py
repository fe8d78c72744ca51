"""Invariant 10 for a line over its fellows (verify/summed_lines.py), on its side: an 'All areas'
column typed before the regions' columns, each region's column the total of its districts', a
blank column parting the regions. Read table by table, the plan rounded 'All areas' on its own
(the rounded original total) until session 17; the proof reads the columns itself and refuses
such a copy, while a column of years beside them, or a header row of years, is never taken for
figures."""

from __future__ import annotations

from pathlib import Path

from tests.builders import write_book
from tests.misread import misread_findings, proved
from wpxl.verify.summed_lines import NOT_THE_SUM

NORTH = [[423, 306], [455, 656], [850, 45], [321, 13]]  # Ashby, Brack by year
SOUTH = [[258, 198, 84], [444, 15, 557], [518, 518, 712], [209, 149, 178]]


def _side_by_side() -> list[list]:
    rows: list[list] = [
        ["Job starts by area"],
        [],
        ["Year", "All areas", "North", None, None, None, "South"],
        [None, None, None, "Ashby", "Brack", None, None, "Holm", "Kings", "Redfern"],
    ]
    for year, north, south in zip((2011, 2012, 2013, 2014), NORTH, SOUTH, strict=True):
        line = [year, sum(north) + sum(south), sum(north), *north, None, sum(south), *south]
        rows.append(line)
    return rows


def _findings(tmp_path: Path, rows: list[list]) -> list:
    return proved(tmp_path, write_book(tmp_path / "areas.xlsx", {"Job starts": rows}))


def test_an_all_areas_column_rounded_on_its_own_is_refused(tmp_path):
    """The plan rounding 'All areas' on its own, as it did when it read the sheet table by
    table: the proof finds it alone."""
    rows = _side_by_side()
    alone = {(r, 1): float((rows[r][1] + 10) // 20 * 20) for r in range(4, 8)}
    findings = misread_findings(tmp_path, rows, alone, "rounded")
    found = {f.part for f in findings if f.kind == NOT_THE_SUM}
    # 2012: 1,120 + 1,020 shown, 2,127 rounded on its own to 2,120 (the banner's rows above)
    assert "'Referrals' B8" in found


def test_the_all_areas_column_rebuilt_over_the_regions_passes(tmp_path):
    assert not _findings(tmp_path, _side_by_side())


def test_the_regions_alone_pass(tmp_path):
    """Without the 'All areas' column nothing adds up the regions: no finding, the years (a
    column of nothing but years) are no line of figures."""
    rows = [[cell for at, cell in enumerate(line) if at != 1] for line in _side_by_side()]
    assert not [f for f in _findings(tmp_path, rows) if f.kind == NOT_THE_SUM]
