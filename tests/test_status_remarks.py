"""A status typed with a remark in brackets (「取組中（一部）」) is counted as its status, as
before; its remark, in no count, no issue text and no table, is said in a notice at its cell,
once per sheet and text with the other cells holding it (it was only in JSON's status_text)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Severity
from planeval.presets import PRESETS
from tests.conftest import SEED_WORKBOOK, write_book

PROGRESS = PRESETS["progress"]  # (a 行政改革大綱's 実施状況: 未着手, 取組中, 完了)
ROWS = [
    ["第5次行政改革大綱 取組項目の進捗状況（令和5年度）"],
    [],
    ["改革項目", "取組項目", "実施状況", "取組状況・課題", "担当課"],
    ["1 組織の最適化", "(1) 組織機構の見直し", "完了", "", "人事課"],
    ["", "(2) 定員適正化計画の推進", "取組中（一部）", "会計年度任用職員の配置は未着手", "人事課"],
    ["2 人材育成", "(1) 人材育成基本方針の改定", "取組中", "", "人事課"],
    ["", "(2) 人事評価制度の運用改善", "取組中 (一部)", "", "人事課"],
    ["", "(3) 女性職員の管理職登用", "未着手（R6 から）", "研修の見直しを先に行う", "人事課"],
]


def _plan(folder: Path) -> Path:
    return write_book(folder / "北山市_行政改革.xlsx", {"取組項目": ROWS})


def test_a_status_s_remark_is_said_at_its_cells_and_the_count_unchanged(tmp_path: Path) -> None:
    result = planeval.read_workbooks([_plan(tmp_path)], scale=PROGRESS)
    assert [e.status for e in result.entries] == ["完了", "取組中", "取組中", "取組中", "未着手"]
    counts = planeval.summarize(result.entries, scale=PROGRESS).total.counts
    assert dict(counts) == {"未着手": 1, "取組中": 3, "完了": 1}
    said = [(p.severity, p.location.cell, p.message, p.hint) for p in result.problems]
    assert said == [
        (
            Severity.NOTICE,
            "C5",
            "実施状況「取組中（一部）」は 取組中 として数えました。括弧の中の「一部」は件数にも"
            "取組状況・課題にも入りません",
            "「一部」が補足なら取組状況・課題の欄に書いてください。別の段階として数えるなら、"
            "planeval.toml の [[scale.status]] に加えてください",
        ),
        (
            Severity.NOTICE,
            "C7",
            "実施状況「取組中 (一部)」は 取組中 として数えました。括弧の中の「一部」は件数にも"
            "取組状況・課題にも入りません",
            "「一部」が補足なら取組状況・課題の欄に書いてください。別の段階として数えるなら、"
            "planeval.toml の [[scale.status]] に加えてください",
        ),
        (
            Severity.NOTICE,
            "C8",
            "実施状況「未着手（R6 から）」は 未着手 として数えました。括弧の中の「R6 から」は"
            "件数にも取組状況・課題にも入りません",
            "「R6 から」が補足なら取組状況・課題の欄に書いてください。別の段階として数えるなら、"
            "planeval.toml の [[scale.status]] に加えてください",
        ),
    ]


def test_one_text_in_many_cells_is_one_notice_naming_them(tmp_path: Path) -> None:
    rows = [ROWS[2], *(["", f"({n}) 取組{n}", "取組中（一部）", "", "人事課"] for n in range(1, 9))]
    rows[1][0] = "1 組織の最適化"
    path = write_book(tmp_path / "北山市.xlsx", {"取組項目": rows})
    result = planeval.read_workbooks([path], scale=PROGRESS)
    (notice,) = result.problems
    assert notice.location.cell == "C2"
    assert notice.message.endswith("入りません。C3・C4・C5・C6・C7 ほか 2 か所 も同じです")


def test_a_status_written_so_on_purpose_or_a_repeat_s_reference_says_nothing_of_a_remark(
    tmp_path: Path,
) -> None:
    """An alias of the scale's with its brackets, and Setagaya's repeat listing 「-（…再掲）」."""
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "progress"\n[[scale.status]]\nsymbol = "取組中"\nlabel = "取組中"\n'
        'aliases = ["取組中（一部）"]\n',
        encoding="utf-8",
    )
    rows = [ROWS[2], ["1 組織の最適化", "(1) 組織機構の見直し", "取組中（一部）", "", "人事課"]]
    path = write_book(tmp_path / "北山市.xlsx", {"取組項目": rows})
    out = CliRunner().invoke(app, ["summarize", str(path), "--config", str(config)])
    assert out.exit_code == 0, out.output
    assert "括弧の中" not in out.stderr
    seed = CliRunner().invoke(app, ["summarize", str(SEED_WORKBOOK)])
    assert seed.exit_code == 0 and seed.stderr == "", seed.stderr
    # Setagaya's △ with the words of its label after it: counted as △, its department told
    # once, a notice (review 176 #8: 「A（達成）」 was read as A in silence)
    rows = [
        ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
        ["1-1-1 電子申請の拡充", "① 対象手続の拡大", "△（一部修正）", "国の仕様確定が遅れた"],
    ]
    own = planeval.read_workbooks([write_book(tmp_path / "進捗.xlsx", {"第3章": rows})])
    assert [e.status for e in own.entries] == ["△"]
    [said] = own.problems
    assert said.severity is planeval.Severity.NOTICE
    assert "「△（一部修正）」 C2 → △（内容を一部修正して実施）" in said.message


def test_the_command_line_says_it_and_counts_as_before(tmp_path: Path) -> None:
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "progress"\n', encoding="utf-8")
    out = CliRunner().invoke(app, ["summarize", str(_plan(tmp_path)), "--config", str(config)])
    assert out.exit_code == 0, out.output
    assert (
        "お知らせ: " in out.stderr and "「取組中（一部）」は 取組中 として数えました" in out.stderr
    )


def test_a_remark_in_another_status_s_words_is_an_error_asking_which(tmp_path: Path) -> None:
    """Review 63 made 「実施済（一部）」 — 一部 being 一部実施's word — a warning, still counted as
    実施済; review 139 #2: a remark that changes the status is not that status. The cell is an
    error asking which was meant, not counted; a plain remark is still counted with a notice."""
    scale = planeval.Scale(
        tuple(planeval.Status(word, word) for word in ("実施済", "一部実施", "未着手")),
        as_planned="実施済",
    )
    rows = [
        ["取組項目", "取組内容", "実施状況", "課題"],
        ["1 行政サービス"],
        ["1-1 書かない窓口", "聞き取りで申請書を作る", "実施済（一部）", ""],
        ["1-2 オンライン申請", "電子申請を広げる", "一部実施（R7完了予定）", ""],
    ]
    result = planeval.read_workbooks(
        [write_book(tmp_path / "岐阜市.xlsx", {"調査票": rows})], scale=scale
    )
    assert [e.status for e in result.entries] == ["一部実施"]
    said = {p.location.cell: p for p in result.problems}
    assert said["C3"].is_error
    assert said["C3"].message == (
        "'実施済（一部）' は 実施済 に括弧で「一部」と添えてあり、「一部」は別の段階 一部実施 の"
        "言葉です。どの段階として数えるか分からないため、この行は数えていません"
    )
    assert said["C3"].hint.startswith("実施済 か 一部実施 か回答者に確かめて、")
    assert said["C4"].severity is Severity.NOTICE  # (R7完了予定: no status's words)


def test_a_status_s_word_with_its_letter_in_brackets_is_that_status_with_no_notice(
    tmp_path: Path,
) -> None:
    """Review 101 (8): 北嶺県's 「達成（A）」 — gunma's 達成A, the letter in brackets — was counted
    as A with a notice calling 「A」 a remark and offering to add it as a new status."""
    rows = [
        ["北嶺県情報化推進計画 進捗状況調査票（令和7年度）"],
        ["施策番号", "施策名", "取組番号", "取組", "進捗状況", "課題・今後の方向性", "担当課"],
        ["1-1", "行政手続のオンライン化", "(1)", "電子申請の拡充", "達成（A）", "", "情報政策課"],
        ["", "", "(2)", "電子納付の導入", "前進（Ｂ）", "対象を広げる", "情報政策課"],
        ["", "", "(3)", "窓口予約の導入", "前進B（一部）", "残る窓口に広げる", "情報政策課"],
    ]
    path = write_book(
        tmp_path / "情報政策課.xlsx", {"進捗状況": rows}, merges={"進捗状況": ["A3:A5"]}
    )
    result = planeval.read_workbooks([path], scale=PRESETS["gunma"])
    assert [e.status for e in result.entries] == ["A", "B", "B"]
    said = [(p.location.cell, p.message) for p in result.problems]
    assert said == [
        ("E5", "進捗状況「前進B（一部）」は B（前進） として数えました。括弧の中の「一部」は件数にも"
               "課題・今後の方向性にも入りません"),
    ]  # fmt: skip


def test_a_status_s_word_with_another_s_letter_is_an_error_asking_which(tmp_path: Path) -> None:
    """Review 105 (2, 4): 「達成（B）」 — 達成 is A, the letter B — was counted as A with a
    notice calling 「B」 a remark to add as a status, and 「前進A」 told to be written '前進' or
    made its alias: both hide the disagreement. Each is an error saying what each part means
    and asking which was meant, in the scale's own written forms."""
    rows = [
        ["北嶺県情報化推進計画 進捗状況調査票（令和7年度）"],
        ["施策番号", "施策名", "取組番号", "取組", "進捗状況", "課題・今後の方向性", "担当課"],
        ["1-1", "行政手続のオンライン化", "(1)", "電子申請の拡充", "達成（B）", "", "情報政策課"],
        ["", "", "(2)", "電子納付の導入", "前進A", "", "情報政策課"],
        ["", "", "(3)", "窓口予約の導入", "前進B", "", "情報政策課"],
    ]
    path = write_book(
        tmp_path / "情報政策課.xlsx", {"進捗状況": rows}, merges={"進捗状況": ["A3:A5"]}
    )
    result = planeval.read_workbooks([path], scale=PRESETS["gunma"])
    assert [e.status for e in result.entries] == ["B"]
    said = {p.location.cell: p for p in result.problems}
    assert said.keys() == {"E3", "E4"} and all(p.is_error for p in said.values())
    assert said["E3"].message == (
        "'達成（B）' は「達成」が A（達成）、「B」が B（前進）で、評価が食い違っています。"
        "どちらの評価か分からないため、この行は数えていません"
    )
    assert said["E3"].hint == (
        "どちらの評価か回答した部署に確かめて、'達成A' か '前進B' に直してください"
    )
    assert said["E4"].message.startswith("'前進A' は「前進」が B（前進）、「A」が A（達成）で")
    assert said["E4"].hint == (
        "どちらの評価か回答した部署に確かめて、'前進B' か '達成A' に直してください"
    )


