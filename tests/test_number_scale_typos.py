"""A scale of numbers (川崎市's 達成度 1–5): a 6, or a 2 typed in full width with a decimal (２．０),
is a typo of a rating, yet the fix said 「件数のようです。合計などの行なら表の外に移すか削除して
ください」. On such a scale a number is answered with the scale's numbers; on a scale of marks or
letters a number in a status cell still looks like a count."""

from __future__ import annotations

from planeval.presets import PRESETS
from planeval.scale import COUNT_HINT, DEFAULT_SCALE


def test_a_number_outside_a_scale_of_numbers_is_a_typo_of_one() -> None:
    kawasaki = PRESETS["kawasaki"]
    message, fix = kawasaki.unknown("6")
    assert message.startswith("'6' はこの評価尺度の記号ではありません")
    assert fix == "1・2・3・4・5 のどれかを書いてください（この尺度の記号は数字です）"
    assert kawasaki.unknown("２．０")[1] == "'2' のことなら、'2' と整数で書いてください"
    assert kawasaki.unknown("7.0")[1].startswith("1・2・3・4・5 のどれか")


def test_a_number_on_a_scale_of_marks_still_looks_like_a_count() -> None:
    assert DEFAULT_SCALE.unknown("12")[1] == COUNT_HINT
    assert PRESETS["nagayo"].unknown("3")[1] == COUNT_HINT


def test_a_dash_typed_as_another_dash_is_said_to_be_the_scale_s() -> None:
    """Review 36: 「ー」 (the katakana long-vowel mark, a common slip for 「－」) got only 「一覧の
    記号から選んでください」; each dash-like mark is now said to be the scale's dash, not counted."""
    nagayo = PRESETS["nagayo"]  # (A–D and − 評価できない)
    [dash] = [symbol for symbol in nagayo.symbols if not symbol.isalnum()]
    for typed in ("ー", "―", "‐", "—"):
        message, fix = nagayo.unknown(typed)
        assert message.startswith(f"'{typed}' はこの評価尺度の記号ではありません")
        assert fix.startswith(f"'{dash}' の書き間違いではありませんか"), fix
    assert DEFAULT_SCALE.unknown("ー")[1].startswith("'-' の書き間違いではありませんか")


def test_a_status_with_its_okurigana_written_out_is_said_to_be_the_scale_s() -> None:
    """Review 41: 「取り組み中」 for the progress scale's 取組中 got no suggestion; the same
    kanji with kana between them is that status (an alias to add, or the cell to correct)."""
    progress = PRESETS["progress"]
    assert progress.unknown("取り組み中")[1].startswith("'取組中' の書き間違いではありませんか")
    assert progress.unknown("取組み中")[1].startswith("'取組中' の")
    assert not progress.unknown("組中")[1].startswith("'取組中' の")  # (a kanji missing)


def test_a_status_s_word_cut_short_is_offered_whole() -> None:
    """Review 45: 「計画通り」 in a status cell got no suggestion; the start of one status's word
    is that word (「計画」 starts two: no guess)."""
    assert DEFAULT_SCALE.unknown("計画通り")[1].startswith(
        "'計画通り実施' の書き間違いではありませんか"
    )
    assert "書き間違い" not in DEFAULT_SCALE.unknown("計画")[1]


def test_a_word_s_tail_is_told_the_word_once() -> None:
    """枚方市's 「対象外」 for 評価対象外 (whose label is its symbol) was told 「'評価対象外評価対象外'
    の書き間違い」 (review 75)."""
    from planeval.presets import PRESETS

    fix = PRESETS["hirakata"].unknown("対象外")[1]
    assert fix.startswith("'評価対象外' の書き間違いではありませんか"), fix
    assert "評価対象外評価対象外" not in fix
