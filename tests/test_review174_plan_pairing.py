"""東山市's 第2次集中改革プラン (review 174): one compiled workbook, 担当課 column, 基本方針 headings
over 推進項目 lines 「(1)　…」 over rows numbered 「(1)-1」; the plan lists 基本方針 | 推進項目 | 番号 |
取組項目 | 取組内容 | 担当課, its 番号 「(2)-2」 under each 基本方針 alike.

#1: 1-(2)-2 is typed 「（2）-2」 (full-width brackets) in both the form and the plan, 3-(2)-2
「(2)-2」. With --plan the rows were shown in the notation of whichever of the plan's two 「(2)-2」
a hash set met last, so one of them — which, from run to run — was refused as 「番号が計画と違います」
and the total was one short, a different 基本方針's each run. #2: the original of a 再掲 item
(2-(1)-3) and its 再掲 row (3-(1)-2) share their 取組内容's name: the original was refused as
undecided (「…決められません」), not counted, and 企画課 said 「行なし」."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

REPO = Path(__file__).resolve().parents[1]
RUNNER = CliRunner()
PLANEVAL = (sys.executable, "-m", "planeval")
REPEAT = "再掲"
NARROW = str.maketrans("（）", "()")
# 基本方針 → its name and its 推進項目: (number, name, rows: 番号, 取組項目, 取組内容, 進捗状況, 担当課)
PLAN = {
    1: ("効率的・効果的な行政運営", [
        ("(1)", "事務事業の見直し", [
            ("(1)-1", "事務事業評価の実施", "全事業で事後評価を実施", "目標達成", "行政改革推進課"),
            ("(1)-2", "イベントの統廃合", "市主催イベントの統合", "変更・中止", "企画課")]),
        ("(2)", "民間活力の活用", [
            ("(2)-1", "指定管理者制度の推進", "対象施設の拡大", "目標達成", "行政改革推進課"),
            ("（2）-2", "窓口業務委託", "市民課窓口の委託", "取組中", "市民課")])]),
    2: ("健全な財政運営", [
        ("(1)", "歳入の確保", [
            ("(1)-1", "市税収納率向上", "コンビニ・スマホ決済の導入", "目標達成", "税務課"),
            ("(1)-2", "ふるさと納税の推進", "返礼品の拡充", "目標達成", "企画課")])]),
    3: ("組織・人材の活性化", [
        ("(1)", "組織の見直し", [
            ("(1)-1", "組織機構の見直し", "部の再編", "目標達成", "人事課"),
            ("(1)-2", "ふるさと納税の推進（再掲 2-(1)-2）", "返礼品の拡充", REPEAT, "企画課")]),
        ("(2)", "人材育成", [
            ("(2)-1", "職員研修の充実", "階層別研修の見直し", "取組中", "人事課"),
            ("(2)-2", "人事評価制度の運用", "評価結果の処遇反映", "目標達成", "人事課")])]),
}  # fmt: skip
SETTINGS = """[scale]
preset = "reform_plan"

[wording]
policy = "基本方針"
direction = "推進項目"
project = "取組項目"
item = "取組内容"
status = "進捗状況"
issue = "今後の方向性"
department = "担当課"
"""


def _body(folder: Path, *, wide: bool = True) -> tuple[Path, Path]:
    """The compiled workbook and the plan, as 東山市 writes them, with its planeval.toml; not
    ``wide``, 1-(2)-2 typed 「(2)-2」 as every other number (review 174's B2: #2 alone)."""
    form: list[list[object]] = [["第２次東山市集中改革プラン　令和７年度取組状況"], []]
    plan: list[list[object]] = [["第２次東山市集中改革プラン　取組一覧"], []]
    plan.append(["基本方針", "推進項目", "番号", "取組項目", "取組内容", "担当課"])
    for policy, (policy_name, directions) in PLAN.items():
        form += [[], [f"基本方針{'１２３'[policy - 1]}　{policy_name}"]]
        for direction, direction_name, rows in directions:
            form.append([f"{direction}　{direction_name}"])
            form.append(["番号", "取組項目", "取組内容", "進捗状況", "今後の方向性", "担当課"])
            for typed, project, item, status, owner in rows:
                number = typed if wide else typed.translate(NARROW)
                form.append([number, project, item, status, "", owner])
                levels = [f"{policy} {policy_name}", f"{direction} {direction_name}"]
                plan.append([*levels, number, project, item, owner])
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return (
        write_book(folder / "集中改革プラン取組状況_R7.xlsx", {"取組状況": form}),
        write_book(folder / "計画.xlsx", {"取組一覧": plan}),
    )


def _expected() -> dict[str, Counter[str]]:
    """Each 基本方針's statuses as its rows give them, 再掲 rows apart, and the 合計."""
    counts: dict[str, Counter[str]] = {"合計": Counter()}
    for policy, (_name, directions) in PLAN.items():
        counts[str(policy)] = Counter(
            row[3] for _d, _n, rows in directions for row in rows if row[3] != REPEAT
        )
        counts["合計"] += counts[str(policy)]
    return counts


def _counted(text: str) -> dict[str, Counter[str]]:
    """summarize -f csv's rows: 番号 → each status's count (計 and 再掲 aside)."""
    table = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    statuses = ("目標達成", "取組中", "変更・中止")
    return {
        row["番号"]: Counter({s: int(row[s]) for s in statuses if int(row[s])}) for row in table
    }


def test_counts_the_same_and_right_whatever_the_hash_seed(tmp_path: Path) -> None:
    form, plan = _body(tmp_path)
    outputs = set()
    for seed in range(8):  # (without the fix, seeds 0–6 dropped 1-(2)-2, 7 dropped 3-(2)-2)
        done = subprocess.run(
            [*PLANEVAL, "summarize", form.name, "--plan", plan.name, "-f", "csv"],
            capture_output=True,
            cwd=tmp_path,
            timeout=120,
            check=False,
            env={**os.environ, "PYTHONPATH": str(REPO / "src"), "PYTHONHASHSEED": str(seed)},
        )
        out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
        assert done.returncode == 0, (seed, err)
        assert "計画と違" not in err and "決められません" not in err, (seed, err)
        assert _counted(out) == _expected(), (seed, out)
        outputs.add(out)
    assert len(outputs) == 1


def test_repeat_row_leaves_its_original_to_the_plan(tmp_path: Path, monkeypatch) -> None:
    form, plan = _body(tmp_path, wide=False)
    monkeypatch.chdir(tmp_path)
    result = RUNNER.invoke(
        app, ["validate", form.name, "--plan", plan.name], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "決められません" not in result.output
    assert "どのファイルにもありません" not in result.output
    owner = next(line for line in result.output.splitlines() if "│ 企画課" in line)
    assert "提出済" in owner and "行なし" not in owner
