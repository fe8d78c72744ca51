"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 31).

Beside the job starts, a column counting the starts whose outcome claim was still to come,
headed with 'claim' in the singular ('Awaiting claim', 'Pending claim', 'Claim pending', 'Claim
due', 'Eligible to claim', 'Ready to claim'), went out rounded as job starts, verified: only
'Claims' (plural), a claim approved or made, 'Due to claim' and 'Claimable' were read as a
status of the starts. The starts less such a column are the starts claimed, an outcome volume
by difference (412 - 315 = 97). A claim waited on or due is such a status now, in the plan
(analyse/starts_lines._STATUS) and the proof (verify/lasted._STATUS), as a column or as a row
under the starts; the column goes as shares and the proof alone refuses it carried rounded.

Beside the job starts, outcomes or sustainments under a header written short by leaving letters
out, as analysts squeeze a header into its column ('Outcms', 'Job outcms', 'Sustmnts',
'Sustnmt'), went out rounded as the table's measure, verified: a slip of one letter was read
('Job outcoms'), a word two or more letters short was not. A word made of an outcome word's
letters in order, its first three and its last kept, six letters or more, reads as that word
now, in the plan (analyse/misspelt) and the proof (verify/misspelt); 'Outsourced' and
'Suspensions' are what they say, and stay rounded.

Beside the job starts, the figures a conversion rate was worked out from ('Job starts |
Conversion rate | Numerator' over '412 | 0.2354 | 97', 'Conv. rate', 'Conversion %' with the
rate typed or as a whole percentage) went out rounded as job starts, verified: a conversion rate
is job outcomes over job starts (the programme's word), but neither reading took 'Conversion
rate' for an outcome's words, nor 'Numerator' for any measure's; the rate alone went, as one
wpxl could not work out. So did those of a performance rate beside the referrals ('Performance
%', 'Perf. rate': job outcomes over referrals, judged against the Minimum Performance Level),
and of outcomes per 1,000 starts beside them ('JOs per 1,000 starts | Number').
Under 'JO rate' the same numerators were rounded by the plan and refused by the proof. A figure
under a header naming no measure that, divided by another figure of its line, gives a rate of
outcomes on every line of that rate (named so, or the programme's own: a conversion,
performance) counts those outcomes now, in the plan (analyse/rate_numerators, asked by
analyse/line_measures) and the proof (verify/rate_numerators, asked by verify/outcomes), down
columns or along rows: it goes as shares. Figures beside such a rate that do not divide to it
('Advisers') are read as before, and so are a rate and the lines measured against a profile or a
target ('Profile | Actual | Performance %': the starts against their profile).

Beside the job starts, outcomes and sustainment payments headed in Welsh, as a provider in a
Welsh contract package area heads its columns ('Deilliannau', outcomes; 'Canlyniadau swyddi',
job outcomes; 'Taliadau cynnal', sustainment payments), went out rounded as the table's measure,
verified. They name outcomes and sustainments now, in the plan (analyse/words._WELSH) and the
proof (verify/measure_words.BUILT_IN_OUTCOME_WORDS). 'Canlyniadau' alone (any results) is left
as it was.

Beside the job starts, outcomes under a word broken over the header's two lines, typed in two
cells to fit a narrow column ('Sustain-' over 'ments', 'Out-' or 'Out' over 'comes'), went out
rounded as the table's measure, verified: each line names nothing alone. The two parts are read
as one word where that word is an outcome word (or slips on one), in the plan (analyse/misspelt,
reading a column's header lines joined) and the proof (verify/misspelt.broken_word, asked by
verify/measure_words of a band's lines).
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.beside_starts import ROUNDED_STARTS, STARTS, beside_starts, shown_as_shares
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s27_leaks import OUTCOME_VOLUME
from tests.misread import BANNER, carried_rounded, proved
from wpxl.model import OutputCell, Plan

AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
OUTCOMES = [97, 88, 61, 74, 39]
UNCLAIMED = [315, 289, 190, 224, 124]  # the starts less their outcomes: 97, 88, 61, 74, 39

AWAITING_CLAIM = [
    "Awaiting claim",
    "Pending claim",
    "Claim pending",
    "Claim due",
    "Eligible to claim",
    "Ready to claim",
]


@pytest.mark.parametrize("header", AWAITING_CLAIM)
def test_starts_awaiting_their_claim_beside_the_starts_go_as_shares(tmp_path, header):
    """They went out rounded: 320, 280, 200, 220, 120 beside 420, 380, 260, 300, 160."""
    assert shown_as_shares(tmp_path, header, UNCLAIMED)


@pytest.mark.parametrize("header", AWAITING_CLAIM)
def test_the_proof_alone_refuses_starts_awaiting_their_claim_carried_rounded(tmp_path, header):
    source = write_book(tmp_path / "claims.xlsx", {"Performance": beside_starts(header, UNCLAIMED)})
    refused = [
        f.part
        for f in proved(tmp_path, source, carried_rounded(UNCLAIMED))
        if f.kind == OUTCOME_VOLUME
    ]
    assert refused == [f"'Performance' C{r}" for r in range(6, 11)]


def test_a_row_of_starts_awaiting_their_claim_under_the_starts_goes(tmp_path):
    rows: list[list] = [["Job starts, 2013/14"], [], ["Measure", "Leeds", "Bradford"]]
    rows += [["Job starts", *STARTS[:2]], ["Awaiting claim", *UNCLAIMED[:2]]]
    copy, _ = sanitised_beside(write_book(tmp_path / "rows.xlsx", {"Performance": rows}))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(7, c).value for c in range(1, 4)] == ["Awaiting claim", None, None]
    assert [sheet.cell(6, c).value for c in range(2, 4)] == [420, 380]


SHORTENED = [("Outcms", OUTCOMES), ("Job outcms", OUTCOMES), ("Sustmnts", OUTCOMES)]
SHORTENED += [("Sustnmt", OUTCOMES)]


@pytest.mark.parametrize(("header", "values"), SHORTENED)
def test_outcomes_under_a_header_written_short_go_as_shares(tmp_path, header, values):
    """They went out rounded: 100, 80, 60, 80, 40."""
    assert shown_as_shares(tmp_path, header, values)


@pytest.mark.parametrize(("header", "values"), SHORTENED)
def test_the_proof_alone_refuses_outcomes_under_a_short_header_carried(tmp_path, header, values):
    source = write_book(tmp_path / "short.xlsx", {"Performance": beside_starts(header, values)})
    refused = [
        f.part
        for f in proved(tmp_path, source, carried_rounded(values))
        if f.kind == OUTCOME_VOLUME
    ]
    assert refused == [f"'Performance' C{r}" for r in range(6, 11)]


@pytest.mark.parametrize("header", ["Outsourced", "Suspensions", "Outreach"])
def test_words_sharing_an_outcome_words_opening_stay_rounded(tmp_path, header):
    rows = beside_starts(header, STARTS)
    copy, _ = sanitised_beside(write_book(tmp_path / "opening.xlsx", {"Performance": rows}))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == ROUNDED_STARTS


REFERRALS = [1237, 988, 701, 845, 432]


def _beside_a_rate(tmp_path, rate: str, numerator: str, shares: list[float]):
    """Job starts (or, beside performance, referrals), a rate of outcomes over them (typed as
    ``shares`` give it) and the outcomes it divides under ``numerator``."""
    measure, base = ("Referrals", REFERRALS) if "Perf" in rate else ("Job starts", STARTS)
    rows: list[list] = [[f"{measure} by local authority, 2013/14"], []]
    rows += [["Local authority", measure, rate, numerator]]
    rows += [[a, s, r, o] for a, s, r, o in zip(AREAS, base, shares, OUTCOMES, strict=True)]
    return write_book(tmp_path / "rates.xlsx", {"Performance": rows})


TYPED = [round(o / s, 4) for o, s in zip(OUTCOMES, STARTS, strict=True)]
WHOLE = [round(100 * o / s, 1) for o, s in zip(OUTCOMES, STARTS, strict=True)]
OF_REFERRALS = [round(o / r, 4) for o, r in zip(OUTCOMES, REFERRALS, strict=True)]
RATES = [("Conversion rate", "Numerator", TYPED), ("Conv. rate", "Number", TYPED)]
RATES += [("Conversion %", "n", WHOLE), ("Performance %", "Numerator", OF_REFERRALS)]
PER_THOUSAND = [round(1000 * o / s, 1) for o, s in zip(OUTCOMES, STARTS, strict=True)]
RATES += [("Perf. rate", "Num", OF_REFERRALS), ("JOs per 1,000 starts", "Number", PER_THOUSAND)]
RATES += [("JO rate", "Numerator", TYPED)]


@pytest.mark.parametrize(("rate", "numerator", "shares"), RATES)
def test_the_figures_a_rate_of_outcomes_divides_go_as_shares(tmp_path, rate, numerator, shares):
    """They went out rounded, 100, 80, 60, 80, 40, beside the starts (or, beside 'JO rate',
    the proof refused the copy)."""
    copy, _ = sanitised_beside(_beside_a_rate(tmp_path, rate, numerator, shares))
    book = openpyxl.load_workbook(copy)
    sheet = book["Performance"]
    rounded = [1240, 980, 700, 840, 440] if "Perf" in rate else ROUNDED_STARTS
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == rounded
    assert [sheet.cell(r, 4).value for r in range(6, 11)] == [None] * 5
    assert "Job outcomes %" in book.sheetnames


def _numerators_carried(plan: Plan) -> None:
    cells = next(s for s in plan.sheets if s.name == "Performance").cells
    for row, count in enumerate(OUTCOMES, start=3 + BANNER):
        cells[(row, 3)] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")


@pytest.mark.parametrize(("rate", "numerator", "shares"), RATES[:5])  # the proof read the others
def test_the_proof_alone_refuses_a_rates_numerators_carried(tmp_path, rate, numerator, shares):
    source = _beside_a_rate(tmp_path, rate, numerator, shares)
    refused = [
        f.part for f in proved(tmp_path, source, _numerators_carried) if f.kind == OUTCOME_VOLUME
    ]
    assert refused == [f"'Performance' D{r}" for r in range(6, 11)]


def _rate_a_row(tmp_path):
    rows: list[list] = [["Job starts, 2013/14"], [], ["Measure", "Leeds", "Bradford"]]
    rows += [["Job starts", *STARTS[:2]], ["Numerator", *OUTCOMES[:2]]]
    rows += [["Conversion rate", *TYPED[:2]]]
    return write_book(tmp_path / "rows.xlsx", {"Performance": rows})


def test_a_rows_figures_a_conversion_rate_divides_go(tmp_path):
    copy, _ = sanitised_beside(_rate_a_row(tmp_path))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(7, c).value for c in range(1, 4)] == ["Numerator", None, None]
    assert [sheet.cell(6, c).value for c in range(2, 4)] == [420, 380]


def test_the_proof_alone_refuses_a_rows_numerators_carried(tmp_path):
    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Performance").cells
        for col, count in enumerate(OUTCOMES[:2], start=1):
            cells[(4 + BANNER, col)] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    refused = [f.part for f in proved(tmp_path, _rate_a_row(tmp_path), carried)]
    assert refused[:2] == ["'Performance' B7", "'Performance' C7"]


def test_figures_beside_a_performance_rate_not_dividing_to_it_stay_rounded(tmp_path):
    """Beside the referrals, not the starts: a rate among the starts' columns is a status of
    theirs to the known-left hunt's reading (analyse/line_measures._the_rest), which sends
    every other column of the starts with it."""
    rows: list[list] = [["Referrals by local authority, 2013/14"], []]
    rows += [["Local authority", "Referrals", "Performance %", "Advisers"]]
    rows += [[a, r, s, 12] for a, r, s in zip(AREAS, REFERRALS, OF_REFERRALS, strict=True)]
    source = write_book(tmp_path / "advisers.xlsx", {"Performance": rows})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 4).value for r in range(6, 11)] == [20] * 5
    assert proved(tmp_path, source) == []


