"""check of 青葉台市's DX推進計画 (review 136): each 課's form has the scale's legend in A2,
「評価基準　A 計画以上（100%超）　B 計画どおり（80～100%）　C 遅れ（50～80%）　D 評価できない」,
whose thresholds were read as shares stated — three 「比べられなかった数」 rows a workbook,
burying the one real disagreement (#2). A share a draft states of the rows rated, 評価できない
(D, not counted) among them, was said beside the 未提出 items, not D (#3)."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.scale import Scale, Status
from planeval.stated_numbers import read_numbers

TOML = """[scale]
as_planned = "B"

[[scale.status]]
symbol = "A"
label = "計画以上"

[[scale.status]]
symbol = "B"
label = "計画どおり"

[[scale.status]]
symbol = "C"
label = "遅れ"
needs_issue = true

[[scale.status]]
symbol = "D"
label = "評価できない"
counted = false
ranked = false

[wording]
policy = "目指すまちの姿"
direction = "施策"
project = "事業"
item = "取組内容"
status = "評価"
issue = "課題・今後の方向性"
department = "担当課"
"""
LEGEND = (
    "評価基準　A 計画以上（100%超）　B 計画どおり（80～100%）　C 遅れ（50～80%）　D 評価できない"
)
POLICIES = {"1": "1 市民の利便性が高いまち", "2": "2 効率的で質の高い行政のまち"}
DIRECTIONS = {"1-1": "1-1 窓口サービスの改善", "1-2": "1-2 行政手続のオンライン化",
              "2-1": "2-1 業務のデジタル化"}  # fmt: skip
PROJECTS = {"1-1-1": "1-1-1 書かない窓口の推進", "1-2-1": "1-2-1 電子申請の拡充",
            "2-1-1": "2-1-1 RPA・AIの活用"}  # fmt: skip
# (project, item, department, status): 財政課 never returns its form (its three items 未提出)
ITEMS = [
    ("1-1-1", "① 申請書作成支援システムの導入", "市民課", "A"),
    ("1-1-1", "② 窓口予約システムの導入", "市民課", "B"),
    ("1-1-1", "③ 証明書発行手数料のキャッシュレス化", "市民課", "B"),
    ("1-2-1", "① 電子申請対象手続の拡大", "情報政策課", "A"),
    ("1-2-1", "② 子育て関連手続のオンライン化", "情報政策課", "C"),
    ("1-2-1", "③ 公共施設予約のオンライン化", "情報政策課", "D"),
    ("1-2-1", "④ 市税のスマートフォン決済", "財政課", "B"),
    ("2-1-1", "① RPAの対象業務の拡大", "行政経営課", "B"),
    ("2-1-1", "② 生成AIの試行導入", "行政経営課", "D"),
    ("2-1-1", "③ AI-OCRの活用", "行政経営課", "B"),
    ("2-1-1", "④ 電子契約の導入", "財政課", "A"),
    ("2-1-1", "⑤ 公金収納のキャッシュレス化", "財政課", "B"),
]
MISSING = "財政課"
HEADER = ["目指すまちの姿", "施策", "事業", "取組内容", "評価", "課題・今後の方向性", "担当課"]


def _row(project: str, name: str, department: str) -> list[str]:
    policy, direction = project.split("-")[0], "-".join(project.split("-")[:2])
    return [POLICIES[policy], DIRECTIONS[direction], PROJECTS[project], name, department]


def _city(tmp_path: Path) -> tuple[Path, Path]:
    """(the 回答 folder, the plan), the forms as 青葉台市's: title, legend, table, note."""
    plan = Workbook()
    sheet = plan.active
    sheet.title = "計画事業一覧"
    sheet.append(["青葉台市DX推進計画（令和5年度～令和9年度）計画事業一覧"])
    sheet.append([])
    sheet.append(["目指すまちの姿", "施策", "事業", "取組内容", "担当課"])
    for project, name, department, _status in ITEMS:
        sheet.append(_row(project, name, department))
    plan.save(tmp_path / "計画事業一覧.xlsx")
    folder = tmp_path / "回答"
    folder.mkdir()
    for number, department in enumerate(dict.fromkeys(item[2] for item in ITEMS), start=1):
        if department == MISSING:
            continue
        book = Workbook()
        sheet = book.active
        sheet.title = "調査票"
        sheet.append([f"令和6年度　青葉台市DX推進計画　取組状況調査票（{department}）"])
        sheet.append([LEGEND])
        sheet.append([])
        sheet.append(HEADER)
        for project, name, owner, status in ITEMS:
            if owner == department:
                sheet.append([*_row(project, name, owner)[:4], status, "", owner])
        sheet.append([])
        sheet.append(["※評価はA〜Dで記入"])
        book.save(folder / f"{number:02d}_{department}.xlsx")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return folder, tmp_path / "計画事業一覧.xlsx"


