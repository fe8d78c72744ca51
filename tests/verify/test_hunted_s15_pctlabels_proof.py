"""The proof catches on its own what the hunt for numbered keys beside outcome columns found:
payment groups 1, 2, 6, 9 with no total row, or weeks over a 'Total' typed in their own column,
rounded as counts on a volume sheet (every figure a multiple of 20, every total adding up);
and it still refuses an outcome volume written where a label would be, on the volume sheet or
in a percentage sheet's label column, though it now lets the numbers naming an outcome table's
rows stand there.

Each copy is written by the real writer from a real plan of a real input; the plan is then
changed the way a misreading would change it, and the proof must refuse, naming the cell.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell, OutputSheet, Plan
from wpxl.model.layout import BANNER_ROWS
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.verify.kept_labels import ROUNDED_LABEL
from wpxl.write import write_plan

REFERRALS = [143, 212, 187, 251, 66, 301]
OUTCOMES = [41, 57, 33, 12, 29, 44]


def _findings(
    tmp_path: Path, rows: list[list], change: Callable[[Plan], None]
) -> list[tuple[str, str]]:
    """(cell, kind) of what the proof finds in a copy of ``rows`` whose plan ``change`` alters."""
    source = write_book(tmp_path / "pack.xlsx", {"Data": rows})
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    assert verify_output(_written(tmp_path / "plain.xlsx", plan, policy), plan, 20) == []
    change(plan)
    return [
        (f.part, f.kind)
        for f in verify_output(_written(tmp_path / "copy.xlsx", plan, policy), plan, 20)
    ]


def _written(path: Path, plan: Plan, policy: Policy) -> Path:
    write_plan(plan, path, policy.title, PRODUCED)
    return path


def _sheet(plan: Plan, name: str) -> OutputSheet:
    return next(s for s in plan.sheets if s.name == name)


def _round_down_column(rows: list[list], count: int) -> Callable[[Plan], None]:
    """Round the first column's numbers of the ``count`` rows after the header as counts."""

    def change(plan: Plan) -> None:
        sheet = _sheet(plan, "Data")
        for row in range(3, 3 + count):
            at = (row + BANNER_ROWS, 0)
            number = rows[row][0]
            sheet.cells[at] = OutputCell(
                (number + 10) // 20 * 20, style=sheet.cells[at].style, kind="rounded"
            )

    return change


@pytest.mark.parametrize(
    ("head", "numbers", "total"),
    [("Payment group", [1, 2, 6, 9], False), ("Week", [13, 14, 15, 16], True)],
)
def test_numbered_keys_of_a_volume_table_rounded_are_caught(tmp_path, head, numbers, total):
    rows: list[list] = [["Referrals by payment group"], [], [head, "Referrals"]]
    rows += [[n, REFERRALS[i]] for i, n in enumerate(numbers)]
    if total:
        rows.append(["Total", sum(REFERRALS[: len(numbers)])])
    found = _findings(tmp_path, rows, _round_down_column(rows, len(numbers)))
    assert ("'Data' A6", ROUNDED_LABEL) in found


def _outcome_table(head: str, numbers: list[int]) -> list[list]:
    rows: list[list] = [["Referrals and job outcomes"], [], [head, "Referrals", "Job outcomes"]]
    rows += [[n, REFERRALS[i], OUTCOMES[i]] for i, n in enumerate(numbers)]
    rows.append(["Total", sum(REFERRALS[: len(numbers)]), sum(OUTCOMES[: len(numbers)])])
    return rows


def _written_at(name: str, at: tuple[int, int], value: object) -> Callable[[Plan], None]:
    def change(plan: Plan) -> None:
        sheet = _sheet(plan, name)
        beside = at if at in sheet.cells and sheet.cells[at].style else (at[0], at[1] - 1)
        style = sheet.cells[beside].style  # a dropped cell's place: its neighbour's style
        sheet.cells[at] = OutputCell(value, style=style, kind="rounded")

    return change


@pytest.mark.parametrize(
    ("head", "numbers"), [("Payment group", [1, 2, 6, 9]), ("Week", [13, 14, 15, 16])]
)
def test_an_outcome_volume_beside_the_kept_labels_is_caught(tmp_path, head, numbers):
    """The labels of an outcome table stand in the copy; its outcome counts still may not."""
    found = _findings(
        tmp_path, _outcome_table(head, numbers), _written_at("Data", (5, 2), float(OUTCOMES[0]))
    )
    assert ("'Data' C6", "an outcome or sustainment volume") in found


