"""A city's 集中改革プラン forms (review 70): No. | 改革の柱 | 改革項目 | 取組項目 | 所管課 | 取組状況,
each 取組項目 「ア　名前」 (a full-width space after its kana), a co-owned item rated in both its
課' forms. With `[wording] item = "取組項目"` — the line planeval's own first run offers —
the first row of each table took its running No. and the rest their whole text as their label,
so a co-owned item was two items (108 counted of 107, exit 0) and every 改革項目's items looked
like one item rated in many files (a warning advising --bodies). Each item is its kana now,
counted once, with the [wording] line or without."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

HEADER = ["No.", "改革の柱", "改革項目", "取組項目", "所管課", "取組状況", "課題・今後の方向性"]
PILLAR, PROJECT = "1 事務事業の見直し", "(4) 電子自治体の推進"
# (No., 取組項目, 所管課, 取組状況) per 課: 電子申請 co-owned by 情報政策課 (its lead) and 市民課
FORMS = {
    "情報政策課": [
        (25, "ア\u3000電子申請手続の拡大", "情報政策課・市民課", "取組中"),
        (26, "イ\u3000RPAによる定型業務の自動化", "情報政策課", "目標達成"),
        (27, "ウ\u3000AI議事録作成システムの導入", "情報政策課", "目標達成"),
        (28, "エ\u3000文書管理システムの導入", "情報政策課", "変更・中止"),
    ],
    "市民課": [
        (25, "ア\u3000電子申請手続の拡大", "情報政策課・市民課", "取組中"),
    ],
    "総務課": [
        (29, "オ\u3000テレワーク環境の整備", "総務課", "取組中"),
        (30, "カ\u3000ペーパーレス会議の推進", "総務課", "取組中"),
    ],
}


WORDED = '\n[wording]\nitem = "取組項目"\n'  # (the line planeval's own first run offers)


def _settings(folder: Path, text: str) -> Path:
    """planeval.toml holding ``text``, in ``folder``."""
    path = folder / "planeval.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _replies(folder: Path) -> Path:
    """Each 課' form, in a folder of replies in ``folder``."""
    replies = folder / "回答"
    replies.mkdir()
    for department in FORMS:
        _form(replies, department)
    return replies


def _form(folder: Path, department: str) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "取組状況"
    sheet.append([f"令和5年度\u3000集中改革プラン\u3000取組状況調査票（{department}）"])
    sheet.append([f"担当課：{department}"])
    sheet.append([])
    sheet.append(HEADER)
    for index, (number, item, owners, status) in enumerate(FORMS[department]):
        first = index == 0
        sheet.append(
            [number, PILLAR if first else None, PROJECT if first else None, item, owners, status,
             "継続して取り組む。"]
        )  # fmt: skip
    rows = len(FORMS[department])
    if rows > 1:  # (the pillar and the 改革項目 merged down, as the city's forms have them)
        sheet.merge_cells(start_row=5, start_column=2, end_row=4 + rows, end_column=2)
        sheet.merge_cells(start_row=5, start_column=3, end_row=4 + rows, end_column=3)
    book.save(folder / f"取組状況_{department}.xlsx")


