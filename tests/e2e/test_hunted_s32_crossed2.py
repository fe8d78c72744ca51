"""Session 32, continued: what a drawing of cross-tabulations totalled both ways found
(tests/e2e/crossed_tables, read back by the oracle of tests/e2e/mixed_tables, which shares
nothing with wpxl), and how each shape is read now.

- **Offices numbered under 'Office', rounded as counts, and the proof passed the copy** (the
  worst): DWP's four-digit office numbers typed as numbers (6660, 2946 ...), either in column B
  right of 'Region', the region named on its first office's line only, or in column A under
  region lines ('North' over its offices, its SUMs down each column and a quarter's total
  across). They came out rounded (2946 as 2940), every figure a multiple of 20 and every total
  adding up, so the proof saw nothing wrong. The codes stood beside no name on the later lines,
  which the reading of a place's codes asked (analyse/bare_places, verify/place_codes); and a
  region's line holding a total across its own cells (=SUM(B4:C4)) was no group's line, for
  the plan (analyse/group_lines) or the proof (verify/group_lines). Codes right of a column
  naming their groups on each group's first line only are the later lines' only names, read as
  such by both where a total or a group's line leaves their column blank; a formula over the
  line's own cells says nothing of the side a group's line adds up. The proof alone refuses the
  rounded copy.
- In other drawings of the same shape the proof refused the right copy's plan, which had
  rounded them: offices numbered in column A under a total on top, a typed 'Central total'
  under each region's offices (the plan read a run under a total on top with no other total
  line), or over a typed 'Yorkshire' line adding them up, named in their own column (the plan
  took any words there for a total's, and a region's name is none), or after 'North total'
  (words after a total line closing the run as the total does), or under typed region lines
  ('Central' over its offices) over 'Yorkshire' at the foot. The plan reads them as the proof
  does now (analyse/label_numbers, analyse/group_lines); and a typed region's line named in
  the offices' column over them ('Coast | 200 | 65' over 5960, 5753) is a group's line for the
  proof as for the plan (verify/typed_groups).
- Under 'Yorkshire' on top, typed, a typed 'Coast total' under each region's offices, they
  came out rounded and the proof passed them: neither reading of a group's line passed a
  region's own line named in the column. A line naming its own group there, its figures its
  lines' sums, is passed as a line blank there is (analyse/group_lines, verify/typed_groups).
- **Month codes across (201404 ...) over a region's line right under the header**, its SUMs
  saved by a script with no value: the proof took the codes for figures ('not a multiple of
  20'), as it asks a figure under each number heading a column and an uncached formula was
  none there, nor was a line of them part of its own table (verify/label_figures,
  verify/rows_of). A formula is a figure, cached or not.
- **'Total' heading the year's column, then month codes heading theirs** ('Office | Total |
  201404 | 201405 | 201406'), the SUMs under them uncached: the proof read 'Total' with figures
  right of it as a total line, and the codes as totals over cells the copy shows no figure for,
  rounded on their own. Numbers the proof reads as heading columns are no total's figures
  (verify/unshown_totals).
- **Two measures a month with typed totals** ('Apr 2014' over 'Referrals | Job starts', a
  'Total' pair at the end, values pasted): refused as 'labelled as a total but not the sum of
  the cells it would total (B5:I5)': the Total pair's 'Referrals' is the sum of the Referrals
  columns alone. A total of one measure adds none of another: where every column names its
  measure, columns are read for totals one measure at a time (analyse/measure_columns; since
  session 33 a reading of analyse/measure_runs).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.workbook.workbook import Workbook

from tests.e2e.crossed_tables import book
from tests.e2e.mixed_tables import misshown
from tests.e2e.runs import line_of, sanitised_rows
from tests.misread import BANNER, proved
from wpxl.model import Plan
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file
from wpxl.verify.kept_labels import ROUNDED_LABEL

_QUIET = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
TITLE = ["Referrals by office and month, 2014-15"]


def _rounded(codes: dict[tuple[int, int], int]) -> Callable[[Plan], None]:
    """A change writing the numbers at ``codes`` (input places) rounded to 20, as a plan that
    took them for counts would."""

    def change(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        for (row, col), number in codes.items():
            planned = cells[(row + BANNER, col)]
            rounded = float((number + 10) // 20 * 20)
            cells[(row + BANNER, col)] = replace(planned, value=rounded, kind="rounded")

    return change


def _saved(tmp_path, rows: list[list], sheet: str = "Referrals", merged: tuple = ()) -> Path:
    """The workbook of ``rows`` on ``sheet`` as a script saves it (no cached values), its
    ``merged`` spans merged."""
    workbook = openpyxl.Workbook()
    page = workbook.active
    page.title = sheet
    for line in rows:
        page.append(line)
    for span in merged:
        page.merge_cells(span)
    source = tmp_path / "offices.xlsx"
    workbook.save(source)
    return source


def _regions_beside(typed: bool) -> list[list]:
    """'Region | Office', each region named on its first office's line only."""
    offices = [["North", 6660, 12, 30], [None, 2946, 7, 5], [None, 6518, 40, 3],
               ["South", 7275, 9, 11], [None, 5584, 1, 2]]  # fmt: skip
    rows = [TITLE, [], ["Region", "Office", "Apr 2014", "May 2014", "Total"]]
    for r, (region, office, a, b) in enumerate(offices, 4):
        rows.append([region, office, a, b, a + b if typed else f"=SUM(C{r}:D{r})"])
    sums = [69, 51, 120] if typed else [f"=SUM({c}4:{c}8)" for c in "CDE"]
    return [*rows, ["Total", None, *sums]]


