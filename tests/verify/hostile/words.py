"""Twists in words and values: figures quoted in names and labels, outcomes under other names,
counts typed as something else."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.verify.hostile.pack import (
    FIRST_BODY,
    HEADER_ROW,
    OUTCOMES,
    REFERRALS,
    Hostile,
    Pack,
    body_cell,
    make,
    total_col,
    total_row,
)


def plain(folder: Path) -> Hostile:
    """No twist: the control every other pack differs from by one thing."""
    return make(folder, "plain")


def _outcomes_named(folder: Path, name: str, title: str, sheet: str) -> Hostile:
    return make(folder, name, pack=Pack(outcomes_title=title, outcomes_sheet=sheet))


def words_jos(folder: Path) -> Hostile:
    return _outcomes_named(folder, "words_jos", "JOs by payment group", "JOs")


def words_jo(folder: Path) -> Hostile:
    return _outcomes_named(folder, "words_jo", "JO by payment group", "JO")


def words_sp(folder: Path) -> Hostile:
    return _outcomes_named(folder, "words_sp", "SPs by payment group", "SP")


def words_paid_outcomes(folder: Path) -> Hostile:
    return _outcomes_named(folder, "words_paid_outcomes", "Paid outcomes by payment group", "Paid")


def words_in_work_13_weeks(folder: Path) -> Hostile:
    return _outcomes_named(folder, "words_in_work_13_weeks", "In work at 13 weeks", "13 weeks")


def words_off_benefit(folder: Path) -> Hostile:
    return _outcomes_named(folder, "words_off_benefit", "Off benefit 26 wks", "Off benefit")


def words_sustainment_payments(folder: Path) -> Hostile:
    return _outcomes_named(
        folder, "words_sustainment_payments", "Sustainment payments", "Sustainment payments"
    )


def outcome_payments_money(folder: Path) -> Hostile:
    """Payments by payment group: the amount over the tariff is the outcome volume."""
    money = tuple(tuple(v * 1213 for v in row) for row in OUTCOMES)
    pack = Pack(outcomes_title="Outcome payments (£) by payment group", outcomes_sheet="Payments")
    return make(
        folder,
        "outcome_payments_money",
        pack=replace(pack, outcomes=money),
        numbers={v for row in money for v in row},
    )


def sheet_name_quotes_volume(folder: Path) -> Hostile:
    return make(folder, "sheet_name_quotes_volume", pack=Pack(outcomes_sheet="Outcomes n=1816"))


def title_quotes_volume(folder: Path) -> Hostile:
    return make(
        folder, "title_quotes_volume", pack=Pack(outcomes_title="Job outcomes (1816 in total)")
    )


def header_quotes_count(folder: Path) -> Hostile:
    groups = ("JSA 18-24", "JSA 25+ (n=7043)", "ESA Flow", "ESA Volunteers")
    return make(folder, "header_quotes_count", pack=Pack(groups=groups))


def month_header_quotes_count(folder: Path) -> Hostile:
    months = ("Apr 2013 (n=4567)", "May 2013", "Jun 2013")
    return make(folder, "month_header_quotes_count", pack=Pack(months=months))


def outcome_label_quotes_volume(folder: Path) -> Hostile:
    return make(
        folder,
        "outcome_label_quotes_volume",
        pack=Pack(label_header="Payment group (all 1816 job outcomes)"),
    )


def outcome_column_in_referrals(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        col = total_col(p) + 1
        ws.write_string(body_cell(0, 0)[0] - 1, col, "Job outcomes", p.formats["head"])
        for i, row in enumerate(OUTCOMES):
            ws.write_number(body_cell(i, 0)[0], col, sum(row), p.formats["count"])

    return make(folder, "outcome_column_in_referrals", twist)


def outcome_rate_column(folder: Path) -> Hostile:
    rates = [sum(o) / sum(r) for o, r in zip(OUTCOMES, REFERRALS, strict=True)]

    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        col = total_col(p) + 1
        ws.write_string(body_cell(0, 0)[0] - 1, col, "Job outcome rate", p.formats["head"])
        for i, rate in enumerate(rates):
            ws.write_number(body_cell(i, 0)[0], col, rate, p.fmt("pct", num_format="0.0%"))

    return make(folder, "outcome_rate_column", twist, numbers=set(rates))


def counts_as_text(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row, col = body_cell(1, 0)
        p.sheets[p.referrals_sheet].write_string(row, col, "2213")

    return make(folder, "counts_as_text", twist)


def counts_with_decimals(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row, col = body_cell(2, 0)
        p.sheets[p.referrals_sheet].write_number(row, col, 686.6, p.formats["count"])

    return make(folder, "counts_with_decimals", twist, numbers={686.6})


def years_as_counts(folder: Path) -> Hostile:
    """Contract years as headers, and counts that happen to lie where years do."""
    referrals = (REFERRALS[0], (2047, 2089, 1997), *REFERRALS[2:])
    pack = Pack(months=("Year 1", "Year 2", "Year 3"), referrals=referrals)
    return make(folder, "years_as_counts", pack=pack, numbers={2047, 2089, 1997})


def no_id_on_file(folder: Path) -> Hostile:
    groups = ("JSA 18-24", "JSA 25+", "No ID on file", "ESA Volunteers")
    return make(folder, "no_id_on_file", pack=Pack(groups=groups))


def total_caches_other_value(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row, col = total_row(p), total_col(p)
        p.sheets[p.referrals_sheet].write_formula(
            row, col, f"=SUM(E4:E{row})", p.formats["total"], 14607
        )

    return make(folder, "total_caches_other_value", twist, numbers={14607})


def negative_counts(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.sheets[p.referrals_sheet]
        row = total_row(p) + 1
        ws.write_string(row, 0, "Adjustments")
        ws.write_row(row, 1, [-4363, -4373, -4391], p.formats["count"])

    return make(folder, "negative_counts", twist, numbers={4363, 4373, 4391})


def count_as_constant_formula(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        row, col = body_cell(1, 0)
        p.sheets[p.referrals_sheet].write_formula(row, col, "=2213", p.formats["count"], 2213)

    return make(folder, "count_as_constant_formula", twist)


def notes_sheet_quotes_totals(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.book.add_worksheet("Notes")
        ws.write_string(0, 0, "Notes")
        ws.write_string(2, 0, "Total job outcomes this quarter: 1816 (564 in April).")
        ws.write_string(3, 0, "Queries to the MI team.")

    return make(folder, "notes_sheet_quotes_totals", twist)


def summary_refers_to_outcomes(folder: Path) -> Hostile:
    """A summary of referrals and outcomes side by side, the outcomes taken from their sheet."""

    def twist(p: Pack) -> None:
        ws = p.book.add_worksheet("Summary")
        ws.write_string(0, 0, "Summary by payment group")
        ws.write_row(2, 0, ["Payment group", "Referrals", "Job outcomes"], p.formats["head"])
        sheet = f"'{p.outcomes_sheet}'"
        for i, group in enumerate(p.groups):
            r = body_cell(i, 0)[0] + 1
            ws.write_string(2 + 1 + i, 0, group)
            ws.write_formula(3 + i, 1, f"=Referrals!E{r}", None, sum(REFERRALS[i]))
            ws.write_formula(3 + i, 2, f"={sheet}!E{r}", None, sum(OUTCOMES[i]))

    return make(folder, "summary_refers_to_outcomes", twist)


def small_base_percentages(folder: Path) -> Hostile:
    """Outcomes on bases of 22-23: whole percentages give the counts back."""
    small = ((5, 7, 3), (9, 6, 8), (4, 5, 7), (5, 4, 5))
    return make(folder, "small_base_percentages", pack=Pack(outcomes=small))


BUILDERS = (
    plain,
    words_jos,
    words_jo,
    words_sp,
    words_paid_outcomes,
    words_in_work_13_weeks,
    words_off_benefit,
    words_sustainment_payments,
    outcome_payments_money,
    sheet_name_quotes_volume,
    title_quotes_volume,
    header_quotes_count,
    month_header_quotes_count,
    outcome_label_quotes_volume,
    outcome_column_in_referrals,
    outcome_rate_column,
    counts_as_text,
    counts_with_decimals,
    years_as_counts,
    no_id_on_file,
    total_caches_other_value,
    negative_counts,
    count_as_constant_formula,
    notes_sheet_quotes_totals,
    summary_refers_to_outcomes,
    small_base_percentages,
)


def formula_hides_constant(folder: Path) -> Hostile:
    """A body cell's formula adds a figure and takes it away again: its text quotes it."""

    def twist(p: Pack) -> None:
        row, col = body_cell(1, 0)
        p.sheets[p.referrals_sheet].write_formula(
            row, col, "=4649+2213-4649", p.formats["count"], 2213
        )

    return make(folder, "formula_hides_constant", twist, numbers={4649})


