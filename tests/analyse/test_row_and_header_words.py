"""Words that exempt figures from rounding do so only where they describe the figures
(issue 14, invariant 6): "Year 1" heads a contract year's counts, not years, and an identifier
word in a row label ("No ID on file") names the row's people, not its figures."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import write_book
from tests.leaks import package_numbers
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]


def _values(path: Path, sheet: str) -> dict[str, list[object]]:
    ws = openpyxl.load_workbook(path, data_only=True)[sheet]
    return {str(r[0].value): [c.value for c in r[1:]] for r in ws.iter_rows() if r[0].value}


def _book(tmp_path: Path, header: list[str], labels: list[str], counts: list[list[int]]) -> Path:
    rows: list[list[object]] = [["Referrals by payment group"], [], ["Payment group", *header]]
    rows += [[label, *line] for label, line in zip(labels, counts, strict=True)]
    return write_book(tmp_path / "referrals.xlsx", {"Referrals": rows})


def test_counts_under_contract_year_headers_are_rounded_even_where_they_look_like_years(
    tmp_path: Path, job
):
    counts = [[1234, 1517, 1388], [2047, 2089, 1997], [687, 713, 659], [433, 471, 457]]
    source = _book(tmp_path, ["Year 1", "Year 2", "Year 3"], GROUPS, counts)
    output = Path(sanitise_file(source, job).output)
    assert _values(output, "Referrals")["JSA 25+"][:3] == [2040, 2080, 2000]
    assert not {2047.0, 2089.0, 1997.0} & package_numbers(output)


def test_a_bare_year_header_still_keeps_its_years(tmp_path: Path, job):
    rows: list[list[object]] = [["Referrals by year"], [], ["Payment group", "Year", "Referrals"]]
    rows += [[g, 2013, c] for g, c in zip(GROUPS, [1234, 2213, 687, 433], strict=True)]
    source = write_book(tmp_path / "years.xlsx", {"Referrals": rows})
    output = Path(sanitise_file(source, job).output)
    assert _values(output, "Referrals")["JSA 25+"][:2] == [2013, 2220]


def test_a_row_label_with_an_identifier_word_does_not_exempt_its_counts(tmp_path: Path, job):
    labels = ["JSA 18-24", "JSA 25+", "No ID on file", "ESA Volunteers"]
    counts = [[1234, 1517, 1388], [2213, 2451, 2379], [687, 713, 659], [433, 471, 457]]
    source = _book(tmp_path, ["Apr 2013", "May 2013", "Jun 2013"], labels, counts)
    output = Path(sanitise_file(source, job).output)
    assert _values(output, "Referrals")["No ID on file"][:3] == [680, 720, 660]
    assert not {687.0, 713.0, 659.0} & package_numbers(output)


def test_a_column_headed_as_an_identifier_is_still_not_rounded(tmp_path: Path, job):
    rows: list[list[object]] = [["Referrals by office"], [], ["Office", "Office ID", "Referrals"]]
    counts = [1234, 2213, 687, 433]
    rows += [[g, 4100 + i * 3, c] for i, (g, c) in enumerate(zip(GROUPS, counts, strict=True))]
    source = write_book(tmp_path / "offices.xlsx", {"Referrals": rows})
    output = Path(sanitise_file(source, job).output)
    assert _values(output, "Referrals")["JSA 25+"][:2] == [4103, 2220]
