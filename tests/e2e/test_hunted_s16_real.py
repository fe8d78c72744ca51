"""What a hunt through the real published workbooks (MoJ, ONS, DWP) found (session 16).

ONS's live births by area (birth characteristics, table 1) opens with 'UNITED KINGDOM', the
sum of 'ENGLAND, WALES AND ELSEWHERE', 'SCOTLAND' and 'NORTHERN IRELAND', each a country over
its own areas. Scotland's council areas add up to a little less than Scotland (births whose
council area is not known): Scotland is no total of them, so the trees read it as a line and
its council areas as lines beside it, and the United Kingdom, over a run that is not one, was
rounded on its own, not the sum of the rounded countries (the proof did not see it). A line
followed by lines that add up to a little less than it (a group not shown) is read as one part
now when a line above adds it up with its fellows, and the United Kingdom is their sum.

MoJ's annual averages (A1.2) run down a column headed 'Year' from 1900 to 2021, two years
marked with a footnote ('2009(2)'). The marked years broke the run of numbered periods, so the
years before 1990 were rounded as counts (1946 -> 1940), and the proof, which asks only the
top of a label run (1900, a multiple of 20 already), passed it. A year written with a
footnote's marker numbers its line as the year does now, and the proof asks every year of a
column headed 'Year'.

MoJ's offences in detail (A1.5i) give each sex a table, 'Males and Females' the sexes' sum
line by line, but for one offence in 2019 that counts one more (3 against 1 and 1). The blocks
were read place by place only where every place added up, so in 2019 the lines no group reads
('Fraud offences', 'Offence not recorded', a line alone) were rounded on their own, and the copy
with rebuild was refused. A count a few off the sexes' sum is left a count now and the rest of
the year read (one such per 20 places that add up), and the proof refuses on its own a line
over the lines named as it is, rounded on its own (it passed a small table of this shape).

MoJ's indeterminate sentences by tariff (A1.14) give each kind of sentence (IPP, then Life) a
block of lengths over the same lengths in a block per stage of the tariff. Only the first
block found adding up others was read as their total: the Life lengths were rounded on their
own (the proof's new line check refused the copy). Each block adds up its own others now.

MoJ's 'Violence with injury' for women is the sum of its twelve offences in every year but
2022, where it is 9 over. An unnamed line had to add up in every column to be read as a total,
so it was a count, rounded on its own in every year, and the proof passed it (MoJ with
rebuild). A line a source's perturbation off in a few columns is read as a total now, and the
typed totals' judge rebuilds it (or, by default, refuses it, naming it).

With 2019 deleted from MoJ's A1.5i (an analyst's edit), 'Violence without injury' holds every
offence only in 2020 and 2021 (some are new, '-' before) and is 1 off them in 2022: two exact
columns against one off was too few, so it was a count, and the copy was refused. A line may
be a perturbation off in as many columns as it adds up in now.

ONS's England, Wales and elsewhere (and its joint and sole registrations, its births outside
marriage over them, the UK's over it) was removed as 'a total over a cell the source
suppressed': Scotland's '[x]' stands next to the last line it adds up, and a marker beside a
total's parts may be one the reading left out. A total that is exactly the sum of the figures
it lists, none a marker, hides nothing: it is rebuilt now, as a total beside dashes was.

(A wpxl.toml beside a test's workbook is not read, as wpxl reads the working folder's: these
tests pass the rebuilding policy with --policy.)
"""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

HEAD = ["Area code", "Area name", "Geography", "Referrals Total", "Male", "Female"]


def _areas(rng: random.Random, name: str, n: int, kind: str) -> list[list]:
    lines = []
    for i in range(n):
        male, female = rng.randint(300, 3000), rng.randint(300, 3000)
        lines.append([f"X{i:08d}", f"{name} area {i + 1}", kind, male + female, male, female])
    return lines


def _over(code: str, name: str, parts: list[list], unknown: int = 0) -> list:
    """A country's line: the sum of ``parts``, with ``unknown`` more (births whose area is not
    known) in each sex."""
    male = sum(p[4] for p in parts) + unknown
    female = sum(p[5] for p in parts) + unknown
    return [code, name, "Country", male + female, male, female]


def births_by_area(path: Path, seed: int = 3, unknown: int = 13) -> Path:
    return write_book(path, {"1": births_rows(seed, unknown)})


