"""A release to one council: checked against the register before any work, logged after it.

``prepare_release`` refuses before a single file is read when the register forbids the release.
``record_release`` runs once an output is verified and waits under a hidden name: it writes the
e-mail note the same way if asked, then checks the register again, logs the release and puts
both in place in one transaction, so a suspension made while the batch ran still stops it. If
the release cannot be logged, both are deleted and whatever an earlier release left under
their names (replaced with --force) is there as before: nothing leaves wpxl that the log does
not show, and no release already made is lost to one that was not.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from wpxl import __version__
from wpxl.errors import OutputError
from wpxl.files import placed, staged_target
from wpxl.plan import Audience, PastRelease
from wpxl.plan.differencing import release_warnings
from wpxl.policy import Policy, policy_hash
from wpxl.policy.file import load_policy
from wpxl.policy.period_text import check_period
from wpxl.policy.wording import render
from wpxl.register import (
    Council,
    Register,
    ReleaseEntry,
    authorise,
    list_releases,
    log_release,
    register_path,
)
from wpxl.report import FileResult
from wpxl.sanitise import Job, today

NOTE_SUFFIX = "-email.txt"


@dataclass(frozen=True, slots=True)
class Setup:
    """What one ``wpxl sanitise`` run applies to every file: policy, date and maybe a council."""

    policy: Policy
    policy_hash: str
    produced: dt.date
    recipient: Recipient | None = None
    period: str | None = None
    email_note: bool = False
    force: bool = False  # --force: an e-mail note already there is replaced, as the copy is
    # Releases logged before this run: the plan warns about them on the cover sheet; ones this
    # run logs itself (a batch) are checked as each file is recorded.
    previous: tuple[PastRelease, ...] = ()
    last_release_id: int = 0

    def job(self, published: tuple[str, ...], out_dir: Path | None, force: bool) -> Job:
        audience = replace(
            make_audience(self.produced, published, self.policy_hash, self.recipient),
            previous=self.previous,
            period=self.period,
        )
        pattern = output_pattern(self.recipient, self.produced) if self.recipient else None
        return Job(
            self.policy,
            audience,
            out_dir=out_dir,
            force=force,
            output_name=pattern,
            staged=self.recipient is not None,
        )

    def record(self, source: Path, result: FileResult) -> ReleaseEntry | None:
        """Log a release to the council; without one (no --for) nothing is logged."""
        if self.recipient is None:
            return None
        return record_release(
            self.recipient,
            source,
            result,
            self.policy,
            self.policy_hash,
            self.produced,
            self.period,
            self.email_note,
            self.last_release_id,
            self.force,
        )


def set_up(
    for_council: str | None,
    register: Path | None,
    policy_file: Path | None,
    period: str | None = None,
    email_note: bool = False,
    force: bool = False,
) -> Setup:
    """Load the policy and, with a council, check the register: refusals come before any work."""
    period = check_period(period) if period is not None else None
    policy = load_policy(policy_file).policy
    produced = today()
    recipient = None
    earlier: list[ReleaseEntry] = []
    if for_council is not None:
        recipient = prepare_release(register_path(register), for_council, produced, policy)
        with Register(recipient.register_path, create=False) as opened:
            earlier = list_releases(opened, council=recipient.council.name)
    return Setup(
        policy,
        policy_hash(policy),
        produced,
        recipient,
        period,
        email_note,
        force,
        previous=tuple(past_release(e) for e in earlier),
        last_release_id=max((e.id for e in earlier), default=0),
    )


def past_release(entry: ReleaseEntry) -> PastRelease:
    """A logged release as the differencing check sees it."""
    return PastRelease(entry.released_at, entry.output_name, tuple(entry.measures), entry.period)


@dataclass(frozen=True, slots=True)
class Recipient:
    """The council a release is for, as the register had it when the run began."""

    council: Council
    register_path: Path

    @property
    def representative(self) -> str:
        return self.council.representative or ""

    @property
    def representative_name(self) -> str:
        """The name alone: workbooks name the representative but carry no e-mail address."""
        return self.representative.partition(" <")[0]


def prepare_release(register_path: Path, name: str, today: dt.date, policy: Policy) -> Recipient:
    """The recipient, or RefusedError saying which rule forbids the release and how to fix it."""
    with Register(register_path, create=False) as register:
        council = authorise(register, name, today, policy.contract_package_area)
        register.check_writable()  # the release is logged there once made
    return Recipient(council, register_path)


def output_pattern(recipient: Recipient, produced: dt.date) -> str:
    """``{stem}-<council>-<date>.xlsx``: the council's name made safe for any file system."""
    slug = re.sub(r"[^a-z0-9]+", "-", recipient.council.name.casefold()).strip("-") or "council"
    return "{stem}-" + f"{slug}-{produced.isoformat()}.xlsx"