@pytest.mark.parametrize("worded", [True, False], ids=["item-worded", "default"])
def test_a_co_owned_kana_item_is_one_item_whatever_the_wording(tmp_path: Path, worded) -> None:
    replies = _replies(tmp_path)
    settings = _settings(
        tmp_path,
        '[scale]\npreset = "reform_plan"\n\n[layout.titles]\nstatus = ["取組状況"]\n'
        + (WORDED if worded else ""),
    )
    # (each item once, however many 課 rate it: the kana under its 改革項目)
    distinct = {
        (item.split()[0], status) for rows in FORMS.values() for _n, item, _o, status in rows
    }
    result = CliRunner().invoke(
        app, ["summarize", str(replies), "--config", str(settings), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    assert "多くのファイル" not in result.output
    total = json.loads(result.stdout)["total"]
    assert total["total"] == len(distinct) == 6
    counted = {s: sum(1 for _k, status in distinct if status == s) for s in total["counts"]}
    assert total["counts"] == counted
    # (the city's own numbers in the issue list, with the [wording] line or without: 「(4)エ」,
    # not the running No. 28)
    listed = CliRunner().invoke(
        app, ["issues", str(replies), "--config", str(settings), "-f", "json"]
    )
    rows = json.loads(listed.stdout)["issues"]
    labels = [(row["project_label"], row["item_label"]) for row in rows]
    assert labels and all(label[1] in "アイウエオカ" for label in labels), labels
    shown = CliRunner().invoke(
        app, ["issues", str(replies), "--config", str(settings), "-f", "csv"]
    )
    assert "\n(4)エ,文書管理システムの導入," in shown.stdout, shown.stdout


def test_the_plan_s_status_title_is_read_without_layout_titles(tmp_path: Path) -> None:
    """Review 70: 取組状況 — the 集中改革プラン's own status title — was no status title (「評価の
    表が見つかりません」 for every form, with preset "reform_plan"); where a row has a status
    title besides (取組状況 | 評価), 取組状況 is the text of what was done, as before."""
    replies = _replies(tmp_path)
    settings = _settings(tmp_path, '[scale]\npreset = "reform_plan"\n')
    result = CliRunner().invoke(
        app, ["summarize", str(replies), "--config", str(settings), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["total"]["total"] == 6
    from planeval.io.header_columns import find_columns

    both = find_columns(["No.", "取組項目", "取組状況", "評価", "課題"], None)
    assert both is not None and both.statuses == ((3, "評価"),)


# how the city's 課 write an item's kana (review 72: 「ア．名前」 and 「（ア）名前」 paired with no plan
# item, every 課 called 未記入), and a form writing the name alone
STYLES = {
    "period": "{kana}．{name}",
    "brackets": "（{kana}）{name}",
    "glued": "{kana}{name}",  # (「オテレワーク…」 too: paired with the plan's オ and name, review 74)
    "name alone": "{name}",
}


def _styled(folder: Path, style: str) -> None:
    for department, rows in FORMS.items():
        kept = FORMS[department]
        FORMS[department] = [
            (n, STYLES[style].format(kana=item[0], name=item[2:]), owners, status)
            for n, item, owners, status in rows
        ]
        try:
            _form(folder, department)
        finally:
            FORMS[department] = kept


def _plan(folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "計画一覧"
    sheet.append(["集中改革プラン\u3000取組項目一覧"])
    sheet.append([])
    sheet.append(["改革の柱", "事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "所管課"])
    seen = set()
    for rows in FORMS.values():
        for _n, item, owners, _status in rows:
            if item not in seen:
                seen.add(item)
                sheet.append(
                    [PILLAR, "1-(4)", "電子自治体の推進", item[0], item[2:], "継続", owners]
                )
    path = folder / "計画.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("worded", [True, False], ids=["item-worded", "default"])
@pytest.mark.parametrize("style", list(STYLES))
def test_each_way_of_writing_the_kana_pairs_with_the_plan(tmp_path: Path, style, worded) -> None:
    replies = tmp_path / "回答"
    replies.mkdir()
    _styled(replies, style)
    settings = _settings(tmp_path, '[scale]\npreset = "reform_plan"\n' + (WORDED if worded else ""))
    args = [str(replies), "--config", str(settings), "--plan", str(_plan(tmp_path))]
    result = CliRunner().invoke(app, ["summarize", *args, "-f", "json"])
    assert result.exit_code == 0, result.output
    distinct = {item for rows in FORMS.values() for _n, item, _o, _s in rows}
    assert json.loads(result.stdout)["total"]["total"] == len(distinct)
    checked = CliRunner().invoke(app, ["validate", *args])
    assert checked.exit_code == 0, checked.output
    assert "未記入" not in checked.output and "計画にない" not in checked.output


def test_a_kana_glued_to_its_name_is_its_mark_unless_a_katakana_word_follows() -> None:
    """「ア証明書コンビニ交付の拡大」「カおくやみコーナー」「イRPA…」 are ア's, カ's and イ's; 「イベント
    の開催」 and 「オテレワーク…」 stay names (a katakana word, or one the kana cannot be told from)."""
    from planeval.io.levels import item_number

    said = {
        text: (item.label, item.name)
        for text in (
            "ア証明書コンビニ交付の拡大",
            "カおくやみコーナー",
            "イRPAの導入",
            "イベントの開催",
        )
        for item in [item_number("", text)]
    }
    assert said == {
        "ア証明書コンビニ交付の拡大": ("ア", "証明書コンビニ交付の拡大"),
        "カおくやみコーナー": ("カ", "おくやみコーナー"),
        "イRPAの導入": ("イ", "RPAの導入"),
        "イベントの開催": ("", "イベントの開催"),
    }


def test_compare_and_rounds_count_the_changes_outside_the_order(tmp_path: Path) -> None:
    """Review 72: 「改善 31件・後退 0件」 said nothing of 13 changes to or from 変更・中止 (a status
    outside the scale's order): they are counted apart, 「（ほかに変更・中止に変化 N件）」."""
    settings = _settings(tmp_path, '[scale]\npreset = "reform_plan"\n')
    rounds = []
    for year, changes in (("R4", {}), ("R5", {26: "変更・中止", 29: "目標達成", 30: "変更・中止"})):
        folder = tmp_path / year
        folder.mkdir()
        kept = {d: list(rows) for d, rows in FORMS.items()}
        for department, rows in FORMS.items():
            FORMS[department] = [(n, i, o, changes.get(n, s)) for n, i, o, s in rows]
        try:
            for department in FORMS:
                _form(folder, department)
        finally:
            FORMS.update(kept)
        rounds.append(str(folder))
    runner = CliRunner()
    compared = runner.invoke(app, ["compare", *rounds, "--config", str(settings), "-f", "plain"])
    # (each said by the status it moved to: review 175 #3)
    said = "前回から改善した実施内容 1件、後退した実施内容 0件（ほかに変更・中止に変化 2件）"
    assert said in compared.stdout
    shown = runner.invoke(app, ["rounds", *rounds, "--config", str(settings), "-f", "plain"])
    assert "は前の回から改善 1件・後退 0件（ほかに変更・中止に変化 2件）" in shown.stdout, (
        shown.stdout
    )
    data = json.loads(
        runner.invoke(app, ["rounds", *rounds, "--config", str(settings), "-f", "json"]).stdout
    )
    assert data["trends"] == [{"round": data["rounds"][1], "improved": 1, "fell": 0, "changed": 2}]


def test_items_marked_in_kana_are_listed_in_their_order(tmp_path: Path) -> None:
    """Review 72: 3-(1) listed エ オ ウ イ …, as the 課' files happened to be read; items marked
    ア, イ … are in their order in every list."""
    replies = tmp_path / "回答"
    replies.mkdir()
    FORMS["企画課"] = [(31, "キ\u3000基幹系システムの標準化", "企画課", "取組中")]  # (read first)
    try:
        for department in FORMS:
            _form(replies, department)
    finally:
        del FORMS["企画課"]
    settings = _settings(tmp_path, '[scale]\npreset = "reform_plan"\n')
    listed = CliRunner().invoke(
        app, ["issues", str(replies), "--config", str(settings), "-f", "json"]
    )
    labels = [row["item_label"] for row in json.loads(listed.stdout)["issues"]]
    assert labels == sorted(labels, key="アイウエオカキ".index) and labels[-1] == "キ", labels
