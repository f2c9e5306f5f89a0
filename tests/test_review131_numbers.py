"""西浦町's DX推進計画 forms (review 131): each 課 its own form, per 基本方針 an unnumbered
line with its name over a table 番号 | 事業名 | 指標 | … | 評価 rated at the project level (1.1,
1.2, 2.10). A ※ note under a table naming another row's number (「※3.3は総務課が評価を記入しま
す。」) made the table's last row a row of a project 「3」 (#2); one 課 numbering its 事業 「(1)ア」
made each of them a 基本方針 of its own (#1)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS

POLICIES = {
    "1": "正しく安全にICTを利活用できる人づくり",
    "2": "誰もが便利さを実感できる行政サービスの実現",
}
HEADER = ["番号", "事業名", "指標", "実績値", "評価（S～C、−）", "評価の理由・課題", "担当課"]
Row = tuple[str, str, str]  # (番号, 事業名, 評価)


def _form(
    path: Path, department: str, tables: dict[str, Sequence[Row]], note: str = "", year: int = 6
) -> Path:
    """A 課's form: its title, 「担当課：…」, then per 基本方針 its name alone on a line, the
    table, and ``note`` under it (its 「{}」 the table's first number) where given."""
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗評価"
    ws.append([f"令和{year}年度　第2次西浦町DX推進計画　進捗評価調査票"])
    ws.append([f"担当課：{department}"])
    for policy, rows in tables.items():
        ws.append([])
        ws.append([POLICIES[policy]])
        ws.append(HEADER)
        for number, name, status in rows:
            ws.append([number, name, f"{name}の指標", "10件", status, "", department])
        if note:
            ws.append([note.format(rows[0][0])])
    ws.append([])
    ws.append(["※評価　S：計画以上に達成　A：計画どおり達成　B：概ね達成　C：達成できなかった"])
    wb.save(path)
    return path


def _round(folder: Path, last: str, year: int) -> Path:
    """Two 課's forms, 総務課's 3.8 rated ``last`` under a ※ note, as 企画政策課's 2.10."""
    folder.mkdir()
    note = "※{}は総務課が評価を記入します。"
    kikaku = {
        "1": [("1.2", "人材育成", "B")],
        "2": [("2.1", "オンライン化", "A"), ("2.10", "LINE", "A")],
    }
    soumu = {"1": [("1.1", "研修", "A")], "2": [("2.2", "電子申請", "A"), ("2.8", "強靱化", last)]}
    _form(folder / "02_企画政策課.xlsx", "企画政策課", kikaku, note, year)
    _form(folder / "01_総務課.xlsx", "総務課", soumu, note, year)
    return folder


def test_a_note_under_a_table_leaves_the_number_of_its_last_row_alone(tmp_path: Path) -> None:
    """「※2.1は…」 under 2.1, 2.10: the note's 2.1 and the row's 2.10 taken for two rows of one
    project 「2」, 2.10 its item — listed before 2.1, merged with 総務課's 2.8 by project, and
    2.8 compared as 削除 and 追加, not 改善."""
    folder = _round(tmp_path / "R6", "S", 6)
    read = planeval.read_workbooks([folder], scale=PRESETS["nagayo"])
    assert sorted(entry.project_id for entry in read.entries) == [
        "1-1",
        "1-2",
        "2-1",
        "2-10",
        "2-2",
        "2-8",
    ]
    assert {entry.item_label for entry in read.entries} == {""}
    summary, _ = planeval.summarize_workbooks(
        [folder], by="project", scale=PRESETS["nagayo"], stream=False
    )
    assert [group.count.total for group in summary.groups] == [1, 1, 1, 1, 1, 1]
    before = _round(tmp_path / "R5", "A", 5)
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "nagayo"\n', encoding="utf-8")
    settings = str(tmp_path / "planeval.toml")
    args = ["compare", str(before), str(folder), "--format", "csv", "-qq", "--config", settings]
    run = CliRunner().invoke(app, args)
    assert run.exit_code == 0, run.output
    changes = [line.split(",") for line in run.output.splitlines() if "強靱化," in line]
    assert changes == [["2.8 強靱化", "強靱化の指標", "A", "S", "改善"]], run.output


def test_a_department_numbering_its_projects_1_a_counts_them_under_their_policy(
    tmp_path: Path,
) -> None:
    """学校教育課 numbers its 事業 「(1)ア」 where the other 課 type 1.3: each was a 基本方針 of
    its own, 「(1)ア 1人1台端末の活用推進」, its policy's count short of it."""
    folder = tmp_path / "R6"
    folder.mkdir()
    _form(
        folder / "01_総務課.xlsx",
        "総務課",
        {"1": [("1.1", "研修", "A")], "2": [("2.1", "申請", "B")]},
    )
    gakko = {"1": [("(1)ア", "端末の活用", "S"), ("(1)イ", "持ち帰り学習", "A")]}
    _form(folder / "06_学校教育課.xlsx", "学校教育課", gakko | {"2": [("(2)ア", "施設予約", "C")]})
    summary, read = planeval.summarize_workbooks([folder], scale=PRESETS["nagayo"], stream=False)
    assert [(group.id, group.count.total) for group in summary.groups] == [("1", 3), ("2", 2)]
    assert summary.total.total == 5
    by_name = {entry.project_name: entry for entry in read.entries}
    assert (by_name["端末の活用"].policy_id, by_name["端末の活用"].project_label) == ("1", "(1)ア")
    assert by_name["施設予約"].policy_id == "2"


def test_check_agrees_with_a_policy_count_holding_the_1_a_rows(tmp_path: Path) -> None:
    """check said 基本方針1's 「3事業のうち、Sが1事業」 wrong (集計 1, S 0): the (1)ア rows
    were counted under 基本方針 of their own (review 131 #5)."""
    folder = tmp_path / "R6"
    folder.mkdir()
    _form(folder / "01_総務課.xlsx", "総務課", {"1": [("1.1", "研修", "A")]})
    gakko = {"1": [("(1)ア", "端末の活用", "S"), ("(1)イ", "持ち帰り学習", "A")]}
    _form(folder / "06_学校教育課.xlsx", "学校教育課", gakko)
    text = tmp_path / "報告書案.txt"
    text.write_text("基本方針1　正しく安全にICTを利活用できる人づくり\n"
                    "　3事業のうち、Sが1事業、Aが2事業でした。\n", encoding="utf-8")  # fmt: skip
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "nagayo"\n', encoding="utf-8")
    settings = str(tmp_path / "planeval.toml")
    args = ["check", str(folder), "--text", str(text), "-qq", "--config", settings]
    run = CliRunner().invoke(app, args)
    assert run.exit_code == 0, run.output
    assert "1 段落の記載件数はすべて集計と一致しています" in run.output, run.output
