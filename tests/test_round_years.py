"""compare and rounds take --fiscal-year, and leave out of each round the workbooks whose title
states another year than that round's, as summarize and export leave them out (a round folder
holding last year's workbook sent again was counted by compare and rounds, and left out by
summarize --fiscal-year: two counts of one folder). The year given is the last round's (今回);
an earlier round's is its own, the one most of its workbooks' titles state (it may be the year
before, or a mid-year check of the same year), unless one year is given per round.

The rounds are built as other bodies' clerks build theirs: a designated city's 局 rating 事務
事業 1–5 in a 施策進行管理・評価票 with a 所管局 column (川崎市's scale), and a city's 行政改革
大綱 whose 担当課 rate 実施状況 and 達成度 side by side."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.errors import UsageError
from planeval.title_years import OWN_YEAR
from tests.bureau_forms import KAWASAKI, LAST_YEAR, THIS_YEAR, bureau_form
from tests.conftest import write_book

LEFT_OUT = "表題の年度が令和4年度（2022年度）です（この回は令和5年度（2023年度））。このファイルの行は数えていません"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.fixture
def bureau_rounds(tmp_path: Path) -> tuple[Path, Path, Path]:
    """令和4年度's round, and 令和5年度's where 市民文化局 sent its 令和4年度 評価票 again (its
    old ratings, unchanged); the planeval.toml naming 川崎市's scale."""
    before, after = tmp_path / "令和4年度", tmp_path / "令和5年度"
    for bureau in ("危機管理本部", "市民文化局"):
        bureau_form(before, bureau, "令和4年度", LAST_YEAR)
    bureau_form(after, "危機管理本部", "令和5年度", THIS_YEAR)
    bureau_form(after, "市民文化局", "令和4年度", LAST_YEAR)  # (sent again)
    settings = tmp_path / "planeval.toml"
    settings.write_text('[scale]\npreset = "kawasaki"\n', encoding="utf-8")
    return before, after, settings


def test_round_years_the_last_given_the_earlier_their_own() -> None:
    assert planeval.round_years([], 2) == [None, None]
    assert planeval.round_years([2023], 3) == [OWN_YEAR, OWN_YEAR, 2023]
    assert planeval.round_years([2022, 2023], 2) == [2022, 2023]
    assert planeval.round_years([2023, 2023], 2) == [2023, 2023]  # (a mid-year check)
    with pytest.raises(UsageError, match="回の数（3）だけ"):
        planeval.round_years([2022, 2023], 3)
    with pytest.raises(UsageError, match="古い回から順に"):
        planeval.round_years([2023, 2022], 2)


def test_compare_leaves_out_of_this_round_what_summarize_leaves_out(
    bureau_rounds: tuple[Path, Path, Path],
) -> None:
    before, after, _settings = bureau_rounds
    years = planeval.round_years([2023], 2)
    old, new = (
        planeval.read_workbooks([path], scale=KAWASAKI, fiscal_year=year)
        for path, year in zip((before, after), years, strict=True)
    )
    stale = str(after / "市民文化局.xlsx")
    assert new.left_out == [stale] and new.other_years == {stale: 2022}
    [error] = new.errors
    assert error.message.startswith(LEFT_OUT)
    summary, _ = planeval.summarize_workbooks([after], scale=KAWASAKI, fiscal_year=2023)
    comparison = planeval.compare(old, new, scale=KAWASAKI)
    uncounted = {m.entry.item_name: m.uncounted_in for m in comparison.movements}
    assert uncounted == {
        "地域防災計画の改定": "",
        "避難所の環境整備": "",
        "市民文化祭の開催": "new",
        "文化施設の長寿命化": "new",
    }
    assert sum(1 for m in comparison.movements if not m.uncounted_in) == summary.total.total == 2
    # (without the year: left out alike, by the year the other titles state — last year's
    # ratings were counted as this year's, unchanged: review 129 N3)
    read = planeval.read_workbooks([after], scale=KAWASAKI)
    assert read.left_out == [stale] and read.other_years == {stale: 2022}
    alike = planeval.compare(old, read, scale=KAWASAKI)
    assert {m.entry.item_name: m.uncounted_in for m in alike.movements} == uncounted


