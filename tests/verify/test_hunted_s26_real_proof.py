"""Copies of real published layouts the proof refused though the plan made them right (session
26's hunt through /work/shared/real-layouts and packs of their shapes). Each test names the
publication whose shape it copies."""

from __future__ import annotations

from tests.misread import misread_findings
from wpxl.verify.suppressed_groups import OVER_A_SUPPRESSED_PART

# MoJ's Table A1.5i, prison population by offence: offences counted only since 2019 are '-' in
# the years before; 'Stalking' is the sum of the three lines under it in 2019 alone (7 = 0 + 6
# + 1), by chance.
OFFENCES = [
    ["Referrals by offence, at 30 June"],
    [],
    ["Offence", "2018", "2019", "2020", "2021"],
    ["Kidnapping", 19, 17, 12, 13],
    ["Stalking", 1, 7, 4, 3],
    ["Malicious communications", "-", 0, 1, 0],
    ["Modern slavery", "-", 6, 4, 4],
    ["Other offences against the person", 0, 1, 2, 2],
]


def test_a_line_adding_up_the_lines_under_it_in_one_year_of_four_is_no_group(tmp_path):
    """The proof read 'Stalking' as the group line of the three under it (its 2019 figure their
    sum), and its 2018 figure (1, shown 0) as giving back the offences marked '-' that year: it
    refused MoJ's whole workbook (REFUSAL). A line its parts' sum in fewer columns than not
    adds them up by chance."""
    assert misread_findings(tmp_path, OFFENCES, {}, "kept") == []


def test_a_county_adding_up_its_districts_in_its_only_column_still_gives_back_a_marker(tmp_path):
    """The group line the check is for, told from chance: West Yorkshire adds up its districts
    in the one column where none is held back; kept as a count over the '[c]', it is refused."""
    rows = [
        ["Referrals and attachments by local authority"],
        [],
        ["Local authority", "Referrals", "Attachments", "Starts"],
        ["Leeds", 1843, 301, 88],
        ["Bradford", 1517, 244, 61],
        ["Calderdale", 433, "[c]", "[c]"],
        ["Kirklees", 881, 129, 40],
        ["West Yorkshire", 4674, 719, 203],
    ]
    found = misread_findings(tmp_path, rows, {(7, 1): 4680, (7, 2): 720}, "rounded")
    assert {f.part for f in found if f.kind == OVER_A_SUPPRESSED_PART} == {"'Referrals' C10"}