def births_rows(seed: int = 3, unknown: int = 13) -> list[list]:
    """ONS table 1's shape: the UK over England, Wales and elsewhere (itself over England and
    Wales, over England's regions and Wales, and those resident elsewhere), Scotland (its
    council areas and ``unknown`` more) and Northern Ireland (its districts), every line a
    country or area, the totals typed above their parts."""
    rng = random.Random(seed)
    north, west = _areas(rng, "North East", 3, "District"), _areas(rng, "North West", 4, "District")
    regions = [["E12000001", "NORTH EAST", "Region", *_over("", "", north)[3:]], *north,
               ["E12000002", "NORTH WEST", "Region", *_over("", "", west)[3:]], *west]  # fmt: skip
    england = _over("E92000001", "ENGLAND", [regions[0], regions[4]])
    wales_areas = _areas(rng, "Wales", 3, "Unitary Authority")
    wales = _over("W92000004", "WALES", wales_areas)
    both = _over("K04000001", "ENGLAND AND WALES", [england, wales])
    elsewhere = ["J99000001", "Usual residence outside England and Wales", "Country", 99, 53, 46]
    ewe = _over("K04000001, J99000001", "ENGLAND, WALES AND ELSEWHERE", [both, elsewhere])
    scots = _areas(rng, "Scotland", 4, "Council Area")
    scotland = _over("S92000003", "SCOTLAND", scots, unknown)
    irish = _areas(rng, "Northern Ireland", 3, "Local Government District")
    ireland = _over("N92000002", "NORTHERN IRELAND", irish)
    uk = _over("K02000001", "UNITED KINGDOM", [ewe, scotland, ireland])
    title = ["Referrals by area of usual residence, 2021"]
    countries = [*regions, wales, *wales_areas, elsewhere, scotland, *scots, ireland, *irish]
    return [title, [], HEAD, uk, ewe, both, england, *countries]


def _lines(output: Path) -> dict[str, list]:
    sheet = openpyxl.load_workbook(output, data_only=True)["1"]
    return {line[1]: list(line[3:6]) for line in sheet.iter_rows(values_only=True) if line[1]}


def _rebuild(tmp_path: Path) -> Path:
    """A policy file rebuilding the source's totals (as MoJ's and Stat-Xplore's need)."""
    policy = tmp_path / "rebuild.toml"
    policy.write_text('source_totals = "rebuild"\n', encoding="utf-8")
    return policy


def test_the_united_kingdom_is_the_sum_of_its_rounded_countries(tmp_path):
    output, _ = sanitised_beside(births_by_area(tmp_path / "births.xlsx"))
    lines = _lines(output)
    countries = ("ENGLAND, WALES AND ELSEWHERE", "SCOTLAND", "NORTHERN IRELAND")
    for j in range(3):
        assert lines["UNITED KINGDOM"][j] == sum(lines[c][j] for c in countries), j
    for name, line in lines.items():
        if name.startswith("Scotland area"):
            assert all(isinstance(v, int) and v % 20 == 0 for v in line), (name, line)


def annual_averages(marked: tuple[int, ...] = (2009, 2010), first: int = 1900) -> list[list]:
    """MoJ's A1.2: a year a line from ``first`` to 2021 down a column headed 'Year', the years
    ``marked`` with a footnote ('2009(2)'), the sexes and their total beside them."""
    rng = random.Random(12)
    rows: list[list] = [["Table A1.2: Referrals annual average by sex, 1900 to 2021"], []]
    rows.append(["Year", "Males", "Females", "Total"])
    for year in range(first, 2022):
        males, females = rng.randint(10000, 80000), rng.randint(900, 4000)
        rows.append([f"{year}(2)" if year in marked else year, males, females, males + females])
    return [*rows, [], ["(2) Figures from the new IT system."]]


def test_years_before_1990_marked_with_a_footnote_are_kept(tmp_path):
    output, _ = sanitised_beside(write_book(tmp_path / "a12.xlsx", {"A1_2": annual_averages()}))
    sheet = openpyxl.load_workbook(output, data_only=True)["A1_2"]
    years = [line[0] for line in sheet.iter_rows(min_row=6, max_row=127, values_only=True)]
    expected = [f"{y}(2)" if y in (2009, 2010) else y for y in range(1900, 2022)]
    assert years == expected


GROUPS = {"Violence against the person": ["Homicide", "Violence with injury", "Other violence"],
          "Fraud offences": [], "Summary non-motoring": ["Assault", "Harassment"],
          "Offence not recorded": []}  # fmt: skip
SEXES = ("Males and Females", "Males", "Females")


