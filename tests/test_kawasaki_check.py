"""check on a designated city's 局 forms (review 111): with --previous, a 局 that answered last
year only left out of last year's counts as compare leaves it — the report written from
compare's table agrees, said so, and a figure neither count gives names both; a 施策 of three
parts (施策1-1-2) is that 施策, and 「3事業すべてが達成度3」 is read; a 未提出 note counts the
thing compared (the 重点 of a 「うち重点」, the 政策 of a number of 政策)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.body_settings import KAWASAKI
from tests.conftest import write_book

HEADER = ("政策", "施策番号", "施策名", "事務事業名", "達成度 （1～5）", "うち重点", "所管局")
ITEMS = [  # (政策, 施策番号, 施策名, 事務事業名, うち重点, 所管局)
    ("1 安全なまち", "1-1-1", "防災", "防災計画推進事業", "○", "危機管理本部"),
    ("1 安全なまち", "1-1-1", "防災", "備蓄物資整備事業", "", "危機管理本部"),
    ("1 安全なまち", "1-1-2", "減災", "避難所運営支援事業", "", "危機管理本部"),
    ("2 健康なまち", "2-1-1", "保健", "大気環境監視事業", "○", "環境局"),
    ("2 健康なまち", "2-1-1", "保健", "騒音振動対策事業", "", "環境局"),
]
LAST_YEAR = {"防災計画推進事業": 4, "備蓄物資整備事業": 4, "避難所運営支援事業": 3,
             "大気環境監視事業": 4, "騒音振動対策事業": 2}  # fmt: skip
SETTINGS = KAWASAKI
THIS_YEAR = {"防災計画推進事業": 2, "備蓄物資整備事業": 3, "避難所運営支援事業": 3}


def _forms(folder: Path, ratings: dict[str, int]) -> None:
    """Each 局's own form of ``ratings`` (環境局's none where it rated nothing)."""
    folder.mkdir(exist_ok=True)
    for bureau in dict.fromkeys(item[-1] for item in ITEMS):
        rows = [
            (*item[:4], ratings[item[3]], item[4], bureau)
            for item in ITEMS
            if item[-1] == bureau and item[3] in ratings
        ]
        if rows:
            write_book(folder / f"{bureau}.xlsx", {"評価票": [HEADER, *rows]})


def _run(tmp_path: Path, text: str, *more: str):
    plan = [(*item[:4], "継続", item[5], item[4]) for item in ITEMS]
    titles = ("政策", "施策番号", "施策名", "事務事業名", "区分", "所管局", "うち重点")
    write_book(tmp_path / "計画.xlsx", {"計画": [titles, *plan]})
    (tmp_path / "planeval.toml").write_text(SETTINGS, "utf-8")
    _forms(tmp_path / "R5", LAST_YEAR)
    _forms(tmp_path / "R6", THIS_YEAR)
    (tmp_path / "報告書.txt").write_text(text, encoding="utf-8")
    args = ["check", str(tmp_path / "R6"), "-qq", "--text", str(tmp_path / "報告書.txt"), *more]
    args += ["--config", str(tmp_path / "planeval.toml")]
    return CliRunner().invoke(app, args, env={"COLUMNS": "250"})


def test_last_years_figures_of_compares_table_are_said_as_its(tmp_path: Path) -> None:
    # (compare: 達成度4 2 → 0 without 環境局's 2 事務事業, ▲2; the whole rounds 3 → 0, ▲3 —
    # each year's published count the one basis since review 189 #2: compare's wrong, said so)
    text = "達成度4の事務事業は、前年度の2事業から0事業となり、前年度から2事業減少しました。\n"
    result = _run(tmp_path, text, "--previous", str(tmp_path / "R5"))
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    assert (
        "│ 計画全体 │ 4（目標を下回った）（前年度） │ 2 │ 3（片方の年度だけで数えた事務事業 2 件を除くと"
        " 2。記載は compare の表と同じく両年度で比べられる行だけの数です。 │ 1行目「前年度の2事業から0事業"
        "となり」 │ │ │ │ │ check は各年度の回答全体の数（公表する数）と比べます）"
    ) in said
    whole = "達成度4の事務事業は、前年度の3事業から0事業となり、前年度から3事業減少しました。\n"
    result = _run(tmp_path, whole, "--previous", str(tmp_path / "R5"))
    assert result.exit_code == 0, result.output
    # (each round's whole, not compare's table: said so, both counts — review 115 #8)
    assert (
        "「前年度から3事業減少しました」（前年度3→今回0。片方の年度だけで数えた事務事業2件を除くと"
        "2→0（▲2））は、各年度の回答全体の数として一致とみました（compareの表は両年度で比べられる行だけの"
        "数です）"
    ) in "".join(result.output.split())


def test_a_figure_neither_count_gives_names_both(tmp_path: Path) -> None:
    result = _run(tmp_path, "達成度4の事務事業は、前年度から4事業減少しました。\n",
                  "--previous", str(tmp_path / "R5"))  # fmt: skip
    assert result.exit_code == 1
    assert (
        "│ 計画全体 │ 4（目標を下回った）の増減 │ ▲4 │ ▲3（前年度 3 → 今回 0。片方の年度だけで"
        "数えた事務事業 2 件を除くと 2 → 0（▲2）） │"
    ) in " ".join(result.output.split())


def test_a_project_of_three_parts_and_all_its_rows_of_one_status(tmp_path: Path) -> None:
    text = "施策1-1-2「減災」では、1事業すべてが達成度3でした。\n施策1-1-1では、2事業すべてが達成度2でした。\n"
    result = _run(tmp_path, text)
    assert "│ 施策1-1-1 │ 2（目標を上回って達成） │ 2 │ 1 │" in " ".join(result.output.split())
    assert "施策1-1-2" not in result.output  # (compared, and agreeing: 1 of 1)
    assert "2 段落のうち、記載と集計の食い違いが 1 件あります" in result.output


def test_the_unreturned_note_counts_the_thing_compared(tmp_path: Path) -> None:
    # (環境局's 2 事務事業 not returned, 1 of them 重点, and no 政策 of theirs only … but 政策2)
    text = (
        "3事業（うち重点2事業）を評価し、達成度2は2事業（うち重点2事業）でした。3政策の事業です。\n"
    )
    said = " ".join(_run(tmp_path, text).output.split())
    assert (
        "│ 計画全体の重点 │ 2（目標を上回って達成） │ 2 │ 1（未提出の 1 件は数えていません） │"
        in said
    )
    # (the 重点 1 counted and the 1 marked of those not returned: the plan's whole, as 3事業 is —
    # never its 2 items, marked or not: review 124)
    # (the number agreeing named, its paragraph disagreeing elsewhere: review 159 #3)
    assert (
        "「3事業（うち重点2事業）を評価し」（2 件は集計 1 件＋未提出 1 件）は、集計した件数に"
        in said
    )
    assert "│ 計画全体 │ 政策の数 │ 3 │ 1（未提出の 1 政策は数えていません） │" in said


def test_a_marked_total_led_by_uchi_and_a_bracketed_share(tmp_path: Path) -> None:
    # (「うち重点の事務事業1事業のうち」: the rest of the sentence of 重点's rows, not the plan's
    # 2 of 達成度3; 「2事業（全体の50.0%）」 the share of those 2 — review 115 #6)
    text = (
        "うち重点の事務事業1事業のうち、達成度3は2事業でした。\n"
        "達成度3の事務事業は2事業（全体の50.0%）でした。\n"
    )
    said = " ".join(_run(tmp_path, text).output.split())
    assert "│ 計画全体の重点 │ 3（目標をほぼ達成） │ 2 │ 0（未提出の 1 件は" in said
    assert "│ 計画全体 │ 3（目標をほぼ達成）の割合 │ 50.0% │ 66.7%（未提出の 2 件は" in said
    assert "何の割合か" not in said


def test_rounds_names_the_missing_department_in_the_body_s_word(tmp_path: Path) -> None:
    from tests.bureau_forms import LAST_YEAR as BEFORE
    from tests.bureau_forms import SETTINGS as BUREAU_SETTINGS
    from tests.bureau_forms import THIS_YEAR as NOW
    from tests.bureau_forms import bureau_form

    for bureau in ("危機管理本部", "市民文化局"):
        bureau_form(tmp_path / "R5", bureau, "令和5年度", BEFORE)
    bureau_form(tmp_path / "R6", "危機管理本部", "令和6年度", NOW)
    (tmp_path / "planeval.toml").write_text(BUREAU_SETTINGS, "utf-8")
    args = ["rounds", str(tmp_path / "R5"), str(tmp_path / "R6"), "-qq"]
    args += ["--config", str(tmp_path / "planeval.toml")]
    said = "".join(CliRunner().invoke(app, args, env={"COLUMNS": "250"}).output.split())
    assert "調査票の提出がない回がある局:市民文化局（令和6年度）" in said


def test_the_count_sentence_leaves_out_the_statuses_none_has(tmp_path: Path) -> None:
    _forms(tmp_path, THIS_YEAR)
    (tmp_path / "planeval.toml").write_text(SETTINGS.partition("[plan]")[0], "utf-8")
    args = ["summarize", str(tmp_path), "--narrative", "-qq"]
    args += ["--config", str(tmp_path / "planeval.toml")]
    said = CliRunner().invoke(app, args, env={"COLUMNS": "250"}).output
    # (each status's 重点 said beside it: review 147 #6)
    assert "達成度は、目標を上回って達成1件（うち重点1件）、目標をほぼ達成2件でした。" in said


def test_the_template_titles_its_issue_column_as_the_body_s_forms(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _run(tmp_path, "")  # (the plan and its settings)
    settings = SETTINGS.replace(
        'item = ["事務事業名"]', 'item = ["事務事業名"]\nissue = ["課題・今後の方向性"]'
    )
    (tmp_path / "planeval.toml").write_text(settings, "utf-8")
    args = ["template", str(tmp_path / "計画.xlsx"), "--fiscal-year", "令和7", "-o"]
    args += [str(tmp_path / "調査票.xlsx"), "--config", str(tmp_path / "planeval.toml")]
    assert CliRunner().invoke(app, args).exit_code == 0
    sheet = load_workbook(tmp_path / "調査票.xlsx").worksheets[0]
    titles = {cell for row in sheet.iter_rows(max_row=6, values_only=True) for cell in row}
    assert "課題・今後の方向性" in titles
    assert "課題等" not in titles


def test_a_total_of_the_plan_s_is_quoted_as_typed_and_once(tmp_path: Path) -> None:
    # (full-width brackets as typed, not NFKC's; the sentence and its parts once: review 116 #9)
    said = "".join(_run(tmp_path, "本計画の事務事業は５事業（実質５事業）です。\n").output.split())
    assert "。「本計画の事務事業は５事業（実質５事業）です」（集計3件＋未提出2件）は、" in said
