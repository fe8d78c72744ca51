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


class WpxlError(Exception):
    """Base of every error wpxl raises on purpose; its message is shown to the user as it is."""


class InputError(WpxlError):
    """The input cannot be read as an Excel workbook."""


class AnalysisError(WpxlError):
    """A table, total or measure could be read more than one way, so wpxl will not guess."""


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
