"""東群馬県's forms (review 207) in compare: every 施策 numbers its groups 「(1)」, 「(2)」 anew.

#1 (compare): of a 部局 that answered last year only, compare said 「項目 (1) の 44 件のうち 5 件」 —
the groups counted by their number as typed, every 施策's group (1) together, 44 the indicators
of no one group. Each group is now counted as itself and named as the list names it,
「項目 1-(1)-(1) の 3 件のうち 1 件」."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review207_bracketed_headings import Sheet, _forms

GOAL = ("基本目標1　県民の利便性を高めるデジタル化", [])
ONLINE, LOCAL = "施策 (1) 行政手続のオンライン化", "施策（2）地域のデジタル活用"
APPLY, CARD = "(1) 電子申請の拡大", "(2) カードの利活用"
AREA, DIVIDE = "(1) 地域情報化の推進", "(2) デジタルデバイド対策"
LAST_YEAR: dict[str, Sheet] = {
    "総務部": [
        GOAL,
        (ONLINE, [
            (APPLY, [("ア", "電子申請の件数", "前進B"), ("イ", "手続数", "横ばいC")]),
            (CARD, [("ア", "交付率", "達成A"), ("イ", "コンビニ交付数", "後退D")]),
        ]),
        (LOCAL, [
            (AREA, [("ア", "アクセスポイント数", "横ばいC")]),
            (DIVIDE, [("ア", "スマホ教室の回数", "前進B"), ("イ", "相談会の回数", "横ばいC")]),
        ]),
    ],
    # (this year not answered: one indicator in a group of each 施策, and a group of its own)
    "企画部": [
        GOAL,
        (ONLINE, [(APPLY, [("ウ", "電子申請の満足度", "達成A")])]),
        (LOCAL, [
            (DIVIDE, [("ウ", "支援員の人数", "後退D")]),
            ("(3) 情報発信", [("ア", "配信数", "前進B")]),  # (all its own)
        ]),
    ],
}  # fmt: skip
THIS_YEAR: dict[str, Sheet] = {
    "総務部": [
        GOAL,
        (ONLINE, [
            (APPLY, [("ア", "電子申請の件数", "達成A"), ("イ", "手続数", "横ばいC")]),
            (CARD, [("ア", "交付率", "達成A")]),
        ]),
        (LOCAL, [
            (AREA, [("ア", "アクセスポイント数", "前進B"), ("イ", "オープンデータ件数", "達成A")]),
            (DIVIDE, [("ア", "スマホ教室の回数", "前進B"), ("イ", "相談会の回数", "後退D")]),
        ]),
    ],
}  # fmt: skip


def test_a_group_left_out_is_counted_and_named_as_itself(tmp_path: Path) -> None:
    """Of the 部局 that answered last year only, each group it held part of is counted as
    itself — not every 施策's group (1) as one — and named by its full number; the groups'
    added and removed indicators by theirs."""
    old = _forms(tmp_path / "R5回答", LAST_YEAR, year=5)
    (old / "planeval.toml").unlink()  # (the settings are this year's folder's)
    new = _forms(tmp_path / "R6回答", THIS_YEAR)
    config = ["--config", str(new / "planeval.toml")]
    result = CliRunner().invoke(
        app, ["compare", str(old), str(new), *config, "-f", "plain"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert [" ".join(line.split()) for line in result.stdout.splitlines()] == [
        "指標の評価の変化（令和5年度 → 令和6年度）",
        "番号 指標 令和5年度 令和6年度 変化",
        "1-(1)-(1)ア 電子申請の件数 前進B 達成A 評価が上がった",
        "1-(1)-(1)ウ 電子申請の満足度 達成A 今回未集計",
        "1-(1)-(2)イ コンビニ交付数 後退D 削除",
        "1-(2)-(1)ア アクセスポイント数 横ばいC 前進B 評価が上がった",
        "1-(2)-(1)イ オープンデータ件数 達成A 追加",
        "1-(2)-(2)イ 相談会の回数 横ばいC 後退D 評価が下がった",
        "1-(2)-(2)ウ 支援員の人数 後退D 今回未集計",
        "1-(2)-(3)ア 配信数 前進B 今回未集計",
        "",
        "基本目標別の件数の変化（令和5年度 → 令和6年度）",
        "番号 名称 A B C D 計",
        "1 県民の利便性を高めるデジタル化 1 → 3（+2） 2 → 2（±0） 3 → 1（▲2） 1 → 1（±0） 7 → 7（±0）",
        "合計 1 → 3（+2） 2 → 2（±0） 3 → 1（▲2） 1 → 1（±0） 7 → 7（±0）",
        "",
        "凡例：達成A ／ 前進B ／ 横ばいC ／ 後退D",
        "前回から評価が上がった指標 2件、評価が下がった指標 1件",
        # (not 「項目 (1) の 4 件のうち 1 件、(2) の 5 件のうち 1 件」: 1-(1)-(1) and 1-(2)-(1)
        # counted as one group (1), 1-(1)-(2) and 1-(2)-(2) as one (2))
        "今回は調査票の提出がなかった部: 企画部。その指標（項目 1-(1)-(1) の 3 件のうち 1 件、"
        "1-(2)-(2) の 3 件のうち 1 件、1-(2)-(3) の 1 件すべて）は「今回未集計」です",
        "「前回未集計」「今回未集計」の指標 3 件は、同じ指標どうしを比べるため、基本目標別の件数の"
        "変化の前回・今回のどちらにも含めていません。除いたのは前回（令和5年度）の 達成A 1 件"
        "（1-(1)-(1)ウ）、前進B 1 件（1-(2)-(3)ア）、後退D 1 件（1-(2)-(2)ウ）です",
        "基本目標別の件数の変化の合計は、未集計の指標を除いた件数のため、前回の集計の 10 件ではなく"
        " 7 件です",
    ]
    notices = [line.split("（")[0] for line in result.stderr.splitlines() if line]
    assert notices == [
        f"お知らせ: {old}/R5_進捗状況_企画部.xlsx: 企画部は前回だけ回答しています",
        "お知らせ 1 件",
    ]
