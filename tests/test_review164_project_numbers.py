"""Review 164 (羽根村市, a 羽村市-style 施策評価: 基本目標 › 施策 › 事業, rated per 事業, each
事業 numbered 1–N through the plan inside its name, 「15 特定健康診査事業」, one 課 never
answering): the 事業's own number is its ID (#3, #4), and a 未提出 事業 is numbered as the
plan writes it, 「32」, never a ㉜ nobody typed (#5)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.review164_departments import SETTINGS

# 羽根村市's settings (tests/review164_departments.py), with its report's title and issue column
CONFIG = (
    SETTINGS.replace("[wording]\n", '[wording]\ntitle = "羽根村市総合計画　施策評価"\n')
    + 'issue = "課題・今後の方向性"\n'
)
HEADER = ["基本目標", "施策", "事業名", "評価", "課題・今後の方向性", "担当課"]
POLICIES = {"1": "子どもが健やかに育つまち", "2": "健康で安心して暮らせるまち"}
PROJECTS = {"1": ("1", "子育て支援の充実"), "2": ("1", "学校教育の充実"),
            "3": ("2", "健康づくりの推進"), "4": ("2", "観光・交流の推進")}  # fmt: skip
# 課 → its 事業 (施策, 事業番号, 事業名, 評価); 観光課 (事業 9, 10) never answers
FORMS = {
    "子育て支援課": [("1", 1, "保育所待機児童対策事業", "計画どおり完了"),
                     ("1", 2, "放課後児童クラブ運営事業", "計画どおり継続")],
    "教育総務課": [("2", 3, "学力向上推進事業", "計画どおり継続"),
                   ("2", 4, "ICT教育環境整備事業", "計画どおり完了")],
    "健康課": [("3", 5, "予防接種事業", "計画どおり継続"),
               ("3", 6, "特定健康診査事業", "計画どおり継続"),
               ("3", 7, "食育推進事業", "計画どおり継続")],
    "産業振興課": [("4", 8, "創業支援事業", "計画どおり継続"),
                   ("4", 11, "友好都市交流事業", "計画どおり継続")],
}  # fmt: skip
UNANSWERED = [("4", 9, "観光PR事業"), ("4", 10, "はねむら桜まつり事業")]
RENAMED = "特定健診・がん検診事業"  # (事業 6 in the second round)


def _form(
    path: Path, department: str, rows: list[tuple[str, int, str, str]], circled: bool = False
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "施策評価"
    sheet.append([f"令和6年度　施策評価調査（{department}）"])
    sheet.append([])
    sheet.append(HEADER)
    for project, number, name, status in rows:
        policy, project_name = PROJECTS[project]
        sheet.append([f"{policy} {POLICIES[policy]}", f"{project} {project_name}",
                      f"{chr(0x245F + number) if circled else number} {name}", status,
                      "引き続き実施する。", department])  # fmt: skip
    book.save(path)


def hane_round(
    folder: Path, *, renamed: bool = False, completed: bool = False, circled: bool = False
) -> Path:
    """One round's forms: each 課's own workbook, the 事業's number typed in its name (``circled``:
    as ①, 世田谷区's way)."""
    folder.mkdir(parents=True, exist_ok=True)
    for department, rows in FORMS.items():
        rows = [(p, n, RENAMED if renamed and n == 6 else name, s) for p, n, name, s in rows]
        if completed:  # (事業 6 completed this round: an improvement if paired)
            rows = [(p, n, name, "計画どおり完了" if n == 6 else s) for p, n, name, s in rows]
        _form(folder / f"施策評価_{department}.xlsx", department, rows, circled)
    return folder


def hane_plan(path: Path) -> Path:
    """The second round's plan: 基本目標 | 施策 | 番号 | 事業名 | 担当課, the 番号 plain
    integers."""
    book = Workbook()
    sheet = book.active
    sheet.title = "事業一覧"
    sheet.append(["羽根村市総合計画　事業一覧"])
    sheet.append(["基本目標", "施策", "番号", "事業名", "担当課"])
    rows = [(p, n, RENAMED if n == 6 else name, d) for d, items in FORMS.items()
            for p, n, name, _ in items]  # fmt: skip
    rows += [(p, n, name, "観光課") for p, n, name in UNANSWERED]
    for project, number, name, department in sorted(rows, key=lambda row: row[1]):
        policy, project_name = PROJECTS[project]
        sheet.append([f"{policy} {POLICIES[policy]}", f"{project} {project_name}", number,
                      name, department])  # fmt: skip
    book.save(path)
    return path


