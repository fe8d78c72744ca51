"""Score wpxl's reading of the labelled corpus: per-role precision and recall, totals' parts.

``python -m tests.analyse.corpus.score`` prints the table; tests/analyse/test_corpus.py fails
below 100 %.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from wpxl.analyse import analyse_workbook
from wpxl.errors import AnalysisError
from wpxl.model.sheetref import a1
from wpxl.policy import Policy
from wpxl.read import read_workbook

HERE = Path(__file__).parent


@dataclass
class Score:
    workbooks: int = 0
    cells: int = 0
    expected: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    totals: int = 0
    totals_right: int = 0
    refusals: int = 0
    refusals_right: int = 0
    mistakes: list[str] = field(default_factory=list)

    def precision(self, role: str) -> float:
        return self.right[role] / self.found[role] if self.found[role] else 1.0

    def recall(self, role: str) -> float:
        return self.right[role] / self.expected[role] if self.expected[role] else 1.0

    @property
    def perfect(self) -> bool:
        return not self.mistakes

    def table(self) -> str:
        lines = [
            f"corpus: {self.workbooks} workbooks, {self.cells} labelled cells, "
            f"{self.refusals} refusals expected",
            f"{'role':<10}{'expected':>9}{'found':>7}{'precision':>11}{'recall':>8}",
        ]
        for role in sorted(set(self.expected) | set(self.found)):
            lines.append(
                f"{role:<10}{self.expected[role]:>9}{self.found[role]:>7}"
                f"{self.precision(role):>11.1%}{self.recall(role):>8.1%}"
            )
        lines.append(f"totals with exactly their parts: {self.totals_right}/{self.totals}")
        lines.append(f"refusals as expected: {self.refusals_right}/{self.refusals}")
        return "\n".join(lines + self.mistakes[:40])


def score_corpus(folder: Path = HERE, policy: Policy | None = None) -> Score:
    score = Score()
    for sidecar in sorted(folder.glob("*.expect.json")):
        name = sidecar.name.removesuffix(".expect.json")
        expect = json.loads(sidecar.read_text(encoding="utf-8"))
        score.workbooks += 1
        chosen = policy or Policy()
        if expect.get("policy"):  # a book about a policy key is read with it
            chosen = replace(chosen, **expect["policy"])
        _score_book(folder / f"{name}.xlsx", expect, chosen, score)
    return score


def _score_book(path: Path, expect: dict, policy: Policy, score: Score) -> None:
    book = read_workbook(path)
    if expect["refused"]:
        score.refusals += 1
        try:
            analyse_workbook(book, policy)
        except AnalysisError as exc:
            missing = [w for w in expect["refused"] if w not in str(exc)]
            if missing:
                score.mistakes.append(f"{path.name}: refusal lacks {missing}: {exc}")
            else:
                score.refusals_right += 1
            return
        score.mistakes.append(f"{path.name}: not refused")
        return
    try:
        analyses = analyse_workbook(book, policy)
    except AnalysisError as exc:
        score.mistakes.append(f"{path.name}: refused: {exc}")
        return
    for analysis in analyses:
        want = expect["sheets"][analysis.sheet.name]
        sheet = analysis.sheet.name
        parts_of = {c: p for t in analysis.tables for c, p in t.totals.items()}
        for ref, role in want["roles"].items():
            coord = _coord(ref)
            got = analysis.roles.get(coord)
            got_name = got.value if got is not None else "none"
            score.cells += 1
            score.expected[role] += 1
            score.found[got_name] += 1
            if got_name == role:
                score.right[role] += 1
            else:
                score.mistakes.append(f"{path.name} '{sheet}'!{ref}: {role} read as {got_name}")
        for ref, parts in want["totals"].items():
            score.totals += 1
            got_parts = sorted(f"{s}!{a1(r, c)}" for s, r, c in parts_of.get(_coord(ref), ()))
            if got_parts == sorted(parts):
                score.totals_right += 1
            else:
                score.mistakes.append(
                    f"{path.name} '{sheet}'!{ref}: total of {sorted(parts)} read as {got_parts}"
                )
        non_empty = {a1(*c) for c, cell in analysis.sheet.cells.items() if not cell.is_empty}
        if non_empty != set(want["roles"]):
            score.mistakes.append(f"{path.name} '{sheet}': labelled cells differ from the file")


def _coord(ref: str) -> tuple[int, int]:
    from xlsxwriter.utility import xl_cell_to_rowcol

    return xl_cell_to_rowcol(ref)


if __name__ == "__main__":
    print(score_corpus().table())