BUILDERS += (formula_hides_constant,)


def outcome_shares_precise(folder: Path) -> Hostile:
    """Each group's share of the month's outcomes, typed to two decimal places of a percent:
    on bases of 500-odd, the smallest base those shares fit gives the counts back."""

    def twist(p: Pack) -> None:
        ws = p.book.add_worksheet("Outcome shares")
        ws.write_string(0, 0, "Share of job outcomes by payment group")
        ws.write_row(HEADER_ROW, 0, [p.label_header, *p.months], p.formats["head"])
        columns = [sum(c) for c in zip(*OUTCOMES, strict=True)]
        share = p.fmt("share", num_format="0.00%")
        for i, (group, row) in enumerate(zip(p.groups, OUTCOMES, strict=True)):
            ws.write_string(FIRST_BODY + i, 0, group)
            for j, count in enumerate(row):
                ws.write_number(FIRST_BODY + i, 1 + j, count / columns[j], share)

    shares = {c / sum(col) for col in zip(*OUTCOMES, strict=True) for c in col}
    return make(folder, "outcome_shares_precise", twist, numbers=shares)


def hidden_sheet_named_for_a_volume(folder: Path) -> Hostile:
    def twist(p: Pack) -> None:
        ws = p.book.add_worksheet("JOs 1816 SECRET-tab")
        ws.write_string(0, 0, "workings")
        ws.hide()

    return make(folder, "hidden_sheet_named_for_a_volume", twist, words={"SECRET-tab"})


BUILDERS += (outcome_shares_precise, hidden_sheet_named_for_a_volume)