def test_a_footnote_s_mark_after_a_status_is_counted_and_said(tmp_path: Path) -> None:
    """Review 126 #3: 北嶺県's 「前進B※1」 (its 「※1 …」 under the table) was an error calling it
    a count, to be moved out of the table. The status is counted, the mark said in a notice;
    a mark after another status's letter is still the error asking which was meant."""
    rows = [
        ["北嶺県情報化推進計画 進捗状況調査票（令和7年度）"],
        ["施策番号", "施策名", "取組番号", "取組", "進捗状況", "課題・今後の方向性", "担当課"],
        ["1-1", "行政手続のオンライン化", "(1)", "電子申請の拡充", "前進B※1", "", "情報政策課"],
        ["", "", "(2)", "電子納付の導入", "前進Ｂ　※１", "対象を広げる", "情報政策課"],
        ["", "", "(3)", "窓口予約の導入", "達成A※", "", "情報政策課"],
        ["", "", "(4)", "手数料の電子納付", "前進A※2", "", "情報政策課"],
        [],
        ["※1 国の補助事業の採択が遅れたため、年度途中から実施"],
    ]
    path = write_book(
        tmp_path / "デジタル推進課.xlsx", {"進捗状況": rows}, merges={"進捗状況": ["A3:A6"]}
    )
    result = planeval.read_workbooks([path], scale=PRESETS["gunma"])
    assert [e.status for e in result.entries] == ["B", "B", "A"]
    said = {p.location.cell: p for p in result.problems}
    assert said.keys() == {"E3", "E4", "E5", "E6"}
    assert said["E3"].severity is Severity.NOTICE
    assert said["E3"].message == (
        "進捗状況「前進B※1」は B（前進） として数えました。「※1」は注記の印と読み、件数にも"
        "課題・今後の方向性にも入りません"
    )
    assert said["E3"].hint == (
        "「※1」を消して「前進B」とし、注記の内容はこの行の課題・今後の方向性の欄に書いてください"
    )
    assert said["E4"].message.startswith("進捗状況「前進Ｂ　※１」は B（前進） として数えました")
    assert said["E5"].message.startswith("進捗状況「達成A※」は A（達成） として数えました")
    assert said["E6"].is_error and said["E6"].message.startswith(
        "'前進A※2' は「前進」が B（前進）、「A」が A（達成）で、評価が食い違っています"
    )


