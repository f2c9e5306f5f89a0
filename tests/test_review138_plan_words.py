"""What was left of review 138's findings 2–4 (青葉台市's 令和8年度 round: a plan whose 区分 ends
two items, 完了 and 廃止, and 人事課 sending last year's form again, so that the plan's new item
is in no file).

- check, with the plan's 区分 and no statuses of the body's own: 「完了・廃止の2取組を除く」 was
  read as D (評価できない) and compared with 0, and 「計画に掲げる46取組」 with 43 + 1 未提出,
  the 2 items the plan ends left out (#2).
- Read without the plan, 「廃止」 typed as a status was told to add it as an alias (#3).
- A round lacking a plan's item, the plan's year unknown, was offered --no-plan (#4).
- The legend gave 「所管課の回答がないため」 for a 未提出 row of a 課 that replied (#1/#4).
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ("基本目標", "施策の柱", "No.", "施策名", "評価", "評価の理由・課題", "担当部")
ITEMS = [  # (No., 施策名, 担当部, 区分, 評価)
    (1, "災害に強いまちづくり", "危機管理部", "継続", "A"),
    (2, "防犯対策の推進", "危機管理部", "完了", ""),
    (3, "消防団の充実", "危機管理部", "継続", "B"),
    (4, "生涯学習の推進", "市民生活部", "継続", "B"),
    (5, "スポーツの推進", "市民生活部", "廃止", ""),
    (6, "文化芸術の振興", "市民生活部", "継続", "C"),
    (7, "国際交流の推進", "市民生活部", "新規", "B"),
]
ENDED = sum(kind in ("完了", "廃止") for _, _, _, kind, _ in ITEMS)
NEW = "国際交流の推進"
# 青葉台市's scale, D not counted; no status of its own for 完了 or 廃止 (the designed set-up)
SCALE = """
[[scale.status]]
symbol = "A"
label = "計画以上"

[[scale.status]]
symbol = "B"
label = "計画どおり"

[[scale.status]]
symbol = "C"
label = "遅れ"

[[scale.status]]
symbol = "D"
label = "評価できない"
counted = false
"""


def _config(folder: Path, plan: Path | None = None) -> Path:
    toml = SCALE + (f"\n[plan]\nfile = '{plan}'\n" if plan else "")
    (folder / "planeval.toml").write_text(toml, encoding="utf-8")
    return folder / "planeval.toml"


def _plan(folder: Path, title: str = "施策一覧（令和5年度）") -> Path:
    rows: list[tuple[object, ...]] = [
        (title,),
        (),
        ("基本目標", "事業番号", "事業名", "実施内容番号", "実施内容", "区分", "担当部"),
    ]
    rows += [
        ("1 安全なまち", "1-1", "防災・防犯", no, name, kind, dept)
        for no, name, dept, kind, _ in ITEMS
    ]
    return write_book(folder / "施策一覧.xlsx", {"施策一覧": rows})


def _forms(folder: Path, *, without: str = "", typed: dict[str, str] | None = None) -> Path:
    """令和5年度's forms of each 部, the plan's ended items not asked (``typed``: those asked
    after all, with what is typed), 市民生活部's lacking the item ``without``."""
    folder.mkdir(parents=True)
    typed = typed or {}
    for department in ("危機管理部", "市民生活部"):
        rows: list[tuple[object, ...]] = [
            (f"令和5年度 施策評価シート（{department}）",),
            (),
            HEADER,
        ]
        rows += [
            ("1 安全なまち", "1-1 防災・防犯", no, name, typed.get(name, status), "", dept)
            for no, name, dept, _, status in ITEMS
            if dept == department and name != without and (status or name in typed)
        ]
        write_book(folder / f"{department}_施策評価.xlsx", {"施策評価": rows})
    return folder


def _counted(status: str, without: str = "") -> int:
    return sum(rated == status for _, name, _, _, rated in ITEMS if name != without)