def make_audience(
    produced: dt.date,
    published: tuple[str, ...],
    policy_hash: str,
    recipient: Recipient | None,
) -> Audience:
    return Audience(
        produced=produced,
        published=published,
        council=recipient.council.name if recipient else None,
        representative=recipient.representative_name if recipient else None,
        policy_hash=policy_hash,
    )


def record_release(
    recipient: Recipient,
    source: Path,
    result: FileResult,
    policy: Policy,
    policy_hash: str,
    today: dt.date,
    period: str | None = None,
    email_note: bool = False,
    since_id: int = 0,
    force: bool = False,
) -> ReleaseEntry:
    """Write the note (if asked), log the release and put both in place; on any failure remove
    what was written and leave what was there. ``force`` False: a note already there is kept
    and the release refused (its copy removed)."""
    output = Path(result.output or "")
    staged = Path(result.staged or "")
    written = [staged]
    try:
        note = None
        if email_note:
            note = _write_note(recipient, output, result, policy, policy_hash, period, force)
            written.append(note)
        measures = sorted({t.measure for t in result.tables if t.measure != "unknown"})
        entry = ReleaseEntry(
            council=recipient.council.name,
            representative=recipient.representative,
            input_name=source.name,
            input_sha256=sha256_of(source),
            output_name=output.name,
            output_sha256=sha256_of(staged),
            wpxl_version=__version__,
            policy_hash=policy_hash,
            period=period,
            sheets_published=list(result.published_sheets),
            sheets_internal=list(result.internal_sheets),
            measures=measures,
        )
        with (
            Register(recipient.register_path, create=False) as register,
            contextlib.ExitStack() as put,  # undone after the commit if the commit fails
            register.transaction(),
        ):
            council = authorise(
                register, recipient.council.name, today, policy.contract_package_area
            )
            this_run = [
                past_release(e)
                for e in list_releases(register, council=council.name)
                if e.id > since_id
            ]
            result.warnings.extend(
                release_warnings(tuple(this_run), council.name, period, set(measures))
            )
            warnings = [
                {"code": w.code, "where": w.where, "message": w.message} for w in result.warnings
            ]
            logged = log_release(register, council, replace(entry, warnings=warnings))
            put.enter_context(placed(staged, output, force))
            if note is not None:
                put.enter_context(placed(note, note_path(output), force))
        return logged
    except BaseException:
        for path in written:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        raise


def note_path(output: Path) -> Path:
    return output.with_name(output.stem + NOTE_SUFFIX)


def _write_note(
    recipient: Recipient,
    output: Path,
    result: FileResult,
    policy: Policy,
    policy_hash: str,
    period: str | None,
    force: bool,
) -> Path:
    """The plain-text e-mail to the representative, under a hidden name until the release is
    logged: names and rules, never a figure. An earlier run's note is not replaced without
    ``force``: the copy's name was checked before any work, the note's was not, so a note left
    from a release whose copy was since moved away was overwritten unasked."""
    target = note_path(output)
    if target.exists() and not force:
        raise OutputError(
            f"{output.name}: its e-mail note {target} already exists. Use --force to replace "
            "it, or --out-dir"
        )
    text = render(
        "email_note.txt.j2",
        council=recipient.council.name,
        representative=recipient.representative,
        representative_name=recipient.representative_name,
        signed=recipient.council.signed.isoformat() if recipient.council.signed else "",
        period=period,
        provider=policy.provider,
        title=policy.title,
        output=output.name,
        published=result.published_sheets,
        internal=result.internal_sheets,
        base=policy.rounding_base,
        policy_hash=policy_hash,
    )
    with staged_target(target) as staged:
        staged.write_text(text + "\n", encoding="utf-8")
    return staged


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
