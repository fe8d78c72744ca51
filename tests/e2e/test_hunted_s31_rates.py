"""Rates, staff and outcomes beside job starts, found by building them as an analyst would
(session 31, the rates hunt).

'Job starts | Conversion rate | Advisers' (a count of staff beside the starts and their
conversion rate): the rate's words ('conversion') read as a status of the starts, as
'Conversions' would be, so the table was taken for a breakdown of the starts by status and
every other line of it for the rest of that breakdown (analyse/line_measures ``_the_rest``):
'Advisers' went to a 'Job outcomes %' sheet. Safe, but wrong. A rate ('Conversion rate', 'JO
%', 'Avg JOs per adviser') counts no starts, so it makes no breakdown of them: the lines beside
it keep their own reading, and 'Advisers' is rounded as a count. The proof reads it so too: a
rate's header is no status of the starts (verify/achieved ``_paid``).

'Job starts | JO rate | Advisers' with real adviser counts was refused: the plan rounded the
advisers, while the proof read the columns naming nothing after a header row's nearest measure
left of them ('JO rate', an outcome's) as outcomes. A rate's header names its own column alone
now (verify/measure_words ``Measures.leads``), so 'Advisers' reads under 'Job starts', as the
plan reads it, and the copy is proved. Achieved starts beside a rate still go as outcomes, and
the proof alone refuses them carried rounded.

'Job starts | Advisers | Avg JOs per adviser': the header 'Avg JOs per adviser' was removed as
"a member of staff's name" ('Advisers' over figures read as a corner over names across). A rate
or an average is no one's name (analyse/people ``_named_across``); its figures go, as they
went, but saying why truly: "a rate of job outcomes or sustainments (with the counts beside it,
it reveals their volume)" (plan/volumes ``OUTCOME_RATE``), for 'Conversion rate' and 'JO rate'
too, not "a rate wpxl cannot work out". 'JOs per adviser' (no 'Avg') was removed as a name
too, and 'Job starts | JOs per adviser | Advisers' refused by the proof: a rate per head is a
rate on both sides now (analyse/people ``_PER``, verify/measure_words ``names_a_rate``).

A rate of outcomes alone on a line of its own, its numerator on another line: 'Office | Job
starts | Number' over the offices and a Total line, then 'Conversion rate' with one figure
(21.6%, under 'Job starts' or under 'Number'), the Total's 195 over its 903. The same line never
held the rate and what it divides, so the numerator was read by neither side: 'Number' went out
rounded (97 as 100), outcome volumes, and the copy passed its proof. Both read it now: on any
other line, a figure of a line naming no measure over another figure of that line giving the
lone rate (to its typed places) makes that line outcomes (analyse/rate_numerators
``lone_rate_numerators``; verify/rate_numerators ``_lone``, from the input alone). The plan
shows them as percentages; a copy carrying them rounded is refused. So too turned about (the
rate alone in a column of its own, the lines rows).

'Outstanding', 'Pending', 'Open' alone beside the starts (starts awaiting an outcome?): decided
with the guidance, they stay counts. The starts less those outstanding are the starts that got
an outcome and those whose job ended alike, no outcome volume; such a word names no outcome,
claim or payment ('Pending validation', 'Claim pending' and 'Not yet achieved' do, and go), and
'Pending' or 'Open' beside the starts counts starts as often as not. Beside an 'Achieved' line
they are the rest of a breakdown and go with it as outcomes, as 'In progress' does (pinned).
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.beside_starts import AREAS, ROUNDED_STARTS, STARTS, TITLE
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s27_leaks import OUTCOME_VOLUME
from tests.misread import carried_rounded, proved
from wpxl.plan.volumes import OUTCOME_RATE

OUTCOMES = [97, 88, 61, 73, 39]
CONVERSION = [0.2354, 0.2334, 0.2430, 0.2450, 0.2393]  # each area's outcomes over its starts
ADVISERS = [14, 12, 9, 11, 6]
ROUNDED_ADVISERS = [20, 20, 0, 20, 0]
LONE_RATE = 0.2385  # all the outcomes, 358, over all the starts, 1,501


def _table(tmp_path, heads: list[str], *columns: list) -> object:
    """Job starts by local authority, then ``heads`` over ``columns`` beside them."""
    rows: list[list] = [[TITLE], [], ["Local authority", "Job starts", *heads]]
    rows += [[a, s, *vs] for a, s, *vs in zip(AREAS, STARTS, *columns, strict=True)]
    return write_book(tmp_path / "rates.xlsx", {"Performance": rows})


def _column(sheet, col: int) -> list:
    return [sheet.cell(r, col).value for r in range(6, 11)]


@pytest.mark.parametrize("rate", ["Conversion rate", "JO rate", "JO %", "Job outcome rate"])
def test_advisers_beside_the_starts_and_a_rate_of_outcomes_stay_a_rounded_count(tmp_path, rate):
    """'Conversion rate' sent Advisers to a 'Job outcomes %' sheet; 'JO rate' was refused."""
    copy, printed = sanitised_beside(_table(tmp_path, [rate, "Advisers"], CONVERSION, ADVISERS))
    book = openpyxl.load_workbook(copy)
    sheet = book["Performance"]
    assert [sheet.cell(5, c).value for c in range(2, 5)] == ["Job starts", rate, "Advisers"]
    assert _column(sheet, 2) == ROUNDED_STARTS
    assert _column(sheet, 3) == [None] * 5  # the rate goes
    assert _column(sheet, 4) == ROUNDED_ADVISERS
    assert not any(name.endswith("%") for name in book.sheetnames)
    assert OUTCOME_RATE in " ".join(printed.split())


def test_achieved_beside_a_conversion_rate_goes_as_outcomes(tmp_path):
    copy, _ = sanitised_beside(
        _table(tmp_path, ["Achieved", "Conversion rate"], OUTCOMES, CONVERSION)
    )
    book = openpyxl.load_workbook(copy)
    assert _column(book["Performance"], 3) == [None] * 5
    assert any(name.endswith("%") for name in book.sheetnames)


def test_the_proof_alone_refuses_achieved_carried_beside_a_conversion_rate(tmp_path):
    source = _table(tmp_path, ["Achieved", "Conversion rate"], OUTCOMES, CONVERSION)
    refused = [
        f.part
        for f in proved(tmp_path, source, carried_rounded(OUTCOMES))
        if f.kind == OUTCOME_VOLUME
    ]
    assert refused == [f"'Performance' C{r}" for r in range(6, 11)]


PER_ADVISER = [round(o / a, 2) for o, a in zip(OUTCOMES, ADVISERS, strict=True)]


@pytest.mark.parametrize("rate", ["Avg JOs per adviser", "JOs per adviser"])
def test_outcomes_per_adviser_go_as_a_rate_not_a_name(tmp_path, rate):
    """'Avg JOs per adviser' was removed as 'a member of staff's name'."""
    heads = ["Advisers", rate]
    copy, printed = sanitised_beside(_table(tmp_path, heads, ADVISERS, PER_ADVISER))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(5, c).value for c in range(3, 5)] == heads
    assert _column(sheet, 3) == ROUNDED_ADVISERS
    assert _column(sheet, 4) == [None] * 5
    assert "member of staff" not in " ".join(printed.split())


