from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

import wpxl.analyse.abbreviations
import wpxl.analyse.words
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job

SAMPLES = Path(__file__).parent.parent / "sample_workbooks"
PRODUCED = dt.date(2026, 11, 25)


@pytest.fixture
def job(tmp_path: Path) -> Job:
    return Job(policy=Policy(), audience=Audience(produced=PRODUCED), out_dir=tmp_path / "out")


@pytest.fixture
def samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.xlsx"))


@pytest.fixture(autouse=True)
def _own_register_and_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests off the real user's register and wpxl.toml: each test gets its own folders."""
    monkeypatch.delenv("WPXL_REGISTER", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))


@pytest.fixture
def unabbreviated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The analysis reading no capital abbreviation whole ('JO', 'SO'), as a plan that missed
    them, for tests of what the proof finds on its own; its remembered readings are forgotten
    before and after."""
    monkeypatch.setattr(wpxl.analyse.abbreviations, "_ABBREVIATION", {})
    wpxl.analyse.words._measure_in.cache_clear()
    yield
    wpxl.analyse.words._measure_in.cache_clear()
