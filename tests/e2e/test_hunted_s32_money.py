"""Payments, tariffs and the provider's income, found by building the tables and notes finance
and MI analysts make (session 32, the money hunt).

A note under the job starts stating the provider's income ('Income to date: £429,600, all at
the £1,200 tariff', 'Revenue this quarter £129,600', 'Turnover: £429,600', 'Invoice total
£429,600', 'Funding received £429,600', '£429,600 received from DWP') went out as it was, and
the copy passed its proof. The programme pays for attachments, job outcomes and sustainments
alone, at published tariffs, so the income over the tariff is their volume (429,600 / 1,200 =
358 job outcomes): the payment amount the rules let no text keep. A cell under such words was
removed as money; a text was judged only by the outcome words and the words of payment ('paid',
'claimed', 'fees', 'invoiced'), and the finance words were not among them. Both readings take
them now (wpxl/plan/outcome_events ``_TAKINGS``, wpxl/verify/outcome_events ``_EVENT``): a text
naming the provider's income, revenue, turnover, receipts, invoices, tariffs or funding, or
money received from DWP, and stating an amount goes, as one saying what was paid does; the
proof alone refuses a copy carrying one. 'Income Support' (a benefit), 'income-related ESA' and
'income-based JSA' name no income, and a text counting their referrals stays.

'£000s' (amounts in thousands of pounds) was read as an amount: the title 'Job outcome income
£000s' over a finance table, and the header 'Sustainments claimed £000s' beside the
attachments, were removed as stating an amount about outcomes (their figures are removed as
money either way). '£000' alone was already a unit, never a figure, in a text saying what was
paid; '£000s' is one too now, and so in a text naming outcomes, on both sides (the plan's
``without_units`` and the proof's own): the title and header stay. A text naming outcomes
with a figure beside the unit ('Job outcomes £000s: 429.6') still goes.

'Payment group | 1 | 2 | ... | 13' over each group's sustainment payments 1 to 13 (a cumulative
table: no 'Total' column). Typed, the numbers were read as the table's first line of counts:
the percentage sheet took them into its base (row 'Payment group' 0%, 0% ... 3%; a reader
knowing the column's number 13 could work the column's total back from its share) and its
columns lost their names; over job starts by week ('Local authority | 1 | 2 | ... | 13') they
were rounded to 0, 0, 0 ... Written as text ('1' .. '13'), the plan read them as headers but
the proof, which vouched for such numbers on a percentage sheet only under a total column or a
corner naming their code ('Payment group' over groups 1 to 9), refused the copy as stating
amounts on a percentage sheet, from 10 columns on. Both read them now as the numbers of the
columns (wpxl/analyse/label_sequences ``numbers_columns_from_one``; wpxl/verify/text_heads
``numbers_under_a_kind``, asked by the proof's reading of header rows): three or more whole
numbers counting from 1, typed or as text, in the table's first line, under a corner naming a
kind of line ('Payment group', 'Local authority', blank), nothing counted above them and a
figure under each; the proof refuses them rounded. A first line under its own name ('Leeds |
1 | 2 | 3', or 'Leeds | (blank) | 1 | 2 | 3') is still counts, and the proof refuses them kept.

Amounts of money written as text, as a finance extract pastes them: 'Local authority | Job
starts | Income' with '£116,400', '£105,600', '£73,200' and a total '£295,200' beside the
starts went out as they were, and the copy passed its proof: a text is no figure to round, and
the proof read a text of pounds alone as a band of amounts naming its line ('£100' down a label
column of people by what they had). 116,400 / 1,200 is 97 job outcomes. The plan removes a
body text that is a sum of money, or one holding a digit under words naming money, as money
(wpxl/analyse/cells, ``is_money_text`` in wpxl/analyse/words), and a note that is a sum of money
alone as a figure outside any table (wpxl/plan/quoting: 'Outcome income | "£429,600"' in a
contract summary was kept by the plan and refused by the proof, telling the analyst to name
the outcomes); the proof refuses such a text right of anything on a line holding a figure
(wpxl/verify/money_texts). A band's name stands first on its line and stays.

A column of money beside the starts under a finance word neither reading knew ('Funding',
'Receipts', 'DWP remittance', 'Clawbacks', 'Accruals', 'Cash'), or under 'Received' with its
pounds in the format alone ('#,##0" pounds"'), was read as a count: rounded to 20, and an
amount paid at a tariff of whole hundreds of pounds is a multiple of 20 already, so it went out
exactly (116,400 at £1,200 is 97 job outcomes), and the copy passed its proof. Both readings
name money so now (wpxl/analyse/words ``_MONEY``, wpxl/verify/money_words ``_MONEY``:
'funding', 'receipts', 'remittance', 'remitted', 'pounds', 'sterling', 'cash', 'clawbacks',
'recoveries', 'accruals'), and a format's words naming money make the figure money as they make
it an outcome (wpxl/analyse/cells ``is_typed_count`` and ``_shown_as_money``;
wpxl/verify/outcomes ``_shown_as``); the proof refuses them carried. 'Referrals received' still
counts referrals.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import carried_rounded, misread_findings, proved

AREAS = ["Leeds", "Bradford", "Wakefield"]
STARTS = [412, 377, 251]
ROUNDED_STARTS = [420, 380, 260]

INCOME_NOTES = [
    "Note: income to date £429,600, all at the £1,200 tariff.",
    "Income to date: £429,600",
    "Income received to date 429,600",
    "Tariff income £429,600",
    "Revenue this quarter £129,600",
    "Turnover: £429,600",
    "Receipts from DWP: £429,600",
    "Invoice total £429,600",
    "Funding received £429,600",
    "Amount due from DWP: £429,600",
    "£429,600 received from DWP",
    "Income: £429.6k",
]


def _starts(*below: str) -> list[list]:
    """Job starts by local authority with a total, then each text of ``below`` a line of its
    own under a blank line."""
    rows: list[list] = [["Job starts by local authority"], [], ["Local authority", "Job starts"]]
    rows += [[area, starts] for area, starts in zip(AREAS, STARTS, strict=True)]
    rows += [["Total", "=SUM(B4:B6)"], []]
    return rows + [[text] for text in below]


def _texts(copy) -> list[str]:
    """Every text of every sheet of the copy."""
    book = openpyxl.load_workbook(copy)
    return [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]


@pytest.mark.parametrize("note", INCOME_NOTES)
def test_a_note_stating_the_provider_s_income_goes(tmp_path, note):
    """The income over the published tariff is the volume of what was paid for."""
    source = write_book(tmp_path / "income.xlsx", {"Starts": _starts(note)})
    copy, _ = sanitised_beside(source)
    texts = _texts(copy)
    assert note not in texts
    assert not any("429" in text or "129,600" in text for text in texts)
    shown = openpyxl.load_workbook(copy, data_only=True)["Starts"]
    assert [shown.cell(r, 2).value for r in range(6, 9)] == ROUNDED_STARTS
    assert any("'Starts' A9: it states an amount about outcomes" in text for text in texts)


@pytest.mark.parametrize("note", INCOME_NOTES)
def test_the_proof_alone_refuses_a_note_stating_income_kept(tmp_path, note):
    """A plan that kept the note: the proof reads the text for itself."""
    found = misread_findings(tmp_path, _starts(note), {(8, 0): note}, "kept")
    assert any(f.part.startswith("'Referrals' A11") for f in found), found


@pytest.mark.parametrize(
    "note",
    [
        "Income Support claimants referred this year: 420",
        "Referrals of income-related ESA claimants: 380",
        "Figures exclude income-based JSA: 20 referrals moved",
    ],
)
def test_a_note_naming_a_benefit_for_income_stays(tmp_path, note):
    """'Income Support' and income-related benefits name a payment group, not money."""
    source = write_book(tmp_path / "benefits.xlsx", {"Starts": _starts(note)})
    copy, _ = sanitised_beside(source)
    assert note in _texts(copy)


def _finance(title: str, head: str) -> list[list]:
    """Attachments by payment group and, beside them, ``head`` over amounts in thousands."""
    rows: list[list] = [[title], [], ["Payment group", "Attachments", head]]
    lines = [("JSA 18-24", 1437, 25.2), ("JSA 25+", 2210, 40.95), ("ESA Flow", 412, 4.68)]
    rows += [list(line) for line in lines]
    return [*rows, ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)"]]


@pytest.mark.parametrize(
    ("title", "head"),
    [
        ("Attachments and sustainment payments by payment group", "Sustainments claimed £000s"),
        ("Attachments and job outcome payments by payment group", "Job outcomes (£'000s)"),
        ("Attachments and job outcome payments by payment group", "Job outcomes £000"),
    ],
)
def test_a_header_in_thousands_of_pounds_stays(tmp_path, title, head):
    """'£000s' is the unit of the removed amounts, not an amount: the words stay."""
    source = write_book(tmp_path / "thousands.xlsx", {"Finance": _finance(title, head)})
    copy, _ = sanitised_beside(source)
    formulas = openpyxl.load_workbook(copy)["Finance"]
    shown = openpyxl.load_workbook(copy, data_only=True)["Finance"]
    assert formulas["A3"].value == title
    assert formulas["C5"].value == head
    assert [shown.cell(r, 2).value for r in range(6, 10)] == [1440, 2220, 420, 4080]
    assert [shown.cell(r, 3).value for r in range(6, 10)] == [None] * 4


def test_a_title_in_thousands_of_pounds_stays(tmp_path):
    """A finance table by payment group and month under 'Job outcome income £000s'."""
    rows: list[list] = [["Job outcome income £000s"], [], ["Payment group", "Apr 2013", "May 2013"]]
    rows += [["JSA 18-24", 37.2, 54.0], ["JSA 25+", 105.6, 116.4], ["ESA Flow", 7.0, 4.0]]
    source = write_book(tmp_path / "thousands.xlsx", {"Finance": rows})
    copy, _ = sanitised_beside(source)
    formulas = openpyxl.load_workbook(copy)["Finance"]
    assert formulas["A3"].value == "Job outcome income £000s"
    assert not any(formulas.cell(r, c).value for r in range(6, 9) for c in (2, 3))


def test_a_text_naming_outcomes_with_a_figure_beside_the_unit_goes(tmp_path):
    """The unit is taken away before the amount is looked for; the figure beside it stays."""
    note = "Job outcomes £000s: 429.6"
    source = write_book(tmp_path / "thousands.xlsx", {"Starts": _starts(note)})
    copy, _ = sanitised_beside(source)
    assert note not in _texts(copy)


def _numbered(corner: str, names: list[str], typed: bool, title: str) -> list[list]:
    """``title`` over ``corner`` and columns numbered 1 to 13 (typed or as text), a line of
    falling figures for each of ``names``."""
    heads = [n if typed else str(n) for n in range(1, 14)]
    rows: list[list] = [[title], [], [corner, *heads]]
    for i, name in enumerate(names):
        rows.append([name, *[300 + 200 * i - 7 * week for week in range(13)]])
    return rows


@pytest.mark.parametrize("typed", [True, False])
def test_sustainment_payments_numbered_from_one_head_their_columns(tmp_path, typed):
    """Typed, the numbers went into the shares' base; as text, the copy was refused."""
    title = "Cumulative sustainment payments 1-13"
    rows = _numbered("Payment group", ["JSA 18-24", "JSA 25+", "ESA Flow"], typed, title)
    copy, _ = sanitised_beside(write_book(tmp_path / "cumulative.xlsx", {"Finance": rows}))
    shares = openpyxl.load_workbook(copy)["Sustainments %"]
    lines = [list(r) for r in shares.iter_rows(min_row=6, max_row=9, values_only=True)]
    assert lines[0][:14] == ["Payment group", *[str(n) for n in range(1, 14)]]
    assert [line[0] for line in lines[1:]] == ["JSA 18-24", "JSA 25+", "ESA Flow"]
    assert all(abs(sum(line[c] for line in lines[1:]) - 1) < 0.02 for c in range(1, 14))
    assert "Finance" not in openpyxl.load_workbook(copy).sheetnames


