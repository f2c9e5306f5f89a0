"""Each 担当課 returns its own workbook, its name only in the 担当課 column of every row (長与町's
施策評価シート). A 課 that did not answer this year had its items listed as 「削除」 by compare
and left blank by rounds, with nothing said: its workbook's department was known only from a
form's 「担当部局：…」 or a template's mark. A file all of whose rows name one department is now
that department's, so its absence is said and its items are 今回未集計; a file holding rows of
several departments names none, and each department with a row in a round has answered it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

HEADER = ["番号", "事業名", "評価", "評価の理由", "担当課"]
# 担当課 → its rows (number, name), policy 1 for 総務課, 2 for the others
ROWS = {
    "総務課": [("1-1-1", "防災無線の更新"), ("1-1-2", "自主防災組織の育成")],
    "健康保険課": [("2-1-1", "特定健診の受診率向上")],
    "生涯学習課": [("2-2-1", "公民館講座の充実"), ("2-2-2", "図書館の電子化")],
}
SETTINGS = '[scale]\npreset = "nagayo"\n'


def _round(folder: Path, year: int, rating: str, files: dict[str, list[str]]) -> Path:
    """A round's folder: one workbook per name in ``files``, holding the rows of its 課."""
    folder.mkdir(parents=True)
    for name, departments in files.items():
        rows: list[list[object]] = [[f"令和{year}年度 施策評価シート（{name}）"], HEADER]
        for department in departments:
            rows += [[*row, rating, "", department] for row in ROWS[department]]
        write_book(folder / f"{name}.xlsx", {"評価": rows})
    return folder


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def _rounds(tmp_path: Path, new: dict[str, list[str]]) -> list[str]:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    old = _round(tmp_path / "R4", 4, "B", {name: [name] for name in ROWS})
    return [
        str(old),
        str(_round(tmp_path / "R5", 5, "A", new)),
        "--config",
        str(tmp_path / "planeval.toml"),
    ]


def test_a_department_that_did_not_answer_is_said_and_its_items_not_removed(tmp_path) -> None:
    args = _rounds(tmp_path, {"総務課": ["総務課"], "健康保険課": ["健康保険課"]})
    code, out, err = _run("compare", *args, "--all", "-f", "json")
    assert code == 0, err
    moved = {
        (m["old"] or m["new"])["item_name"]: (m["trend"], m["uncounted_in"])
        for m in json.loads(out)["movements"]
    }
    assert moved == {
        "防災無線の更新": ("改善", None),
        "自主防災組織の育成": ("改善", None),
        "特定健診の受診率向上": ("改善", None),
        "公民館講座の充実": ("", "new"),  # (今回未集計: not removed from the plan)
        "図書館の電子化": ("", "new"),
    }
    code, out, err = _run("compare", *args, "-f", "plain")
    assert code == 0, err
    assert "今回は調査票の提出がなかった課: 生涯学習課。その実施内容は「今回未集計」です" in out
    assert "生涯学習課は前回だけ回答しています（今回のブックがありません）" in err
    code, out, err = _run("rounds", *args, "-f", "plain")
    assert code == 0, err
    assert "調査票の提出がない回がある課: 生涯学習課（令和5年度）" in out
    assert "生涯学習課は令和5年度のブックがありません" in err


def test_a_file_of_two_departments_rows_answers_for_both(tmp_path) -> None:
    new = {"総務課": ["総務課"], "健康保険課・生涯学習課": ["健康保険課", "生涯学習課"]}
    code, out, err = _run("compare", *_rounds(tmp_path, new), "--all", "-f", "json")
    assert code == 0, err
    movements = json.loads(out)["movements"]
    assert len(movements) == 5
    assert {(m["trend"], m["uncounted_in"]) for m in movements} == {("改善", None)}
    assert "回答しています" not in err
