"""The proof lets each sheet go when it is done: nothing it builds for a sheet (the pair, its
index, its label reader) is held in a reference cycle, so a large sheet's cells are freed at
once, not left for the cyclic garbage collector to walk (which cost a large proof a fifth of
its time)."""

from __future__ import annotations

import gc
from pathlib import Path

import xlsxwriter

from wpxl.policy import Policy
from wpxl.sanitise import sanitise_file
from wpxl.verify.proof import prove


def test_proving_a_copy_leaves_no_sheet_in_a_reference_cycle(tmp_path, job):
    source = tmp_path / "pack.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Referrals")
    ws.write_string(0, 0, "Referrals by payment group")
    ws.write_row(2, 0, ["Payment group", "Apr 2013", "May 2013", "Total"])
    for i, row in enumerate([[121, 93], [307, 288], [77, 65]]):
        ws.write_row(3 + i, 0, [f"Group {i}", *row])
        ws.write_formula(3 + i, 3, f"=SUM(B{4 + i}:C{4 + i})", None, sum(row))
    book.close()
    output = Path(sanitise_file(source, job).output)
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        findings = prove(output, source, Policy())
        gc.collect()
        cyclic = {type(o).__name__ for o in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert findings == []
    assert not cyclic & {"SheetPair", "CellIndex", "LabelFigures", "YearParts", "Sheet"}