def offences_in_detail(years: int = 4, off: tuple[int, int] = (1, 2)) -> list[list]:
    """MoJ's A1.5i: a table per sex under its own years, each its total line, then groups of
    offences a blank line apart, each its total over its offences, 'Fraud offences' and
    'Offence not recorded' a line alone. 'Males and Females' is the sum of the sexes line by
    line, but for the offence ``off`` (its index among the offences, the year) where it counts
    one more, as MoJ's does: its group's line and its total add up its own lines."""
    rng = random.Random(5)
    leaves = [(g, o) for g, subs in GROUPS.items() for o in (subs or [g])]
    figures = {
        sex: {leaf: [rng.randint(1, 45) * 20 + 10 for _ in range(years)] for leaf in leaves}
        for sex in SEXES[1:]
    }  # fmt: skip  (each 10 over a multiple: rounding parts apart shows)
    both = {leaf: [m + f for m, f in zip(figures["Males"][leaf], figures["Females"][leaf],
                                         strict=True)] for leaf in leaves}  # fmt: skip
    both[leaves[off[0]]][off[1]] += 1
    figures["Males and Females"] = both
    rows: list[list] = [["Table A1.5i: Referrals by offence"], []]
    for sex in SEXES:
        rows += [["", *[str(2019 + y) for y in range(years)]], []]
        lines = figures[sex]
        rows += [[sex, *[sum(v[y] for v in lines.values()) for y in range(years)]], []]
        for group, subs in GROUPS.items():
            mine = [lines[(group, o)] for o in (subs or [group])]
            rows.append([group, *[sum(v[y] for v in mine) for y in range(years)]])
            rows += [[o, *lines[(group, o)]] for o in subs]
            rows.append([])
    return rows


def test_sexes_added_up_line_by_line_beside_a_count_one_off(tmp_path):
    book = write_book(tmp_path / "a15.xlsx", {"A1_5i": offences_in_detail()})
    output, _ = sanitised_beside(book, _rebuild(tmp_path))
    lines = list(
        openpyxl.load_workbook(output, data_only=True)["A1_5i"].iter_rows(values_only=True)
    )
    at = {sex: next(i for i, line in enumerate(lines) if line[0] == sex) for sex in SEXES}
    for name in ("Fraud offences", "Offence not recorded"):
        row = {sex: next(line for line in lines[at[sex] :] if line[0] == name) for sex in SEXES}
        for y in range(1, 5):
            assert row["Males and Females"][y] == row["Males"][y] + row["Females"][y], (name, y)


KINDS = {"Indeterminate Sentence for Public Protection": ["Less than 2 years", "2 to 4 years",
         "Greater than 4 years"],
         "Life (all variations)": ["Less than or equal to 10 years", "10 to 20 years",
         "Greater than 20 years", "Whole life"]}  # fmt: skip
STAGES = ("Tariff expiry date not passed", "Tariff expiry date passed")
UNKNOWN = ("Tariff expiry date and length not available", "Tariff length not available",
           "Tariff expiry date not available")  # fmt: skip


def sentences_by_length(years: int = 4) -> list[list]:
    """MoJ's A1.14: for each kind of sentence a block of its lengths, each the sum of the same
    length in the blocks after it, one per stage of the tariff (removed as money: lines no
    longer under their totals), the kinds one after the other under one header, after a block
    of each kind's line and their sum. Every figure is 10 over a multiple of 20."""
    rng = random.Random(14)
    rows: list[list] = [["Table A1.14: Referrals by sentence length"], []]
    rows += [["", *[str(2019 + y) for y in range(years)]], []]
    summary = len(rows)  # 'All sentences' over the kinds, filled in below
    rows += [["All sentences"], *[[kind] for kind in KINDS], [], []]
    for kind, lengths in KINDS.items():
        stages = {s: {n: [rng.randint(1, 40) * 20 + 10 for _ in range(years)] for n in lengths}
                  for s in STAGES}  # fmt: skip
        every = {n: [sum(stages[s][n][y] for s in STAGES) for y in range(years)] for n in lengths}
        unknown = [rng.randint(1, 9) for _ in range(years)]  # no tariff expiry date known
        every[UNKNOWN[0]] = unknown
        for stage in STAGES:
            stages[stage][UNKNOWN[1]] = [0] * years
        for head, lines in ((kind, every), *stages.items()):
            rows.append([head, *[sum(v[y] for v in lines.values()) for y in range(years)]])
            rows += [[n, *v] for n, v in lines.items()]
            rows.append([])
        rows += [[UNKNOWN[2], *unknown], []]
    kinds = [next(line for line in rows[summary + 3 :] if line[:1] == [kind]) for kind in KINDS]
    for at, kind in enumerate(kinds, start=summary + 1):
        rows[at] = list(kind)
    rows[summary] += [sum(kind[y] for kind in kinds) for y in range(1, years + 1)]
    return rows


