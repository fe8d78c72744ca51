"""What a hunt through nested totals in real published layouts found (session 15).

MoJ's prison population table (A1.1) stacks one block per sex, 'Males and Females', 'Males',
'Females', each opening with its own total line, and inside each an all-ages part then one part
per age group ('Adults', '18-20 year olds', '15-17 year olds'), each opening with its own total
over the same lines (Remand, Untried, ...). The all-ages lines add up the age groups' lines,
and the 'Males and Females' block adds up the other two, line by line. Typed, those lines were
rounded on their own (the rounded original totals), beside age groups and sexes that add up to
something else, and the copy passed its proof: no label comes once in such a block. They are
rebuilt over the lines they add up now.

MoJ's table of offences (A1.4i) sets the same parts a blank line apart, one block per sex and
age group in turn ('Males and females', 'Adults', '18-20 year olds', '15-17 year olds', 'Males',
'Adults' ...), each block opening with its total: the age groups added up across the sexes were
rebuilt, but each sex's all-ages block, the sum of the three blocks under it, was rounded on
its own, and passed the proof too. With no 15-17 year old girls (all 0, as in MoJ's years
after 2013/14), the copy was refused: 'Males' 15-17 is then also 'Males and females' 15-17 plus
the girls' block, and the proof took it for a total rounded on its own, where rounding it alone
shows just what the sum of its rounded parts would. With the years over each sex as well (a
table each, as MoJ sets them), the girls' block of 0s, no total of its own, left the sexes cut
into parts unlike each other, so none was read and the copy was refused.

MoJ's table of offences in detail (A1.5i) gives each sex a table of its own, the years over it,
cut by blank lines into groups of offences, some opening with their total ('Homicide' over
'Murder' and 'Manslaughter'), some not ('Blackmail', 'Theft of mail', ...): a group of
'Males and Females' adds up the same group of the other two tables, but groups were compared
only within one table, and the copy was refused. So was any sheet of stacked blocks ('Persons'
over 'Males' and 'Females') whose source is one off in one place: the blocks were read as a
whole, so nowhere, while the proof reads them column by column; they are read so now.

MoJ's table by ethnicity (A1.9ii) stacks the sexes under one header, the groups a blank line
apart, with a few stray figures in the column beyond the years, on lines of their own: the
sheet was read as two tables, one a column wider, and a stray figure's line joined two groups,
so the groups of the sexes were not compared and the copy was refused.

MoJ's non-criminal prisoners (A1.18) give 'Females' fewer lines than 'Males' (no wife
maintenance), and 'Males and females' is out by a few in one year: the blocks, uneven, were
read only as a whole, so in no year, and the copy was refused. So was MoJ's table by prison
(A1.13), whose 'All establishments' adds up 'Total Male', 'Total Female' and 'Total IRCs' in
every year but one.

A quarter's 'Year to date' typed beside its 'Quarter total' (the same figures in the first
quarter) was rounded on its own, 580 beside a quarter of 600, and the copy passed its proof:
the trees had given the months to the quarter. It is the quarter again, rebuilt over it now.

A region's line named by the region alone ('North', no total word) heading its block of
district totals, each under its offices, was rounded on its own (South 420 beside districts of
260 and 180), and passed the proof: the lines it adds up are not a run next to it. It is
rebuilt over the district totals under it now.
"""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

YEARS = ["2019", "2020", "2021"]
AGES = ["Adults", "18-20 year olds", "15-17 year olds"]
LINES = 8  # a part: its head, Remand, Untried, Convicted, Sentenced, two lengths, Non-criminal
Leaves = list[list[int]]  # Untried, Convicted, short, long, Non-criminal: a figure a year


def _part(head: str, leaves: Leaves) -> list[list]:
    """One part opening with its own total line, named ``head``, over its lines."""
    untried, convicted, short, long, civil = leaves
    remand = [a + b for a, b in zip(untried, convicted, strict=True)]
    sentenced = [a + b for a, b in zip(short, long, strict=True)]
    head_line = [a + b + c for a, b, c in zip(remand, sentenced, civil, strict=True)]
    return [
        [head, *head_line],
        ["Remand", *remand],
        ["Untried", *untried],
        ["Convicted unsentenced", *convicted],
        ["Sentenced", *sentenced],
        ["Less than 12 months", *short],
        ["12 months or more", *long],
        ["Non-criminal prisoners", *civil],
    ]