def _check(tmp_path: Path, said: str, *, plan: bool = True) -> tuple[int, dict[str, list[dict]]]:
    folder, plan_file = _city(tmp_path)
    text = tmp_path / "報告書案.txt"
    text.write_text(said, encoding="utf-8")
    args = ["check", str(folder), "--text", str(text), "-f", "json"]
    args += ["--config", str(tmp_path / "planeval.toml")]
    args += ["--plan", str(plan_file)] if plan else []
    result = CliRunner().invoke(app, args)
    return result.exit_code, json.loads(result.stdout)


def _counted(status: str) -> int:
    return sum(item[3] == status for item in ITEMS if item[2] != MISSING)


def test_a_forms_legend_states_no_share_and_a_right_draft_checks_clean(tmp_path: Path) -> None:
    counted = sum(_counted(status) for status in "ABC")
    a, b, c = (_counted(status) for status in "ABC")
    said = (
        f"評価できない（D）{_counted('D')}件を除く{counted}取組のうち、A評価は{a}件、"
        f"B評価は{b}件、C評価は{c}件でした。\n"
    )
    code, checked = _check(tmp_path, said)
    assert (checked["not_compared"], checked["disagreements"]) == ([], [])
    assert code == 0


def test_the_one_wrong_count_is_the_only_row_and_fails(tmp_path: Path) -> None:
    counted = sum(_counted(status) for status in "ABC")
    said = f"{counted}取組のうち、A評価は{_counted('A')}件、C評価は{_counted('C') + 1}件でした。\n"
    code, checked = _check(tmp_path, said)
    [wrong] = checked["disagreements"]
    assert (wrong["what"], wrong["stated"], wrong["counted"]) == ("C", _counted("C") + 1, 1)
    assert checked["not_compared"] == []
    assert code == 1


def test_a_threshold_in_brackets_is_no_share_and_the_numbers_beside_it_are_read() -> None:
    scale = Scale(
        (Status("A", "計画以上"), Status("B", "計画どおり"), Status("C", "遅れ")), as_planned="B"
    )
    assert read_numbers(LEGEND, scale) == []
    assert read_numbers("評価の基準：A（達成率100%以上）、B（80%以上100%未満）", scale) == []
    said = read_numbers("A評価（100%超）は8件（20.0％）でした。", scale)
    assert [(n.what, n.value, n.percent) for n in said] == [("A", 8, False), ("A", 20.0, True)]


def _share(status: str, base: int) -> str:
    return f"{100 * _counted(status) / base:.1f}"


RATED = sum(_counted(status) for status in "ABC")  # (the rows counted: D left out)
LATE = sum(item[2] == MISSING for item in ITEMS)  # (財政課's items, 未提出)
SETTING = (
    '。D も分母に入れる決まりなら、planeval.toml の [[scale.status]] symbol = "D" に'
    " counted = true と書いてください。D は件数の計にも入ります"
)


def _note(tmp_path: Path, share: str, *, plan: bool = True) -> tuple[float, float, str]:
    said = f"A評価は{_counted('A')}件（{share}％）でした。\n"
    code, checked = _check(tmp_path, said, plan=plan)
    assert code == 1
    [wrong] = checked["disagreements"]
    assert wrong["counted"] == float(_share("A", RATED))
    return wrong["stated"], wrong["counted"], wrong["note"]


def test_a_share_of_the_rows_rated_with_d_is_said_of_d_not_of_the_items_not_returned(
    tmp_path: Path,
) -> None:
    with_d = RATED + _counted("D")
    _stated, _counted_share, note = _note(tmp_path, _share("A", with_d))
    assert note == (
        f"（記載は評価できない（D） {_counted('D')} 件を含めた {with_d} 件に対する割合です。"
        f"集計の割合は D を除いた {RATED} 件に対するもの{SETTING}）"
    )


def test_without_the_plan_a_share_with_d_is_said_so_too(tmp_path: Path) -> None:
    with_d = RATED + _counted("D")
    _stated, _counted_share, note = _note(tmp_path, _share("A", with_d), plan=False)
    assert note.startswith(f"（記載は評価できない（D） {_counted('D')} 件を含めた {with_d} 件")


def test_a_share_of_the_plan_s_items_names_d_and_the_items_not_returned(tmp_path: Path) -> None:
    every = RATED + _counted("D") + LATE
    _stated, _counted_share, note = _note(tmp_path, _share("A", every))
    assert note == (
        f"（記載は評価できない（D） {_counted('D')} 件と未提出の {LATE} 件を含めた {every} 件に"
        f"対する割合です。集計の割合はどちらも除いた {RATED} 件に対するもの）"
    )


def test_a_share_with_the_items_not_returned_alone_names_them(tmp_path: Path) -> None:
    _stated, _counted_share, note = _note(tmp_path, _share("A", RATED + LATE))
    assert note == (
        f"（記載は未提出の {LATE} 件を含めた {RATED + LATE} 件に対する割合です。"
        f"集計の割合は集計した {RATED} 件に対するもの）"
    )


def test_a_share_of_no_such_base_keeps_the_items_not_returned_said(tmp_path: Path) -> None:
    _stated, _counted_share, note = _note(tmp_path, "25.0")
    assert note == f"（未提出の {LATE} 件は数えていません）"
