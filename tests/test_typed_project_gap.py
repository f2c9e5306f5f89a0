"""A city's 施策 numbered 「4-1-(1)」 in a 施策番号 column of their own (review 96 #8): the 局 rating
施策 4-1-(2) never answered, and the warning and the export's 集計 named it 「施策 4-1-2」, a
number no table prints — they name it as the forms type it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

SETTINGS = """[scale]
preset = "kawasaki"

[layout.titles]
item = ["事務事業名"]

[wording]
policy = "基本政策"
direction = "政策"
project = "施策"
item = "事務事業"
status = "達成度"
department = "所管局"
"""
HEADER = ("基本政策", "政策", "施策番号", "施策名", "事務事業名", "所管局", "達成度（1～5）",
          "今後の方向性")  # fmt: skip
MEASURES = {  # 局 → its 施策 (number, name) under 政策 4-1; 4-1-(2)'s 局 never answered
    "環境局": ("4-1-(1)", "脱炭素の推進"),
    "建設緑政局": ("4-1-(3)", "緑の保全"),
    "港湾局": ("4-1-(4)", "臨海部の環境整備"),
}


def _round(folder: Path) -> Path:
    folder.mkdir()
    for bureau, (number, name) in MEASURES.items():
        row = ("Ⅳ 環境にやさしいまちづくり", "4-1 地球環境の保全", number, name, f"{name}事業",
               bureau, 2, "事業を継続")  # fmt: skip
        title = ("令和7年度 施策進行管理・評価票（事務事業別）",)
        rows = [title, (f"所管局：{bureau}",), (), HEADER, row]
        write_book(folder / f"{bureau}.xlsx", {"評価票": rows})
    (folder.parent / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return folder


def test_a_missing_project_is_named_as_the_forms_number_it(tmp_path: Path) -> None:
    folder = _round(tmp_path / "R7")
    config = ["--config", str(tmp_path / "planeval.toml")]
    said = CliRunner().invoke(app, ["summarize", str(folder), *config], env={"COLUMNS": "200"})
    assert said.exit_code == 0, said.output
    assert (
        "施策 4-1-(2) の行がどのファイルにもありません（4-1-(1)・4-1-(3)・4-1-(4) はあります）"
        in (said.stderr)
    )
    out = tmp_path / "R7.md"
    made = CliRunner().invoke(app, ["export", str(folder), "--md", str(out), *config])
    assert made.exit_code == 0, made.output
    assert "基本政策Ⅳ の施策 4-1-(2) は報告がなかったため、集計に含めていません" in out.read_text(
        "utf-8"
    )