def _added(*parts: Leaves) -> Leaves:
    return [[sum(p[i][j] for p in parts) for j in range(len(YEARS))] for i in range(5)]


def sexes_by_age(seed: int = 5) -> list[list]:
    """The sheet: a title, the years, then one block per sex (a blank line after each), each an
    all-ages part and a part per age group, every figure typed."""
    rng = random.Random(seed)
    ages = {
        sex: [[[rng.randint(5, 900) for _ in YEARS] for _ in range(5)] for _ in AGES]
        for sex in ("Males", "Females")
    }
    both = [_added(m, f) for m, f in zip(ages["Males"], ages["Females"], strict=True)]
    rows: list[list] = [["Table 1: Referrals by type of custody, age group and sex"], []]
    rows += [["", *YEARS], []]
    for sex, parts in (("Males and Females", both), *ages.items()):
        rows += _part(sex, _added(*parts))
        for age, leaves in zip(AGES, parts, strict=True):
            rows += _part(age, leaves)
        rows.append([])
    return rows


def _shown(tmp_path: Path, rows: list[list]) -> tuple[dict[str, int], list[list]]:
    """The copy's figures as a reader sees them (formulas' cached values), line by line, and
    where each sex's block starts."""
    output, _ = sanitised_beside(write_book(tmp_path / "custody.xlsx", {"Custody": rows}))
    sheet = openpyxl.load_workbook(output, data_only=True)["Custody"]
    lines = [list(line) for line in sheet.iter_rows(values_only=True)]
    heads = {line[0]: i for i, line in enumerate(lines) if line[0] in ("Males", "Females")}
    heads["Males and Females"] = next(
        i for i, ln in enumerate(lines) if ln[0] == "Males and Females"
    )
    return heads, lines


def test_both_sexes_add_up_the_sexes_line_by_line(tmp_path):
    heads, lines = _shown(tmp_path, sexes_by_age())
    both, males, females = (heads[s] for s in ("Males and Females", "Males", "Females"))
    for k in range(LINES * (1 + len(AGES))):
        for j in range(1, 1 + len(YEARS)):
            assert lines[both + k][j] == lines[males + k][j] + lines[females + k][j], (k, j)


def test_all_ages_add_up_the_age_groups_line_by_line(tmp_path):
    heads, lines = _shown(tmp_path, sexes_by_age())
    for head in heads.values():
        for k in range(LINES):
            for j in range(1, 1 + len(YEARS)):
                ages = [lines[head + LINES * (a + 1) + k][j] for a in range(len(AGES))]
                assert lines[head + k][j] == sum(ages), (lines[head][0], lines[head + k][0], j)
                assert lines[head + k][j] % 20 == 0


OFFENCES = ["Violence against the person", "Sexual offences", "Robbery", "Theft offences"]
SEXES = ("Males and females", "Males", "Females")


def blocks_by_sex_and_age(girls: bool = True, headed: bool = False, seed: int = 3) -> list[list]:
    """A block per sex and age group, a blank line after each, each opening with its total
    over the offences; no 15-17 year old girls when not ``girls`` (as MoJ's recent years);
    the years over each sex, a table each, when ``headed`` (as MoJ's A1.4i)."""
    rng = random.Random(seed)

    def figures(sex: str, age: int) -> list[list[int]]:
        held = girls or sex == "Males" or age < 2
        return [[rng.randint(1, 900) if held else 0 for _ in YEARS] for _ in OFFENCES]

    ages = {sex: [figures(sex, a) for a in range(len(AGES))] for sex in SEXES[1:]}
    both = [_summed(m, f) for m, f in zip(ages["Males"], ages["Females"], strict=True)]
    rows: list[list] = [["Table A1.4i: Referrals by offence group, age group and sex"], []]
    for sex, parts in zip(SEXES, (both, *ages.values()), strict=True):
        if headed or sex == SEXES[0]:
            rows += [["", *YEARS], []]
        for name, lines in ((sex, _summed(*parts)), *zip(AGES, parts, strict=True)):
            rows.append([name, *(sum(col) for col in zip(*lines, strict=True))])
            rows += [[offence, *line] for offence, line in zip(OFFENCES, lines, strict=True)]
            rows.append([])
    return rows


