"""Review 185: 南川市's 行政改革大綱 実施計画, its levels each in a column of its own and named
without numbers (基本方針 | 改革項目 | 取組項目), the number in a No. column 「1-(1)-①」.

#1 The 基本方針 was numbered by the order of the names in each file: 財政課's rows, all of
基本方針2, were counted under 基本方針1 (a file whose first name is 「効率的な行財政運営」), and a
file of one row per 改革項目 read 「1-(1)-①」 as the 改革項目. #2 Hence false 「…は報告がなかった
ため」 sentences, listed in an order that changed from run to run. #3 The plan in this layout
could not be read (「改革項目の番号「行政手続のオンライン化」が読めません」), so nobody was 未提出."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval import ReadResult, load_config, read_plan, read_workbooks
from planeval.cli import app
from tests.conftest import write_book

POLICIES = {1: "市民サービスの向上", 2: "効率的な行財政運営", 3: "組織の活性化"}
PROJECTS = {
    (1, 1): "行政手続のオンライン化", (1, 2): "窓口サービスの改善", (1, 3): "情報発信の充実",
    (2, 1): "事務事業の見直し", (2, 2): "財源の確保", (2, 3): "公共施設マネジメント",
    (3, 1): "組織の見直し", (3, 2): "人材育成", (3, 3): "働き方改革",
}  # fmt: skip
ITEMS = [  # (基本方針, 改革項目, 取組項目の番号, 取組項目, 担当課, 実施状況)
    (1, 1, 1, "電子申請対象手続の拡大", "情報政策課", "取組中"),
    (1, 1, 2, "キャッシュレス決済の導入", "市民課", "完了"),
    (1, 2, 1, "窓口受付時間の延長", "市民課", "未着手"),
    (1, 3, 1, "市ホームページの再構築", "企画政策課", "完了"),
    (2, 1, 1, "事務事業評価の実施", "企画政策課", "完了"),
    (2, 1, 2, "補助金の見直し", "財政課", "完了"),
    (2, 2, 1, "市税収納率の向上", "財政課", "取組中"),
    (2, 3, 1, "広告収入の拡大", "総務課", "完了"),
    (3, 1, 1, "事務分掌の見直し", "総務課", "完了"),
    (3, 2, 1, "職員研修の充実", "人事課", "完了"),
    (3, 3, 1, "テレワークの推進", "情報政策課", "取組中"),
]  # fmt: skip
SETTINGS = """[scale]
preset = "progress"

[layout]
status_column = "実施状況"

