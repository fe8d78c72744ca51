"""What running the real MoJ prison population workbook again found (session 28).

With the policy its source asks for (``source_totals = "rebuild"``: MoJ apportions and perturbs
its figures), the whole workbook was refused by the proof, in two tables whose shapes the
corpus's copies of them (``test_hunted_s15_nested``) did not hold:

- **A table per sex of offences in detail (A1.5ii), a group one sex lacks a line of.** Each sex
  has a table of its own, cut by blank lines into groups of offences, each opening with its
  total. 'Females' has no 'Buggery and indecency between males', so its 'Sexual offences' group
  is one line shorter than the others, and the groups alike line by line
  (``headed_blocks``) left it out; 'Other offences' names both a group and its last line, so
  the tables were not read by their lines' labels either (``stacked_totals`` reads blocks whose
  labels come once each). The 'Males and females' lines of that group (Rape, Other sexual
  offences) were rounded on their own, beside the sexes' lines that add up to something else,
  and the proof refused the copy. The groups of the tables are now read by their lines'
  labels too: each 'Males and females' line adds up the lines of its label in the other
  tables, the one line 'Males' alone has adds up that line alone.
- **Sexes by ethnicity with two lines no group holds (A1.9ii).** Under one header, each sex's
  line, a blank line, the groups of ethnicities (each its total, then its lines), and at the end
  two lines of their own, 'Unrecorded' and 'Not stated'. The sex's line adds up the groups'
  totals and those two lines. The reading of a line heading the totals under it
  (``named_heads``) stopped at the blank line under the head, so it read no totals at all, and
  the sex's line was rounded on its own; the proof, which reads only lines holding figures,
  refused the copy. A blank line is now passed over, as the proof passes it.
- **The sexes' own lines over those two lines (WRONG, and verified).** 'Males' (and 'Females')
  adds up its groups' totals and 'Unrecorded' and 'Not stated', lines no total holds. Both
  readings stopped at a group's first line, under its total rather than over it, so 'Males'
  was rounded on its own, the rounded original total beside groups adding up to another, and
  the proof passed it. Both now pass over a line a total above it adds up, and a head may add
  up, besides the totals, as few of the lines of counts after them as make its figure (up to
  three; in the plan, the reading where most columns add up: MoJ's females 'Not stated' are
  0 in two years, where the head adds up without them too).
- **Blocks a little off their sum, with the policy's default (refuse).** MoJ's table by custody
  type alone (A1.1): its 15-17 year olds are shifted a line in two years, so 'Males and
  Females' is a few off the sexes' sum in most of that block's lines. Such a column was read
  as counts, the lines of it that add up rounded on their own, and the proof refused the copy
  saying to report it to wpxl's maintainers; where fewer lines add up exactly, the lines off
  were rounded on their own and the copy passed (260 over sexes showing 240). The policy
  refuses the source's totals that do not add up: the refusal now names the first line off
  and says to set ``source_totals = "rebuild"``, which rebuilds them, as before.
- **ONS's table 16 on its own.** A workbook of one sheet named '16', holding an outcome volume
  of 16: the name was kept (a number below 100 names a place), and the proof refused the
  copy, the name quoting an outcome figure. A sheet named by a number alone, outside a run of
  such names numbering the sheets ('1' to '26', as ONS names them), is now shown by its place
  ('Sheet 1') where a cell holds that number, as a monthly tab named '201304' is.
- **Generated MoJ-like sexes** (one under another or a table each, groups with their totals
  over or under their lines, groups of one line, lines no group holds, a sex lacking a line,
  'Persons' first or last): a line alone between blank lines ('Robbery') was rounded beside
  the sexes' lines it adds up, refused; a sex over one group's total and lines alone, and
  'Persons' after the sexes, were rounded on their own and passed the proof (both readings
  of a head asked two totals in a run under it). See the tests at the end of this module.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment
from typer.testing import CliRunner

import wpxl.analyse
from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, misread_findings
from wpxl.analyse import headed_blocks, named_heads
from wpxl.cli import app
from wpxl.errors import VerificationError
from wpxl.model.sheetref import a1
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.read import sheetnames
from wpxl.sanitise import Job, sanitise_file
from wpxl.verify.named_heads import HEAD_ALONE

YEARS = ["2019", "2020", "2021"]
SEXES = ("Males and females", "Males", "Females")
OFFENCES = {  # MoJ's groups: a group of one line is that line alone
    "Violence against the person": ["Murder", "Manslaughter", "Wounding", "Assaults"],
    "Sexual offences": ["Buggery and indecency between males", "Rape", "Other sexual offences"],
    "Robbery": [],
    "Burglary": [],
    "Theft and handling": ["Taking and driving away", "Other thefts", "Handling stolen goods"],
    "Other offences": ["Arson", "Criminal damage", "Blackmail", "Other offences"],
    "Offence not recorded": [],
}
MALES_ONLY = "Buggery and indecency between males"
UNSHOWN = {"Males and females": [9, 4, 6], "Males": [7, 3, 5], "Females": [2, 1, 1]}


def _sums(lines: list[list[int]]) -> list[int]:
    return [sum(col) for col in zip(*lines, strict=True)]


def tables_by_sex_with_a_line_one_sex_lacks(seed: int = 7) -> list[list]:
    """A table per sex as MoJ sets them: the years over each, a blank line, the sex's line, a
    blank line, then each group's line, a blank line and its lines, a blank line after;
    a note under each table. The females lack one line of a group."""
    rng = random.Random(seed)
    lines: dict[str, dict[str, list[int]]] = {}
    for sex in SEXES[1:]:
        lines[sex] = {
            line: [rng.randint(1, 900) for _ in YEARS]
            for group, names in OFFENCES.items()
            for line in names or [group]
            if not (sex == "Females" and line == MALES_ONLY)
        }
    lines[SEXES[0]] = {
        line: [m + f for m, f in zip(male, lines["Females"].get(line, [0] * 3), strict=True)]
        for line, male in lines["Males"].items()
    }
    rows: list[list] = [["Table A1.5ii: Referrals by offence and sex"], []]
    for sex in SEXES:
        every = [a + b for a, b in zip(_sums(list(lines[sex].values())), UNSHOWN[sex], strict=True)]
        rows += [["", *YEARS], [], [sex, *every], []]
        for group, names in OFFENCES.items():
            shown = [(name, lines[sex][name]) for name in names if name in lines[sex]]
            if not names:
                rows += [[group, *lines[sex][group]], []]
                continue
            rows += [[group, *_sums([figures for _, figures in shown])], []]
            rows += [[name, *figures] for name, figures in shown]
            rows.append([])
        rows += [["(1) Figures include recallees."], []]
    return rows


def _shown(path: Path, sheet: str) -> tuple[list[list], openpyxl.worksheet.worksheet.Worksheet]:
    """The copy's lines as a reader sees them (formulas' cached values), and its formulas."""
    output, _ = sanitised_beside(path)
    shown = openpyxl.load_workbook(output, data_only=True)[sheet]
    return [list(line) for line in shown.iter_rows(values_only=True)], openpyxl.load_workbook(
        output
    )[sheet]


def test_each_line_of_a_group_one_sex_lacks_a_line_of_adds_up_the_sexes(tmp_path):
    path = write_book(
        tmp_path / "detail.xlsx", {"A1_5ii": tables_by_sex_with_a_line_one_sex_lacks()}
    )
    lines, _ = _shown(path, "A1_5ii")
    starts = [i for i, line in enumerate(lines) if line[0] in SEXES]
    blocks = [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    by_label = [{line[0]: line[1:4] for line in block if line[0]} for block in blocks]
    both, males, females = by_label
    for label in OFFENCES["Sexual offences"] + OFFENCES["Other offences"][:2]:
        rest = females.get(label, [0, 0, 0])
        assert both[label] == [m + f for m, f in zip(males[label], rest, strict=True)], label
    assert all(value % 20 == 0 for value in both[MALES_ONLY])


def test_the_proof_alone_refuses_the_group_one_sex_lacks_a_line_of_rounded(tmp_path, monkeypatch):
    monkeypatch.setattr(headed_blocks, "total_by_labels", lambda *args: None)
    monkeypatch.setattr(wpxl.analyse, "total_alike_lines", lambda *args: None)  # reads them too
    rows = tables_by_sex_with_a_line_one_sex_lacks()
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="rounded on its own"):
        sanitise_file(write_book(tmp_path / "detail.xlsx", {"A1_5ii": rows}), job)


ETHNICITIES = {  # MoJ's groups and lines, as it writes them
    "Asian or Asian British": [
        "Pakistani", "Indian", "Bangladeshi", "Chinese", "Any other background",
    ],
    "Black or Black British": ["Caribbean", "African", "Any other Background"],
    "Mixed": [
        "White and Black Caribbean", "White and Black African", "White and Asian",
        "Any other background",
    ],
    "Other": ["Arab", "Any other background"],
    "White": ["British", "Irish Traveller or Gypsy", "Irish", "Any other background"],
}  # fmt: skip
UNGROUPED = ["Unrecorded", "Not stated"]
OFF = 19  # 'Females' in the second year, less than its lines (MoJ's 3,751 under 3,770)
FIVE_YEARS = ["2018", "2019", "2020", "2021", "2022"]
FEW_NOT_STATED = [1, 1, 0, 0, 2]  # MoJ's females not stated: 0 in two years
NAMES = [(g, n) for g, names in ETHNICITIES.items() for n in names] + [(None, n) for n in UNGROUPED]


def sexes_by_ethnicity_with_ungrouped_lines(seed: int = 19) -> list[list]:
    """Under one header, as MoJ sets them: each sex's line, a blank line, the groups (each its
    total, a blank line, its lines, a blank line), then two lines no group holds, and two
    blank lines before the next sex; 'Males and females' adds up the sexes line by line."""
    rng = random.Random(seed)
    lines = {sex: [[rng.randint(1, 900) for _ in FIVE_YEARS] for _ in NAMES] for sex in SEXES[1:]}
    lines["Females"][-1] = FEW_NOT_STATED
    lines[SEXES[0]] = [_sums(pair) for pair in zip(lines["Males"], lines["Females"], strict=True)]
    rows: list[list] = [["Table A1.9ii: Referrals by ethnicity and sex"], [], ["", *FIVE_YEARS]]
    for sex in SEXES:
        figures = dict(zip(NAMES, lines[sex], strict=True))
        totals = {g: _sums([figures[(g, n)] for n in names]) for g, names in ETHNICITIES.items()}
        alone = [figures[(None, name)] for name in UNGROUPED]
        every = _sums([*totals.values(), *alone])
        every[1] -= OFF if sex == "Females" else 0  # the source's slip: it adds up no lines
        rows += [[sex, *every], []]
        for group, names in ETHNICITIES.items():
            rows += [[group, *totals[group]], [], *([n, *figures[(group, n)]] for n in names), []]
        rows += [[name, *figures] for name, figures in zip(UNGROUPED, alone, strict=True)]
        rows += [[], []]
    return rows


def _ethnicity_book(path: Path) -> Path:
    """The sheet written with each group's lines set in, as MoJ sets them (the groups, the
    sexes and the lines no group holds are not)."""
    write_book(path, {"A1_9ii": sexes_by_ethnicity_with_ungrouped_lines()})
    book = openpyxl.load_workbook(path)
    lines = {name for names in ETHNICITIES.values() for name in names}
    for (cell,) in book["A1_9ii"].iter_rows(max_col=1):
        if cell.value in lines:
            cell.alignment = Alignment(indent=2)
    book.save(path)
    return path


def test_a_sex_a_blank_line_over_its_groups_adds_up_their_totals_and_the_ungrouped(tmp_path):
    path = _ethnicity_book(tmp_path / "ethnicity.xlsx")
    lines, formulas = _shown(path, "A1_9ii")
    starts = [i for i, line in enumerate(lines) if line[0] in SEXES]
    for at, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        sex = lines[at][0]
        parts = [ln for ln in lines[at + 1 : end] if ln[0] in ETHNICITIES or ln[0] in UNGROUPED]
        assert len(parts) == len(ETHNICITIES) + len(UNGROUPED)
        for j in range(1, 1 + len(FIVE_YEARS)):
            if sex == "Females" and j == 2:  # the source's slip: a count, rounded alone
                assert not str(formulas.cell(at + 1, j + 1).value).startswith("=")
                continue
            assert str(formulas.cell(at + 1, j + 1).value).startswith("=SUM(")
            assert lines[at][j] == sum(line[j] for line in parts), (sex, j)


def test_the_proof_alone_refuses_a_sex_over_a_blank_line_rounded_on_its_own(tmp_path, monkeypatch):
    monkeypatch.setattr(named_heads, "empty", lambda cell: False)  # the blank line stops it
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="heading the totals under it"):
        sanitise_file(_ethnicity_book(tmp_path / "ethnicity.xlsx"), job)


def test_the_proof_alone_refuses_a_sex_over_its_ungrouped_lines_rounded_on_its_own(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(named_heads, "ITEMS", len(ETHNICITIES))  # the groups' totals alone
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="heading the totals under it"):
        sanitise_file(_ethnicity_book(tmp_path / "ethnicity.xlsx"), job)


BANDS = ["Under 18", "18-24", "25-34", "35-49", "50-64", "65+"]


def persons_a_little_off_in_one_week(seed: int = 29) -> list[list]:
    """Persons, Males and Females by age band and week, a block each under its name; in week
    3, Persons is a few more than the others in two lines (MoJ's 15-17 year olds, shifted a
    line in two years, are so near their sum)."""
    rng = random.Random(seed)
    males = [[rng.randint(40, 400) for _ in range(3)] for _ in BANDS]
    females = [[rng.randint(10, 90) for _ in range(3)] for _ in BANDS]
    persons = [_sums(pair) for pair in zip(males, females, strict=True)]
    persons[1][2] += 3
    persons[4][2] += 2
    rows: list[list] = [
        ["Referrals by age and week"],
        [],
        ["Age band", "Week 1", "Week 2", "Week 3"],
    ]
    for name, block in (("Persons", persons), ("Males", males), ("Females", females)):
        rows += [[], [name], *([band, *line] for band, line in zip(BANDS, block, strict=True))]
    return rows


def test_blocks_a_little_off_their_sum_in_places_are_refused_with_what_to_set(tmp_path):
    """Where the policy refuses the source's totals that do not add up, the lines a little off
    were rounded on their own (260 over parts showing 240) and the copy passed its proof; the
    refusal now names the first line off and the policy's setting that rebuilds them."""
    path = write_book(tmp_path / "persons.xlsx", {"Referrals": persons_a_little_off_in_one_week()})
    result = CliRunner().invoke(app, ["sanitise", str(path), "--out-dir", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "cell D7 (and 1 more total of this table): this total is more than" in result.stderr
    assert 'source_totals = "rebuild"' in result.stderr
    assert not (tmp_path / "out" / "persons-sanitised.xlsx").exists()


def test_blocks_a_little_off_their_sum_in_places_are_rebuilt_where_the_policy_says(tmp_path):
    path = write_book(tmp_path / "persons.xlsx", {"Referrals": persons_a_little_off_in_one_week()})
    policy = tmp_path / "wpxl.toml"
    policy.write_text('source_totals = "rebuild"\n')
    output, _ = sanitised_beside(path, policy)
    formulas = openpyxl.load_workbook(output)["Referrals"]
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    for row in range(8, 8 + len(BANDS)):  # Persons' lines in the copy
        assert str(formulas[f"D{row}"].value).startswith("=SUM("), row
        assert values[f"D{row}"].value == (
            values[f"D{row + len(BANDS) + 2}"].value + values[f"D{row + 2 * len(BANDS) + 4}"].value
        )


def _numbered_tab(tmp_path: Path, names: list[str], outcomes: bool = True) -> Path:
    """Sheets named by number, each a small table of referrals (and job outcomes), one 16."""
    tmp_path.mkdir(exist_ok=True)
    measure = "Job outcomes" if outcomes else "Job starts"
    rows = [
        [f"Referrals and {measure.lower()} by area"],
        [],
        ["Area", "Referrals", measure],
        ["Leeds", 311, 16],
        ["Bradford", 244, 27],
    ]
    return write_book(tmp_path / "tables.xlsx", {name: rows for name in names})


def test_a_sheet_named_by_a_number_a_cell_holds_is_shown_by_its_place(tmp_path):
    """ONS's table 16 on its own: a sheet named '16' holding an outcome volume of 16 is shown
    as 'Sheet 1', as any name quoting a figure is (the proof refused the copy); sheets numbered
    in a run ('14', '15', '16') keep their names, whatever their cells hold."""
    output, _ = sanitised_beside(_numbered_tab(tmp_path, ["16"]))
    assert openpyxl.load_workbook(output).sheetnames[1] == "Sheet 1"
    output, _ = sanitised_beside(_numbered_tab(tmp_path / "run", ["14", "15", "16"], False))
    assert openpyxl.load_workbook(output).sheetnames[1:4] == ["14", "15", "16"]


def test_the_proof_alone_refuses_a_sheet_named_by_a_number_a_cell_holds(tmp_path, monkeypatch):
    monkeypatch.setattr(sheetnames, "bare_numbers", lambda names: set())
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="sheet name that quotes a figure"):
        sanitise_file(_numbered_tab(tmp_path, ["16"]), job)


SEXUAL = ["Buggery", "Rape", "Gross indecency", "Other sexual offences"]
ALONE_LINES = ["Offence not recorded", "Unrecorded"]


def sexes_under_one_header(seed: int = 21, persons_last: bool = False) -> list[list]:
    """Persons, Males and Females under one header (Persons first or last), each its line,
    then one group with its total over its lines (the females lack one), 'Robbery' alone
    between blank lines, and two lines no group holds; Persons adds up the sexes line by
    line."""
    rng = random.Random(seed)
    lines = {
        sex: {
            n: [rng.randint(0, 900) for _ in FIVE_YEARS] for n in [*SEXUAL, "Robbery", *ALONE_LINES]
        }
        for sex in ("Males", "Females")
    }
    del lines["Females"]["Buggery"]
    lines["Persons"] = {
        n: [m + f for m, f in zip(v, lines["Females"].get(n, [0] * 5), strict=True)]
        for n, v in lines["Males"].items()
    }
    rows: list[list] = [["Table A1: Referrals by offence and sex"], [], ["", *FIVE_YEARS]]
    for sex in ("Males", "Females", "Persons") if persons_last else ("Persons", "Males", "Females"):
        own = lines[sex]
        group = _sums([own[n] for n in SEXUAL if n in own])
        every = _sums([group, own["Robbery"], *(own[n] for n in ALONE_LINES)])
        rows += [[sex, *every], ["Sexual offences", *group]]
        rows += [[n, *own[n]] for n in SEXUAL if n in own]
        rows += [[], ["Robbery", *own["Robbery"]], [], *([n, *own[n]] for n in ALONE_LINES)]
        rows += [[], []]
    return rows


def test_sexes_under_one_header_add_up_their_groups_lines_alone_and_each_other(tmp_path):
    """Generated MoJ-like layouts (sexes one under another, single-line groups between blank
    lines, lines no group holds) found two more classes: 'Robbery' of Persons, a line alone,
    was rounded on its own beside the sexes' (the blocks' readings compare runs of two lines
    or more), refused by the proof; and each sex's line over one group's total, 'Robbery' and
    the lines no group holds was rounded on its own and passed the proof (7,980 over lines
    showing 8,020: both readings of a head asked two totals). A line that is the sum of the
    other lines named as it is is now their total (analyse/alike_lines), and a head adds up
    a total among any of the lines under it (two columns must agree in the proof where only
    one formula is among them)."""
    path = write_book(tmp_path / "sexes.xlsx", {"A1": sexes_under_one_header()})
    lines, formulas = _shown(path, "A1")
    starts = {
        line[0]: i for i, line in enumerate(lines) if line[0] in ("Persons", "Males", "Females")
    }
    for sex, at in starts.items():
        block = lines[at : at + 12]
        named = {line[0]: line for line in block[1:] if line[0]}
        parts = [named[n] for n in ["Sexual offences", "Robbery", *ALONE_LINES]]
        for j in range(1, 6):
            assert str(formulas.cell(at + 1, j + 1).value).startswith("=SUM("), (sex, j)
            assert lines[at][j] == sum(p[j] for p in parts), (sex, j)
    robbery = [next(ln for ln in lines[at:] if ln[0] == "Robbery") for at in starts.values()]
    assert all(robbery[0][j] == robbery[1][j] + robbery[2][j] for j in range(1, 6))


def test_the_proof_alone_refuses_a_line_alone_rounded_beside_the_lines_it_adds_up(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(wpxl.analyse, "total_alike_lines", lambda *args: None)
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    path = write_book(tmp_path / "sexes.xlsx", {"A1": sexes_under_one_header()})
    with pytest.raises(VerificationError, match="lines named as it is"):
        sanitise_file(path, job)


def test_the_proof_alone_refuses_a_sex_over_one_total_and_lines_alone_rounded(tmp_path):
    """The copy as the plan would make it if it read 'Males' as a count: its line rounded on
    its own in every year, where it is the sum of one group's total, 'Robbery' and the two
    lines no group holds."""
    rows = sexes_under_one_header()
    males = next(i for i, row in enumerate(rows) if row[:1] == ["Males"])
    alone = {(males, j): float((rows[males][j] + 10) // 20 * 20) for j in range(1, 6)}
    found = misread_findings(tmp_path, rows, alone, "rounded")
    shown = {
        (row, col)
        for row, col in alone
        if (rows[males][col] + 10) // 20 * 20 != _shown_sum(rows, males, col)
    }
    assert shown  # rounded on its own, it shows another figure than its parts' sum somewhere
    assert {f.kind for f in found} == {HEAD_ALONE}
    assert {f.part for f in found} >= {f"'Referrals' {a1(males + BANNER, col)}" for _, col in shown}


def _shown_sum(rows: list[list], head: int, col: int) -> int:
    """The sum of the rounded lines under a sex's line: its group's lines, 'Robbery' and the
    lines alone (each rounded, as the copy shows them)."""
    end = next(i for i in range(head + 1, len(rows)) if rows[i][:1] == ["Females"])
    lines = [r for r in rows[head + 2 : end] if r and r[0] and r[0] != "Sexual offences"]
    return sum((r[col] + 10) // 20 * 20 for r in lines)


def test_persons_after_the_sexes_adds_up_its_own_lines(tmp_path):
    """The same generated sexes with 'Persons' set after them, a sex lacking a line: its line
    was rounded on its own (17,680 over lines showing 17,660) and the copy passed its proof,
    both readings of a head stopping at its first line, a total of the sexes' lines above
    it. A total over lines above the head only is now among the lines a head adds up."""
    path = write_book(tmp_path / "sexes.xlsx", {"A1": sexes_under_one_header(persons_last=True)})
    lines, formulas = _shown(path, "A1")
    at = next(i for i, line in enumerate(lines) if line[0] == "Persons")
    named = {line[0]: line for line in lines[at + 1 : at + 12] if line[0]}
    parts = [named[n] for n in ["Sexual offences", "Robbery", *ALONE_LINES]]
    for j in range(1, 6):
        assert str(formulas.cell(at + 1, j + 1).value).startswith("=SUM("), j
        assert lines[at][j] == sum(p[j] for p in parts), j


def test_the_proof_alone_refuses_persons_after_the_sexes_rounded_on_its_own(tmp_path):
    rows = sexes_under_one_header(persons_last=True)
    persons = next(i for i, row in enumerate(rows) if row[:1] == ["Persons"])
    alone = {(persons, j): float((rows[persons][j] + 10) // 20 * 20) for j in range(1, 6)}
    found = misread_findings(tmp_path, rows, alone, "rounded")
    assert HEAD_ALONE in {f.kind for f in found}
