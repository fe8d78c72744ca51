"""Outcome and sustainment volumes never leave: only percentage breakdowns (guidance R2, R3)."""

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.leaks import cell_numbers, package_numbers
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers", "JSA Prison Leavers"]
COUNCILS = ["Ashby Vale", "Holmcroft", "Redfern"]
OUTCOMES = [[37, 53, 71], [89, 43, 61], [47, 59, 67], [73, 41, 83], [97, 31, 79]]


def _sheet_values(path: Path, title: str) -> list[list[object]]:
    ws = openpyxl.load_workbook(path, data_only=True)[title]
    return [[c.value for c in row] for row in ws.iter_rows()]


def _percent_columns(path: Path, title: str, first_row: int, cols: range) -> list[list[float]]:
    rows = _sheet_values(path, title)[first_row:]
    return [[r[c] for r in rows if isinstance(r[c], float | int)] for c in cols]


def _outcome_table(outcomes: list[list[int]] = OUTCOMES) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Job outcomes by payment group and local authority, April to September 2013"],
        [],
        ["Payment group", *COUNCILS, "Total"],
    ]
    for group, values in zip(GROUPS, outcomes, strict=True):
        rows.append([group, *values, sum(values)])
    totals = [sum(col) for col in zip(*outcomes, strict=True)]
    rows.append(["Total", *totals, sum(totals)])
    return rows


def test_outcome_table_by_group_and_council_becomes_a_percentage_sheet(tmp_path, job):
    source = write_book(tmp_path / "outcomes.xlsx", {"Job outcomes": _outcome_table()})
    output = Path(sanitise_file(source, job).output)
    book = openpyxl.load_workbook(output, data_only=True)
    assert book.sheetnames == ["About this workbook", "Job outcomes %"]
    ws = book["Job outcomes %"]
    assert ws["A4"].value == (
        "Percentage of all job outcomes in April to September 2013 on sheet 'Job outcomes', by "
        "payment group, within each column. Volumes of job outcomes and sustainments are never "
        "shared: only these percentages."
    )
    assert ws["B7"].number_format == "0%"
    for column in _percent_columns(output, "Job outcomes %", 6, range(1, 5)):
        *shares, total = column
        assert total == 1
        assert sum(shares) == pytest.approx(1, abs=0.026)
        assert all(0 <= s <= 1 for s in shares)
    first = OUTCOMES[0][0] / sum(r[0] for r in OUTCOMES)
    assert ws["B7"].value == pytest.approx(first, abs=0.005)
    figures = {float(v) for row in OUTCOMES for v in row}
    figures |= {float(sum(r)) for r in OUTCOMES}
    figures |= {float(sum(c)) for c in zip(*OUTCOMES, strict=True)}
    figures.add(float(sum(map(sum, OUTCOMES))))
    assert not figures & package_numbers(output)


def test_sustainments_by_month_show_each_month_share(tmp_path, job):
    months = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013"]
    counts = [41, 57, 63, 39]
    rows = [["Sustainments by month"], [], ["Month", "Sustainments"]]
    rows += [[m, c] for m, c in zip(months, counts, strict=True)]
    rows.append(["Total", "=SUM(B4:B7)"])
    source = write_book(
        tmp_path / "sus.xlsx", {"Sustainments": rows}, cached={("Sustainments", "B8"): 200}
    )
    output = Path(sanitise_file(source, job).output)
    values = _sheet_values(output, "Sustainments %")
    shares = {r[0]: r[1] for r in values if r and r[0] in months}
    # 20.5 %, 28.5 %, 31.5 %, 19.5 %: whole percentages would fit no base below 200, giving the
    # volumes back, so the months are shown to the nearest 5 %
    assert shares == {"Apr 2013": 0.2, "May 2013": 0.3, "Jun 2013": 0.3, "Jul 2013": 0.2}
    assert not {*map(float, counts), 200.0} & package_numbers(output)


def test_summary_mixing_measures_keeps_referrals_and_removes_outcome_money_and_rates(tmp_path, job):
    head = ["Payment group", "Referrals", "Job outcomes", "Sustainment payments",
            "Outcome payments (£)", "Job outcome rate"]  # fmt: skip
    referrals = [311, 287, 149, 173, 107]
    outcomes = [43, 37, 29, 31, 33]
    sustain = [51, 47, 39, 35, 53]
    rows: list[list[object]] = [["Summary of referrals and outcomes"], [], head]
    for i, group in enumerate(GROUPS):
        rate = f"=C{i + 4}/B{i + 4}" if i % 2 else round(outcomes[i] / referrals[i], 3)
        rows.append([group, referrals[i], outcomes[i], sustain[i], outcomes[i] * 1263, rate])
    rows.append(["Total", sum(referrals), sum(outcomes), sum(sustain), sum(outcomes) * 1263, None])
    source = write_book(tmp_path / "summary.xlsx", {"Summary": rows})
    result = sanitise_file(source, job)
    output = Path(result.output)
    book = openpyxl.load_workbook(output, data_only=True)
    assert book.sheetnames == ["About this workbook", "Summary", "Sustainments and job outcomes %"]
    summary = _sheet_values(output, "Summary")
    body = [r for r in summary if r and r[0] in GROUPS]
    assert [r[1] for r in body] == [320, 280, 140, 180, 100]
    assert all(v is None for r in body for v in r[2:6])
    numbers = package_numbers(output)
    leaked = {*outcomes, *sustain, sum(outcomes), sum(sustain)}
    leaked |= {o * 1263 for o in outcomes} | {sum(outcomes) * 1263}
    leaked |= {round(o / r, 3) for o, r in zip(outcomes, referrals, strict=True)}
    assert not {float(x) for x in leaked} & numbers
    kinds = {r.why for r in result.removed}
    assert "a rate that uses outcome figures (it reveals outcome volumes)" in kinds
    assert "an amount of money (payments can reveal volumes)" in kinds


