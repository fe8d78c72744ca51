"""What fuzzing grouped areas found: regions down column A, each region's line the total of its
districts down column B, and the grand total one more line of column A, typed and named by a
place ('Great Britain' at the foot, 'England' on top) rather than by total words. Nothing read
it as a total: it was rounded on its own (the rounded original total, 1,580, where the region
lines the reader sees add up to 1,560), which guidance R5 forbids, and the proof passed. Now
the plan rebuilds it over the region lines, and the proof finds such a line on its own.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from wpxl.analyse import block_grand_totals, trees
from wpxl.errors import VerificationError
from wpxl.sanitise import sanitise_file
from wpxl.verify.summed_lines import NOT_THE_SUM
from wpxl.verify.totals_of_totals import ROUNDED_ALONE

DISTRICTS = {"North": [262], "South": [243], "East": [760, 265, 46]}


def _regions(grand: str, on_top: bool) -> list[list]:
    """Job starts by area in two years: each region's typed total over its districts, the grand
    total typed at the foot (or on top)."""
    lines: list[list] = []
    for region, values in DISTRICTS.items():
        lines.append([f"{region} total", None, sum(values), sum(v + 7 for v in values)])
        lines += [[None, f"{region} {n}", v, v + 7] for n, v in enumerate(values, 1)]
    regions = [line for line in lines if line[0]]
    whole = [grand, None, *(sum(line[c] for line in regions) for c in (2, 3))]
    rows = [["Job starts by area"], [], ["Area", "District", "2013", "2014"]]
    return rows + ([whole, *lines] if on_top else [*lines, whole])


def _shown(output, label: str) -> list:
    sheet = openpyxl.load_workbook(output, data_only=True)["Job starts"]
    (row,) = [r for r in sheet.iter_rows() if r[0].value == label]
    return [c.value for c in row[2:4]]


@pytest.mark.parametrize(("grand", "on_top"), [("Great Britain", False), ("England", True)])
def test_a_grand_total_named_by_a_place_is_the_sum_of_the_rounded_region_lines(
    tmp_path, grand, on_top
):
    rows = _regions(grand, on_top)
    output, _ = sanitised_beside(write_book(tmp_path / "regions.xlsx", {"Job starts": rows}))
    regions = [_shown(output, f"{region} total") for region in DISTRICTS]
    assert _shown(output, grand) == [sum(r[c] for r in regions) for c in (0, 1)]
    assert _shown(output, grand)[0] == 1560  # 1,576 rounded on its own would show 1,580
    formulas = openpyxl.load_workbook(output)["Job starts"]
    (row,) = [r for r in formulas.iter_rows() if r[0].value == grand]
    assert all(str(c.value).startswith("=") for c in row[2:4])


def test_the_proof_alone_refuses_the_grand_total_rounded_on_its_own(tmp_path, monkeypatch, job):
    monkeypatch.setattr(trees, "grand_at_the_other_end", lambda *args: None)
    monkeypatch.setattr(block_grand_totals, "closing_line", lambda *args: None)  # its other reading
    rows = _regions("Great Britain", on_top=False)
    with pytest.raises(VerificationError, match=f"{NOT_THE_SUM}|{ROUNDED_ALONE}"):  # either
        sanitise_file(write_book(tmp_path / "regions.xlsx", {"Job starts": rows}), job)


def test_a_grand_total_under_regions_a_blank_line_apart_adds_up_their_sub_totals(tmp_path):
    """Each region a block of its own (a blank line between, so two tables), one year and a
    Total column: the 'Grand total' at the foot adds up both blocks' 'Sub-total' lines in one
    count column only. It was refused (the proof found it rounded on its own); now it is the
    sum of the rounded sub-totals."""
    rows = [["Attachments by area"], [], ["Area", None, 2011, "Total"],
            ["North"], [None, "Ashby", 110, 110], [None, "Brack", 434, 434],
            ["Sub-total", None, 544, 544], [],
            ["South"], [None, "Holm", 356, 356], ["Sub-total", None, 356, 356],
            ["Grand total", None, 900, 900]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "blocks.xlsx", {"Attachments": rows}))
    values = openpyxl.load_workbook(output, data_only=True)["Attachments"]
    formulas = openpyxl.load_workbook(output)["Attachments"]
    lines = {r[0].value: r[2].row for r in values.iter_rows() if r[0].value}
    assert str(formulas.cell(lines["Grand total"], 3).value).startswith("=")
    assert values.cell(lines["Grand total"], 3).value == (120 + 440) + 360  # not 900


def test_a_region_with_one_district_is_a_total_over_it(tmp_path):
    """North has one district, and South's one district has three offices, so North's line and
    Ashby's are alike, and South's and Brack's: read as two lines each, 'All areas' on top did
    not add up the regions (counting them twice) and the copy was refused. Now each is the
    total of its one part, and 'All areas' adds up the three regions."""
    rows = [["Referrals by area"], [], ["Area", None, None, "Total", "Apr", "May", "Jun"],
            ["All areas", None, None, 497, 172, 174, 151],
            ["North", None, None, 47, 17, 5, 25], [None, "Ashby", None, 47, 17, 5, 25],
            ["South", None, None, 139, 54, 57, 28], [None, "Brack", None, 139, 54, 57, 28],
            [None, None, "Office A", 36, 23, 11, 2], [None, None, "Office B", 82, 28, 39, 15],
            [None, None, "Office C", 21, 3, 7, 11],
            ["East", None, None, 311, 101, 112, 98], [None, "Holm", None, 127, 48, 36, 43],
            [None, None, "Office A", 54, 33, 9, 12], [None, None, "Office B", 73, 15, 27, 31],
            [None, "Kings", None, 184, 53, 76, 55], [None, None, "Office A", 51, 6, 23, 22],
            [None, None, "Office B", 94, 25, 36, 33],
            [None, None, "Office C", 39, 22, 17, 0]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "regions.xlsx", {"Referrals": rows}))
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    at = {r[0].value: r[0].row for r in values.iter_rows() if r[0].value}
    for col in range(4, 8):
        regions = [values.cell(at[name], col).value for name in ("North", "South", "East")]
        assert values.cell(at["All areas"], col).value == sum(regions)
