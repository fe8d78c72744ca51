"""Numbers whose shape names something are not figures to the proof either: bands of ages and
sizes, years their words name, sheets numbered in a run. Anything else keeps being judged, and
a total may add only a rounded number to its cells."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from wpxl import sanitise
from wpxl.analyse import analyse_workbook
from wpxl.errors import OutputError, VerificationError
from wpxl.model import OutputCell
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file
from wpxl.verify import Finding, verify_output
from wpxl.verify.values import number_tokens, token_shape
from wpxl.write import write_plan


def _shapes(text: str) -> list[tuple[float, str | None]]:
    return [(value, token_shape(value, *rest)) for value, *rest in number_tokens(text)]


@pytest.mark.parametrize(
    ("text", "shapes"),
    [
        ("Mothers 30 to 34", [(30, "age band"), (34, "age band")]),
        ("women aged 15 to 44", [(15, "age band"), (44, "age band")]),
        ("2,500 to 2,999 grams", [(2500, "age band"), (2999, "measure")]),
        ("2,500 to 2,999", [(2500, "age band"), (2999, "age band")]),
        ("2000 to 2499", [(2000, "age band"), (2499, "age band")]),  # ONS's birthweights
        ("1000 to 1237", [(1000, None), (1237, None)]),  # no band: its end is no edge
        ("37 weeks or more", [(37, "measure")]),
        ("45 or more", [(45, "age band")]),
        ("45 and over", [(45, "age band")]),
        ("1938 to 2021", [(1938, "year"), (2021, "year")]),
        ("1838 onwards", [(1838, "year")]),
        ("between 40 and 47", [(40, None), (47, None)]),  # no band: either could be a count
        ("300 to 347 referrals", [(300, None), (347, None)]),
        ("1850 referrals", [(1850, None)]),
    ],
)
def test_the_proof_reads_bands_and_named_years_by_their_shape(text, shapes):
    assert _shapes(text) == shapes


def _referrals(title: str, counts: list[int], outcomes: list[int] | None = None) -> list:
    head = ["Payment group", "Referrals"] + (["Job outcomes"] if outcomes else [])
    rows = [[title], [], head]
    for i, count in enumerate(counts):
        rows.append([f"Group {chr(65 + i)}", count] + ([outcomes[i]] if outcomes else []))
    return rows


def test_sheets_numbered_in_a_run_are_not_figures_a_name_could_hide(tmp_path, job):
    sheets = {
        str(n): _referrals(f"Worksheet {n}: referrals by group", [131, 247, 309]) for n in (10, 11)
    }
    sheets["12"] = _referrals("Worksheet 12: referrals and job outcomes", [131, 247], [11, 23])
    result = sanitise_file(write_book(tmp_path / "ons.xlsx", sheets), job)
    assert {"10", "11", "12"} <= set(openpyxl.load_workbook(result.output).sheetnames)


def test_a_sheet_name_quoting_an_outcome_figure_is_still_caught(tmp_path, job, monkeypatch):
    sheets = {
        "Referrals": _referrals("Referrals and job outcomes", [131, 247], [11, 23]),
        "JO 23": _referrals("Referrals by group", [131, 247]),
    }
    with pytest.raises(OutputError, match=r"the name of sheet 2 \(counting the tabs\) quotes"):
        sanitise_file(write_book(tmp_path / "pack.xlsx", sheets), job)  # refused before writing
    monkeypatch.setattr(sanitise, "_refuse_quoting_names", lambda *args: None)
    with pytest.raises(VerificationError, match=r"the name of sheet 2 \(counting the tabs\)"):
        sanitise_file(write_book(tmp_path / "pack.xlsx", sheets), job)  # and the proof alone


def test_a_total_that_adds_an_unrounded_number_to_its_cells_is_caught(tmp_path):
    source = write_book(
        tmp_path / "pack.xlsx",
        {"Referrals": [*_referrals("Referrals", [131, 247]), ["Total", "=SUM(B4:B5)"]]},
    )
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    sheet = next(s for s in plan.sheets if s.name == "Referrals")
    total = sheet.cells[(7, 1)]
    sheet.cells[(7, 1)] = OutputCell(
        total.value + 7, total.formula + "+7", total.style, kind="total"
    )
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    findings = verify_output(Path(output), plan, 20)
    assert Finding("'Referrals' B8", "a total adding a number not rounded") in findings


def test_a_percentage_in_words_is_no_figure_to_the_plan_or_the_proof():
    from wpxl.plan.quoting import judged_alone

    assert _shapes("47 per cent of referrals") == [(47, "percentage")]
    assert not judged_alone("47 per cent of referrals", False, 20).quotes(frozenset({47.0}))
    confidence = judged_alone("Table 4: 95% confidence intervals", False, 20)
    assert not confidence.quotes(frozenset({95.0}))


def test_a_length_of_time_or_a_size_is_no_figure_to_the_plan_or_the_proof():
    from wpxl.plan.quoting import judged_alone

    assert _shapes("registered within 42 days") == [(42, "measure")]
    assert _shapes("47 referrals") == [(47, None)]
    assert not judged_alone("registered within 42 days", False, 20).quotes(frozenset({42.0}))
    assert judged_alone("1816 m", False, 20).quotes(frozenset({1816.0}))  # "m" may be a million


def test_an_outcome_volume_written_with_a_mark_that_a_plan_carried_is_caught(
    tmp_path, job, monkeypatch
):
    import wpxl.analyse.cells
    import wpxl.analyse.layout
    import wpxl.plan.quoting

    for module in (wpxl.analyse.cells, wpxl.analyse.layout, wpxl.plan.quoting):  # blind to marks
        monkeypatch.setattr(module, "is_marked_figure", lambda value: False)
    monkeypatch.setattr(wpxl.analyse, "drop_stated_outcomes", lambda *_: None)  # nor as text
    rows = [["Referrals and job outcomes by payment group"], [],
            ["Payment group", "Referrals", "Job outcomes"],
            ["JSA 18-24", 397, 47], ["JSA 25+", 833, "19a"], ["ESA Flow", 127, 23]]  # fmt: skip
    # a small one: the plan's reading of quoted figures takes numbers of 25 or more in a text
    with pytest.raises(VerificationError, match="an outcome or sustainment volume"):
        sanitise_file(write_book(tmp_path / "pack.xlsx", {"Figures": rows}), job)
