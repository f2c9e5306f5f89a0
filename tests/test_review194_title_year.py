"""Review 194 #1: a prefecture's forms titled 「東上野県情報化推進計画（令和5年度～令和7年度）　令和6年度
進捗状況調査票」 and named 01_総務部_R6進捗状況.xlsx gave the report no year, and the notice said
「調査票にも表題にもファイル名にも年度がありませんでした」 — false twice. A plan's period in a title
gives no year (the one year outside it does), a file's name 「_R6進捗状況」 gives its year, and where
no year is chosen the notice says what was found, where, and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.stated_year import report_year, year_problems
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
DEPARTMENTS = ("01_総務部", "02_地域創生部")
PLAN = "東上野県情報化推進計画"


def _forms(folder: Path, title: str, names: tuple[str, ...] = ("R6進捗状況",) * 2) -> Path:
    """Each department's form, titled ``title`` in A1, named 「{department}_{name}.xlsx」."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, (department, name) in enumerate(zip(DEPARTMENTS, names, strict=True)):
        rows = [
            [title],
            [f"部局名：{department[3:]}"],
            HEADER,
            [f"1-{index + 1}-1 事業", "① 取組", "○", ""],
        ]
        write_book(folder / f"{department}_{name}.xlsx", {"進捗状況": rows})
    return folder


@pytest.mark.parametrize(
    ("title", "names", "year"),
    [
        # the plan's period and the round's year: the round's (review 194 #1), however it is typed
        (f"{PLAN}（令和5年度～令和7年度）　令和6年度 進捗状況調査票", ("進捗状況",) * 2, 2024),
        (f"{PLAN}（令和5年度〜令和7年度） 令和6年度 進捗状況調査票", ("進捗状況",) * 2, 2024),
        (f"{PLAN}(令和5年度~令和7年度) 令和6年度 進捗状況調査票", ("進捗状況",) * 2, 2024),
        (f"{PLAN}（令和5年度－令和7年度）　令和６年度 進捗状況調査票", ("進捗状況",) * 2, 2024),
        (f"{PLAN}（令和5年度から令和7年度まで） 2024年度 進捗状況調査票", ("進捗状況",) * 2, 2024),
        (f"令和6年度 {PLAN}（令和5～7年度） 進捗状況調査票", ("進捗状況",) * 2, 2024),
        # a period only: no year of it (not its first, nor its last), the files' names' instead
        (f"{PLAN}（令和5年度～令和7年度） 進捗状況調査票", ("R6進捗状況",) * 2, 2024),
        (f"{PLAN}（令和5年度～令和7年度） 進捗状況調査票", ("令和6_進捗",) * 2, 2024),
        (f"{PLAN}（令和5年度～令和7年度） 進捗状況調査票", ("2024年度進捗",) * 2, 2024),
        (f"{PLAN}（令和5年度～令和7年度） 進捗状況調査票", ("進捗状況",) * 2, None),
        # no year in the title: the names' (t_year2/), when they agree
        (f"{PLAN} 進捗状況調査票", ("R6進捗状況",) * 2, 2024),
        (f"{PLAN} 進捗状況調査票", ("R5進捗状況", "R6進捗状況"), None),
        # two years of the title's own, neither chosen — unless a name says which
        (f"令和5年度・令和6年度 {PLAN} 進捗状況調査票", ("進捗状況",) * 2, None),
        (f"令和5年度・令和6年度 {PLAN} 進捗状況調査票", ("R6進捗状況",) * 2, 2024),
    ],
)
def test_the_round_s_year_beside_a_plan_s_period(
    tmp_path: Path, title: str, names: tuple[str, ...], year: int | None
) -> None:
    read = planeval.read_workbooks([_forms(tmp_path / "回答", title, names)])
    assert [Path(file).name for file in read.left_out] == []
    assert report_year(read, None) == year


def _notice(folder: Path) -> tuple[str, str]:
    read = planeval.read_workbooks([folder])
    assert report_year(read, None) is None
    (said,) = year_problems(read, None, None, "out/報告R6.xlsx")
    assert str(said.location) == "out/報告R6.xlsx"
    return said.message, said.hint


def test_no_year_says_what_was_found_where_and_the_fix(tmp_path: Path) -> None:
    several = _forms(tmp_path / "a", f"令和5年度・令和6年度 {PLAN} 進捗状況調査票", ("進捗",) * 2)
    first = several / "01_総務部_進捗.xlsx"
    assert _notice(several) == (
        "報告書に年度が入っていません（表題に年度がいくつもあり、どれが報告の年度か決められません"
        f"でした：{first} › 進捗状況 › A1 に令和5年度・令和6年度。ほか 1 ファイルも同じです）",
        "--fiscal-year 令和6 のように報告の年度を指定すると、見出しとページの上に入ります",
    )
    names = _forms(tmp_path / "b", f"{PLAN} 進捗状況調査票", ("R5進捗状況", "R6進捗状況"))
    assert _notice(names) == (
        "報告書に年度が入っていません（ファイル名の年度がそろっていません：01_総務部_R5進捗状況.xlsx "
        "は令和5年度、02_地域創生部_R6進捗状況.xlsx は令和6年度）",
        "--fiscal-year 令和6 のように報告の年度を指定すると、見出しとページの上に入ります",
    )
    period = _forms(tmp_path / "c", f"{PLAN}（令和5年度～令和7年度） 進捗状況調査票", ("進捗",) * 2)
    assert _notice(period) == (
        "報告書に年度が入っていません（表題の年度は計画の期間などのもので（"
        f"{first.parent.parent / 'c' / '01_総務部_進捗.xlsx'} › 進捗状況 › A1 に令和5年度・令和7年度）、"
        "調査票にもファイル名にも報告の年度がありませんでした）",
        "--fiscal-year 令和5 のように報告の年度を指定すると、見出しとページの上に入ります",
    )
    none = _forms(tmp_path / "d", f"{PLAN} 進捗状況調査票", ("進捗",) * 2)
    assert _notice(none)[0] == (
        "報告書に年度が入っていません（調査票にも表題にもファイル名にも年度がありませんでした）"
    )


def test_export_of_the_prefecture_s_forms_is_dated(tmp_path: Path) -> None:
    """The review's command: its report titled with the round's year, nothing said."""
    folder = _forms(
        tmp_path / "回答R6", f"{PLAN}（令和5年度～令和7年度）　令和6年度 進捗状況調査票"
    )
    out = tmp_path / "報告R6.md"
    titled = ("--title", "東上野県情報化推進計画 進捗状況")
    result = CliRunner().invoke(app, ["export", str(folder), "--md", str(out), *titled])
    assert (result.exit_code, result.stderr) == (0, "")
    assert out.read_text(encoding="utf-8").splitlines()[:3] == [
        "# 東上野県情報化推進計画 進捗状況",
        "",
        "令和6年度（2024年度）",
    ]
