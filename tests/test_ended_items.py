"""Items a revised plan ends (its 計画事業一覧's 区分 「終了」), as the clerk meets them across two
rounds: the 令和4 forms written from the plan of 令和4, the 令和5 forms from the plan revised in
令和5, which marks 1-1-2④ and 1-1-4② 終了 (the seed's 「終了とするか調整中」 settled) — so the
令和5 forms ask neither. Review 83a: compare called them 削除 and rounds left their 令和5 cell
blank unexplained; and a 令和4 round lacking 教育政策部's reply was said to leave out its 3 items
(1-1-4②, ended only later, was the fourth that round asked of it)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.cycle_fill import PLAN, fill_workbook

ENDED = ("④ 世田谷版ネウボラを支える情報システムの構築", "② 文化財資料の公開及び閲覧性向上")


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def ended_plan(target: Path) -> Path:
    """The bundled plan revised in 令和5: the two items marked 終了 in its 区分 column
    (新規/拡大/継続/終了), as the clerk edits it."""
    book = load_workbook(PLAN)
    sheet = book["計画事業一覧"]
    for row in sheet.iter_rows(min_row=6):
        if row[1].value in ENDED:
            row[3].value = "終了"
    book.save(target)
    return target


def round_of(plan: Path, fiscal_year: str, folder: Path, **rated: tuple[str, str]) -> Path:
    """The round's forms, one per department, from ``plan``, each filled in (``rated``, else
    ○)."""
    said = run(
        "template", str(plan), "--fiscal-year", fiscal_year, "-o", str(folder),
        "--split-by", "department",
    )  # fmt: skip
    assert said.exit_code == 0, said.output
    for path in folder.glob("*.xlsx"):
        fill_workbook(path, {"1-1-2④": ("◎", ""), **rated}, default="○")
    return folder


@pytest.fixture(scope="module")
def cycle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """The revised plan, the 令和4 round and the 令和5 round."""
    where = tmp_path_factory.mktemp("ended")
    plan = ended_plan(where / "plan_r5.xlsx")
    first = round_of(PLAN, "令和4", where / "R4")
    second = round_of(plan, "令和5", where / "R5", **{"1-1-1①": ("△", "予算の都合により縮小")})
    return plan, first, second


def test_the_revised_plan_s_forms_ask_no_ended_item(cycle) -> None:
    _plan, first, second = cycle
    for folder, asked in ((first, True), (second, False)):
        book = load_workbook(
            folder / f"実施状況調査票_{2018 + int(folder.name[1])}_教育政策部.xlsx"
        )
        names = {cell.value for row in book["実施状況"].iter_rows() for cell in row}
        assert (ENDED[1] in names) is asked


def test_an_earlier_round_owes_the_items_the_current_plan_ended_since(
    cycle, tmp_path: Path
) -> None:
    """教育政策部 led 1-1-4①–④ in 令和4 and sent nothing: 4 items left out, not 3 — the plan as
    it was then (1-1-4② ended in 令和5's revision)."""
    plan, first, second = cycle
    late = tmp_path / "R4_late"
    shutil.copytree(first, late)
    (late / "実施状況調査票_2022_教育政策部.xlsx").unlink()
    said = run("compare", str(late), str(second), "--plan", str(plan), "-f", "json")
    [warning] = [
        p for p in json.loads(said.stdout)["problems"] if "教育政策部の回答" in p["message"]
    ]
    assert warning["message"] == (
        f"前の回（{late}）で、教育政策部の回答がどのファイルにもありません（未提出）。"
        "この部が所管する計画の実施内容 4 件は集計に含まれていません"
    )
    # (the last round is still read by the revised plan: 3 items of 教育政策部's there)
    shutil.copytree(second, tmp_path / "R5_late")
    (tmp_path / "R5_late" / "実施状況調査票_2023_教育政策部.xlsx").unlink()
    said = run("summarize", str(tmp_path / "R5_late"), "--plan", str(plan), "-f", "json")
    assert "この部が所管する計画の実施内容 3 件は集計に含まれていません" in said.stdout


def test_compare_says_an_item_the_plan_ended_as_ended_not_removed(cycle, tmp_path: Path) -> None:
    """The two items 令和4 rated and the revised plan ended: 「計画で終了」 in 変化, on the terminal
    and in the workbook, with what it means under the counts; 令和4's counts keep them (it
    rated them), and the note says why 計 falls by two."""
    plan, first, second = cycle
    out = tmp_path / "比較.xlsx"
    said = run(
        "compare", str(first), str(second), "--plan", str(plan), "--fiscal-year", "令和5",
        "--xlsx", str(out),
    )  # fmt: skip
    assert said.exit_code == 0, said.output
    lines = said.stdout.splitlines()
    ended = [line.split("│")[1:-1] for line in lines if "計画で終了 │" in line]
    assert [[cell.strip() for cell in row] for row in ended] == [
        ["1-1-2④", ENDED[0][2:], "◎", "", "計画で終了"],
        ["1-1-4②", ENDED[1][2:], "○", "", "計画で終了"],
    ]
    assert "削除" not in said.stdout.replace("削除ではありません", "")
    note = (
        "「計画で終了」の実施内容 2 件は、今回の計画事業一覧で区分が「終了」のため、今回は評価"
        "していません（削除ではありません。前回の件数には含めています）"
    )
    assert note in "".join(line.strip() for line in lines)
    total = next(line for line in lines if line.startswith("│ 合計"))
    assert "48 → 46（▲2）" in total
    book = load_workbook(out)
    rows = list(book["達成状況の変化"].iter_rows(values_only=True))
    assert ("1-1-4②", ENDED[1][2:], "○", None, "計画で終了") in rows
    notes = [v for row in book["政策別の件数の変化"].iter_rows(values_only=True) for v in row]
    assert any(isinstance(v, str) and note in v for v in notes)
    data = json.loads(
        run("compare", str(first), str(second), "--plan", str(plan), "-f", "json").stdout
    )
    ended = [m for m in data["movements"] if m["ended"]]
    assert [(m["kind"], m["old"]["item_name"], m["new"]) for m in ended] == [
        ("removed", name[2:], None) for name in ENDED
    ]
    # (without the plan nothing says they ended: removed, as before)
    plain = run("compare", str(first), str(second))
    assert plain.stdout.count("│ 削除 ") == 2 and "計画で終了" not in plain.stdout


def test_rounds_says_an_item_the_plan_ended_in_its_last_round_s_cell(cycle, tmp_path: Path) -> None:
    """rounds' 令和5年度 cell of an item the revised plan ended: 「計画で終了」, not blank, and
    the note under the items and under the counts of the workbook says what it means."""
    plan, first, second = cycle
    out = tmp_path / "各回.xlsx"
    said = run(
        "rounds", str(first), str(second), "--plan", str(plan), "--fiscal-year", "令和5",
        "--xlsx", str(out),
    )  # fmt: skip
    assert said.exit_code == 0, said.output
    book = load_workbook(out)
    rows = list(book["実施内容別の達成状況"].iter_rows(values_only=True))
    assert ("1-1-2④", ENDED[0][2:], "◎", "計画で終了") in rows
    assert ("1-1-4②", ENDED[1][2:], "○", "計画で終了") in rows
    note = (
        "「計画で終了」の実施内容 2 件は、令和5年度の計画事業一覧で区分が「終了」のため、"
        "令和5年度は評価していません（削除ではありません。それより前の回の件数には含めています）"
    )
    for name in ("実施内容別の達成状況", "政策別の件数"):
        cells = [v for row in book[name].iter_rows(values_only=True) for v in row]
        assert any(isinstance(v, str) and note in v for v in cells), name
    counts = list(book["政策別の件数"].iter_rows(values_only=True))
    # (合計's 計 per round: 令和4's keeps the two it rated)
    assert [row[7] for row in counts if row[2] in ("令和4年度", "令和5年度")][-2:] == [48, 46]
    data = json.loads(
        run("rounds", str(first), str(second), "--plan", str(plan), "-f", "json").stdout
    )
    ended = [item["id"] for item in data["items"] if item["ended_in"]]
    assert ended == ["1-1-2④", "1-1-4②"]
    assert "計画で終了" in said.stdout


def test_a_department_rating_an_item_the_plan_ended_is_told(cycle, tmp_path: Path) -> None:
    """Review 84: 政策経営部 still rated 1-1-2④, which the revised plan marks 終了 (its form made
    from the plan before): counted, compare's 後退, and nothing said — validate said 「すべて
    記入されています」. Each such row is a notice now, counted as rated."""
    plan, _first, _second = cycle
    old_forms = round_of(PLAN, "令和5", tmp_path / "R5")  # (the forms of the plan as it was)
    for command in ("validate", "summarize"):
        said = run(command, str(old_forms), "--plan", str(plan))
        told = [line for line in said.output.splitlines() if "区分が「終了」" in line]
        assert len(told) == 2, said.output
        assert (
            "実施内容 1-1-2④ 世田谷版ネウボラを支える情報システムの構築 が評価されています"
            in told[0]
        )
