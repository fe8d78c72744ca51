import pytest

from wpxl.errors import PolicyError
from wpxl.model import Measure
from wpxl.policy import DEFAULT_MEASURE_WORDS, Policy, policy_hash
from wpxl.policy.file import default_policy_text, load_policy, read_policy


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def _error(path, text):
    with pytest.raises(PolicyError) as caught:
        read_policy(_write(path, text))
    return str(caught.value)


def test_without_any_file_the_built_in_defaults_apply(tmp_path):
    loaded = load_policy(None, cwd=tmp_path)
    assert loaded.source is None
    assert loaded.policy == Policy()


def test_policy_option_wins_over_the_working_folder_and_user_config(tmp_path):
    chosen = _write(tmp_path / "chosen.toml", "rounding_base = 40\n")
    _write(tmp_path / "wpxl.toml", "rounding_base = 60\n")
    config = tmp_path / "user-config" / "wpxl"
    config.mkdir(parents=True)
    _write(config / "wpxl.toml", "rounding_base = 80\n")
    assert load_policy(chosen, cwd=tmp_path).policy.rounding_base == 40
    assert load_policy(None, cwd=tmp_path).policy.rounding_base == 60
    (tmp_path / "wpxl.toml").unlink()
    loaded = load_policy(None, cwd=tmp_path)
    assert (loaded.policy.rounding_base, loaded.source) == (80, config / "wpxl.toml")


def test_a_missing_policy_option_file_is_an_error_not_the_defaults(tmp_path):
    with pytest.raises(PolicyError) as caught:
        load_policy(tmp_path / "nope.toml", cwd=tmp_path)
    assert str(caught.value) == (
        f"{tmp_path / 'nope.toml'}: policy file not found. Check the --policy path, or run "
        "'wpxl init' to write one"
    )


def test_the_file_wpxl_init_writes_reads_back_as_the_defaults(tmp_path):
    path = _write(tmp_path / "wpxl.toml", default_policy_text())
    assert read_policy(path) == Policy()
    text = default_policy_text()
    for key in ("rounding_base", "measure_words", "small_cell_share", "contract_package_area"):
        assert key in text


def test_settings_are_read_into_the_policy(tmp_path):
    path = _write(
        tmp_path / "wpxl.toml",
        'provider = "Example Employment Ltd"\ncontract_package_area = "East Midlands"\n'
        'percent_decimals = 1\nsmall_cell_share = 1\npublished_sheets = ["Summary"]\n'
        '[measure_words]\nreferrals = ["referral", "sent to us"]\n',
    )
    policy = read_policy(path)
    assert policy.provider == "Example Employment Ltd"
    assert policy.contract_package_area == "East Midlands"
    assert policy.percent_decimals == 1
    assert policy.small_cell_share == 1.0
    assert policy.published_sheets == ("Summary",)
    assert policy.measure_words[Measure.REFERRALS] == ("referral", "sent to us")
    assert policy.measure_words[Measure.JOB_OUTCOMES] == DEFAULT_MEASURE_WORDS[Measure.JOB_OUTCOMES]
    assert list(policy.measure_words) == list(DEFAULT_MEASURE_WORDS)


def test_unknown_key_names_the_key_and_its_line(tmp_path):
    path = tmp_path / "wpxl.toml"
    message = _error(path, '# our policy\nprovider = "X"\nrounding = 20\n')
    assert message == (
        f"{path}, line 3: unknown key 'rounding'. Check the spelling; the keys are provider, "
        "contract_package_area, title, rounding_base, percent_decimals, percent_axis, small_base, "
        "small_cell_share, total_error_share, source_totals, published_sheets, measure_words"
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("0", "0"),
        ("-20", "-20"),
        ("2.5", "2.5"),
        ('"20"', '"20"'),
        ("true", "true"),
        ("10", "10"),  # finer than the guidance's 20: would publish what it forbids
        ("1", "1"),
        ("30", "30"),
    ],
)
def test_rounding_base_must_be_twenty_or_a_multiple_of_it(tmp_path, value, shown):
    path = tmp_path / "wpxl.toml"
    message = _error(path, f"\n\nrounding_base = {value}\n")
    assert message == (
        f"{path}, line 3: 'rounding_base' is {shown}; it must be 20 or a multiple of it, such "
        "as 100. Correct the value, or delete the line to use the default"
    )


def test_wrong_type_names_the_key_and_its_line(tmp_path):
    path = tmp_path / "wpxl.toml"
    message = _error(path, 'provider = "X"\nsmall_cell_share = "half"\n')
    assert message == (
        f"{path}, line 2: 'small_cell_share' is \"half\"; it must be a number above 0 and at "
        "most 1, such as 0.25. Correct the value, or delete the line to use the default"
    )


def test_unknown_measure_in_measure_words_names_the_key_and_its_line(tmp_path):
    path = tmp_path / "wpxl.toml"
    message = _error(path, 'rounding_base = 20\n\n[measure_words]\nreferals = ["referral"]\n')
    assert message == (
        f"{path}, line 4: unknown key 'measure_words.referals'. The measures are sustainments, "
        "job_outcomes, job_starts, attachments, referrals"
    )


def test_measure_words_must_be_lists_of_words(tmp_path):
    path = tmp_path / "wpxl.toml"
    message = _error(path, "[measure_words]\nreferrals = 5\n")
    assert message == (
        f"{path}, line 2: 'measure_words.referrals' is 5; it must be a list of words in quotes, "
        'such as ["referral", "referred"]. Correct the value, or delete the line to use the '
        "default"
    )
    assert "line 1: 'measure_words' must be a table" in _error(path, "measure_words = 3\n")


def test_invalid_toml_gives_the_line_tomllib_found(tmp_path):
    path = tmp_path / "wpxl.toml"
    message = _error(path, "provider = \nrounding_base = 20\n")
    assert message.startswith(f"{path}: not a valid TOML file (")
    assert "line 1" in message


def test_policy_hash_is_stable_and_changes_with_any_setting(tmp_path):
    default = policy_hash(Policy())
    assert default == policy_hash(Policy())
    assert len(default) == 64
    spaced = _write(tmp_path / "a.toml", "# comment\n\nrounding_base   =   20\n")
    assert policy_hash(read_policy(spaced)) == default
    assert policy_hash(Policy(rounding_base=40)) != default
    assert policy_hash(Policy(provider="Other")) != default
    changed_words = dict(DEFAULT_MEASURE_WORDS) | {Measure.REFERRALS: ("referral",)}
    assert policy_hash(Policy(measure_words=changed_words)) != default


def test_every_policy_setting_can_be_set_in_the_file_and_is_documented():
    from dataclasses import fields

    from wpxl.policy.file import KEYS_BY_NAME, MEASURES_TABLE

    settable = {*KEYS_BY_NAME, MEASURES_TABLE}
    assert {f.name for f in fields(Policy)} == settable
    assert all(f"\n{name} = " in default_policy_text() for name in KEYS_BY_NAME)


def test_percent_axis_is_column_or_row(tmp_path):
    assert read_policy(_write(tmp_path / "a.toml", 'percent_axis = "row"\n')).percent_axis == "row"
    message = _error(tmp_path / "b.toml", 'percent_axis = "diagonal"\n')
    assert message.endswith(
        'line 1: \'percent_axis\' is "diagonal"; it must be "column" or "row". Correct the '
        "value, or delete the line to use the default"
    )
