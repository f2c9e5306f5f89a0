"""Reviews 154 #5 and 148 #4 (155 F4): without a plan, a project missing at the start of its
policy's run (3-1 of 3-2, 3-3) was never named, though gaps between numbers were. Where the body
numbers each policy's projects from 1 again, the missing first ones are named as gaps are; a
plan numbering its projects through the plan (2-4 after 1-3) names none. One missing at a run's
end cannot be known without the plan: the gap's fix, which sends the clerk to it, says so."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS

SETTINGS = '[scale]\npreset = "kawasaki"\n\n[wording]\nproject = "施策"\nitem = "事務事業"\n'


def _forms(folder: Path, projects: list[str]) -> list[Path]:
    """Each 課 rates its own 施策 (``projects``: their IDs, 2-3) in a form of its own."""
    folder.mkdir()
    paths = []
    for project in projects:
        book = Workbook()
        sheet = book.active
        sheet.append(["政策", "施策", "事務事業名", "達成度", "課題・今後の方向性", "担当課"])
        policy = project.split("-")[0]
        for n, rating in enumerate((2, 3), start=1):
            sheet.append([f"{policy} 政策{policy}", f"{project} 施策{project}",
                          f"{project}-({n}) 事業{n}", rating, "", f"{project}課"])  # fmt: skip
        paths.append(folder / f"評価票_{project}課.xlsx")
        book.save(paths[-1])
    return paths


def _summarize(tmp_path: Path, folder: Path):
    config = tmp_path / "planeval.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    runner = CliRunner()
    return runner.invoke(app, ["summarize", str(folder), "--config", str(config)],
                         env={"COLUMNS": "200"})  # fmt: skip


def test_a_missing_first_project_is_named_where_each_policy_numbers_from_one(
    tmp_path: Path,
) -> None:
    read = ["1-1", "1-2", "1-3", "2-2", "2-3"]  # (2-1's 課 sent nothing)
    paths = _forms(tmp_path / "r7", read)
    result = _summarize(tmp_path, tmp_path / "r7")
    assert result.exit_code == 0, result.output
    policy_two = "・".join(project for project in read if project.startswith("2-"))
    assert (
        f"施策 2-1 の行がどのファイルにもありません（{policy_two} はあります）（その施策を受け持つ"
        "部署の回答が届いているか確かめてください。計画の一覧があれば validate --plan で提出状況"
        "が分かります。計画がないと、番号の最後の行がそろって抜けていても分かりません）"
    ) in result.stderr.replace("\n", "")
    for stream in (False, True):  # (counted file by file too)
        _summary, found = planeval.summarize_workbooks(
            paths, scale=PRESETS["kawasaki"], stream=stream
        )
        assert [p.message for p in found.problems] == [
            f"計画事業 2-1 の行がどのファイルにもありません（{policy_two} はあります）"
        ]


def test_projects_numbered_through_the_plan_name_no_missing_first_one(tmp_path: Path) -> None:
    _forms(tmp_path / "r7", ["1-1", "1-2", "1-3", "2-4", "2-5", "2-6"])
    result = _summarize(tmp_path, tmp_path / "r7")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
