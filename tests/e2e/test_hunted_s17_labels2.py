"""What a second look at two real ONS layouts found (session 17): numbers that name columns or
lines, read as counts.

ONS's NEET tables (8-6-1/Example_Input/notineducationemploymentortrainingod221.xlsx) number
each age group's columns 1 to 5 in a row of their own under the header words, no label beside
it. The row was read as a line of counts: rounded (1, 2 -> 0) and '3' rebuilt as '1' + '2', and
the proof passed the copy. Such a row is headers now, kept as written, and the proof asks it
on its own (verify/group_numbering). The reading is narrow: a row of counts with a label of its
own stays counts.

Its mortality Table 12 names lines by NS-SEC class ('Classification': 'All', 'Inside marriage',
1.1, 1.2, 2 .. 8, 'Not classified'): 1.1 and 1.2 were removed as decimals and 2 to 8 rounded,
and the proof passed it. Class codes (n or n.m, n and m at most 9, in order from 1 or 1.1, a
sub-class and a whole class among them) among words under a header naming a class or code are
labels now, kept as written, and the proof asks them (verify/class_codes). Decimals under any
other header (a rate) stay figures.
"""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

HEADS = ["Total", "Unemployed", "Inactive", "All referred", "Referred NEET"]


def neet_rows(label: str | None = None, groups: int = 2, high: bool = False) -> list[list]:
    """Age groups of five columns each, numbered 1 to 5 in the row under their words (its
    label ``label``: none in ONS's), then a blank row, then a quarter a line; ``high``: the
    last two columns' words a row higher, beside the group's name (as ONS's merged cells)."""
    tail = HEADS[3:] if high else [None, None]
    top = [v for g in range(groups) for v in (f"Aged 16-{24 - g}", None, None, *tail)]
    heads = [*HEADS[:3], *([None, None] if high else HEADS[3:])]
    rows: list[list] = [["Referrals of young people, United Kingdom"], [None, *top]]
    rows += [["Levels", *heads * groups], [label, *list(range(1, 6)) * groups], []]
    for q, quarter in enumerate(("Jan-Mar 2022", "Apr-Jun 2022", "Jul-Sep 2022")):
        line = [700 + 31 * q, 250 + 7 * q, 450 + 24 * q, 6900 + q, 10 + q]
        rows.append([quarter, *[v // (1 + 2 * g) for g in range(groups) for v in line]])
    return rows


def test_numbers_under_words_a_row_higher_are_kept(tmp_path):
    """ONS's words over a group's last columns sit a row higher: the numbers kept as written."""
    book = write_book(tmp_path / "neet.xlsx", {"People": neet_rows(high=True)})
    policy = tmp_path / "rebuild.toml"
    policy.write_text('source_totals = "rebuild"\n', encoding="utf-8")
    output, _ = sanitised_beside(book, policy)
    sheet = openpyxl.load_workbook(output)["People"]
    assert [cell.value for cell in sheet[6][1:11]] == [*range(1, 6), *range(1, 6)]
    # 'Total' before Unemployed + Inactive: their sum, not 'Total 1' rounded on its own
    assert [sheet["B8"].value, sheet["G8"].value] == ["=SUM(C8:D8)", "=SUM(H8:I8)"]


def test_a_labelled_line_running_one_to_five_twice_stays_counts(tmp_path):
    """A line with a label of its own is counts, however its figures run: rounded to 20,
    its total columns rebuilt as sums."""
    book = write_book(tmp_path / "neet.xlsx", {"People": neet_rows("Referred in March")})
    policy = tmp_path / "rebuild.toml"
    policy.write_text('source_totals = "rebuild"\n', encoding="utf-8")
    output, _ = sanitised_beside(book, policy)
    sheet = openpyxl.load_workbook(output)["People"]
    values = [cell.value for cell in sheet[6][1:11]]
    assert [v for v in values if not str(v).startswith("=")] == [0] * 8  # its totals summed


def nssec_rows(head: str = "Classification", blocks: int = 1) -> list[list]:
    """ONS's Table 12: its second column names each line by NS-SEC class, under ``head``, in
    each of ``blocks`` registration types (the classes named again in each)."""
    block = [1.1, 1.2, *range(2, 9), "Not classified"]
    classes = ["All", "Inside marriage", *block, *["Sole registration", *block] * (blocks - 1)]
    rows: list[list] = [["Table 12: Referrals by socio-economic classification"]]
    rows.append(["Birthweight (grams)", head, "Referrals"])
    return rows + [["All", label, 410 + 37 * k] for k, label in enumerate(classes)]


def test_decimals_under_a_rate_stay_figures(tmp_path):
    """The same numbers headed as a rate are figures: 1.1 and 1.2 not carried as labels."""
    book = write_book(tmp_path / "rates.xlsx", {"Table_12": nssec_rows("Rate per 1,000")})
    policy = tmp_path / "rebuild.toml"
    policy.write_text('source_totals = "rebuild"\n', encoding="utf-8")
    output, _ = sanitised_beside(book, policy)
    sheet = openpyxl.load_workbook(output)["Table_12"]
    column = [line[1] for line in sheet.iter_rows(min_row=7, max_row=8, values_only=True)]
    assert 1.1 not in column and 1.2 not in column


def test_classes_named_again_in_each_block_are_kept(tmp_path):
    """ONS's Table 12 names the classes again under each registration type: all kept."""
    rows = nssec_rows(blocks=2)
    book = write_book(tmp_path / "nssec.xlsx", {"Table_12": rows})
    policy = tmp_path / "rebuild.toml"
    policy.write_text('source_totals = "rebuild"\n', encoding="utf-8")
    output, _ = sanitised_beside(book, policy)
    sheet = openpyxl.load_workbook(output)["Table_12"]
    kept = [line[1] for line in sheet.iter_rows(min_row=5, values_only=True)]
    assert kept == [row[1] for row in rows[2:]]
