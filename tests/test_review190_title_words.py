"""Review 190 #7–#9: 東淀川市 rates its 施策 A–E (hirakata's scale), its forms titled
「令和6年度　東淀川市総合計画　施策評価調査票（総務部）」 over 担当課 columns. With `[wording] preset =
"hirakata"` the report was headed 枚方市's 「施策評価 評価結果一覧」 and every 担当課 column 担当部; without
[wording] the notice offering the words said nothing of the title; 「計画策定中」 broke as 「計画策／定中」."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.breaks import pieces
from tests.conftest import write_book

HEADER = ["No.", "施策名", "評価（A～E）", "今後の方向性", "担当課"]
SCALE = '[scale]\npreset = "hirakata"\n'
HIRAKATA = SCALE + '\n[wording]\npreset = "hirakata"\n'


def _forms(folder: Path, *, titled: bool = True) -> Path:
    """Two 部's forms as 東淀川市 sends them (a title row, a 基本目標 heading, a table)."""
    folder.mkdir()
    departments = {
        "総務部": ("基本目標1　安全・安心で快適に暮らせるまち", 1, ("危機管理課", "交通対策課")),
        "健康福祉部": ("基本目標2　健やかに暮らせるまち", 3, ("健康づくり課", "地域医療課")),
    }
    for at, (department, (heading, number, units)) in enumerate(departments.items(), 1):
        title = f"令和6年度　東淀川市総合計画　施策評価調査票（{department}）" if titled else None
        rows = [
            [title],
            [],
            [heading],
            HEADER,
            [number, f"施策{number}", "B", "引き続き取り組む", units[0]],
            [number + 1, f"施策{number + 1}", "A", "引き続き取り組む", units[1]],
        ]
        write_book(folder / f"0{at}_{department}.xlsx", {"施策評価": rows})
    return folder


def _export(tmp_path: Path, settings: str, *, titled: bool = True) -> tuple[list[str], str]:
    forms = _forms(tmp_path / "回答", titled=titled)
    config = tmp_path / "planeval.toml"
    config.write_text(settings, encoding="utf-8")
    report = tmp_path / "報告.md"
    args = ["export", str(forms), "--config", str(config), "--fiscal-year", "令和6"]
    result = CliRunner().invoke(app, [*args, "--md", str(report)])
    assert result.exit_code == 0, result.output
    return report.read_text(encoding="utf-8").splitlines(), result.output.replace(f"{forms}/", "")


def test_the_forms_title_heads_the_report_over_the_words_preset_s(tmp_path: Path) -> None:
    lines, output = _export(tmp_path, HIRAKATA)
    assert lines[0] == "# 東淀川市総合計画　施策評価"
    assert "表題" not in output


def test_a_preset_s_title_with_no_forms_title_is_said_with_the_fix(tmp_path: Path) -> None:
    lines, output = _export(tmp_path, HIRAKATA, titled=False)
    assert lines[0] == "# 施策評価"
    said = [line for line in output.splitlines() if "表題" in line]
    # (its 基本目標 heading a group, never the title: review 190 #7)
    assert said == [
        f'お知らせ: {tmp_path / "planeval.toml"}: 報告書の表題は preset "hirakata" の「施策評価」'
        "です（[wording] に title がなく、調査票の表題の行に計画の名前がありませんでした）"
        '（--title "○○計画 施策評価" のように表題を指定するか、planeval.toml の [wording] に '
        'title = "○○計画 施策評価" と書いてください）'
    ]


def test_a_level_heading_first_is_never_offered_as_the_title(tmp_path: Path) -> None:
    """One form with no title row, its first row the heading 「基本目標1　安全・安心なまちづくりの
    推進状況」 (a 基本目標's name ending as a report's title): no title line offered."""
    forms = tmp_path / "回答"
    forms.mkdir()
    rows = [
        ["基本目標1　安全・安心なまちづくりの推進状況"],
        HEADER,
        [1, "施策1", "B", "引き続き取り組む", "危機管理課"],
        [2, "施策2", "A", "引き続き取り組む", "交通対策課"],
    ]
    write_book(forms / "01_総務部.xlsx", {"施策評価": rows})
    config = tmp_path / "planeval.toml"
    config.write_text(SCALE, encoding="utf-8")
    report = tmp_path / "報告.md"
    args = ["export", str(forms), "--config", str(config), "--fiscal-year", "令和6"]
    result = CliRunner().invoke(app, [*args, "--md", str(report)])
    assert result.exit_code == 0, result.output
    assert report.read_text(encoding="utf-8").splitlines()[0] == "# 計画の進捗状況"
    assert result.output.split("次の設定を加えてください）\n")[1].splitlines()[:11] == [
        "  [wording]",
        "  # 見出しと文を hirakata の言葉の組で書きます（下の言葉はそれに優先します）",
        '  preset = "hirakata"',
        "  # 表の列の言葉です。報告書の言葉を変えるなら書き換えてください",
        '  policy = "基本目標"',
        '  project = "基本目標"',
        '  item = "施策"',
        '  status = "評価"',
        '  issue = "今後の方向性"',
        '  department = "担当課"',
        "お知らせ 1 件",
    ]


def test_the_words_offered_without_wording_give_the_forms_title(tmp_path: Path) -> None:
    lines, output = _export(tmp_path, SCALE)
    assert lines[0] == "# 計画の進捗状況"
    block = output.split("次の設定を加えてください）\n")[1].splitlines()
    assert block[:6] == [
        "  [wording]",
        "  # 見出しと文を hirakata の言葉の組で書きます（下の言葉はそれに優先します）",
        '  preset = "hirakata"',
        "  # 報告書の表題です（調査票の表題から）",
        '  title = "東淀川市総合計画　施策評価"',
        "  # 表の列の言葉です。報告書の言葉を変えるなら書き換えてください",
    ]


def test_the_forms_department_title_survives_the_words_preset(tmp_path: Path) -> None:
    lines, _output = _export(tmp_path, HIRAKATA)
    headers = sorted({line for line in lines if line.startswith("| 施策 |")})
    assert headers == ["| 施策 | 評価 | 今後の方向性 | 担当課 |"]


def test_the_department_word_the_clerk_sets_is_kept(tmp_path: Path) -> None:
    lines, _output = _export(tmp_path, HIRAKATA + 'department = "所管課"\n')
    headers = sorted({line for line in lines if line.startswith("| 施策 |")})
    assert headers == ["| 施策 | 評価 | 今後の方向性 | 所管課 |"]


def test_a_word_ending_in_chu_keeps_its_kanji_together() -> None:
    assert pieces("令和6年度は計画策定中のため評価対象外") == [
        "令和6年度は",
        "計画",
        "策定中のため",
        "評価",
        "対象外",
    ]
    assert pieces("予算集中") == ["予算", "集中"]
