"""Session 35 (measures): a table's measure read from the wrong words, each copy safe but wrong.

A title naming two measures turned referrals into outcome shares. 'Referrals and job outcomes by
office' (or 'Job outcomes and referrals', 'Referrals and sustainments', 'Job starts and job
outcomes, 2014-15') over a table whose label column is headed 'Referrals' and whose one column
of figures has no header of its own: the analysis took the outcome any title names before the
table's own header, so the referrals went to a percentage sheet as "Job outcomes %" ("by
referrals") and no rounded referral was shown. The proof already read the header as the block's
own title under a sheet title listing it (verify/measure_words ``own_title_rows``); the analysis
now does the same where the header over the label column names a measure alone and no header
over the figures says anything (analyse/breakdown_titles ``header_picked``). Headed 'Job
outcomes' so, the figures still go as shares, and the proof alone still refuses them carried as
counts. Left as before: such a table with a column headed 'Job outcomes' beside the unheaded one
(the unheaded figures go as outcome shares, as the proof reads them: safe).

A count of sustainment payments was removed as money. 'Sustainment payments' over a column of
counts, 'No. of sustainment payments' on a row, or under a 'Number' units line: 'payments' named
an amount of money to both readings, so the figures were removed as "an amount of money" and no
share of them was shown, as other sustainment counts are. A count of payments named by what was
paid for ('Sustainment payments', 'No. of sustainment payments') is a volume of that measure now
(analyse/words): shown as percentages. The proof reads it as money still, an outcome figure
either way, which allows its shares. '£', 'value' or 'amount' beside it still name money:
'Sustainment payments (£)' is removed as before, and the proof alone refuses sustainment
payments carried as counts.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import script_book, write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import package_numbers
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan

OFFICES = ["Leeds", "Bradford", "Wakefield"]
REFERRALS = [413, 287, 199]
OUTCOMES = [41, 28, 19]
PAID = [113, 88, 61]
MONEY = "an amount of money (payments can reveal volumes)"


def _column(title: str, corner: str, counts: list[int]) -> list[list]:
    """A title, a blank line, the label column's header alone, then one unheaded column."""
    return [[title], [], [corner], *[[o, n] for o, n in zip(OFFICES, counts, strict=True)]]


def _kept_beside(rows: list[list]) -> list[list]:
    """``rows`` with a table of referrals under them, which keeps their sheet in the copy."""
    lines = [[o, n] for o, n in zip(OFFICES, REFERRALS, strict=True)]
    return [*rows, [], [], ["Referrals by office"], ["Office", "Referrals"], *lines]


def _values(output: Path, sheet: str) -> list[list]:
    return [[c.value for c in row] for row in openpyxl.load_workbook(output)[sheet].iter_rows()]


@pytest.mark.parametrize(
    ("title", "corner"),
    [
        ("Referrals and job outcomes by office", "Referrals"),
        ("Job outcomes and referrals by office", "Referrals"),
        ("Referrals and sustainments by office", "Referrals"),
        ("Job starts and job outcomes, 2014-15", "Job starts"),
    ],
)
def test_a_header_naming_one_measure_wins_over_a_title_naming_two(tmp_path, title, corner):
    rows = [*_column(title, corner, REFERRALS), ["Total", "=SUM(B4:B6)"]]
    source = write_book(
        tmp_path / "offices.xlsx", {"Performance": rows}, cached={("Performance", "B7"): 899}
    )
    output, said = sanitised_beside(source)
    assert openpyxl.load_workbook(output).sheetnames == ["About this workbook", "Performance"]
    values = _values(output, "Performance")
    assert [r[:2] for r in values[3 + BANNER : 7 + BANNER]] == [
        ["Leeds", 420],
        ["Bradford", 280],
        ["Wakefield", 200],
        ["Total", "=SUM(B6:B8)"],
    ]
    assert "removed" not in said


def test_a_header_with_no_blank_line_under_the_title_wins_too(tmp_path):
    rows = _column("Referrals and job outcomes by office", "Referrals", REFERRALS)
    del rows[1]
    output, _ = sanitised_beside(script_book(tmp_path / "offices.xlsx", {"Performance": rows}))
    values = _values(output, "Performance")
    assert [r[1] for r in values[2 + BANNER : 5 + BANNER]] == [420, 280, 200]


def test_outcomes_headed_so_under_a_title_naming_two_measures_go_as_shares(tmp_path):
    rows = _column("Referrals and job outcomes by office", "Job outcomes", OUTCOMES)
    output, _ = sanitised_beside(write_book(tmp_path / "offices.xlsx", {"Performance": rows}))
    shares = _values(output, "Job outcomes %")
    assert [r[:2] for r in shares if r[0] in OFFICES] == [
        ["Leeds", 0.47],
        ["Bradford", 0.32],
        ["Wakefield", 0.22],
    ]
    assert not {float(n) for n in OUTCOMES} & package_numbers(output)


def test_the_proof_alone_refuses_outcomes_headed_so_carried_as_counts(tmp_path):
    rows = _column("Referrals and job outcomes by office", "Job outcomes", OUTCOMES)
    source = write_book(tmp_path / "offices.xlsx", {"Performance": _kept_beside(rows)})

    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Performance").cells
        for row, count in enumerate(OUTCOMES, start=3 + BANNER):
            cells[(row, 0)] = OutputCell(OFFICES[row - 3 - BANNER], kind="kept")
            cells[(row, 1)] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    findings = {str(f) for f in proved(tmp_path, source, carried)}
    assert "'Performance' B6: an outcome or sustainment volume" in findings


def _paid_column(head: str, units: str | None = None) -> list[list]:
    rows = [["Sustainments by office"], [units], ["Office", head]]
    return [*rows, *[[o, n] for o, n in zip(OFFICES, PAID, strict=True)]]


@pytest.mark.parametrize(
    "rows",
    [
        _paid_column("Sustainment payments"),
        _paid_column("No. of sustainment payments", units="Number"),
        [
            ["Sustainments by office"],
            [],
            ["Office", *OFFICES],
            ["No. of sustainment payments", *PAID],
        ],
    ],
    ids=["column", "units line", "row"],
)
def test_a_count_of_sustainment_payments_goes_as_shares_not_money(tmp_path, rows):
    output, said = sanitised_beside(write_book(tmp_path / "paid.xlsx", {"Performance": rows}))
    assert MONEY not in said
    shares = [v for r in _values(output, "Sustainments %") for v in r if isinstance(v, float)]
    assert shares == [0.43, 0.34, 0.23]
    assert not {float(n) for n in PAID} & package_numbers(output)


def test_sustainment_payments_in_pounds_are_still_money(tmp_path):
    rows = _paid_column("Sustainment payments (£)")
    rows[3:] = [[o, n * 100] for o, n in zip(OFFICES, PAID, strict=True)]
    output, said = sanitised_beside(write_book(tmp_path / "paid.xlsx", {"Performance": rows}))
    assert f"removed: 'Performance' B4:B6: {MONEY}" in said
    assert openpyxl.load_workbook(output).sheetnames == ["About this workbook", "Performance"]


def test_the_proof_alone_refuses_sustainment_payments_carried_as_counts(tmp_path):
    source = write_book(
        tmp_path / "paid.xlsx", {"Performance": _kept_beside(_paid_column("Sustainment payments"))}
    )

    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Performance").cells
        for row, count in enumerate(PAID, start=3 + BANNER):
            cells[(row, 1)] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    findings = {str(f) for f in proved(tmp_path, source, carried)}
    assert "'Performance' B6: an outcome or sustainment volume" in findings