def test_offices_numbered_right_of_their_regions_keep_their_numbers(tmp_path):
    for typed in (True, False):
        shown, _ = sanitised_rows(tmp_path / str(typed), {"Referrals": _regions_beside(typed)})
        page = shown["Referrals"]
        codes = [r[1].value for r in page.iter_rows() if isinstance(r[2].value, int | float)]
        assert codes == [6660, 2946, 6518, 7275, 5584, None]  # the Total line's blank
        assert line_of(page, "North")[:5] == ["North", 6660, 20, 40, 60]
        assert line_of(page, "Total")[:5] == ["Total", None, 60, 60, 120]


def test_the_proof_refuses_offices_right_of_their_regions_rounded(tmp_path):
    source = _saved(tmp_path, _regions_beside(typed=False))
    change = _rounded({(4, 1): 2946, (5, 1): 6518, (7, 1): 5584})
    assert ROUNDED_LABEL in {f.kind for f in proved(tmp_path, source, change)}
    assert [f for f in proved(tmp_path, source) if f.kind == ROUNDED_LABEL] == []


def _under_regions() -> list[list]:
    """Offices numbered in column A under their regions' lines, each region's line its
    offices' SUMs down and its quarter's across, as a script saves them (no values)."""
    rows = [TITLE, [], ["Office", "Apr 2014", "May 2014", "Q1 total"]]
    groups = [("North", [(3503, 2, 80), (8481, 306, 31)]),
              ("South", [(5253, 7, 108), (7013, 60, 4), (9134, 55, 5)])]  # fmt: skip
    heads = []
    for region, offices in groups:
        at, first = len(rows) + 1, len(rows) + 2
        last = first + len(offices) - 1
        rows.append([region, f"=SUM(B{first}:B{last})", f"=SUM(C{first}:C{last})",
                     f"=SUM(B{at}:C{at})"])  # fmt: skip
        rows += [[o, a, b, f"=SUM(B{r}:C{r})"] for r, (o, a, b) in enumerate(offices, first)]
        heads.append(at)
    return [*rows, ["Yorkshire", *(f"=SUM({c}{heads[0]},{c}{heads[1]})" for c in "BCD")]]


