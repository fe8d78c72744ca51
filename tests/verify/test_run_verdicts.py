"""RunVerdicts answers as the dict of every judged place it replaced, whatever the runs."""

from __future__ import annotations

import random

from wpxl.verify.run_verdicts import RunVerdicts


def test_run_verdicts_answer_as_a_dict_of_every_place_judged() -> None:
    rng = random.Random(17)
    for _ in range(200):
        runs, places = RunVerdicts(), {}
        for _ in range(rng.randint(1, 12)):
            col, top = rng.randint(0, 2), rng.randint(0, 30)
            end, verdict = top + rng.randint(0, 8), rng.random() < 0.5
            runs.judge(col, top, end, verdict)
            places.update(((row, col), verdict) for row in range(top, end + 1))
        for col in range(4):
            for row in range(-1, 42):
                assert runs.get((row, col)) == places.get((row, col)), (row, col)


def test_run_verdicts_know_nothing_of_a_column_never_judged() -> None:
    runs = RunVerdicts()
    runs.judge(3, 10, 20, True)
    assert runs.get((15, 2)) is None
    assert runs.get((9, 3)) is None
    assert runs.get((21, 3)) is None
    assert runs.get((10, 3)) is True and runs.get((20, 3)) is True
