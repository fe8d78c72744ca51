import datetime as dt

import pytest

from wpxl.errors import RefusedError, RegisterError
from wpxl.register import (
    Register,
    active_suspensions,
    add_council,
    authorise,
    get_council,
    history,
    resume,
    suspend,
)

TODAY = dt.date(2026, 11, 25)
DERBY = "Derby City Council"


@pytest.fixture
def register(tmp_path):
    with Register(tmp_path / "register.sqlite3") as register:
        add_council(register, DERBY, "Ann Lee <ann.lee@derby.gov.uk>", dt.date(2026, 1, 5))
        yield register


def _allowed(register, name=DERBY):
    try:
        authorise(register, name, TODAY)
    except RefusedError:
        return False
    return True


def test_suspension_by_the_provider_is_lifted_by_the_provider(register):
    suspend(register, DERBY, "provider", "representative left")
    assert not _allowed(register)
    event = resume(register, DERBY, "provider", "new representative named")
    assert (event.action, event.required_by) == ("resume", "provider")
    assert _allowed(register)


def test_suspension_required_by_dwp_cannot_be_lifted_by_the_provider(register):
    suspend(register, DERBY, "dwp", "figures passed to a newspaper")
    at = active_suspensions(register, get_council(register, DERBY))[0].at
    with pytest.raises(RefusedError) as caught:
        resume(register, DERBY, "provider")
    assert str(caught.value) == (
        f"{DERBY}: sharing was suspended at DWP's requirement on {at} (figures passed to a "
        "newspaper), and only DWP can lift that. Once DWP agrees, run: wpxl council resume "
        f'"{DERBY}" --by dwp'
    )
    assert not _allowed(register)
    resume(register, DERBY, "dwp")
    assert _allowed(register)


def test_provider_lifting_its_own_suspension_leaves_dwps_in_force(register):
    suspend(register, DERBY, "provider", "checking the agreement")
    suspend(register, DERBY, "dwp", "figures passed on")
    resume(register, DERBY, "provider")
    council = get_council(register, DERBY)
    assert [e.required_by for e in active_suspensions(register, council)] == ["dwp"]
    assert not _allowed(register)


def test_all_councils_suspension_covers_a_council_added_later_until_resumed(register):
    suspend(register, None, "provider", "contract ending")
    add_council(
        register,
        "Leicester City Council",
        "Jo Bell <jo.bell@leicester.gov.uk>",
        dt.date(2026, 2, 1),
    )
    assert not _allowed(register, "Leicester City Council")
    assert not _allowed(register, DERBY)
    resume(register, None, "provider")
    assert _allowed(register, "Leicester City Council")
    assert _allowed(register, DERBY)


def test_resuming_all_councils_leaves_a_single_councils_suspension(register):
    suspend(register, DERBY, "provider", "late return")
    suspend(register, None, "provider", "audit")
    resume(register, None, "provider")
    assert not _allowed(register)


def test_history_keeps_every_suspension_and_resumption_in_order(register):
    suspend(register, DERBY, "provider", "one")
    resume(register, DERBY, "provider", "two")
    suspend(register, DERBY, "dwp", "three")
    resume(register, DERBY, "dwp", "four")
    events = history(register, get_council(register, DERBY))
    assert [(e.action, e.required_by, e.reason) for e in events] == [
        ("suspend", "provider", "one"),
        ("resume", "provider", "two"),
        ("suspend", "dwp", "three"),
        ("resume", "dwp", "four"),
    ]


def test_suspending_twice_by_the_same_party_is_refused_and_changes_nothing(register):
    first = suspend(register, DERBY, "provider", "first")
    with pytest.raises(RegisterError) as caught:
        suspend(register, DERBY, "provider", "second")
    assert str(caught.value) == (
        f"{DERBY}: sharing is already suspended by the provider since {first.at} (first). "
        "Nothing was changed"
    )
    assert len(history(register, get_council(register, DERBY))) == 1


def test_resuming_what_is_not_suspended_says_so(register):
    with pytest.raises(RegisterError) as caught:
        resume(register, DERBY, "provider")
    assert str(caught.value) == f"{DERBY}: sharing is not suspended. Nothing was changed"


def test_dwp_cannot_lift_a_suspension_the_provider_made(register):
    suspend(register, DERBY, "provider", "late return")
    with pytest.raises(RegisterError, match=r"suspended by the provider on .*, not by DWP"):
        resume(register, DERBY, "dwp")
    assert not _allowed(register)


def test_resuming_one_council_during_an_all_councils_suspension_points_to_all(register):
    suspend(register, None, "dwp", "review")
    with pytest.raises(RegisterError) as caught:
        resume(register, DERBY, "dwp")
    assert str(caught.value) == (
        f"{DERBY}: sharing with this council is not suspended on its own, but sharing with all "
        "councils is. To lift that, run: wpxl council resume --all --by dwp"
    )


def test_suspension_needs_a_reason(register):
    with pytest.raises(RegisterError, match="--reason is empty"):
        suspend(register, DERBY, "provider", "  ")
