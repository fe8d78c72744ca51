"""The register of councils wpxl may release MI to, their suspensions, and the release log.

It is one SQLite file (``store``): councils and their suspension history (``councils``), the
check made before every release (``gate``), and the log of what was released (``releases``).
Nothing here prints; problems are RegisterError or, when a release is not allowed, RefusedError.
"""

from wpxl.register.councils import (
    Council,
    CouncilChange,
    SharingEvent,
    active_suspensions,
    add_council,
    check_representative,
    council_changes,
    find_council,
    get_council,
    history,
    list_councils,
    resume,
    suspend,
    update_council,
)
from wpxl.register.gate import authorise
from wpxl.register.releases import (
    ReleaseEntry,
    list_releases,
    log_release,
)
from wpxl.register.store import Register, open_register, register_path

__all__ = [
    "Council",
    "CouncilChange",
    "Register",
    "ReleaseEntry",
    "SharingEvent",
    "active_suspensions",
    "add_council",
    "authorise",
    "check_representative",
    "council_changes",
    "find_council",
    "get_council",
    "history",
    "list_councils",
    "list_releases",
    "log_release",
    "open_register",
    "register_path",
    "resume",
    "suspend",
    "update_council",
]
