"""Review 182: 中原市 (令和9) and 西津市 (令和8), each body's next round.

#1 A 局 returned the plan's 河川改修事業 as two rows, 「河川改修事業（本川）」 and 「（支川）」
(西津市's 都市整備部 its 施策 11 as 11-1 and 11-2): the plan's item was said missing — 「行が削除
されていないか確認してください」 — and each row not in the plan, unlinked, and 集計 called the 施策
returned 「未提出」. The errors stand (the counts are as before), said as one item split.
#2 Under preset hirakata 「対象外」 was an error, not 評価対象外.
#4 The export said 「全16の施策のうち回答のあった13の施策を評価しました」 where 14 answered (13
rated and one 評価対象外)."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.test_review174_whole_of_the_plan import WIDE, round_forms

TOWN = [  # (施策番号, 基本目標, 施策名, 所管部, 評価 as typed: a list where typed as two rows)
    (1, 1, "防災体制の強化", "総務部", "A"),
    (2, 1, "地域防犯の推進", "総務部", "対象外"),
    (3, 2, "学校教育の充実", "教育部", None),
    (4, 2, "行政改革の推進", "市民部", "B"),
    (5, 2, "中心市街地の活性化", "市民部", ["B", "C"]),
    (6, 2, "財政の健全化", "市民部", "C"),
]  # fmt: skip
PARTS = ("商店街", "まちなか居住")
CITY_SETTINGS = """[scale]
preset = "kawasaki"

