"""Review 201 #1 and #4: Word's cells were written with line breaks inside a word — 東上野県's
「順調に進捗／している。引き／続き推進する。」 (引き続き split in 34 of its 69 issues), 「実績が
伸び／悩んでいる。周知／方法を見直す。」, 「オ 県・市町村共／同利用型電子／申請の拡大」, 「ア
電子申請可能／な手続の拡大」: a name is broken only where a phrase (文節) ends, else left to Word."""

from __future__ import annotations

from planeval.report.breaks import TOKENS, pieces
from planeval.report.docx_export import DOCX_UNITS
from planeval.report.name_lines import cell_lines, name_cell

ISSUE_MM = 30.233  # (東上野県's 課題・今後の方向性 in its issue list, ten columns)
ITEM_MM = 30.745  # (its 取組 in table 1-1)


def _cell(identifier: str, text: str, width: float) -> str:
    wrap = DOCX_UNITS.wrap
    return name_cell(identifier, text, width, wrap, lines=cell_lines(text, width, wrap))


def test_an_issue_is_left_to_word_where_no_phrase_ends_on_its_lines() -> None:
    for text in (
        "順調に進捗している。引き続き推進する。",
        "実績が伸び悩んでいる。周知方法を見直す。",
    ):
        assert _cell("", text, ISSUE_MM) == text


def test_an_item_s_name_is_not_broken_inside_a_word() -> None:
    assert (
        _cell("オ", "県・市町村共同利用型電子申請の拡大", ITEM_MM)
        == "県・市町村共同利用型電子申請の拡大"
    )
    assert _cell("ア", "電子申請可能な手続の拡大", ITEM_MM) == "電子申請可能な手続の拡大"


def test_setagaya_s_issue_leaves_no_character_alone() -> None:
    """Setagaya's 課題等 (51.5 mm) was broken after 「校内」 and Word, setting its second line
    wider than measured, left 「備」 alone on a third: with no phrase end that two lines take,
    it is left whole to Word (LibreOffice: two lines)."""
    text = "タブレット型情報端末及び校内通信 NW 等新たな ICT 基盤を整備"
    assert _cell("", text, 51.541) == text
    assert _cell("", text, 56.286) == "タブレット型情報端末及び校内通信\nNW 等新たな ICT 基盤を整備"


def _starts(text: str) -> list[str]:
    from planeval.report.breaks import phrase_starts

    parts = TOKENS.findall(text)
    found = sorted(phrase_starts(parts))
    return ["".join(parts[a:b]) for a, b in zip([0, *found], [*found, len(parts)], strict=True)]


def test_phrases_end_after_a_particle_a_mark_or_a_verb_s_kana() -> None:
    assert _starts("順調に進捗している。引き続き推進する。") == [
        "順調に", "進捗している。", "引き続き", "推進する。"
    ]  # fmt: skip
    assert _starts("実績が伸び悩んでいる。周知方法を見直す。") == [
        "実績が", "伸び悩んでいる。", "周知方法を", "見直す。"
    ]  # fmt: skip
    assert _starts("応募がなかった") == ["応募が", "なかった"]
    assert _starts("原因を分析し改善を図る。") == ["原因を", "分析し", "改善を", "図る。"]


def test_a_word_s_okurigana_an_adjective_s_na_and_a_suffix_stay_with_their_word() -> None:
    """The pieces fold keeps whole (between words, no worse than between two kanji words)."""
    assert pieces("引き続き推進する") == ["引き続き", "推進する"]
    assert pieces("伸び悩んでいる") == ["伸び悩んでいる"]
    assert pieces("取り組み状況") == ["取り組み", "状況"]
    assert pieces("申し込み受付") == ["申し込み", "受付"]
    assert pieces("電子申請可能な手続") == ["電子", "申請", "可能な", "手続"]
    assert pieces("市町村共同利用型電子申請") == ["市町村", "共同", "利用型", "電子", "申請"]
