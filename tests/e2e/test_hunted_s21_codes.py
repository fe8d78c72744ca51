"""Counts under headers that merely contain an identifier's or a contact's word (session 21):
'Phone calls', 'Telephone contacts', 'ID checks', 'Postcode checks' beside areas' referrals
were read as codes by the plan (kept as written) and by the proof, so 13, 37 and 29 stood
unrounded and verified; 'Vacancies (no.)' and 'Interviews (number)' counts, kept, passed the
proof as codes too. An identifier names its column only as the header's last word ('LA code',
'Phone number', 'Postcode district', 'Code (ONS)')."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings

NOT_ROUNDED = "a figure that is not a multiple of 20"


def _rows(header: str) -> list[list]:
    return [["Referrals by area"], [], ["Area", header, "Referrals"], ["Leeds", 13, 104],
            ["York", 37, 257], ["Hull", 29, 66]]  # fmt: skip


@pytest.mark.parametrize(
    "header", ["Phone calls", "Telephone contacts", "ID checks", "Postcode checks"]
)
def test_counts_under_a_header_holding_an_identifiers_word_are_rounded(tmp_path, header):
    output, _ = sanitised_beside(write_book(tmp_path / "calls.xlsx", {"Referrals": _rows(header)}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert ["Leeds", 20, 100] in lines and ["York", 40, 260] in lines


@pytest.mark.parametrize(
    "header",
    [
        "Phone calls",
        "Telephone contacts",
        "ID checks",
        "Postcode checks",
        "Vacancies (no.)",
        "Interviews (number)",
    ],
)
def test_such_counts_kept_are_refused_by_the_proof(tmp_path, header):
    kept = {(3, 1): 13, (4, 1): 37, (5, 1): 29}
    kinds = [f.kind for f in misread_findings(tmp_path, _rows(header), kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 3


@pytest.mark.parametrize("header", ["LA code", "Code (ONS)", "Office no."])
def test_codes_named_last_still_pass_the_proof_as_written(tmp_path, header):
    kept = {(3, 1): 13, (4, 1): 37, (5, 1): 29}
    assert misread_findings(tmp_path, _rows(header), kept, "kept") == []
