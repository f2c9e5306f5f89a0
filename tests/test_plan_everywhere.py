"""Every command that counts counts a co-owned item alike (review 21 N1): 中央市's 福祉部 leads
1-2-1, which 企画部 co-owns and rates otherwise. ``issues --plan`` and ``export --plan`` counted
the lead's rating while ``summarize`` and ``check`` had no ``--plan`` and left the item out (the
printed report said 15, the terminal 14, and ``check`` could not confirm the report). Now every
reading command takes ``--plan``, planeval.toml's ``[plan] file`` names the plan once for all of
them, and the option overrides the setting."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.test_co_owned_issues import _city
from tests.test_department_forms import returns

RUNNER = CliRunner()
# 企画部 rates 1-2-1(2) デジタル支援員の配置 D, its lead 福祉部 C (returns(welfare=…))
LEAD_RATES = {"A": 1, "B": 3, "C": 2, "D": 0}
CO_OWNER_RATES = {"A": 1, "B": 3, "C": 1, "D": 1}


def _planned_city(tmp_path: Path, *, in_settings: bool = True) -> tuple[Path, Path]:
    """The city and its round; ``in_settings``: its planeval.toml names the plan."""
    city = _city(tmp_path)
    if in_settings:
        with (city / "planeval.toml").open("a", encoding="utf-8") as settings:
            settings.write('\n[plan]\nfile = "計画.xlsx"\n')
    return city, returns(city, welfare=("B", "C"))


def _run(city: Path, *args: str):
    return RUNNER.invoke(
        app, [*args, "--config", str(city / "planeval.toml")], env={"COLUMNS": "200"}
    )


def _total(city: Path, command: str, *args: str) -> dict[str, int]:
    result = _run(city, command, *args, "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    return {status: data["total"]["counts"][status] for status in LEAD_RATES}


@pytest.mark.parametrize("stream", [False, True])
def test_the_library_counts_the_lead_s_rating_however_it_counts(
    tmp_path: Path, stream: bool
) -> None:
    """summarize_workbooks (file by file when streamed: the two departments' files combined
    again together) with the plan counts what summarize(read_workbooks(...)) does."""
    city, folder = _planned_city(tmp_path, in_settings=False)
    config = planeval.load_config(city / "planeval.toml")
    plan = planeval.read_plan(city / "計画.xlsx")
    read = planeval.read_workbooks([folder], scale=config.scale, plan=plan)
    kept = planeval.summarize(read.entries, scale=config.scale)
    summary, counted = planeval.summarize_workbooks(
        [folder], scale=config.scale, plan=plan, stream=stream
    )
    assert summary.total.counts == kept.total.counts
    assert {s: summary.total.counts[s] for s in LEAD_RATES} == LEAD_RATES
    assert not counted.has_errors
    unplanned, _ = planeval.summarize_workbooks([folder], scale=config.scale, stream=stream)
    assert sum(unplanned.total.counts.values()) == sum(LEAD_RATES.values()) - 1  # (in error)


def test_every_counting_command_counts_the_plan_the_settings_name(tmp_path: Path) -> None:
    city, folder = _planned_city(tmp_path)
    assert _total(city, "summarize", str(folder)) == LEAD_RATES
    narrated = _run(city, "summarize", str(folder), "--narrative", "-f", "json")
    assert json.loads(narrated.stdout)["total"]["counts"]["C"] == LEAD_RATES["C"]
    tables = json.loads(_run(city, "tables", str(folder), "-f", "json").stdout)
    shared = [
        entry
        for policy in tables["policies"]
        for direction in policy["directions"]
        for entry in direction["entries"]
        if entry["item_name"] == "デジタル支援員の配置"
    ]
    assert [item["status"] for item in shared] == ["C"]
    issues = json.loads(_run(city, "issues", str(folder), "-f", "json").stdout)["issues"]
    assert [i["department"] for i in issues if i["item_name"] == "デジタル支援員の配置"] == [
        "福祉課"
    ]
    validated = _run(city, "validate", str(folder))
    assert "提出済" in validated.stdout  # (the plan's departments, from the settings too)
    later = shutil.copytree(folder, city / "次の回")  # (a round given twice is refused)
    for command in ("compare", "rounds"):  # (each round read with the plan: no error)
        result = _run(city, command, str(folder), str(later))
        assert result.exit_code == 0, result.output
        assert "数えていません" not in result.output


def test_check_confirms_the_report_export_wrote_from_the_same_rows(tmp_path: Path) -> None:
    """The director's printout and check agree: the export's own sentences are confirmed."""
    city, folder = _planned_city(tmp_path)
    report = tmp_path / "報告書.md"
    exported = _run(city, "export", str(folder), "--md", str(report))
    assert exported.exit_code == 0, exported.output
    checked = _run(city, "check", str(folder), "--text", str(report))
    assert checked.exit_code == 0, checked.output
    assert "食い違い" not in checked.stdout and "比べていません" not in checked.stdout


def test_check_compares_a_clerks_sentence_with_the_lead_s_rating(tmp_path: Path) -> None:
    """「目標をやや下回った2件」 counts 福祉部's C; without the plan the item is in error and the
    number held back (exit 1), as review 21 saw it."""
    city, folder = _planned_city(tmp_path)
    text = tmp_path / "報告.txt"
    text.write_text("取組内容6件のうち、目標をやや下回ったものは2件でした。\n", encoding="utf-8")
    assert _run(city, "check", str(folder), "--text", str(text)).exit_code == 0
    (tmp_path / "unplanned").mkdir()
    unplanned = _city(tmp_path / "unplanned")  # (the same settings, naming no plan)
    (unplanned / "計画.xlsx").unlink()
    held = _run(unplanned, "check", str(folder), "--text", str(text), "--keep-going")
    assert held.exit_code == 1


def test_the_option_overrides_the_setting_and_every_reading_command_takes_it(
    tmp_path: Path,
) -> None:
    """The settings name a plan where 企画部 leads 1-2-1; --plan another where 福祉部 does."""
    city, folder = _planned_city(tmp_path)
    other = tmp_path / "co"
    other.mkdir()
    _city(other, welfare_leads=False)
    settings_plan = city / "計画.xlsx"
    settings_plan.write_bytes((other / "計画.xlsx").read_bytes())  # (企画部 leads)
    (other / "計画.xlsx").unlink()
    _city(other)  # (福祉部 leads)
    assert _total(city, "summarize", str(folder)) == CO_OWNER_RATES
    given = ["--plan", str(other / "計画.xlsx")]
    assert _total(city, "summarize", str(folder), *given) == LEAD_RATES
    for command in ("summarize", "tables", "issues", "check", "export", "validate"):
        assert "--plan" in RUNNER.invoke(app, [command, "--help"], env={"COLUMNS": "200"}).output
    for command in ("compare", "rounds"):
        assert "--plan" in RUNNER.invoke(app, [command, "--help"], env={"COLUMNS": "200"}).output


def test_a_plan_the_settings_name_that_is_not_there_is_said_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Named from the settings' folder, as [bodies] roster is; a typo is exit 2 at its line."""
    city, folder = _planned_city(tmp_path, in_settings=False)
    with (city / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[plan]\nfile = "計画書.xlsx"\n')
    lines = (city / "planeval.toml").read_text(encoding="utf-8").count("\n")
    monkeypatch.chdir(folder)  # (elsewhere: the path is the settings' folder's)
    result = RUNNER.invoke(app, ["summarize", ".", "--config", "../planeval.toml"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"エラー: ../planeval.toml:{lines}: [plan] file の計画のブック ../計画書.xlsx が"
        "見つかりません（計画.xlsx のことですか。設定ファイルのあるフォルダからの場所で書いてください）"
    )
    (city / "planeval.toml").write_text(
        (city / "planeval.toml").read_text(encoding="utf-8").replace("計画書", "計画"),
        encoding="utf-8",
    )
    counted = RUNNER.invoke(app, ["summarize", ".", "--config", "../planeval.toml"])
    assert counted.exit_code == 0, counted.output