def test_every_kind_adds_up_its_stages_line_by_line(tmp_path):
    output, _ = sanitised_beside(
        write_book(tmp_path / "a114.xlsx", {"A1_14": sentences_by_length()})
    )
    lines = list(
        openpyxl.load_workbook(output, data_only=True)["A1_14"].iter_rows(values_only=True)
    )
    for kind, lengths in KINDS.items():
        at = max(i for i, line in enumerate(lines) if line[0] == kind)  # the block, not the summary
        for k, name in enumerate(lengths):
            every = lines[at + 1 + k]
            stages = [lines[at + (1 + s) * (len(lengths) + 3) + 1 + k] for s in range(2)]
            assert every[0] == name == stages[0][0] == stages[1][0]
            for y in range(1, 5):
                assert every[y] == stages[0][y] + stages[1][y], (kind, name, y)


def offence_groups(off: int = 9, years: int = 4, dashed: int = 0) -> list[list]:
    """MoJ's female offences (A1.5i): groups a blank line apart, each its line over its
    offences, exact but in the last year, where the first group's line is ``off`` over (as
    MoJ's 'Violence with injury' for women in 2022); its last two offences new in the year
    ``dashed`` years on ('-' before, as MoJ's 'Modern slavery'). Every figure is 10 over a
    multiple of 20."""
    rng = random.Random(15)
    rows: list[list] = [["Table A1.5i: Referrals by offence"], []]
    rows += [["", *[str(2019 + y) for y in range(years)]], []]
    for group, size in (("Violence with injury", 6), ("Violence without injury", 4)):
        lines = [[rng.randint(0, 30) * 20 + 10 for _ in range(years)] for _ in range(size)]
        if group == "Violence with injury":
            for line in lines[-2:]:
                line[:dashed] = ["-"] * dashed
        head = [sum(v for line in lines if (v := line[y]) != "-") for y in range(years)]
        if group == "Violence with injury":
            head[-1] += off
        rows += [[group, *head], *[[f"{group}, offence {k + 1}", *v] for k, v in enumerate(lines)]]
        rows.append([])
    return rows


def test_a_group_line_a_few_over_its_offences_in_one_year_is_rebuilt(tmp_path):
    book = write_book(tmp_path / "a15.xlsx", {"A1_5i": offence_groups()})
    output, _ = sanitised_beside(book, _rebuild(tmp_path))
    lines = list(
        openpyxl.load_workbook(output, data_only=True)["A1_5i"].iter_rows(values_only=True)
    )
    for group, size in (("Violence with injury", 6), ("Violence without injury", 4)):
        at = next(i for i, line in enumerate(lines) if line[0] == group)
        for y in range(1, 5):
            assert lines[at][y] == sum(lines[at + 1 + k][y] for k in range(size)), (group, y)


def test_a_group_line_a_year_off_beside_years_before_its_offences_is_rebuilt(tmp_path):
    """MoJ's A1.5i with 2019 deleted: 'Violence without injury' holds every offence in 2020
    and 2021 alone (some are new, '-' before), and is 1 off them in 2022."""
    book = write_book(tmp_path / "a15.xlsx", {"A1_5i": offence_groups(1, 5, dashed=2)})
    output, _ = sanitised_beside(book, _rebuild(tmp_path))
    lines = list(
        openpyxl.load_workbook(output, data_only=True)["A1_5i"].iter_rows(values_only=True)
    )
    at = next(i for i, line in enumerate(lines) if line[0] == "Violence with injury")
    for y in range(3, 6):
        assert lines[at][y] == sum(lines[at + 1 + k][y] for k in range(6)), y


def test_a_total_beside_another_countrys_marker_is_rebuilt_not_removed(tmp_path):
    """ONS's joint and sole registrations are '[x]' (not available) for Scotland, its council
    areas and the UK. England, Wales and elsewhere adds up England and Wales and those
    resident elsewhere exactly; Scotland's '[x]' stands next to the last of them, which read as
    a total over a suppressed cell: removed, with that reason on the cover."""
    rows = births_rows()
    rows[2] = [*HEAD, "Sole registrations"]
    scottish = {"SCOTLAND", "UNITED KINGDOM"}
    for line in rows[3:]:
        mark = line[1] in scottish or line[1].startswith("Scotland area")
        line.append("[x]" if mark else line[4])  # the male column's figures: they add up alike
    output, _ = sanitised_beside(write_book(tmp_path / "births.xlsx", {"1": rows}))
    sheet = openpyxl.load_workbook(output, data_only=True)["1"]
    sole = {line[1]: line[6] for line in sheet.iter_rows(values_only=True) if line[1]}
    parts = ("ENGLAND AND WALES", "Usual residence outside England and Wales")
    assert sole["ENGLAND, WALES AND ELSEWHERE"] == sum(sole[p] for p in parts)
    assert sole["SCOTLAND"] == sole["UNITED KINGDOM"] == "[x]"
