"""MoJ's A1.1 under ``source_totals = "rebuild"`` (session 20): 'Males and Females' over 'Males'
and 'Females', line by line, in every year but one whose source shifted the sentence lines by
a line. The blocks' reading declines that year's column as a whole (more lines off than adding
up), so its 'Untried' and 'Convicted unsentenced', exactly the sum of the sexes' lines, were
rounded on their own beside the next year's SUMs of the sexes; the proof refused the copy (a
total rounded on its own beside totals of its shape), and the user was told to report it. Such
a line is now a total over the same parts as the total beside it (analyse/sibling_totals)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

LINES = ["Remand", "Untried", "Convicted unsentenced", "Sentenced", "Fine defaulter",
         "Short sentences", "Long sentences", "Recalls"]  # fmt: skip
MALES = [[353, 367, 371], [149, 99, 120], [317, 235, 260], [214, 164, 170], [739, 552, 600],
         [154, 131, 140]]  # fmt: skip
FEMALES = [[10, 4, 6], [2, 1, 3], [13, 18, 15], [5, 5, 7], [16, 10, 12], [7, 6, 8]]


def _block(leaves: list[list[int]]) -> list[list[int]]:
    """The block's total line, Remand over its two lines, Sentenced over its four."""

    def add(*lines: list[int]) -> list[int]:
        return [sum(v) for v in zip(*lines, strict=True)]

    remand, sentenced = add(*leaves[:2]), add(*leaves[2:])
    return [add(remand, sentenced), remand, *leaves[:2], sentenced, *leaves[2:]]


def custody(tmp_path: Path) -> Path:
    """The three blocks over 2019-2021; in 2020 the source's 'Males and Females' sentence lines
    take the next line's females (and 9 more), their totals adding those up."""
    males, females = _block(MALES), _block(FEMALES)
    both = [[m + f for m, f in zip(a, b, strict=True)] for a, b in zip(males, females, strict=True)]
    for i in range(5, 9):
        both[i][1] = males[i][1] + females[5 + (i - 4) % 4][1] + 9
    both[4][1] = sum(both[i][1] for i in range(5, 9))
    both[0][1] = both[1][1] + both[4][1]
    rows: list[list] = [["Table A1.1: Referrals by type of custody and sex"], []]
    rows.append(["", "2019", "2020", "2021"])
    for sex, lines in (("Males and Females", both), ("Males", males), ("Females", females)):
        rows += [
            [sex, *lines[0]],
            *([name, *line] for name, line in zip(LINES, lines[1:], strict=True)),
            [],
        ]
    return write_book(tmp_path / "custody.xlsx", {"A1_1": rows})


def test_a_line_adding_up_the_sexes_in_a_shifted_year_is_their_sum(tmp_path):
    policy = tmp_path / "wpxl.toml"
    policy.write_text('source_totals = "rebuild"\n')
    output, _ = sanitised_beside(custody(tmp_path), policy)
    sheet = openpyxl.load_workbook(output, data_only=True)["A1_1"]
    lines = [list(line[:4]) for line in sheet.iter_rows(values_only=True)]
    heads = [i for i, line in enumerate(lines) if line[0] in ("Males and Females", "Males",
                                                              "Females")]  # fmt: skip
    both, males, females = (lines[h + 1 : h + 1 + len(LINES)] for h in heads)
    for at in (1, 2):  # Untried and Convicted unsentenced add up the sexes in every year
        for year in (1, 2, 3):
            assert both[at][year] == males[at][year] + females[at][year], (LINES[at], year)
    shifted = [both[at][2] for at in range(4, 8)]  # the lines out: counts rounded on their own
    assert all(isinstance(v, int) and v % 20 == 0 for v in shifted)