def _summed(*blocks: list[list[int]]) -> list[list[int]]:
    return [[sum(col) for col in zip(*lines, strict=True)] for lines in zip(*blocks, strict=True)]


@pytest.mark.parametrize(("girls", "headed"), [(True, False), (False, False), (False, True)])
def test_blocks_a_line_apart_add_up_by_age_and_by_sex(tmp_path, girls, headed):
    output, _ = sanitised_beside(
        write_book(tmp_path / "offences.xlsx", {"A1_4i": blocks_by_sex_and_age(girls, headed)})
    )
    lines = list(
        openpyxl.load_workbook(output, data_only=True)["A1_4i"].iter_rows(values_only=True)
    )
    heads = [i for i, line in enumerate(lines) if line[0] in (*SEXES, *AGES)]
    assert len(heads) == 12
    width = 1 + len(OFFENCES)

    def block(at: int) -> list[tuple]:
        return [lines[heads[at] + k][1 : 1 + len(YEARS)] for k in range(width)]

    by_age = [(sex, (sex + 1, sex + 2, sex + 3)) for sex in (0, 4, 8)]
    by_sex = [(age, (age + 4, age + 8)) for age in range(4)]
    for total, parts in by_age + by_sex:
        for k in range(width):
            for j in range(len(YEARS)):
                shown = block(total)[k][j]
                assert shown == sum(block(p)[k][j] for p in parts), (total, parts, k, j)


GROUPS = {
    "Homicide": ["Murder", "Manslaughter"],
    "": ["Blackmail", "Theft of mail", "Other theft"],
    "Rape": ["Rape of a female aged 16 and over", "Rape of a male aged 16 and over"],
    "Robbery": [],  # a line alone
}
UNSHOWN = {"Males": [37, 41, 29], "Females": [3, 5, 2]}  # offences no group shows


def tables_by_sex_and_offence(seed: int = 11) -> list[list]:
    """A table per sex, the years over each, its first line the sex's every offence (those no
    group shows too, so it adds up no lines), then the groups of offences a blank line apart,
    each opening with its total where it has a name and more than one line."""
    rng = random.Random(seed)
    leaves = {
        sex: {
            g: [[rng.randint(1, 700) for _ in YEARS] for _ in lines or [g]]
            for g, lines in GROUPS.items()
        }
        for sex in SEXES[1:]
    }
    leaves[SEXES[0]] = {g: _summed(leaves["Males"][g], leaves["Females"][g]) for g in GROUPS}
    unshown = {**UNSHOWN, SEXES[0]: [m + f for m, f in zip(*UNSHOWN.values(), strict=True)]}
    rows: list[list] = [["Table A1.5i: Referrals by offence"], []]
    for sex in SEXES:
        shown = [line for lines in leaves[sex].values() for line in lines]
        every = [
            sum(col) + rest
            for col, rest in zip(zip(*shown, strict=True), unshown[sex], strict=True)
        ]
        rows += [["", *YEARS], [], [sex, *every], []]
        for group, lines in GROUPS.items():
            figures = leaves[sex][group]
            if group and lines:
                rows.append([group, *(sum(col) for col in zip(*figures, strict=True))])
            rows += [[line, *v] for line, v in zip(lines or [group], figures, strict=True)]
            rows.append([])
    return rows