# 愛知県's form has no 課題等 column (review 129 N5): the fix told the clerk to write the note
# in a column the form does not have; it names the form's 「※…」 lines outside the table
AICHI = [
    ["愛知県ITプラン2025　令和6年度　進捗状況"],
    ["基本方針1　ICTを活用した県民サービスの向上"],
    ["項目", "指標", "現状値", "目標値", "達成率", "評価", "担当課"],
    ["(1)　電子申請の推進"],
    ["ア　電子申請対象手続の拡大", "電子申請が可能な手続数", "455手続", "500手続", 0.91, "B※", "情報政策課"],
    ["イ　電子申請の利用促進", "電子申請の利用率", 0.41, 0.5, 0.82, "A（※）", "情報政策課"],
]  # fmt: skip
AICHI_NOTE = ["※達成率＝現状値÷目標値。評価は達成率を踏まえた担当課の判断による。"]


def test_on_a_form_without_an_issue_column_the_fix_names_its_notes(tmp_path: Path) -> None:
    path = write_book(tmp_path / "01_総務局.xlsx", {"進捗状況": [*AICHI, AICHI_NOTE]})
    said = {
        p.location.cell: p for p in planeval.read_workbooks([path], scale=PRESETS["aichi"]).problems
    }
    assert said["F5"].message.endswith("「※」は注記の印と読み、件数には入りません")
    assert (
        said["F5"].hint
        == "「※」を消して「B」とし、注記の内容は欄外の「※」の注記の行に書いてください"
    )
    assert said["F6"].message.endswith("括弧の中の「※」は件数には入りません")
    assert said["F6"].hint.startswith("「※」が補足なら欄外の「※」の注記の行に書いてください。")
    assert all("課題等" not in p.message + p.hint for p in said.values())


