"""What a hunt through MoJ's prison population workbook found (session 15, after the nested
totals were fixed).

MoJ marks its labels with footnote numbers joined to them ('Non-criminal prisoners(2)',
"Secure Children's Homes(3,4)"), and keys its notes below the table with the same numbers
('(2) As a result of data quality work ...'). Each such number was read as a figure stated in
brackets ('ESA flow (3)'), and MoJ's tables hold 2s and 3s, so the lines lost their names and
the notes went with them. A number is a footnote's when a label of the workbook carries it as a
marker at its end and a note of the workbook opens with it: both are kept now. A number in
brackets that no note is keyed by ('Buxton (17)', 17 being a count of the table) is still a
figure stated, and goes. A text whose every marker is a footnote's is judged without them
('2009(2)', MoJ's year of two IT systems, is a year as '2009' is).

MoJ counts prisoners committed for non-payment of 'Rates' (the local tax, A1.18) beside
'Council tax' and 'Other debts'. Its rate word made the line a rate wpxl cannot work out, so it
was removed, and each sex's total line, no longer the sum of what was shown, was rounded on its
own. A label naming the tax under a section line or header naming reasons counts people now; a
column headed 'Rate per 1,000' is still a rate. ('Non-payment of rates' also read as money, by
its 'payment', in the plan and in the proof: a reason names no amount, its other words are read.)

MoJ's table by ethnicity (A1.9ii) has scratch figures in the column beyond its last year, which
no header names (3, then 213 on a line of its own). They were rounded as counts, and they made
the lines under the first group a table of their own, a column wider: the 'All' line above,
the sum of the groups, was then rounded on its own. Figures beyond the header on a few lines
only are no part of the table: they are removed and listed now, and the table is read whole.

With ``source_totals = "rebuild"``, MoJ's A1.1 was refused on 33 cells: it keeps past months in
hidden columns, where 'Males and Females' adds up the sexes line by line, beside June 2018,
where the girls' 'Prisons' line is 132 short of it. The proof placed a hidden column's cells
at the next column the copy shows, and took June 2018's plain figures for the hidden months'
totals rounded on their own. A hidden line's cell is no cell of the copy to the proof now.

MoJ's A1.4ii, with burglary suppressed ('..') in its last years: the trees followed each line's
largest year, where the '..' stands, so no run of offences added up to an age group's line,
which was a count rounded on its own in every year (and 'Males' read as the sum of its age
groups). Fixed in session 16: where a part of the run holds a marker, the trees follow another
year; each age group is the sum of its offences, and every total over the '..' is removed.
"""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

MARKED = [
    "Remand(1)",
    "Sentenced (2)(3)",
    "Fine defaulters 2",
    "Recalls\u00b9",
    "Non-criminal prisoners(2)",
    "Secure Children's Homes(3,4)",
    "Immigration detainees [note 4]",
    "Other (a)",
]
NOTES = [
    "(1) Untried and convicted unsentenced prisoners.",
    "(2) As a result of data quality work from April 2013, around 300 prisoners who had "
    "previously been recorded as sentenced prisoners are now recorded as non-criminals.",
    "(3) Provisional, pending the annual Youth Justice Statistics.",
    "(4) Held under immigration powers.",
]


def _table(labels: list[str], notes: list[str], total: str = "Total(3)") -> list[list]:
    """A title, the years, a total line over the labelled lines (small counts among them:
    1, 2, 3), a blank line and the notes."""
    lines = [[label, 1 + 37 * i, 2 + 31 * i, 3 + 43 * i] for i, label in enumerate(labels)]
    sums = [sum(line[j] for line in lines) for j in (1, 2, 3)]
    rows: list[list] = [
        ["Table A1.1: Referrals by type of custody"],
        [],
        ["", "2019", "2020", "2021"],
    ]
    rows += [[total, *sums], *lines, []]
    return rows + [[note] for note in notes]


