"""Review 153 B2: 東海県's roll-up, most bodies answering on the prefecture's form 「令和7年度
東海県ITプラン 市町村進捗状況調査票」 and a few on their own plan's (「南台市 ITプラン　令和7年度
進捗状況（企画課）」): the report stayed 「計画の進捗状況」, and the notice said the survey's title
named no plan and offered a title ending in 調査票. With several bodies, a body's own form naming
it is left out of the report's title; forms titled apart otherwise are said to be so, the
example the title as the report's (its form's word dropped)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_other_scale_body_whole import OTHER, REPLIES, _form

SURVEY = "令和7年度 東海県ITプラン 市町村進捗状況調査票"


def _replies(tmp_path: Path, titles: dict[str, str]) -> Path:
    folder = tmp_path / "回答"
    for name, files in REPLIES.items():
        body = name.split("_")[1]
        if body == OTHER:
            continue  # (its scale's error aside)
        (folder / name).mkdir(parents=True)
        for department, rows in files.items():
            path = folder / name / f"{department}.xlsx"
            _form(path, body, rows, legend=False)
            book = load_workbook(path)
            book.active["A1"] = titles.get(body, SURVEY)
            book.save(path)
    return folder


def _export(tmp_path: Path, titles: dict[str, str]) -> tuple[str, str]:
    folder = _replies(tmp_path, titles)
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "aichi"\n\n[wording]\nstatus = "評価"\n', encoding="utf-8")
    report = tmp_path / "報告.md"
    args = ["export", str(folder), "--bodies", "folder", "--config", str(config)]
    done = CliRunner().invoke(app, [*args, "--md", str(report)])
    assert done.exit_code == 0, done.output
    return report.read_text(encoding="utf-8").splitlines()[0], done.output


def test_a_body_s_own_form_leaves_the_survey_s_title_the_report_s(tmp_path: Path) -> None:
    own = {"南台市": "南台市 ITプラン　令和7年度 進捗状況（企画課）"}
    title, output = _export(tmp_path, own)
    assert title == "# 東海県ITプラン 市町村進捗状況"
    assert "計画の名前がない" not in output


def test_forms_titled_apart_are_said_so_with_a_report_s_title(tmp_path: Path) -> None:
    other = {"南台市": "令和7年度 東海県DXプラン 市町村進捗状況調査票"}
    title, output = _export(tmp_path, other)
    assert title == "# 計画の進捗状況"
    flat = output.replace("\n", "")
    assert (
        "調査票の表題が「東海県ITプラン 市町村進捗状況」「東海県DXプラン 市町村進捗状況」と同じでないため"
        in flat
    )
    assert '--title "東海県ITプラン 市町村進捗状況"' in flat
    assert '調査票"' not in flat