def test_on_a_form_without_an_issue_column_or_notes_the_fix_says_outside(tmp_path: Path) -> None:
    path = write_book(tmp_path / "01_総務局.xlsx", {"進捗状況": AICHI})
    said = {
        p.location.cell: p for p in planeval.read_workbooks([path], scale=PRESETS["aichi"]).problems
    }
    assert said["F5"].hint == "「※」を消して「B」とし、注記の内容は表の欄外に書いてください"


def test_a_symbol_with_words_on_a_form_without_an_issue_column_is_told_outside(
    tmp_path: Path,
) -> None:
    rows = [*AICHI[:4], [*AICHI[4][:5], "A 目標前倒し", "情報政策課"]]
    path = write_book(tmp_path / "01_総務局.xlsx", {"進捗状況": rows})
    (error,) = planeval.read_workbooks([path], scale=PRESETS["aichi"]).problems
    assert (error.location.cell, error.is_error) == ("F5", True)
    assert error.hint == "記号は 'A' だけにして、続く言葉は表の欄外に書いてください"


# 朝崎市's reply to a national survey (review 139 #2): its 「実施済（一部）」 was counted as 実施済
SURVEY = [
    ["令和7年度 自治体DX推進状況調査 回答票"],
    ["分野", "調査項目", "取組状況", "課題・備考"],
    ["1 行政手続のオンライン化", "1-1 子育て関係手続のオンライン化", "実施済（一部）", "窓口申請のみ"],
    ["", "1-2 介護関係手続のオンライン化", "実施済（R8予定）", ""],
    ["", "1-3 被災者支援関係手続のオンライン化", "実施済（本庁のみ）", ""],
    ["", "1-4 転入手続のオンライン化", "実施中（検討中）", ""],
    ["", "1-5 電子申請システムの導入", "実施済（R6.4）", ""],
    ["", "1-6 公金のキャッシュレス納付", "実施中（一部）", ""],
    ["", "1-7 書かない窓口", "実施済", ""],
]  # fmt: skip
SURVEY_SCALE = '[scale]\nas_planned = "実施済"\n' + "".join(
    f'[[scale.status]]\nsymbol = "{word}"\nlabel = "{word}"\n{more}'
    for word, more in (
        ("実施済", "{aliases}"),
        ("実施中", ""),
        ("検討中", ""),
        ("未着手", ""),
    )
)


