"""The commands as users run them: exit codes, exact output lines, the JSON shape, help."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval import __version__
from planeval.cli import app
from tests.conftest import REPO, SEED_WORKBOOK, write_book

SEED = str(SEED_WORKBOOK)
COMMANDS = [
    "summarize", "tables", "issues", "export", "check", "template", "validate", "compare", "rounds",
    "split",
]  # fmt: skip


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def test_summarize_prints_the_per_policy_counts() -> None:
    result = run("summarize", SEED)
    assert result.exit_code == 0
    assert lines(result.stdout) == [
        "情報化政策別の達成状況",
        "┌──────┬──────────────────────────┬───┬────┬────┬───┬────┬───────────┐",
        "│ 番号 │ 名称                     │ ◎ │  ○ │  △ │ × │ 計 │ -（再掲） │",
        "├──────┼──────────────────────────┼───┼────┼────┼───┼────┼───────────┤",
        "│ 1    │ 区民の力を活かす情報化   │ 4 │ 12 │  7 │ 0 │ 23 │         2 │",
        "│ 2    │ 行政経営を支援する情報化 │ 1 │  6 │  3 │ 0 │ 10 │         0 │",
        "│ 3    │ 情報化基盤の強化         │ 0 │ 11 │  5 │ 0 │ 16 │         0 │",
        "│ 合計 │                          │ 5 │ 29 │ 15 │ 0 │ 49 │         2 │",
        "└──────┴──────────────────────────┴───┴────┴────┴───┴────┴───────────┘",
        "凡例：◎ 計画を上回る実施 ／ ○ 計画どおり実施 ／ △ 内容を一部修正して実施 ／ × 未実施 ／ - 再掲。計は再掲（-）を除く件数",
    ]
    assert result.stderr == ""


def test_summarize_json_shape() -> None:
    result = run("summarize", SEED, "--format", "json", "--by", "direction")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["by"] == "direction"
    assert [g["id"] for g in data["groups"]] == ["1-1", "1-2", "2-1", "2-2", "3-1", "3-2"]
    assert data["groups"][1] == {
        "id": "1-2",
        "label": "",  # (its number as typed, where not as its ID)
        "name": "多様な主体（区・区民・各種団体等）の交流促進支援",
        "counts": {"◎": 0, "○": 6, "△": 1, "×": 0},
        "uncounted": {"-": 2},
        "total": 7,
        "percent": {"◎": 0.0, "○": 85.7, "△": 14.3, "×": 0.0},
        "projects": 2,
    }
    assert data["total"] == {
        "counts": {"◎": 5, "○": 29, "△": 15, "×": 0},
        "uncounted": {"-": 2},
        "total": 49,
        "percent": {"◎": 10.2, "○": 59.2, "△": 30.6, "×": 0.0},
    }
    assert data["problems"] == []


def test_summarize_in_tabulate_and_csv_formats() -> None:
    github = run("summarize", SEED, "-f", "github", "--by", "project")
    assert github.exit_code == 0
    assert (
        "| 1-2-2  | 東京 2020 オリンピック・パラリンピックに向けた情報化環境整備" in github.stdout
    )
    out = run("summarize", SEED, "-f", "csv")
    assert out.stdout.startswith("\ufeff")  # (Japanese Excel reads UTF-8 only with it)
    rows = list(csv.reader(io.StringIO(out.stdout.removeprefix("\ufeff"))))
    plain = run("summarize", SEED, "-f", "csv", "--no-bom").stdout
    assert plain == out.stdout.removeprefix("\ufeff")
    assert rows[0] == ["番号", "名称", "◎", "○", "△", "×", "計", "-（再掲）"]
    assert rows[-1] == ["合計", "", "5", "29", "15", "0", "49", "2"]


def test_tables_prints_each_direction_with_sub_items_under_their_item() -> None:
    result = run("tables", SEED, "-f", "plain")
    assert result.exit_code == 0
    text = result.stdout
    assert text.count("情報化計画事業の体系") == 6  # one table per direction
    assert (
        "（1）情報化政策1 区民の力を活かす情報化\n1-1 ICT を活用した行政サービスの拡充及び継続的改善"
        in text
    )
    assert re.search(r"\n\s+電子申請 ◎\s+手続の電子化件数が大幅に増加\n", text)
    data = json.loads(run("tables", SEED, "-f", "json").stdout)
    assert [p["id"] for p in data["policies"]] == ["1", "2", "3"]
    first = data["policies"][0]["directions"][0]["entries"][0]
    assert first["item_label"] == "①" and first["source"]["cell"] == "C15"


def test_issues_lists_everything_off_plan_or_with_an_issue_text() -> None:
    data = json.loads(run("issues", SEED, "-f", "json").stdout)
    # 5 ◎ + 15 △ + 5 ○ with an issue text (lines 596, 597, 612, 614, 615: ※令和3年度で終了)
    assert len(data["issues"]) == 25
    only = json.loads(run("issues", SEED, "-f", "json", "--status", "◎,×").stdout)["issues"]
    assert [(i["project_id"], i["item_label"], i["sub_item"]) for i in only] == [
        ("1-1-2", "①", "電子申請"),
        ("1-1-2", "③", None),
        ("1-1-3", "①", "電子書籍サービス"),
        ("1-1-3", "③", None),
        ("2-1-1", "①", None),
    ]
    text = run("issues", SEED, "-s", "×").stdout
    assert lines(text) == ["未実施（×）の実施内容はありません"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["summarize", SEED, "--by", "items"],
            "--by には policy、direction、project、item、body、body-policy、prefecture のいずれかを指定してください",
        ),
        (
            ["summarize", SEED, "--format", "nope"],
            "出力形式 'nope' は使えません（rich、csv、json、または tabulate の形式: ",
        ),
        (["summarize", "missing.xlsx"], "ファイルまたはフォルダが見つかりません: missing.xlsx"),
        (["summarize", SEED, "-f", "xlsx"], "書き出すには planeval export を使ってください"),
        (  # (the workbook beside it, not plan.tsv of the same stem: review 39)
            ["summarize", SEED, "--plan", str(REPO / "data" / "setagaya" / "plann.xlsx")],
            "（plan.xlsx のことですか。",
        ),
        (["summarize", SEED, "-f", "CSV"], "出力形式は小文字で指定してください（-f csv）"),
        (
            ["issues", SEED, "--status", "●"],
            "--status には評価尺度の記号（◎ ○ △ × -）を指定してください",
        ),
        (["summarize", SEED, "--config", "missing.toml"], "設定ファイルが見つかりません"),
        (["summarize"], "エラー: 必要な引数がありません: 'ファイル...'"),
        (  # (a report's text among the workbooks: not refused as a CSV, review 48's clerk)
            ["check", SEED, str(REPO / "README.md")],
            f"報告書の文章（{REPO / 'README.md'}）は --text に指定してください",
        ),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str | tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_version_and_help() -> None:
    assert run("--version").stdout == f"planeval {__version__}\n"
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        result = run(command, "--help")
        assert result.exit_code == 0
        assert len(result.stdout.strip()) > 100
        assert f"planeval {command}" in readme


def test_the_top_level_help_serves_any_body_s_plan_evaluation() -> None:
    """It spoke of 「情報化事業計画」 alone to a 行政改革大綱's clerk (review 79a #9)."""
    said = run("--help").stdout.split("\n\n")[1].strip()
    assert said.startswith("計画の進捗評価（情報化計画、行政改革大綱、総合計画の施策評価など）")
    assert "情報化事業計画" not in said