def test_disability_breakdown_gives_the_share_of_outcomes_for_disabled_people(tmp_path, job):
    rows = [
        ["Job outcomes by disability"],
        [],
        ["Disability", "Job outcomes"],
        ["Disabled", 48],  # 47 and 153 (23.5 %, 76.5 %) would give the volumes back
        ["Not disabled", 152],
        ["Total", 200],
    ]
    output = Path(sanitise_file(write_book(tmp_path / "d.xlsx", {"Outcomes": rows}), job).output)
    shares = {r[0]: r[1] for r in _sheet_values(output, "Job outcomes %") if r and r[1] is not None}
    assert shares["Disabled"] == 0.24
    assert shares["Not disabled"] == 0.76
    assert shares["Total"] == 1


def test_tiny_base_is_not_shown_as_percentages(tmp_path, job):
    rows = [["Job outcomes by payment group"], [], ["Payment group", "Job outcomes"]]
    rows += [["JSA 18-24", 3], ["JSA 25+", 7], ["ESA Flow", 2], ["Total", 12]]
    output = Path(sanitise_file(write_book(tmp_path / "t.xlsx", {"Outcomes": rows}), job).output)
    values = _sheet_values(output, "Job outcomes %")
    cells = [r[1] for r in values if r and r[0] in ("JSA 18-24", "JSA 25+", "ESA Flow", "Total")]
    assert cells == ["base too small to show"] * 4
    assert not {3.0, 7.0, 2.0, 12.0} & cell_numbers(output)


def test_outcome_row_in_a_table_of_measures_runs_along_the_row(tmp_path, job):
    rows = [
        ["Referrals and job outcomes by month"],
        [],
        ["Measure", "Apr 2013", "May 2013", "Jun 2013"],
        ["Referrals", 211, 187, 243],
        ["Job outcomes", 33, 47, 41],
    ]
    output = Path(sanitise_file(write_book(tmp_path / "m.xlsx", {"Monthly": rows}), job).output)
    monthly = _sheet_values(output, "Monthly")
    assert next(r for r in monthly if r and r[0] == "Referrals")[1:4] == [220, 180, 240]
    percent = [r for r in _sheet_values(output, "Job outcomes %") if r and r[0] == "Job outcomes"]
    assert percent[0][1:4] == [round(33 / 121, 2), round(47 / 121, 2), round(41 / 121, 2)]
    assert not {33.0, 47.0, 41.0, 121.0} & package_numbers(output)


def test_cumulative_outcomes_are_removed_not_shown(tmp_path, job):
    rows = [
        ["Job outcomes by payment group"],
        [],
        ["Payment group", "Job outcomes", "Cumulative job outcomes"],
        ["JSA 18-24", 37, 137],
        ["JSA 25+", 43, 243],
    ]
    result = sanitise_file(write_book(tmp_path / "c.xlsx", {"Outcomes": rows}), job)
    assert "a cumulative outcome figure (outcome volumes are never shared)" in {
        r.why for r in result.removed
    }
    assert not {37.0, 43.0, 137.0, 243.0, 80.0} & package_numbers(Path(result.output))


def test_an_outcome_count_below_zero_is_refused_naming_its_cell(tmp_path, job):
    from wpxl.errors import AnalysisError

    outcomes = [list(row) for row in OUTCOMES]
    outcomes[1][1] = -3  # JSA 25+ in Holmcroft: a share of it would fall outside 0-100%
    rows = _outcome_table(outcomes)
    source = write_book(tmp_path / "outcomes.xlsx", {"Job outcomes": rows})
    with pytest.raises(AnalysisError) as refused:
        sanitise_file(source, job)
    assert str(refused.value) == (
        "outcomes.xlsx: sheet 'Job outcomes', cell C5: a job outcomes count below zero cannot "
        "be shown as a share of its total. Correct the figure in Excel and try again"
    )
    assert not (tmp_path / "out").exists()


def test_a_group_named_by_an_age_band_keeps_its_label_whatever_the_outcome_counts(tmp_path, job):
    rows = [["Job outcomes by payment group"], [], ["Payment group", "Apr 2013", "May 2013"],
            ["JSA 18-24", 131, 247], ["JSA 25+", 25, 309], ["ESA Flow", 52, 140]]  # fmt: skip
    source = write_book(tmp_path / "outcomes.xlsx", {"Job outcomes": rows})
    output = Path(sanitise_file(source, job).output)
    sheet = openpyxl.load_workbook(output)["Job outcomes %"]
    labels = [c.value for row in sheet.iter_rows(max_col=1) for c in row]
    assert "JSA 25+" in labels  # 25 is an outcome count, but "25+" names an age band
