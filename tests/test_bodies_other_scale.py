"""A prefecture's roll-up read with its planeval.toml (gunma's A–D, review 78 #1): two
municipalities rate in their own S A B C − (nagayo's), where A, B and C mean something else.
Only their S and − cells were errors; their A/B/C rows were counted as the prefecture's A/B/C,
in 合計 and in compare's 改善. Such a body is left out whole, as one rating in ◎ ○ △ × is, said
「評価尺度が違うため」 and told to be counted on its own; a slip or two among A–D (an 'E', a '５')
stays an error of those cells, the body counted in part."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.io.workbook import ReadOptions
from planeval.past_errors import partly_counted, uncounted_why
from planeval.presets import PRESETS
from planeval.rollup import count_workbooks
from tests.conftest import write_book

GUNMA = PRESETS["gunma"]
PROJECTS = ["オンライン申請の拡充", "キャッシュレス決済の導入", "情報システムの標準化"]
# each municipality's statuses, as its clerk typed them (a file named 団体コード_団体名)
ANSWERS = {
    "192000_青葉市": "◎○○△×○",  # (setagaya's, wholly)
    "192105_星野市": "ABBCDA",
    "192126_北原市": "AAACSAC",  # (nagayo's: one S among A and C)
    "192147_東山町": "ASC−ABCAS",  # (nagayo's: S and − among A, B, C)
    "192168_南台市": "ABCDEA",  # (a slip: one E among A–D)
    "192189_梅野市": "AB５CDA",  # (a slip: a full-width 5)
}


def form(path: Path, body: str, statuses: str) -> Path:
    rows: list[list[object]] = [
        ["令和6年度 情報化計画 進捗状況調査票"],
        ["団体名", body],
        [],
        ["番号", "取組項目", "取組内容", "評価", "課題", "担当課"],
    ]
    for number, status in enumerate(statuses, start=1):
        project = PROJECTS[number % len(PROJECTS)]
        issue = "" if status in "ABS" else "予算の確保が課題"
        rows.append(
            [f"1-1-{number}", project, f"{project}の取組{number}", status, issue, "情報政策課"]
        )
    return write_book(path, {"調査票": rows})


def replies(folder: Path, answers: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, statuses in (answers or ANSWERS).items():
        form(folder / f"{name}.xlsx", name.split("_")[1], statuses)
    return folder


def settings(tmp_path: Path) -> Path:
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "gunma"\n', encoding="utf-8")
    return config


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})


def test_a_body_rating_in_another_presets_letters_is_left_out_whole(tmp_path: Path) -> None:
    folder = replies(tmp_path / "回答")
    result = planeval.read_workbooks([folder], bodies="file", scale=GUNMA)
    counted = {entry.body for entry in result.entries}
    assert counted == {"星野市", "南台市", "梅野市"}  # (not one A of 北原市 or 東山町)
    assert uncounted_why(result) == {
        "青葉市": "評価尺度が違うため",
        "北原市": "評価尺度が違うため",
        "東山町": "評価尺度が違うため",
    }
    # (a slip among A–D: that cell in error, the body's other rows counted)
    assert partly_counted(result) == {
        "南台市": "記入に不備があったため",
        "梅野市": "記入に不備があったため",
    }
    assert sum(entry.body == "南台市" for entry in result.entries) == 5


def test_each_such_body_is_told_to_be_counted_on_its_own_alike(tmp_path: Path) -> None:
    folder = replies(tmp_path / "回答")
    result = planeval.read_workbooks([folder], bodies="file", scale=GUNMA)
    hints = {
        Path(problem.location.file).stem: problem.hint
        for problem in result.problems
        if problem.is_error
    }
    for name in ("192126_北原市", "192147_東山町"):
        body = name.split("_")[1]
        assert hints[name].startswith('この値は preset "nagayo" の評価尺度のものです。')
        # (who rates in which: the body's own letters, A B C too, not only those in error)
        assert (
            "北原市・東山町は S A B C −" in hints[name]
            or "東山町・北原市は S A B C −" in (hints[name])
        )
        assert f'{body}だけを別に集計するか（[scale] preset = "nagayo"' in hints[name]
        assert f"planeval summarize {folder / name}.xlsx --config その設定ファイル" in hints[name]
    # (a slip is told to choose a symbol, not that its body rates in another scale)
    for name in ("192168_南台市", "192189_梅野市"):
        assert "preset" not in hints[name] and "評価尺度が違う" not in hints[name]


def test_two_slips_of_a_wider_presets_letter_are_still_slips(tmp_path: Path) -> None:
    """Two E among A–D: hirakata's A–E holds every A–D, so E is a letter past D, typed by
    mistake, not a sign that the body's A–D mean hirakata's."""
    folder = replies(tmp_path / "回答", {"192105_星野市": "ABBCDA", "192168_南台市": "ABECDAE"})
    result = planeval.read_workbooks([folder], bodies="file", scale=GUNMA)
    assert uncounted_why(result) == {}
    assert partly_counted(result) == {"南台市": "記入に不備があったため"}
    assert sum(entry.body == "南台市" for entry in result.entries) == 5


def test_a_body_s_blank_status_among_letters_both_scales_share_is_its_error(
    tmp_path: Path,
) -> None:
    """A body rating only in A and B (gunma's and nagayo's both) with one status left blank:
    that blank is the body's one error, no value of another scale — the read stopped on an
    internal error (no unknown value to name the preset by: review 84's p83b rework)."""
    folder = replies(tmp_path / "回答", {"192105_星野市": "ABBCDA", "192126_北原市": "ABA"})
    book = load_workbook(folder / "192126_北原市.xlsx")
    book["調査票"]["D6"] = None
    book.save(folder / "192126_北原市.xlsx")
    result = planeval.read_workbooks([folder], bodies="file", scale=GUNMA)
    assert [(p.location.cell, p.reason) for p in result.errors] == [("D6", "")]
    assert partly_counted(result) == {"北原市": "記入に不備があったため"}


def test_the_roll_up_counts_none_of_their_rows_and_says_why(tmp_path: Path) -> None:
    folder = replies(tmp_path / "回答")
    config = settings(tmp_path)
    args = ("summarize", str(folder), "--bodies", "file", "--by", "body", "--keep-going")
    result = run(*args, "--config", str(config))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("│ 北原市（評価尺度が違うため）") for line in lines)
    assert any(line.startswith("│ 南台市（一部未集計）") for line in lines)
    # 星野市 6, 南台市 5, 梅野市 5 rows
    assert next(line for line in lines if line.startswith("│ 合計")).split("│")[-2].strip() == "16"
    assert "　評価尺度が違うため（3団体）：青葉市、北原市、東山町" in lines
    assert "記入に不備があったため" not in "".join(line for line in lines if "北原市" in line)
    streamed = count_workbooks(
        [folder], by="body", options=ReadOptions(scale=GUNMA), bodies="file", stream=True
    )[2]
    assert uncounted_why(streamed)["東山町"] == "評価尺度が違うため"


