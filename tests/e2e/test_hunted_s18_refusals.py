"""What a hunt through the last session's known shortfalls found (session 18).

A provider's analyst writes a remark beside a line of job starts, in a notes column or under
the table: 'JSA Prison Leavers: 2 JOs', 'JSA Prison Leavers includes 2 JOs', 'Jun 2013: 3 job
outcomes'. wpxl read each as a key saying the line counts job outcomes (as 'Achieved = job
outcomes in the month' does), so the line's starts went to a percentage sheet as outcomes and
every total over them was removed: a run that passed its proof with a wrong copy. A count right
before the outcome words tells how many outcomes the line had; it keys nothing, and the line is
rounded as the job starts its table counts. The remark itself still states an outcome volume and
is not carried. The proof reads such remarks alike (verify/keyed_lines); with the analysis
alone mended, it refused the copy (the starts read as outcome volumes).
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import package_text


def _starts(beside: str | None, below: str | None) -> list[list]:
    rows: list[list] = [
        ["Job starts by payment group"],
        [],
        ["Payment group", "Apr 2013", "May 2013", "Jun 2013", "Total", "Notes"],
        ["JSA 18-24", 37, 41, 52, "=SUM(B4:D4)"],
        ["JSA 25+", 63, 77, 58, "=SUM(B5:D5)"],
        ["JSA Prison Leavers", 13, 9, 17, "=SUM(B6:D6)", beside],
        ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)", "=SUM(E4:E6)"],
    ]
    return [*rows, [], [below]] if below else rows


REMARKS = [
    ("JSA Prison Leavers: 2 JOs", None),
    ("JSA Prison Leavers includes 2 JOs", None),
    ("JSA Prison Leavers - two JOs", None),
    (None, "JSA Prison Leavers: 2 job outcomes in June"),
    (None, "JSA Prison Leavers = 2 sustainments"),
    (None, "Jun 2013: 3 job outcomes"),
]


@pytest.mark.parametrize(("beside", "below"), REMARKS)
def test_a_remark_counting_a_lines_outcomes_leaves_its_starts_rounded(tmp_path, beside, below):
    source = write_book(tmp_path / "starts.xlsx", {"Starts": _starts(beside, below)})
    out, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["About this workbook", "Starts"]
    rows = [[c.value for c in row[:5]] for row in book["Starts"].iter_rows(min_row=6, max_row=9)]
    assert rows == [
        ["JSA 18-24", 40, 40, 60, "=SUM(B6:D6)"],
        ["JSA 25+", 60, 80, 60, "=SUM(B7:D7)"],
        ["JSA Prison Leavers", 20, 0, 20, "=SUM(B8:D8)"],
        ["Total", "=SUM(B6:B8)", "=SUM(C6:C8)", "=SUM(D6:D8)", "=SUM(E6:E8)"],
    ]
    assert (beside or below) not in package_text(out)


@pytest.mark.parametrize(
    "key",
    [
        "JSA Prison Leavers: 26 week job outcomes",
        "JSA Prison Leavers = job outcomes in 2013",
        "JSA Prison Leavers: payment group 9 job outcomes",
        "JSA Prison Leavers: PG 9 job outcomes",
    ],
)
def test_a_key_naming_a_length_or_a_year_still_calls_the_line_outcomes(tmp_path, key):
    source = write_book(tmp_path / "starts.xlsx", {"Starts": _starts(None, key)})
    out, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(out)
    assert "Job outcomes %" in book.sheetnames
    assert [c.value for c in book["Starts"]["8"][1:5]] == [None] * 4


FIGURES = [[37, 51], [44, 62], [29, 70], [81, 33], [56, 47], [63, 28], [41, 39], [72, 55]]


def year_to_date(months: list[int], sub: str, head: str = "Month", per: int = 3) -> list[list]:
    """Referrals a month a line, numbered ``months`` under ``head``, each quarter (``per``
    lines) closed by a line named ``sub``, the last quarter perhaps a month so far; a Total."""
    rows: list[list] = [
        ["Referrals by month, 2013-14"],
        [],
        [head, "JSA 18-24", "JSA 25+", "Total"],
    ]
    quarter, total = [0, 0], [0, 0]
    for i, (month, (young, old)) in enumerate(zip(months, FIGURES, strict=False), start=1):
        rows.append([month, young, old, young + old])
        quarter = [quarter[0] + young, quarter[1] + old]
        total = [total[0] + young, total[1] + old]
        if i % per == 0 or i == len(months):
            rows.append([sub.format(q=(i - 1) // per + 1), *quarter, sum(quarter)])
            quarter = [0, 0]
    return [*rows, ["Total", *total, sum(total)]]


@pytest.mark.parametrize(
    ("months", "sub", "head", "per"),
    [
        ([1, 2, 3, 4, 5, 6, 7], "Q{q} total", "Month", 3),
        ([1, 2, 3, 4, 5, 6, 7], "Subtotal", "Month", 3),
        ([1, 2, 3, 4], "Quarter {q}", "Month", 3),
        ([4, 5, 6, 7, 8, 9, 10, 11, 12, 1], "Q{q} total", "Month", 3),
        ([1, 2, 3, 4, 5], "Subtotal", "Period", 4),
    ],
)
def test_month_numbers_with_a_quarter_of_one_month_so_far_go_through(
    tmp_path, months, sub, head, per
):
    """A year-to-date pack's quarter under way may hold one month so far ('7', then 'Q3
    total'): the proof read month numbers as labels only beside a column of years, and the
    copy's lone 7 between two total lines was no numbering to it, so it refused the copy."""
    rows = year_to_date(months, sub, head, per)
    source = write_book(tmp_path / "ytd.xlsx", {"Referrals": rows})
    out, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(out)["Referrals"]
    labels = [c.value for c in sheet["A"][5 : 5 + len(rows) - 3]]
    assert labels == [row[0] for row in rows[3:]]
    assert sheet.cell(5 + len(rows) - 3, 4).value.startswith("=SUM(")