def test_the_starts_against_their_profile_beside_their_performance_stay_rounded(tmp_path):
    rows: list[list] = [["Job starts against profile, 2013/14"], []]
    rows += [["Local authority", "Profile", "Actual", "Performance %"]]
    profile = [400, 400, 250, 300, 200]
    rows += [
        [a, p, s, round(100 * s / p, 1)] for a, p, s in zip(AREAS, profile, STARTS, strict=True)
    ]
    source = write_book(tmp_path / "profile.xlsx", {"Performance": rows})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == ROUNDED_STARTS
    assert proved(tmp_path, source) == []


WELSH = ["Deilliannau", "Canlyniadau swyddi", "Taliadau cynnal"]


@pytest.mark.parametrize("header", WELSH)
def test_outcomes_headed_in_welsh_go_as_shares(tmp_path, header):
    """They went out rounded: 100, 80, 60, 80, 40."""
    assert shown_as_shares(tmp_path, header, OUTCOMES)


@pytest.mark.parametrize("header", WELSH)
def test_the_proof_alone_refuses_outcomes_headed_in_welsh_carried(tmp_path, header):
    source = write_book(tmp_path / "welsh.xlsx", {"Performance": beside_starts(header, OUTCOMES)})
    refused = [
        f.part
        for f in proved(tmp_path, source, carried_rounded(OUTCOMES))
        if f.kind == OUTCOME_VOLUME
    ]
    assert refused == [f"'Performance' C{r}" for r in range(6, 11)]


