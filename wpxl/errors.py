"""Typed errors: library code raises these, and only the CLI turns them into words and exit codes.

WpxlError                 anything wpxl refuses or fails to do, with a sentence a user can act on
├── InputError            the file is missing, unreadable, or not a workbook wpxl can read
├── AnalysisError         the workbook is readable, but wpxl cannot be sure what a cell is
├── PolicyError           the policy file is wrong, or a command's options contradict it
├── RefusedError          the register forbids this release (no agreement, suspended ...)
├── RegisterError         the register cannot be opened, or a register command does not fit it
├── OutputError           the output cannot be written where asked
└── VerificationError     the written output failed its leak proof and was deleted
"""

from __future__ import annotations


class WpxlError(Exception):
    """Base of every error wpxl raises on purpose; its message is shown to the user as it is."""


class InputError(WpxlError):
    """The input cannot be read as an Excel workbook."""


class AnalysisError(WpxlError):
    """A table, total or measure could be read more than one way, so wpxl will not guess.

    ``problems`` holds every problem found in the workbook, one sentence each naming sheet and
    cell, so a refusal lists them all at once instead of one per run.
    """

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message, problems)  # both in args, so the error survives pickling
        self.problems = problems or (message,)

    def __str__(self) -> str:
        return str(self.args[0])

    @classmethod
    def listing(cls, name: str, problems: list[str]) -> AnalysisError:
        """One error for every problem of workbook ``name``: a line each, like a compiler's,
        then how many there are."""
        if len(problems) == 1:
            return cls(problems[0], (problems[0],))
        lines = [*problems, f"{name}: {len(problems)} problems; wpxl wrote nothing. Fix each one"]
        return cls("\n".join(lines), tuple(problems))


class PolicyError(WpxlError):
    """The policy (file or options) is invalid."""


class RefusedError(WpxlError):
    """The release is not allowed: the council has no agreement or sharing is suspended."""


class RegisterError(WpxlError):
    """The register file is unusable, or a council command names what the register lacks."""


class OutputError(WpxlError):
    """The output cannot be written (exists already, folder not writable ...)."""


class VerificationError(WpxlError):
    """The written workbook did not pass the proof, so it was deleted."""