def test_the_export_says_the_reason_and_the_chart_title_none(tmp_path: Path) -> None:
    """The export's tables of bodies name the reason; a chart's title names its first and last
    bodies only (「…（1/2）青葉市（記入に不備があったため）～…」 read as if the bodies had erred)."""
    # (each 町 counted in part, an E among A–D: a bar each — a body counted in none has none)
    answers = {**ANSWERS, **{f"1923{n:02}_町{n}": "ABCDE" for n in range(25)}}
    folder = replies(tmp_path / "回答", answers)
    out = tmp_path / "県集計.xlsx"
    config = settings(tmp_path)
    args = ("export", str(folder), "--bodies", "file", "--keep-going", "--xlsx", str(out))
    result = run(*args, "--config", str(config))
    assert result.exit_code == 1, result.output
    book = load_workbook(out)
    cells = [str(c) for s in ("集計", "団体別集計") for r in book[s].iter_rows(values_only=True) for c in r if c]  # fmt: skip
    # (団体別集計 names the body alone, its reason in 集計の状況: review 78b)
    rows = [r for r in book["団体別集計"].iter_rows(values_only=True) if r[0] == "東山町"]
    assert [(row[0], row[-1]) for row in rows] == [("東山町", "未集計（評価尺度が違うため）")]
    assert not any(
        "北原市（記入に不備があったため）" in cell or "一部未集計の団体：北原市" in cell
        for cell in cells
    )
    titles = [
        "".join(run.t for paragraph in chart.title.tx.rich.p for run in paragraph.r or ())
        for chart in book["団体別集計（グラフ）"]._charts
    ]
    # (青葉市, another scale's, not counted: no bar — review 92)
    assert len(titles) == 2 and titles[0].startswith("団体別の達成状況（件）1/2　星野市～")
    assert not any("ため" in title for title in titles)


