"""A plan named wrong, in planeval.toml's [plan] file or with --plan (review 22, plan setting):
a typo in the setting stopped every command with exit 2, even one given --plan and one that
reads no plan (template); a folder given as the plan was 「見つかりません」; a status workbook
given as the plan was exit 1 with 「計画事業一覧の表が見つかりません」, naming neither where it
was given nor that it is a status workbook. Now the option wins over the setting, the setting
is looked at only by a command that reads the plan, and each wrong name is a usage error (2)
naming where it was given, what is there and the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import REPO, SEED_WORKBOOK
from tests.other_bodies import BODIES
from tests.test_co_owned_issues import _city
from tests.test_department_forms import returns

RUNNER = CliRunner()
SETAGAYA_PLAN = REPO / "data" / "setagaya" / "plan.xlsx"


def _ward(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plan: str) -> Path:
    """Setagaya's chapter and plan (as 計画.xlsx) in the working folder, its planeval.toml's
    [plan] file naming ``plan`` on line 2."""
    shutil.copy(SEED_WORKBOOK, tmp_path / "chapter3.xlsx")
    shutil.copy(SETAGAYA_PLAN, tmp_path / "計画.xlsx")
    (tmp_path / "planeval.toml").write_text(f'[plan]\nfile = "{plan}"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str):
    return RUNNER.invoke(app, list(args), env={"COLUMNS": "80"})


def test_a_typo_in_the_setting_stops_only_a_command_that_reads_the_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ward(tmp_path, monkeypatch, "計画書.xlsx")
    stopped = _run("summarize", "chapter3.xlsx")
    assert stopped.exit_code == 2
    assert stopped.stderr == (
        "エラー: planeval.toml:2: [plan] file の計画のブック 計画書.xlsx が見つかりません"
        "（計画.xlsx のことですか。設定ファイルのあるフォルダからの場所で書いてください）\n"
    )
    # --plan wins: the setting is not looked at (the seed's 令和2 rows against the 令和4 plan:
    # validate's errors, at the plan's cells too, and counted past them)
    given = _run("summarize", "chapter3.xlsx", "--plan", "計画.xlsx", "-f", "csv", "--keep-going")
    assert given.exit_code == 1, given.output
    assert "エラー: 計画.xlsx › 計画事業一覧 › B19: 計画の実施内容 1-1-3④ " in given.stderr
    assert given.stdout.splitlines()[-1].startswith("合計,,")
    # template reads the plan it is given, never the setting's
    written = _run("template", "計画.xlsx", "--fiscal-year", "令和5", "-o", "調査票.xlsx")
    assert written.exit_code == 0, written.output
    assert (tmp_path / "調査票.xlsx").is_file()
    # the library's settings name the plan, and say where, whether or not it is there
    config = planeval.load_config("planeval.toml")
    assert (config.plan, config.plan_at) == (Path("計画書.xlsx"), "planeval.toml:2")


def test_each_command_that_reads_the_plan_is_stopped_by_the_setting_s_typo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ward(tmp_path, monkeypatch, "計画書.xlsx")
    shutil.copy(tmp_path / "chapter3.xlsx", tmp_path / "前回.xlsx")
    for command in ("summarize", "tables", "issues", "validate", "check", "export", "compare"):
        more = {"check": ["--text", "chapter3.xlsx"], "export": ["--md", "out.md"],
                "compare": ["前回.xlsx"]}.get(command, [])  # fmt: skip
        result = _run(command, "chapter3.xlsx", *more)
        assert result.exit_code == 2, (command, result.output)
        assert result.stderr.startswith("エラー: planeval.toml:2: [plan] file の計画のブック")
    assert not (tmp_path / "out.md").exists()


def test_a_name_near_no_file_suggests_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Names are compared without their extension: 「ない.xlsx」 is not near 「計画.xlsx」."""
    _ward(tmp_path, monkeypatch, "ない.xlsx")
    result = _run("summarize", "chapter3.xlsx")
    assert result.exit_code == 2
    assert "のことですか" not in result.stderr
    given = _run("summarize", "chapter3.xlsx", "--plan", "計画.xslx")  # (the extension typed wrong)
    assert given.exit_code == 2
    assert given.stderr == (
        "エラー: --plan の計画のブック 計画.xslx が見つかりません"
        "（計画.xlsx のことですか。名前と場所を確かめてください）\n"
    )