def test_an_average_of_outcomes_per_adviser_says_it_is_a_rate_of_outcomes(tmp_path):
    heads = ["Advisers", "Avg JOs per adviser"]
    _, printed = sanitised_beside(_table(tmp_path, heads, ADVISERS, PER_ADVISER))
    assert OUTCOME_RATE in " ".join(printed.split())


def test_advisers_after_outcomes_per_adviser_are_proved_a_count(tmp_path):
    """'Job starts | JOs per adviser | Advisers' was refused: the proof read the advisers under
    the header row's outcome words left of them."""
    heads = ["JOs per adviser", "Advisers"]
    copy, _ = sanitised_beside(_table(tmp_path, heads, PER_ADVISER, ADVISERS))
    assert _column(openpyxl.load_workbook(copy)["Performance"], 4) == ROUNDED_ADVISERS


def _lone_rate(tmp_path, under: int) -> object:
    """Job starts and their outcomes ('Number') by area, a Total line, then 'Conversion rate'
    alone on its line, its one figure in column ``under`` (2: under the starts, 3: the
    outcomes)."""
    rows: list[list] = [[TITLE], [], ["Local authority", "Job starts", "Number"]]
    rows += [[a, s, o] for a, s, o in zip(AREAS, STARTS, OUTCOMES, strict=True)]
    rows += [["Total", sum(STARTS), sum(OUTCOMES)]]
    rows += [["Conversion rate", *([None] * (under - 2)), LONE_RATE]]
    return write_book(tmp_path / "lone.xlsx", {"Performance": rows})


