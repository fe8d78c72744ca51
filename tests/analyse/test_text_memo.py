"""The memo a label's readings share holds a whole large sheet's labels between readings, and
lets them go once the group is analysed; a few hundred labels a pack repeats stay."""

from wpxl.analyse.text_memo import KEPT, by_text, let_go_of_large
from wpxl.analyse.words import as_words


def test_each_label_of_a_large_sheet_is_worked_out_once_across_readings():
    """Eight readings walking 19,200 labels in turn worked each out eight times with a memo of
    4,096 texts; one holding the sheet works each out once."""
    worked_out: list[str] = []

    @by_text
    def reading(text: str) -> str:
        worked_out.append(text)
        return text.lower()

    labels = [f"Council {i:05d}" for i in range(19_200)]
    for _ in range(8):
        assert [reading(label) for label in labels] == [label.lower() for label in labels]
    assert len(worked_out) == len(labels)


def test_a_large_memo_is_let_go_and_a_small_one_kept():
    @by_text
    def large(text: str) -> str:
        return text

    @by_text
    def small(text: str) -> str:
        return text

    for i in range(KEPT + 1):
        large(f"Council {i}")
    for i in range(300):
        small(f"Office {i}")
    let_go_of_large()
    assert large.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert small.cache_info().currsize == 300  # type: ignore[attr-defined]
    small.cache_clear()  # type: ignore[attr-defined]
    assert as_words("JobOutcomes") == "Job Outcomes"  # the real readings are memos of it too
    assert as_words.cache_info().maxsize > KEPT  # type: ignore[attr-defined]