def numbered_beside_names(head: str, numbers: list[int], total: bool) -> list[list]:
    """Referrals a month (or week) a line, its name first and its number beside it under
    ``head``, two areas and their Total; a Total line when ``total``."""
    rows: list[list] = [
        ["Referrals by month and area"],
        [],
        ["Month", head, "Leeds", "York", "Total"],
    ]
    for i, (number, (leeds, york)) in enumerate(zip(numbers, FIGURES * 2, strict=False)):
        rows.append([f"Line {i + 1}", number, leeds, york, leeds + york])
    if total:
        sums = [sum(row[c] for row in rows[3:]) for c in (2, 3, 4)]
        rows.append(["Total", None, *sums])
    return rows


@pytest.mark.parametrize(
    ("head", "numbers", "total"),
    [
        ("Month no.", [1, 2, 3, 4, 5, 6], False),
        ("Period", [1, 2, 3, 4, 5, 6], True),
        ("Month number", [10, 11, 12, 1, 2], True),
        ("Week no.", [1, 2, 3, 4, 5, 6, 7, 8], True),
        ("Quarter", [1, 2], True),
    ],
)
def test_a_column_numbering_the_months_beside_their_names_is_kept(tmp_path, head, numbers, total):
    """'Month | Month no. | Leeds | York | Total' with no year named: the numbers were rounded
    as counts (1 to 6 all shown 0) and the proof passed it; it refuses that now
    (verify/period_numbers), and they are labels (analyse/period_numbers)."""
    rows = numbered_beside_names(head, numbers, total)
    source = write_book(tmp_path / "months.xlsx", {"Referrals": rows})
    out, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(out)["Referrals"]
    assert [c.value for c in sheet["B"][5 : 5 + len(numbers)]] == numbers
    assert [c.value for c in sheet["C"][5:7]] == [40, 40]


SPACED = {
    "jsa-line": [
        ["JSA"],
        ["Month", "Leeds", None, "York", None, "Total"],
        ["Apr 2013", 37, None, 63, None, 100],
        ["May 2013", 41, None, 77, None, 118],
        ["Total", 78, None, 140, None, 218],
    ],
    "jsa-esa-heads": [
        [None, "JSA", None, None, None, "ESA"],
        ["Month", "18-24", None, "25+", None, "Flow", None, "Total"],
        ["Apr 2013", 37, None, 63, None, 12, None, 112],
        ["May 2013", 41, None, 77, None, 19, None, 137],
        ["Total", 78, None, 140, None, 31, None, 249],
    ],
    "no-heading": [
        [],
        ["Month", "Leeds", None, "York", None, "Total"],
        ["Apr 2013", 37, None, 63, None, "=B5+D5"],
        ["May 2013", 41, None, 77, None, "=B6+D6"],
        ["Total", "=B5+B6", None, "=D5+D6", None, "=F5+F6"],
    ],
}