[wording]
policy = "基本方針"
project = "改革項目"
item = "取組項目"
"""
STYLES = {  # (the No. as the city types it, and the related shapes of OTHER-BODIES.md)
    "1-(1)-①": lambda p, k, n: f"{p}-({k})-{chr(0x2460 + n - 1)}",
    "1.1.1": lambda p, k, n: f"{p}.{k}.{n}",
    "1-1-(1)": lambda p, k, n: f"{p}-{k}-({n})",
}

GAPS = {
    "1-(1)-①": "3-(2)",
    "1.1.1": "3.2",
    "1-1-(1)": "3-2",
}  # (改革項目 3-2 as each shape shows it)


def _city(
    root: Path,
    *,
    silent: tuple[str, ...] = ("人事課",),
    style: str = "1-(1)-①",
    policy_cell: dict[str, str] | None = None,
) -> Path:
    """南川市's 実施計画 and its 課' 調査票 (No. | 基本方針 | 改革項目 | 取組項目 | … | 実施状況),
    the ``silent`` 課 sending none; ``policy_cell``: a 取組項目's 基本方針 cell typed otherwise."""
    no = STYLES[style]
    plan = [["南川市行政改革大綱 実施計画 取組項目一覧"], [], []]
    plan += [["No.", "基本方針", "改革項目", "取組項目", "担当課"]]
    plan += [
        [no(p, k, n), POLICIES[p], PROJECTS[p, k], name, owner] for p, k, n, name, owner, _ in ITEMS
    ]
    write_book(root / "計画.xlsx", {"実施計画": plan})
    folder = root / "回答"
    folder.mkdir()
    for number, owner in enumerate(dict.fromkeys(row[4] for row in ITEMS), start=1):
        if owner in silent:
            continue
        rows: list[list[object]] = [["令和7年度 取組状況調査票"], [f"担当課：{owner}"], []]
        rows += [
            ["No.", "基本方針", "改革項目", "取組項目", "取組内容・課題", "担当課", "実施状況"]
        ]
        for p, k, n, name, dept, status in ITEMS:
            if dept == owner:
                policy = (policy_cell or {}).get(name, POLICIES[p])
                rows += [[no(p, k, n), policy, PROJECTS[p, k], name, "実施した。", dept, status]]
        write_book(folder / f"{number:02d}_{owner}.xlsx", {"取組状況": rows})
    (root / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return folder


def _read(folder: Path, *names: str) -> ReadResult:
    """The files ``names`` of ``folder`` read under the city's planeval.toml."""
    config = load_config(folder.parent / "planeval.toml")
    paths = [folder / name for name in names] or [folder]
    return read_workbooks(paths, scale=config.scale, layout=config.layout, wording=config.wording)


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("style", list(STYLES))
def test_each_policy_counted_by_the_no_column(tmp_path: Path, style: str) -> None:
    """#1: 財政課's rows, all of 基本方針2, are counted under 2 (they were under 1, the first
    name in its file); 情報政策課's one row per 改革項目 is read as a 取組項目 of it."""
    folder = _city(tmp_path, style=style)
    config = str(tmp_path / "planeval.toml")
    code, out, err = _run("summarize", str(folder), "--config", config, "-f", "csv")
    assert code == 0
    assert out.lstrip("\ufeff").splitlines() == [
        "番号,名称,未着手,取組中,完了,計",
        "1,市民サービスの向上,1,1,2,4",
        "2,効率的な行財政運営,0,1,3,4",
        "3,組織の活性化,0,1,1,2",
        "合計,,1,3,6,10",
    ]
    assert "名称がファイルによって違います" not in err
    # #2: the one 改革項目 no file holds, 3-(2) (人事課's), and no other
    gaps = [line for line in err.splitlines() if "どのファイルにもありません" in line]
    assert [gap.split("（")[0] for gap in gaps] == [
        f"警告: {folder}: 改革項目 {GAPS[style]} の行がどのファイルにもありません"
    ]


def test_entries_carry_the_ids_of_the_no(tmp_path: Path) -> None:
    """#1: each row's 基本方針, 改革項目 and 取組項目 numbers are its No.'s (2-(1)-② is 取組項目 2 of
    改革項目 2-1 of 基本方針 2), in a file of one row per 改革項目 too (情報政策課's)."""
    folder = _city(tmp_path)
    read = _read(folder, "04_財政課.xlsx", "01_情報政策課.xlsx")
    assert [(e.policy_id, e.project_id, e.item_no, e.item_label) for e in read.entries] == [
        ("2", "2-1", 2, "2-(1)-②"),
        ("2", "2-2", 1, "2-(2)-①"),
        ("1", "1-1", 1, "1-(1)-①"),
        ("3", "3-3", 1, "3-(3)-①"),
    ]


def test_gap_line_only_the_unanswered_project(tmp_path: Path) -> None:
    """#2: 集計's note names only 人事課's 改革項目 3-(2) as not reported (it named 1-(2)-… and
    3-3-1 of rows returned and counted)."""
    folder = _city(tmp_path)
    code, out, _err = _run("summarize", str(folder), "--config", str(tmp_path / "planeval.toml"))
    assert code == 0
    assert (
        out.splitlines()[-1]
        == "基本方針3 の改革項目 3-(2) は報告がなかったため、集計に含めていません。"
    )


def test_gap_warnings_in_number_order_whatever_the_hash_seed(tmp_path: Path) -> None:
    """#2: the gaps are said in the policies' order, the same in every run (they came in the
    order a set was iterated in, which Python's hash seed changes from run to run)."""
    folder = _city(tmp_path, silent=("人事課", "市民課", "財政課"))
    script = (
        "import sys; from pathlib import Path; from tests.test_review185_whole_numbers import _read; "
        "r = _read(Path(sys.argv[1])); "
        "print([p.message.split(' の行が')[0] for p in r.problems if 'どのファイルにも' in p.message])"
    )
    seen = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script, str(folder)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        seen.add(done.stdout.strip())
    assert seen == {"['改革項目 1-(2)', '改革項目 2-(2)', '改革項目 3-(2)']"}


def test_plan_in_this_layout_read_and_the_silent_department_named(tmp_path: Path) -> None:
    """#3: the plan's No. numbers its levels as the forms' does (it was 「改革項目の番号「行政手続の
    オンライン化」が読めません」), so validate names 人事課 未提出."""
    folder = _city(tmp_path)
    plan = read_plan(tmp_path / "計画.xlsx")
    assert [(i.policy_id, i.project_id, i.item_no, i.item_label) for i in plan.items[:3]] == [
        ("1", "1-1", 1, "1-(1)-①"),
        ("1", "1-1", 2, "1-(1)-②"),
        ("1", "1-2", 1, "1-(2)-①"),
    ]
    assert plan.items[5].project_name == "事務事業の見直し"
    code, out, err = _run(
        "validate",
        str(folder),
        "--plan",
        str(tmp_path / "計画.xlsx"),
        "--config",
        str(tmp_path / "planeval.toml"),
    )
    assert code == 1
    assert "6 課のうち、未提出 1 課（人事課）があります" in out
    assert "読めません" not in err


def test_a_name_typed_with_another_number_said_at_its_cell(tmp_path: Path) -> None:
    """The ID and the name disagree: 「1 市民サービスの向上」 typed beside No. 2-(1)-② — the No.'s
    counted, the cell said."""
    folder = _city(tmp_path, policy_cell={"補助金の見直し": "1 効率的な行財政運営"})
    read = _read(folder, "04_財政課.xlsx")
    assert [e.policy_id for e in read.entries] == ["2", "2"]
    said = [p for p in read.problems if "違います" in p.message]
    assert [(p.location.cell, p.message) for p in said] == [
        (
            "B5",
            "「1 効率的な行財政運営」の番号 1 が、同じ行の番号「2-(1)-②」の 2 と違います。"
            "番号の列の 2 として数えました",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "depth", "ids"),
    [
        ("1-(1)-①", 3, ("1", "1-1", "1-1-1")),
        ("1-3-(1)", 3, ("1", "1-3", "1-3-1")),
        ("(1)-1", 2, ("1", "1-1")),
        ("1.1.1", 3, ("1", "1-1", "1-1-1")),
        ("１－（２）－③", 3, ("1", "1-2", "1-2-3")),
        ("1-1", 3, None),
        ("3", 1, None),
    ],
)
def test_whole_id_shapes(typed: str, depth: int, ids: tuple[str, ...] | None) -> None:
    """The No. shapes read as one number per level, only where they have as many parts."""
    from planeval.io.own_ids import whole_id

    found = whole_id(typed, depth)
    assert (found.ids if found is not None else None) == ids
