"""The proof reads a percentage sheet's words itself: a header, row label or the input's words
in wpxl's intro that state an amount give an outcome volume away, however small ("JSA 25+ (incl.
4 prison leavers)"); numbers naming a group, a period or an age, and wpxl's own sentences, pass."""

from __future__ import annotations

from pathlib import Path

from tests.builders import write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell, OutputSheet
from wpxl.model.layout import BANNER_ROWS
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.verify.percent_words import STATED
from wpxl.write import write_plan

LABELS = ["PG 1", "JSA 25+", "Area 4 North", "JSA 18-24 (PG 6)", "ESA Volunteers"]
# small bases in May: its shares are made coarser, so wpxl's note naming "5 % or 10 %" is shown
OUTCOMES = [[137, 9, 151], [211, 2, 229], [113, 6, 119], [103, 4, 107], [98, 3, 97]]


def _findings(
    tmp_path: Path, change: dict[str, str], outcomes: list[list[int]] = OUTCOMES
) -> tuple[list[tuple[str, str]], list[str]]:
    """The proof's findings on the real copy of an outcome table, its percentage sheet's texts
    changed first (old text -> new), and the sheet's texts as written."""
    rows: list[list[object]] = [["Job outcomes by payment group, April to June 2013"], []]
    rows.append(["Payment group", "Apr 2013", "May 2013", "Jun 2013"])
    rows += [[label, *line] for label, line in zip(LABELS, outcomes, strict=True)]
    source = write_book(tmp_path / "pack.xlsx", {"Outcomes": rows})
    book, policy = read_workbook(source), Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    sheet: OutputSheet = next(s for s in plan.sheets if s.name == "Job outcomes %")
    texts = [c.value for c in sheet.cells.values() if isinstance(c.value, str)]
    for coord, cell in list(sheet.cells.items()):
        if isinstance(cell.value, str) and coord[0] >= BANNER_ROWS:
            for old, new in change.items():
                if old in cell.value:
                    sheet.cells[coord] = OutputCell(cell.value.replace(old, new), kind=cell.kind)
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return [(f.part, f.kind) for f in verify_output(output, plan, 20)], texts


def test_a_label_or_header_stating_an_amount_is_found(tmp_path):
    change = {"JSA 25+": "JSA 25+ (incl. 4 prison leavers)", "Jun 2013": "Jun 2013 (3 pending)"}
    found, texts = _findings(tmp_path, change)
    # not the group numbers, nor wpxl's note naming its steps ("5 % or 10 %")
    assert {"PG 1", "Area 4 North", "JSA 18-24 (PG 6)"} <= set(texts)
    assert any(t.startswith("Some of these percentages are of so few") for t in texts)
    stated = [("'Job outcomes %' D6", STATED), ("'Job outcomes %' A8", STATED)]
    assert [f for f in found if f[1] == STATED] == stated
    # "(3 pending)" states one of the input's outcome figures too, as numbers in words go
    assert {part for part, _ in found} == {"'Job outcomes %' D6", "'Job outcomes %' A8"}


def test_the_intro_repeating_an_amount_from_the_title_is_found(tmp_path):
    found, _ = _findings(tmp_path, {"April to June 2013": "April to June 2013 (excl. 3 PL)"})
    assert ("'Job outcomes %' A4", STATED) in found


def test_an_amount_is_found_on_a_sheet_whose_every_base_is_too_small_to_show(tmp_path):
    """No percentage is shown at all, so no share is searched against the input: the words
    are judged all the same."""
    tiny = [[1, 0, 2], [0, 1, 0], [2, 0, 1], [0, 0, 1], [1, 1, 0]]
    found, texts = _findings(tmp_path, {"JSA 25+": "JSA 25+ (incl. 4 prison leavers)"}, tiny)
    assert not any(t.endswith("%") for t in texts if t != "Job outcomes %")
    assert ("'Job outcomes %' A8", STATED) in found
