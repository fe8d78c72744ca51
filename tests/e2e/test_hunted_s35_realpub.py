"""Real published layouts built as DWP, ONS and Stat-Xplore publish them, and as a provider's
MI copies them (session 35, the realpub hunt).

A table by contract package area and provider as the Work Programme official statistics set it
out ('CPA | Contract package area | Provider', then the months or payment groups 1 to 9, a
'Total' column), the area's number and name written again on each of its providers' lines
(CPA 3 for Ingeus and for Seetec), the grand total's word 'Total' in the CPA column: refused,
'a number naming a row or column, rounded as a count'. The proof read the CPA numbers as the
lines' names; the analysis reads a repeated code as a name's code only when each code stands
beside one name and each name beside one code, and it counted the total line's 'Total', blank
beside it, as a code with no name, so the CPA numbers were rounded as counts (3 to 0, 12 to
20) and the copy was refused. Words in the code column are no code (analyse/coded_blocks
``codes_of_names``): the numbers name the lines and the copy is written. With 'Total' in the
name column, or each CPA once, the same table was already written.
"""

from __future__ import annotations

from tests.builders import write_book
from tests.e2e.runs import copy_formulas, copy_lines, sanitised_beside

_PROVIDERS = [
    (3, "East of England", "Ingeus", 1852, 2292),
    (3, "East of England", "Seetec", 1948, 2579),
    (7, "North East", "Avanta", 2206, 2840),
    (12, "West Yorkshire", "Ingeus", 957, 2622),
    (12, "West Yorkshire", "Rehab JobFit", 990, 2456),
]


def test_cpa_numbers_repeated_on_each_providers_line_over_a_total_stay(tmp_path):
    rows: list[list] = [
        ["Referrals by contract package area and provider"],
        [],
        ["CPA", "Contract package area", "Provider", "Apr 2013", "May 2013", "Total"],
    ]
    for cpa, area, provider, april, may in _PROVIDERS:
        rows.append([cpa, area, provider, april, may, april + may])
    april, may = (sum(line[i] for line in _PROVIDERS) for i in (3, 4))
    rows.append(["Total", None, None, april, may, april + may])
    source = write_book(tmp_path / "providers.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    lines = copy_lines(output, width=5)
    assert [line[:3] for line in lines[5:10]] == [line[:3] for line in _PROVIDERS]
    assert [line[3:] for line in lines[5:10]] == [
        (1860, 2300),
        (1940, 2580),
        (2200, 2840),
        (960, 2620),
        (1000, 2460),
    ]
    assert copy_formulas(output)["D11"] == "=SUM(D6:D10)"
    assert copy_formulas(output)["F6"] == "=SUM(D6:E6)"
