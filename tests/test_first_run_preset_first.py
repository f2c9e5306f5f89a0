"""A first run of 羽村市's forms (review 121 #2): their phrases are preset "hamura"'s two and
four more, a line of each form lists all six best first and a note leaves 事業終了 out of the
count. The block printed listed them in the order met, counted 事業終了 and named no preset:
pasted as printed it counted 60 for 57, and compare called 計画どおり進捗 → 一部遅れ an
improvement. Now the preset comes first, each other phrase is placed by ``after`` in the
form's order, and 事業終了 is not counted."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.listed_statuses import left_out, listed_order
from tests.conftest import write_book

LISTED = (
    "進捗状況は「計画どおり完了」「計画どおり進捗」「一部遅れ」「次年度以降計画を見直す」"
    "「未着手」「事業終了」のいずれかを記入してください。"
)
NOTES = [
    "※「事業終了」は、件数に含めません。",
    "※課題・今後の方向性は、「一部遅れ」「次年度以降計画を見直す」「未着手」の場合に記入してください。",
]
PHRASES = {  # (no form holds every phrase: the order is the line's, read across the files)
    "企画総務部": ["計画どおり完了", "一部遅れ", "計画どおり進捗", "事業終了"] * 3,
    "福祉健康部": ["次年度以降計画を見直す", "未着手", "計画どおり完了", "計画どおり進捗"] * 3,
}
ORDER = ["計画どおり完了", "計画どおり進捗", "一部遅れ", "次年度以降計画を見直す", "未着手"]


def _forms(folder: Path, phrases: dict[str, list[str]] = PHRASES) -> Path:
    folder.mkdir()
    for department, statuses in phrases.items():
        rows: list[list[object]] = [[f"令和6年度　事務事業の進捗状況（{department}）"], [LISTED]]
        rows.append(["番号", "事業名", "担当課", "進捗状況", "課題・今後の方向性"])
        rows += [["1 まち", None, None, None, None]]
        for number, status in enumerate(statuses, start=1):
            rows.append([f"1-1-{number}", f"{department}の事業{number}", "企画課", status, ""])
        rows += [[None], *([note] for note in NOTES)]
        write_book(folder / f"{department}.xlsx", {"進捗状況": rows})
    return folder


def _block(folder: Path, **read: object) -> str:
    [said] = [p for p in planeval.read_workbooks([folder], **read).problems if p.settings]  # type: ignore[arg-type]
    return said.settings


def test_the_preset_first_its_other_phrases_placed_in_the_forms_order(tmp_path: Path) -> None:
    block = _block(_forms(tmp_path / "回答"))
    assert block.startswith(
        "[scale]\n"
        '# 計画どおり完了・次年度以降計画を見直す は preset "hamura" の評価です。\n'
        "# ほかの評価は [[scale.status]] でその尺度に加えます\n"
        "# 記号は表の記入の案内の順に、良い順とみて並べました\n"
        f"# （その案内: {tmp_path / '回答' / '企画総務部.xlsx'} › 進捗状況 › A2）\n"
        'preset = "hamura"\n'
        "\n"
        "[[scale.status]]\n"
        'symbol = "計画どおり進捗"\n'
        'label = "計画どおり進捗"\n'
        'after = "計画どおり完了"  # 並びでこの記号の次に置きます\n'
    )
    assert 'symbol = "計画どおり完了"' not in block  # (the preset's own)
    assert 'symbol = "事業終了"\nlabel = "事業終了"\ncounted = false' in block
    # pasted as printed: the scale best first, 事業終了 not counted
    config = tmp_path / "planeval.toml"
    config.write_text(block, encoding="utf-8")
    settings = planeval.load_config(config)
    assert [s.symbol for s in settings.scale.statuses if s.counted] == ORDER
    result = planeval.read_workbooks([tmp_path / "回答"], scale=settings.scale)
    assert not [p for p in result.problems if p.is_error]
    counted = [e for e in result.entries if e.status in settings.scale.counted]
    assert len(result.entries) == 24 and len(counted) == 21


def test_a_run_under_the_preset_alone_is_offered_the_preset_and_the_rest(tmp_path: Path) -> None:
    """With [scale] preset = "hamura" alone, the block that replaces [scale] kept none of the
    preset's statuses: pasted, 計画どおり完了 and 次年度以降計画を見直す were no statuses."""
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "hamura"\n', encoding="utf-8")
    block = _block(_forms(tmp_path / "回答"), scale=planeval.load_config(config).scale)
    assert 'preset = "hamura"' in block
    config.write_text(block, encoding="utf-8")
    statuses = planeval.load_config(config).scale.statuses
    assert [s.symbol for s in statuses if s.counted] == ORDER


def test_a_note_leaves_out_only_the_values_it_quotes_before_it() -> None:
    values = ["計画どおり完了", "一部遅れ", "未着手", "事業終了"]
    texts = ["「一部遅れ」「未着手」の場合に記入してください（「事業終了」を除く）。"]
    assert left_out(texts, values) == {"事業終了"}
    assert left_out(NOTES[1:], values) == frozenset()
    assert listed_order([LISTED], values)[:3] == ("計画どおり完了", "計画どおり進捗", "一部遅れ")
    assert listed_order(NOTES[1:], ["計画どおり完了", "事業終了"]) == ()


def test_a_few_stages_beside_the_preset_keep_the_note_s_uncounted(tmp_path: Path) -> None:
    """Under preset "hamura", a few phrases of their own (stage_statuses.py's lines): the one
    the forms' note leaves out of the count is offered counted = false, not as a stage the
    others are placed after."""
    folder = tmp_path / "回答"
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "hamura"\n', encoding="utf-8")
    few = {
        "企画総務部": [
            "計画どおり完了",
            "一部遅れ",
            "計画どおり完了",
            "事業終了",
            "計画どおり完了",
        ],
        "福祉健康部": ["次年度以降計画を見直す", "未着手", "計画どおり完了", "計画どおり完了"],
    }
    block = _block(_forms(folder, few), scale=planeval.load_config(config).scale)
    assert 'symbol = "事業終了"\nlabel = "事業終了"\ncounted = false' in block
    assert 'after = "事業終了"' not in block