@pytest.mark.parametrize("count", [OUTCOMES[0], 40])
def test_an_outcome_volume_written_over_a_label_is_caught(tmp_path, count):
    """An outcome count (or one rounded) where the payment group stood: no label of the input."""
    found = _findings(
        tmp_path,
        _outcome_table("Payment group", [1, 2, 6, 9]),
        _written_at("Data", (5, 0), float(count)),
    )
    assert any(cell == "'Data' A6" for cell, _ in found)


def _key_replaced(key: str, value: object) -> Callable[[Plan], None]:
    """The percentage sheet's cell showing ``key`` made to show ``value`` instead."""

    def change(plan: Plan) -> None:
        sheet = _sheet(plan, "Job outcomes %")
        at = next(c for c, cell in sheet.cells.items() if cell.value == key)
        sheet.cells[at] = OutputCell(value, style=sheet.cells[at].style, kind="key")

    return change


@pytest.mark.parametrize(
    ("head", "numbers", "key", "count"),
    [
        ("Payment group", [1, 2, 6, 9], "1", str(OUTCOMES[0])),  # 41
        ("Payment group", [1, 2, 6, 9], "2", str(OUTCOMES[3])),  # 12
        ("Week", [13, 14, 15, 16], "13", str(OUTCOMES[4])),  # 29
        ("Week", [13, 14, 15, 16], "13", "7"),  # however small
        ("Payment group", [1, 2, 6, 9], "1", float(OUTCOMES[0])),  # as a figure
    ],
)
def test_an_outcome_volume_in_a_percentage_sheets_label_column_is_caught(
    tmp_path, head, numbers, key, count
):
    """The percentage sheet shows the table's keys as words; a count there is no key of the
    input under that header (words or a figure), and is refused."""
    rows = _outcome_table(head, numbers)
    found = _findings(tmp_path, rows, _key_replaced(key, count))
    where = f"'Job outcomes %' A{7 + [str(n) for n in numbers].index(key)}"
    assert any(cell == where for cell, _ in found), found


def test_a_key_shown_under_another_header_is_caught(tmp_path):
    """A row's key is vouched for only under the words it stands under in the input: week 13
    shown under 'Payment group' is no key of the input's."""
    rows = _outcome_table("Week", [13, 14, 15, 16])

    def change(plan: Plan) -> None:
        sheet = _sheet(plan, "Job outcomes %")
        at = next(c for c, cell in sheet.cells.items() if cell.value == "Week")
        sheet.cells[at] = OutputCell("Payment group", style=sheet.cells[at].style, kind="label")

    found = _findings(tmp_path, rows, change)
    assert any(cell == "'Job outcomes %' A7" for cell, _ in found), found


def _typed_as_text(rows: list[list]) -> list[list]:
    """The table's keys written as digits, as exports write them ('6')."""
    return [[str(r[0]), *r[1:]] if r and isinstance(r[0], int) else r for r in rows]


def test_payment_groups_typed_as_text_rounded_are_caught(tmp_path):
    rows: list[list] = [["Referrals by payment group"], [], ["Payment group", "Referrals"]]
    rows += [[str(n), REFERRALS[i]] for i, n in enumerate([1, 2, 6, 9])]
    rows.append(["Total", sum(REFERRALS[:4])])

    def change(plan: Plan) -> None:
        sheet = _sheet(plan, "Data")
        for row in range(3, 7):
            at = (row + BANNER_ROWS, 0)
            sheet.cells[at] = OutputCell(0, style=sheet.cells[(at[0], 1)].style, kind="rounded")

    assert ("'Data' A6", ROUNDED_LABEL) in _findings(tmp_path, rows, change)


@pytest.mark.parametrize("count", [str(OUTCOMES[0]), float(OUTCOMES[0]), "7"])
def test_an_outcome_volume_over_a_key_typed_as_text_is_caught(tmp_path, count):
    """Payment groups written as digits are keys the proof lets stand; an outcome count where
    one stood (as digits, however small, or as a figure) is still refused."""
    rows = _typed_as_text(_outcome_table("Payment group", [1, 2, 6, 9]))
    found = _findings(tmp_path, rows, _written_at("Data", (5, 0), count))
    assert any(cell == "'Data' A6" for cell, _ in found), found


def test_an_outcome_volume_over_a_key_typed_as_text_on_the_percentage_sheet_is_caught(tmp_path):
    rows = _typed_as_text(_outcome_table("Payment group", [1, 2, 6, 9]))
    found = _findings(tmp_path, rows, _key_replaced("2", "7"))
    assert any(cell == "'Job outcomes %' A8" for cell, _ in found), found
