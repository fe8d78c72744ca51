"""Whole MI packs as a provider sends them to a council (session 23's hunt): a cover with the
named representative and who prepared it, referrals by payment group under JSA and ESA
subtotals, attachments, starts, outcomes and payments by ward in blocks per constituency, and
outcomes by referral cohort beside their rate.

Probed and found right (no test here): the payment group numbers kept, the subtotals and the
line adding them up rebuilt as SUMs of the rounded cells, the outcome payments removed, the
preparer's contact details removed and the named representative kept.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

WARDS = [["Ward code", "Ward", "Attachments", "Job outcomes"], [None, "Leeds North East"],
         ["E05001411", "Alwoodley", 342, 7], ["E05001425", "Moortown", 236, 31],
         [None, "Leeds North East total", "=SUM(C3:C4)", "=SUM(D3:D4)"],
         [None, "Leeds East"], ["E05001413", "Burmantofts", 261, 11],
         ["E05001420", "Gipton and Harehills", 298, 19],
         [None, "Leeds East total", "=SUM(C7:C8)", "=SUM(D7:D8)"],
         [None, "Leeds total", "=C5+C9", "=D5+D9"]]  # fmt: skip
CACHED = {("By ward", "C5"): 578, ("By ward", "D5"): 38, ("By ward", "C9"): 559,
          ("By ward", "D9"): 30, ("By ward", "C10"): 1137, ("By ward", "D10"): 68}  # fmt: skip


def test_a_group_heading_under_the_header_is_not_named_in_the_percentage_sheets_intro(
    tmp_path: Path,
) -> None:
    """The first constituency's name, alone on the line under the header, was read as a second
    header line, so the percentage sheet said its rows were 'by ward code ward leeds north
    east': the breakdown is named by the header's words, not a heading of the rows under it."""
    source = write_book(tmp_path / "pack.xlsx", {"By ward": WARDS}, cached=CACHED)
    copy, _ = sanitised_beside(source)
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    intro = next(str(c.value) for c in shares["A"] if str(c.value).startswith("Percentage"))
    assert "by ward code ward, within each column" in intro
    assert "north east" not in intro.lower()
