"""A department that never answered: its policy is missing between two that are read. Without a
plan or roster nothing names who should have answered, but a gap in the policies' numbers
does (review 25: a 施策進行管理 whose こども未来局 sent nothing gave policies 1 and 3, silently)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

POLICIES = {
    "危機管理本部": ("1 安心・安全で快適に暮らせるまち", "1-1 災害に強いまちをつくる"),
    "こども未来局": ("2 子どもを安心して育てることのできるまち", "2-1 子育てを支える"),
    "健康福祉局": ("3 市民が生き生きと暮らせるまち", "3-1 市民の健康を守る"),
}


def _form(folder: Path, department: str) -> Path:
    """One department's 評価票, as a Kawasaki clerk types it: a column per level."""
    policy, measure = POLICIES[department]
    wb = Workbook()
    ws = wb.active
    ws.title = "評価票"
    ws.append(["施策進行管理・評価票（令和5年度）"])
    ws.append([f"担当部：{department}"])
    ws.append([])
    ws.append(["政策", "施策", "事務事業名", "達成度", "課題・今後の方向性", "担当課"])
    number = measure.split()[0]
    for n, rating in enumerate((2, 3, 4), start=1):
        ws.append([policy, measure, f"{number}-({n}) 事業{n}", rating, "", f"{department}企画課"])
    path = folder / f"評価票_{department}.xlsx"
    wb.save(path)
    return path


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _folder(tmp_path: Path, departments: list[str]) -> Path:
    folder = tmp_path / "r5"
    folder.mkdir()
    for department in departments:
        _form(folder, department)
    words = '[wording]\nproject = "施策"\nitem = "事務事業"\nstatus = "達成度"\n'  # (its titles)
    settings = f'[scale]\npreset = "kawasaki"\n\n{words}'
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    return folder


def test_a_policy_between_two_read_is_said_missing(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["危機管理本部", "健康福祉局"])
    config = str(tmp_path / "planeval.toml")
    result = _run("summarize", str(folder), "--config", config)
    assert result.exit_code == 0
    assert (
        f"警告: {folder}: 政策 2 の行がどのファイルにもありません（政策 1・3 はあります）"
        "（その政策を受け持つ部署の回答が届いているか確かめてください。"
        "計画の一覧があれば validate --plan で提出状況が分かります。計画がないと、番号の最後の"
        "行がそろって抜けていても分かりません）"
    ) in result.stderr
    assert "警告 1 件" in result.stderr  # (in the body's words: the preset's 政策)


def test_every_department_answered_or_one_department_s_own_file_says_nothing(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path, list(POLICIES))
    config = str(tmp_path / "planeval.toml")
    result = _run("summarize", str(folder), "--config", config)
    assert result.exit_code == 0 and result.stderr == ""
    # (a form holding policies 1 and 3 alone, checked by its department: not the collection)
    (folder / "評価票_こども未来局.xlsx").unlink()
    (folder / "評価票_健康福祉局.xlsx").unlink()
    two = Workbook()
    two.active.append(["政策", "施策", "事務事業名", "達成度"])
    two.active.append(["1 安心", "1-1 災害", "1-1-(1) 事業", 2])
    two.active.append(["3 生き生き", "3-1 健康", "3-1-(1) 事業", 3])
    (folder / "評価票_危機管理本部.xlsx").unlink()
    two.save(folder / "評価票_危機管理本部.xlsx")
    result = _run("summarize", str(folder), "--config", config)
    assert result.exit_code == 0 and result.stderr == ""


def _measures(folder: Path, numbers: list[int]) -> list[Path]:
    """群馬県-like: each 課 rates its own 施策 2-N of 政策 2, in a form of its own."""
    paths = []
    for number in numbers:
        wb = Workbook()
        ws = wb.active
        ws.append(["政策", "施策", "事務事業名", "達成度", "課題・今後の方向性", "担当課"])
        for n, rating in enumerate((2, 3), start=1):
            ws.append([
                "2 子どもを安心して育てることのできるまち", f"2-{number} 施策{number}",
                f"2-{number}-({n}) 事業{n}", rating, "", f"第{number}課",
            ])  # fmt: skip
        paths.append(folder / f"評価票_第{number}課.xlsx")
        wb.save(paths[-1])
    return paths