@pytest.mark.parametrize("under", [2, 3])
def test_the_numerator_of_a_rate_alone_under_the_total_goes_as_outcomes(tmp_path, under):
    """'Number' went out rounded (97 as 100, the Total 360) and verified."""
    copy, _ = sanitised_beside(_lone_rate(tmp_path, under))
    book = openpyxl.load_workbook(copy, data_only=True)
    sheet = book["Performance"]
    assert _column(sheet, 2) == ROUNDED_STARTS
    assert [sheet.cell(r, 3).value for r in range(6, 13)] == [None] * 7
    shares = next(book[n] for n in book.sheetnames if n.endswith("%"))
    assert 0.27 in [c.value for row in shares.iter_rows() for c in row]  # 97 of 358


@pytest.mark.parametrize("under", [2, 3])
def test_the_proof_alone_refuses_the_numerator_of_a_lone_rate_carried(tmp_path, under):
    source = _lone_rate(tmp_path, under)
    refused = [
        f.part
        for f in proved(tmp_path, source, carried_rounded(OUTCOMES))
        if f.kind == OUTCOME_VOLUME
    ]
    assert refused == [f"'Performance' C{r}" for r in range(6, 11)]


def test_a_lone_rate_in_a_column_of_its_own_sends_its_numerator_row_to_shares(tmp_path):
    """Turned about: the areas across, 'Number' a row, the rate a column with one figure."""
    rows: list[list] = [[TITLE], [], ["Measure", *AREAS, "Total", "Conversion rate"]]
    rows += [["Job starts", *STARTS, sum(STARTS), LONE_RATE]]
    rows += [["Number", *OUTCOMES, sum(OUTCOMES)]]
    copy, _ = sanitised_beside(write_book(tmp_path / "across.xlsx", {"Performance": rows}))
    book = openpyxl.load_workbook(copy, data_only=True)
    sheet = book["Performance"]
    assert [sheet.cell(6, c).value for c in range(2, 7)] == ROUNDED_STARTS
    assert [sheet.cell(7, c).value for c in range(2, 8)] == [None] * 6
    assert any(name.endswith("%") for name in book.sheetnames)


@pytest.mark.parametrize("word", ["Outstanding", "Pending", "Open", "In progress"])
def test_a_status_alone_beside_the_starts_stays_a_count(tmp_path, word):
    """Starts less those outstanding are those with an outcome and those whose job ended."""
    waiting = [s - o for s, o in zip(STARTS, OUTCOMES, strict=True)]
    copy, _ = sanitised_beside(_table(tmp_path, [word], waiting))
    book = openpyxl.load_workbook(copy)
    assert _column(book["Performance"], 3) == [(w + 10) // 20 * 20 for w in waiting]
    assert not any(name.endswith("%") for name in book.sheetnames)


@pytest.mark.parametrize("word", ["Outstanding", "Pending", "Open"])
def test_a_status_beside_achieved_goes_with_it_as_outcomes(tmp_path, word):
    waiting = [s - o for s, o in zip(STARTS, OUTCOMES, strict=True)]
    copy, _ = sanitised_beside(_table(tmp_path, ["Achieved", word], OUTCOMES, waiting))
    book = openpyxl.load_workbook(copy)
    sheet = book["Performance"]
    assert _column(sheet, 3) == [None] * 5 and _column(sheet, 4) == [None] * 5
    source = _table(tmp_path, [word, "Achieved"], waiting, OUTCOMES)
    refused = [
        f.part
        for f in proved(tmp_path, source, carried_rounded(waiting))
        if f.kind == OUTCOME_VOLUME
    ]
    assert refused == [f"'Performance' C{r}" for r in range(6, 11)]