def test_compare_judges_no_change_of_a_body_of_another_scale(tmp_path: Path) -> None:
    """東山町's C last year and A this year, both nagayo's: not 改善 on the A–D scale."""
    old = replies(tmp_path / "r5", {"192105_星野市": "ABBCDA", "192147_東山町": "SSC−ABCAS"})
    new = replies(tmp_path / "r6", {"192105_星野市": "ABBCDA", "192147_東山町": "SSA−ABCAS"})
    config = settings(tmp_path)
    result = run("compare", str(old), str(new), "--bodies", "file", "--keep-going", "--config", str(config), "-f", "plain")  # fmt: skip
    assert "改善" not in result.stdout, result.stdout


def test_a_body_of_several_files_among_others_is_told_its_own_files(tmp_path: Path) -> None:
    # (review 78 #5: 松原町's two 部 workbooks in the folder of every body's — the fix said
    # 「planeval summarize r6/files」, every body again, on the wrong scale)
    answers = {**ANSWERS, "192126_北原市_企画部": "AASC"}
    folder = replies(tmp_path / "回答", answers)
    result = planeval.read_workbooks([folder], bodies="file", scale=GUNMA)
    (hint,) = {
        problem.hint
        for problem in result.problems
        if problem.is_error and "北原市" in Path(problem.location.file).stem
    }
    own = f"{folder / '192126_北原市'}.xlsx {folder / '192126_北原市_企画部'}.xlsx"
    assert f"planeval summarize {own} --config その設定ファイル" in hint


def test_the_policy_sentence_says_how_many_rows_were_left_out_and_why(tmp_path: Path) -> None:
    # (review 80: 「このほか実施内容17件は、エラーがあったため…」 of 32 — the left-out bodies'
    # rows of a layout numbering no 1-1-1 were in no policy — and 「エラー」 of another scale)
    from planeval.report_api import report_of

    folder = replies(tmp_path / "回答")
    result = planeval.read_workbooks([folder], bodies="file", scale=GUNMA)
    (section,) = report_of(result, GUNMA).policies
    scaled = sum(len(ANSWERS[name]) for name in ("192000_青葉市", "192126_北原市", "192147_東山町"))
    slips = 2  # (南台市's E and 梅野市's ５)
    assert section.sentence.endswith(
        f"このほか実施内容{scaled + slips}件は、評価の記入に誤りがあるか、評価尺度が違う団体の行のため"
        "集計に含めていません。"
    )
    alone = planeval.read_workbooks(
        [replies(tmp_path / "二団体", {k: ANSWERS[k] for k in ("192105_星野市", "192126_北原市")})],
        bodies="file",
        scale=GUNMA,
    )
    report = report_of(alone, GUNMA)
    (section,) = report.policies
    assert section.sentence.endswith(
        f"このほか実施内容{len(ANSWERS['192126_北原市'])}件は、評価尺度が違う団体の行のため"
        "集計に含めていません。"
    )
    # (集計's notes say the body with why, not its cells as errors to be fixed: review 80)
    remarks = "".join(map(str, report.summary_table.remarks))
    assert "評価尺度が違うため" in remarks and "記入に不備のあった" not in remarks, remarks


