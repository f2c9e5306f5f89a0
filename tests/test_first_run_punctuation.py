"""A first run of 西羽根市's forms (review 196 #2): one cell typed 「次年度以降、計画を見直す」
beside ten of 「次年度以降計画を見直す」. The block offered it as a status of its own; pasted,
summarize published a fifth column (5 and 1 where the truth is 6). A value the same as a more
frequent one but for its punctuation (、，・ and spaces, of either width) is now offered as that
value's alias, in a table of the preset's status."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.test_first_run_preset_first import ORDER, PHRASES, _block, _forms

SLIPPED = "次年度以降、計画を見直す"


def test_a_value_typed_with_a_comma_is_offered_as_the_frequent_value_s_alias(
    tmp_path: Path,
) -> None:
    phrases = {**PHRASES, "都市建設部": ["計画どおり完了", SLIPPED, "次年度以降計画を見直す"]}
    block = _block(_forms(tmp_path / "回答", phrases))
    assert (
        "[[scale.status]]\n"
        'symbol = "次年度以降計画を見直す"\n'
        'aliases = ["次年度以降、計画を見直す"]\n'
    ) in block
    assert f'symbol = "{SLIPPED}"' not in block
    config = tmp_path / "planeval.toml"
    config.write_text(block, encoding="utf-8")
    scale = planeval.load_config(config).scale
    assert [s.symbol for s in scale.statuses if s.counted] == ORDER
    result = planeval.read_workbooks([tmp_path / "回答"], scale=scale)
    assert not [p for p in result.problems if p.is_error]
    revised = [e for e in result.entries if e.status == "次年度以降計画を見直す"]
    assert len(revised) == 5  # (3 of 福祉健康部's, 都市建設部's 2)


def test_the_lead_says_the_value_is_taken_for_the_other_s_alias(tmp_path: Path) -> None:
    phrases = {**PHRASES, "都市建設部": ["計画どおり完了", "次年度以降，計画を見直す"]}
    [said] = [
        p
        for p in planeval.read_workbooks([_forms(tmp_path / "回答", phrases)]).problems
        if p.settings
    ]
    # (the status called as the forms title it, 進捗状況, not planeval's 達成状況)
    assert said.message.startswith(
        "3 ファイルの進捗状況は、独自の評価尺度で評価されているようです。"
    )
    assert (
        "'次年度以降，計画を見直す' 1 か所は '次年度以降計画を見直す' の別の書き方とみて、"
        "設定例の aliases に入れました"
    ) in said.message