@pytest.mark.parametrize("name", SPACED)
def test_a_lone_column_after_a_blank_one_counts_what_the_title_beside_it_names(tmp_path, name):
    """An area (or group) a column, each after a blank spacer column, under one title (and
    a 'JSA' heading line): the blank columns part them into tables, and a lone column but a
    Total read no title beside it, so 'York' was refused for want of a measure."""
    rows = [["Referrals by area"], [], *SPACED[name]]
    source = write_book(tmp_path / "areas.xlsx", {"By area": rows})
    out, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(out)["By area"]
    assert [c.value for c in sheet[7]][1:4] == [40, None, 60]
    total = len(rows[3])
    assert [c.value for c in sheet[9]][total - 1] == f"=SUM({chr(64 + total)}7:{chr(64 + total)}8)"


SHARES = {
    "headed": [
        ["Job outcomes by payment group"],
        [],
        ["Payment group", "Share of job outcomes"],
        ["JSA 18-24", "36%"],
        ["JSA 25+", "44%"],
        ["ESA Flow", "20%"],
        ["Total", "100%"],
    ],
    "bare": [
        ["Share of job outcomes by payment group"],
        [],
        ["JSA 18-24", "36%"],
        ["JSA 25+", "44%"],
        ["ESA Flow", "20.0 %"],
    ],
    "under-starts": [
        ["Job starts by month"],
        [],
        ["Month", "Job starts"],
        ["Apr 2013", 120],
        ["May 2013", 140],
        [],
        ["Conversion to job outcome"],
        ["JSA 18-24", "3.0:1"],
        ["JSA 25+", "36%"],
    ],
}


@pytest.mark.parametrize("name", SHARES)
def test_outcome_shares_typed_as_text_with_no_table_around_them_are_removed(tmp_path, name):
    """Outcome shares typed as text ('36%') with no counts beside them: no table holds them,
    so they were carried as free text and the proof refused the copy (an outcome rate typed
    as text). They go now, as a rate typed as text in a table does and as typed percentages
    with no counts beside them do; the rest of the sheet goes through."""
    rows = SHARES[name]
    source = write_book(tmp_path / "shares.xlsx", {"Outcomes": rows})
    out, printed = sanitised_beside(source)
    text = package_text(out)
    assert "a rate typed as text" in printed
    assert not any(f">{row[1]}<" in text for row in rows if len(row) > 1 and "%" in str(row[1]))
    assert ">3.0:1<" not in text
    assert rows[0][0] in text


@pytest.mark.parametrize(
    "above",
    [
        [["Referrals by payment group, 2013"], ["Source: provider MI system"]],
        [
            ["Referrals by payment group"],
            ["England, 2013"],
            ["Source: provider MI, extracted 2 May"],
        ],
        [["Referrals"], ["Note: figures are provisional"], ["and may change"]],
    ],
)
def test_a_title_over_a_source_line_names_what_its_table_counts(tmp_path, above):
    """The measure named only in the title, a 'Source:' (or 'Note:') line right under it, then
    the table, headed by codes or groups that name no measure: the title and the note were one
    block of words, a block holding a note titled nothing, so the table was refused for want
    of a measure. The lines above the first note title the table now; the note stays a note."""
    rows = [
        *above,
        [],
        ["Month", "C00-D48", "I00-I99", "J00-J99", "Total"],
        ["Apr 2013", 37, 12, 63, 112],
        ["May 2013", 41, 19, 77, 137],
        ["Total", 78, 31, 140, 249],
    ]
    source = write_book(tmp_path / "codes.xlsx", {"T1": rows})
    out, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(out)["T1"]
    top = len(above) + 5  # the banner's two rows, the blank line, the header, 1-based
    assert [c.value for c in sheet[top]][1:5] == [40, 20, 60, f"=SUM(B{top}:D{top})"]
    assert above[-1][0] in package_text(out)