def test_groups_of_a_table_per_sex_add_up_across_the_tables(tmp_path):
    rows = tables_by_sex_and_offence()
    output, _ = sanitised_beside(write_book(tmp_path / "detail.xlsx", {"A1_5i": rows}))
    lines = list(
        openpyxl.load_workbook(output, data_only=True)["A1_5i"].iter_rows(values_only=True)
    )
    heads = [i for i, line in enumerate(lines) if line[0] in SEXES]
    span = heads[1] - heads[0]
    for k in range(span - 3):
        both, males, females = (lines[head + k] for head in heads)
        for j in range(1, 1 + len(YEARS)):
            if both[j] is not None:
                assert both[j] == males[j] + females[j], (both[0], j)


def test_stacked_blocks_one_off_in_one_column_are_rebuilt_in_the_others(tmp_path):
    rows = _persons_one_off()
    output, _ = sanitised_beside(write_book(tmp_path / "persons.xlsx", {"Referrals": rows}))
    formulas = openpyxl.load_workbook(output)["Referrals"]
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    persons = [8, 9, 10]  # 'Under 25', '25-49', '50+' of Persons in the copy
    for row in persons:
        for col in "BC":
            assert str(formulas[f"{col}{row}"].value).startswith("=SUM("), (col, row)
            shown = values[f"{col}{row}"].value
            assert shown == values[f"{col}{row + 5}"].value + values[f"{col}{row + 10}"].value
    assert [isinstance(formulas[f"D{row}"].value, int) for row in persons] == [False, False, True]
    for row in persons[:2]:  # week 3: the lines that add up are totals, the one off a count
        shown = values[f"D{row}"].value
        assert shown == values[f"D{row + 5}"].value + values[f"D{row + 10}"].value


def _persons_one_off() -> list[list]:
    """Persons, Males and Females by age band and week, a block each under its name; Persons
    is one more than the others in week 3's last line."""
    males = [[56, 57, 64], [6, 7, 8], [120, 127, 109]]
    females = [[30, 31, 35], [3, 4, 5], [70, 66, 58]]
    persons = _summed(males, females)
    persons[2][2] += 1
    rows: list[list] = [
        ["Referrals by age and week"],
        [],
        ["Age band", "Week 1", "Week 2", "Week 3"],
    ]
    for name, block in (("Persons", persons), ("Males", males), ("Females", females)):
        rows += [[], [name]]
        rows += [
            [band, *line] for band, line in zip(["Under 25", "25-49", "50+"], block, strict=True)
        ]
    return rows


ETHNICITIES = {
    "Asian or Asian British": ["Pakistani", "Indian", "Any other background"],
    "Black or Black British": ["Caribbean", "African", "Any other Background"],
    "Mixed": ["White and Black Caribbean", "White and Asian"],
}


def sexes_by_ethnicity(seed: int = 17) -> list[list]:
    """The sexes one under the other under one header, each its total line then a group per
    ethnicity (its total, then its lines), a blank line apart; stray figures beyond the years
    on lines of their own, as MoJ left them."""
    rng = random.Random(seed)
    figures = {
        sex: {
            g: [[rng.randint(1, 900) for _ in YEARS] for _ in ls] for g, ls in ETHNICITIES.items()
        }
        for sex in SEXES[1:]
    }
    figures[SEXES[0]] = {
        g: _summed(figures["Males"][g], figures["Females"][g]) for g in ETHNICITIES
    }
    rows: list[list] = [["Table A1.9ii: Referrals by ethnicity and sex"], [], ["", *YEARS]]
    for sex in SEXES:
        groups = {g: (_column_sums(lines), lines) for g, lines in figures[sex].items()}
        rows += [[sex, *_column_sums([total for total, _ in groups.values()])], []]
        for group, (total, lines) in groups.items():
            rows.append([group, *total])
            rows += [[name, *line] for name, line in zip(ETHNICITIES[group], lines, strict=True)]
            stray = sex != SEXES[0] and group == "Asian or Asian British"
            rows.append([None] * (1 + len(YEARS)) + [3] if stray else [])
    return rows


def _column_sums(lines: list[list[int]]) -> list[int]:
    return [sum(col) for col in zip(*lines, strict=True)]


