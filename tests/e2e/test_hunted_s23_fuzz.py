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
from tests.misread import misread_findings
from wpxl.model import OutputCell
from wpxl.verify.summed_named import NOT_THE_NAMED_SUM

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


# fuzz23 'notescol', seed 40601: a 'Notes' column at the right of referrals by area
NOTED = [
    ["Referrals by area and month, 2014-15"],
    [],
    ["Area", "Sep-14", "Oct-14", "Total", "Notes"],
    ["Derby", 7, 23, "=SUM(B4:C4)"],
    ["Leicester", 10, 19, "=SUM(B5:C5)", None],
    ["Chesterfield", 24, 30, "=SUM(B6:C6)", "r = revised"],
    ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)", "Provisional"],
]
NOTED_CACHED = {
    ("Referrals", "D4"): 30,
    ("Referrals", "D5"): 29,
    ("Referrals", "D6"): 54,
    ("Referrals", "B7"): 41,
    ("Referrals", "C7"): 72,
    ("Referrals", "D7"): 113,
}


@pytest.mark.parametrize(
    "note",
    [
        "Of which 19 early entrants",
        "Includes 12 transfers in",
        "Of which 11 new starters",
    ],
)
def test_a_note_stating_a_small_count_of_people_is_not_carried(tmp_path, note):
    """Notes beside the lines stating a count of people under 25 in words the proof did not
    read as people ('early entrants', 'transfers', 'starters') went out as written:
    'Of which 19 early entrants' beside Leicester's 10 and 19 referrals (LEAK: an unrounded
    count in words, 19 Leicester's October figure itself). Such a note is taken out and
    listed (plan/quoting), and the proof refuses one kept (verify/texts)."""
    rows = [list(r) for r in NOTED]
    rows[4][4] = note
    source = write_book(tmp_path / "notes.xlsx", {"Referrals": rows}, cached=NOTED_CACHED)
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    texts = [c.value for line in sheet.iter_rows() for c in line if isinstance(c.value, str)]
    assert note not in texts
    assert "r = revised" in texts and "Provisional" in texts


@pytest.mark.parametrize("note", ["Of which 19 early entrants", "Includes 12 transfers in"])
def test_the_proof_refuses_a_note_of_people_counted_kept(tmp_path, note):
    rows = [list(r) for r in NOTED]
    findings = misread_findings(tmp_path, rows, {(4, 4): note}, "kept", cached=NOTED_CACHED)
    assert "a count of a measure stated in words that is not rounded" in {f.kind for f in findings}


def test_lines_named_by_a_count_per_person_still_go_through(tmp_path):
    """'1 referral', '2 referrals', '3 or more referrals': bands of a count per person, the
    lines' own labels, which the proof reads as no note (they open on their number)."""
    rows = [["Participants by number of referrals, 2014-15"], [], ["Referrals", "Apr-14", "May-14"]]
    rows += [["1 referral", 141, 152], ["2 referrals", 37, 41], ["3 or more referrals", 12, 9]]
    copy, _ = sanitised_beside(write_book(tmp_path / "bands.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    assert [sheet.cell(r, 1).value for r in (6, 7, 8)] == [
        "1 referral",
        "2 referrals",
        "3 or more referrals",
    ]
    assert [sheet.cell(r, 2).value for r in (6, 7, 8)] == [140, 40, 20]


# fuzz23 'qblocks', seed 41032: quarters side by side, a blank spacer column after each
# quarter's total, the year to date at the right adding up the quarters' totals
QUARTERS = {
    "Lincoln": [[146, 9, 391], [356, 313, 255]],
    "Wakefield": [[49, 222, 99], [336, 69, 224]],
}


def _quarter_rows(last: str) -> list[list]:
    head = ["Area", "Apr-14", "May-14", "Jun-14", "Q1 total", None]
    rows = [["Job starts by area and month, 2014-15"], [], [*head, "Jul-14", "Aug-14", "Sep-14"]]
    rows[2] += ["Q2 total", last]
    for area, (q1, q2) in QUARTERS.items():
        rows.append([area, *q1, sum(q1), None, *q2, sum(q2), sum(q1) + sum(q2)])
    lines = rows[3:]
    rows.append(
        [
            "Total",
            *(None if v is None else sum(r[i] for r in lines) for i, v in enumerate(lines[0]) if i),
        ]
    )
    return rows


@pytest.mark.parametrize("last", ["Year to date", "YTD", "Year total"])
def test_a_year_to_date_beside_quarters_set_apart_adds_up_their_totals(tmp_path, last):
    """The spacer columns cut the sheet into side-by-side tables; the year to date, typed at
    the right edge of the last, adds up nothing inside it, and a lone total column is read
    across the tables beside it only under total words ('Year total'): under 'Year to date'
    it was rounded on its own (Wakefield's 999 as 1000 beside quarters of 360 and 620: WRONG,
    guidance R5)."""
    source = write_book(tmp_path / "quarters.xlsx", {"Job starts": _quarter_rows(last)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Job starts"]
    assert [sheet.cell(r, 11).value for r in (6, 7)] == ["=SUM(E6,J6)", "=SUM(E7,J7)"]


def test_the_proof_refuses_a_year_to_date_over_quarters_set_apart_rounded_alone(tmp_path):
    """The proof on its own: the copy the plan made before the mend, Wakefield's year to date
    rounded on its own (1000 beside quarters of 360 and 620), was let through (PROOF HOLE): a
    year to date adds up the quarters' totals across the spacers as a grand total would
    (verify/summed_named)."""
    rows = _quarter_rows("Year to date")
    total = OutputCell(2480, "SUM(K6:K7)", kind="total")  # over the two, as the plan wrote it
    written = {(3, 10): 1480, (4, 10): 1000, (5, 10): total}
    kinds = {f.kind for f in misread_findings(tmp_path, rows, written, "rounded")}
    assert kinds == {NOT_THE_NAMED_SUM}


def test_a_spacer_column_inside_an_outcome_table_on_a_sheet_named_for_another_measure(tmp_path):
    """fuzz23 'spacers', seed 44013: a blank spacer column inside an outcome table cuts it into
    side-by-side tables; the part right of the spacer ('Jun-14 | Total') has no title of its
    own and took the sheet's name, 'Attachments': its sustainments were rounded as
    attachments and the proof refused the copy (REFUSAL). Outcomes named by the title beside
    it win over the sheet's name (analyse/line_measures.title_and_measure)."""
    rows = [
        ["Sustainment outcomes by area and month, 2014-15"],
        [],
        ["Area", "May-14", None, "Jun-14", "Total"],
        ["Bradford", 1672, None, 1274, 2946],
        ["Wakefield", 2398, None, 2809, 5207],
        ["Total", 4070, None, 4083, 8153],
    ]
    copy, _ = sanitised_beside(write_book(tmp_path / "spacer.xlsx", {"Attachments": rows}))
    volumes = {float(v) for line in rows[3:] for v in line[1:] if isinstance(v, int)}
    assert not volumes & cell_numbers(copy)