def test_offices_numbered_under_their_regions_lines_keep_their_numbers(tmp_path):
    page = sanitised_rows(tmp_path, {"Referrals": _under_regions()})[0]["Referrals"]
    assert line_of(page, 3503)[:4] == [3503, 0, 80, 80]
    assert line_of(page, 9134)[:4] == [9134, 60, 0, 60]
    assert line_of(page, "North")[:4] == ["North", 300, 120, 420]
    assert line_of(page, "Yorkshire")[:4] == ["Yorkshire", 420, 220, 640]


def test_the_proof_refuses_offices_under_their_regions_rounded(tmp_path):
    source = _saved(tmp_path, _under_regions())
    change = _rounded({(4, 0): 3503, (5, 0): 8481, (7, 0): 5253})
    assert ROUNDED_LABEL in {f.kind for f in proved(tmp_path, source, change)}
    assert [f for f in proved(tmp_path, source) if f.kind == ROUNDED_LABEL] == []


def test_offices_numbered_under_a_total_on_top_with_each_regions_total_keep_them(tmp_path):
    rows = [TITLE, [], ["Office", "Apr 2014", "May 2014", "Total"],
            ["All offices", 567, 74, 641], [9475, 218, 8, 226], [2818, 4, 33, 37],
            ["Central total", 222, 41, 263], [9526, 19, 2, 21], [8306, 326, 31, 357],
            ["North total", 345, 33, 378]]  # fmt: skip
    page = sanitised_rows(tmp_path, {"Referrals": rows})[0]["Referrals"]
    assert [line_of(page, office)[:4] for office in (9475, 2818, 9526, 8306)] == [
        [9475, 220, 0, 220], [2818, 0, 40, 40], [9526, 20, 0, 20], [8306, 320, 40, 360]
    ]  # fmt: skip
    assert line_of(page, "All offices")[:4] == ["All offices", 560, 80, 640]


def test_offices_numbered_over_their_regions_typed_line_keep_them(tmp_path):
    offices = [[3215, 365, 305], [6495, 6, 9], [8505, 19, 312], [2869, 34, 7]]
    rows = [TITLE, [], ["Office", "Apr 2014", "May 2014", "Total"]]
    rows += [[o, a, b, a + b] for o, a, b in offices]
    rows.append(["Yorkshire", 424, 633, 1057])
    page = sanitised_rows(tmp_path, {"Referrals": rows})[0]["Referrals"]
    assert [line_of(page, o)[0] for o, _, _ in offices] == [3215, 6495, 8505, 2869]
    assert line_of(page, "Yorkshire")[:4] == ["Yorkshire", 420, 620, 1040]


def test_offices_numbered_under_their_regions_typed_lines_keep_them(tmp_path):
    rows = [TITLE, [], ["Office", "Apr 2014", "May 2014", "Total"],
            ["Coast", 200, 65, 265], [5960, 189, 59, 248], [5753, 11, 6, 17],
            ["North", 101, 107, 208], [9050, 2, 102, 104], [1163, 99, 5, 104],
            ["All offices", 301, 172, 473]]  # fmt: skip
    page = sanitised_rows(tmp_path, {"Referrals": rows})[0]["Referrals"]
    assert [line_of(page, o)[:4] for o in (5753, 9050, 1163)] == [
        [5753, 20, 0, 20], [9050, 0, 100, 100], [1163, 100, 0, 100]
    ]  # fmt: skip
    assert line_of(page, "All offices")[:4] == ["All offices", 300, 160, 460]