def _check(plan: Path, forms: Path, text: str, tmp_path: Path) -> tuple[int, str]:
    draft = tmp_path / "報告書案.txt"
    draft.write_text(text, encoding="utf-8")
    said = CliRunner().invoke(
        app,
        ["check", str(forms), "--config", str(_config(tmp_path, plan)), "--text", str(draft),
         "--keep-going"],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    return said.exit_code, said.output


def _text(whole: int, ended: int, rated: int, without: str = "") -> str:
    a, b, c = (_counted(status, without) for status in "ABC")
    return (
        f"計画に掲げる{whole}施策のうち、完了・廃止の{ended}施策を除く{rated}施策を評価の対象と"
        f"しました。A評価は{a}件、B評価は{b}件、C評価は{c}件でした。"
    )


def test_check_knows_the_items_the_plan_ends(tmp_path: Path) -> None:
    plan, forms = _plan(tmp_path), _forms(tmp_path / "回答")
    rated = len(ITEMS) - ENDED
    config = planeval.load_config(_config(tmp_path, plan))
    read = planeval.read_workbooks([forms], plan=planeval.read_plan(plan), scale=config.scale)
    assert len(read.entries) == rated
    code, said = _check(plan, forms, _text(len(ITEMS), ENDED, rated), tmp_path)
    assert code == 0, said
    assert "評価できない" not in said and "食い違い" not in said, said
    assert f"集計 {rated} 件＋計画で完了・廃止 {ENDED} 件" in said, said
    # a wrong number of them, or a whole the plan does not hold, is still caught
    code, said = _check(plan, forms, _text(len(ITEMS), ENDED + 1, rated), tmp_path)
    assert code == 1 and f"│ {ENDED + 1}" in said and "計画の区分で終えた実施内容の数" in said, said
    code, said = _check(plan, forms, _text(len(ITEMS) + 1, ENDED, rated), tmp_path)
    assert code == 1 and f"│ {len(ITEMS) + 1}" in said, said


def test_check_knows_the_ended_items_beside_one_no_file_has(tmp_path: Path) -> None:
    plan, forms = _plan(tmp_path), _forms(tmp_path / "回答", without=NEW)
    rated = len(ITEMS) - ENDED  # (the item in no file among them: 未提出)
    code, said = _check(plan, forms, _text(len(ITEMS), ENDED, rated, NEW), tmp_path)
    assert "食い違い" not in said, said
    assert f"集計 {rated - 1} 件＋未提出 1 件＋計画で完了・廃止 {ENDED} 件" in said, said
    assert code == 1  # (the error of the item in no file)


def test_the_plan_s_word_typed_without_the_plan_is_sent_to_the_plan_not_to_an_alias(
    tmp_path: Path,
) -> None:
    forms = _forms(tmp_path / "回答", typed={"スポーツの推進": "廃止"})
    config = planeval.load_config(_config(tmp_path))
    read = planeval.read_workbooks([forms], scale=config.scale)
    [error] = [p for p in read.problems if p.is_error]
    assert error.message.startswith("'廃止' はこの評価尺度の記号ではありません"), error.message
    assert error.hint.startswith("「廃止」は評価の記号ではなく、計画の区分の言葉です。"), error.hint
    assert "--plan" in error.hint and "[plan] file" in error.hint
    assert "別名（aliases）にはしないでください" in error.hint
    assert "別名（aliases）として追加" not in error.hint
    # read with the plan, whose 区分 says 廃止: no error, as test_ended_rows.py
    plan = _plan(tmp_path)
    read = planeval.read_workbooks([forms], plan=planeval.read_plan(plan), scale=config.scale)
    assert not read.has_errors, read.problems


def test_no_plan_is_not_offered_where_the_plan_s_year_is_unknown(tmp_path: Path) -> None:
    """The plan's title states its period only, its name and folder no year: the round's
    市民生活部 lacking the plan's new item may be this year's 課 sending last year's form."""
    plan = _plan(tmp_path, "施策一覧（令和5年度～令和9年度）")
    forms = _forms(tmp_path / "回答", without=NEW)
    scale = planeval.load_config(_config(tmp_path)).scale
    read = planeval.read_workbooks([forms], plan=planeval.read_plan(plan), scale=scale)
    [error] = [p for p in read.problems if p.is_error]
    assert NEW in error.message and "前年度の調査票を写して" in error.hint, error
    assert not [p for p in read.problems if "--no-plan" in p.hint], read.problems


def test_the_legend_says_a_reply_lacked_the_row_not_that_none_came(tmp_path: Path) -> None:
    plan, forms = _plan(tmp_path), _forms(tmp_path / "回答", without=NEW)
    out = tmp_path / "報告.md"
    made = CliRunner().invoke(
        app,
        ["export", str(forms), "--config", str(_config(tmp_path, plan)), "--keep-going",
         "--md", str(out)],
    )  # fmt: skip
    assert made.exit_code == 1, made.output
    published = out.read_text(encoding="utf-8")
    assert f"{NEW} | 未提出 |" in published, published
    assert "未提出：所管部の回答に行がないため件数に含めていません" in published, published
    assert "回答がないため" not in published
    # a 部 that sent nothing: as before
    (forms / "市民生活部_施策評価.xlsx").unlink()
    made = CliRunner().invoke(
        app,
        ["export", str(forms), "--config", str(_config(tmp_path, plan)), "--keep-going",
         "--md", str(out), "--force"],
    )  # fmt: skip
    assert "未提出：所管部の回答がないため件数に含めていません" in out.read_text(encoding="utf-8")


def test_a_row_of_an_ended_item_is_no_error_row_in_the_count_sentence(tmp_path: Path) -> None:
    """情報政策課 typing 完了 on the plan's 完了 item, with an error elsewhere (the item no file
    has): the count sentence said 「このほか取組内容1件は、エラーがあったため集計に含めていません」
    of that row, though it was no error."""
    plan = _plan(tmp_path)
    forms = _forms(tmp_path / "回答", without=NEW, typed={"防犯対策の推進": "完了"})
    out = tmp_path / "報告.md"
    made = CliRunner().invoke(
        app,
        ["export", str(forms), "--config", str(_config(tmp_path, plan)), "--keep-going",
         "--md", str(out)],
    )  # fmt: skip
    assert made.exit_code == 1, made.output
    published = out.read_text(encoding="utf-8")
    assert "回答に行がないため集計に含めていません" in published, published
    assert "エラーがあったため" not in published, published