def test_rows_left_out_of_a_table_of_level_columns_are_said_under_their_policy(
    tmp_path: Path,
) -> None:
    # (review 80: a body's rows in a table naming its levels in columns, 施策 「1-1 …」 and no
    # 1-1-1, were in no policy's 「このほか…件」 once its rows were left out)
    folder = tmp_path / "回答"
    folder.mkdir()
    header = ["基本目標", "施策", "事業名", "評価", "課題"]
    for name, statuses in (("192105_星野市", "ABCA"), ("192126_北原市", "SACA")):
        rows: list[list[object]] = [["令和6年度 進捗状況調査票"], header]
        rows += [
            ["2 活力あるまち", f"2-{n} 産業振興", f"事業{n}", status, ""]
            for n, status in enumerate(statuses, start=1)
        ]
        write_book(folder / f"{name}.xlsx", {"調査票": rows})
    from planeval.report_api import report_of

    result = planeval.read_workbooks([folder], bodies="file", scale=GUNMA)
    assert {entry.body for entry in result.entries} == {"星野市"}
    (section,) = report_of(result, GUNMA).policies
    assert section.sentence.endswith(
        "このほか実施内容4件は、評価尺度が違う団体の行のため集計に含めていません。"
    ), section.sentence


def test_the_sheet_of_rows_left_out_says_bodies_of_another_scale_apart_and_each_fix_once(
    tmp_path: Path,
) -> None:
    # (review: 「エラーのあった場所（12 か所）」 held the ten cells of the three bodies left
    # out for their scale, each row with the whole fix — 200 characters — again)
    folder = replies(tmp_path / "回答")
    out = tmp_path / "県集計.xlsx"
    args = ("export", str(folder), "--bodies", "file", "--keep-going", "--xlsx", str(out))
    assert run(*args, "--config", str(settings(tmp_path))).exit_code == 1
    sheet = load_workbook(out)["集計に含めていない行"]
    rows = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert rows[1][0].startswith(
        "記入に不備のあった 2 か所（2 ファイル）の行と、評価尺度が違う 3 団体の行は集計に含めていません"
        "（直した後の件数は「集計」の表と異なります）。"
    )
    titles = [row[0] for row in rows if len(row) == 1 and "（" in row[0]]
    assert titles[1:] == [
        "集計に含めていない実施内容（24 件）",
        "不備のあった場所（2 か所）",
        "評価尺度が違うため集計に含めていない団体の値（3 団体、10 か所）",
        "修正方法（上の表の「修正方法」の番号）",
        "未集計の団体（3 団体）",  # (only those: review 97)
    ]
    # (each item's reason in a column of its own, to filter on; no item numbered: no column
    # of their numbers, each named with its project's name, review 87)
    assert rows[4] == ["団体", "事業番号", "事業名", "実施内容名", "含めていない理由"]
    own = ["北原市", "1-1-1", "キャッシュレス決済の導入", "キャッシュレス決済の導入の取組1"]
    assert [*own, "評価尺度が違うため"] in rows
    own = ["南台市", "1-1-5", "情報システムの標準化", "情報システムの標準化の取組5"]
    assert [*own, "記入に不備があったため"] in rows
    at = rows.index(["団体", "ファイル", "シート・セル", "エラーの内容", "修正方法"])
    assert rows[at + 1] == [
        "南台市",
        f"{folder / '192168_南台市.xlsx'}",
        "調査票 › D9",
        "'E' はこの評価尺度の記号ではありません（A B C D）",
        1,
    ]
    scaled = rows[rows.index(["団体", "ファイル", "シート・セル", "内容", "修正方法"]) + 1 :][:10]
    assert [(row[0], row[-1]) for row in scaled] == [("青葉市", 3)] * 6 + [("北原市", 4)] + [
        ("東山町", 5)
    ] * 3
    fixes = rows[rows.index(["番号", "修正方法"]) + 1 :][:5]
    assert [row[0] for row in fixes] == [1, 2, 3, 4, 5]
    assert fixes[2][1].startswith('この値は preset "setagaya" の評価尺度のものです。')
    cells = "".join(str(c) for row in rows for c in row)
    assert cells.count("青葉市だけを別に集計するか") == 1  # (said once, not on six rows)
    # read back: said alike, each place with its fix and reason; exported again, the same sheet
    read = planeval.read_workbooks([out], scale=GUNMA)
    (warning,) = [p for p in read.problems if p.location.sheet == "集計に含めていない行"]
    assert warning.message.startswith(
        "この報告書は、記入に不備のあった 2 か所（2 ファイル）の行と、評価尺度が違う 3 団体の行を"
        "集計に含めずに書き出されています"
    )
    places = read.recorded_errors
    assert [p.body for p in places if p.reason == "評価尺度が違うため"] == ["青葉市"] * 6 + [
        "北原市"
    ] + ["東山町"] * 3
    assert places[0].hint.startswith("この尺度の記号のどれかを書いてください")
    assert uncounted_why(read)["北原市"] == "評価尺度が違うため"
    again = tmp_path / "再.xlsx"
    assert run("export", str(out), "--xlsx", str(again), "--config", str(settings(tmp_path))).exit_code == 0  # fmt: skip
    before, after = (
        list(load_workbook(path)["集計に含めていない行"].iter_rows(values_only=True))
        for path in (out, again)
    )
    assert after == before


