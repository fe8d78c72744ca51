"""Read a provider's ``wpxl.toml`` into a Policy, refusing anything it does not understand.

The file is found in this order: ``--policy PATH``, ``./wpxl.toml``, ``wpxl.toml`` in the user
config folder (platformdirs), else the built-in defaults. Every key is documented in KEYS, which
also writes the commented file ``wpxl init`` makes, so the documentation cannot drift from what
is read. An unknown key or a value of the wrong type is a PolicyError naming the key and line:
a misspelt rounding base must never fall back silently to a default.
"""

from __future__ import annotations

import json
import re
import textwrap
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from wpxl.errors import PolicyError
from wpxl.model import Measure
from wpxl.policy import DEFAULT_MEASURE_WORDS, GUIDANCE_BASE, Policy, canonical_settings

FILE_NAME = "wpxl.toml"
MEASURES_TABLE = "measure_words"


@dataclass(frozen=True, slots=True)
class Key:
    """One setting: what it means, and how a TOML value becomes a Policy value."""

    name: str
    doc: str
    convert: Callable[[object], object]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _rounding_base(value: object) -> int:
    """The guidance rounds to the nearest 20: a coarser multiple of 20 hides more and is
    allowed, a finer base would publish what the guidance forbids."""
    if not _is_int(value) or value <= 0 or value % GUIDANCE_BASE:  # type: ignore[operator]
        raise ValueError(f"must be {GUIDANCE_BASE} or a multiple of it, such as 100")
    return value  # type: ignore[return-value]


def _count(value: object) -> int:
    if not _is_int(value) or value < 0:  # type: ignore[operator]
        raise ValueError("must be a whole number, 0 or more")
    return value  # type: ignore[return-value]


def _decimals(value: object) -> int:
    if not _is_int(value) or not 0 <= value <= 4:  # type: ignore[operator]
        raise ValueError("must be a whole number from 0 to 4")
    return value  # type: ignore[return-value]


def _axis(value: object) -> str:
    if value not in ("column", "row"):
        raise ValueError('must be "column" or "row"')
    return value  # type: ignore[return-value]


SOURCE_TOTALS = ("refuse", "rebuild")


def _source_totals(value: object) -> str:
    if value not in SOURCE_TOTALS:
        raise ValueError('must be "refuse" or "rebuild"')
    return value  # type: ignore[return-value]


