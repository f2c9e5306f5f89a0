"""The issue list that holds every row for the text beside it points to ``issue_list =
"status"`` (review 146, 143 #5): 川瀬町 writes 評価の理由・課題 on every row, 「計画どおり実施し、
目標を達成した。」 beside each 計画どおり完了, so `issues` listed nearly every 事業 and no output
named the setting that lists the 一部実施, 次年度以降計画を見直す and 事業中止 rows alone. One notice
now says how many rows are listed for their text and gives the line; none where the settings
write an issue_list (either value), where --status chooses the rows, or where few rows as
planned carry a text (the designed workflow)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

RUNNER = CliRunner()
DONE, PART, REVIEW, STOPPED = "計画どおり完了", "一部実施", "次年度以降計画を見直す", "-"
BOILERPLATE = "計画どおり実施し、目標を達成した。"
SCALE = """[scale]
preset = "hamura"
{extra}
[[scale.status]]
symbol = "一部実施"
label = "一部実施"
after = "計画どおり完了"
needs_issue = true

[[scale.status]]
symbol = "-"
label = "事業中止"
after = "次年度以降計画を見直す"
needs_issue = true
counted = true

[wording]
preset = "hamura"
policy = "基本目標"
project = "施策"
item = "事業"
status = "評価"
issue = "評価の理由・課題"
"""
# 事業 a row: (施策, 事業名, 評価, 評価の理由・課題)
ROWS = [
    ("1", "防災行政無線のデジタル化", DONE, BOILERPLATE),
    ("1", "自主防災組織の育成支援", DONE, BOILERPLATE),
    ("1", "避難所備蓄品の計画的整備", PART, "備蓄食料の更新は一部のみ。"),
    ("1", "ハザードマップの改訂", DONE, BOILERPLATE),
    ("2", "健康ポイント事業", DONE, BOILERPLATE),
    ("2", "病児保育の実施", STOPPED, "委託先の撤退により中止。"),
    ("2", "配食サービスの見直し", REVIEW, "利用が少なく見直す。"),
    ("2", "がん検診の個別通知", DONE, ""),
]


def _town(folder: Path, rows: list[tuple[str, str, str, str]], extra: str = "") -> list[str]:
    """The town's workbook and planeval.toml (``extra``: lines under [scale]); the CLI's
    arguments reading them."""
    book = Workbook()
    sheet = book.active
    sheet.title = "目標1"
    sheet.append(["令和7年度 施策評価シート"])
    sheet.append(["施策", "事業名", "評価", "評価の理由・課題"])
    for project, name, status, issue in rows:
        sheet.append([f"施策{project}", name, status, issue or None])
    path = folder / "施策評価シート.xlsx"
    book.save(path)
    config = folder / "planeval.toml"
    config.write_text(SCALE.format(extra=extra), encoding="utf-8")
    return [str(path), "--config", str(config)]


def _issues(args: list[str], *options: str) -> tuple[int, str]:
    result = RUNNER.invoke(app, ["issues", *args, *options], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    counted = next(line for line in result.stdout.splitlines() if line.endswith(" 件"))
    return int(counted.split()[0]), result.output


def test_the_notice_counts_the_rows_listed_for_their_text(tmp_path: Path) -> None:
    listed, output = _issues(_town(tmp_path, ROWS))
    done = [row for row in ROWS if row[2] == DONE]
    texted = [row for row in done if row[3]]
    needing = [row for row in ROWS if row[2] != DONE]
    assert listed == len(texted) + len(needing)
    assert (
        f"課題一覧の {listed} 件のうち {len(texted)} 件は、「計画どおり完了」の事業です。"
        f"評価の理由・課題の記入があるため載っています。「計画どおり完了」の事業は {len(done)} 件"
        f"で、そのうち {len(texted)} 件に記入があります"
    ) in output
    assert (
        f"「一部実施」・「次年度以降計画を見直す」・「事業中止」の事業 {len(needing)} 件だけを"
        "課題一覧に載せるなら、planeval.toml の [scale] の行のすぐ下に次の設定を加えてください"
    ) in output
    assert '\n  issue_list = "status"\n' in output


def test_the_line_given_lists_the_rows_by_status_quietly(tmp_path: Path) -> None:
    listed, output = _issues(_town(tmp_path, ROWS, 'issue_list = "status"\n'))
    assert listed == sum(row[2] != DONE for row in ROWS)
    assert "お知らせ" not in output
    kept, output = _issues(_town(tmp_path, ROWS, 'issue_list = "status_or_text"\n'))
    assert kept == sum(row[2] != DONE or bool(row[3]) for row in ROWS)
    assert "お知らせ" not in output


def test_the_export_says_it_too(tmp_path: Path) -> None:
    args = _town(tmp_path, ROWS)
    result = RUNNER.invoke(app, ["export", *args, "--md", str(tmp_path / "r.md")])
    assert result.exit_code == 0, result.output
    assert 'issue_list = "status"' in result.output


def test_quiet_where_few_rows_as_planned_carry_a_text_or_the_rows_are_chosen(
    tmp_path: Path,
) -> None:
    few = [(p, name, status, "" if status == DONE else text) for p, name, status, text in ROWS]
    few[0] = (*few[0][:3], "前倒しで完了した。")  # (one 計画どおり完了 with a remark of its own)
    listed, output = _issues(_town(tmp_path, few))
    assert listed == sum(row[2] != DONE or bool(row[3]) for row in few)
    assert "お知らせ" not in output
    chosen, output = _issues(_town(tmp_path, ROWS), "--status", PART)
    assert chosen == sum(row[2] == PART for row in ROWS)
    assert "お知らせ" not in output
