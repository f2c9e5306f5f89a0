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
    assert lines[lines.index(notice) + 1 : lines.index(notice) + 6] == [
        "  [wording]",
        "  # 報告書の表題です（調査票の表題から）",
        '  title = "長与町第２次情報化推進計画\u3000進捗状況"',
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
    one value beside a blank was too few to name a preset, 「この尺度の記号のどれかを書いてください」."""
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
        p for p in read.problems if p.location.cell == "G11" and p.location.sheet == "基本目標Ⅰ"
    ]
    [rating] = [
        p for p in read.problems if p.location.cell == "G7" and p.location.sheet == "基本目標Ⅰ"
    ]
    assert dash.message.startswith("'－'（再掲）ですが、")
    assert rating.hint.startswith('この値は preset "nagayo" の評価尺度のものです')
    assert dash.hint == rating.hint


AICHI_TOML = """[scale]
preset = "aichi"

[wording]
policy = "基本方針"
project = "取組項目"
item = "指標"
status = "評価"
"""
AICHI_HEADER = [
    "基本方針",
    "取組項目",
    "指標",
    "目標値",
    "実績値",
    "達成率",
    "評価\n（A～D）",
    "担当課",
]


def _aichi(folder: Path, year: int, ratings: tuple[str, str, str]) -> Path:
    """愛知県's 取組状況評価一覧 as its clerk types it: the legend under the title, 基本方針 merged
    down its 取組項目 「1.1　…」, one 指標 each, rated A–D by 達成率."""
    from tests.conftest import write_book

    folder.mkdir()
    rows: list[list[object]] = [
        [f"あいちＩＴプラン２０２５　令和{year}年度取組状況評価一覧"],
        ["【評価基準】　A：達成率100%以上　B：達成率80%以上100%未満　C：達成率50%以上80%未満"
         "　D：達成率50%未満"],
        [],
        AICHI_HEADER,
        ["1　県民の利便性向上", "1.1　電子申請手続の拡大", "電子申請可能手続数", "300手続",
         "315手続", "105%", ratings[0], "デジタル推進課"],
        ["", "1.2　キャッシュレス決済の導入", "対応窓口数", "50窓口", "46窓口", "92%", ratings[1],
         "デジタル推進課"],
        ["", "1.3　オープンデータの推進", "公開データセット数", "500件", "300件", "60%", ratings[2],
         "デジタル推進課"],
    ]  # fmt: skip
    return write_book(
        folder / f"ITプラン取組状況_R{year}.xlsx",
        {"取組状況": rows},
        merges={"取組状況": ["A5:A7"]},
    )


def test_compare_names_each_indicator_s_project_as_issues_does(tmp_path: Path) -> None:
    """compare listed 「1.2 | 対応窓口数 | B | A | 改善」 while issues said 「キャッシュレス決済の
    導入：対応窓口数」; its workbook's sheet of changes had no legend for the B and A."""
    import openpyxl

    old = _aichi(tmp_path / "R5", 5, ("A", "B", "C")).parent
    new = _aichi(tmp_path / "R6", 6, ("A", "A", "C")).parent
    config = tmp_path / "planeval.toml"
    config.write_text(AICHI_TOML, encoding="utf-8")
    book = tmp_path / "変化.xlsx"
    said = _run("compare", str(old), str(new), "--config", str(config), "--xlsx", str(book))
    assert said.exit_code == 0, said.output
    # (under 取組項目: each indicator's ID is its project's, review 92)
    assert "│ 1.2      │ キャッシュレス決済の導入：対応窓口数 │ B " in said.stdout
    assert "│ 取組項目 │ 指標" in said.stdout
    sheet = openpyxl.load_workbook(book).worksheets[0]
    cells = [value for row in sheet.iter_rows(values_only=True) for value in row if value]
    assert "キャッシュレス決済の導入：対応窓口数" in cells
    assert any(
        str(cell).startswith("凡例：A 達成率100%以上 ／ B 80%以上100%未満") for cell in cells
    )
    shown = _run("rounds", str(old), str(new), "--config", str(config), "-f", "csv")
    assert "キャッシュレス決済の導入：対応窓口数" in shown.stdout