def _share(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
        raise ValueError("must be a number above 0 and at most 1, such as 0.25")
    return float(value)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError('must be text in quotes, such as "Example Ltd"')
    return value


def _words(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise ValueError('must be a list of words in quotes, such as ["referral", "referred"]')
    return tuple(w.strip() for w in value)


KEYS: tuple[Key, ...] = (
    Key("provider", "Your organisation's name, shown on the cover sheet and e-mail note.", _text),
    Key(
        "contract_package_area",
        "The contract package area you deliver in. When set, wpxl refuses a release to a "
        "council whose area in the register is a different one (guidance: share only within "
        "your area).",
        _text,
    ),
    Key("title", "The heading of the cover sheet.", _text),
    Key(
        "rounding_base",
        "Every referral, attachment and job start figure is rounded to a multiple of this "
        f"(halves up). DWP's guidance says {GUIDANCE_BASE}; a coarser multiple of it is allowed.",
        _rounding_base,
    ),
    Key(
        "percent_decimals",
        "Decimal places in the job outcome and sustainment percentages (0 to 4).",
        _decimals,
    ),
    Key(
        "percent_axis",
        'How outcome percentages run: "column" gives each payment group\'s share within a '
        'column (a month), as in the guidance\'s example; "row" gives shares along each row.',
        _axis,
    ),
    Key(
        "small_base",
        "A percentage whose base (the true number it is a share of) is below this is not shown.",
        _count,
    ),
    Key(
        "small_cell_share",
        "Warn that a table is of little value when more than this share of its figures are "
        "below the rounding base, or of its totals are likely moved by more than "
        "total_error_share.",
        _share,
    ),
    Key(
        "total_error_share",
        "A total is likely moved by rounding by more than this share of its value when the "
        "middle of the range its rounded counts allow is this far from it.",
        _share,
    ),
    Key(
        "source_totals",
        'A typed total that is not the sum of its parts: "refuse" stops the run and names the '
        'cell; "rebuild" is for sources that round or perturb their cells before publishing '
        "(Stat-Xplore, Nomis) or whose totals count a group the table does not show ('not "
        "stated'): a total near its parts is rebuilt as the sum of its rounded parts, a table "
        "whose totals are all a little more than their parts gets that group added rounded "
        "(SUM(...)+20), a total too far from its parts is removed and listed, and every such "
        "table gets a warning.",
        _source_totals,
    ),
    Key(
        "published_sheets",
        "Sheets whose figures are already in the public domain: their banner says PUBLISHED. "
        "Every other sheet is internal MI for the council only.",
        _words,
    ),
)
KEYS_BY_NAME = {key.name: key for key in KEYS}
MEASURE_KEYS = {m.value.replace(" ", "_"): m for m in DEFAULT_MEASURE_WORDS}
_FIX_VALUE = "correct the value, or delete the line to use the default"
MEASURES_DOC = (
    "Words that tell which measure a table or column counts, matched in its title and headers. "
    "Outcome words are checked first, so 'job outcome' wins over 'job'. A measure left out "
    "keeps its default words."
)


@dataclass(frozen=True, slots=True)
class LoadedPolicy:
    policy: Policy
    source: Path | None  # None: the built-in defaults


def user_policy_path() -> Path:
    return Path(platformdirs.user_config_dir("wpxl", appauthor=False)) / FILE_NAME


def find_policy_file(explicit: Path | None, cwd: Path) -> Path | None:
    """The file to read, in the documented order; None means the built-in defaults."""
    if explicit is not None:
        if not explicit.is_file():
            raise PolicyError(
                f"{explicit}: policy file not found. Check the --policy path, or run "
                "'wpxl init' to write one"
            )
        return explicit
    for candidate in (cwd / FILE_NAME, user_policy_path()):
        if candidate.is_file():
            return candidate
    return None


def load_policy(explicit: Path | None = None, cwd: Path | None = None) -> LoadedPolicy:
    path = find_policy_file(explicit, cwd if cwd is not None else Path.cwd())
    if path is None:
        return LoadedPolicy(Policy(), None)
    return LoadedPolicy(read_policy(path), path)


def read_policy(path: Path) -> Policy:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(
            f"{path}: the policy file cannot be read ({exc}). Save it as UTF-8 text"
        ) from exc
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(
            f"{path}: not a valid TOML file ({exc}). Fix that line, or run 'wpxl init' in "
            "another folder for a correct example"
        ) from exc
    return parse_policy(document, text, path)


def parse_policy(document: dict[str, object], text: str, path: Path) -> Policy:
    values: dict[str, object] = {}
    for name, raw in document.items():
        if name == MEASURES_TABLE:
            values[name] = _measure_words(raw, text, path)
            continue
        key = KEYS_BY_NAME.get(name)
        if key is None:
            raise _key_error(path, text, (name,), f"unknown key '{name}'", _known_keys_hint())
        try:
            values[name] = key.convert(raw)
        except ValueError as exc:
            raise _key_error(
                path, text, (name,), f"'{name}' is {_shown(raw)}; it {exc}", _FIX_VALUE
            ) from exc
    return Policy(**values)  # type: ignore[arg-type]


def _measure_words(raw: object, text: str, path: Path) -> dict[Measure, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise _key_error(
            path,
            text,
            (MEASURES_TABLE,),
            f"'{MEASURES_TABLE}' must be a table of lists of words",
            "write it as a [measure_words] section",
        )
    chosen = dict(DEFAULT_MEASURE_WORDS)
    for name, words in raw.items():
        measure = MEASURE_KEYS.get(name)
        where = (MEASURES_TABLE, name)
        if measure is None:
            raise _key_error(
                path,
                text,
                where,
                f"unknown key '{MEASURES_TABLE}.{name}'",
                f"the measures are {', '.join(MEASURE_KEYS)}",
            )
        try:
            chosen[measure] = _words(words)
        except ValueError as exc:
            raise _key_error(
                path,
                text,
                where,
                f"'{MEASURES_TABLE}.{name}' is {_shown(words)}; it {exc}",
                _FIX_VALUE,
            ) from exc
        if not chosen[measure]:
            raise _key_error(
                path,
                text,
                where,
                f"'{MEASURES_TABLE}.{name}' is empty",
                "give at least one word, or leave the key out to keep the defaults",
            )
    return chosen


def _known_keys_hint() -> str:
    return f"check the spelling; the keys are {', '.join([*KEYS_BY_NAME, MEASURES_TABLE])}"


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return "a list"
    return "a table" if isinstance(value, dict) else "a date or time"


def _key_error(path: Path, text: str, key: tuple[str, ...], problem: str, fix: str) -> PolicyError:
    line = key_line(text, key)
    where = f"line {line}" if line else "somewhere in the file"
    return PolicyError(f"{path}, {where}: {problem}. {fix[0].upper()}{fix[1:]}")


_TABLE = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_ASSIGNMENT = re.compile(r"^\s*([A-Za-z0-9_\-\"'. ]+?)\s*=")


def key_line(text: str, key: tuple[str, ...]) -> int | None:
    """The line (from 1) where ``key`` is set or its table opens; tomllib does not say."""
    table: tuple[str, ...] = ()
    for number, line in enumerate(text.splitlines(), start=1):
        if match := _TABLE.match(line):
            table = _split_key(match.group(1))
            if table == key:
                return number
        elif (match := _ASSIGNMENT.match(line)) and (*table, *_split_key(match.group(1))) == key:
            return number
    return None


def _split_key(dotted: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in dotted.split("."))


def default_policy_text() -> str:
    """The commented ``wpxl.toml`` that ``wpxl init`` writes: each key, meaning, default."""
    defaults = canonical_settings(Policy())
    lines = [
        "# wpxl policy: the choices this provider makes once. Every key is optional; a key left",
        "# out keeps the default shown. Unknown keys are refused, so a misspelling cannot go",
        "# unnoticed. The policy's hash is printed on every cover sheet and in every release.",
    ]
    for key in KEYS:
        lines.append("")
        lines.extend(_comment(key.doc))
        lines.append(f"{key.name} = {_toml_value(defaults[key.name])}")
    lines.append("")
    lines.extend(_comment(MEASURES_DOC))
    lines.append(f"[{MEASURES_TABLE}]")
    for name, measure in MEASURE_KEYS.items():
        lines.append(f"{name} = {_toml_value(list(DEFAULT_MEASURE_WORDS[measure]))}")
    return "\n".join(lines) + "\n"


def _comment(text: str) -> list[str]:
    return textwrap.wrap(text, width=98, initial_indent="# ", subsequent_indent="# ")


def _toml_value(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