def test_offices_numbered_over_their_regions_totals_and_a_grand_line_keep_them(tmp_path):
    rows = [TITLE, [], ["Office", "Apr 2014", "May 2014", "Total"],
            [5440, 2, 198, 200], [7594, 231, 25, 256], ["East total", 233, 223, 456],
            [8693, 24, 3, 27], [7394, 2, 38, 40], ["North total", 26, 41, 67],
            ["Yorkshire", 259, 264, 523]]  # fmt: skip
    page = sanitised_rows(tmp_path, {"Referrals": rows})[0]["Referrals"]
    assert [line_of(page, o)[:4] for o in (5440, 7594, 8693, 7394)] == [
        [5440, 0, 200, 200], [7594, 240, 20, 260], [8693, 20, 0, 20], [7394, 0, 40, 40]
    ]  # fmt: skip
    assert line_of(page, "Yorkshire")[:4] == ["Yorkshire", 260, 260, 520]


def _place_on_top() -> list[list]:
    """Offices numbered in column A, each region's typed total under them, all under
    'Yorkshire' on top, typed: the grand total named by its place."""
    groups = [("Coast", [(9209, 0, 254), (7351, 16, 150)]),
              ("North", [(1096, 5, 34), (9183, 6, 26), (4964, 5, 9)])]  # fmt: skip
    lines = []
    for region, offices in groups:
        lines += [[o, a, b, a + b] for o, a, b in offices]
        lines.append([f"{region} total", *(sum(o[i] for o in offices) for i in (1, 2)), 0])
        lines[-1][3] = lines[-1][1] + lines[-1][2]
    grand = [sum(line[i] for line in lines if isinstance(line[0], int)) for i in (1, 2, 3)]
    return [TITLE, [], ["Office", "Apr 2014", "May 2014", "Total"], ["Yorkshire", *grand], *lines]


def test_offices_numbered_under_their_place_on_top_keep_their_numbers(tmp_path):
    page = sanitised_rows(tmp_path, {"Referrals": _place_on_top()})[0]["Referrals"]
    assert [line_of(page, o)[0] for o in (9209, 7351, 1096, 9183, 4964)] == [
        9209, 7351, 1096, 9183, 4964
    ]  # fmt: skip
    assert line_of(page, "Yorkshire")[:4] == ["Yorkshire", 20, 480, 500]


def test_the_proof_refuses_offices_under_their_place_on_top_rounded(tmp_path):
    source = _saved(tmp_path, _place_on_top())
    change = _rounded({(4, 0): 9209, (5, 0): 7351, (7, 0): 1096})
    assert ROUNDED_LABEL in {f.kind for f in proved(tmp_path, source, change)}
    assert [f for f in proved(tmp_path, source) if f.kind == ROUNDED_LABEL] == []


def test_offices_numbered_under_typed_region_lines_over_their_place_keep_them(tmp_path):
    rows = [TITLE, [], ["Office", "Apr 2014", "May 2014", "Total"],
            ["Central", 50, 391, 441], [3364, 0, 335, 335], [1451, 50, 56, 106],
            ["North", 8, 54, 62], [7396, 8, 0, 8], [5500, 0, 54, 54],
            ["Yorkshire", 58, 445, 503]]  # fmt: skip
    page = sanitised_rows(tmp_path, {"Referrals": rows})[0]["Referrals"]
    assert [line_of(page, o)[:4] for o in (3364, 1451, 7396, 5500)] == [
        [3364, 0, 340, 340], [1451, 60, 60, 120], [7396, 0, 0, 0], [5500, 0, 60, 60]
    ]  # fmt: skip
    assert line_of(page, "Yorkshire")[:4] == ["Yorkshire", 60, 460, 520]