def test_a_body_s_dash_typed_full_width_is_its_own_scale_s_too(tmp_path: Path) -> None:
    """Review 83: 東御市 rated A B C and one 「－」 (full width, as its legend 「S：計画以上に達成
    A：計画どおり達成 … －：評価できない」 writes it) under 愛知県's A–D: its A B C were counted as
    A–D's, the 「－」 offered as a mark to add — and with it added, the body counted whole, exit 0.
    Typed 「−」 it was left out, as it is now typed any dash. A body whose legend defines A–D as
    the prefecture does, beside its own 「－：評価できない」, keeps its rows (a mark of its own)."""
    folder = tmp_path / "回答"
    folder.mkdir()
    legend = {
        "東御市": "S：計画以上に達成　A：計画どおり達成　B：概ね達成　C：達成できなかった　－：評価できない",
        "西川町": "A：100%以上　B：80%以上　C：50%以上　D：50%未満　－：評価できない（件数に含めない）",
    }
    for name, statuses in (("東御市", "AABC－AB"), ("西川町", "ABCD－A"), ("星野市", "ABBCDA")):
        path = form(folder / f"{name}.xlsx", name, statuses)
        book = load_workbook(path)
        if name in legend:
            book.active.append([])
            book.active.append([legend[name]])
        book.save(path)
    result = planeval.read_workbooks([folder], bodies="file", scale=PRESETS["aichi"])
    assert uncounted_why(result) == {"東御市": "評価尺度が違うため"}
    counted = {entry.body for entry in result.entries}
    assert counted == {"西川町", "星野市"}


def test_check_compares_the_rows_a_body_of_another_scale_left_out(tmp_path: Path) -> None:
    """Review 83: check of planeval's own roll-up report listed its 「このほか実施内容9件は、
    評価尺度が違う団体の行のため…」 as not compared (「何行かが分からない」): the body's rows are
    known, read and set aside, its values of that scale one row each."""
    answers = {"192105_星野市": "ABBCDA", "192147_東山町": "ASC−ABCAS", "192168_西野市": "ABCDAA"}
    folder = replies(tmp_path / "回答", answers)
    config = settings(tmp_path)
    report = tmp_path / "報告.md"
    common = ["--bodies", "file", "--config", str(config), "--keep-going"]
    assert run("export", str(folder), *common, "--md", str(report)).exit_code == 1
    text = report.read_text(encoding="utf-8")
    assert "このほか実施内容9件は、評価尺度が違う団体の行のため集計に含めていません" in text
    checked = run("check", str(folder), *common, "--text", str(report))
    assert "比べられなかった数" not in checked.stdout, checked.stdout
    assert "すべて集計と一致しています" in checked.stdout
    wrong = text.replace("実施内容9件は", "実施内容8件は")
    report.write_text(wrong, encoding="utf-8")
    checked = run("check", str(folder), *common, "--text", str(report))
    # (every row of the body read and set aside: a number other than theirs is wrong, not
    # a number some unseen form could make up — review 84)
    said = next(line for line in checked.stdout.splitlines() if "集計していない行の数" in line)
    assert [cell.strip() for cell in said.split("│")[2:5]] == ["集計していない行の数", "8", "9"]
    assert "比べられなかった数" not in checked.stdout, checked.stdout