@pytest.fixture
def city(tmp_path: Path) -> Path:
    (tmp_path / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    hane_round(tmp_path / "回答R5")
    hane_round(tmp_path / "回答R6", renamed=True, completed=True)
    hane_plan(tmp_path / "計画R6.xlsx")
    return tmp_path


def _run(city: Path, *args: str) -> tuple[int, str, str]:
    here = Path.cwd()
    os.chdir(city)
    try:
        result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    finally:
        os.chdir(here)
    return result.exit_code, result.stdout, result.stderr


def test_an_unanswered_project_is_numbered_as_the_plan_writes_it(city: Path) -> None:
    """#5: the plan's 番号 9 (a plain integer) was printed 「⑨ 観光PR事業」 beside the 課' own
    「11 友好都市交流事業」, in tables and every export."""
    for args in (["tables", "回答R6", "--plan", "計画R6.xlsx"],
                 ["export", "回答R6", "--plan", "計画R6.xlsx", "--md", "out.md"]):  # fmt: skip
        code, out, _ = _run(city, *args)
        assert code == 0, out
        text = (city / "out.md").read_text(encoding="utf-8") if "--md" in args else out
        for _, number, name in UNANSWERED:
            assert f"{number} {name}" in text
        assert "11 友好都市交流事業" in text
        assert not any(
            "\u2460" <= char <= "\u24ff" or "\u3251" <= char <= "\u32bf" for char in text
        )


def test_a_template_forms_project_number_is_shown_as_typed_with_the_plan(city: Path) -> None:
    """#5: a form laid out as the template writes it (施策番号 | 施策名 | 事業番号 | 事業 …, 11
    typed as the plan types it) was shown 「⑪」 once the plan was given, as no one typed it."""
    folder = city / "様式"
    folder.mkdir()
    book = Workbook()
    sheet = book.active
    sheet.title = "施策評価"
    sheet.append(["令和6年度 羽根村市総合計画　施策評価調査票"])
    sheet.append([])
    sheet.append(["施策番号", "施策名", "事業番号", "事業", "担当課", "評価", "課題・今後の方向性"])
    sheet.append(["基本目標2 健康で安心して暮らせるまち"])
    for number, name, _ in [(n, RENAMED if n == 6 else m, s) for _, n, m, s in FORMS["健康課"]]:
        project = "3" if number == 5 else None
        sheet.append([project, "健康づくりの推進" if project else None, str(number), name,
                      "健康課", "計画どおり継続", None])  # fmt: skip
    book.save(folder / "施策評価調査票_健康課.xlsx")
    code, out, _ = _run(city, "tables", "様式", "--plan", "計画R6.xlsx")
    assert code == 0, out
    assert f"6 {RENAMED}" in out
    assert "⑥" not in out and "⑨" not in out


def test_summarize_by_item_numbers_each_project_by_its_own_number(city: Path) -> None:
    """#3: 番号 was the 施策's number for every 事業 (two 番号 1, three 番号 3…): a pivot on
    番号 merged them. Each 事業 is now numbered by the number its name starts with."""
    code, out, _ = _run(city, "summarize", "回答R6", "--by", "item", "-f", "csv")
    assert code == 0, out
    rows = [line.split(",") for line in out.lstrip("\ufeff").splitlines()[1:]]
    read = [row for row in rows if row[0] != "合計"]
    expected = {str(n): f"{n} {RENAMED if n == 6 else name}" for rows_ in FORMS.values()
                for _, n, name, _ in rows_}  # fmt: skip
    assert {row[0]: row[1] for row in read} == expected
    assert len({row[0] for row in read}) == len(read)


def test_compare_names_a_renamed_project_by_its_own_number(city: Path) -> None:
    """#4: the notice said 「事業 3 は番号が同じで名称が違います」, 3 being its 施策's number."""
    code, out, err = _run(city, "compare", "回答R5", "回答R6")
    assert code == 0, out + err
    said = [line for line in err.splitlines() if "番号が同じで名称が違います" in line]
    assert len(said) == 1
    assert (
        f"事業 6 は番号が同じで名称が違います（前回「6 特定健康診査事業」、今回「6 {RENAMED}」）"
        in said[0]
    )


def test_compare_offers_map_and_map_pairs_a_renamed_project(city: Path) -> None:
    """#4: the notice offered only retyping a name, and --map could not name a 事業 numbered
    in its name alone; 事業 6 (継続 → 完了) was 追加 + 削除, out of the 改善 count."""
    _, _, err = _run(city, "compare", "回答R5", "回答R6")
    [said] = [line for line in err.splitlines() if "番号が同じで名称が違います" in line]
    assert "--map 6=6 を付けて比べ直してください" in said
    code, out, err = _run(city, "compare", "回答R5", "回答R6", "--map", "6=6", "-f", "csv")
    assert code == 0, out + err
    assert "番号が同じで名称が違います" not in err and "--map" not in err
    rows = [line.split(",") for line in out.lstrip("\ufeff").splitlines()]
    assert [row for row in rows if row[0] == "6"] == [
        ["6", f"6 {RENAMED}", "計画どおり継続", "計画どおり完了", "改善"]
    ]
    assert not [row for row in rows if row[-1] in ("追加", "削除")]


def test_an_unanswered_project_is_circled_where_the_forms_circle_theirs(city: Path) -> None:
    """#5's bound: where the 課 write ① before their 事業 (the plan's 番号 1, 2…), a 未提出 事業 is
    listed ⑨ beside them, as the forms number theirs, not 9."""
    hane_round(city / "丸数字", renamed=True, circled=True)
    code, out, _ = _run(city, "tables", "丸数字", "--plan", "計画R6.xlsx")
    assert code == 0, out
    assert "⑪ 友好都市交流事業" in out
    for _, number, name in UNANSWERED:
        assert f"{chr(0x245F + number)} {name}" in out


def test_rounds_say_a_renamed_project_as_compare_does(city: Path) -> None:
    """Review 181 #5: rounds showed 事業 6 as two rows, 「（追加）」 and 「（削除）」, with no word,
    where compare of the same two rounds offers --map 6=6. rounds says it of the two rounds it
    happened between, and --map pairs it into one row."""
    hane_round(city / "回答R7", renamed=True, completed=True)
    code, out, err = _run(city, "rounds", "回答R5", "回答R6", "回答R7", "-f", "csv")
    assert code == 0, out + err
    rows = [line.split(",") for line in out.lstrip("\ufeff").splitlines()]
    assert len([row for row in rows if row[0] == "6"]) == 2
    [said] = [line for line in err.splitlines() if "番号が同じで名称が違います" in line]
    assert (
        f"事業 6 は番号が同じで名称が違います（回答R5「6 特定健康診査事業」、回答R6「6 {RENAMED}」）"
        in said
    )
    assert "--map 6=6 を付けて" in said
    # (at the file of the round the new name came in, told to run rounds again — not at the
    # last round's file, told compare's 「比べ直してください」: review 181 #5's leftover)
    assert said == (
        f"お知らせ: {Path('回答R6', '施策評価_健康課.xlsx')} › 施策評価 › D5: 事業 6 は番号が同じで"
        f"名称が違います（回答R5「6 特定健康診査事業」、回答R6「6 {RENAMED}」）。別の事業として、"
        "2 行に分け、新しい名称の行の回答R5を「（追加）」、前の名称の行の回答R6を「（削除）」として"
        "います（1 件）（同じ事業として 1 行に並べるなら、rounds に --map 6=6 を付けて実行し直して"
        "ください（どちらかの回の名称を揃えても 1 行になります）。設問が変わったのなら、このままで"
        "構いません）"
    )
    code, out, err = _run(city, "rounds", "回答R5", "回答R6", "回答R7", "--map", "6=6", "-f", "csv")
    assert code == 0, out + err
    assert "番号が同じで名称が違います" not in err
    rows = [line.split(",") for line in out.lstrip("\ufeff").splitlines()]
    assert len([row for row in rows if row[0] == "6"]) == 1