def _shown(tmp_path: Path, rows: list[list]) -> list[list]:
    output, _ = sanitised_beside(write_book(tmp_path / "custody.xlsx", {"A1_1": rows}))
    sheet = openpyxl.load_workbook(output, data_only=True)["A1_1"]
    return [list(line) for line in sheet.iter_rows(values_only=True)]


def test_footnote_markers_keyed_by_notes_keep_their_labels_and_notes(tmp_path):
    lines = _shown(tmp_path, _table(MARKED, NOTES))
    texts = {line[0] for line in lines}
    assert {"Total(3)", *MARKED, *NOTES} <= texts
    for line in lines:
        if line[0] in MARKED:
            assert all(isinstance(v, int) and v % 20 == 0 for v in line[1:4]), line


def test_a_marker_joined_to_a_word_of_the_title_keeps_the_title(tmp_path):
    """MoJ's A1.18: 'Non-criminal prison(1) population by ...', a count of 5 in the table."""
    rows = _table(MARKED, [*NOTES, "(5) Referred by the courts."])
    rows[0] = ["Table A1.18: Non-criminal prison(5) referrals by type of committal"]
    rows[5][1] = 5
    rows[3][1] = sum(line[1] for line in rows[4 : 4 + len(MARKED)])
    assert rows[0][0] in {line[0] for line in _shown(tmp_path, rows)}


def test_a_year_marked_with_a_footnote_is_still_a_year(tmp_path):
    """MoJ's A1.2: years down the rows, two of them marked '(2)'; the table holds a count of
    2009 and one of 2, so '2009(2)' read whole states two figures."""
    rows = [["Table A1.2: Referrals by year"], [], ["Year", "Remand", "Sentenced"],
            ["2008", 2009, 5521], ["2009(2)", 1873, 2], ["2010(2)", 1790, 5702], [],
            ["(2) Figures from the new IT system."]]  # fmt: skip
    texts = {line[0] for line in _shown(tmp_path, rows)}
    assert {"2009(2)", "2010(2)", rows[-1][0]} <= texts


def test_a_number_in_brackets_no_note_is_keyed_by_is_a_figure(tmp_path):
    """'Buxton (17)' states 17, a count of the table; the notes are keyed by other numbers."""
    labels = ["Buxton (17)", "Remand(2)", "North (1,234)", *MARKED[-2:]]
    rows = _table(labels, NOTES[2:])
    rows[5][2] = 17  # a count of the table equal to the number in brackets
    rows[3][2] = sum(line[2] for line in rows[4 : 4 + len(labels)])
    texts = {line[0] for line in _shown(tmp_path, rows)}
    assert not {"Buxton (17)", "Remand(2)", "North (1,234)"} & texts
    assert {*MARKED[-2:], NOTES[3]} <= texts


COMMITTALS = ["Child maintenance", "Rates", "Community charge/council tax", "Other debts",
              "In contempt of court", "Immigration detainees"]  # fmt: skip


def committals(label: str = "Rates", section: str = "Committed for non-payment of:") -> list[list]:
    """MoJ's A1.18: 'Males and females', 'Males', 'Females' a blank line apart, each its total
    line, a section line naming the reason, then its committals, 'Rates' (the local tax) among
    them under ``label``."""
    males = [[0, 1, 0], [3, 0, 1], [1, 2, 2], [1, 1, 1], [55, 53, 48], [759, 1079, 957]]
    females = [[0, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 0], [4, 0, 1], [52, 46, 47]]
    both = [[m + f for m, f in zip(a, b, strict=True)] for a, b in zip(males, females, strict=True)]
    names = [label if c == "Rates" else c for c in COMMITTALS]
    rows: list[list] = [["Table A1.18: Referrals of non-criminal prisoners by type of committal"]]
    rows += [[], ["", "2019", "2020", "2021"]]
    for sex, lines in (("Males and females", both), ("Males", males), ("Females", females)):
        rows += [[], [sex, *[sum(c) for c in zip(*lines, strict=True)]], [section, "", "", ""]]
        rows += [[name, *line] for name, line in zip(names, lines, strict=True)]
    return rows


