"""The line named in a policy error is the line of the bad key, wherever it sits in the file."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wpxl.errors import PolicyError
from wpxl.policy.file import read_policy

VALID = [
    'provider = "Example Ltd"',
    "rounding_base = 20",
    "percent_decimals = 1",
    "# a comment = with an equals sign",
    "",
    'published_sheets = ["Summary", "Notes"]',
    "small_cell_share = 0.5",
]


@settings(max_examples=60, deadline=None)
@given(
    lines=st.permutations(VALID),
    position=st.integers(min_value=0, max_value=len(VALID)),
    bad=st.sampled_from(["roundingbase = 20", 'rounding_base = "twenty"', "small_base = -1"]),
)
def test_error_names_the_line_of_the_bad_key(tmp_path_factory, lines, position, bad):
    text_lines = list(lines)
    if bad.startswith("rounding_base"):
        text_lines = [line for line in text_lines if not line.startswith("rounding_base")]
        position = min(position, len(text_lines))
    text_lines.insert(position, bad)
    path = tmp_path_factory.mktemp("policy") / "wpxl.toml"
    path.write_text("\n".join(text_lines) + "\n", encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        read_policy(path)
    assert str(caught.value).startswith(f"{path}, line {position + 1}: ")
    assert bad.split(" =")[0] in str(caught.value)