def test_a_project_between_two_read_is_said_missing(tmp_path: Path) -> None:
    """Review 81: 群馬県's 健康福祉課 never answered, its 項目 (2) of 基本目標2 missing between (1)
    and (3): without a plan nothing said so (exit 0, the count short). A notice names it, as a
    policy missing is named — counted file by file too."""
    import planeval
    from planeval.presets import PRESETS

    folder = _folder(tmp_path, [])
    paths = _measures(folder, [1, 3, 4])
    config = str(tmp_path / "planeval.toml")
    result = _run("summarize", str(folder), "--config", config)
    assert result.exit_code == 0
    assert (
        f"警告: {folder}: 施策 2-2 の行がどのファイルにもありません（2-1・2-3・2-4 はあります）"
    ) in result.stderr
    assert "警告 1 件" in result.stderr
    for stream in (False, True):
        _summary, read = planeval.summarize_workbooks(
            paths, scale=PRESETS["kawasaki"], stream=stream
        )
        assert [p.message for p in read.problems] == [
            "計画事業 2-2 の行がどのファイルにもありません（2-1・2-3・2-4 はあります）"
        ]
    # (every 課 answered, or a run that starts at 2-3: no gap between two read)
    _measures(folder, [2])
    assert _run("summarize", str(folder), "--config", config).stderr == ""
    for path in folder.glob("*第[12]課.xlsx"):
        path.unlink()
    assert _run("summarize", str(folder), "--config", config).stderr == ""


def test_a_policy_typed_in_roman_numerals_is_said_so_missing(tmp_path: Path) -> None:
    """Review 81: 羽村市's 基本目標 typed Ⅰ–Ⅴ, Ⅲ's 部 sent nothing: 「基本目標 3 の行が…」."""
    import planeval
    from planeval.presets import PRESETS

    paths = []
    for number, roman in ((1, "Ⅰ"), (2, "Ⅱ"), (4, "Ⅳ")):
        wb = Workbook()
        ws = wb.active
        ws.append(["政策", "施策", "事務事業名", "達成度"])
        ws.append([f"{roman} 目標{number}", f"{number}-1 施策", f"{number}-1-(1) 事業", 2])
        paths.append(tmp_path / f"第{number}部.xlsx")
        wb.save(paths[-1])
    read = planeval.read_workbooks(paths, scale=PRESETS["kawasaki"])
    assert [p.message for p in read.problems] == [
        "情報化政策 Ⅲ の行がどのファイルにもありません（情報化政策 Ⅰ・Ⅱ・Ⅳ はあります）"
    ]


def test_a_read_with_the_plan_says_no_gap_sending_the_clerk_to_the_plan(tmp_path: Path) -> None:
    """Review 84: with `--plan` given, the gap's notice still advised 「計画の一覧があれば
    validate --plan で提出状況が分かります」; the plan says who returned nothing itself."""
    import planeval
    from planeval.config import load_config
    from planeval.cycle.with_plan import count_with_plan
    from planeval.presets import PRESETS
    from tests.bureau_forms import SETTINGS, bureau_plan

    folder = _folder(tmp_path, ["危機管理本部", "健康福祉局"])
    read = planeval.read_workbooks([folder], scale=PRESETS["kawasaki"])
    assert [p for p in read.problems if "validate --plan" in p.hint]  # (without the plan)
    (tmp_path / "bureaus.toml").write_text(SETTINGS, encoding="utf-8")
    config = load_config(tmp_path / "bureaus.toml")
    plan = planeval.read_plan(bureau_plan(tmp_path), wording=config.wording)
    count_with_plan(read, plan, config.wording, config.scale, rows=False)
    assert not [p for p in read.problems if "validate --plan" in p.hint]
