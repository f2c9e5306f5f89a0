"""A status the settings add below the worst that needs an issue text is listed by its status
too (review 196 #3): 西羽根市 adds 未着手 after hamura's 次年度以降計画を見直す, and with the
notice's ``issue_list = "status"`` `issues` listed the 12 次年度以降計画を見直す 事業 and left its
two 未着手 ones (客引き防止対策事業, 公共交通網再編事業) out with no word, while the notice
offered the line for 「次年度以降計画を見直す」 alone. Scale.off_plan is the one rule: the
notice, `issues` and the export all list them."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review196_plan_policies import SETTINGS

RUNNER = CliRunner()
DONE, PART, REVIEW, UNSTARTED = "計画どおり完了", "一部完了", "次年度以降計画を見直す", "未着手"
# (the city's settings, without its plan)
SCALE = SETTINGS.split("\n[plan]")[0].replace("[scale]\n", "[scale]\n{extra}", 1)
ROWS = [  # (施策, 事業名, 評価, 評価の理由・今後の方向性): the text on every row
    ("1", "河川改修事業", DONE, "計画どおり完了した。"),
    ("1", "防犯灯LED化事業", PART, "一部の地区で完了した。"),
    ("1", "客引き防止対策事業", UNSTARTED, "関係機関との調整が整わず着手できなかった。"),
    ("2", "食育推進事業", REVIEW, "事業費の高騰により計画の見直しが必要となった。"),
    ("2", "公共交通網再編事業", UNSTARTED, "関係機関との調整が整わず着手できなかった。"),
    ("2", "病児保育事業", DONE, "計画どおり完了した。"),
    ("2", "特定健康診査事業", PART, "受診率は目標に届かなかった。"),
]


def _city(folder: Path, extra: str = "") -> list[str]:
    book = Workbook()
    sheet = book.active
    sheet.title = "施策評価"
    sheet.append(["令和6年度 施策評価調査票"])
    sheet.append(["施策", "事業名", "評価", "評価の理由・今後の方向性"])
    for project, name, status, issue in ROWS:
        sheet.append([f"施策{project}", name, status, issue])
    path = folder / "施策評価調査票.xlsx"
    book.save(path)
    config = folder / "planeval.toml"
    config.write_text(SCALE.format(extra=extra), encoding="utf-8")
    return [str(path), "--config", str(config)]


HEADER = [
    "課題一覧",
    "┌──────┬────────────────────┬────────────────────────┬────────────────────────────────────────────────┬─────────────────────────────────────┐",
    "│ 施策 │ 事業               │ 評価                   │ 評価の理由・今後の方向性                       │ 出典                                │",
    "├──────┼────────────────────┼────────────────────────┼────────────────────────────────────────────────┼─────────────────────────────────────┤",
]
FOOTER = "└──────┴────────────────────┴────────────────────────┴────────────────────────────────────────────────┴─────────────────────────────────────┘"
LISTED = [
    "│ 1    │ 客引き防止対策事業 │ 未着手                 │ 関係機関との調整が整わず着手できなかった。     │ 施策評価調査票.xlsx › 施策評価 › D5 │",
    "│ 2    │ 食育推進事業       │ 次年度以降計画を見直す │ 事業費の高騰により計画の見直しが必要となった。 │ 施策評価調査票.xlsx › 施策評価 › D6 │",
    "│ 2    │ 公共交通網再編事業 │ 未着手                 │ 関係機関との調整が整わず着手できなかった。     │ 施策評価調査票.xlsx › 施策評価 › D7 │",
]


def _issues(args: list[str]) -> list[str]:
    result = RUNNER.invoke(app, ["issues", *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_the_notice_offers_the_statuses_at_and_below_the_one_that_needs_a_text(
    tmp_path: Path,
) -> None:
    lines = _issues(_city(tmp_path))
    assert lines[lines.index("7 件") + 1 :] == [
        f"お知らせ: {tmp_path / 'planeval.toml'}: 課題一覧の 7 件のうち 4 件は、「計画どおり完了」"
        "・「一部完了」の事業です。評価の理由・今後の方向性の記入があるため載っています。「計画どおり"
        "完了」・「一部完了」の事業は 4 件で、すべてに記入があります（評価の理由・今後の方向性をどの行"
        "にも書く様式で、「次年度以降計画を見直す」・「未着手」の事業 3 件だけを課題一覧に載せる"
        "なら、planeval.toml の [scale] の行のすぐ下に次の設定を加えてください。記入のある行も"
        '載せるなら issue_list = "status_or_text" と書くと、このお知らせは出ません）',
        '  issue_list = "status"',
        "お知らせ 1 件",
    ]


def test_issues_with_the_line_lists_the_unstarted_too(tmp_path: Path) -> None:
    lines = _issues(_city(tmp_path, 'issue_list = "status"\n'))
    assert lines == [*HEADER, *LISTED, FOOTER, "3 件"]


def test_the_export_lists_them_by_the_same_rule(tmp_path: Path) -> None:
    args = _city(tmp_path, 'issue_list = "status"\n')
    result = RUNNER.invoke(app, ["export", *args, "--md", str(tmp_path / "r.md")])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    issues = text[text.index("## 課題一覧") :].splitlines()
    assert "「次年度以降計画を見直す」・「未着手」と評価された事業。一覧は3件です。" in issues
    assert [
        line.split(" | ")[1] for line in issues if line.startswith("| ") and "事業 |" in line
    ] == ["事業", "客引き防止対策事業", "食育推進事業", "公共交通網再編事業"]
