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
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from wpxl.analyse import headed_blocks, named_heads
from wpxl.errors import VerificationError
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file

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
    monkeypatch.setattr(named_heads, "TAIL", 0)  # the groups' totals alone: 'Males' adds none
    job = Job(Policy(), Audience(produced=dt.date(2026, 12, 4)), out_dir=tmp_path / "out")
    with pytest.raises(VerificationError, match="heading the totals under it"):
        sanitise_file(_ethnicity_book(tmp_path / "ethnicity.xlsx"), job)