@pytest.mark.parametrize("label", ["Rates", "Non-payment of rates", "Business rates"])
def test_rates_the_local_tax_under_a_reason_are_counted_and_added_up(tmp_path, label):
    lines = _shown(tmp_path, committals(label))
    heads = [
        i for i, line in enumerate(lines) if line[0] in ("Males and females", "Males", "Females")
    ]
    for head in heads:
        block = lines[head + 2 : head + 2 + len(COMMITTALS)]
        assert block[1][0] == label
        assert all(isinstance(v, int) and v % 20 == 0 for line in block for v in line[1:4])
        for j in (1, 2, 3):
            assert lines[head][j] == sum(line[j] for line in block), (lines[head][0], j)


def test_a_rate_per_thousand_beside_the_tax_is_still_a_rate(tmp_path):
    rows = [["Referrals by reason for committal"], [],
            ["Reason for committal", "Referrals", "Rate per 1,000"],
            ["Rates", 37, 1.7], ["Council tax", 121, 5.6], ["Other debts", 59, 2.7]]  # fmt: skip
    lines = _shown(tmp_path, rows)
    shown = {line[0]: line[1:3] for line in lines if line[0] in ("Rates", "Council tax")}
    assert shown == {"Rates": [40, None], "Council tax": [120, None]}


def stray_beside(rows: list[list]) -> list[list]:
    """A1.9ii's scratch figures: one beyond the last line's last year, one on a line below."""
    width = max(len(line) for line in rows)
    return [*rows[:-1], [*rows[-1], *[None] * (width - len(rows[-1])), 3], [None] * width + [213]]


def test_stray_figures_beyond_the_header_are_removed_and_the_table_read_whole(tmp_path):
    groups = {"Asian": [413, 517, 535], "Black": [357, 401, 389], "White": [234, 234, 216]}
    rows: list[list] = [["Table A1.9ii: Referrals by ethnicity"], [], ["", "2019", "2020", "2021"]]
    rows += [["All", *[sum(c) for c in zip(*groups.values(), strict=True)]], []]
    rows = stray_beside(rows + [[name, *line] for name, line in groups.items()])
    output, _ = sanitised_beside(write_book(tmp_path / "ethnicity.xlsx", {"A1_9ii": rows}))
    book = openpyxl.load_workbook(output, data_only=True)
    lines = {line[0]: line for line in book["A1_9ii"].iter_rows(values_only=True) if line[0]}
    for j in (1, 2, 3):
        assert lines["All"][j] == sum(lines[name][j] for name in groups)
    assert all(
        v is None for line in book["A1_9ii"].iter_rows(min_col=5, values_only=True) for v in line
    )
    cover = [line[0] for line in book.worksheets[0].iter_rows(values_only=True) if line[0]]
    assert any("'A1_9ii' E8" in text and "E9" in text for text in cover), cover


CUSTODY = ["Prisons", "Police cells", "Secure Children's Homes", "Secure Training Centres"]


def hidden_months(path: Path, off: int = 132) -> Path:
    """MoJ's A1.1 keeps past months in hidden columns beside the years shown: 'Males and
    Females' over 'Males' and 'Females', each its total line over the places of custody. In
    the hidden months every line adds up; in the year shown, the girls' 'Prisons' line is
    ``off`` fewer than the source's own 'Males and Females' (as MoJ's June 2018 is)."""
    males = [[78970, 0, 81, 142], [79054, 0, 133, 198], [78970, 0, 81, 142]]
    females = [[3803, 0, 11, 19], [4001, 0, 26, 47], [3803 - off, 0, 11, 19]]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "A1_1"
    sheet.append(["Table A1.1: Referrals by type of custody and sex"])
    sheet.append([])
    sheet.append(["", "Apr 2018", "May 2018", "Jun 2018"])
    for sex in ("Males and Females", "Males", "Females"):
        months = [
            [m + f for m, f in zip(mm, ff, strict=True)]
            if sex == "Males and Females"
            else (mm if sex == "Males" else ff)
            for mm, ff in zip(males, females, strict=True)
        ]
        if sex == "Males and Females":  # the source's own, not the girls' line: 'off' more
            months[2][0] = males[2][0] + females[0][0]
        sheet.append([sex, *[sum(month) for month in months]])
        for at, place in enumerate(CUSTODY):
            sheet.append([place, *[month[at] for month in months]])
        sheet.append([])
    for column in ("B", "C"):
        sheet.column_dimensions[column].hidden = True
    book.save(path)
    return path