def test_a_folder_given_as_the_plan_is_said_to_be_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ward(tmp_path, monkeypatch, "計画")
    (tmp_path / "計画").mkdir()
    said = (
        "はフォルダです（計画のブックはフォルダではなく 1 つのファイルです。"
        "フォルダの中のファイルの名前まで書いてください）\n"
    )
    in_settings = _run("summarize", "chapter3.xlsx")
    assert in_settings.exit_code == 2
    assert in_settings.stderr == f"エラー: planeval.toml:2: [plan] file の計画のブック 計画 {said}"
    given = _run("summarize", "chapter3.xlsx", "--plan", "計画")
    assert given.exit_code == 2
    assert given.stderr == f"エラー: --plan の計画のブック 計画 {said}"
    assert "見つかりません" not in given.stderr
    template = _run("template", "計画", "--fiscal-year", "令和5", "-o", "調査票.xlsx")
    assert template.exit_code == 2
    assert template.stderr == f"エラー: 計画のブック 計画 {said}"


def test_a_status_workbook_given_as_the_plan_is_said_to_be_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Setagaya's Chapter 3 as the plan: where it was given, the status column found, the fix;
    exit 2 (a wrong argument, as a plan not there is)."""
    _ward(tmp_path, monkeypatch, "chapter3.xlsx")
    said = (
        "chapter3.xlsx: 計画事業一覧ではなく、実施状況の表（各部の調査票の回答など）のようです"
        "（第3章 › C13 に評価の列「達成状況」があります。計画事業一覧の「新規/拡大/継続/終了」"
        "の列はありません）。計画には計画事業一覧のブックを指定してください（実施状況の表は、"
        "集計するファイルとして指定します）。計画事業一覧がなく、前年度の回答を取りまとめた一覧を"
        "計画にするなら、その評価の列を削除して別の名前で保存したブックを指定してください（評価の"
        "列のある表は、回答を取り違えて計画にしないよう計画としては読みません）\n"
    )
    in_settings = _run("summarize", "chapter3.xlsx")
    assert in_settings.exit_code == 2
    assert in_settings.stderr == f"エラー: planeval.toml:2: [plan] file: {said}"
    given = _run("validate", "chapter3.xlsx", "--plan", "chapter3.xlsx")
    assert given.exit_code == 2
    assert given.stderr == f"エラー: --plan: {said}"
    template = _run("template", "chapter3.xlsx", "--fiscal-year", "2023", "-o", "t.xlsx")
    assert template.exit_code == 2
    assert template.stderr == f"エラー: {said}"


def test_a_department_s_returned_form_as_the_plan_names_its_status_column(
    tmp_path: Path,
) -> None:
    """中央市's 企画部 form: its title 「評価\\n（A～D）」 said on one line."""
    city = _city(tmp_path)
    form = returns(city) / "DX評価_企画部.xlsx"
    result = RUNNER.invoke(
        app,
        ["summarize", str(form.parent), "--config", str(city / "planeval.toml"),
         "--plan", str(form)],
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr.startswith(f"エラー: --plan: {form}: 計画事業一覧ではなく、実施状況の表")
    assert "（評価シート › E4 に評価の列「評価（A～D）」があります。" in result.stderr


@pytest.mark.parametrize("body", BODIES, ids=lambda body: body.key)
def test_every_body_s_status_workbook_is_told_from_a_plan(tmp_path: Path, body) -> None:
    """Each body's own table, whatever its status column's title (取組み結果, 指標の評価, 達成度,
    評価 ※必須 …), is a usage error as the plan, never read as one."""
    workbook = body.build(tmp_path)[0]
    with pytest.raises(planeval.PlanevalError) as raised:
        planeval.read_plan(workbook)
    assert raised.value.exit_code == 2
    assert "実施状況の表（各部の調査票の回答など）のようです" in str(raised.value)
    assert any(f"に評価の列「{title}」" in str(raised.value)
               for title in [*body.expected["status_columns"]])  # fmt: skip


def test_a_plan_that_cannot_be_opened_is_said_at_the_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ward(tmp_path, monkeypatch, "計画.xlsx")
    opened = Path.open

    def refused(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "計画.xlsx":
            raise PermissionError(13, "Permission denied")
        return opened(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refused)
    result = _run("summarize", "chapter3.xlsx")
    assert result.exit_code == 2
    assert result.stderr == (
        "エラー: planeval.toml:2: [plan] file の計画のブック 計画.xlsx を開けません"
        "（Permission denied。ファイルを読む権限を確かめてください）\n"
    )
