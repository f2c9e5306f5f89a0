"""Review 195 #2: 南川崎市's 集中改革プラン (reform_plan; 番号 (1)-1 | 改革項目 | 取組項目 | 担当課 |
取組状況 | 実施結果 | 今後の方向性) types 「再」 for one 再掲 row. The fix its error suggested,
``aliases = ["再"]`` on 再掲, was refused: 「'再'（再掲）ですが、名称か備考に再掲元の書き込み…が
ありません」 (an error, the row not counted), while a bare 「再掲」 naming nothing was read. An
alias is read as its symbol is. And before the alias, 「'再' はこの評価尺度の記号ではありません」
said nothing of 再掲: a single character starting one status's symbol or label now names it,
with the aliases line to write."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.body_settings import REFORM_CITY
from tests.conftest import write_book

HEADER = [
    "番号",
    "改革項目",
    "取組項目",
    "担当課",
    "令和6年度の取組状況",
    "実施結果",
    "今後の方向性",
]
SETTINGS = REFORM_CITY + '\n[columns]\nignore = ["令和6年度の取組状況"]\n'
ALIAS = '\n[[scale.status]]\nsymbol = "再掲"\naliases = ["再"]\n'


def _book(folder: Path, *, alias: bool) -> Path:
    """Two 改革項目 of three 取組項目; (1)-3 typed 「再」, (2)-3 「再掲」, neither naming its source."""
    rows = [
        ["南川崎市集中改革プラン　令和6年度 取組状況一覧"],
        [],
        HEADER,
        ["(1)-1", "事務事業の再編・整理", "補助金の総点検", "財政課", "進めた。", "目標達成", None],
        ["(1)-2", None, "文書管理の効率化", "総務課", "進めた。", "取組中", None],
        ["(1)-3", None, "窓口業務の民間委託", "市民課", None, "再", None],
        [
            "(2)-1",
            "定員管理の適正化",
            "組織機構の見直し",
            "行政改革推進課",
            "進めた。",
            "取組中",
            None,
        ],
        ["(2)-2", None, "職員研修の充実", "人事課", "進めた。", "目標達成", None],
        ["(2)-3", None, "会計年度任用職員の適正配置", "職員課", None, "再掲", None],
    ]
    path = write_book(folder / "集中改革プラン取組状況.xlsx", {"令和6年度": rows})
    (folder / "planeval.toml").write_text(SETTINGS + ALIAS * alias, encoding="utf-8")
    return path


def _validate(path: Path) -> tuple[int, list[str]]:
    config = str(path.parent / "planeval.toml")
    result = CliRunner().invoke(app, ["validate", str(path), "--config", config])
    return result.exit_code, result.stdout.splitlines()


def test_the_alias_of_the_repeat_symbol_is_read_as_the_symbol(tmp_path: Path) -> None:
    path = _book(tmp_path, alias=True)
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([path], scale=config.scale, layout=config.layout)
    assert planeval.validate(read, scale=config.scale, wording=config.wording) == []
    repeats = [e for e in read.entries if e.status == "再掲"]
    assert [(e.item_key, e.status_text, e.repeat_of) for e in repeats] == [
        ("1(1)-3", "再", ""),
        ("2(2)-3", "再掲", ""),
    ]


def test_validate_reads_the_alias_exit_0(tmp_path: Path) -> None:
    assert _validate(_book(tmp_path, alias=True)) == (
        0,
        ["問題は見つかりませんでした（1 ファイル、6 件）"],
    )


HINT = (
    "'再掲' の略ではありませんか。そうなら '再掲' と書くか、planeval.toml の [scale] の下に"
    ' [[scale.status]] を加えて symbol = "再掲" と aliases = ["再"] を書いてください（その'
    " symbol の [[scale.status]] がすでにあれば、aliases の行を加えてください）"
)


def test_a_single_character_starting_one_symbol_names_it_and_the_alias_line() -> None:
    scale = PRESETS["reform_plan"]
    assert scale.unknown("再") == (
        "'再' はこの評価尺度の記号ではありません（目標達成 取組中 変更・中止 再掲）",
        HINT,
    )
    done = PRESETS["hamamatsu"]  # (A 目標達成 … : 「目」 starts A's label)
    assert done.unknown("目")[1] == (
        "'A'（目標達成） の略ではありませんか。そうなら 'A' と書くか、planeval.toml の [scale] の"
        '下に [[scale.status]] を加えて symbol = "A" と aliases = ["目"] を書いてください（その'
        " symbol の [[scale.status]] がすでにあれば、aliases の行を加えてください）"
    )


def test_a_character_starting_two_statuses_names_none() -> None:
    scale = PRESETS["reform_plan"]  # (取組中 and 目標達成 start apart; 変更・中止 alone 変)
    assert scale.unknown("変")[1].startswith("'変更・中止' の略")
    two = planeval.Scale(
        (planeval.Status("達成", "達成"), planeval.Status("達成見込", "達成見込")),
        as_planned="達成",
    )
    assert two.unknown("達")[1] == (
        "この尺度の記号のどれかを書いてください。同じ意味で使われている記号なら planeval.toml で"
        "別名（aliases）として追加してください"
    )


def test_validate_without_the_alias_names_re_kei(tmp_path: Path) -> None:
    path = _book(tmp_path, alias=False)
    code, lines = _validate(path)
    assert code == 1
    assert lines[0] == (
        f"エラー: {path} › 令和6年度 › F6: '再' はこの評価尺度の記号ではありません"
        f"（目標達成 取組中 変更・中止 再掲）（{HINT}）"
    )


def test_the_alias_is_read_as_its_symbol_in_a_numbered_table_too(tmp_path: Path) -> None:
    """A Setagaya-style form (1-1-1 ① …) on a scale whose repeat symbol is the word 再掲, 「再」
    its alias: 「再」 naming no source is read as 「再掲」 is."""
    rows = [
        ["情報化計画事業の体系", "実施内容", "達成状況", "課題等", "所管部"],
        ["1-1-1 電子申請の拡充", "① 申請手続の拡大", "○", None, "政策経営部"],
        ["1-2-1 窓口の改善", "① 申請手続の拡大", "再", None, "政策経営部"],
        [None, "② 案内表示の多言語化", "再掲", None, "政策経営部"],
    ]
    path = write_book(tmp_path / "政策経営部.xlsx", {"進捗状況": rows})
    seed = PRESETS["setagaya"]
    statuses = [s for s in seed.statuses if s.counted]
    scale = planeval.Scale(
        (*statuses, planeval.Status("再掲", "再掲", counted=False, aliases=("再",))),
        as_planned=seed.as_planned,
    )
    result = planeval.read_workbooks([path], scale=scale)
    assert [(e.project_id, e.item_no, e.status, e.repeat_of) for e in result.entries] == [
        ("1-1-1", 1, "○", None),
        ("1-2-1", 1, "再掲", ""),
        ("1-2-1", 2, "再掲", ""),
    ]
    assert result.problems == []