def test_month_codes_over_a_regions_uncached_line_right_under_them_head_columns(tmp_path):
    rows = [TITLE, [], ["Office", 201404, 201405, 201406, "Q1 total"],
            ["Central", *(f"=SUM({c}5:{c}6)" for c in "BCDE")],
            ["  Leeds", 3, 5, 44, "=SUM(B5:D5)"], ["  York", 7, 268, 1, "=SUM(B6:D6)"],
            ["North", *(f"=SUM({c}8:{c}9)" for c in "BCDE")],
            ["  Hull", 35, 268, 46, "=SUM(B8:D8)"], ["  Selby", 7, 20, 23, "=SUM(B9:D9)"],
            ["Total", *(f"=SUM({c}4,{c}7)" for c in "BCDE")]]  # fmt: skip
    page = sanitised_rows(tmp_path, {"Referrals": rows})[0]["Referrals"]
    assert line_of(page, "Office")[:5] == ["Office", 201404, 201405, 201406, "Q1 total"]
    assert line_of(page, "Total")[:5] == ["Total", 40, 540, 100, 680]


def test_month_codes_after_a_total_column_head_columns_over_uncached_sums(tmp_path):
    rows = [TITLE, [], ["Office", "Total", 201404, 201405, 201406, "Q1 total"]]
    for r, (office, *months) in enumerate([("Leeds", 29, 3, 49), ("York", 6, 30, 15)], 4):
        rows.append([office, f"=F{r}", *months, f"=SUM(C{r}:E{r})"])
    rows.append(["Yorkshire", *(f"=SUM({c}4:{c}5)" for c in "BCDEF")])
    page = sanitised_rows(tmp_path, {"Referrals": rows})[0]["Referrals"]
    assert line_of(page, "Office")[:6] == ["Office", "Total", 201404, 201405, 201406, "Q1 total"]
    assert line_of(page, "Yorkshire")[:6] == ["Yorkshire", 120, 20, 40, 60, 120]


def test_two_measures_a_month_with_typed_totals_add_up_each_measure(tmp_path):
    counts = {"Rotherham": [32, 47, 0, 8, 50, 43], "Hambleton": [8, 27, 0, 52, 1, 3],
              "York": [305, 41, 1, 35, 6, 39], "Calderdale": [3, 341, 354, 2, 209, 7]}  # fmt: skip
    rows = [["Referrals and job starts by office and month"], [],
            [None, "Apr 2014", None, "May 2014", None, "Jun 2014", None, "Total", None],
            ["Office", *(["Referrals", "Job starts"] * 4)]]  # fmt: skip
    lines = [[*v, sum(v[0::2]), sum(v[1::2])] for v in counts.values()]
    rows.append(["Total", *(sum(line[i] for line in lines) for i in range(8))])  # on top
    rows += [[office, *line] for office, line in zip(counts, lines, strict=True)]
    for merged in ((), ("B3:C3", "D3:E3", "F3:G3", "H3:I3")):  # the months over both or not
        folder = tmp_path / ("merged" if merged else "plain")
        folder.mkdir()
        source = _saved(folder, rows, "Measures", merged)
        job = Job(Policy(), Audience(produced=dt.date(2026, 12, 5)), folder / "out")
        output = sanitise_file(source, job).output
        _two_measures(
            openpyxl.load_workbook(output, data_only=True), openpyxl.load_workbook(output)
        )


def _two_measures(shown: Workbook, formulas: Workbook) -> None:
    page = shown["Measures"]
    assert line_of(page, "York")[:9] == ["York", 300, 40, 0, 40, 0, 40, 300, 120]
    (row,) = [r[0].row for r in page.iter_rows() if r[0].value == "York"]
    assert formulas["Measures"][f"H{row}"].value == f"=SUM(B{row},D{row},F{row})"
    assert line_of(page, "Total")[:9] == ["Total", 340, 440, 360, 100, 260, 80, 960, 620]


@settings(max_examples=25, derandomize=True, deadline=None, suppress_health_check=_QUIET)
@given(rng=st.randoms(use_true_random=False))
def test_a_drawn_workbook_of_cross_tabulations_shows_its_truth(tmp_path, rng):
    source = tmp_path / "drawn.xlsx"
    truth = book(random.Random(rng.random()), source)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 5)), tmp_path / "out", force=True)
    assert misshown(sanitise_file(source, job).output, truth) == []
