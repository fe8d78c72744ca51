"""Run the whole hostile corpus and print one line per pack: refused, leaked (what, where) or
clean, and what ``wpxl check OUT --against IN`` says of each copy that was written.

    .venv/bin/python -m tests.verify.hostile.survey
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from typer.testing import CliRunner

from tests.verify.hostile.packs import BUILDERS
from tests.verify.hostile.secrets import secrets_found
from tests.verify.hostile.test_hostile_packs import recovered_columns
from wpxl.cli import app
from wpxl.errors import WpxlError
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file


def survey(folder: Path) -> dict[str, int]:
    tally = {"refused": 0, "leaked": 0, "clean": 0, "recoverable": 0, "check disagrees": 0}
    for name, builder in sorted(BUILDERS.items()):
        hostile = builder(folder / name if (folder / name).mkdir() is None else folder)
        job = Job(Policy(), Audience(produced=dt.date(2026, 11, 25)), out_dir=folder / name / "o")
        try:
            output = Path(sanitise_file(hostile.path, job).output)
        except WpxlError as exc:
            tally["refused"] += 1
            print(f"{name:32} refused: {str(exc)[:150]}")
            continue
        leaks = secrets_found(output, hostile)
        recovered = recovered_columns(output, hostile, job.policy.small_base)
        checked = CliRunner().invoke(app, ["check", str(output), "--against", str(hostile.path)])
        verdict = (
            "check finds nothing"
            if checked.exit_code == 0
            else "check: "
            + " | ".join(line.split(": ", 1)[-1][:90] for line in checked.output.splitlines()[:2])
        )
        if leaks or recovered:
            tally["leaked"] += 1
            tally["recoverable"] += bool(recovered)
            tally["check disagrees"] += checked.exit_code == 0
            print(f"{name:32} LEAKED {leaks[:4]} recoverable cols {recovered}; {verdict}")
        else:
            tally["clean"] += 1
            tally["check disagrees"] += checked.exit_code != 0
            print(f"{name:32} clean; {verdict}")
    return tally


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        print(survey(Path(folder)))
