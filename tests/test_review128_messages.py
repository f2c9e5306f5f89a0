"""東浜市's 実施計画事業評価 (review 128): a file's name inside a message said as it is, not in
the body's words (#5); a preset named by a slip for another, 「nagoya」 for 長与町's 「nagayo」,
said first as that slip (#6); the forms' file names with no space of the title's (#9)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.message_words import in_body_words
from planeval.model import Location, Problem, Severity
from planeval.wording import DEFAULT_WORDING
from tests.nagayo_forms import nagayo_book

RUNNER = CliRunner()


def _summarized(home: Path, monkeypatch: pytest.MonkeyPatch, toml: str) -> tuple[int, str]:
    (home / "planeval.toml").write_text(toml, encoding="utf-8")
    monkeypatch.chdir(home)
    monkeypatch.setenv("COLUMNS", "400")
    run = RUNNER.invoke(app, ["summarize", "回答/"])
    return run.exit_code, run.output


def test_a_file_s_name_in_a_message_is_never_said_in_the_body_s_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """「…元の回答を数える場合は、…_R6実施事業評価_修正版.xlsxを別のフォルダに移して」 of a
    file named 実施計画事業評価: planeval's 計画事業 was put in the body's 事業 inside the name."""
    folder = tmp_path / "回答"
    folder.mkdir()
    first = nagayo_book(folder).rename(folder / "01_総務部_実施計画事業評価.xlsx")
    shutil.copy(first, folder / "01_総務部_実施計画事業評価_修正版.xlsx")
    toml = '[scale]\npreset = "nagayo"\n\n[wording]\nproject = "事業"\n'
    code, output = _summarized(tmp_path, monkeypatch, toml)
    assert code == 0, output
    assert "01_総務部_実施計画事業評価_修正版.xlsxを別のフォルダに移してください" in output
    assert "実施事業評価" not in output
    # (planeval's own word beside it still the body's)
    wording = replace(DEFAULT_WORDING, project_counted="事業")
    said = "計画事業の行です（回答/実施計画事業評価.xlsx）"
    [problem] = in_body_words([Problem(Location("a.xlsx"), Severity.NOTICE, said)], wording)
    assert problem.message == "事業の行です（回答/実施計画事業評価.xlsx）"


@pytest.mark.parametrize(
    "place", ["実施計画事業評価!H6", "実施計画事業評価 › 6 行目", "「実施計画事業評価」の 6 行目"]
)
def test_a_sheet_s_name_in_a_message_is_never_said_in_the_body_s_words(place: str) -> None:
    """A sheet 「実施計画事業評価」 named in a message was said 「実施事業評価」 (review 132 #2)."""
    wording = replace(DEFAULT_WORDING, project_counted="事業")
    said = f"計画事業の空欄: {place}"
    [problem] = in_body_words([Problem(Location("a.xlsx"), Severity.NOTICE, said)], wording)
    assert problem.message == f"事業の空欄: {place}"


def test_a_preset_named_by_a_slip_for_another_is_said_first_as_that(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`preset = "nagoya"` over 長与町's S A B C and their legend was answered first with
    「[[scale.status]] symbol = "S"」 to add to nagoya; the tables are nagayo's."""
    folder = tmp_path / "回答"
    folder.mkdir()
    nagayo_book(folder)
    code, output = _summarized(tmp_path, monkeypatch, '[scale]\npreset = "nagoya"\n')
    assert code == 1
    first = output.splitlines()[0]
    assert first.startswith('エラー: planeval.toml: 凡例と評価の記号は preset "nagayo" のもの')
    assert '"nagoya" は "nagayo" の書き間違いではありませんか' in first
    assert first.endswith('（planeval.toml の [scale] を preset = "nagayo" に直してください）')
    assert "[[scale.status]]" not in output and 'preset = "nagoya"' not in output
    # (the preset meant: read as its tables say, nothing said of it)
    code, output = _summarized(tmp_path, monkeypatch, '[scale]\npreset = "nagayo"\n')
    assert code == 0 and "書き間違い" not in output, output
    # (a preset whose name is no slip for nagayo's: its values still told as they are)
    code, output = _summarized(tmp_path, monkeypatch, '[scale]\npreset = "gunma"\n')
    assert "書き間違い" not in output and "'S' はこの評価尺度の記号ではありません" in output


def test_the_forms_file_names_have_no_space_of_the_title_s_or_a_department_s(
    tmp_path: Path,
) -> None:
    """「東浜市第5次総合計画　実施計画事業評価調査票_2025_教育部.xlsx」: a full-width space of the
    report's title in every form's name, awkward to mail or type. The title's is 「_」, as between
    the name's other parts (review 167 #9: not the two names run together), a department's
    dropped."""
    book = Workbook()
    sheet = book.active
    sheet.append(["基本目標", "事業", "指標", "担当部"])
    sheet.append(["1 安全なまち", "1-1 防災事業", "訓練の回数", "総務部"])
    sheet.append(["1 安全なまち", "1-2 防犯事業", "防犯灯の数", "教育委員会 教育部"])
    book.save(tmp_path / "計画.xlsx")
    toml = (
        '[wording]\ntitle = "東浜市第5次総合計画　実施計画事業評価"\npolicy = "基本目標"\n'
        'project = "事業"\nitem = "指標"\ndepartment = "担当部"\n'
    )
    (tmp_path / "planeval.toml").write_text(toml, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    plan = planeval.read_plan(tmp_path / "計画.xlsx", layout=config.layout, wording=config.wording)
    forms = planeval.write_templates(
        plan,
        tmp_path / "調査票",
        fiscal_year=2025,
        wording=config.wording,
        split_by_department=True,
    )
    assert sorted(form.path.name for form in forms) == [
        "東浜市第5次総合計画_実施計画事業評価調査票_2025_教育委員会教育部.xlsx",
        "東浜市第5次総合計画_実施計画事業評価調査票_2025_総務部.xlsx",
    ]