def test_months_hidden_beside_a_year_out_in_one_line_go_through(tmp_path):
    (policy := tmp_path / "wpxl.toml").write_text('source_totals = "rebuild"\n', encoding="utf-8")
    output, _ = sanitised_beside(hidden_months(tmp_path / "custody.xlsx"), policy)
    sheet = openpyxl.load_workbook(output, data_only=True)["A1_1"]
    lines = [line for line in sheet.iter_rows(values_only=True) if line[0] in CUSTODY]
    assert len(lines) == 3 * len(CUSTODY)
    assert all(isinstance(line[1], int) and line[1] % 20 == 0 for line in lines)
    assert all(v is None for line in lines for v in line[2:])  # the hidden months: not carried


OFFENCES = ["Violence against the person", "Sexual offences", "Robbery", "Burglary", "Drugs"]
AGE_GROUPS = ["Adults", "18-20 year olds"]
YEARS = ["2013", "2014", "2015"]


def offences_by_sex(seed: int = 6) -> list[list]:
    """MoJ's A1.4ii: a table per sex ('Males and females', 'Males', 'Females'), each its total
    line over its offences, then a part per age group opening with its own total over the same
    offences, a blank line after each; burglary suppressed ('..') in the last year."""
    rng = random.Random(seed)
    figures = {
        (sex, age): [[rng.randint(30, 900) for _ in YEARS] for _ in OFFENCES]
        for sex in ("Males", "Females")
        for age in AGE_GROUPS
    }
    for age in AGE_GROUPS:
        figures[("Males and females", age)] = [
            [m + f for m, f in zip(a, b, strict=True)]
            for a, b in zip(figures[("Males", age)], figures[("Females", age)], strict=True)
        ]
    rows: list[list] = [["Table A1.4ii: Referrals by offence group, age group and sex"], []]
    for sex in ("Males and females", "Males", "Females"):
        rows += [["", *YEARS], []]
        ages = [figures[(sex, age)] for age in AGE_GROUPS]
        whole = [[sum(a[i][j] for a in ages) for j in range(3)] for i in range(len(OFFENCES))]
        for head, lines in ((sex, whole), *zip(AGE_GROUPS, ages, strict=True)):
            rows.append([head, *[sum(line[j] for line in lines) for j in range(3)]])
            rows += [[o, *line] for o, line in zip(OFFENCES, lines, strict=True)]
            rows[-2][3] = ".."  # burglary, the last year
            rows.append([])
        rows.append([])
    return rows


def test_age_groups_over_offences_beside_a_suppressed_year(tmp_path):
    (policy := tmp_path / "wpxl.toml").write_text('source_totals = "rebuild"\n', encoding="utf-8")
    book = write_book(tmp_path / "a14.xlsx", {"A1_4ii": offences_by_sex()})
    output, _ = sanitised_beside(book, policy)
    lines = list(
        openpyxl.load_workbook(output, data_only=True)["A1_4ii"].iter_rows(values_only=True)
    )
    for at, line in enumerate(lines):
        if line[0] in AGE_GROUPS:
            for j in (1, 2):  # the years with no '..'
                parts = [lines[at + k][j] for k in range(1, 1 + len(OFFENCES))]
                assert line[j] == sum(parts), (at, line[0], j)
        if line[0] in (*AGE_GROUPS, "Males and females", "Males", "Females"):
            assert line[3] is None, (at, line[0])  # a total over the '..': removed
