"""A rated row left blank in a table written in names (review 10): 群馬県's indicator rows ア,
イ under unrated groups (1), a city's No. column beside 改革項目 and 取組項目. Setagaya's layout
always said 「達成状況が空です」; these read the blank row as one more group row, so the item
vanished (counted 11 of 12 with exit 0), and under a No. column it became a project."""

from __future__ import annotations

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.io.levels import label_kind
from planeval.presets import PRESETS
from planeval.scale import Scale, Status

INDICATOR = "情報モラル教育を実施した学校の割合"  # (イ of (1): the one left blank below)
INDICATORS = ["項目", "指標", "策定時", "現状値", "目標値", "指標の評価", "担当課"]


def gunma(*statuses: object) -> list[list[object]]:
    """Two groups of indicators as 群馬県's clerk types them: (1) rows unrated, ア イ rated."""
    a, b, c, d, e = statuses
    return [
        ["基本目標1　デジタル社会を支える人づくり"],
        INDICATORS,
        ["(1) 情報モラル教育の推進", None, None, None, None, None, "教育委員会"],
        ["ア", "情報モラル講座の実施回数", "120回", "150回", "200回", a, "教育委員会"],
        ["イ", INDICATOR, "95%", "97%", "100%", b, "教育委員会"],
        ["(2) デジタル人材の育成", None, None, None, None, None, "総務部"],
        ["ア", "DX研修受講者数", "300人", "430人", "1,000人", c, "総務部"],
        ["イ", "市町村職員向け研修の参加団体数", "10", "28", "35", d, "総務部"],
        ["ウ", "ICT支援員の配置校数", "50校", "120校", "100校", e, "総務部"],
        ["※指標の評価は、達成A・前進B・横ばいC・後退D の4段階です。"],
    ]


def read(path, preset: str = "gunma") -> planeval.ReadResult:
    return planeval.read_workbooks([path], scale=PRESETS[preset])


def errors(result: planeval.ReadResult) -> list[tuple[str, str]]:
    return [(p.location.cell or "", p.message) for p in result.problems if p.is_error]


def test_a_blank_indicator_is_said_where_its_rating_goes(book) -> None:
    result = read(book(gunma("B", None, "C", "B", "A")))
    assert errors(result) == [
        ("F5", f"実施内容「(1)イ {INDICATOR}」の達成状況が空です（教育委員会の行）")
    ]
    assert len(result.entries) == 4
    assert {e.project_name for e in result.entries} == {
        "情報モラル教育の推進",
        "デジタル人材の育成",
    }


def test_the_last_blank_of_a_group_and_of_the_table_too(book) -> None:
    result = read(book(gunma("B", "A", "C", None, None)))
    assert errors(result) == [
        ("F8", "実施内容「(2)イ 市町村職員向け研修の参加団体数」の達成状況が空です（総務部の行）"),
        ("F9", "実施内容「(2)ウ ICT支援員の配置校数」の達成状況が空です（総務部の行）"),
    ]


def test_the_last_blank_above_the_table_s_total_row_is_said_too(book) -> None:
    # (review 79: 教育部's last indicator left blank over its sheet's 「合計 | … | 7指標」 row
    # was read as a group — the indicator and its group vanished, exit 0)
    rows = gunma("B", "A", "C", "B", None)
    rows.insert(-1, ["合計", None, None, None, None, "5指標", None])
    result = read(book(rows))
    assert errors(result) == [
        ("F9", "実施内容「(2)ウ ICT支援員の配置校数」の達成状況が空です（総務部の行）")
    ]
    assert len(result.entries) == 4


def test_a_form_sent_back_unfilled_is_every_indicator_blank_not_groups(book) -> None:
    """... said once, for the form, naming its five blank cells (not one error a row)."""
    result = read(book(gunma(None, None, None, None, None)))
    [(cell, message)] = errors(result)
    assert cell == "F4"
    assert "達成状況が一つも記入されていません（空欄 5 か所: F4・F5・F7・F8・F9）" in message
    assert result.entries == []


def test_a_filled_form_has_nothing_to_say(book) -> None:
    result = read(book(gunma("B", "A", "C", "B", "A")))
    assert result.problems == [] and len(result.entries) == 5


def test_a_blank_beside_a_running_number_is_no_project(book) -> None:
    """No. | 改革項目 (merged down) | 取組項目 (1)ア: the blank (1)ア of 2.2 became project
    「2-2-8 (1)ア …」 with the next item under it."""
    header = ["No.", "改革項目", "取組項目", "実施状況", "所管課"]
    rows = [
        header,
        [1, "2.1 事務事業の見直し", "(1)ア 補助金の見直し", "取組中", "財政課"],
        [2, "2.1 事務事業の見直し", "(1)イ 使用料の見直し", "完了", "財政課"],
        [3, "2.2 公共施設の適正配置", "(1)ア 公共施設等総合管理計画の推進", None, "管財課"],
        [4, "2.2 公共施設の適正配置", "(1)イ 施設の複合化", "未着手", "管財課"],
    ]
    result = read(book(rows), "progress")
    assert errors(result) == [
        (
            "D4",
            "実施内容「2.2 3 (1)ア 公共施設等総合管理計画の推進」の達成状況が空です（管財課の行）",
        )
    ]
    assert {e.project_id for e in result.entries} == {"2-1", "2-2"}


def test_validate_says_it_with_exit_1(book) -> None:
    path = book(gunma("B", None, "C", "B", "A"))
    (path.parent / "planeval.toml").write_text('[scale]\npreset = "gunma"\n', encoding="utf-8")
    result = CliRunner().invoke(
        app, ["validate", str(path), "--config", str(path.parent / "planeval.toml")]
    )
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        f"エラー: {path} › 第3章 › F5: 実施内容「(1)イ {INDICATOR}」の達成状況が空です"
        "（教育委員会の行）（A B C D のいずれかを入力してください）"
    )


