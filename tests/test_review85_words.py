"""The words planeval says of review 85's bodies: the status column chosen of two (桜ヶ丘市's
実施状況 beside 達成度) named as its title in the messages and in the [wording] offered, and
長与町's sheets named 基本目標Ⅰ/Ⅱ offering policy = "基本目標"."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.gyokaku_forms import gyokaku_round
from tests.nagayo_forms import nagayo_book


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_the_status_column_chosen_is_named_by_its_title(tmp_path: Path) -> None:
    """The blank 実施状況 was 「…の達成状況が空です」 (達成状況 reads as the 達成度 beside it),
    and the [wording] offered gave every word but status = "実施状況"."""
    folder = gyokaku_round(tmp_path)  # (planeval.toml: preset progress, status_column 実施状況)
    said = _run("summarize", str(folder), "--config", str(tmp_path / "planeval.toml"))
    assert said.exit_code == 1
    lines = said.stderr.splitlines()
    assert any("C6: 実施内容「4-(2) 自治会活動の支援」の実施状況が空です" in line for line in lines)
    [notice] = [line for line in lines if "報告書の見出しと文は planeval の言葉" in line]
    assert "・達成状況（表では 実施状況）・" in notice  # (the notice: planeval's own words)
    block = lines[lines.index(notice) + 1 :]
    assert '  status = "実施状況"' in block[: block.index('  department = "所管課"')]


def test_nagayo_s_goal_sheets_offer_their_word_for_the_policies(tmp_path: Path) -> None:
    """Sheets named 基本目標Ⅰ and 基本目標Ⅱ, each holding that 基本目標's rows: its report's
    headings read 「政策Ⅰ」 and the [wording] offered never said policy = "基本目標"."""
    path = nagayo_book(tmp_path)
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "nagayo"\n', encoding="utf-8")
    said = _run("summarize", str(path), "--config", str(config))
    assert said.exit_code == 0
    lines = said.stderr.splitlines()
    [notice] = [line for line in lines if "報告書の見出しと文は planeval の言葉" in line]
    assert "政策（表では 基本目標）" in notice
    assert lines[lines.index(notice) + 1 : lines.index(notice) + 4] == [
        "  [wording]",
        "  # 表の列の言葉です。報告書の言葉を変えるなら書き換えてください",
        '  policy = "基本目標"',
    ]


def test_two_status_columns_of_every_form_are_said_once(tmp_path: Path) -> None:
    """Each 課's form has 実施状況 and 達成度: the same five-line error was printed once a file,
    four times alike; one line names the four files (each still an error of its own)."""
    folder = gyokaku_round(tmp_path)
    (tmp_path / "planeval.toml").unlink()  # (before any settings: a first run)
    said = _run("summarize", str(folder))
    assert said.exit_code == 1
    errors = [line for line in said.stderr.splitlines() if line.startswith("エラー: ")]
    assert len(errors) == 1
    assert errors[0].startswith(
        f"エラー: {folder / '企画課.xlsx'}・市民課.xlsx・総務課.xlsx・財政課.xlsx › 進捗状況 › C4: "
        "評価の列が 2 つあります（実施状況 ※必須・達成度 ※必須）。"
    )
    assert "エラー 4 件（4 ファイル）" in said.stderr


def test_files_alike_but_for_one_problem_are_said_apart(tmp_path: Path) -> None:
    """企画課's and 総務課's forms both hold 完了 at C5, 総務課's C6 left blank: each is said
    whole — one line of both files' C5 would leave 総務課's clerk its errors in two places."""
    from tests.gyokaku_forms import gyokaku_form

    folder = gyokaku_round(tmp_path)
    (tmp_path / "planeval.toml").unlink()
    gyokaku_form(folder, "総務課", blank=2)
    said = _run("summarize", str(folder), "--status-column", "実施状況")
    assert said.exit_code == 1
    lines = [line for line in said.stderr.splitlines() if line.startswith("エラー: ")]
    assert sum(line.startswith(f"エラー: {folder / '企画課.xlsx'} › ") for line in lines) == 2
    assert sum(line.startswith(f"エラー: {folder / '総務課.xlsx'} › ") for line in lines) == 2
    assert not [line for line in lines if "・総務課.xlsx" in line]


def test_a_form_of_few_values_is_told_the_preset_the_others_are(tmp_path: Path) -> None:
    """Read before any planeval.toml, three 課 were told 「preset "progress"」 and 市民課, whose
    one value beside a blank was too few to name a preset, 「一覧の記号から選んでください」."""
    folder = gyokaku_round(tmp_path)
    (tmp_path / "planeval.toml").unlink()
    said = _run("summarize", str(folder), "--status-column", "実施状況")
    assert said.exit_code == 1
    [line] = [line for line in said.stderr.splitlines() if "市民課.xlsx › 進捗状況 › C5" in line]
    assert line.endswith(
        "'完了' はこの評価尺度の記号ではありません（◎ ○ △ × -）（この値は preset \"progress\" の"
        '評価尺度のものです。planeval.toml に [scale] preset = "progress" と書いてください）'
    )


def test_nagayo_s_dash_is_told_its_preset_as_its_ratings_are(tmp_path: Path) -> None:
    """Before its planeval.toml, 長与町's 「－」 (評価できない) was read as Setagaya's 再掲 mark and
    told to name what it repeats, while its S, A, B beside it were told preset "nagayo"."""
    import planeval

    read = planeval.read_workbooks([nagayo_book(tmp_path)])
    [dash] = [
        p for p in read.problems if p.location.cell == "G11" and "基本目標Ⅰ" == p.location.sheet
    ]
    [rating] = [
        p for p in read.problems if p.location.cell == "G7" and "基本目標Ⅰ" == p.location.sheet
    ]
    assert dash.message.startswith("'－'（再掲）ですが、")
    assert rating.hint.startswith('この値は preset "nagayo" の評価尺度のものです')
    assert dash.hint == rating.hint
