"""A 行政改革大綱's plan in the city's own layout (review 208 #3): its compiled list without the
status columns — No. | 改革項目 | 取組項目 | 所管課 under band rows 「Ⅰ　…」, each 改革項目
「(1) 窓口サービスの向上」 merged down beside its 取組項目 「(1)-1」, 「(1)-2」. Read as a
計画事業一覧, each No. was a project of its own under a policy (1), (2)…: a phantom 「大綱の柱3
（未集計）」, 改革項目 「(1)-2 | (2) 行政手続のオンライン化」 and a notice per 改革項目 that the
replies named it otherwise. Read as the replies are, the plan and the replies agree."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from planeval.config import load_config
from planeval.io.plan_reader import read_plan
from tests.conftest import write_book

RUNNER = CliRunner()
TOML = """[scale]
preset = "progress"

[layout]
status_column = "実施状況"

[wording]
policy = "大綱の柱"
project = "改革項目"
item = "取組項目"
status = "実施状況"
department = "所管課"
"""
# 柱, its 改革項目 with their 取組項目 (name, 所管課, this year's 実施状況)
PLAN = {
    "Ⅰ\u3000市民サービスの向上": {
        "(1) 窓口サービスの向上": [
            ("窓口の拡充", "市民課", "取組中"),
            ("窓口の導入", "市民課", "完了"),
        ],
        "(2) 行政手続のオンライン化": [("電子申請の拡大", "デジタル推進課", "完了")],
    },
    "Ⅱ\u3000健全な財政運営": {
        "(3) 公共施設の適正配置": [
            ("施設の統廃合", "資産経営課", "未着手"),
            ("施設の長寿命化", "資産経営課", "取組中"),
        ],
    },
}


def _list(path: Path, *, status: bool) -> Path:
    """The compiled list: its title, header and band rows, each 改革項目 merged down beside its
    取組項目; with this year's 実施状況 column where ``status`` (a reply), else the plan."""
    rows: list[tuple[object, ...]] = [("西鶴見市行政改革大綱 実施計画",), ()]
    rows.append(("No.", "改革項目", "取組項目", "所管課", *(("実施状況",) if status else ())))
    merges = []
    for band, projects in PLAN.items():
        rows.append((band,))
        merges.append(f"A{len(rows)}:{'E' if status else 'D'}{len(rows)}")
        for project, items in projects.items():
            first = len(rows) + 1
            for at, (name, department, rated) in enumerate(items, start=1):
                number = f"{project.split()[0]}-{at}"
                shown = project if at == 1 else None
                rows.append((number, shown, name, department, *((rated,) if status else ())))
            if len(items) > 1:
                merges.append(f"B{first}:B{len(rows)}")
    return write_book(path, {"実施計画": rows}, merges={"実施計画": merges})


def test_the_plan_s_items_are_the_replies_rows(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    layout = load_config(tmp_path / "planeval.toml").layout  # (the replies' own)
    plan = read_plan(_list(tmp_path / "計画.xlsx", status=False), layout=layout)
    read = [
        (i.location.cell, i.policy_id, i.policy_label, i.project_id, i.project_label,
         i.project_name, i.item_label, i.item_name, i.departments)
        for i in plan.items
    ]  # fmt: skip
    assert read == [
        ("C5", "1", "Ⅰ", "1-1", "(1)", "窓口サービスの向上", "(1)-1", "窓口の拡充", ("市民課",)),
        ("C6", "1", "Ⅰ", "1-1", "(1)", "窓口サービスの向上", "(1)-2", "窓口の導入", ("市民課",)),
        ("C7", "1", "Ⅰ", "1-2", "(2)", "行政手続のオンライン化", "(2)-1", "電子申請の拡大",
         ("デジタル推進課",)),
        ("C9", "2", "Ⅱ", "2-3", "(3)", "公共施設の適正配置", "(3)-1", "施設の統廃合",
         ("資産経営課",)),
        ("C10", "2", "Ⅱ", "2-3", "(3)", "公共施設の適正配置", "(3)-2", "施設の長寿命化",
         ("資産経営課",)),
    ]  # fmt: skip
    assert plan.problems == []


def test_summarize_with_the_plan_counts_its_own_levels_and_says_nothing(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    plan = _list(tmp_path / "計画.xlsx", status=False)
    (tmp_path / "回答").mkdir()
    replies = _list(tmp_path / "回答" / "実施状況.xlsx", status=True)
    args = ["summarize", str(replies), "--plan", str(plan), "-f", "csv"]
    args += ["--config", str(tmp_path / "planeval.toml")]
    header = "\ufeff番号,番号（表記）,名称,未着手,取組中,完了,計"
    by_policy = [
        "1,Ⅰ,市民サービスの向上,0,1,2,3",
        "2,Ⅱ,健全な財政運営,1,1,0,2",
    ]
    by_project = [
        "1-1,(1),窓口サービスの向上,0,1,1,2",
        "1-2,(2),行政手続のオンライン化,0,0,1,1",
        "2-3,(3),公共施設の適正配置,1,1,0,2",
    ]
    for by, rows in (("policy", by_policy), ("project", by_project)):
        result = RUNNER.invoke(app, [*args, "--by", by])
        assert (result.exit_code, result.stderr) == (0, ""), by
        assert result.stdout.splitlines() == [header, *rows, "合計,,,1,2,2,5"], by


def test_last_year_s_compiled_list_as_the_plan_says_how_to_make_it_one(tmp_path: Path) -> None:
    """Review 208 #4: the city has no 計画事業一覧, only last year's compiled list; refused as
    the plan (a reply given by mistake is never the plan), the error says what makes it one —
    its status column deleted, it is read as above."""
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    last_year = _list(tmp_path / "R5.xlsx", status=True)
    args = ["summarize", str(last_year), "--plan", str(last_year)]
    result = RUNNER.invoke(app, [*args, "--config", str(tmp_path / "planeval.toml")])
    assert result.exit_code == 2
    assert result.stderr == (
        f"エラー: --plan: {last_year}: 計画事業一覧ではなく、実施状況の表（各部の調査票の回答など）"
        "のようです（実施計画 › E3 に評価の列「実施状況」があります。計画事業一覧の「新規/拡大/"
        "継続/終了」の列はありません）。計画には計画事業一覧のブックを指定してください（実施状況の"
        "表は、集計するファイルとして指定します）。計画事業一覧がなく、前年度の回答を取りまとめた"
        "一覧を計画にするなら、その評価の列を削除して別の名前で保存したブックを指定してください"
        "（評価の列のある表は、回答を取り違えて計画にしないよう計画としては読みません）\n"
    )