def test_numbering_shapes() -> None:
    shapes = {
        "(1)ア 名前": "(0)ア", "(1) イ 名前": "(0)ア", "イ": "ア", "1.12 名前": "0.0",
        "② 名前": "①", "Ⅱ 名前": "Ⅰ", "(1) 情報モラル": "(0)", "オンライン診療": None,
        "基本目標1": None, "5": "0",
    }  # fmt: skip
    assert {text: label_kind(text) for text in shapes} == shapes


def test_an_unnumbered_row_left_blank_that_names_its_department_is_said(book) -> None:
    """Plain names, no numbering to tell a group by: a row naming its department (or with an
    issue text) and no rating is a rated row left blank; a bare heading row stays a group."""
    rows = [
        ["施策", "事業名", "評価", "所管課"],
        ["子育て支援", None, None, None],  # (a group: no department, no rating)
        [None, "保育所の整備", "A", "こども課"],
        [None, "放課後児童クラブの拡充", None, "こども課"],
        [None, "子育て相談窓口の設置", "B", "こども課"],
    ]
    result = read(book(rows), "hirakata")
    assert errors(result) == [
        (
            "C4",
            "実施内容「放課後児童クラブの拡充（1 子育て支援）」の達成状況が空です（こども課の行）",
        )
    ]
    assert len(result.entries) == 2


def test_a_row_whose_name_and_rating_were_cleared_is_said(book) -> None:
    """Review 10 (recheck): the row keeps its 「イ」 and its 担当課, its name and rating cleared;
    it vanished without a word. A rated indicator with no name is not called a heading row."""
    rows = gunma("B", "A", "C", "B", "A")
    rows[4][1] = None  # (イ: name cleared …)
    rows[4][5] = None  # (… and rating)
    rows[7][1] = None  # (イ of (2): name cleared, rated)
    result = read(book(rows))
    said = errors(result)
    assert ("F5", "「イ」の行の名称と達成状況が空です") in said
    assert [message for cell, message in said if cell == "B8"] == [
        "達成状況 'B' の行に名称がありません"
    ]


def test_a_missing_kana_item_is_a_gap_in_the_numbering(book) -> None:
    """Review 10 (recheck): ア then ウ — イ deleted from the department's copy — went unsaid;
    validate says it as it says ① then ③. A row there with an unknown status is no gap."""
    from planeval.cycle.validate import numbering_gaps

    rows = gunma("B", "A", "C", "B", "A")
    del rows[7]  # (イ of (2))
    result = read(book(rows))
    [gap] = numbering_gaps(result)
    assert gap.message == "1-2 の実施内容が ア の次に ウ になっています（イ がありません）"
    assert gap.location.cell == "F8"
    odd = gunma("B", "A", "C", "概ね", "A")  # (イ there, its status unknown)
    result = read(book(odd, name="odd.xlsx"))
    assert numbering_gaps(result) == []


def test_a_blank_row_numbered_in_its_project_column_beside_words_only(book) -> None:
    """Review 63: a prefecture's form, 取組項目 「2-2 AI・RPAの活用」 beside a 取組内容 of words
    only, its 実施状況 and 課題 left blank, was read as a group row (judged by the 取組内容,
    which has no numbering): its item vanished from the count unsaid, exit 0, and the report
    printed it as a heading over 2-3."""
    rows: list[list[object]] = [
        ["取組項目", "取組内容", "実施状況", "課題・今後の方向性"],
        ["2 業務のデジタル化"],
        ["2-1 標準化", "基幹業務システムを標準準拠システムへ移行する", "実施済", None],
        ["2-2 AI・RPAの活用", "定型業務にAI-OCR・RPAを導入する", None, None],
        ["2-3 テレワークの推進", "職員がテレワークできる環境を整備する", "実施済", None],
    ]
    scale = Scale((Status("実施済", "実施済"), Status("未着手", "未着手")), as_planned="実施済")
    result = planeval.read_workbooks([book(rows)], scale=scale)
    assert errors(result) == [
        # (each row its 取組項目's one: named in the forms' words, review 206 #3)
        (
            "C4",
            "取組項目「2-2 AI・RPAの活用」（取組内容「定型業務にAI-OCR・RPAを導入する」）の"
            "実施状況が空です",
        )
    ]
    assert [e.project_name for e in result.entries] == ["標準化", "テレワークの推進"]


def test_a_note_row_under_the_header_names_no_level(book) -> None:
    # (review 79: a city's 行政改革 form, 「※実施状況・達成度はリストから選択してください。」 in the
    # 改革の柱 column right under the header — 改革の柱1 was titled by it in every output)
    rows = [
        ["改革の柱", "取組項目", "担当課", "実施状況", "課題・今後の方向性"],
        [
            "※実施状況はリストから選択してください。課題は未着手・取組中のものは必ず記入してください。"
        ],
        ["1 持続可能な財政運営の推進", "(1) 事務事業の見直し", "財政課", "取組中", "継続する"],
        ["1 持続可能な財政運営の推進", "(2) 使用料の適正化", "財政課", "完了", ""],
    ]
    progress = Scale(
        (Status("未着手", "未着手"), Status("取組中", "取組中"), Status("完了", "完了"))
    )
    result = planeval.read_workbooks([book(rows)], scale=progress)
    assert not result.problems
    (group,) = planeval.summarize(result.entries, scale=progress).groups
    assert (group.id, group.name) == ("1", "持続可能な財政運営の推進")
