"""Review 163 #3: the published 集計 carried the clerk's guess under its table (「…集計に含まれ
ていません（受け持つ部署の回答が届いていないおそれがあります）」): the report states the fact,
the terminal's warning keeps the guess; and at 390 px the rounding note broke 「小数第 / 1位」."""

from __future__ import annotations

from pathlib import Path

from tests.test_review160_bracket_numbers import UNANSWERED, _cli, _forms, _typed


def test_the_published_gap_note_states_the_fact_and_holds_the_decimal_place(
    tmp_path: Path,
) -> None:
    _forms(tmp_path / "R6", "{}-({})")
    missing = _typed(UNANSWERED[1], "{}-({})")
    md, page = tmp_path / "報告.md", tmp_path / "報告.html"
    code, out, err = _cli(
        tmp_path, "export", str(tmp_path / "R6"), "--md", str(md), "--html", str(page)
    )
    assert code == 0, out + err
    fact = (
        f"基本方針{UNANSWERED[1][0]} の施策 {missing} は報告がなかったため、集計に含めていません。"
    )
    for text in (md.read_text(encoding="utf-8"), page.read_text(encoding="utf-8")):
        assert fact in text.replace("\n", "")
        assert "おそれ" not in text
    assert "の行がどのファイルにもありません" in err.replace("\n", "")  # (the clerk's warning)
    html = page.read_text(encoding="utf-8")
    assert "小数第" in html
    assert html.count("小数第") == html.count('<span class="figure">小数第')