def test_compare_cli_takes_the_year_of_this_round(bureau_rounds: tuple[Path, Path, Path]) -> None:
    before, after, settings = bureau_rounds
    rounds = (str(before), str(after), "--config", str(settings))
    stopped = run("compare", *rounds, "--fiscal-year", "令和5")
    assert stopped.exit_code == 1, stopped.output
    assert stopped.stderr.count(LEFT_OUT) == 1
    assert "エラーがあるため集計していません" in stopped.stderr
    kept = run("compare", *rounds, "--fiscal-year", "R5", "--keep-going", "-f", "csv")
    assert kept.exit_code == 1, kept.output
    assert kept.stderr.count(LEFT_OUT) == 1
    lines = kept.stdout.splitlines()
    assert "1-2-1,市民文化祭の開催,3,,今回未集計" in lines, kept.stdout
    assert "1-1-1,地域防災計画の改定,3,2,改善" in lines
    # (without it: left out alike, the other titles' year the round's, as summarize leaves
    # it out — it was counted, with a warning: review 129 N3)
    alike = run("compare", *rounds, "-f", "csv", "--keep-going")
    assert alike.exit_code == 1, alike.output
    assert "1-2-1,市民文化祭の開催,3,,今回未集計" in alike.stdout.splitlines()
    assert (
        "（ほかの 1 ファイルは令和5年度（2023年度））。このファイルの行は数えていません"
        in alike.stderr
    )


@pytest.mark.parametrize(
    ("years", "said"),
    [
        (["令和5", "令和4"], "各回の年度は古い回から順に指定してください"),
        (["令和3", "令和4", "令和5"], "回の数（2）だけ指定してください（3 個）"),
        (["令和"], "--fiscal-year: "),
    ],
)
def test_compare_refuses_years_it_cannot_place(
    bureau_rounds: tuple[Path, Path, Path], years: list[str], said: str
) -> None:
    before, after, settings = bureau_rounds
    given = [part for year in years for part in ("--fiscal-year", year)]
    refused = run("compare", str(before), str(after), "--config", str(settings), *given)
    assert refused.exit_code == 2, refused.output
    assert said in refused.stderr and "Traceback" not in refused.output


