"""Hunted in session 23 (fuzz22 'typedsubs' seed 30002, 'threekeyed' seed 30042): sustainment
outcomes by area, the areas numbered under 'Area no.' (or 'Office code') in the table's first
column, each region's line (and each district's) typed over its areas, no formula, were
refused: the proof vouched for the numbers as the lines' keys on the percentage sheet only
across groups' lines of formulas (verify/label_figures._group), so '51', '44' there read as
sustainment volumes quoted in words (REFUSAL, safe).
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import cell_numbers

# region -> district (or None: the areas straight under the region) -> area: (number, figures)
NESTED = {
    "East Midlands": {"Nottingham district": {"Nottingham East": (14, [1008, 2633])}},
    "North East": {
        "Durham district": {"Durham City": (48, [215, 2296]), "Bishop Auckland": (15, [2790, 2632])}
    },
    "Yorkshire": {
        "Leeds district": {"Leeds North": (44, [824, 389]), "Leeds South": (86, [1919, 2994])}
    },
}
FLAT = {
    "North East": {None: {"Sunderland": (51, [293, 141]), "Gateshead": (44, [65, 365])}},
    "Yorkshire": {
        None: {"Wakefield": (6, [340, 282]), "Sheffield": (48, [177, 81]), "Leeds": (5, [85, 156])}
    },
}
NESTED["East Midlands"]["Nottingham district"]["Nottingham West"] = (82, [1400, 456])


def _sums(areas: dict) -> list[int]:
    return [sum(v[i] for _, v in areas.values()) for i in range(2)]


def _outcome_rows(head: str, groups: dict, above: bool) -> list[list]:
    rows: list[list] = [["Sustainment outcomes by area and month, 2014-15"], []]
    rows.append([head, "Area", "Jun-14", "Jul-14"])
    for region, districts in groups.items():
        every = {a: v for areas in districts.values() for a, v in areas.items()}
        block: list[list] = []
        for district, areas in districts.items():
            lines = [[n, a, *v] for a, (n, v) in areas.items()]
            if district is not None:
                head_line = [None, district, *_sums(areas)]
                lines = [head_line, *lines] if above else [*lines, head_line]
            block += lines
        region_line = [None, region, *_sums(every)]
        rows += [region_line, *block] if above else [*block, region_line]
    every = {a: v for d in groups.values() for areas in d.values() for a, v in areas.items()}
    return [*rows, [None, "Total", *_sums(every)]]


def _starts_rows() -> list[list]:
    return [
        ["Job starts by area, 2014-15"],
        [],
        ["Area", "Jun-14", "Jul-14"],
        ["Leeds", 41, 77],
        ["Sunderland", 23, 58],
        ["Total", 64, 135],
    ]


@pytest.mark.parametrize("above", [True, False])
@pytest.mark.parametrize(
    ("head", "groups"), [("Area no.", FLAT), ("Office code", NESTED), ("No.", NESTED)]
)
def test_outcome_areas_numbered_under_typed_regions_are_shown_as_keys(
    tmp_path, head, groups, above
):
    rows = _outcome_rows(head, groups, above)
    source = write_book(tmp_path / "typed.xlsx", {"Job starts": _starts_rows(), "Sust": rows})
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy)
    percent = next(ws for ws in book if ws.title.endswith("%"))
    keys = {
        str(row[0].value).strip(): row[1].value
        for row in percent.iter_rows()
        if row[0].value is not None and str(row[0].value).strip().isdigit()
    }
    numbered = {
        a: n for d in groups.values() for areas in d.values() for a, (n, _) in areas.items()
    }
    assert keys == {str(n): a for a, n in numbered.items()}
    volumes = {float(x) for r in rows[3:] for x in r[2:] if isinstance(x, int)}
    assert not volumes & cell_numbers(copy)


# fuzzr seed 17046: a summary naming job outcomes over column D, then job starts by payment
# group with years typed over their columns ('Payment group | 2012 | 2013 | 2014 | Total')
SUMMARY = [
    ["Programme summary by area"],
    [],
    ["Area", "Referrals", "Attachments", "Job outcomes"],
    ["Bradford", 312, 253, 81],
    ["Wakefield", 165, 331, 323],
    ["Sheffield", 46, 239, 352],
    ["Total", 523, 823, 756],
    [],
    [],
    ["Job starts by payment group, 2014-15"],
    [],
    ["Payment group", 2012, 2013, 2014, "Total"],
]
STARTS = {1: [545, 199, 617], 2: [228, 200, 118], 3: [221, 224, 224], 4: [185, 213, 221]}


def test_starts_under_a_typed_year_below_an_outcome_column_are_rounded_not_refused(tmp_path):
    """The proof's header band of column D ran up past the row of years (numbers, no words) to
    the summary's 'Job outcomes': the starts under 2014 were read as outcomes and the copy
    refused (REFUSAL). Their own title, 'Job starts by payment group', stands between, over
    the payment groups' header: the band above it is another table's."""
    rows = [*SUMMARY]
    for group, figures in STARTS.items():
        rows.append([group, *figures, sum(figures)])
    rows.append(["Total", *(sum(f[i] for f in STARTS.values()) for i in range(3)), None])
    rows[-1][4] = sum(rows[-1][1:4])
    copy, _ = sanitised_beside(write_book(tmp_path / "years.xlsx", {"Job starts": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True)["Job starts"]
    found = {}
    for line in sheet.iter_rows():
        if line[0].value in STARTS:
            found[line[0].value] = [cell.value for cell in line[1:4]]
    assert found == {1: [540, 200, 620], 2: [220, 200, 120], 3: [220, 220, 220], 4: [180, 220, 220]}
    assert not {81.0, 323.0, 352.0, 756.0} & cell_numbers(copy)