def test_sexes_by_ethnicity_add_up_beside_stray_figures(tmp_path):
    rows = sexes_by_ethnicity()
    output, _ = sanitised_beside(write_book(tmp_path / "ethnicity.xlsx", {"A1_9ii": rows}))
    lines = list(
        openpyxl.load_workbook(output, data_only=True)["A1_9ii"].iter_rows(values_only=True)
    )
    heads = [i for i, line in enumerate(lines) if line[0] in SEXES]
    for k in range(1, heads[1] - heads[0] - 1):  # the last blank line aside
        both, males, females = (lines[head + k] for head in heads)
        assert both[0] == males[0] == females[0]
        for j in range(1, 1 + len(YEARS)):
            if both[0] is not None:
                assert both[j] == males[j] + females[j], (both[0], j)


COMMITTALS = [
    "Wife maintenance",
    "Child maintenance",
    "Council tax",
    "Other debts",
    "Immigration detainees",
]


def uneven_sexes(off: int = 3, seed: int = 23) -> list[list]:
    """'Males and females', 'Males', 'Females' a blank line apart, each its total line, a
    section line, then its committals; the females have no wife maintenance; 'Males and
    females' is ``off`` more than the sexes in the second year's last line."""
    rng = random.Random(seed)
    males = {c: [rng.randint(0, 400) for _ in YEARS] for c in COMMITTALS}
    females = {c: [rng.randint(0, 60) for _ in YEARS] for c in COMMITTALS[1:]}
    both = {
        c: [m + f for m, f in zip(males[c], females.get(c, [0] * 3), strict=True)] for c in males
    }
    both[COMMITTALS[-1]][1] += off
    rows: list[list] = [["Table A1.18: Referrals of non-criminal prisoners"], [], ["", *YEARS]]
    for sex, lines in zip(SEXES, (both, males, females), strict=True):
        rows += [[], [sex, *_column_sums(list(lines.values()))], ["Committed for non-payment of:"]]
        rows += [[committal, *line] for committal, line in lines.items()]
    return rows


def test_uneven_sexes_out_in_one_year_add_up_in_the_others(tmp_path):
    output, _ = sanitised_beside(write_book(tmp_path / "civil.xlsx", {"A1_18": uneven_sexes()}))
    lines = list(
        openpyxl.load_workbook(output, data_only=True)["A1_18"].iter_rows(values_only=True)
    )
    starts = [i for i, line in enumerate(lines) if line[0] in SEXES] + [len(lines)]
    both, males, females = ({ln[0]: ln for ln in lines[a:b]} for a, b in pairwise(starts))
    for committal in COMMITTALS:
        for j in (1, 3):  # the first and last years; the second is out at its last line
            girls = females[committal][j] if committal in females else 0
            assert both[committal][j] == males[committal][j] + girls, (committal, j)
    assert [both[COMMITTALS[0]][j] for j in (1, 2, 3)] == [
        males[COMMITTALS[0]][j] for j in (1, 2, 3)
    ]


PRISONS = {
    "Males": ["Acklington", "Albany", "Altcourse"],
    "Females": ["Askham Grange", "Bronzefield", "Downview"],
    "Immigration removal centres": ["Dover IRC", "Haslar IRC"],
}


def prisons_with_all_establishments(off: int = 5, seed: int = 29) -> list[list]:
    """A block per kind of prison, each ending in its typed total, then 'All establishments'
    over the three totals, ``off`` more than them in the second year."""
    rng = random.Random(seed)
    rows: list[list] = [["Table A1.13: Referrals by establishment"], [], ["Establishment", *YEARS]]
    totals = []
    for kind, names in PRISONS.items():
        lines = [[rng.randint(50, 900) for _ in YEARS] for _ in names]
        totals.append(_column_sums(lines))
        rows += [[], [kind]] + [[name, *line] for name, line in zip(names, lines, strict=True)]
        rows += [[], [f"Total {kind}", *totals[-1]]]
    every = _column_sums(totals)
    every[1] += off
    return [*rows, [], ["All establishments", *every]]


