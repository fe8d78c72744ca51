"""A table's total errors packed (wpxl.model.total_errors) read back as the records they were."""

from __future__ import annotations

import pickle

from wpxl.model import TotalError
from wpxl.model.total_errors import TotalErrors

RECORDS = (
    TotalError("F4", "Leeds / Total", 0, False),
    TotalError("F5", "", 4, True),
    TotalError("AB1048576", "Payment group (ESA flow) / Total\n£ and ünïcode", 2, True),
)


def test_packed_errors_read_back_as_the_records() -> None:
    packed = TotalErrors(RECORDS)
    assert len(packed) == 3
    assert tuple(packed) == RECORDS
    assert packed[-1] == RECORDS[-1]
    assert packed[1:] == RECORDS[1:]
    assert packed == RECORDS and packed == list(RECORDS)
    assert RECORDS.__eq__(packed) is NotImplemented  # so a tuple asks the packed records
    assert packed != RECORDS[:2]
    assert hash(packed) == hash(RECORDS)
    assert pickle.loads(pickle.dumps(packed)) == packed  # across a batch's processes
    assert TotalErrors() == () and not TotalErrors()