def test_a_remark_that_changes_a_status_is_an_error_and_uncounted(tmp_path: Path) -> None:
    """Review 139 #2: a status of done narrowed by its remark (一部, 予定, のみ) or a remark naming
    another status is an error at its cell, not counted, under -q too and in the workbook's
    sheet of rows not counted; a plain remark (a date) or one narrowing a status not of done
    is counted, with its notice."""
    config = tmp_path / "planeval.toml"
    config.write_text(SURVEY_SCALE.format(aliases=""), encoding="utf-8")
    path = write_book(tmp_path / "朝崎市_回答.xlsx", {"回答票": SURVEY})
    out = CliRunner().invoke(app, ["summarize", str(path), "--config", str(config), "-q"])
    assert out.exit_code == 1, out.output
    errors = [line for line in out.stderr.splitlines() if line.startswith("エラー: ")]
    assert [line.split(" › ")[2].split(":")[0] for line in errors] == ["C3", "C4", "C5", "C6"]
    assert (
        errors[0].endswith(
            "C3: '実施済（一部）' は 実施済 に括弧で「一部」と添えてあり、実施済 と言い切っていません"
            "（「一部」のとおりなら 実施済 ではありません）。どの段階として数えるか分からないため、"
            "この行は数えていません（どの段階か回答者に確かめて、その段階の記号だけを書き、「一部」は"
            "課題・備考の欄に書いてください。この回答者が '実施済（一部）' を 実施済 の意味で書いている"
            "なら、planeval.toml の [[scale.status]] で '実施済（一部）' を 実施済 の別名（aliases）に"
            "できます）"
        )
        or errors[0]
    )
    assert "「検討中」が 検討中で、評価が食い違っています" in errors[3]  # (two_statuses)
    result = planeval.read_workbooks([path], scale=planeval.load_config(config).scale)
    counted = {e.item_name: e.status for e in result.entries}
    assert counted == {
        "電子申請システムの導入": "実施済",
        "公金のキャッシュレス納付": "実施中",
        "書かない窓口": "実施済",
    }
    left = [row.item_name for row in result.error_rows]
    assert left == [
        "子育て関係手続のオンライン化",
        "介護関係手続のオンライン化",
        "被災者支援関係手続のオンライン化",
        "転入手続のオンライン化",
    ]
    notices = {p.location.cell for p in result.problems if p.severity is Severity.NOTICE}
    assert notices == {"C7", "C8"}  # (R6.4: a date; 実施中（一部）: still 実施中)
    # (a body that writes 実施済（一部） meaning 実施済: the alias its fix offers counts it)
    config.write_text(SURVEY_SCALE.format(aliases='aliases = ["実施済（一部）"]\n'), "utf-8")
    aliased = planeval.read_workbooks([path], scale=planeval.load_config(config).scale)
    assert [e.status for e in aliased.entries][:1] == ["実施済"]
    assert "C3" not in {p.location.cell for p in aliased.problems}


def test_the_distinct_status_texts_given_are_those_looked_at(tmp_path: Path) -> None:
    """(perf59b) read_workbook gathers a file's distinct status texts once, for this check and
    the lower-case letters' (cased_status): a remark is told from the texts it is given, not
    from a second pass over the rows, and said as without them."""
    from planeval.io.status_remarks import status_remarks

    entries = planeval.read_workbooks([_plan(tmp_path)], scale=PROGRESS).read
    said = status_remarks(entries, PROGRESS)
    assert [p.location.cell for p in said] == ["C5", "C7", "C8"]
    assert status_remarks(entries, PROGRESS, distinct={e.status_text for e in entries}) == said
    assert status_remarks(entries, PROGRESS, distinct={"完了", "取組中"}) == []


def test_a_remark_and_a_lower_case_letter_in_one_file_are_both_said(tmp_path: Path) -> None:
    """The one set of a file's status texts answers both checks (perf59b)."""
    from tests.test_cased_status import GUNMA, form

    path = form(tmp_path / "総務部.xlsx", ["達成Ａ", "達成ａ", "前進Ｂ（一部）"])
    result = planeval.read_workbooks([path], scale=GUNMA)
    assert [e.status for e in result.entries] == ["A", "A", "B"]
    said = [(p.severity, p.location.cell, p.message) for p in result.problems]
    assert said == [
        (
            Severity.NOTICE,
            "D6",
            "評価「前進Ｂ（一部）」は B（前進） として数えました。括弧の中の「一部」は件数にも"
            "課題にも入りません",
        ),
        (
            Severity.NOTICE,
            "D5",
            "評価「達成ａ」は A（達成） として数えました（「達成」は 'A' の言葉で、「ａ」は小文字の"
            " 'A' と読みました）",
        ),
    ]
