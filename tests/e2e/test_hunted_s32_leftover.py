"""What the last stop noticed and left alone, built as an analyst would (session 32, the
leftover hunt).

An outcome table titled on two lines ('Job outcomes by payment group' over 'Provisional', or over
'Figures to March 2013', then the header), alone on its sheet or right under another table's
Total line: the second line went nowhere. The table's volumes went to a percentage sheet whose
intro said the measure, the breakdown and a period (taken from anywhere in the title, so 'to
March 2013' was said 'in March 2013'), never that the shares were provisional. Each title line
after the first that holds no figure is named in the intro now ("on sheet 'Outcomes'
(Provisional), by payment group", plan/title_lines), and the period is then taken from the first
line alone (the further line says its own). A further line stating a volume ('Total outcomes:
359') is never carried; where the table went wholly to its percentage sheet (its title with
it) the cover lists the line removed, as it lists a text that states an amount about outcomes.
Right under another table's Total line that line, read as a total line, left the lower table
uncut and mangled: its month heads removed as 'an outcome figure written as text', its title
and header lines shares of their row on the percentage sheet. A total stated in a line's own
words is a title's second line now, as 'Provisional' is (analyse/stacked_titles).

'Job starts | Conversions | Advisers' (or 'Achieved', 'Converted', and 'Staff', 'Work
coaches', 'No. of advisers'): the conversions made the table a breakdown of the starts by
status, and every other column its rest, so the advisers went to the 'Job outcomes %' sheet
beside the conversions, shares of a count of staff. Safe, but wrong. A line counting members of
staff is no status of the starts (analyse/staff_counts, read by line_measures ``_the_rest``;
the proof's twin verify/staff_counts, read by verify/achieved ``Statuses``): the advisers are
rounded as the table's counts, as beside a 'Conversion rate' (session 31). 'Job starts |
Advisers | Conversions' was worse: 'Advisers', a role's header, was taken for a corner over
advisers' names across, and 'Conversions' removed as "a member of staff's name", its shares
left headless on the percentage sheet. A role's header over figures (not years) counts staff;
it heads no names across (analyse/people ``staff_names``, verify/named_staff ``_names``).
'Caseload' beside conversions stays the rest of the breakdown (people on the books, no staff).

Workbooks dated from 1904 (old Mac Excel) with month heads typed as dates, months made by EDATE,
dates as the lines' labels, counts and outcome tables: each copy is the 1900-dated book's
copy, cell for cell (pinned); nothing refused, nothing moved. Outcome words alone as the only
measure ('JO', 'JOs', 'Sust.', 'Outcome pmts', 'Achieved outcomes', 'Paid outcomes', 'Outcomes
claimed', 'Canlyniadau swyddi', 'Deilliannau', 'Taliadau cynnal'), beside the starts or
alone, across or down: each went to a percentage sheet, no volume anywhere (pinned). 'Job
outcome payments (£)' is removed as money. 'Canlyniadau' alone (any results) is refused,
asking for the measure to be named: left so. ('Cynaliadwyedd', sustainability, was too; beside
the job starts it went out rounded as starts, so since session 39 it is read as sustainments.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from typer.testing import CliRunner

from tests.builders import write_book
from tests.e2e.runs import line_of, sanitised_rows
from tests.misread import proved
from wpxl.cli import app
from wpxl.plan.carried_words import CONTACTS

OUTCOME_HEAD = ["Payment group", "Apr 2013", "May 2013", "Total"]
REFERRALS = [
    ["Referrals by payment group"],
    ["Payment group", "Apr 2013", "May 2013", "Total"],
    ["JSA 18-24", 301, 412, "=SUM(B3:C3)"],
    ["JSA 25+", 220, 133, "=SUM(B4:C4)"],
    ["Total", "=SUM(B3:B4)", "=SUM(C3:C4)", "=SUM(D3:D4)"],
]


def _outcomes(second: str, top: int) -> list[list]:
    """'Job outcomes by payment group' over ``second`` over the header, from row ``top``."""
    first = top + 4  # the first line of figures, 1-based
    return [
        ["Job outcomes by payment group"], [second], OUTCOME_HEAD,
        ["JSA 18-24", 31, 42, f"=SUM(B{first}:C{first})"],
        ["JSA 25+", 122, 164, f"=SUM(B{first + 1}:C{first + 1})"],
        ["Total", f"=SUM(B{first}:B{first + 1})", f"=SUM(C{first}:C{first + 1})",
         f"=SUM(D{first}:D{first + 1})"],
    ]  # fmt: skip


def _every_value(book: openpyxl.Workbook) -> list[object]:
    return [c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row]


def _intro(shares) -> str:
    return str(shares.cell(4, 1).value)


@pytest.mark.parametrize("stacked", [False, True])
@pytest.mark.parametrize("second", ["Provisional", "Figures to March 2013"])
def test_an_outcome_tables_second_title_line_is_named_in_its_shares_intro(
    tmp_path, second, stacked
):
    rows = [*REFERRALS, *_outcomes(second, 5)] if stacked else _outcomes(second, 0)
    shown, _ = sanitised_rows(tmp_path, {"Outcomes": rows})
    shares = shown["Job outcomes %"]
    assert f"on sheet 'Outcomes' ({second}), by payment group" in _intro(shares)
    assert " in March 2013" not in _intro(shares)  # 'to March 2013' is no period 'in' it
    assert line_of(shares, "JSA 18-24")[:4] == ["JSA 18-24", 0.2, 0.2, 0.2]


@pytest.mark.parametrize("stacked", [False, True])
def test_a_second_title_line_stating_a_volume_is_not_carried_and_is_listed_removed(
    tmp_path, stacked
):
    rows = (
        [*REFERRALS, *_outcomes("Total outcomes: 359", 5)]
        if stacked
        else _outcomes("Total outcomes: 359", 0)
    )
    shown, _ = sanitised_rows(tmp_path, {"Outcomes": rows})
    values = _every_value(shown)
    assert not any("359" in str(v) for v in values if v is not None)
    line = "A7" if stacked else "A2"
    removed = f"- text, 'Outcomes' {line}: it states an amount about outcomes"
    assert any(str(v).startswith(removed) for v in values)
    shares = shown["Job outcomes %"]
    assert [r[0].value for r in shares.iter_rows()].count("Payment group") == 1
    assert line_of(shares, "JSA 18-24")[:4] == ["JSA 18-24", 0.2, 0.2, 0.2]
    assert line_of(shares, "Total")[:4] == ["Total", 1, 1, 1]
    if stacked:  # the referrals above keep their own lines, the outcomes' heads none
        firsts = [r[0].value for r in shown["Outcomes"].iter_rows()]
        assert firsts.count("Payment group") == 1 and "Job outcomes by payment group" not in firsts


def test_a_second_title_line_naming_who_prepared_it_is_listed_removed_as_personal(tmp_path):
    shown, _ = sanitised_rows(tmp_path, {"Outcomes": _outcomes("Prepared by Jane Smith", 0)})
    values = _every_value(shown)
    assert not any("Jane Smith" in str(v) for v in values if v is not None)
    assert f"- text, 'Outcomes' A2: {CONTACTS}" in values


def test_the_proof_alone_refuses_a_title_lines_volume_named_in_the_intro(tmp_path):
    source = write_book(tmp_path / "titled.xlsx", {"Outcomes": _outcomes("Total outcomes: 359", 0)})

    def named(plan) -> None:  # as a plan that carried the line with 'Provisional' would
        sheet = next(s for s in plan.sheets if s.name == "Job outcomes %")
        intro = sheet.cells[(3, 0)]
        said = intro.value.replace("'Outcomes'", "'Outcomes' (Total outcomes: 359)")
        sheet.cells[(3, 0)] = replace(intro, value=said)

    assert proved(tmp_path, source) == []
    assert [f.part for f in proved(tmp_path, source, named)] == ["'Job outcomes %' A4"]


AREAS = ["Leeds", "York", "Hull", "Wakefield", "Bradford"]
STARTS, CONVERTED, ADVISERS = [412, 377, 251, 298, 163], [97, 88, 61, 73, 39], [14, 12, 9, 11, 6]


def _beside_starts(heads: list[str], *columns: list[int]) -> dict[str, list[list]]:
    rows: list[list] = [["Job starts by local authority, 2013"], [], ["Local authority",
                        "Job starts", *heads]]  # fmt: skip
    rows += [[a, *vs] for a, *vs in zip(AREAS, STARTS, *columns, strict=True)]
    return {"Performance": rows}


@pytest.mark.parametrize(
    "heads",
    [
        ["Conversions", "Advisers"],
        ["Achieved", "Advisers"],
        ["Converted", "Work coaches"],
        ["Conversions", "No. of advisers"],
        ["Conversions", "Staff"],
    ],
)
def test_a_count_of_staff_beside_conversions_is_rounded_not_a_share(tmp_path, heads):
    shown, _ = sanitised_rows(tmp_path, _beside_starts(heads, CONVERTED, ADVISERS))
    sheet = shown["Performance"]
    assert line_of(sheet, "Local authority")[:4] == ["Local authority", "Job starts", *heads]
    assert line_of(sheet, "Leeds")[:4] == ["Leeds", 420, None, 20]
    assert line_of(sheet, "Hull")[:4] == ["Hull", 260, None, 0]
    shares = shown["Job outcomes %"]
    assert line_of(shares, "Local authority")[:3] == ["Local authority", heads[0], None]
    assert line_of(shares, "Leeds")[:3] == ["Leeds", 0.27, None]


def test_advisers_between_the_starts_and_conversions_head_no_names_across(tmp_path):
    """'Conversions' was removed as an adviser's name, its shares left headless."""
    heads = ["Advisers", "Conversions"]
    shown, _ = sanitised_rows(tmp_path, _beside_starts(heads, ADVISERS, CONVERTED))
    sheet = shown["Performance"]
    assert line_of(sheet, "Local authority")[:4] == ["Local authority", "Job starts", *heads]
    assert line_of(sheet, "Leeds")[:4] == ["Leeds", 420, 20, None]
    shares = shown["Job outcomes %"]
    assert line_of(shares, "Local authority")[:3] == ["Local authority", "Conversions", None]
    assert line_of(shares, "Leeds")[:3] == ["Leeds", 0.27, None]