def test_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planeval", "summarize", SEED, "-f", "json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["total"]["total"] == 49


@pytest.mark.parametrize("as_planned", ["B", "Ｂ"])  # (Ｂ: the IME's full-width letter)
def test_a_scale_from_planeval_toml_is_used(
    tmp_path: Path, book, monkeypatch, as_planned: str
) -> None:
    (tmp_path / "planeval.toml").write_text(
        f'[scale]\nas_planned = "{as_planned}"\n'
        '[[scale.status]]\nsymbol = "A"\nlabel = "達成"\n'
        '[[scale.status]]\nsymbol = "B"\nlabel = "概ね達成"\n'
        '[[scale.status]]\nsymbol = "C"\nlabel = "未達成"\n',
        encoding="utf-8",
    )
    path = book(
        [
            ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
            ["1-1-1 事業", "① 項目", "Ａ", ""],
            ["", "② 項目", "C", "遅れ"],
        ]
    )
    monkeypatch.chdir(tmp_path)
    result = run("summarize", str(path), "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"] == {
        "counts": {"A": 1, "B": 0, "C": 1},
        "uncounted": {},
        "total": 2,
        "percent": {"A": 50.0, "B": 0.0, "C": 50.0},
    }


def test_one_alias_added_in_planeval_toml(tmp_path: Path, book, monkeypatch) -> None:
    """A ward clerk adds まる for ○: with the preset named, the preset's 〇 still counts; without
    it the file's one status is the whole scale, and the error says so and how to keep it."""
    path = book(
        [
            ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
            ["1-1-1 事業", "① 項目", "◎", ""],
            ["", "② 項目", "〇", ""],
            ["", "③ 項目", "まる", ""],
        ]
    )
    monkeypatch.chdir(tmp_path)
    alias = '[[scale.status]]\nsymbol = "○"\nlabel = "計画どおり実施"\naliases = ["まる"]\n'
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "setagaya"\n' + alias, "utf-8")
    counted = run("summarize", str(path), "-f", "csv")
    assert counted.exit_code == 0, counted.output
    assert counted.stdout.splitlines()[-1] == "合計,,1,2,0,0,3,0"
    (tmp_path / "planeval.toml").write_text(alias, encoding="utf-8")
    refused = run("summarize", str(path), "-f", "csv")
    assert refused.exit_code == 1
    assert refused.stderr.splitlines()[0] == (
        f"エラー: {path} › 第3章 › C2: '◎' はこの評価尺度の記号ではありません"
        "（○: planeval.toml:1 の [[scale.status]] で定めた尺度）"  # (as found: no folder)
        '（[[scale.status]] だけでは尺度全体を置き換えます。preset "setagaya" の尺度（◎ ○ △ × -）'
        'に別名を足すなら、[scale] に preset = "setagaya" と書いてください。[[scale.status]] は'
        "その記号に別名を足し、書いた設定だけを変えます）"
    )


