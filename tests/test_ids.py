"""Reading the IDs and numbers people type."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planeval.ids import (
    _ASCII_DIRECTION,
    _ASCII_PROJECT,
    _DIRECTION,
    _PROJECT,
    digits_only,
    parse_direction,
    parse_item,
    parse_lower_level,
    parse_project,
)
from planeval.repeat_marks import parse_repeat_of
from planeval.text import HEADING_WORDS, _sub_heading_pattern, sub_heading


@pytest.mark.parametrize(
    "typed",
    [
        "1-1-1 名前",
        "1-1-1名前",
        "１－１－１ 名前",
        "１－１－１　名前",
        "1ー1ー1 名前",
        "1‐1‐1名前",
        " 1 - 1 - 1 名前",
    ],
)
def test_project_ids_in_any_width_and_dash(typed: str) -> None:
    project = parse_project(typed)
    assert project is not None
    assert (project.id, project.name) == ("1-1-1", "名前")


def test_a_direction_is_not_a_project_and_back() -> None:
    assert parse_project("1-1 ICT を活用した") is None
    direction = parse_direction("1-1 ICT を活用した")
    assert direction is not None and (direction.id, direction.name) == ("1-1", "ICT を活用した")
    assert parse_direction("1-1-1 名前") is None
    assert parse_project("東京 2020 オリンピック") is None


@pytest.mark.parametrize(
    ("typed", "number", "label", "name"),
    [
        ("① 名前", 1, "①", "名前"),
        ("⑫名前", 12, "⑫", "名前"),
        ("(3) 名前", 3, "(3)", "名前"),
        ("（３）名前", 3, "（３）", "名前"),
        ("4. 名前", 4, "4.", "名前"),
        ("5) 名前", 5, "5)", "名前"),
        ("名前だけ", None, "", "名前だけ"),
        # the numbers of the levels above carried in front, the item's own the last
        ("1-1-(1) 防災訓練推進事業", 1, "1-1-(1)", "防災訓練推進事業"),
        ("1-3-(12)交通安全推進事業", 12, "1-3-(12)", "交通安全推進事業"),
        ("１－３－（２）　名前", 2, "１－３－（２）", "名前"),
        ("1.1.3 名前", 3, "1.1.3", "名前"),
        ("1.2 名前", 2, "1.2", "名前"),
        ("(1)-2 名前", 2, "(1)-2", "名前"),
        ("1-1-4 名前", 4, "1-1-4", "名前"),
        ("1-1 名前", None, "", "1-1 名前"),  # (a direction's ID: parse_direction's)
    ],
)
def test_item_numbers(typed: str, number: int | None, label: str, name: str) -> None:
    item = parse_item(typed)
    assert (item.number, item.label, item.name) == (number, label, name)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ア 電子申請", "ア 電子申請"),
        ("(イ) 電子調達", "(イ) 電子調達"),
        ("ウ．公開", "ウ．公開"),
        ("　（エ）名前 ", "（エ）名前"),
        ("オ、名前", "オ、名前"),
        ("カ)名前", "カ)名前"),
        ("キ　名前", "キ　名前"),
        ("ン", None),
        ("(ア 名前", None),
        ("(1) 名前", None),
        ("ァ 名前", None),
        ("ｱ 名前", None),
        ("", None),
    ],
)
def test_lower_levels(typed: str, expected: str | None) -> None:
    assert parse_lower_level(typed) == expected


@pytest.mark.parametrize("typed", ["アクセシビリティの向上", "① 名前", "イベント情報"])
def test_words_starting_with_katakana_are_not_lower_levels(typed: str) -> None:
    assert parse_lower_level(typed) is None


def test_repeat_listing_reference() -> None:
    assert parse_repeat_of("まちなか観光の推進（1-2-1③再掲）") == "1-2-1③"
    assert parse_repeat_of("多言語化（１－１－１⑤再掲）") == "1-1-1⑤"
    assert parse_repeat_of("多言語化における ICT の活用") is None


def test_an_items_shown_id_keeps_a_number_label_apart_from_its_project() -> None:
    from planeval.model import Entry, Location

    def shown(project: str, label: str) -> str:
        entry = Entry(Location("a.xlsx"), "1", "1-1", project, "", 1, label, "名", None, "○", "○")
        return entry.shown_id

    assert shown("1-1-1", "①") == "1-1-1①"
    assert shown("1-1-1", "(2)") == "1-1-1(2)"
    assert shown("3", "10") == "3 10"  # (not 310)
    assert shown("1-1", "1.1.1") == "1-1 1.1.1"
    assert shown("1-1", "2") == "1-1-2"  # (施策1-1's No. 2, as plans number it)
    assert shown("1-1-1", "2") == "1-1-1 2"
    assert shown("1.1", "KPI1-1-1") == "KPI1-1-1"  # (its own number holds 1.1: review 113)
    assert shown("1.2", "KPI3") == "1.2 KPI3"  # (not 1.2KPI3)


# The readers ask the full patterns (costly to compile) only of a text they might match: what
# the patterns themselves read decides, over texts of digits, dashes, spaces and letters.
_TYPED = st.text(st.sampled_from("1２０ -－ー.．　施策データ名"), max_size=12)


@settings(max_examples=400, deadline=None)
@given(_TYPED)
def test_a_project_or_direction_id_is_read_as_its_pattern_reads_it(text: str) -> None:
    project, direction = _PROJECT().match(digits_only(text)), _DIRECTION().match(digits_only(text))
    if project is not None:
        number = "-".join(str(int(part)) for part in project.group(1, 2, 3))
        assert parse_project(text) == (number, project[4].strip())
    elif not _ASCII_PROJECT().match(text):
        assert parse_project(text) is None
    if direction is not None and parse_direction(text) is not None:
        assert parse_direction(text) == (
            "-".join(str(int(part)) for part in direction.group(1, 2)),
            direction[3].strip(),
        )
    elif direction is None and not _ASCII_DIRECTION().match(text):
        assert parse_direction(text) is None


@settings(max_examples=400, deadline=None)
@given(_TYPED)
def test_a_heading_under_a_policy_is_read_as_its_pattern_reads_it(text: str) -> None:
    if _sub_heading_pattern(HEADING_WORDS).match(text) is not None:
        assert sub_heading(text) is not None
    else:
        assert sub_heading(text) is None


def test_an_id_alone_in_its_cell_and_a_direction_written_with_a_long_vowel() -> None:
    assert parse_project("1-1-1") == ("1-1-1", "")
    assert parse_project("01-1-1") == ("1-1-1", "")
    assert parse_project("2-1 ペーパーレス化") is None
    assert parse_project("1 ー 2 ー 3 名前") == ("1-2-3", "名前")
    assert parse_direction("情報化政策2 行政経営") is None
    assert parse_direction("　１－２ 名前") == ("1-2", "名前")