def _broken_header(tmp_path, first: str, second: str):
    """Job starts and, beside them, outcomes under a header typed over two lines."""
    rows: list[list] = [["Job starts by local authority, 2013/14"], []]
    rows += [["Local authority", "Job", first], [None, "starts", second]]
    rows += [[a, s, o] for a, s, o in zip(AREAS, STARTS, OUTCOMES, strict=True)]
    return write_book(tmp_path / "broken.xlsx", {"Performance": rows})


BROKEN = [("Sustain-", "ments"), ("Out-", "comes"), ("Out", "comes"), ("Sustain", "ments")]


@pytest.mark.parametrize(("first", "second"), BROKEN)
def test_outcomes_under_a_word_broken_over_two_header_lines_go(tmp_path, first, second):
    """They went out rounded: 100, 80, 60, 80, 40."""
    copy, _ = sanitised_beside(_broken_header(tmp_path, first, second))
    book = openpyxl.load_workbook(copy)
    sheet = book["Performance"]
    assert [sheet.cell(r, 2).value for r in range(7, 12)] == ROUNDED_STARTS
    assert [sheet.cell(r, 3).value for r in range(7, 12)] == [None] * 5
    assert any(name.endswith("%") for name in book.sheetnames)


@pytest.mark.parametrize(("first", "second"), BROKEN)
def test_the_proof_alone_refuses_outcomes_under_a_broken_word_carried(tmp_path, first, second):
    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Performance").cells
        for row, count in enumerate(OUTCOMES, start=4 + BANNER):
            cells[(row, 2)] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    source = _broken_header(tmp_path, first, second)
    refused = [f.part for f in proved(tmp_path, source, carried) if f.kind == OUTCOME_VOLUME]
    assert refused == [f"'Performance' C{r}" for r in range(7, 12)]