def test_a_year_this_round_records_otherwise_is_refused(
    bureau_rounds: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """今回 given as an export recording 令和5年度, --fiscal-year 令和6: refused as summarize
    refuses it (the report's year would be wrong); 前回's own record is no year given."""
    before, after, settings = bureau_rounds
    export = tmp_path / "out" / "令和5年度.xlsx"
    made = run("export", str(after), "--config", str(settings), "--fiscal-year", "令和5",
               "--keep-going", "--xlsx", str(export))  # fmt: skip
    assert export.is_file(), made.output
    refused = run("compare", str(before), str(export), "--config", str(settings),
                  "--fiscal-year", "令和6")  # fmt: skip
    assert refused.exit_code == 2, refused.output
    assert "--fiscal-year は令和6年度（2024年度）ですが、読み込んだブックは" in refused.stderr


REFORM_HEADER = ("No.", "改革項目", "取組項目", "実施状況", "達成度", "取組み状況・課題", "担当課")
REFORM_ITEMS = [  # (No., 改革項目, 取組項目, 担当課)
    ("1", "1 効率的な行政運営", "窓口業務の委託", "行政改革推進課"),
    ("2", "1 効率的な行政運営", "公共施設の再配置", "行政改革推進課"),
    ("3", "2 健全な財政運営", "使用料の見直し", "財政課"),
    ("4", "2 健全な財政運営", "未利用地の売却", "財政課"),
]
PROGRESS = {"令和3年度": ("未着手", "未達成"), "令和4年度": ("取組中", "一部達成"),
            "令和5年度": ("完了", "達成")}  # fmt: skip


def _reform_form(folder: Path, section: str, year: str) -> Path:
    """A 担当課's 進捗状況 of the 行政改革大綱: both of its scales rated on every row."""
    done, achieved = PROGRESS[year]
    rows: list[tuple[object, ...]] = [
        (f"{year}　行政改革大綱 取組項目の進捗状況",),
        (f"担当課：{section}",),
        REFORM_HEADER,
    ]
    rows += [
        (no, group, name, done, achieved, "検討中" if done == "未着手" else "", owner)
        for no, group, name, owner in REFORM_ITEMS
        if owner == section
    ]
    folder.mkdir(parents=True, exist_ok=True)
    return write_book(folder / f"進捗状況_{section}.xlsx", {"進捗状況": rows})


def test_rounds_leaves_last_year_s_workbook_out_of_an_earlier_round_too(tmp_path: Path) -> None:
    """Three rounds of a 行政改革大綱; in 令和4年度's, 財政課 sent its 令和3年度 form again.
    With --fiscal-year 令和5 (the last round's), 令和4年度's round is read as its own titles
    say — the year most of them state — and the old form left out of it."""
    folders = []
    for year in PROGRESS:
        folder = tmp_path / year
        _reform_form(folder, "行政改革推進課", year)
        _reform_form(folder, "財政課", "令和3年度" if year == "令和4年度" else year)
        folders.append(str(folder))
    settings = tmp_path / "planeval.toml"
    settings.write_text(
        '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n', encoding="utf-8"
    )
    given = ("--config", str(settings), "-f", "csv")
    kept = run("rounds", *folders, *given, "--fiscal-year", "令和5", "--keep-going")
    assert kept.exit_code == 1, kept.output
    stale = "表題の年度が令和3年度（2021年度）です（ほかの 1 ファイルは令和4年度（2022年度））。このファイルの行は数えていません"
    assert kept.stderr.count(stale) == 1, kept.stderr
    lines = kept.stdout.splitlines()
    assert lines[0].lstrip("\ufeff") == "番号,実施内容,令和3年度,令和4年度,令和5年度", kept.stdout
    # (the No. the 大綱 numbers through its 改革項目: 3, not 2-3 — reviews 81, 82)
    assert "3,使用料の見直し,未着手,未集計,完了" in lines
    assert "1,窓口業務の委託,未着手,取組中,完了" in lines
    # (one year per round, oldest first: the same)
    each = [part for year in ("令和3", "令和4", "令和5") for part in ("--fiscal-year", year)]
    same = run("rounds", *folders, *given, *each, "--keep-going")
    assert same.stdout == kept.stdout
    assert "（この回は令和4年度（2022年度））。このファイルの行は数えていません" in same.stderr
    # (without the year: left out alike — it was counted as 令和4年度's: review 129 N3)
    alike = run("rounds", *folders, *given, "--keep-going")
    assert alike.exit_code == 1 and alike.stdout == kept.stdout, alike.output


@pytest.mark.parametrize("command", ["compare", "rounds"])
def test_the_help_says_which_round_s_year_it_is(command: str) -> None:
    said = " ".join(run(command, "--help").stdout.split())
    assert "--fiscal-year" in said
    assert "表題の年度が" in said.replace("│", "").replace(" ", "")


def test_a_department_whose_workbook_was_last_year_s_is_said_so_not_as_sending_none(
    bureau_rounds: tuple[Path, Path, Path],
) -> None:
    """Review 84: compare said 「市民文化局は前回だけ回答しています（今回のブックがありません）」 of
    a 局 whose workbook is there, left out as last year's (the error above it says so)."""
    before, after, settings = bureau_rounds
    said = run("compare", str(before), str(after), "--config", str(settings),
               "--fiscal-year", "令和5")  # fmt: skip
    assert "市民文化局の今回のブックは別の年度の調査票でした" in said.output, said.output
    assert "市民文化局は前回だけ回答しています" not in said.output


def test_rounds_says_a_department_s_workbook_of_another_year_as_such(
    bureau_rounds: tuple[Path, Path, Path],
) -> None:
    """rounds, as compare: 市民文化局's 令和5年度 workbook was another year's (it said
    「市民文化局は令和5年度のブックがありません（ほかの回は回答しています）」)."""
    before, after, settings = bureau_rounds
    said = run("rounds", str(before), str(after), "--config", str(settings),
               "--fiscal-year", "令和5", "--keep-going")  # fmt: skip
    form = after / "市民文化局.xlsx"
    assert f"市民文化局の令和5年度のブックは別の年度の調査票でした（{form}: 数えていません）" in (
        said.output
    )
    assert "ブックがありません" not in said.output


def _cells(book: Path) -> str:
    """Every text of the workbook ``book``, one a line."""
    from openpyxl import load_workbook

    sheets = load_workbook(book).worksheets
    return "\n".join(
        str(cell) for sheet in sheets for row in sheet.iter_rows(values_only=True) for cell in row
    )


def test_compare_does_not_call_a_department_on_last_year_s_form_one_that_sent_none(
    bureau_rounds: tuple[Path, Path, Path],
) -> None:
    """市民文化局 answered 令和5年度 on its 令和4年度 評価票: compare's notes said
    「今回は調査票の提出がなかった局: 市民文化局」 over the notice that its workbook was another
    year's. Its items are those of a workbook of another year, in the terminal and the workbook."""
    said, book, _given = _run_dated("compare", bureau_rounds, "変化.xlsx")
    dated = "今回は別の年度の調査票だったため数えなかった実施内容 2 件も「今回未集計」です"
    for text in (said.stdout, _cells(book)):
        assert "調査票の提出がなかった" not in text, text
        assert dated in text, text


def test_rounds_does_not_call_a_department_on_last_year_s_form_one_that_sent_none(
    bureau_rounds: tuple[Path, Path, Path],
) -> None:
    """rounds, as compare: not 「調査票の提出がない回がある部署: 市民文化局（令和5年度）」, in the
    terminal, the workbook and the JSON (its items' unsent_in was that round)."""
    said, book, given = _run_dated("rounds", bureau_rounds, "回ごと.xlsx")
    dated = "別の年度の調査票だったため数えなかった実施内容 2 件（令和5年度）は、その回を「未集計」"
    for text in (said.stdout, _cells(book)):
        assert "調査票の提出がない回" not in text, text
        assert dated in text, text
    data = json.loads(run("rounds", *given, "--keep-going", "-f", "json").stdout)
    stale = [item for item in data["items"] if item["item_name"].startswith(("市民", "文化"))]
    assert [(item["unsent_in"], item["other_year_in"]) for item in stale] == [
        ([], ["令和5年度"]),
        ([], ["令和5年度"]),
    ]


def _run_dated(command: str, bureau_rounds: tuple[Path, Path, Path], name: str):
    """``command`` (compare or rounds) of the bureaus' two rounds with 令和5年度 given, past the
    workbook of another year, its workbook written as ``name``: (its result, the workbook,
    the arguments naming the rounds)."""
    before, after, settings = bureau_rounds
    book = after.parent / name
    given = (str(before), str(after), "--config", str(settings), "--fiscal-year", "令和5")
    said = run(command, *given, "--keep-going", "--xlsx", str(book))
    assert said.exit_code == 1, said.output
    return said, book, given


def test_rounds_whose_titles_run_backwards_are_refused(tmp_path: Path) -> None:
    """Review 94: `compare 回答R7 回答R6` — forms with no template's mark, their years in their
    titles only — printed 「令和7年度 → 令和6年度」 and compared in that order, every 改善 shown
    as 後退 (exit 0). The years the headings print are the years the order is judged by; two
    rounds of one year (a mid-year check) stay allowed."""
    folders = {}
    for year in ("令和4年度", "令和5年度"):
        folders[year] = tmp_path / year
        for section in ("行政改革推進課", "財政課"):
            _reform_form(folders[year], section, year)
    mid_year = tmp_path / "令和5年度_中間"
    for section in ("行政改革推進課", "財政課"):
        _reform_form(mid_year, section, "令和5年度")
    settings = tmp_path / "planeval.toml"
    settings.write_text(
        '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n', encoding="utf-8"
    )
    old, new = str(folders["令和4年度"]), str(folders["令和5年度"])
    given = ("--config", str(settings))
    assert run("compare", old, new, *given).exit_code == 0
    assert run("compare", new, str(mid_year), *given).exit_code == 0
    for command in ("compare", "rounds"):
        swapped = run(command, new, old, *given)
        assert swapped.exit_code == 2, swapped.output
        said = " ".join(swapped.stderr.split())
        assert (
            "1 番目の回は令和5年度（2023年度）、2 番目の回は令和4年度（2022年度）のものです" in said
        )
        assert said.count(".xlsx › 進捗状況 › A1 の表題") == 2  # (where each year is seen)
        assert "古い回から順に指定してください（compare は 前回・今回の順" in said
        assert "Traceback" not in swapped.output
    scale = planeval.load_config(settings).scale
    later, earlier = (planeval.read_workbooks([Path(p)], scale=scale) for p in (new, old))
    with pytest.raises(UsageError, match="古い回から順に"):
        planeval.compare(later, earlier, scale=scale)


def test_rounds_whose_years_only_their_folders_or_files_name_are_refused_newest_first(
    tmp_path: Path,
) -> None:
    """Review 95: titles stating no year, the year only in the folder's name (README's
    令和7年度/ layout) or in the files' 「R7_」 — `compare 令和5年度 令和4年度` compared them
    backwards (exit 0, 改善 as 後退). The year the headings print (year_seen) judges the order."""
    settings = tmp_path / "planeval.toml"
    settings.write_text(
        '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n', encoding="utf-8"
    )
    given = ("--config", str(settings))
    for layout, where in (("フォルダ", "のフォルダ名"), ("ファイル", "のファイル名")):
        folders = {}
        for year, letter in (("令和4年度", "R4"), ("令和5年度", "R5")):
            folder = tmp_path / layout / (year if layout == "フォルダ" else f"回答{letter}")
            for section in ("行政改革推進課", "財政課"):
                form = _reform_form(folder, section, year)
                book = load_workbook(form)
                book["進捗状況"]["A1"] = "行政改革大綱 取組項目の進捗状況"  # (no year)
                named = form if layout == "フォルダ" else form.with_name(f"{letter}_{form.name}")
                book.save(named)
                if named != form:
                    form.unlink()
            folders[year] = str(folder)
        old, new = folders["令和4年度"], folders["令和5年度"]
        kept = run("compare", old, new, *given)
        assert kept.exit_code == 0, kept.output
        assert "（令和4年度 → 令和5年度）" in kept.stdout  # (the heading's years)
        for command in ("compare", "rounds"):
            swapped = run(command, new, old, *given)
            assert swapped.exit_code == 2, (layout, swapped.output)
            said = " ".join(swapped.stderr.split())
            assert "1 番目の回は令和5年度（2023年度）、2 番目の回は令和4年度（2022年度）" in said
            assert said.count(where) == 2
        mid_year = shutil.copytree(new, f"{new}_中間")  # (the same year: allowed)
        assert run("compare", new, str(mid_year), *given).exit_code == 0


def test_export_and_check_read_the_year_their_folder_names(tmp_path: Path) -> None:
    """Review 95's leftover: compare and rounds read a round's year from its folder's name
    (README's 令和7年度/ layout) where its titles state none; export printed no year at all
    (「年度の記載がありません」) and check could not tell last year's round from this one's."""
    settings = tmp_path / "planeval.toml"
    settings.write_text(
        '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n', encoding="utf-8"
    )
    folder = tmp_path / "令和5年度"
    for section in ("行政改革推進課", "財政課"):
        form = _reform_form(folder, section, "令和5年度")
        book = load_workbook(form)
        book["進捗状況"]["A1"] = "行政改革大綱 取組項目の進捗状況"  # (no year)
        book.save(form)
    html = tmp_path / "報告.html"
    made = run("export", str(folder), "--html", str(html), "--config", str(settings))
    assert made.exit_code == 0, made.output
    assert "令和5年度（2023年度）" in html.read_text(encoding="utf-8")
    assert (
        planeval.stated_year.report_year(
            planeval.read_workbooks([folder], scale=planeval.load_config(settings).scale), None
        )
        == 2023
    )


def test_a_department_s_two_workbooks_of_another_year_name_the_same_one_each_run(
    bureau_rounds: tuple[Path, Path, Path],
) -> None:
    """市民文化局 sent last year's 評価票 twice (a copy under another name): compare's notice named
    one or the other as the hash seed of the run went (review 174 — a set of file names); it
    names the first read, whatever the seed."""
    before, after, settings = bureau_rounds
    shutil.copyfile(after / "市民文化局.xlsx", after / "市民文化局_再送.xlsx")
    asked = [sys.executable, "-m", "planeval", "compare", str(before), str(after),
             "--config", str(settings), "--fiscal-year", "令和5"]  # fmt: skip
    said = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "COLUMNS": "300"}
        run = subprocess.run(asked, capture_output=True, text=True, check=False, env=env)
        assert "Traceback" not in run.stderr, run.stderr
        told = " ".join(run.stderr.split())
        said |= {part.split(":")[0] for part in told.split("別の年度の調査票でした（")[1:]}
    assert said == {str(after / "市民文化局.xlsx")}, said