def test_a_line_of_advisers_under_the_starts_and_conversions_is_rounded(tmp_path):
    rows = [
        ["Job starts by local authority, 2013"],
        [],
        ["Measure", "Leeds", "York", "Hull"],
        ["Job starts", 412, 377, 251],
        ["Conversions", 97, 88, 61],
        ["Advisers", 14, 12, 9],
    ]
    shown, _ = sanitised_rows(tmp_path, {"Performance": rows})
    assert line_of(shown["Performance"], "Advisers")[:4] == ["Advisers", 20, 20, 0]
    firsts = [r[0].value for r in shown["Job outcomes %"].iter_rows()]
    assert "Conversions" in firsts and "Advisers" not in firsts


def test_advisers_named_across_under_their_role_are_still_removed(tmp_path):
    """The corner over months by adviser still names no one, its names across still go."""
    rows = [["Job starts by adviser"], ["Adviser", "Jane Smith", "Amir Patel"],
            ["Apr 2013", 31, 42], ["May 2013", 22, 18]]  # fmt: skip
    shown, _ = sanitised_rows(tmp_path, {"Starts": rows})
    values = _every_value(shown)
    assert "Jane Smith" not in values and "Amir Patel" not in values


MONTHS = [dt.datetime(2013, 4, 1), dt.datetime(2013, 5, 1), dt.datetime(2013, 6, 1)]