def test_the_progress_bar_shows_for_many_files_on_a_terminal_only(monkeypatch) -> None:
    """No bar in pipes, in JSON, or for five files or fewer; a bar for six files or more."""
    import io

    from rich.progress import Progress

    from planeval.cli.progress import PROGRESS_FROM, progress_bar

    started: list[int] = []
    real_start = Progress.start
    monkeypatch.setattr(Progress, "start", lambda self: started.append(1) or real_start(self))

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    with progress_bar(enabled=True) as update:  # pytest's stderr is not a terminal
        assert update is None
    monkeypatch.setattr(sys, "stderr", Terminal())
    with progress_bar(enabled=False) as update:  # JSON output
        assert update is None
    assert PROGRESS_FROM == 6
    with progress_bar(enabled=True) as update:
        assert update is not None
        for done in range(1, 6):
            update(done, 5)  # five files: no bar
    assert started == []
    with progress_bar(enabled=True) as update:
        assert update is not None
        for done in range(1, 7):
            update(done, 6)  # six files: one bar, started once
    assert started == [1]


def test_a_fault_inside_planeval_is_a_message_not_a_traceback(monkeypatch) -> None:
    # e.g. rich failing on a crafted cell while drawing a table: the user sees a sentence
    import planeval.tally

    def broken(*args: object, **kwargs: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(planeval.tally.Tally, "summary", broken)
    result = run("summarize", SEED)
    assert result.exit_code == 1
    assert "予期しない内部エラー" in result.output and "IndexError" in result.output
    assert "--debug" in result.output
    assert "Traceback" not in result.output


def test_many_problems_of_one_kind_are_shown_by_their_first_few_and_counted(
    tmp_path: Path,
) -> None:
    """A body that answered in its own A-D scale: forty cells of one mistake are three lines
    and one naming the rest's cells, not forty lines; --debug shows every one."""
    rows = [
        ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
        ["1-1-1 事業", "① 一", "B", ""],
    ]
    rows += [["", f"({n}) 取組{n}", "ABCD"[n % 4], ""] for n in range(2, 12)]
    rows += [["", "(12) 取組12", "", ""]]
    path = write_book(tmp_path / "大川町.xlsx", {"取組状況": rows})
    result = run("summarize", str(path))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    unknown = [line for line in lines if "評価尺度の記号ではありません" in line]
    assert [line.split(" › ")[2][:3] for line in unknown] == ["C2:", "C3:", "C4:"]
    [rest] = [line for line in lines if "同じ種類" in line]
    assert (
        "取組状況: 同じ種類のエラーがほかに 8 件（値は 'A'・'B'・'C'・'D'。C5・C6・C7・C8・C9・C10・C11・C12）"
        in rest
    )
    # (the kind's fix once, on its first line: the presets of A-D; then 同上 — review 78)
    assert unknown[0].endswith("のように書いてください）")
    assert 'この値は preset "nagoya"・' in unknown[0]
    assert all(line.endswith("（修正方法は同上）") for line in [*unknown[1:], rest])
    assert any(
        "C13: 実施内容「(12) 取組12」の達成状況が空です" in line for line in lines
    )  # (another kind, in full)
    assert "エラー 12 件" in result.stderr
    every = run("--debug", "summarize", str(path)).stderr
    assert "同じ種類" not in every and "C12: 'D'" in every


def test_an_empty_issue_list_is_a_sentence_not_an_empty_box() -> None:
    result = run("issues", SEED, "-s", "×")
    assert result.exit_code == 0 and result.stdout == "未実施（×）の実施内容はありません\n"
    assert run("issues", SEED, "-s", "×", "-f", "csv").stdout.startswith("\ufeff番号,")


def test_repeat_listings_asked_of_the_issue_list_are_said_not_to_be_in_it() -> None:
    result = run("issues", SEED, "-s", "-")
    assert result.stdout == "再掲（-）の行は数えない行のため、課題一覧には載りません\n"


def test_summarize_with_percentages_says_how_they_are_rounded() -> None:
    said = run("summarize", SEED, "--percent").stdout
    assert "※割合（%）は小数第2位を四捨五入して小数第1位まで表示しています。" in said.replace(
        "\n", ""
    )


def test_a_number_out_of_its_range_is_told_the_range_to_give() -> None:
    """「-1 は範囲 0 以上 の外です」 read as a riddle (review 87): the value refused and what
    to give instead."""
    result = run("-j", "-1", "summarize", SEED)
    assert result.exit_code == 2
    assert "-1 は指定できません（0 以上の数を指定してください）" in result.stderr


def test_a_pasted_crlf_break_prints_as_one_line_break(tmp_path: Path) -> None:
    # review 178 #7: 「…調査を\r\n令和4年度に…」 printed as 「…調査を\r」 in tables and issues
    from openpyxl import load_workbook

    book = load_workbook(SEED_WORKBOOK)
    book["第3章"]["D16"] = "地理情報システムの\r\n統一化が必要"
    path = tmp_path / "chapter3.xlsx"
    book.save(path)
    for command in ("issues", "tables"):
        shown = run(command, str(path)).stdout
        assert "\\r" not in shown
        assert "地理情報システムの" in shown and "統一化が必要" in shown


def test_compare_stops_where_one_round_read_nothing(tmp_path: Path) -> None:
    # review 179 #3: last year's round given as a JSON export, unreadable as a round, printed
    # 「達成状況の変わった実施内容はありません」 and 0→0 counts under --keep-going
    old = tmp_path / "R7.json"
    assert run("export", SEED, "--json", str(old)).exit_code == 0
    for command in ("compare", "rounds"):
        result = run(command, str(old), SEED, "--keep-going")
        assert result.exit_code == 2  # (planeval's own JSON given as a round: usage)
        assert "変わった" not in result.output and "合計" not in result.output
        assert "比べる回の一方から読み込めたファイルがないため、比べていません" in result.output