def test_a_body_typing_only_letters_both_scales_share_is_told_by_its_legend(
    tmp_path: Path,
) -> None:
    """Review 84: 東御市 typed only A B C this year, under its legend 「S：計画以上に達成　A：計画
    どおり達成　B：概ね達成　C：達成できなかった　－：評価できない」 (nagayo's meanings): its 13 rows
    were counted as 愛知県's A–D, nothing said. Among others it is left out as that scale's;
    read alone, an error says its legend's meanings are another scale's (review 153 A2)."""
    legend = (
        "S：計画以上に達成　A：計画どおり達成　B：概ね達成　C：達成できなかった　－：評価できない"
    )
    folder = tmp_path / "回答"
    folder.mkdir()
    for name, statuses in (("東御市", "AABCAB"), ("星野市", "ABBCDA")):
        path = form(folder / f"{name}.xlsx", name, statuses)
        if name == "東御市":
            book = load_workbook(path)
            book.active.append([])
            book.active.append([legend])
            book.save(path)
    aichi = PRESETS["aichi"]
    result = planeval.read_workbooks([folder], bodies="file", scale=aichi)
    assert uncounted_why(result) == {"東御市": "評価尺度が違うため"}
    assert {entry.body for entry in result.entries} == {"星野市"}
    [said] = [p for p in result.errors if "凡例" in p.message]
    assert said.message.startswith(
        "凡例の記号の意味（「A：計画どおり達成、B：概ね達成、C：達成できなかった」）"
    )
    alone = planeval.read_workbooks([folder / "東御市.xlsx"], scale=aichi)
    # (read alone, an error too, its rows left out: review 153 A2 — a warning let the town's
    # rows be published on the prefecture's legend, exit 0)
    assert not alone.entries and len(alone.misfiled_rows) == 6
    assert [p.severity.value for p in alone.problems if "凡例" in p.message] == ["error"]
    # (its legend in the prefecture's meanings: nothing said)
    plain = planeval.read_workbooks([folder / "星野市.xlsx"], scale=aichi)
    assert not [p for p in plain.problems if "凡例" in p.message]


def test_each_reason_s_count_is_compared_with_its_own_rows(tmp_path: Path) -> None:
    """Review 84: a policy's 「このほか実施内容3件は、…別の年度の調査票で提出されたため…」 and
    「また、このほか実施内容9件は、評価尺度が違う団体の行のため…」 were each compared with the
    12 rows left out for both reasons (「記載と違います」): each is of its own rows."""
    answers = {"192105_星野市": "ABBCDA", "192147_東山町": "ASC−ABCAS", "192168_西野市": "ABC"}
    folder = replies(tmp_path / "回答", answers)
    stale = load_workbook(folder / "192168_西野市.xlsx")
    stale.active["A1"] = "令和5年度 情報化計画 進捗状況調査票"  # (last year's sent again)
    stale.save(folder / "192168_西野市.xlsx")
    config = settings(tmp_path)
    report = tmp_path / "報告.md"
    common = ["--bodies", "file", "--config", str(config), "--keep-going", "--fiscal-year", "令和6"]
    assert run("export", str(folder), *common, "--md", str(report)).exit_code == 1
    text = report.read_text(encoding="utf-8")
    assert "このほか西野市の実施内容3件は、集計に含めていません。" in text  # (review 204 #5)
    # (both reasons after one 「このほか」, each its sentence: review 178 #9, 203 #1)
    assert "集計に含めていません。また、実施内容9件は、評価尺度が違う団体の行のため" in text
    checked = run("check", str(folder), *common, "--text", str(report))
    assert "比べられなかった数" not in checked.stdout, checked.stdout