def test_all_establishments_out_in_one_year_adds_up_the_totals_in_the_others(tmp_path):
    rows = prisons_with_all_establishments()
    output, _ = sanitised_beside(write_book(tmp_path / "prisons.xlsx", {"A1_13": rows}))
    formulas = openpyxl.load_workbook(output)["A1_13"]
    values = openpyxl.load_workbook(output, data_only=True)["A1_13"]
    labels = {formulas.cell(r, 1).value: r for r in range(1, formulas.max_row + 1)}
    every, totals = labels["All establishments"], [labels[f"Total {k}"] for k in PRISONS]
    for col in "BD":
        assert values[f"{col}{every}"].value == sum(values[f"{col}{r}"].value for r in totals)
        assert str(formulas[f"{col}{every}"].value).startswith("=SUM(")
    assert isinstance(formulas[f"C{every}"].value, int)  # the year it is out: a count


def quarter_with_year_to_date(total_first: bool = False, seed: int = 5) -> list[list]:
    """Months, a 'Quarter total' and a 'Year to date' typed by payment group in the first
    quarter, where the year to date is the quarter; the quarter first when ``total_first``."""
    rng = random.Random(seed)
    months = ["Apr", "May", "Jun"]
    head = ["Quarter total", *months] if total_first else [*months, "Quarter total"]
    rows: list[list] = [["Referrals by payment group, quarter 1"], [], ["Payment group", *head]]
    rows[-1].append("Year to date")
    for group in ("JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"):
        figures = [rng.randint(10, 300) for _ in months]
        line = [sum(figures), *figures] if total_first else [*figures, sum(figures)]
        rows.append([group, *line, sum(figures)])
    return [*rows, ["Total", *(sum(r[k] for r in rows[3:]) for k in range(1, 6))]]


@pytest.mark.parametrize("total_first", [False, True])
def test_a_year_to_date_copying_the_quarter_shows_the_quarter(tmp_path, total_first):
    rows = quarter_with_year_to_date(total_first)
    output, _ = sanitised_beside(write_book(tmp_path / "quarter.xlsx", {"Referrals": rows}))
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    quarter = "B" if total_first else "E"
    for row in range(6, 10):
        months = [values[f"{c}{row}"].value for c in ("CDE" if total_first else "BCD")]
        assert values[f"{quarter}{row}"].value == sum(months)
        assert values[f"F{row}"].value == sum(months), row  # the year to date: the quarter


def regions_over_district_totals(seed: int = 9) -> list[list]:
    """Each region's line, named by the region alone, heads its block; under it each
    district's offices and then the district's total; 'All regions' at the foot."""
    rng = random.Random(seed)
    rows: list[list] = [["Referrals by region, district and office"], [], ["Area", *YEARS]]
    regions = []
    for region in ("North", "South"):
        block, districts = [], []
        for d in (1, 2):
            offices = [[rng.randint(5, 300) for _ in YEARS] for _ in range(2)]
            districts.append(_column_sums(offices))
            block += [[f"{region} office {d}{k}", *o] for k, o in enumerate(offices, start=1)]
            block.append([f"{region} district {d} total", *districts[-1]])
        regions.append(_column_sums(districts))
        rows += [[region, *regions[-1]], *block]
    return [*rows, ["All regions", *_column_sums(regions)]]


def test_a_region_named_alone_over_its_district_totals_is_their_sum(tmp_path):
    rows = regions_over_district_totals()
    output, _ = sanitised_beside(write_book(tmp_path / "regions.xlsx", {"Referrals": rows}))
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    lines = {line[0]: line[1:4] for line in values.iter_rows(values_only=True) if line[0]}
    formulas = openpyxl.load_workbook(output)["Referrals"]
    written = {line[0]: line[1:4] for line in formulas.iter_rows(values_only=True) if line[0]}
    assert all(str(f).startswith("=SUM(") for r in ("North", "South") for f in written[r])
    for region in ("North", "South"):
        districts = [lines[f"{region} district {d} total"] for d in (1, 2)]
        assert list(lines[region]) == [a + b for a, b in zip(*districts, strict=True)], region
    assert list(lines["All regions"]) == [
        a + b for a, b in zip(lines["North"], lines["South"], strict=True)
    ]