def test_job_starts_by_week_numbered_from_one_keep_their_heads(tmp_path):
    """The week numbers were rounded to 0, 0, 0 as the first line of starts."""
    rows = _numbered("Local authority", AREAS, True, "Job starts by week of attachment")
    copy, _ = sanitised_beside(write_book(tmp_path / "weekly.xlsx", {"Finance": rows}))
    shown = openpyxl.load_workbook(copy, data_only=True)["Finance"]
    assert [shown.cell(5, c).value for c in range(1, 15)] == ["Local authority", *range(1, 14)]
    assert [shown.cell(6, c).value for c in range(2, 5)] == [300, 300, 280]


def test_the_proof_alone_refuses_numbered_heads_rounded(tmp_path):
    """A plan reading the heads as a line of counts: each rounded number is refused."""
    rows = _numbered("Local authority", AREAS, True, "Job starts by week of attachment")
    written = {(2, c): float((c + 10) // 20 * 20) for c in range(1, 14)}
    found = misread_findings(tmp_path, rows, written, "rounded")
    assert any(
        str(f) == "'Referrals' B5: a number naming a row or column, rounded as a count"
        for f in found
    ), found


def test_a_first_line_under_its_own_name_counting_from_one_is_counts(tmp_path):
    """'Leeds | 1 | 2 | 3' under a title alone: Leeds's starts, rounded."""
    rows = [["Job starts by week"], [], ["Leeds", 1, 2, 3, 4], ["Bradford", 9, 12, 14, 30]]
    copy, _ = sanitised_beside(write_book(tmp_path / "weekly.xlsx", {"Finance": rows}))
    shown = openpyxl.load_workbook(copy, data_only=True)["Finance"]
    assert [shown.cell(5, c).value for c in range(2, 6)] == [0, 0, 0, 0]
    assert [shown.cell(6, c).value for c in range(2, 6)] == [0, 20, 20, 40]


PASTED_INCOME = ["£116,400", "£105,600", "£73,200"]


def _pasted_income(head: str = "Income") -> list[list]:
    """Job starts by local authority, ``head`` beside them over amounts written as text."""
    rows: list[list] = [
        ["Job starts by local authority"],
        [],
        ["Local authority", "Job starts", head],
    ]
    rows += [[a, s, m] for a, s, m in zip(AREAS, STARTS, PASTED_INCOME, strict=True)]
    return [*rows, ["Total", "=SUM(B4:B6)", "£295,200"]]


@pytest.mark.parametrize("head", ["Income", "Notes", "Claimed to date"])
def test_amounts_of_money_written_as_text_beside_the_starts_go(tmp_path, head):
    """They went out as written under 'Income', and the copy passed its proof."""
    source = write_book(tmp_path / "pasted.xlsx", {"Starts": _pasted_income(head)})
    copy, _ = sanitised_beside(source)
    texts = _texts(copy)
    assert not any("£" in text for text in texts if not text.startswith("- "))
    shown = openpyxl.load_workbook(copy, data_only=True)["Starts"]
    assert [shown.cell(r, 2).value for r in range(6, 10)] == [*ROUNDED_STARTS, 1060]


def test_the_proof_alone_refuses_amounts_of_money_written_as_text_kept(tmp_path):
    """A plan that kept them: the proof reads them as money for itself."""
    written = {(3 + i, 2): amount for i, amount in enumerate(PASTED_INCOME)}
    found = misread_findings(tmp_path, _pasted_income(), written, "kept")
    money = "an amount of money written as text (payments can reveal volumes)"
    assert [str(f) for f in found if f.kind == money] == [
        f"'Referrals' C{r}: {money}" for r in (6, 7, 8)
    ], found


def test_a_contract_summary_with_its_income_as_text_is_sanitised(tmp_path):
    """'Outcome income | "£429,600"' under the volumes: the plan kept it and the proof refused
    the copy, telling the analyst to name the outcomes; the amounts go now."""
    rows = [["Contract summary 2013/14"], [], ["Referrals", 4140], ["Attachments", 3870]]
    rows += [["Job starts", 1501], ["Outcome income", "£429,600"], ["Tariff per outcome", "£1,200"]]
    copy, _ = sanitised_beside(write_book(tmp_path / "summary.xlsx", {"Summary": rows}))
    shown = openpyxl.load_workbook(copy, data_only=True)["Summary"]
    assert [shown.cell(r, 2).value for r in range(5, 10)] == [4140, 3880, 1500, None, None]


def test_bands_of_amounts_naming_their_lines_stay(tmp_path):
    """'£100' down a label column names a band of people by the amount they had."""
    rows: list[list] = [["Referrals by weekly earnings"], [], ["Weekly earnings", "Referrals"]]
    rows += [["£0 to £99", 412], ["£100", 377], ["£200 or more", 251]]
    copy, _ = sanitised_beside(write_book(tmp_path / "bands.xlsx", {"Referrals": rows}))
    shown = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    assert [shown.cell(r, 1).value for r in range(6, 9)] == ["£0 to £99", "£100", "£200 or more"]
    assert [shown.cell(r, 2).value for r in range(6, 9)] == ROUNDED_STARTS


PAID = [116400, 105600, 73200]


def _beside_starts(head: str, fmt: str | None = None) -> openpyxl.Workbook:
    """Job starts by local authority, ``head`` over amounts paid beside them (in ``fmt``)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Starts"
    sheet.append(["Job starts by local authority"])
    sheet.append([])
    sheet.append(["Local authority", "Job starts", head])
    for area, starts, paid in zip(AREAS, STARTS, PAID, strict=True):
        sheet.append([area, starts, paid])
    for row in sheet["C4:C6"]:
        row[0].number_format = fmt or "General"
    return book


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        ("Funding", None),
        ("Receipts", None),
        ("DWP remittance", None),
        ("Clawbacks", None),
        ("Recoveries", None),
        ("Accruals", None),
        ("Cash", None),
        ("Received", '#,##0" pounds"'),
        ("Received", '#,##0" sterling"'),
    ],
)
def test_money_under_finance_words_or_a_format_in_pounds_goes(tmp_path, head, fmt):
    """Rounded as counts, amounts of whole hundreds went out exactly."""
    source = tmp_path / "finance.xlsx"
    _beside_starts(head, fmt).save(source)
    copy, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(copy, data_only=True)["Starts"]
    assert [shown.cell(r, 2).value for r in range(6, 9)] == ROUNDED_STARTS
    assert [shown.cell(r, 3).value for r in range(6, 9)] == [None] * 3


@pytest.mark.parametrize("head", ["Funding", "Receipts", "DWP remittance", "Clawbacks", "Accruals"])
def test_the_proof_alone_refuses_money_under_finance_words_carried(tmp_path, head):
    """A plan that read them as counts: the proof reads them as money for itself."""
    rows = [["Job starts by local authority"], [], ["Local authority", "Job starts", head]]
    rows += [[a, s, p] for a, s, p in zip(AREAS, STARTS, PAID, strict=True)]
    written = {(3 + i, 2): float(paid) for i, paid in enumerate(PAID)}
    found = misread_findings(tmp_path, rows, written, "rounded")
    places = [str(f) for f in found if f.kind == "an outcome or sustainment volume"]
    assert places == [f"'Referrals' C{r}: an outcome or sustainment volume" for r in (6, 7, 8)]


def test_referrals_received_stay_a_count(tmp_path):
    """'Received' alone is no money word: referrals received are referrals."""
    source = tmp_path / "received.xlsx"
    _beside_starts("Referrals received").save(source)
    copy, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(copy, data_only=True)["Starts"]
    assert [shown.cell(r, 3).value for r in range(6, 9)] == PAID


def test_the_proof_alone_refuses_money_in_a_format_in_pounds_carried(tmp_path):
    """Its format's words say what the figures are, to the proof as to the plan."""
    source = tmp_path / "finance.xlsx"
    _beside_starts("Received", '#,##0" pounds"').save(source)
    found = proved(tmp_path, source, carried_rounded(PAID, "Starts"))
    places = [str(f) for f in found if f.kind == "an outcome or sustainment volume"]
    assert places == [f"'Starts' C{r}: an outcome or sustainment volume" for r in (6, 7, 8)]


def test_the_proof_alone_refuses_counts_from_one_after_a_gap_beside_a_line_s_name(tmp_path):
    """'Leeds | (blank) | 1 | 2 | 3': the numbers' corner is blank, but the line is named
    further left, so they are Leeds's counts, not the columns' names: kept unrounded, refused."""
    rows: list[list] = [["Job starts by week"], [], ["Local authority", None, "Week 1", "Week 2"]]
    rows += [["Leeds", None, 1, 2, 3], ["Bradford", None, 9, 12, 14]]
    written = {(3, c): float(n) for c, n in ((2, 1), (3, 2), (4, 3))}
    found = misread_findings(tmp_path, rows, written, "kept")
    assert any(str(f).startswith("'Referrals' C6") for f in found), found
