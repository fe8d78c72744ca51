"""The proof searches the copy's percentage lines on one input base together, across sheets.

Job outcomes in April 2013 by payment group (2, 13, 1, 35) and by disability (26, 25), shown as
4/25/2/69 % and 51/49 % on two sheets: neither line gives its base back alone (48 and 35 are
the smallest bases each fits), but 51, the true volume, is the smallest both fit. The copies
here are written by hand in the shape wpxl writes percentage sheets, or are wpxl's own copy
with its percentage cells written over; the proof knows nothing of how they were made.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter

from tests.builders import write_book
from wpxl.model.layout import BANNER_ROWS
from wpxl.plan.rounding import round_share
from wpxl.policy import Policy
from wpxl.sanitise import sanitise_file
from wpxl.verify.check import check_output
from wpxl.verify.percent_recovery import GIVES_BACK, GIVES_BACK_JOINTLY, find_recoverable

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
DISABILITY = ["Disabled", "Not disabled"]
BY_GROUP = [2, 13, 1, 35]
BY_DISABILITY = [26, 25]


def _input(path: Path) -> Path:
    def table(title: str, corner: str, labels: list[str], counts: list[int]) -> list[list]:
        rows: list[list] = [[title], [], [corner, "Job outcomes"]]
        rows += [[label, count] for label, count in zip(labels, counts, strict=True)]
        return [*rows, ["Total", sum(counts)]]

    return write_book(
        path,
        {
            "By payment group": table(
                "Job outcomes by payment group, April 2013", "Payment group", GROUPS, BY_GROUP
            ),
            "By disability": table(
                "Job outcomes by disability, April 2013", "Disability", DISABILITY, BY_DISABILITY
            ),
        },
    )


def _copy(path: Path, disability_shares: list[float]) -> Path:
    """Two percentage sheets as wpxl lays them out: title, intro, header, a share per group,
    100 % at the foot; the payment groups' shares to the whole percent."""
    book = xlsxwriter.Workbook(str(path))
    percent = book.add_format({"num_format": "0%"})
    sheets = [
        ("Job outcomes %", "Payment group", GROUPS, [round_share(c / 51, 0) for c in BY_GROUP]),
        ("Job outcomes 2 %", "Disability", DISABILITY, disability_shares),
    ]
    for name, corner, labels, shares in sheets:
        ws = book.add_worksheet(name)
        ws.write(0, 0, "INTERNAL MANAGEMENT INFORMATION")
        ws.write(BANNER_ROWS, 0, name)
        ws.write(BANNER_ROWS + 1, 0, "Percentage of all job outcomes, within each column.")
        top = BANNER_ROWS + 3
        ws.write_row(top, 0, [corner, "Job outcomes"])
        for i, (label, share) in enumerate(zip(labels, shares, strict=True)):
            ws.write(top + 1 + i, 0, label)
            ws.write_number(top + 1 + i, 1, share, percent)
        ws.write(top + 1 + len(labels), 0, "Total")
        ws.write_number(top + 1 + len(labels), 1, 1, percent)
    book.close()
    return path


def test_two_sheets_whose_lines_share_a_base_are_refused_together(tmp_path):
    source = _input(tmp_path / "in.xlsx")
    whole = [round_share(c / 51, 0) for c in BY_DISABILITY]
    found = find_recoverable(_copy(tmp_path / "copy.xlsx", whole), source, Policy())
    assert [f.part for f in found] == ["'Job outcomes %' B7:B10", "'Job outcomes 2 %' B7:B8"]
    assert all(f.kind.startswith(GIVES_BACK_JOINTLY) for f in found)
    assert found[0].kind.endswith("('Job outcomes 2 %' B7:B8)")  # the other sheet is named


def test_the_disability_line_to_the_nearest_5_percent_passes(tmp_path):
    source = _input(tmp_path / "in.xlsx")
    assert find_recoverable(_copy(tmp_path / "copy.xlsx", [0.5, 0.5]), source, Policy()) == []


def _overwrite_disability(output: Path, shares: list[float]) -> Path:
    book = openpyxl.load_workbook(output)
    ws = book["Job outcomes 2 %"]
    for i, share in enumerate(shares):
        ws.cell(BANNER_ROWS + 5 + i, 2).value = share
    book.save(output)
    return output


def test_the_full_proof_refuses_wpxl_copy_with_the_finer_shares_written_back(tmp_path, job):
    source = _input(tmp_path / "in.xlsx")
    output = Path(sanitise_file(source, job).output)
    shown = [c.value for c in openpyxl.load_workbook(output)["Job outcomes 2 %"]["B"][6:8]]
    as_shown = _overwrite_disability(output, shown)  # the copy saved again as it was
    kinds = [f.kind for f in check_output(as_shown, Policy(), against=source)]
    assert not [k for k in kinds if k.startswith((GIVES_BACK, GIVES_BACK_JOINTLY))]
    whole = [round_share(c / 51, 0) for c in BY_DISABILITY]
    finer = _overwrite_disability(output, whole)
    found = check_output(finer, Policy(), against=source)
    joint = sorted(f.part for f in found if f.kind.startswith(GIVES_BACK_JOINTLY))
    assert joint == ["'Job outcomes %' B7:B10", "'Job outcomes 2 %' B7:B8"]