[wording]
policy = "基本政策"
project = "施策"
item = "事務事業"
status = "達成度"
department = "所管局"
"""
CITY = [  # (施策番号, 施策名, 事務事業, 所管局, 達成度: a list where typed as two rows)
    ("Ⅰ-1", "災害に強いまちづくり", "地域防災計画推進事業", "総務企画局", 2),
    ("Ⅰ-1", "災害に強いまちづくり", "河川改修事業", "建設緑政局", [3, 4]),
    ("Ⅰ-1", "災害に強いまちづくり", "防災情報発信事業", "総務企画局", 3),
    ("Ⅰ-2", "安全な生活環境の確保", "交通安全対策事業", "建設緑政局", 3),
]  # fmt: skip
RIVERS = ("本川", "支川")


def _town(root: Path, plan_rows: list[tuple[object, ...]] = TOWN) -> tuple[Path, Path]:
    """西津市's 施策一覧 and its 部's forms (教育部's missing; 施策5 typed as 5-1 and 5-2)."""
    return round_forms(root, plan_rows, "令和８年度", PARTS)


def _city(root: Path) -> tuple[Path, Path]:
    """中原市's 事務事業一覧 and its 局's forms (河川改修事業 typed as （本川） and （支川））."""
    head = ["施策番号", "施策名", "事務事業名", "所管局"]
    plan = [["事務事業一覧"], [], ["基本政策", *head]]
    plan += [["Ⅰ 安心して暮らせるまち", *row[:4]] for row in CITY]
    plan_path = write_book(root / "計画.xlsx", {"事務事業一覧": plan})
    folder = root / "回答"
    folder.mkdir()
    for bureau in dict.fromkeys(row[3] for row in CITY):
        rows: list[list[object]] = [[f"令和9年度 施策進行管理・評価調査票（{bureau}）"], []]
        rows += [["施策番号", "施策名", "事務事業", "所管局", "達成度", "課題等"]]
        rows += [["基本政策Ⅰ 安心して暮らせるまち"]]
        for project, name, item, owner, rating in CITY:
            if owner != bureau:
                continue
            if isinstance(rating, list):
                rows += [
                    [project, name, f"{item}（{part}）", owner, one, "工程を見直す。"]
                    for part, one in zip(RIVERS, rating, strict=True)
                ]
            else:
                rows += [[project, name, item, owner, rating, "工程を見直す。"]]
        write_book(folder / f"{bureau}.xlsx", {"調査票": rows})
    (folder / "planeval.toml").write_text(CITY_SETTINGS, encoding="utf-8")
    return plan_path, folder


def _run(*args: str) -> tuple[int, str]:
    run = CliRunner().invoke(app, list(args), env=WIDE)
    return run.exit_code, run.output


def _errors(shown: str) -> int:
    return int(re.search(r"エラー (\d+) 件", shown)[1])  # type: ignore[index]


def test_a_town_s_item_typed_as_two_numbered_rows_is_said_split(tmp_path: Path) -> None:
    plan, folder = _town(tmp_path)
    given = ["--plan", str(plan), "--config", str(folder / "planeval.toml")]
    code, shown = _run("validate", str(folder), *given)
    assert code == 1, shown
    split = [row for row in TOWN if isinstance(row[4], list)]
    # (the same errors as before: the plan's item and each of its rows)
    assert _errors(shown) == len(split) + sum(len(row[4]) for row in split)  # type: ignore[arg-type]
    [said] = [line for line in shown.splitlines() if "中心市街地の活性化 がどのファイル" in line]
    assert "5 中心市街地の活性化 がどのファイルにもありません" in said, said
    assert "この施策を 2 行に分けて書いたものに見えます" in said, said
    assert (
        "5-1 中心市街地の活性化（商店街）" in said
        and "5-2 中心市街地の活性化（まちなか居住）" in said
    )
    assert "行が削除されていないか" not in shown, shown
    assert "行が削除されたのではありません" in said and "計画の一覧のこの行をその 2 行に" in said
    rows = [line for line in shown.splitlines() if "は計画にない施策です" in line]
    assert len(rows) == 2, shown
    assert "を分けて書いた行に見えます" in rows[0] and "計画.xlsx › 施策一覧" in rows[0], rows
    # (集計 calls the 施策 returned neither 未提出 nor missing: its rows are in error)
    code, shown = _run("summarize", str(folder), *given, "--keep-going")
    assert code == 1, shown
    flat = shown.replace("\n", "").replace(" ", "")
    assert (
        "市民部の施策1件は、回答で行が分けて書かれているため集計に含めていません（記入誤り）"
        in flat
    )
    unsent = sum(1 for *_, rating in TOWN if rating is None)
    assert (
        f"教育部の施策{unsent}件は、回答が提出されていないため集計に含めていません（未提出）"
        in flat
    )


def test_the_split_item_s_export_passes_check(tmp_path: Path) -> None:
    plan, folder = _town(tmp_path)
    given = ["--plan", str(plan), "--config", str(folder / "planeval.toml"), "--keep-going"]
    md = tmp_path / "報告.md"
    code, shown = _run("export", str(folder), *given, "--md", str(md))
    assert code == 1, shown  # (its errors stand)
    text = md.read_text(encoding="utf-8")
    assert "| 5 中心市街地の活性化 | 記入誤り |" in text, text
    assert "記入誤り：所管部の回答で行が分けて書かれているため件数に含めていません" in text
    # (基本目標2's caption: both not counted, which check adds up — 未提出 1 and 記入誤り 1)
    assert "／未提出 1件、記入誤り 1件）" in text, text
    code, shown = _run("check", str(folder), *given, "--text", str(md))
    assert "食い違い" not in shown, shown
    captions = sum(1 for line in text.splitlines() if "（評価" in line and "施策：" in line)
    assert f"表の説明 {captions} 件" in shown, shown  # (each read: 記入誤り too)


def test_a_city_s_item_typed_as_two_named_rows_is_said_split(tmp_path: Path) -> None:
    plan, folder = _city(tmp_path)
    code, shown = _run(
        "validate", str(folder), "--plan", str(plan), "--config", str(folder / "planeval.toml")
    )
    assert code == 1, shown
    assert _errors(shown) == 3, shown
    [said] = [line for line in shown.splitlines() if "がどのファイルにもありません" in line]
    assert "河川改修事業 がどのファイルにもありません" in said, said
    assert "「河川改修事業（本川）」" in said and "「河川改修事業（支川）」" in said, said
    assert "この事務事業を 2 行に分けて書いたものに見えます" in said, said
    assert "達成度を一つ記入してもらうか" in said, said
    assert "行が削除されていないか" not in shown, shown


def test_hirakata_reads_taishougai_as_hyoukataishougai(tmp_path: Path) -> None:
    """#2: 「対象外」 is read as 評価対象外, as 「Ｃ」 is C: no error, counted apart."""
    rows = [row for row in TOWN if not isinstance(row[4], list)]
    plan, folder = _town(tmp_path, rows)
    given = ["--plan", str(plan), "--config", str(folder / "planeval.toml")]
    code, shown = _run("summarize", str(folder), *given, "-f", "json")
    assert code == 0, shown
    import json

    total = json.loads(shown)["total"]
    typed = [rating for *_, rating in rows if rating]
    assert total["uncounted"] == {"評価対象外": typed.count("対象外")}, total
    assert total["total"] == len(typed) - typed.count("対象外"), total


def test_the_whole_sentence_counts_what_it_says_in_every_format(tmp_path: Path) -> None:
    """#4: 14 answered, 13 rated: not 「回答のあった13」; check agrees in every format."""
    rows = [
        (*row[:4], "評価対象外" if row[4] == "対象外" else row[4])
        for row in TOWN
        if not isinstance(row[4], list)
    ]
    plan, folder = _town(tmp_path, rows)
    given = ["--plan", str(plan), "--config", str(folder / "planeval.toml")]
    rated = sum(1 for *_, rating in rows if rating and rating != "評価対象外")
    said = f"計画全体では、全{len(rows)}つの施策のうち{rated}つの施策を評価しました。"
    for kind in ("md", "html", "docx"):
        out = tmp_path / f"報告.{kind}"
        code, shown = _run("export", str(folder), *given, f"--{kind}", str(out))
        assert code == 0, shown
        if kind == "docx":
            import docx

            text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        else:
            text = out.read_text(encoding="utf-8")
        assert said in text, (kind, text)
        assert "回答のあった" not in text, (kind, text)
        code, shown = _run("check", str(folder), *given, "--text", str(out))
        assert code == 0 and "食い違い" not in shown, (kind, shown)


def test_messages_quote_a_straight_through_number_as_the_plan_and_forms_write_it(
    tmp_path: Path,
) -> None:
    """#5: 西津市's 施策 5 under 基本目標2, typed 5-1 and 5-2, was said as 「2-5」「2-5-1」."""
    plan, folder = _town(tmp_path)
    given = ["--plan", str(plan), "--config", str(folder / "planeval.toml")]
    _code, shown = _run("validate", str(folder), *given)
    [(no, goal, name, *_)] = [row for row in TOWN if isinstance(row[4], list)]
    lines = [line for line in shown.splitlines() if str(name) in line]
    assert lines and f"{goal}-{no}" not in shown, lines  # (no number neither wrote)
    assert any(f"計画の施策 {no} {name} がどのファイル" in line for line in lines), lines
    for part, said in enumerate(PARTS, 1):
        assert any(f": {no}-{part} {name}（{said}） は計画にない施策です" in x for x in lines)
