"""DWP's Stat-Xplore export of households by award band (/work/shared/real-layouts) withholds a
whole line, '£1500.01 or over' ('..' in every cell, its own total too), a band over the bands
after it; its totals are perturbed at source, so its analyst's policy rebuilds them. Four of
its five totals under the line were removed as 'a total over a cell the source suppressed ...
rebuilt from the other cells it would not be the total': the rest add up to them within the
perturbation (1, 2, 8, -2 households of millions), as every other total's parts do; only the
column whose rest added up exactly was rebuilt (a reason that was not true, and four totals
lost). Where the source perturbs its totals, a line withheld whole hides nothing from a total
the rest add up to within the perturbation (analyse/typed_totals); a cell suppressed on a line
of figures, or any marker under the default policy, still removes its total."""

from __future__ import annotations

from pathlib import Path

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.analyse.typed_totals import SUPPRESSED_TOTAL
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook

BANDS = {
    "No payment": [309971, 56723, 35356],
    "£0.01 to £500.00": [102312, 24639, 7610],
    "£500.01 to £1000.00": [120819, 34670, 8906],
    "£1000.01 or over": ["..", "..", ".."],  # the bands below, withheld
    "£1000.01 to £1500.00": [173925, 43623, 11750],
    "£1500.01 or over": [75706, 55622, 10802],
}
TOTALS = [782734, 215275, 74424]  # the rest's sums, perturbed: +1, -2, 0
HEAD = ["Monthly award amount", "Single, no children", "Single, with children", "Couple"]


def _sheet(tmp_path: Path, bands: dict[str, list], rebuild: bool):
    """The analysis of the bands, their typed totals under them."""
    rows: list[list] = [["Households referred, by award band"], [], HEAD]
    rows += [[band, *figures] for band, figures in bands.items()]
    rows.append(["Total", *TOTALS])
    source = write_book(tmp_path / "bands.xlsx", {"Referrals": rows})
    policy = Policy(source_totals="rebuild" if rebuild else "refuse")
    (sheet,) = analyse_workbook(read_workbook(source), policy)
    return sheet


def test_totals_beside_a_line_withheld_whole_are_rebuilt_where_the_source_perturbs(tmp_path):
    sheet = _sheet(tmp_path, BANDS, rebuild=True)
    total = 3 + len(BANDS)
    assert [sheet.roles[(total, col)] for col in (1, 2, 3)] == [Role.TOTAL] * 3
    parts = sheet.tables[0].totals[(total, 1)]
    assert [r for _, r, _ in parts] == [3, 4, 5, 7, 8]


def test_under_the_default_policy_only_the_one_the_rest_add_up_to_exactly_is_kept(tmp_path):
    sheet = _sheet(tmp_path, BANDS, rebuild=False)
    total = 3 + len(BANDS)
    removed = [sheet.reasons.get((total, col)) for col in (1, 2, 3)]
    assert removed == [SUPPRESSED_TOTAL, SUPPRESSED_TOTAL, None]


def test_a_total_over_one_suppressed_cell_on_a_line_of_figures_is_still_removed(tmp_path):
    bands = dict(BANDS)
    bands["£0.01 to £500.00"] = [102312, "[c]", 7610]
    sheet = _sheet(tmp_path, bands, rebuild=True)
    total = 3 + len(BANDS)
    assert sheet.reasons.get((total, 2)) == SUPPRESSED_TOTAL
    assert sheet.roles[(total, 1)] is Role.TOTAL
