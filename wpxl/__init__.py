"""wpxl: make Work Programme MI workbooks safe to share with a local authority.

The three functions below are the API for analysts who script their packs; the command line
does the same through them. Each imports its stages when called, so ``import wpxl`` (and
``wpxl --help``) stays quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wpxl.policy import Policy

__version__ = "0.1.0"
__all__ = ["__version__", "check_file", "load_policy", "sanitise_file"]

PathLike = str | Path


def load_policy(path: PathLike | None = None) -> Policy:
    """The policy in ``path``; without one, ./wpxl.toml, else the user's wpxl.toml, else the
    built-in defaults, as ``wpxl sanitise`` finds it. Raises PolicyError naming a wrong key."""
    from wpxl.policy.file import load_policy as find_and_load

    return find_and_load(Path(path) if path is not None else None).policy


def sanitise_file(
    path: PathLike,
    policy: Policy | None = None,
    out_dir: PathLike | None = None,
    force: bool = False,
    published: tuple[str, ...] = (),
) -> dict[str, object]:
    """Make the proved safe copy of one workbook, as ``wpxl sanitise`` does without ``--for``.

    Returns the entry the JSON report (``report.schema.json``) holds for the file: the output's
    path, cells rounded, totals rebuilt, removals and warnings. Raises a WpxlError subclass with
    a sentence to show when the workbook is refused or the copy fails its proof.
    """
    from wpxl.policy import policy_hash
    from wpxl.release import make_audience
    from wpxl.report import file_entry
    from wpxl.sanitise import Job, today
    from wpxl.sanitise import sanitise_file as sanitise

    policy = policy if policy is not None else load_policy()
    audience = make_audience(today(), tuple(published), policy_hash(policy), None)
    folder = Path(out_dir) if out_dir is not None else None
    return file_entry(sanitise(Path(path), Job(policy, audience, folder, force)))


def check_file(
    path: PathLike,
    against: PathLike | None = None,
    policy: Policy | None = None,
    left_out: tuple[str, ...] = (),
) -> list[str]:
    """Every reason the workbook at ``path`` is not safe to send, one sentence each (sheet and
    cell, never the value), as ``wpxl check`` prints them; an empty list means it passed.
    With ``against`` the original too is read, and every figure of it that must not appear is
    searched for; ``left_out`` names its sheets the copy was made leaving out (--leave-out)."""
    from wpxl.verify.check import check_output

    policy = policy if policy is not None else load_policy()
    source = Path(against) if against is not None else None
    return [str(finding) for finding in check_output(Path(path), policy, source, None, left_out)]