def _dated_book(path, date1904: bool) -> None:
    """Referrals by month typed as dates across, starts and outcomes by month as dated lines."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    if date1904:
        book.epoch = CALENDAR_MAC_1904
    across = book.create_sheet("Referrals")
    for line in [
        ["Referrals by payment group"],
        ["Payment group", *MONTHS, "Total"],
        ["JSA 18-24", 301, 412, 95, "=SUM(B3:D3)"],
        ["JSA 25+", 220, 133, 57, "=SUM(B4:D4)"],
        ["Total", "=SUM(B3:B4)", "=SUM(C3:C4)", "=SUM(D3:D4)", "=SUM(E3:E4)"],
    ]:
        across.append(line)  # fmt: skip
    down = book.create_sheet("Starts")
    for line in [
        ["Job starts by month"],
        ["Month", "Job starts", "Job outcomes"],
        *([m, 301 + 7 * i, 40 + i] for i, m in enumerate(MONTHS)),
        ["Total", "=SUM(B3:B5)", "=SUM(C3:C5)"],
    ]:
        down.append(line)  # fmt: skip
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = "mmm yyyy"
    book.save(path)


def test_a_book_dated_from_nineteen_oh_four_is_copied_as_one_dated_from_nineteen_hundred(
    tmp_path,
):
    copies = []
    for name, date1904 in (("windows", False), ("mac", True)):
        folder = tmp_path / name
        folder.mkdir()
        _dated_book(folder / "dated.xlsx", date1904)
        args = ["sanitise", str(folder / "dated.xlsx"), "--out-dir", str(folder)]
        assert CliRunner().invoke(app, args).exit_code == 0
        book = openpyxl.load_workbook(folder / "dated-sanitised.xlsx")
        copies.append({s.title: [[c.value for c in r] for r in s.iter_rows()]
                       for s in book.worksheets if s.title != "About this workbook"})  # fmt: skip
    windows, mac = copies
    assert mac == windows
    starts = [[m, 300 + 20 * (i == 2), None] for i, m in enumerate(MONTHS)]
    assert [row[:3] for row in windows["Starts"][4:7]] == starts


OUTCOME_WORDS = [
    "JO", "JOs", "Sust.", "Outcome pmts", "Achieved outcomes", "Paid outcomes",
    "Outcomes claimed", "Canlyniadau swyddi", "Deilliannau", "Taliadau cynnal",
]  # fmt: skip


@pytest.mark.parametrize("beside", [False, True])
@pytest.mark.parametrize("word", OUTCOME_WORDS)
def test_an_outcome_word_alone_sends_its_volumes_to_shares(tmp_path, word, beside):
    head = ["Payment group", *(["Job starts"] if beside else []), word]
    lines = [[g, *([s] if beside else []), o] for g, s, o in
             (("JSA 18-24", 301, 47), ("JSA 25+", 412, 63), ("ESA Flow", 95, 11))]  # fmt: skip
    rows = [["Programme figures by payment group"], head, *lines]
    shown, _ = sanitised_rows(tmp_path, {"Summary": rows})
    values = [v for v in _every_value(shown) if isinstance(v, int | float)]
    assert not {47, 63, 11, 121, 40, 60} & set(values)
    shares = next(s for s in shown.worksheets if s.title.endswith("%"))
    assert line_of(shares, "JSA 18-24")[:2] == ["JSA 18-24", 0.39]


@pytest.mark.parametrize("word", ["Canlyniadau"])
def test_a_welsh_word_for_any_results_alone_is_refused_asking_for_the_measure(tmp_path, word):
    rows = [["Programme figures by payment group"], ["Payment group", word],
            ["JSA 18-24", 47], ["JSA 25+", 63]]  # fmt: skip
    with pytest.raises(Exception, match="cannot tell whether these counts are referrals"):
        sanitised_rows(tmp_path, {"Summary": rows})
