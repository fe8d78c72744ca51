from tests.builders import referrals_table, write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook

SMALL = [[3, 12, 5, 8], [7, 2, 14, 6], [1, 4, 9, 11], [6, 3, 2, 5], [2, 1, 3, 4]]


def _plan(tmp_path, sheets, policy=None):
    policy = policy or Policy()
    book = read_workbook(write_book(tmp_path / "in.xlsx", sheets))
    return make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))


def test_table_of_small_cells_is_warned_with_proposals_tried_on_the_data(tmp_path):
    plan = _plan(tmp_path, {"Referrals": referrals_table(SMALL)})
    (warning,) = plan.warnings
    assert warning.code == "low-value"
    assert warning.where == "table 'Referrals by payment group' on 'Referrals'"
    assert warning.message == (
        "20 of 20 figures are shown as 20 or less; figures of little value — consider less "
        "detail: "
        "drop the breakdown by payment group (one figure per column) "
        "(would leave 1 of 4 figures below 20); "
        "or drop the breakdown by month (one figure per row) "
        "(would leave 2 of 5 figures below 20); "
        "or show quarters instead of months (would leave 8 of 10 figures below 20)"
    )
    (quality,) = plan.quality
    assert (quality.cells, quality.small, quality.zeros) == (20, 20, 17)
    assert {p.name: (p.small, p.cells) for p in quality.proposals} == {
        "drop-rows": (1, 4),
        "drop-columns": (2, 5),
        "quarters": (8, 10),
        "jsa-esa-other": (7, 8),
    }
    quarters = next(p for p in quality.proposals if p.name == "quarters")
    assert [label for label, _ in quarters.groups] == ["Apr-Jun 2013", "Jul-Sep 2013"]


def test_table_of_large_cells_gets_no_warning(tmp_path):
    plan = _plan(tmp_path, {"Referrals": referrals_table([[121, 93, 240], [307, 111, 86]])})
    assert plan.warnings == []
    (quality,) = plan.quality
    assert (quality.small, quality.zeros, quality.totals_over) == (0, 0, 0)
    assert quality.proposals == ()


def test_total_likely_moved_far_by_rounding_is_warned_as_distorted(tmp_path):
    """Read from the rounded figures alone (wpxl.plan.total_spread): each line's three 0s
    stand for 0 to 9 each, so its total of 40 is likely a quarter short of the truth; three
    of its four figures shown 0, the table's figures are not most of them small."""
    values = [[5, 5, 5, 40], [5, 5, 5, 40]]
    policy = Policy(small_cell_share=0.8, total_error_share=0.2)
    plan = _plan(tmp_path, {"Referrals": referrals_table(values)}, policy)
    (warning,) = plan.warnings
    assert warning.code == "total-distorted"
    assert warning.message.startswith(
        "rounding has likely moved 6 of 7 totals by more than 20% of their true value — consider"
    )
    assert dict(warning.figures)["totals_over_threshold"] == 6


def test_thresholds_come_from_the_policy(tmp_path):
    values = [[3, 40, 60, 80], [100, 120, 140, 160]]
    assert _plan(tmp_path, {"Referrals": referrals_table(values)}).warnings == []
    strict = Policy(small_cell_share=0.1)
    (warning,) = _plan(tmp_path, {"Referrals": referrals_table(values)}, strict).warnings
    assert warning.message.startswith("1 of 8 figures are shown as 20 or less")


def test_cover_sheet_names_the_proposals_without_their_effects(tmp_path):
    plan = _plan(tmp_path, {"Referrals": referrals_table(SMALL)})
    cover = plan.sheets[0]
    lines = [c.value for c in cover.cells.values() if isinstance(c.value, str)]
    assert (
        "- table 'Referrals by payment group' on 'Referrals': 20 of 20 figures are shown as "
        "20 or less; figures of "
        "little value — "
        "consider less detail: show quarters instead of months; or group the payment groups "
        "as JSA / ESA / other; or drop the breakdown by payment group (one figure per column)"
        in lines  # the first three in the order wpxl makes them, not best first (session 34)
    )


def test_sheet_of_several_small_tables_gets_a_sheet_warning_too(tmp_path):
    first = referrals_table(SMALL[:2], total_row=False, total_col=False)
    second = referrals_table(SMALL[2:], total_row=False, total_col=False)
    second[0][0] = "Referrals by payment group, second half"
    plan = _plan(tmp_path, {"Referrals": [*first, [], [], *second]})
    assert [(w.code, w.where) for w in plan.warnings] == [
        ("low-value", "table 'Referrals by payment group' on 'Referrals'"),
        ("low-value", "table 'Referrals by payment group, second half' on 'Referrals'"),
        ("low-value-sheet", "sheet 'Referrals'"),
    ]
    assert plan.warnings[-1].message == (
        "20 of 20 figures are shown as 20 or less on this sheet; consider sharing fewer, "
        "larger tables"
    )


def test_error_bands_are_coarse_and_cover_every_share():
    from wpxl.plan.quality import BAND_LABELS, band_of

    shares = [0.0, 0.099, 0.1, 0.3, 0.5, 0.99, 1.0, 7.5]
    assert [BAND_LABELS[band_of(s)] for s in shares] == [
        "under 10%",
        "under 10%",
        "10-25%",
        "25-50%",
        "50-100%",
        "50-100%",
        "100% or more",
        "100% or more",
    ]
