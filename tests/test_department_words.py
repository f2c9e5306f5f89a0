"""A city of 局 hears of its bureaus as 局 (review 31, finding 13): its template says 記入する局
and 所管局, and so do validate's 提出状況, the warning of a bureau that returned nothing, the
export's sentence after a policy's count, the fix of an item rated two ways and of a plan item
no file has; --narrative's message names the body's 基本目標. Setagaya's words are unchanged
(their tests: test_unreturned_departments, test_unreturned_sentence, test_cycle …)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.designated_city import PLAN, city, returned, run

EDUCATION = "教育委員会事務局"
BUREAUS = list(dict.fromkeys(bureau for *_row, bureau in PLAN))
LED = sum(bureau == EDUCATION and "再掲" not in item for *_r, item, bureau in PLAN)


def _run(home: Path, *args: str) -> CliRunner:
    return CliRunner().invoke(
        app, [*args, "--config", str(home / "planeval.toml")], env={"COLUMNS": "200"}
    )


def test_validate_says_the_submissions_in_bureaus(tmp_path: Path) -> None:
    home = city(tmp_path)
    folder = returned(home, without=(EDUCATION,))
    said = run(home, "validate", str(folder), "-f", "csv", code=1)  # (未提出: exit 1)
    lines = said.lstrip("\ufeff").splitlines()
    # (the warning first, as summarize gives it: review 94; then 提出状況)
    assert lines[1].startswith(
        f"警告,{home / '計画.xlsx'},計画事業一覧,F9,{EDUCATION}の回答がどのファイルにもありません"
        f"（未提出）。この局が所管する計画の取組 {LED} 件は集計に含まれていません,"
    )
    assert lines[1].endswith("局ごとの提出状況は、提出状況の表を見てください")
    table = lines[lines.index("局,状況,所管の取組,ファイル") :]
    assert f"{EDUCATION},未提出,{LED}," in table
    said = run(home, "validate", str(folder), "-f", "plain", code=1)
    assert said.splitlines()[-1] == f"{len(BUREAUS)} 局のうち、未提出 1 局（{EDUCATION}）があります"


def test_the_warning_and_the_export_say_bureau(tmp_path: Path) -> None:
    home = city(tmp_path)
    folder = returned(home, without=(EDUCATION,))
    md = tmp_path / "r6.md"
    exported = _run(home, "export", str(folder), "--md", str(md))
    assert exported.exit_code == 0, exported.output
    [warning] = [line for line in exported.stderr.splitlines() if "未提出" in line]
    assert warning.endswith(
        f"{EDUCATION}の回答がどのファイルにもありません（未提出）。この局が所管する計画の取組"
        f" {LED} 件は集計に含まれていません（回答が届いていれば、ほかの回答と同じフォルダに入れて"
        "集計し直してください。局ごとの提出状況は validate で確かめられます）"
    )
    assert (
        "なお、計画にはこのほか所管局の回答が提出されていない事業があり、"
        f"その取組{LED}件は集計に含めていません。"
    ) in md.read_text(encoding="utf-8")


def test_an_item_rated_two_ways_asks_the_lead_bureau(tmp_path: Path) -> None:
    """The whole-plan form copied to two bureaus, each rating 書かない窓口の導入 its own way,
    read without the plan (which would count its lead's rating)."""
    home = city(tmp_path)
    config = planeval.load_config(home / "planeval.toml")
    plan = planeval.read_plan(home / "計画.xlsx")
    settings = (home / "planeval.toml").read_text(encoding="utf-8")
    (home / "planeval.toml").write_text(settings.split("[plan]")[0], encoding="utf-8")
    whole = home / "調査票.xlsx"
    planeval.write_templates(
        plan, whole, fiscal_year=2024, scale=config.scale, wording=config.wording
    )
    folder = home / "全庁版"
    folder.mkdir()
    for bureau, status in (("区政推進局", "B"), ("市民局", "C")):
        book = load_workbook(whole)
        sheet = book["実施状況"]
        [row] = [row for row in sheet.iter_rows() if "書かない窓口" in str(row[1].value)]
        row[3].value = status
        book.save(folder / f"{bureau}.xlsx")
    said = _run(home, "summarize", str(folder), "--keep-going")
    [error] = [line for line in said.stderr.splitlines() if "評価が違います" in line]
    assert error.endswith(
        "。どれも数えていません（どちらが正しいか所管局に確認し、一方を直すか削除してください）"
    )


def test_a_plan_item_no_file_has_asks_for_the_bureau_s_form(tmp_path: Path) -> None:
    home = city(tmp_path)
    folder = returned(home)
    [form] = folder.glob("*_総務局.xlsx")
    book = load_workbook(form)
    sheet = book["実施状況"]
    [row] = [row for row in sheet.iter_rows() if "生成AIの試行導入" in str(row[1].value)]
    sheet.delete_rows(row[0].row)
    book.save(form)
    said = _run(home, "validate", str(folder))
    [error] = [line for line in said.output.splitlines() if "どのファイルにもありません" in line]
    # (naming the bureau and the form it returned without the row: review 138 #4)
    assert (
        "計画の取組 2-1-1② 生成AIの試行導入 がどのファイルにもありません（所管局: 総務局。" in error
    )
    assert error.endswith(
        "にこの行がありません）（計画の区分は「継続」で、前からある取組です。"
        "総務局の調査票で行が削除されていないか確認してください）"
    )  # (its 区分 継続: a row deleted, not an item new to the plan — review 178 #5)


def test_narrative_names_the_body_s_top_level(tmp_path: Path, monkeypatch) -> None:
    home = city(tmp_path)
    folder = returned(home)
    said = _run(home, "summarize", str(folder), "--by", "direction", "--narrative")
    assert said.exit_code == 2
    assert said.stderr == (
        "エラー: --narrative は --by policy と一緒に使ってください（文章は基本目標ごとです）\n"
    )
    plain = tmp_path / "既定"
    plain.mkdir()
    shutil.copytree(folder, plain / "回収")
    monkeypatch.chdir(plain)  # (no planeval.toml: planeval's own words)
    said = CliRunner().invoke(app, ["summarize", "回収", "--by", "direction", "--narrative"])
    assert said.exit_code == 2
    assert said.stderr == (
        "エラー: --narrative は --by policy と一緒に使ってください（文章は政策ごとです）\n"
    )


@pytest.mark.parametrize(
    ("names", "unit"),
    [
        (["市民局", "区政推進局（市民局）", EDUCATION], "局"),
        (["政策経営部", "財務部", "世田谷保健所"], "部"),
        ([EDUCATION], "局"),  # (事務局)
        (["教育委員会", "世田谷保健所"], "部"),  # (no name with a unit: planeval's plain 部)
        ([], "部"),
    ],
)
def test_the_unit_is_the_one_the_names_end_in(names: list[str], unit: str) -> None:
    from planeval.marks import named_unit

    assert named_unit(names) == unit


@pytest.mark.parametrize("narrative", [["--narrative"], []])
def test_summarize_reads_its_settings_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, narrative: list[str]
) -> None:
    """The usage message's word (基本目標) and the count come from the same settings, loaded
    once before the check (the message's word had a load of its own, policy_word's)."""
    import planeval.config

    home = city(tmp_path)
    folder = returned(home)
    loaded: list[Path | None] = []
    load = planeval.config.load_config

    def counted(path: Path | None = None) -> planeval.config.Config:
        loaded.append(path)
        return load(path)

    monkeypatch.setattr(planeval.config, "load_config", counted)
    said = _run(home, "summarize", str(folder), "--by", "direction", *narrative)
    assert said.exit_code == (2 if narrative else 0), said.output
    assert len(loaded) == 1
